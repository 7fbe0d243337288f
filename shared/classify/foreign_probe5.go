package classify

// The fifth probe (session 9, cls-p5, issue 11): its urgent misses and false alarms
// (probe_urgent_conduct5.jsonl, measured once before these), each written as its concept for every
// language the foreign lists read, never as one text's words.
var probeFiveConcepts = []foreignConcept{
	// someone carried out on the water (an air mattress, the current) and out of sight now: the drift is
	// told in the perfect, a word of the past in its sentence ("letzten Sommer") makes it over; "I can't see
	// him anymore" beside a word of the water is the danger now ('@')
	{"danger", langCues{
		langNO: {"=drevet|=drev =ut", "=drevet|=drev =til =havs", "@=ser =ham|=henne =ikke ~=vannet|=sjoen|=havet|=bolgene", "@=vannet|=sjoen|=havet|=bolgene ~=ser =ham|=henne =ikke"},
		langSV: {"=drivit|=drev =ut", "=drivit|=drev =till =havs", "@=ser =honom|=henne =inte ~=vattnet|=sjon|=havet|=vagorna", "@=vattnet|=sjon|=havet|=vagorna ~=ser =honom|=henne =inte"},
		langDE: {"=rausgetrieben|=hinausgetrieben|=weggetrieben|=abgedriftet", "=aufs =meer =getrieben"},
		langPL: {"=odplynal|=odplynela =na =materacu|=pontonie|=daleko", "=znioslo|=zniosla =go|=ja =na =morze|=jezioro"},
		langTR: {"=aciga =suruklendi|=surukleniyor"},
		langRO: {"=dus|=dusa|=luat|=luata =in =larg"},
		langSO: {"=badda|=biyaha =ayaa =qaaday|=qaatay|=la =tagtay"},
		langAR: {"سحبه البحر", "سحبها البحر", "اخده البحر", "اخدها البحر", "=sa7abo|=sa7aba|=akhado|=a5ado =el =ba7r|=ba7er"},
		langFA: {"آب بردش", "دریا بردش", "=ab|=darya =bordesh"},
		langUK: {"=віднесло|=віднесла =в|=у =море|=озеро"},
		langRU: {"=унесло|=унесла =в =море|=озеро"},
	}},
	// standing on a bridge now (the Danish/English lists' "står på broen"; the edge of one was already read)
	{"danger", langCues{
		langNO: {"@=star|=sitter =pa =broen|=brua"},
		langSV: {"@=star|=sitter =pa =bron"},
		langDE: {"@=steht|=sitzt =auf =der =brucke"},
		langPL: {"@=stoi|=siedzi =na =moscie"},
		langTR: {"@=koprunun =ustunde|=uzerinde|=kenarinda =duruyor|=bekliyor|=oturuyor", "@=kopruda|=koprude =duruyor|=bekliyor|=oturuyor"},
		langRO: {"@=sta|=e =pe =pod|=podul"},
		langSO: {"@=taagan|=fadhiya =yahay =buundada|=buundo|=biriijka", "@=buundada|=biriijka ~=taagan|=fadhiya"},
		langAR: {"@واقف على الجسر", "@واقف عالجسر", "@واقفه على الجسر", "@=wa2ef|=wa2fe|=wa2if =3al =jesr|=jisr|=jser", "@=wa2ef|=wa2fe|=wa2if =3aljesr|=3aljisr"},
		langFA: {"@روی پل وایساده", "@روی پل ایستاده", "@رو پل وایساده", "@=rooye|=ruye|=roo =pol =vaysade|=istade"},
		langUK: {"@=стоїть|=сидить =на =мосту"},
		langRU: {"@=стоит|=сидит =на =мосту"},
	}},
	// a farewell text asking forgiveness ("nabadgelyo, iga raali ahow": goodbye, forgive me — '%')
	{"danger", langCues{
		langSO: {"%=nabadgelyo ~=iga =raali =ahow|=ahaada|=ahaw", "%=iga =raali =ahow|=ahaada ~=nabadgelyo"},
		langAR: {"%=sam7ni|=sam7ouni|=sam7oni =w =bay|=bye|=ma3 =salame", "%سامحوني ~مع السلامه|وداعا"},
	}},
	// wanting to kill oneself: the Levantine verb in arabizi ("bido yentiher"); locked in alone beside it
	{"danger", langCues{
		langAR: {"%=yentiher|=yente7er|=yinte7ir|=yintiher|=yente7r|=tentiher|=tente7er|=tinte7ir|=yintihir", "%=bido|=bida|=biddo|=badde|=bade =ente7er|=inti7ir|=yente7er|=yentiher|=tente7er"},
	}},
	// someone standing and staring at the writer now (the man who followed her, at the bus stop): a
	// present verb of standing beside one of looking at me, with a word of now ('@&': "der Beamte steht da und starrt mich an" is a complaint)
	{"danger", langCues{
		langNO: {"@&=star ~=ser =pa =meg", "@&=star ~=stirrer|=glor"},
		langSV: {"@&=star ~=tittar =pa =mig", "@&=star ~=stirrar|=glor"},
		langDE: {"@&=steht ~=starrt|=schaut|=beobachtet =mich"},
		langPL: {"@&=stoi ~=patrzy =na =mnie", "@&=stoi ~=gapi =sie|=obserwuje =mnie"},
		langTR: {"@&=duruyor ~=bana =bakiyor", "@&=bana =bakip =duruyor", "@&=beni =izliyor"},
		langRO: {"@&=sta ~=se =uita =la =mine", "@&=ma =urmareste =cu =privirea"},
		langSO: {"@&=taagan ~=i =eegaya|=i =fiirinaya|=i =daawanaya"},
		langAR: {"@&واقف ~عم يطلع فيي", "@&واقف ~عم يتطلع فيي", "@&واقف ~عم يطلع علي", "@&=wa2ef|=wa2if ~=3am =ytalle3|=yettalla3|=ytalla3 =fiyyi|=feye|=3layyi|=3leye"},
		langFA: {"@&وایساده ~به من نگاه میکنه", "@&وایساده ~نگام میکنه", "@&ایستاده ~به من نگاه میکند|میکنه", "@&وایساده ~زل زده", "@&=vaysade|=istade ~=be =man =negah =mikone|=mikonad", "@&=vaysade ~=negam =mikone"},
		langUK: {"@&=стоїть ~=дивиться =на =мене", "@&=стоїть ~=витріщається"},
		langRU: {"@&=стоит ~=смотрит =на =меня", "@&=стоит ~=пялится"},
	}},
	// an animal loose on a road (a bull, cows, a horse, an elk), in either order: cars brake at the last
	// moment; a word of the past in its sentence ("last week") makes it over
	{"danger", langCues{
		langNO: {"=okse|=oksen|=kyr|=kyrne|=hest|=hesten|=hester|=elg|=elgen ~=pa =veien|=veibanen|=motorveien|=vegen"},
		langSV: {"=tjur|=tjuren|=hast|=hasten|=hastar|=alg|=algen ~=pa =vagen|=vagbanan|=motorvagen"},
		langDE: {"=stier|=bulle|=kuh|=kuhe|=pferd|=pferde|=rind|=rinder|=elch ~=auf =der =strasse|=fahrbahn|=autobahn|=landstrasse"},
		langPL: {"=byk|=krowa|=krowy|=kon|=konie|=los ~=drodze|=jezdni|=autostradzie"},
		langTR: {"=boga|=inek|=inekler|=atlar ~=yolda|=otoyolda|=yola", "=yolda|=otoyolda ~=boga|=inek|=inekler|=atlar"},
		langRO: {"=taur|=vaca|=vaci|=cal|=cai|=mistret ~=pe =drum|=drumul|=sosea|=soseaua|=autostrada"},
		langSO: {"=dibi|=lo|=faras|=geel ~=waddada|=wadada|=jidka"},
		langAR: {"ثور ~الطريق|عالطريق|الشارع|الاوتوستراد", "بقره ~الطريق|عالطريق|الشارع", "حصان ~الطريق|عالطريق|الشارع", "=tor|=tawr|=ba2ara|=7san|=7osan ~=tari2|=3al =tari2|=share3|=otostrad"},
		langFA: {"گاو ~جاده|اتوبان|خیابون", "اسب ~جاده|اتوبان|خیابون", "=gav|=asb ~=jade|=otoban"},
		langUK: {"=бик|=корова|=корови|=кінь|=коні|=лось ~=на =дорозі|=трасі|=шосе", "=на =дорозі|=трасі ~=бик|=корова|=корови|=кінь|=коні|=лось"},
		langRU: {"=бык|=корова|=коровы|=лошадь|=лошади|=лось ~=на =дороге|=трассе|=шоссе", "=на =дороге|=трассе ~=бык|=корова|=коровы|=лошадь|=лошади|=лось"},
	}},
	// someone missing now: a small child lost and searched for ("szukamy już pół godziny"), a grandparent
	// with dementia gone out and not found ("ما لقيناه"); with a kin word (recallMechanisms)
	{missingField, langCues{
		langNO: {"@=leter|=lett|=leiter =etter =ham|=henne", "@=finner =ham|=henne =ikke"},
		langSV: {"@=letar|=letat =efter =honom|=henne", "@=hittar =honom|=henne =inte"},
		langDE: {"@=suchen =ihn|=sie =seit", "@=finden =ihn|=sie =nicht"},
		langPL: {"=zgubil|=zgubila =sie", "@=szukamy|=szukam =go|=jej", "@=szukamy|=szukam =juz|=od =godziny|=godzine|=godzin|=minut|=kwadrans", "@=nie =mozemy =go|=jej =znalezc"},
		langTR: {"@=onu =ariyoruz", "@=her =yerde =ariyoruz", "@=onu =bulamiyoruz"},
		langRO: {"@=o|=il =cautam", "@=nu-l|=n-o =gasim", "@=nu =il|=o =gasim"},
		langSO: {"@=raadinaynaa|=raadineynaa|=baadigoobaynaa", "@=heli =la'nahay|=lanahay"},
		langAR: {"ضاعت", "@ما لقيناه", "@ما لقيناها", "@عم ندور عليه", "@عم ندور عليها",
			"=da3et", "@=ma =l2eenah|=la2eenah|=l2enah|=la2ena|=l2ena", "@=3am =ndawer|=endawer|=nfattesh =3leh|=3lya|=3leya|=3ale"},
		langFA: {"@دنبالش میگردیم", "@پیداش نمیکنیم", "@پیداش نکردیم", "@=donbalesh =migardim", "@=peydash =nemikonim|=nakardim"},
		langUK: {"@=шукаємо =його|=її", "@=шукаємо =вже|=уже =годину|=години|=хвилин|=пів", "@=не =можемо =його|=її =знайти"},
		langRU: {"@=ищем =его|=ее", "@=ищем =уже =час|=часа|=полчаса|=минут", "@=не =можем =его|=ее =найти"},
	}},
	// the person missing: a grandparent (the kin words had parents and children)
	{kinField, langCues{
		langNO: {"=bestefar|=bestemor|=morfar|=farfar|=mormor|=farmor"}, langSV: {"=morfar|=farfar|=mormor|=farmor"},
		langDE: {"=opa|=oma|=grossvater|=grossmutter"}, langPL: {"=dziadek|=babcia|=dziadka|=babci"}, langTR: {"=dedem|=ninem|=babaannem|=anneannem"},
		langRO: {"=bunicul|=bunica"}, langSO: {"=awoowahay|=ayeeyaday"},
		langAR: {"جدي", "جدتي", "ستي", "=jeddi|=jiddi|=sitti|=setti|=teta"}, langFA: {"پدربزرگم", "مادربزرگم", "=pedarbozorgam|=madarbozorgam"},
		langUK: {"=дідусь|=дідуся|=бабуся|=бабусю"}, langRU: {"=дедушка|=дедушку|=бабушка|=бабушку"},
	}},
	// it was only something harmless (a neighbour burning garden waste): the alarm was false, it is over
	// (the words next to each other: "كان لطيف بس" is "he was kind, but")
	{"over", langCues{
		langNO: {"=det +=var +=bare|=kun"}, langSV: {"=det +=var +=bara|=endast"}, langDE: {"=es +=war +=nur|=bloss"},
		langPL: {"=to +=byl|=byla|=bylo +=tylko"}, langTR: {"=meger"}, langRO: {"=era +=doar|=numai"},
		langSO: {"=kaliya +=ayay +=ahayd|=ahaayeen"}, langAR: {"طلع +بس", "كان +بس", "=tele3 +=bas|=bass", "=kan +=bas|=bass"},
		langFA: {"معلوم +شد +چیزی +نبود", "=maloom|=malum +=shod +=chizi +=nabood|=nabud"}, langUK: {"=це +=був|=була|=було +=лише|=тільки|=просто"}, langRU: {"=это +=был|=была|=было +=только|=просто"},
	}},
	// a fire alarm is an alarm, not a fire ("آلارم آتش … خراب بوده"): the fire word in it is a word in
	// another sense; smoke or flames told beside it are still read
	{otherSenseField, langCues{
		langNO: {"=brannalarmen|=brannalarm|=roykvarsleren"}, langSV: {"=brandlarmet|=brandlarm|=brandvarnaren"}, langDE: {"=feueralarm|=rauchmelder|=brandmelder"},
		langPL: {"=alarm =pozarowy|=przeciwpozarowy", "=czujnik =dymu"}, langTR: {"=yangin =alarmi|=alarmi", "=duman =dedektoru"},
		langRO: {"=alarma =de =incendiu", "=detectorul|=detector =de =fum"}, langSO: {"=alaarmiga =dabka"},
		langAR: {"انذار الحريق", "جهاز الحريق", "=inzar|=enzar =el =7ari2"}, langFA: {"آلارم آتش", "زنگ آتش", "اعلام حریق", "=alarm|=alarme =atash"},
		langUK: {"=пожежна =сигналізація", "=датчик =диму"}, langRU: {"=пожарная =сигнализация", "=датчик =дыма"},
	}},
	// at one time, once (a danger told with it is the past)
	{"past", langCues{
		langNO: {"=en =gang =i =tiden"}, langSV: {"=en =gang =i =tiden"}, langDE: {"=fruher", "=vor =langer =zeit"},
		langPL: {"=kiedys"}, langTR: {"=bir =zamanlar", "=eskiden"}, langRO: {"=candva"}, langSO: {"=waqti =hore"},
		langAR: {"من زمان كان", "=zaman =kan"}, langFA: {"یه زمانی", "=ye =zamani"}, langUK: {"=колись"}, langRU: {"=когда-то", "=когдато"},
	}},
	// over: living apart now from the one who did it
	{"over", langCues{
		langNO: {"=bor =hver =for =oss|=seg", "=bor =ikke =sammen =lenger"}, langSV: {"=bor =isar", "=bor =inte =ihop =langre"},
		langDE: {"=wohnen =getrennt", "=wohnen =nicht =mehr =zusammen"}, langPL: {"=mieszkamy =osobno|=oddzielnie"},
		langTR: {"=ayri =yasiyoruz|=oturuyoruz"}, langRO: {"=locuim =separat|=separati|=despartiti"}, langSO: {"=kala =noolnahay|=degannahay"},
		langAR: {"عايشين منفصلين", "=3aysheen =monfasleen|=menfesleen"}, langFA: {"جدا زندگی میکنیم", "=joda =zendegi =mikonim"},
		langUK: {"=живемо =окремо"}, langRU: {"=живем =отдельно"},
	}},
	// conduct: staff speaking to the caller as one of a group ("شما افغانیا همیشه دروغ میگید": you Afghans
	// always lie) — "you" and the group next to each other
	{"conduct", langCues{
		langNO: {"=dere +=utlendinger|=innvandrere|=polakker|=somaliere|=arabere|=afghanere"},
		langSV: {"=ni +=invandrare|=utlanningar|=araber|=somalier|=afghaner"},
		langDE: {"=ihr +=auslander|=araber|=turken|=polen|=afghanen|=fluchtlinge"},
		langPL: {"=wy +=obcokrajowcy|=cudzoziemcy|=imigranci|=ukraincy"},
		langTR: {"=siz +=yabancilar|=suriyeliler|=gocmenler|=kurtler"},
		langRO: {"=voi +=romanii|=strainii|=imigrantii"},
		langSO: {"=idinka +=soomaalida|=ajaanibta|=qaxootiga"},
		langAR: {"انتو +الاجانب|العرب|السوريين|اللاجئين", "انتم +الاجانب|العرب|السوريين|اللاجئين", "=ento|=intu|=entu|=into +=el +=ajaneb|=3arab|=soryeen|=laj2een"},
		langFA: {"شما +افغانیا|افغانیها|افغانی|خارجیا|خارجیها|مهاجرا", "=shoma +=afghaniya|=afghania|=afghanya|=kharejiya|=khareji"},
		langUK: {"=ви +=іноземці|=українці|=біженці|=мігранти"},
		langRU: {"=вы +=иностранцы|=украинцы|=беженцы|=мигранты"},
	}},
}

package classify

// Two concept families written whole in every language the foreign lists read (session 11's second
// round, cls-21f1, issue 11), from how people tell them rather than from any test text: self-harm or
// suicide told directly or sideways, now or imminent, by the writer or about a close one; and a person
// missing now. Pinned with their counterparts (found, home again, last year, "what do I do if …", tired
// of waiting on the line) in family_selfharm_missing_test.go; the Danish and English side is in
// lexicon.go (presentDanger). The missing family feeds recallMechanisms' kin-and-missing rule (a close
// one named near a word of missing in one sentence), so a word of missing alone ("the form went
// missing", "I can't find the case number") is no danger.

// goneField holds "he has left, driven off, gone": after someone's intent to die ('%') it is the one at
// risk gone to do it, so an over word it overlaps ("رفت", "a plecat") does not end that danger (cleared).
const goneField = "gone"

var familySelfHarmMissingConcepts = []foreignConcept{
	// self-harm: pills counted, gathered, laid out or lying in front of the writer ('%': thanks in the
	// text do not end it)
	{"danger", langCues{
		langNO: {"%=telt|=talt|=samlet|=spart|=lagt ~=pillene|=tablettene|=piller|=tabletter", "%=pillene|=tablettene ~=foran =meg"},
		langSV: {"%=raknat|=samlat|=sparat|=lagt ~=tabletterna|=pillerna|=tabletter|=piller", "%=tabletterna|=pillerna ~=framfor|=framför =mig"},
		langDE: {"%=tabletten|=pillen ~=gezahlt|=gesammelt|=gehortet|=bereitgelegt|=zurechtgelegt|=hingelegt", "%=tabletten|=pillen ~=vor =mir", "%=gezahlt|=gesammelt ~=tabletten|=pillen"},
		langPL: {"%=policzylam|=policzylem|=zebralam|=zebralem|=przygotowalam|=przygotowalem|=polozylam|=polozylem|=rozlozylam|=rozlozylem|=odlozylam|=odlozylem ~tabletk|=leki|=proszki", "%tabletk|=proszki ~=przed =soba|=mna"},
		langTR: {"%=haplari|=ilaclari|=haplarimi|=ilaclarimi|=haplar|=ilaclar ~=saydim|=topladim|=dizdim|=hazirladim|=biriktirdim|=onume|=onumde"},
		langRO: {"%=numarat|=strans|=adunat|=pregatit|=pus ~=pastilele|=pastile|=medicamentele|=tabletele", "%=pastilele|=tabletele ~=in =fata =mea"},
		langSO: {"%=kiniinnada|=kiniinada|=kiniinka|=kiniinno|=daawada ~=tiriyay|=ururiyay|=diyaariyay|=dhigay|=hortayda"},
		langAR: {"%عديت|جمعت|حضرت|حطيت|جهزت ~الحبوب|حبوب|الدوا|الادويه", "%الحبوب ~قدامي", "%=3addet|=3adet|=jama3t|=jma3t|=7adart|=7atet|=7atayt|=jahhazt ~=7boob|=7bub|=dawa|=dwa|=adwiye|=l7boob|=el7boob", "%=7boob|=7bub|=dwa ~=2eddami|=2odami|=qoddami|=goddami"},
		langFA: {"%قرص ~شمردم|جمع|گذاشتم|اماده|جلوم", "%=ghors|=ghorsa|=ghorsaro|=ghorsamo|=gors ~=shemordam|=jam|=gozashtam|=amade|=jelom"},
		langUK: {"%=порахувала|=порахував|=зібрала|=зібрав|=розклала|=розклав|=приготувала|=приготував ~таблетк|=ліки", "%таблетк ~=переді|=перед =мною|=собою", "%=porakhuvala|=porakhuvav|=zibrala|=zibrav|=rozklala|=rozklav ~=tabletky|=tabletok|=liky"},
		langRU: {"%=пересчитала|=пересчитал|=посчитала|=посчитал|=собрала|=собрал|=разложила|=разложил|=приготовила|=приготовил|=накопила|=накопил ~таблетк|=лекарства", "%таблетк ~=передо|=перед =мной|=собой", "%=pereschitala|=pereschital|=poschitala|=sobrala|=sobral|=razlozhila|=razlozhil ~=tabletki|=tabletok|=lekarstva"},
	}},
	// self-harm: a farewell letter or message written or sent, by the writer or a close one ("my son sent a
	// goodbye message and does not answer")
	{"danger", langCues{
		langNO: {"%avskjedsbrev", "%avskjedsmelding", "%=avskjedsbrevet|=avskjedsmeldingen"},
		langSV: {"%avskedsbrev", "%avskedsmeddelande", "%=avskedssms"},
		langDE: {"%abschiedsbrief", "%abschiedsnachricht", "%=abschiedsmail|=abschiedssms"},
		langPL: {"%=list|=liscik|=wiadomosc|=wiadomosci|=sms|=smsa =pozegnalny|=pozegnalna|=pozegnalne|=pozegnalnego|=pozegnalnej", "%=pozegnalny|=pozegnalna|=pozegnalne =list|=liscik|=wiadomosc|=sms"},
		langTR: {"%=veda =mektubu|=mesaji|=notu|=mektup|=mesaj"},
		langRO: {"%=scrisoare|=scrisoarea|=mesaj|=mesajul|=bilet|=biletul =de =adio"},
		langSO: {"%=warqad|=warqadda|=fariin|=farriin|=fariinta ~=macsalaameyn|=macsalaamo|=nabadgelyo|=sagootin"},
		langAR: {"%رساله وداع", "%رساله وداعيه", "%=risalet|=risala|=resalet|=resale|=message|=msg|=mesaj =wada3|=wade3|=weda3"},
		langFA: {"%نامه|پیام|پیغام خداحافظی", "%=name|=nameye|=payam|=payame|=peygham =khodahafezi"},
		langUK: {"%прощальн ~=лист|=листа|=листівку|=записку|=повідомлення|=смс", "%proshchaln ~=lyst|=lysta|=povidomlennia|=povidomlennya|=zapysku|=sms"},
		langRU: {"%прощальн ~=письмо|=записку|=записка|=сообщение|=смс|=письма", "%proshchaln ~=pismo|=zapisku|=soobshchenie|=sms"},
	}},
	// self-harm: the writer's things or pets given away
	{"danger", langCues{
		langNO: {"%=gitt|=gir|=ga =bort ~=katten|=hunden|=tingene|=eiendelene|=alt"},
		langSV: {"%=gett|=gav|=ger =bort ~=katten|=hunden|=sakerna|=allt|=mina"},
		langDE: {"%=katze|=hund|=sachen|=alles ~=verschenkt|=weggegeben", "%=verschenke|=verschenkte =meine|=alles"},
		langPL: {"%=oddalam|=oddalem|=rozdalam|=rozdalem ~=kota|=psa|=rzeczy|=wszystko|=swoje"},
		langTR: {"%=kedimi|=kopegimi|=esyalarimi ~=verdim|=dagittim", "%=her =seyimi ~=verdim|=dagittim"},
		langRO: {"%=dat ~=pisica|=cainele|=lucrurile", "%=am =impartit =lucrurile"},
		langSO: {"%=bisadayda|=eydayga|=alaabtayda|=alaabtaydana|=waxyaabahayga ~=bixiyay|=siiyay|=qaybiyay"},
		langAR: {"%عطيت|اعطيت ~القطه|قطتي|الكلب|كلبي|اغراضي", "%وزعت ~اغراضي|غراضي", "%=3tet|=a3tet|=3atet|=3tit ~=bisse|=bissti|=kalbi|=a8raadi|=aghradi|=ghradi|=a8radi", "%=wazza3t ~=a8raadi|=aghradi|=ghradi|=a8radi"},
		langFA: {"%گربم|گربه|سگم|وسایلم ~دادم|بخشیدم", "%=gorbamo|=gorbe|=sagamo|=vasayelamo|=vasayelam ~=dadam|=bakhshidam"},
		langUK: {"%=віддала|=віддав|=роздала|=роздав ~=кота|=кішку|=собаку|=речі", "%=viddala|=viddav|=rozdala|=rozdav ~=kota|=sobaku|=rechi"},
		langRU: {"%=отдала|=отдал|=раздала|=раздал ~=кошку|=кота|=собаку|=вещи", "%=otdala|=otdal|=razdala|=razdal ~=koshku|=kota|=sobaku|=veshchi"},
	}},
	// self-harm: no burden or problem to anyone any more, soon
	{"danger", langCues{
		langNO: {"%=ikke =en =byrde|=belastning ~=lenger|=mer|=noen", "%=ingen =byrde =lenger"},
		langSV: {"%=inte =en =borda|=belastning ~=langre|=mer|=nagon", "%=ingen =borda =langre"},
		langDE: {"%=niemandem|=euch|=keinem ~=mehr =eine|=zur =last", "%=keine =last =mehr"},
		langPL: {"%=nie =bede ~=ciezarem|=problemem|=klopotem|=obciazeniem"},
		langTR: {"%=yuk =olmayacagim", "%=kimseye ~=yuk|=sorun =olmayacagim", "%=sorun|=problem =olmayacagim"},
		langRO: {"%=nu =voi =mai =fi ~=povara|=problema", "%=povara =pentru =nimeni|=voi"},
		langSO: {"%=culays|=culeys ~=noqon|=noqonayo"},
		langAR: {"%ما رح كون|اكون ~عبء|عاله", "%لن اكون ~عبء|عاله", "%=ma =ra7|=rah =kun|=koon|=akun ~=3ib2|=3eb2|=3ab2|=3ibi2|=3ebe2"},
		langFA: {"%سربار ~کسی|هیچکس|شما", "%=sarbar|=sarbare ~=kasi|=hichkas|=shoma"},
		langUK: {"%=не =буду ~=тягарем|=обузою|=проблемою", "%=ne =budu ~=tiaharem|=tyagarem|=obuzoiu"},
		langRU: {"%=не =буду ~=обузой|=обузою|=проблемой", "%=ne =budu ~=obuzoi|=obuzoy|=obuzoj"},
	}},
	// self-harm: not here tomorrow, gone after tonight
	{"danger", langCues{
		langNO: {"%=ikke =her =i =morgen", "%=er =borte =i =morgen"},
		langSV: {"%=finns =inte =har|=kvar ~=imorgon|=morgon", "%=ar =borta =imorgon"},
		langDE: {"%=bin =ich =nicht =mehr =da|=hier", "%=ich =nicht =mehr =da|=hier =bin"},
		langPL: {"%=jutro =mnie =juz =nie", "%=mnie =juz =nie =bedzie", "%=po =dzisiejszej =nocy =mnie"},
		langTR: {"%=yarin ~=olmayacagim", "%=burada =olmayacagim", "%=artik =olmayacagim"},
		langRO: {"%=maine =nu =mai =sunt|=voi", "%=nu =voi =mai =fi =aici"},
		langSO: {"%=ma =joogi =doono", "%=berri ~=ma =joogo|=joogi"},
		langAR: {"%ما رح كون هون", "%مش رح كون هون", "%لن اكون هنا", "%=ma =ra7|=rah =kun|=koon|=akun =hon|=hun", "%=mesh =ra7|=rah =kun|=koon|=akun =hon|=hun"},
		langFA: {"%دیگه اینجا نیستم", "%فردا ~نیستم", "%=dige =inja =nistam", "%=farda ~=nistam"},
		langUK: {"%=мене =вже|=більше =не =буде", "%=mene =vzhe|=bilshe =ne =bude"},
		langRU: {"%=меня =уже|=больше =не =будет", "%=menya =uzhe|=bolshe =ne =budet"},
	}},
	// self-harm: "tell mum / the children that I love her / them"
	{"danger", langCues{
		langNO: {"%=mamma|=mor|=pappa|=far|=barna ~=at =jeg =elsker", "%=mamma|=mor|=pappa|=far|=barna ~=at =jeg =er =glad"},
		langSV: {"%=mamma|=pappa|=barnen ~=att =jag =alskar"},
		langDE: {"%=mama|=mami|=papa|=mutter|=vater|=kindern ~=dass =ich ~=liebe|=lieb"},
		langPL: {"%=mamie|=tacie|=dzieciom|=corce|=synowi ~=kocham"},
		langTR: {"%=anneme|=annemlere|=babama|=aileme|=cocuklarima ~=sevdigimi|=seviyorum"},
		langRO: {"%=mamei|=tatei|=copiilor ~=iubesc"},
		langSO: {"%=hooyaday|=hooyo|=aabbahay|=carruurtayda ~=jeclahay|=jeclaa"},
		langAR: {"%لامي|لماما|لابي|لبابا|لولادي ~بحبها|بحبه|بحبهم|احبها|احبه|احبهم", "%=emmi|=ommi|=mama|=baba|=wladi|=immi ~=b7ebba|=b7ebha|=b7ebo|=b7ebbon|=ba7ebha|=a7ebha|=b7ebhom"},
		langFA: {"%مامانم|مادرم|بابام|پدرم|بچههام ~دوستش|دوستشون", "%=mamanam|=madaram|=babam|=pedaram ~=doostesh|=dustesh|=doosteshoon"},
		langUK: {"%=мамі|=татові|=дітям ~=люблю", "%=mami|=tatovi|=ditiam ~=liubliu|=lyublyu"},
		langRU: {"%=маме|=папе|=детям ~=люблю", "%=mame|=pape|=detyam ~=lyublyu|=liubliu"},
	}},
	// self-harm: tired of living, no way out
	{"danger", langCues{
		langNO: {"%=lei =av =a =leve", "%=ser =ingen =vei =ut", "%=ingen =vei =ut"},
		langSV: {"%=trott =pa =att =leva", "%=ser =ingen =vag =ut", "%=ingen =vag =ut"},
		langDE: {"%lebensmude", "%=keinen =ausweg", "%=will|=kann =nicht =mehr =leben"},
		langPL: {"%=mam =dosc =zycia", "%=nie =widze =wyjscia", "%=nie =chce =mi =sie =zyc", "%=nie =mam =sily =zyc"},
		langTR: {"%=yasamaktan =biktim|=yoruldum", "%=cikis =yolu =yok", "%=yasamak =istemiyorum"},
		langRO: {"%=saturat =sa =traiesc", "%=nicio =iesire", "%=nu =mai =vreau =sa =traiesc"},
		langSO: {"%=ka =daalay =nolosha", "%=nolosha =ka =daalay", "%=ma =rabo =inaan =noolaado"},
		langAR: {"%تعبت من الحياه|العيشه|حياتي", "%مليت من الحياه|حياتي", "%=t3ebt|=ta3abt|=t3abt =mn|=men|=min =el =7aye|=7ayat|=hayat|=7ayati", "%=t3ebt|=ta3abt|=t3abt =mn|=men|=min =7ayati|=l7aye", "%=b9itch|=ba9ich ~=n3ich|=n3ish"},
		langFA: {"%از زندگی خسته", "%=az =zendegi =khaste|=khastam", "%نمیخوام زنده بمونم", "%=nemikham =zende =bemoonam|=bemunam"},
		langUK: {"%=втомилася|=втомився =жити", "%=виходу =немає", "%=vtomylasia|=vtomyvsia =zhyty", "%=vykhodu =nemaie|=nemaye"},
		langRU: {"%=устала|=устал =жить", "%=выхода =нет", "%=ustala|=ustal =zhit", "%=vykhoda =net"},
	}},
	// self-harm: on a bridge or a roof now, in the Turkish and Somali forms the fourteenth set's concept
	// (foreign_fourteenth.go, its German phrase mended here: alternatives are per word) lacks
	{"danger", langCues{
		langTR: {"%=koprunun|=catinin ~=ustundeyim|=ucundayim|=kenarindayim", "%=koprudeyim|=catidayim|=raylardayim"},
		langSO: {"%=buundada|=saqafka ~=dushiisa|=korkeeda ~=taaganahay|=joogaa", "%=taaganahay|=joogaa ~=buundada|=saqafka"},
	}},
	// self-harm: a rope ready, cutting oneself now
	{"danger", langCues{
		langNO: {"%=tau|=tauet ~=klart|=klar|=ferdig|=gjort", "%=kutter|=skjaerer|=skjarer =meg =selv"},
		langSV: {"%=rep|=repet ~=redo|=klart|=fardigt", "%=skar|=skär =mig =sjalv"},
		langDE: {"%=seil|=strick ~=bereit|=vorbereitet|=geknupft|=aufgehangt", "%=schneide|=ritze =mich"},
		langPL: {"%=przygotowany|=przygotowalam|=przygotowalem|=gotowy ~=sznur|=line", "%=sznur|=line ~=przygotowany|=gotowy", "%=tne =sie"},
		langTR: {"%=ipi|=ip|=urgani|=urgan ~=hazirladim|=hazir", "%=kendimi =kesiyorum"},
		langRO: {"%=pregatit ~=franghie|=franghia|=funie|=funia", "%=franghia|=funia ~=e =pregatita", "%=ma =tai"},
		langSO: {"%=xadhig|=xarig ~=diyaariyay|=diyaar", "%=is =goynayaa|=jarayaa"},
		langAR: {"%حضرت|جهزت ~حبل|الحبل", "%عم اجرح حالي|نفسي", "%=7adart|=jahhazt|=jahazt ~=7abel|=7abl|=l7abel", "%=ejra7|=ajra7 ~=7ali|=nafsi"},
		langFA: {"%طناب ~اماده", "%خودمو ~میبرم|زخمی", "%=tanab ~=amade", "%=khodamo ~=mibooram|=miboram"},
		langUK: {"%=мотузку|=мотузка|=петлю ~=приготував|=приготувала|=готова", "%=приготував|=приготувала ~=мотузку|=петлю", "%=ріжу =себе", "%=motuzku|=petliu ~=pryhotuvav|=pryhotuvala"},
		langRU: {"%=веревку|=петлю ~=приготовил|=приготовила|=готова", "%=приготовил|=приготовила ~=веревку|=петлю", "%=режу =себя|=вены", "%=verevku|=petlyu ~=prigotovil|=prigotovila"},
	}},
	// missing: a close one the lists did not name yet — a husband, a wife, a grandparent, a brother or
	// sister, "our son" (kin words of recallMechanisms' someone-missing rule)
	{kinField, langCues{
		langNO: {"=mannen|=kona|=kone|=bestemor|=bestefar|=mormor|=farmor|=morfar|=farfar|=broren|=sosteren|=faren|=moren|=gutten"},
		langSV: {"=mannen|=man|=frun|=hustrun|=mormor|=farmor|=morfar|=farfar|=brorsan|=bror|=syster|=sonen|=dottern"},
		langDE: {"=mann|=frau|=oma|=opa|=bruder|=schwester|=vater|=sohn|=tochter"},
		langPL: {"=maz|=meza|=zona|=zony|=babcia|=dziadek|=brat|=siostra|=syna|=corki|=tata|=taty"},
		langTR: {"=oglumuz|=oglumuzu|=oglumu|=kizimi|=kizimiz|=esim|=karim|=kocam|=babaannem|=anneannem|=dedem|=kardesim"},
		langRO: {"=sotul|=sotia|=bunica|=bunicul|=fratele|=sora|=fiul|=fiica|=baiatul|=tata"},
		langSO: {"=ninkayga|=ninkaygu|=xaaskayga|=ayeeyo|=ayeeyaday|=awoowe|=wiilkayaga|=gabadhayada|=walaalkay|=walaashay|=aabbahay"},
		langAR: {"جوزي", "زوجي", "مرتي", "زوجتي", "ستي", "جدي", "جدتي", "ابننا", "بنتنا", "اخوي", "اختي", "ابي", "=jozi|=zawji|=mrati|=marti|=sitti|=jeddi|=ibna|=ibni|=binti|=bintna|=weldi|=wldi|=akhoya|=ukhti|=abi|=baba"},
		langFA: {"شوهرم", "همسرم", "زنم", "مادربزرگم", "پدربزرگم", "پسرمون", "دخترمون", "برادرم", "خواهرم", "=shoharam|=hamsaram|=zanam|=madarbozorgam|=pedarbozorgam|=pesaremoon|=dokhtaremoon|=baradaram|=khaharam|=pesaram|=dokhtaram|=pedaram|=madaram"},
		langUK: {"=чоловік|=дружина|=бабуся|=дідусь|=брат|=сестра|=сина|=доньки|=донька|=тато", "=cholovik|=druzhyna|=babusia|=didus|=syna|=donka|=tato"},
		langRU: {"=муж|=жена|=бабушка|=дедушка|=брат|=сестра|=сына|=дочери|=дочь|=папа", "=muzh|=zhena|=babushka|=dedushka|=syna|=doch|=papa"},
	}},
	// missing: not come back or home, gone for hours, searched everywhere, still not found, cannot find
	// them, run off after a row, wandered off or lost from the care home
	{missingField, langCues{
		langNO: {"@=ikke =kommet =tilbake|=hjem", "@=vart|=vaert =borte ~=timer|=time", "=lett =overalt", "@=fortsatt|=enna =ikke =funnet|=tilbake", "@=finner =ikke ~=sonnen|=datteren|=barnet|=gutten|=jenta|=mannen|=kona|=mor|=far|=bestemor|=bestefar|=ham|=henne", "=stakk|=rømte|=romte =av|=hjemmefra", "=gatt =seg =bort", "=forsvunnet =fra"},
		langSV: {"@=inte =kommit =tillbaka|=hem", "@=varit =borta ~=timmar|=timme", "=letat =overallt|=overalt", "@=fortfarande|=annu =inte =hittad|=hittat|=tillbaka", "@=hittar =inte ~=sonen|=dottern|=barnet|=pojken|=flickan|=mannen|=frun|=honom|=henne|=mamma|=pappa|=mormor|=morfar", "=stack|=rymde|=rymt ~=efter|=hemifran", "=gatt =vilse", "=gick =vilse"},
		langDE: {"@=nicht =zuruckgekommen|=zuruck|=heimgekommen", "@=kommt =nicht =nach =hause", "@=nicht ~=nach =hause =kommt|=kommen", "@=seit ~=stunden|=stunde =weg|=verschwunden", "=uberall =gesucht", "@=noch =nicht =gefunden|=zuruck", "@=finden =unseren|=unsere|=meinen|=meine|=den|=die =sohn|=tochter|=kind|=jungen|=vater|=mutter|=oma|=opa|=mann|=frau ~=nicht", "=abgehauen|=weggelaufen|=ausgerissen"},
		langPL: {"@=nie =wrocil|=wrocila", "@=nie =ma =od ~=godzin|=godziny|=godzine|=rana", "=szukalismy|=szukalam|=szukalem =wszedzie", "@=nadal|=wciaz|=jeszcze =nie ~=znalezlismy|=znaleziony|=znaleziona|=odnaleziony|=odnaleziona", "@=nie =mozemy|=moge =znalezc ~=syna|=corki|=dziecka|=meza|=zony|=taty|=mamy|=babci|=dziadka|=go|=jej", "=uciekl|=uciekla =z =domu"},
		langTR: {"@=geri =donmedi|=gelmedi", "@=okuldan ~=gelmedi|=donmedi", "@=saattir +=yok|=kayip|=ortada", "=her =yeri =aradik|=aradim", "@=hala =bulunamadi|=bulamadik|=donmedi", "@=oglumuzu|=oglumu|=kizimi|=kizimizi|=cocugumu|=cocugumuzu|=babami|=annemi|=esimi ~=bulamiyoruz|=bulamiyorum", "=evden =kacti"},
		langRO: {"@=nu =s-a =intors", "@=lipseste =de ~=ore|=ora", "=am =cautat =peste =tot", "@=inca =nu =l-am|=am =gasit", "@=nu =il|=o|=ne =gasim|=gasesc", "=a =fugit =de =acasa"},
		langSO: {"@=ma =soo =laaban|=noqon", "@=kama =soo =laaban|=noqon", "@=saacadood ~=maqan", "=meel =walba ~=raadinay|=baadhay", "@=weli =lama =helin", "=waan =waynay", "=cararay|=carartay", "=ka =luntay|=lumay"},
		langAR: {"@وما رجع", "@وما رجعت", "@لسا ما رجع|رجعت", "@غايب|غايبه من", "دورنا|فتشنا ~مكان", "@لسا ما لقيناه|لقيناها", "@ما لقينا", "هرب من البيت", "هربت من البيت", "ضاعت", "@=ma =rije3|=rij3et|=rje3|=rej3et|=rja3|=rj3at", "@=ghayeb|=ghayba|=ghayib =mn|=men", "=dawwarna|=dawarna|=fattashna ~=kel =makan|=blasa", "@=lessa|=lissa|=mazal =ma =la2ayna|=la2ayneh|=l9inah|=lqinah|=l9inaha", "@=ma =la2ena|=la2ayna", "=harab|=harbet =mn|=men =el =beit|=bet|=dar", "=da3et|=tlef|=tlfat"},
		langFA: {"@برنگشته", "@برنگشت", "@ساعته گم", "همه جا ~گشتیم", "@هنوز پیدا نشده", "@پیدا نمیکنیم", "@پیداش نمیکنیم", "فرار کرده", "@=barnagashte|=barnagasht", "@=saate =gom", "=hame =ja ~=gashtim|=gashtam", "@=hanooz|=hanuz =peyda =nashode", "@=peyda|=peydash =nemikonim", "=farar =karde"},
		langUK: {"@=не =повернулася|=повернувся|=повернулись", "@=немає =вже ~=години|=годину|=годин", "=шукали|=шукала|=шукав =всюди|=скрізь|=усюди", "@=досі =не =знайшли", "@=не =можемо|=можу =знайти ~=сина|=доньку|=дитину|=чоловіка|=дружину|=маму|=тата|=бабусю|=дідуся|=його|=її", "=втік|=втекла =з =дому", "@=ne =povernulasia|=povernuvsia|=povernulys", "@=nemaie|=nemaye =vzhe ~=hodyny|=hodyn", "=shukaly|=shukala =vsiudy|=skriz", "@=dosi =ne =znaishly", "=vtik|=vtekla =z =domu"},
		langRU: {"@=не =вернулась|=вернулся|=вернулись", "@=нет =уже ~=часа|=часов|=час", "=искали|=искала|=искал =везде|=повсюду", "@=до =сих =пор =не =нашли", "@=все =еще =не =нашли", "@=не =можем|=могу =найти ~=сына|=дочь|=ребенка|=мужа|=жену|=маму|=папу|=бабушку|=дедушку|=его|=ее", "=убежал|=убежала|=сбежал|=сбежала =из =дома", "@=ne =vernulas|=vernulsya|=vernulsia|=vernulis", "@=net =uzhe ~=chasa|=chasov", "=iskali|=iskala =vezde|=povsyudu", "@=do =sih =por =ne =nashli", "=ubezhal|=ubezhala|=sbezhal|=sbezhala =iz =doma"},
	}},
	// missing: a parent with dementia gone out or lost, or gone out in slippers or night clothes (the kin
	// word names who: "Tata cu demență a plecat")
	{missingField, langCues{
		langNO: {"=demens|=dement ~=gatt|=gikk|=borte|=forsvunnet|=ut", "=ut|=hjemmefra ~=i =tofler|=nattoy"},
		langSV: {"=demens|=dement ~=gatt|=gick|=borta|=forsvunnen|=ut", "=ut|=hemifran ~=i =tofflor|=nattlinne"},
		langDE: {"=demenz|=dement ~=weggelaufen|=weg|=verschwunden|=rausgegangen|=raus", "=in =hausschuhen|=pantoffeln|=hausschlappen|=schlafanzug ~=weggelaufen|=raus|=rausgegangen|=gegangen"},
		langPL: {"demencj|=alzheimer|=alzheimera ~=wyszedl|=wyszla|=zniknal|=zniknela|=zaginal|=zaginela", "=wyszedl|=wyszla ~=w =kapciach|=pizamie"},
		langTR: {"=demansli|=alzheimerli|=demans|=alzheimer ~=cikti|=kayboldu|=gitti", "=terlikle|=pijamayla ~=cikti|=gitti"},
		langRO: {"=dementa|=alzheimer ~=plecat|=disparut|=iesit", "=plecat|=iesit ~=in =papuci|=pijama"},
		langSO: {"=waallida|=xusuus|=dementia|=alzheimer ~=baxay|=baxday|=lumay|=luntay|=maqan"},
		langAR: {"زهايمر|خرف ~طلع|طلعت|ضاع|ضاعت|اختفى", "طلع|طلعت ~بالشحاطه|بالشبشب|بالبيجاما", "=alzheimer|=zheimer|=5arf ~=tele3|=tal3et|=da3|=da3et", "=tele3|=tal3et ~=bel =sha7ata|=shebsheb|=pijama"},
		langFA: {"الزایمر|زوال ~رفته|گم", "دمپایی ~رفته", "=alzaymer|=alzheimer ~=rafte|=gom", "=dampaee|=dampai ~=rafte"},
		langUK: {"деменц|альцгеймер ~=вийшов|=вийшла|=зник|=зникла|=пішов|=пішла", "=вийшов|=вийшла ~=в =капцях|=піжамі"},
		langRU: {"деменц|альцгеймер ~=ушел|=ушла|=вышел|=вышла|=пропал|=пропала", "=ушел|=ушла|=вышел|=вышла ~=в =тапочках|=тапках|=пижаме"},
	}},
	// missing, over: the one missing is home again ('but now home': a contrast, so "he is home and hitting
	// me" is not read as safety)
	{"over", langCues{
		langNO: {"=er =hjemme =igjen"}, langSV: {"=ar =hemma =igen"}, langDE: {"=ist =wieder =zu =hause|=daheim"},
		langPL: {"=juz =jest =w =domu", "=jest =juz =w =domu"}, langTR: {"=ama =simdi =evde"}, langRO: {"=dar =acum =e|=este =acasa"},
		langSO: {"=laakiin =hadda =guriga"}, langAR: {"بس هلق رجع", "=bas =halla2|=halla =rije3|=rij3et"}, langFA: {"ولی الان خونه", "=vali =alan =khoone|=khoonast"},
		langUK: {"=але =вже =вдома", "=ale =vzhe =vdoma"}, langRU: {"=но =уже =дома", "=no =uzhe =doma"},
	}},
	// self-harm, another sense: things or a pet given away for a move, a trip or a return home ("gave my
	// things to friends, I am going back to my family"), the give-away read as a move, not a farewell
	{otherSenseField, langCues{
		langNO: {"=gitt|=gir|=ga =bort ~=flytter|=flytte|=reiser|=drar"},
		langSV: {"=gett|=gav|=ger =bort ~=flyttar|=flytta|=reser|=aker"},
		langDE: {"=verschenkt|=weggegeben|=verschenke ~=umziehe|=umziehen|=ziehe|=ausziehe|=zuruckgehe|=auswandere|=umzug"},
		langPL: {"=oddalam|=oddalem|=rozdalam|=rozdalem ~=przeprowadzam|=przeprowadzka|=wyjezdzam|=wracam"},
		langTR: {"=verdim|=dagittim ~=tasiniyorum|=tasiniyoruz|=donuyorum|=donuyoruz|=gidiyorum", "=tasindigim|=tasinacagim|=donecegim|=gidecegim ~=verdim|=dagittim"},
		langRO: {"=dat ~=mut|=mutam|=plec|=plecam|=intorc|=intoarcem"},
		langSO: {"=bixiyay|=siiyay|=qaybiyay ~=guurayaa|=guuraynaa|=noqonayaa|=safrayaa"},
		langAR: {"عطيت|اعطيت|وزعت ~راجع|راجعه|مسافر|مسافره|بنقل|بسافر", "=3tet|=a3tet|=wazza3t ~=raje3|=msafer|=msafra|=bn2ol|=bsafer"},
		langFA: {"دادم|بخشیدم ~برمیگردم|برمیگردیم|اسباب|مهاجرت|میرم", "=dadam|=bakhshidam ~=barmigardam|=barmigardim|=mirim|=mohajerat"},
		langUK: {"=віддала|=віддав|=роздала|=роздав ~=переїжджаю|=переїжджаємо|=повертаюся|=виїжджаю"},
		langRU: {"=отдала|=отдал|=раздала|=раздал ~=переезжаю|=переезжаем|=возвращаюсь|=уезжаю"},
	}},
	// missing, over and past: found by the police in the forms the lists lacked ("the police found him");
	// last winter or summer dates a wandering off
	{"over", langCues{
		langAR: {"لقته", "لقتها", "لقاه", "لقاها", "=la2ito|=la2eto|=l2ito|=la2eta|=la2aha"}, langFA: {"پیداش کرد", "=peydash =kard"},
	}},
	{"past", langCues{
		langNO: {"=forrige =vinter|=sommer|=host"}, langSV: {"=forra =vintern|=sommaren|=hosten"}, langDE: {"=letzten|=vergangenen =winter|=sommer|=herbst"},
		langPL: {"=zeszlej|=ostatniej =zimy|=wiosny|=jesieni", "=zeszlego|=ostatniego =lata"}, langTR: {"=gecen =kis|=yaz|=sonbahar"},
		langRO: {"=iarna|=vara|=toamna =trecuta"}, langSO: {"=jiilaalkii|=xagaagii =hore"},
		langAR: {"الشتاء|الشتا|الصيف الماضي", "الشتويه|الصيفيه الماضيه", "=el =shita|=sheta|=seif =el =madi|=elli =fat"},
		langFA: {"زمستون|زمستان|تابستون|تابستان ~پارسال|گذشته", "=zemestoon|=zemestan|=tabestoon =parsal|=gozashte"},
		langUK: {"=минулої =зими|=весни|=осені", "=минулого =літа"}, langRU: {"=прошлой =зимой|=весной|=осенью", "=прошлым =летом"},
	}},
	// the second batch's concepts (measured first, then written; see doc_intro.md): a farewell posted on
	// social media; the sleeping pills or all the pills taken tonight; "she says she will put an end to
	// everything" and, in arabizi, wanting to die or to end it after locking herself in
	{"danger", langCues{
		langNO: {"%=farvel|=avskjedshilsen|=avskjedsinnlegg ~=facebook|=instagram|=snapchat|=snap|=tiktok", "%=facebook|=instagram|=snapchat ~=farvel|=avskjed|=avskjedshilsen"},
		langSV: {"%=farval|=avskedshalsning ~=facebook|=instagram|=snapchat|=snap|=tiktok", "%=facebook|=instagram|=snapchat ~=farval|=avsked"},
		langDE: {"%=facebook|=instagram|=snapchat|=whatsapp ~=verabschiedet", "%=verabschiedet ~=facebook|=instagram|=snapchat|=whatsapp"},
		langPL: {"%=pozegnal|=pozegnala =sie ~=facebooku|=instagramie|=fejsie"},
		langTR: {"%=her =seye|=hayatina|=hayatima =son =verecegini|=verecegim|=vermek", "%=facebookta|=instagramda ~=veda"},
		langRO: {"%=iau|=voi =lua|=am =luat =toate =somniferele|=pastilele|=medicamentele", "%=toate =somniferele", "%=si-a =luat =adio ~=facebook|=instagram"},
		langSO: {"%=facebook|=instagram ~=macsalaameeyay|=macsalaameysay|=nabadgelyeeyay"},
		langAR: {"%=badda|=baddo|=baddi|=bade|=bidha|=bido =tmout|=ymout|=mout|=tmut|=ymut", "%=t5alles|=tkhalles|=ykhalles|=y5alles|=khalles ~=mn|=min|=men =kel|=kol =shi|=shi2|=7ayata|=7ayato", "%=sakkaret|=sakkar|=2afalet|=2afal =3ala|=3a =7ala|=7alo|=7alha ~=badda|=baddo =t5alles|=tkhalles"},
		langFA: {"%=facebook|=instagram ~=khodahafezi"},
		langUK: {"%=вип'ю|=випю|=прийму|=ковтну =всі|=усі ~снодійн|таблетк|пігулк", "%=попрощався|=попрощалася ~=фейсбуці|=інстаграмі"},
		langRU: {"%=выпью|=приму|=проглочу =все ~снотворн|таблетк", "%=попрощался|=попрощалась ~=фейсбуке|=инстаграме"},
	}},
	// missing: due home at an hour long gone, and the phone switched off (with a kin word, the
	// someone-missing rule)
	{missingField, langCues{
		langNO: {"=skulle =vart|=vaert|=vare =hjemme", "=telefonen ~=er =av|=avslatt|=slatt =av"},
		langSV: {"=skulle =vara =hemma", "=telefon|=telefonen|=mobilen ~=ar =avstangd"},
		langDE: {"=sollte ~=zu =hause =sein", "=handy|=telefon ~=ist =aus|=ausgeschaltet"},
		langPL: {"=mial|=miala =byc =w =domu", "=telefon ~=wylaczony|=jest =wylaczony"},
		langTR: {"=evde =olacakti", "=eve =gelecekti", "=telefonu =kapali"},
		langRO: {"=trebuia =sa =fie =acasa", "=telefonul =inchis", "=telefonul =e|=este =inchis"},
		langSO: {"=guriga =joogo", "=telefoonkiisu|=telefoonkeedu|=telefoonkiisa|=telefoonkeeda ~=dansan|=xiran|=damsan"},
		langAR: {"تلفونه|تلفونها|موبايله|موبايلها ~مسكر|مطفي|مقفول|مغلق", "=telefono|=telefona|=mobilo|=mobila ~=msakkar|=msakkra|=mtafe|=mtafi|=ma2fool"},
		langFA: {"گوشیش|موبایلش ~خاموشه|خاموش", "=gooshish|=gushish|=mobailesh ~=khamooshe|=khamushe|=khamoosh"},
		langUK: {"=телефон ~=вимкнений|=вимкнено", "=мав|=мала =бути =вдома"},
		langRU: {"=телефон ~=выключен|=отключен", "=должен|=должна =был|=была =быть =дома"},
	}},
	// missing: "our five-year-old daughter" told with the bare noun in Farsi; gone ('@': "half an hour
	// ago" dates when, the child is missing now)
	{kinField, langCues{langFA: {"دختر|پسر ~سالمون|سالم|سالمه", "=dokhtare|=pesare ~=salemoon|=salam|=salame"}}},
	{missingField, langCues{langFA: {"@گم شد", "@=gom =shod"}}},
	// missing, over: found by you (the police) in Levantine Arabic
	{"over", langCues{langAR: {"لقيتوه", "لقيتوها", "=la2eitouh|=la2etouh|=l2itouh|=la2itoh"}}},
	// the third batch's concepts (measured first, then written): someone going to a bridge, the tracks or
	// the water "to end it"; an empty pill box or packet found (the finding is no over word inside it)
	{"danger", langCues{
		langNO: {"%=brua|=broa|=broen|=skinnene|=sporet|=sjoen ~=slutt|=avslutte|=livet", "%=tom ~=pilleeske|=pillebrett|=tablettesken|=medisinesken|=pilleglass"},
		langSV: {"%=bron|=sparet|=ralsen|=sjon ~=slut|=avsluta|=livet", "%=tom ~=tablettask|=pillerburk|=tablettkarta|=medicinburk"},
		langDE: {"%=brucke|=gleise|=gleisen|=bahnlinie ~=schluss|=beenden|=umbringen|=leben", "%=leere|=leeren ~=tablettenpackung|=tablettenschachtel|=packung|=blister|=dose ~=gefunden"},
		langPL: {"%=most|=mostu|=tory|=tory ~=skonczyc|=skonczy|=zabic|=zycie", "%=puste|=pusty|=pusta ~=opakowanie|=pudelko|=listek|=fiolke ~tabletk|=lekach|=lekow"},
		langTR: {"%=kopruye|=kopruden|=raylara ~=bitirecegini|=bitirecegim|=bitirmek|=son =verecegini|=oldurecegini", "%=bos ~=ilac|=hap =kutusu|=kutusunu|=paketi|=seridi"},
		langRO: {"%=pod|=podul|=sine ~=termine|=termin|=sinucida|=sinucide|=omoare", "%=cutie|=folie|=ambalaj|=flacon =goala|=gol ~=pastile|=medicamente|=somnifere"},
		langSO: {"%=buundada|=biriinka|=badda ~=dhammeeyo|=dhameeyo|=isdilo|=dilo", "%=kiniinka|=kiniinnada|=daawada ~=madhan|=faaruq"},
		langAR: {"%الجسر|عالجسر|السكه|البحر ~ليخلص|لتخلص|يخلص|تخلص|ينتحر|تنتحر|يموت|تموت", "%=jesr|=jisr|=sekke|=ba7er ~=y5alles|=t5alles|=ykhalles|=tkhalles|=yento7er|=tento7er|=ymout|=tmout", "%علبه|باكيت|شريط ~دوا|حبوب ~فاضيه", "%=3elbet|=3elbe|=bakit|=shreet ~=dawa|=7boob ~=fadye|=fadi"},
		langFA: {"%پل|ریل ~تمومش|تموم|خودکشی|بکشه", "%=pol|=reyl ~=tamoomesh|=tamumesh|=khodkoshi|=bokoshe", "%جعبه|بسته|ورق|قوطی ~قرص ~خالی", "%=jabe|=baste|=varaghe|=ghooti ~=ghors ~=khali"},
		langUK: {"%=міст|=мосту|=колії ~=покінчити|=покінчить|=скінчити", "%=порожню|=порожня|=пусту ~=упаковку|=пачку|=коробку|=блістер ~таблетк|=ліків"},
		langRU: {"%=мост|=мосту|=рельсы|=рельсам ~=покончить|=покончит|=закончить", "%=пустую|=пустая ~=упаковку|=пачку|=коробку|=блистер ~таблетк|=лекарств"},
	}},
	// missing: not slept at home last night (a teenager), not come ashore from a boat; the bare Farsi
	// "pesar" with its age; a parent with dementia who "goes out again" asked about after "if" (set aside
	// as asked, so no model reads it as gone now: Polish perfective future, German "wieder … geht")
	{missingField, langCues{
		langNO: {"@=ikke =sovet =hjemme", "@=ikke =kommet =i =land"}, langSV: {"@=inte =sovit =hemma", "@=inte =kommit =i =land|=tillbaka"},
		langDE: {"@=nicht =zu =hause =geschlafen", "@=nicht =an =land", "=demenz ~=wieder ~=geht|=weggeht|=rausgeht|=weglauft"},
		langPL: {"@=nie =nocowal|=nocowala|=spal|=spala =w =domu", "demencj ~=znowu|=znow ~=wyjdzie|=zniknie|=ucieknie"},
		langTR: {"@=evde =yatmadi|=uyumadi", "@=karaya =donmedi|=cikmadi"}, langRO: {"@=nu =a =dormit =acasa"},
		langSO: {"@=guriga =ma =seexan|=hurdin|=lulin"}, langAR: {"@ما نام|نامت بالبيت", "@=ma =nam|=namet =bel =beit|=bet"},
		langFA: {"@خونه نخوابیده", "@=khoone =nakhabide|=nakhabid"},
		langUK: {"@=не =ночувала|=ночував =вдома"}, langRU: {"@=не =ночевала|=ночевал =дома"},
	}},
	{kinField, langCues{langFA: {"=pesar|=dokhtar ~=salemoon|=salame|=salam"}}},
	{goneField, langCues{
		langNO: {"=har =dratt|=kjort|=gatt", "=dro|=kjorte"}, langSV: {"=har =akt|=kort|=gatt", "=akte|=korde"},
		langDE: {"=ist =weg|=losgefahren|=weggefahren|=losgegangen", "=fuhr =los|=weg"}, langPL: {"=pojechal|=pojechala|=poszedl|=poszla|=wyszedl|=wyszla"},
		langTR: {"=gitti", "=cikti"}, langRO: {"=a =plecat", "=a =iesit"}, langSO: {"=wuu|=way =baxay|=baxday|=tagay"},
		langAR: {"طلع", "طلعت", "راح", "راحت", "=tele3|=tal3et|=ra7|=ra7et"}, langFA: {"رفت", "=raft"},
		langUK: {"=поїхав|=поїхала|=пішов|=пішла"}, langRU: {"=уехал|=уехала|=ушел|=ушла"},
	}},
	// missing, past: "last year" in the words the lists lacked
	{"past", langCues{langSO: {"=sannadkii|=sanadkii =hore"}, langUK: {"=торік", "=torik"}, langRU: {"=в =прошлом =году", "=v =proshlom =godu"}, langFA: {"زمستون پارسال", "پارسال"}}},
}

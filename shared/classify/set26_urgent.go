package classify

// Urgent recall and precision from set 28 (blind_multilingual26, session 12, cls-26u): the concepts
// its misses and false alarms told, written for every language the lists read, never as one text's
// words; pinned with their counterparts in set26_urgent_test.go. The Danish and English side is in
// lexicon.go (presentDanger, the block headed "set 28").

// todayField: today, this morning, tonight — in a danger's own clause, the day's act told against a
// habit told beside it (notDangerToLife's habit gate).
const todayField = "today"

// releaseLaterField: the one feared let out of prison or custody at a time to come (next spring, next
// month): a worry about a day to come, as the Danish lists' futureDated is, not danger now — the foreign
// urgent model does not add urgent over it (aboutThings).
const releaseLaterField = "releaselater"

// thingsField: an errand about things, not people — money owed, a deposit or the rent kept back, a
// passport, wallet or keys lost: the foreign urgent model does not add urgent over it (aboutThings);
// a danger word the lists read still counts.
const thingsField = "things"

var setTwentySixUrgentConcepts = []foreignConcept{
	// "ya … ?": the Turkish "what if" opening a question ("Ya gerçekten bir yangın olsaydı?"): a danger
	// asked about after it is not reported
	{"cond", langCues{langTR: {"=ya"}}},
	{releaseLaterField, langCues{
		langNO: {"=slipper|=loslates|=losslates ~=ut ~=neste =maned|=ar|=uke", "=slipper|=loslates|=losslates ~=til =varen|=sommeren|=hosten|=vinteren"},
		langSV: {"=slapps|=slaps ~=nasta =manad|=ar|=vecka", "=slapps|=slaps ~=i =var|=host|=sommar|=till =varen|=hosten"},
		langDE: {"=kommt|=kommen ~=im =fruhjahr|=fruhling|=sommer|=herbst|=winter ~=raus|=frei", "=kommt|=kommen ~=nachsten|=nachste|=nachstes =monat|=woche|=jahr ~=raus|=frei",
			"=wird ~=im =fruhjahr|=fruhling|=sommer|=herbst|=winter ~=entlassen|=freigelassen", "=wird ~=nachsten|=nachste|=nachstes =monat|=woche|=jahr ~=entlassen|=freigelassen"},
		langPL: {"wyjdzie|wychodzi ~=w =przyszlym =miesiacu|=roku|=tygodniu", "wyjdzie|wychodzi ~=wiosna|=latem|=jesienia|=zima"},
		langTR: {"cikacak|cikiyor|tahliye ~=gelecek|=onumuzdeki =ay|=yil|=hafta", "=baharda|=yazin|=sonbaharda|=kisin ~cikacak|cikiyor|tahliye"},
		langRO: {"=iese|=va =iesi|=eliberat ~=luna|=anul|=saptamana =viitoare", "=iese|=va =iesi|=eliberat ~=la =primavara|=vara|=toamna|=iarna"},
		langSO: {"=ka =soo =baxayaa|=bixi|=sii =deynayaan ~=bisha|=sanadka|=toddobaadka =dambe|=soo =socda"},
		langAR: {"بيطلع|رح يطلع|سيخرج|يطلع ~الشهر|السنه|الاسبوع الجاي|القادم", "بيطلع|رح يطلع|سيخرج|يطلع ~بالربيع|بالصيف|بالشتا", "=bi6la3|=byitla3|=ra7 =yitla3 ~=el =shahr|=sene =el =jay"},
		langFA: {"آزاد میشه|آزاد میشود ~ماه|سال بعد|دیگه|آینده", "ماه|سال بعد|دیگه|آینده ~آزاد میشه|میشود", "=azad =mishe ~=mah|=sal =bad|=dige|=ayande"},
		langUK: {"=вийде|=виходить|=звільнять ~=наступного =місяця|=року|=тижня", "=вийде|=виходить|=звільнять ~=навесні|=влітку|=восени|=взимку"},
		langRU: {"=выйдет|=выходит|=освободят ~=в =следующем =месяце|=году", "=выйдет|=выходит|=освободят ~=весной|=летом|=осенью|=зимой"},
	}},
	{thingsField, langCues{
		langNO: {"depositum", "husleie", "=skylder =meg =penger", "=mistet|=mista ~=passet|=lommeboka|=lommeboken|=nokler|=noklene|=bankkortet"},
		langSV: {"deposition", "=hyran", "=ar =skyldig =mig =pengar", "=tappat|=tappade|=forlorat ~=passet|=planboken|=nycklarna|=bankkortet"},
		langDE: {"kaution", "=miete", "=schuldet =mir", "=reisepass|=pass|=geldbeutel|=portemonnaie|=brieftasche|=schlussel ~=verloren"},
		langPL: {"kaucj", "depozyt", "czynsz", "=jest =mi =winien", "zgubi ~paszport|portfel|klucz|dowod", "paszport|portfel|klucz|dowod ~zgubi"},
		langTR: {"depozito", "=kira|=kirayi", "pasaport|cuzdan|anahtar ~kayb"},
		langRO: {"=chiria|=chirie", "=imi =datoreaza", "=pierdut ~pasaport|portofel|cheile|buletin", "pasaport|portofel|cheile|buletin ~pierdut"},
		langSO: {"=baasaboorka|=boorsada|=furayaasha ~=lumay", "=lacag ~=igu =leeyahay"},
		langAR: {"الايجار|الإيجار", "ضاع|ضايع|ضيعت ~جواز|الجواز|جزدان|المحفظه|المفاتيح", "جواز|الجواز|جزداني|محفظتي|المفاتيح ~ضاع|ضايع|ضيعت", "=daya3t|=dayya3t|=da3 ~=el =jawaz|=passport|=jezdan|=mafatee7"},
		langFA: {"پاسپورت|گذرنامه|کیف|کلید|مدارک ~گم", "گم ~پاسپورت|گذرنامه", "=passport|=pasport ~=gom", "اجاره|ودیعه", "=ejare|=vadie"},
		langUK: {"паспорт|гаманець|ключ ~загуби|втрати", "загуби|втрати ~паспорт|гаманець|ключ", "застав|оренд"},
		langRU: {"паспорт|кошел|ключ ~потеря|потерял", "потерял ~паспорт|кошел|ключ", "залог|аренд"},
	}},
	{todayField, langCues{
		langNO: {"=i =dag|=idag", "=i =morges|=kveld|=natt", "=ikveld|=inatt"},
		langSV: {"=i =dag|=idag", "=i =morse|=kvall|=natt", "=ikvall|=inatt"},
		langDE: {"=heute", "=heute =morgen|=abend|=nacht"},
		langPL: {"=dzisiaj|=dzis", "=dzisiejszej"},
		langTR: {"=bugun|=bu =sabah|=aksam|=gece"},
		langRO: {"=azi|=astazi", "=in =seara|=noaptea =asta", "=diseara"},
		langSO: {"=maanta|=caawa|=saaka"},
		langAR: {"اليوم|الليله|هاليوم", "=lyom|=el =yom|=elyom|=alyom|=elyoum|=lyoum|=el =leile|=elleile"},
		langFA: {"امروز|امشب", "=emrooz|=emruz|=emshab"},
		langUK: {"=сьогодні", "=sohodni|=sogodni"},
		langRU: {"=сегодня", "=segodnya|=sevodnya"},
	}},
	// a child or another close one afraid to come or go out (third person): the writer's own "I dare not
	// go out" told of someone else (recallMechanisms' fear, with a threat or someone back)
	{fearField, langCues{
		langNO: {"=tor =ikke =a =ga|=komme =ut", "=er =redd =for =a =ga|=komme =ut"},
		langSV: {"=vagar =inte =ga|=komma =ut", "=ar =radd =for =att =ga|=komma =ut"},
		langDE: {"=traut ~=nicht =raus|=hinaus|=nach", "=hat =angst ~=rauszugehen|=rauszukommen"},
		langPL: {"=boi =sie =wyjsc"},
		langTR: {"=disari =cikmaya =korkuyor"},
		langRO: {"=ii =e =frica =sa =iasa"},
		langSO: {"=ka =baqaysaa|=baqayaa|=baqayaan =inay|=inuu =soo =baxdo|=baxo|=baxaan"},
		langAR: {"خايفه تطلع|يطلع", "=5ayfe|=khayfe|=khayef =tetla3|=yetla3|=te6la3|=ye6la3"},
		langFA: {"=mitarse =bere =biroon"},
		langUK: {"=боїться =вийти"},
		langRU: {"=боится =выйти"},
	}},
	// a person lying still "without moving": the state the lists knew as "does not move"
	{"danger", langCues{
		langNO: {"@=ligger ~=uten =a =rore =seg|=bevege =seg"},
		langSV: {"@=ligger ~=utan =att =rora =sig"},
		langDE: {"@=liegt ~=ohne =sich =zu =bewegen|=ruhren", "@=liegt ~=regungslos|=bewegungslos"},
		langPL: {"@=lezy ~=bez =ruchu", "@=lezy ~=nieruchomo"},
		langTR: {"@=yerde|=yatiyor ~=kipirdamadan|=hareketsiz"},
		langRO: {"@=zace ~=nemiscat|=nemiscata", "@=zace ~=fara =sa =se =miste"},
		langSO: {"@=dhulka =jiifa|=jiifaa ~=dhaqdhaqaaq =la'aan"},
		langAR: {"@مرمي على الارض وما عم يتحرك", "@=marmi|=nayem =3al =ard ~=ma =3am =yet7arrak"},
		langFA: {"@افتاده ~بی حرکت|بیحرکت", "@=oftade ~=bi =harekat|=biharekat"},
		langUK: {"@=лежить ~=без =руху|=нерухомо"},
		langRU: {"@=лежит ~=без =движения|=неподвижно"},
	}},
	// a danger word in another sense: something that "is killing me" when it is a thing, not a person
	// (the bureaucracy, the waiting, the queue, the forms, the noise): a figure of speech, as drowning in
	// paperwork is (foreign_ninthset.go's other senses)
	{otherSenseField, langCues{
		langNO: {"=byrakratiet|=ventingen|=koen|=skjemaene|=stoyen|=systemet =dreper =meg", "=dreper =meg ~=byrakratiet|=ventingen|=koen|=skjemaene|=stoyen"},
		langSV: {"=byrakratin|=vantan|=kon|=blanketterna|=oljudet|=systemet =dodar =mig", "=dodar =mig ~=byrakratin|=vantan|=kon|=blanketterna|=oljudet"},
		langDE: {"=burokratie|=warterei|=schlange|=formulare|=larm|=system ~=bringt =mich =um", "=bringt =mich =um ~=burokratie|=warterei|=schlange|=formulare|=larm",
			"=burokratie|=warterei|=schlange|=formulare|=larm =totet =mich"},
		langPL: {"=biurokracja|=czekanie|=kolejka|=formularze|=halas|=system =mnie =zabija|=wykonczy", "=zabija =mnie ~=biurokracja|=czekanie|=kolejka|=formularze|=halas"},
		langTR: {"=burokrasi|=bekleme|=kuyruk|=formlar|=gurultu =beni =olduruyor|=oldurecek"},
		langRO: {"=ma =omoara ~=birocratia|=asteptarea|=coada|=formularele|=zgomotul|=sistemul", "=birocratia|=asteptarea|=coada|=formularele|=zgomotul =ma =omoara"},
		langSO: {"=xafiisyada|=sugitaanka|=safka|=foomamka =ayaa =i =dilaya"},
		langAR: {"الروتين|الانتظار|الطابور|الاوراق عم يقتلني|بيقتلني|قتلني", "=el =routine|=entizar|=tabour ~=3am =ye2telni|=bye2telni"},
		langFA: {"این کاغذبازی|انتظار|صف داره منو میکشه", "=kaghazbazi|=entezar|=saf ~=mano =mikoshe"},
		langUK: {"=бюрократія|=черга|=чекання =мене =вбиває|=доконає", "=мене =вбиває ~=бюрократія|=черга|=чекання"},
		langRU: {"=бюрократия|=очередь|=ожидание =меня =убивает|=доконает", "=меня =убивает ~=бюрократия|=очередь|=ожидание"},
	}},
	// a danger word naming the case reported, not danger now: "the report of a rape", "the case about
	// the assault", "I filed a report about the theft" (the Danish lists' "sagen om vold")
	{otherSenseField, langCues{
		langNO: {"=anmeldelse|=anmeldelsen|=saken =om|=av ~voldt|=overfall|=vold|=trussel|=trusler"},
		langSV: {"=anmalan|=anmalningen|=arendet =om|=av ~valdt|=overfall|=misshandel|=hot"},
		langDE: {"=anzeige|=fall =wegen|=uber|=von ~vergewalt|=uberfall|=korperverletzung|=bedrohung|=schlagerei"},
		langPL: {"=zgloszenie|=zgloszenia|=zgloszeniu|=sprawa|=sprawie|=sprawy|=zawiadomienie =o ~gwalc|=pobicie|=pobiciu|=napasci|=napad|=napadzie|=grozb|=przemoc"},
		langTR: {"tecavuz|darp|saldiri|tehdit ~=ihbari|=ihbarimi|=sikayeti|=sikayetimi|=davasi|=dosyasi"},
		langRO: {"=plangere|=plangerea|=sesizare|=sesizarea|=dosarul|=dosar =de|=pentru|=despre ~viol|=agresiune|=agresiunea|=amenintare|=amenintari|=batai"},
		langSO: {"=dacwad|=dacwadda|=warbixin =ku =saabsan ~kufsi|=weerar|=hanjabaad"},
		langAR: {"بلاغ|البلاغ|قضيه|شكوى ~اغتصاب|اعتداء|تهديد", "=3amalt|=3malt|=2addamt|=qaddamt =bala3|=balagh|=balag", "=bala3|=balagh =3an|=an"},
		langFA: {"شکایت|گزارش|پرونده ~تجاوز|حمله|تهدید", "=shekayat|=gozaresh|=parvande ~=tajavoz|=hamle|=tahdid"},
		langUK: {"=заява|=заяву|=справа|=справу =про ~зґвалт|згвалт|=напад|=побиття|=погрози"},
		langRU: {"=заявление|=заявлении|=дело|=деле =об|=о ~изнасил|=нападении|=избиении|=угрозах"},
	}},
	// "you saved his life": thanks for an emergency handled, told as over (a danger told after it with a
	// word of now is new, as for every statement that it is over)
	{"over", langCues{
		langNO: {"=reddet|=redda =livet|=livet =hans|=hennes|=til|=pa"},
		langSV: {"=raddade|=raddat =livet|=livet =pa|=hans|=hennes"},
		langDE: {"=leben ~=gerettet", "=gerettet ~=leben"},
		langPL: {"=uratowali|=uratowaliscie|=uratowala|=uratowal ~=zycie"},
		langTR: {"=hayatini|=hayatimi|=canini ~=kurtardiniz|=kurtardi|=kurtardilar"},
		langRO: {"=salvat|=salvati ~=viata"},
		langSO: {"=badbaadiseen|=badbaadisay|=samatabixiseen ~=nolosha|=naftii|=noloshii"},
		langAR: {"انقذتوا|انقذتم|أنقذتوا|أنقذتم|نقذتوا ~حياه|حياة|روح", "=an2aztu|=an2aztou|=en2aztu|=anqaztum ~=7ayat|=hayat"},
		langFA: {"جون|جان|زندگی ~نجات دادید|دادین|دادن", "=joon|=jan ~=nejat =dadid|=dadin|=dadan"},
		langUK: {"=врятували|=врятувала|=врятував ~=життя"},
		langRU: {"=спасли|=спасла|=спас ~=жизнь"},
	}},
	// nobody came to harm, we are all fine: a danger handled and over (the Arabic spoken forms and the
	// first person plural the lists lacked)
	{"over", langCues{
		langNO: {"=vi =har =det =bra =alle|=alle =sammen", "=alle =er =i =god =behold"},
		langSV: {"=vi =mar =alla =bra", "=alla =ar =oskadda"},
		langDE: {"=uns =geht =es =allen =gut", "=wir =sind =alle =unverletzt|=wohlauf"},
		langPL: {"=wszyscy =jestesmy =cali", "=nikomu =nic =sie =nie =stalo"},
		langTR: {"=hepimiz =iyiyiz", "=kimse =yaralanmadi"},
		langRO: {"=suntem =toti =bine", "=nimeni =nu =a =patit =nimic"},
		langSO: {"=dhammaanteen =waan =fiicannahay|=nabad =qabnaa", "=qofna =wax =ma =noqon"},
		langAR: {"ما حدا تاذى|تأذى|انصاب", "كلنا منيح|منيحين|بخير", "=ma =7ada =t2azza|=et2azza|=tsawwab|=ensab", "=kellna|=kelna|=kollna|=kulna =mni7|=mnee7|=mne7|=bkheir|=bikhair|=tamam"},
		langFA: {"همه خوبیم|همه‌مون خوبیم|همه مون خوبیم", "به کسی آسیب نرسید", "=hamamun|=hamamoon|=hame =khubim|=khoobim"},
		langUK: {"=всі|=усі =живі =і =здорові", "=ніхто =не =постраждав"},
		langRU: {"=все =живы =и =здоровы", "=никто =не =пострадал"},
	}},
}

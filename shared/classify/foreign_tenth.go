package classify

import "slices"

// Urgent recall from the tenth blind set (session 7, issue 11): the concepts its writers told danger by
// and no list had in some language, written here by concept for every language the foreign lists read
// (the Danish and English lists read their own, lexicon.go), never as one text's words. Danger cues
// first; then four fields for a mechanism in readForeign (tenthSetMechanisms):
//
//   - lureField and carField: a stranger calling or luring a child ("кличе мою доньку до своєї машини")
//     — a word of luring and a car in the sentence of a child or kin word, told now.
//   - onlineField and metField: a child with an adult met online ("en vuxen man hon träffat på nätet") — a
//     child or kin word, an online word and a verb of meeting in one sentence, told now.
//   - outsideField: someone outside the writer's home now, told now ('@': a past word elsewhere in the
//     sentence does not end it) and not a responder (the police standing outside are no danger).
//   - lockedInField: a child locked in ("مسكر على حاله بالحمام") — a child or kin word and a word of being
//     shut in, in one sentence told now.
const (
	lureField     = "lure"
	carField      = "car"
	onlineField   = "online"
	lockedInField = "lockedin"
	metField      = "met"
	outsideField  = "outside"
)

var tenthSetConcepts = []foreignConcept{
	// being followed now: follows me, is behind me (a bare "behind me" only with a word of now, '&')
	{"danger", langCues{
		langNO: {"=folger =etter =meg|=oss", "=fulgt =etter =meg|=oss", "&=bak =meg|=oss"},
		langSV: {"=foljer =efter =mig|=oss", "=foljt =efter =mig|=oss", "&=bakom =mig|=oss"},
		langDE: {"=folgt =mir|=uns", "=mir|=uns =gefolgt|=nachgelaufen|=hinterher", "=lauft =mir|=uns =nach|=hinterher", "&=hinter =mir|=uns"},
		langPL: {"=idzie|=jedzie|=chodzi =za =mna|=nami", "=szedl|=szla|=jechal =za =mna|=nami", "=sledzil|=sledzila =mnie|=nas"},
		langTR: {"=pesimden|=arkamdan =geliyor|=geldi|=yuruyor", "=beni =takip =etti|=ediyorlar|=ettiler", "&=hala =arkamda|=pesimde", "&=arkamda|=pesimde"},
		langRO: {"=vine|=merge|=mergea =dupa =mine|=noi", "=m-a|=ne-a =urmarit", "=ma|=ne =urmaresc", "&=in =spatele =meu|=nostru"},
		langSO: {"=daba =socda|=socdaa|=socdaan|=socday|=socotay|=socdo", "=iga =daba", "=na =daba =socda|=socdaan"},
		langAR: {"لاحقني", "يلاحقني", "يتبعني", "ماشي وراي", "=la7e2ni|=la7i2ni|=lahe2ni|=la7a2ni|=btla7e2ni", "=mashi|=meshi|=ymshi =warai|=wara2i|=warayi|=warayye", "&وراي", "&=warai|=wara2i|=warayi"},
		langFA: {"دنبالم اومده", "دنبالمه", "دنبالم میاد", "=donbalame|=dombalame", "=donbalam|=dombalam =oomade|=umade|=miad|=miyad|=mikone", "&پشت سرمه", "&=poshte =saram|=sarame"},
		langUK: {"=йде|=іде|=ходить|=їде =за =мною|=нами", "=йшов|=ішов|=йшли =за =мною|=нами", "=стежить|=слідкує =за =мною|=нами"},
		langRU: {"=идет|=ходит|=едет =за =мной|=нами", "=шел|=шли =за =мной|=нами", "=следит|=следят =за =мной|=нами"},
	}},
	// a child not breathing, turning blue, choking ('@': the swallowing is told in the past, the danger is now)
	{"danger", langCues{
		langNO: {"@=blir =bla", "@=leppene =er|=blir =bla", "@=satt =fast =i =halsen", "@=setter =seg =fast =i =halsen", "@kveles", "@=puster =ikke =ordentlig|=normalt", "@=far =ikke =puste|=luft"},
		langSV: {"@=blir =bla", "@=lapparna =ar|=blir =bla", "@=fastnat =i =halsen", "@=satt =i =halsen", "@=kvavs|=storker", "@=andas =inte =ordentligt|=normalt", "@=far =ingen =luft"},
		langDE: {"@=lauft =blau =an", "@=wird =blau", "@=lippen =sind|=werden =blau", "@=verschluckt", "@erstickt", "@=bekommt|=kriegt =keine =luft", "@=atmet =nicht =richtig|=normal"},
		langPL: {"@=sinieje|=sinieja|=sinie", "@=robi|=robia =sie =sine|=sina|=siny", "@=usta =sa =sine", "@=sine =usta", "@zakrztusil|zakrztusila|zadlawil|zadlawila", "@=dusi =sie", "@=nie =moze =oddychac|=zlapac", "@=nie =oddycha =normalnie|=dobrze"},
		langTR: {"@=nefes =alamiyor", "@morariyor", "@=mosmor", "@=dudaklari|=yuzu =mor|=morardi", "@=bir =sey =yuttu", "@=bogazinda =kaldi|=takildi", "@=bogazina =bir =sey =kacti|=takildi"},
		langRO: {"@=se =invineteste", "@=e =vanat|=vanata|=albastru|=albastra", "@=buzele =sunt =vinete|=albastre", "@=a =inghitit =ceva", "@=s-a =inecat =cu", "@=nu =poate =respira", "@=nu =respira =bine|=normal"},
		langSO: {"@=buluug =noqday|=noqonaya|=isu|=u", "@buluug", "@=uma|=ma =neefsan|=neefsato =karo|=karin|=kari", "@=neefta =ayaa =ku =xiran", "@=wax =buu|=bay =liqay|=liqday", "@=hawo =ma =helayo"},
		langAR: {"@وجهه ازرق", "@صار ازرق", "@شفافه زرق", "@عم يختنق", "@عم تختنق", "@مخنوق", "@بلع شي", "@=wejho|=wijho|=wishu|=shfafo =azra2|=zer2an|=zar2a", "@=sar =azra2", "@=3am =yekhtene2|=ye5tene2|=yikhtine2|=tekhtene2|=te5tene2", "@=bala3 =shi|=shi2|=shee"},
		langFA: {"@نفس نمیکشه", "@کبود شده", "@داره خفه میشه", "@چیزی قورت داده", "@=nafas =nemikeshe|=nemikesheh|=nemikeshad", "@=kabood|=kabud =shode", "@=dare =khafe =mishe", "@=ghoort|=ghurt =dade"},
		langUK: {"@синіє", "@=посинів|=посиніла|=посиніло", "@=губи =сині", "@вдавився|вдавилася|подавився|подавилася", "@задихається"},
		langRU: {"@синеет", "@=посинел|=посинела|=посинело", "@=губы =синие", "@подавился|подавилась", "@задыхается"},
	}},
	// a smell of gas, smoke coming in now ("miroase a gaz", "Gasgeruch"; gas alone may be a bill)
	{"danger", langCues{
		langNO: {"=gasslukt", "=lukter =gass", "=royk =kommer"},
		langSV: {"=gaslukt", "=luktar =gas", "=rok =kommer"},
		langDE: {"=gasgeruch", "=riecht =nach =gas|=rauch", "=rauch =kommt"},
		langPL: {"=czuc =gaz|=gazem", "=smierdzi =gazem", "=zapach =gazu", "=wyciek =gazu", "=dym =leci|=idzie|=wydobywa"},
		langTR: {"=gaz =kokuyor|=kokusu", "=gaz =kacagi", "=duman =geliyor|=cikiyor"},
		langRO: {"=miroase =a =gaz|=fum", "=miros =de =gaz", "=scurgere =de =gaz", "=iese =fum"},
		langSO: {"=gaas =ayaa =ur|=uraya|=urayo", "=urta =gaaska", "=qiiq =ayaa =ka =imanaya", "=qiiq =ayaa =soo =baxaya"},
		langAR: {"ريحه غاز", "ريحة غاز", "تسرب غاز", "=ri7et|=ri7it|=re7et|=ri7a =ghaz|=gaz", "=fi =ri7a =ghaz|=gaz"},
		langFA: {"بوی گاز", "نشت گاز", "=booye|=boye|=buye =gaz"},
		langUK: {"=пахне =газом|=димом", "=запах =газу", "=витік =газу", "=дим =йде|=іде"},
		langRU: {"=пахнет =газом|=дымом", "=запах =газа", "=утечка =газа", "=дым =идет"},
	}},
	// a threat to kill told as "finish me / do me in" ('@': "he wrote that he will …" is the threat now)
	{"danger", langCues{
		langNO: {"@=gjore =det =av =med =meg", "@=ta =livet =av =meg"},
		langSV: {"@=gora =slut =pa =mig", "@=ta =livet =av =mig"},
		langDE: {"@=mich =fertigmachen|=erledigen|=abstechen|=kaltmachen|=umbringen", "@=macht =mich =fertig|=kalt"},
		langPL: {"@=wykonczy =mnie", "@=mnie =wykonczy|=wykonczyc", "@=zalatwi =mnie"},
		langTR: {"@=beni =bitirecek|=bitirecegini|=gebertecek|=geberteceğini|=gebertecegini"},
		langRO: {"@=sa =ma =termine|=lichideze", "@=ma =termina|=lichideaza"},
		langSO: {"@=i =dili =doona|=doonaa", "@=ayuu =i =dili"},
		langAR: {"@رح يخلص علي", "@رح يخلص عليي", "@=ra7|=rah =y5alles|=ykhalles|=yekhles =3alay|=3alayye|=3layi"},
		langFA: {"@کارمو تموم میکنه", "@=karamo|=karemo =tamoom|=tamum =mikone"},
		langUK: {"@=приб'є|=приб'ють =мене", "@=мене =приб'є|=приб'ють"},
		langRU: {"@=прибьет|=прикончит|=прибьют =меня", "@=меня =прибьет|=прикончит|=прибьют"},
	}},
	// someone else will end it all today or tonight ('%': thanks do not end it)
	{"danger", langCues{
		langNO: {"%=i =dag|=kveld|=natt =gjore =slutt =pa =alt", "%=gjore =slutt =pa =alt =i =dag|=kveld|=natt", "%=gjor =slutt =pa =alt"},
		langSV: {"%=idag|=ikvall|=inatt =gora =slut =pa =allt", "%=gora =slut =pa =allt =idag|=ikvall|=inatt", "%=gor =slut =pa =allt"},
		langDE: {"%=heute =schluss =machen", "%=alles =beenden|=beendet", "%=heute =allem =ein =ende"},
		langPL: {"%=dzis|=dzisiaj =skonczy =ze =wszystkim", "%=dzis|=dzisiaj =wszystko =zakonczy|=skonczy", "%=wszystko =zakonczy|=skonczy =dzis|=dzisiaj", "%=dzis|=dzisiaj =skonczy =z =soba", "%=skonczy =ze =wszystkim =dzis|=dzisiaj", "%=skonczy =z =soba =dzis|=dzisiaj"},
		langTR: {"%=bugun =her =seyi =bitirecek|=bitirecegini", "%=her =seyi =bitirecek|=bitirecegini"},
		langRO: {"%=azi|=astazi =termina =cu =tot|=totul", "%=va =termina =cu =tot|=totul"},
		langSO: {"%=maanta =wax =walba =wuu|=way =dhammeyn|=dhameyn|=dhammeynayaa"},
		langAR: {"%اليوم رح يخلص كل شي", "%رح يخلص كل شي اليوم", "%=ra7|=rah =y5alles|=ykhalles =kel|=kol =shi|=shee|=she =el =yom|=lyom|=ilyom|=elyoum"},
		langFA: {"%امروز همه چی رو تموم میکنه", "%=emrooz|=emruz =hamechi =ro =tamoom|=tamum =mikone", "%=emrooz|=emruz =hame =chi =ro =tamoom|=tamum =mikone"},
		langUK: {"%=сьогодні =все =закінчить", "%=все =закінчить =сьогодні"},
		langRU: {"%=сегодня =все|=всё|=vsyo|=vsio =закончит", "%=все|=всё|=vsyo|=vsio =закончит =сегодня", "%=сегодня =покончит =с =собой", "%=сегодня =покончит =со =всем"},
	}},
	// held captive by a partner: won't let me out, locked me in, took my phone and keys ('@': the taking
	// is told in the past, the captivity is now)
	{"danger", langCues{
		langNO: {"@=lar =meg =ikke =ga|=dra|=komme =ut", "@=stengt|=last =meg =inne", "@=tok|=tatt =telefonen|=mobilen =min", "@=tok|=tatt =nokklene =mine", "@=tok|=tatt =fra =meg =telefonen|=mobilen|=nokklene"},
		langSV: {"@=later =mig =inte =ga|=gå|=komma =ut", "@=last =in =mig", "@=tog|=tagit =min =telefon|=mobil", "@=tog|=tagit =mina =nycklar", "@=tog|=tagit =telefonen|=mobilen|=nycklarna =fran =mig"},
		langDE: {"@=lasst =mich =nicht =raus|=gehen|=weg|=hinaus", "@=lasst|=lass =mich =nicht =aus =der|=dem =wohnung|=haus", "@=mich =eingesperrt|=eingeschlossen", "@=sperrt =mich =ein", "@=hat|=nahm =mir =handy|=telefon|=schlussel|=pass =weggenommen|=abgenommen", "@=mir =das =handy|=telefon =weggenommen|=abgenommen"},
		langPL: {"@=nie =wypuszcza =mnie", "@=zamknal =mnie", "@=zamyka =mnie", "@=zabral =mi =telefon|=klucze"},
		langTR: {"@=beni =disari =cikarmiyor|=birakmiyor", "@=beni =eve =kilitledi|=kapatti", "@=beni =kilitledi", "@=telefonumu|=anahtarlarimi =aldi|=elimden"},
		langRO: {"@=nu =ma =lasa =sa =ies|=plec", "@=m-a =incuiat", "@=mi-a =luat =telefonul|=cheile"},
		langSO: {"@=iga =ma =sii =daynayo", "@=guriga =igu =xiray", "@=taleefankayga|=furayaasha =iga =qaatay"},
		langAR: {"@ما عم يخليني اطلع", "@قفل علي", "@سكر علي الباب", "@اخد تلفوني", "@=ma =3am =ykhallini|=y5allini|=ykhalini =e6la3|=etla3|=ro7|=itla3", "@=sakkar|=2afal =3alay|=3alayye =el =bab", "@=a5ad|=akhad =telefoni|=talafoni|=mafati7i"},
		langFA: {"@نمیذاره برم بیرون", "@منو حبس کرده", "@گوشیمو گرفته", "@=nemizare =beram|=biram", "@=mano =habs|=zendooni =karde", "@=gooshimo|=gushimo|=kilidamo =gerefte"},
		langUK: {"@=не =випускає =мене", "@=замкнув =мене", "@=забрав =мій|=мої =телефон|=ключі"},
		langRU: {"@=не =выпускает|=отпускает =меня", "@=запер =меня", "@=забрал|=отобрал =мой|=мои =телефон|=ключи", "@=забрал|=отобрал =у =меня =телефон|=ключи"},
	}},
	// a threat for leaving: if I leave, he will kill me or the family will regret it ('@')
	{"danger", langCues{
		langNO: {"@=hvis =jeg =gar|=drar|=forlater =dreper|=angre|=angrer"},
		langSV: {"@=om =jag =gar|=lamnar|=drar =dodar|=angra|=angrar"},
		langDE: {"@=wenn =ich =gehe|=abhaue|=ausziehe =bringt|=bereut|=bereust|=bereuen"},
		langPL: {"@=jak|=jesli|=jezeli =odejde|=ucieke =to =zabije|=pozaluje|=pozalujesz|=pozaluja", "@=jak|=jesli|=jezeli =odejde|=ucieke =zabije|=pozaluje|=pozalujesz|=pozaluja"},
		langTR: {"@=gidersem|=kacarsam =oldurur|=oldurecek|=pisman"},
		langRO: {"@=daca =plec =ma =omoara|=regreta|=regreti", "@=daca =plec =o =sa =regreti|=regrete"},
		langSO: {"@=haddii =aan =baxo|=tago =wuu =i =dili|=dilayaa"},
		langAR: {"@اذا تركته رح يقتلني", "@اذا طلعت رح يقتلني", "@=iza|=eza =tle3et|=tarakto|=rou7 =ra7 =ya2telni|=yi2telni|=yendam"},
		langFA: {"@اگه برم منو میکشه", "@=age|=agar =beram =mano =mikoshe|=pashimoon"},
		langUK: {"@=якщо =піду =вб'є|=пошкодує|=пожалкує|=пошкодуєш"},
		langRU: {"@=если =уйду =убьет|=пожалеет|=пожалеешь|=пожалеют"},
	}},
	// someone outside the writer's home now: in front of the house, downstairs, his car parked below
	// (tenthSetMechanisms: not the police or an ambulance)
	{outsideField, langCues{
		langNO: {"@=star|=venter =ved|=foran =huset|=inngangen|=oppgangen|=doren"},
		langSV: {"@=star|=vantar =vid|=framfor|=utanfor =huset|=porten|=entren|=dorren"},
		langDE: {"@=steht|=wartet =vorm =haus|=fenster|=eingang", "&=vorm =haus|=fenster|=eingang", "@=steht|=wartet =unten =vorm", "@=steht|=wartet =unten =vor =dem|=der =haus|=tur|=eingang"},
		langPL: {"@=stoi|=czeka =przed =domem|=blokiem|=klatka"},
		langTR: {"@=kapinin|=apartmanin|=binanin =onunde =bekliyor|=duruyor"},
		langRO: {"@=sta|=asteapta =sub =bloc|=geam|=fereastra"},
		langSO: {"@=guriga =agtiisa|=hortiisa =ayuu =joogaa|=taagan"},
		langAR: {"@=wa2ef|=wa2fe|=wa2fa|=wa2if =ta7t|=2odam|=odam|=barra =el =bet|=beit|=bayt|=bineye", "@واقف تحت البيت", "@واقف قدام|تحت|عند البيت|البنايه|الباب|باب", "@سيارته واقفه تحت"},
		langFA: {"@=dame|=jeloye =dar =vayside|=vaysade|=istade", "@دم در وایساده"},
		langUK: {"@=стоїть|=чекає =біля =будинку|=під'їзду", "@=стоїть|=чекає =під =під'їздом|=будинком"},
		langRU: {"@=стоит|=ждет =у =подъезда|=дома", "@=стоит|=ждет =под =подъездом", "@=стоит|=ждет =возле =дома"},
	}},
	// on the edge: outside a balcony railing, on a roof's or a bridge's edge ('@')
	{"danger", langCues{
		langNO: {"@=utenfor =rekkverket", "@=pa =kanten =av =taket|=broen"},
		langSV: {"@=utanfor =racket", "@=pa =kanten =av =taket|=bron"},
		langDE: {"@=hinter|=uber =dem =gelander|=brustung", "@=auf =der =kante =des =dachs|=daches"},
		langPL: {"@=za =barierka|=balustrada|=barierkami", "@=na =krawedzi =dachu|=mostu"},
		langTR: {"@=korkulugun|=korkuluklarin =disinda|=ustunde", "@=catinin|=kopru =kenarinda|=ucunda"},
		langRO: {"@=peste =balustrada|=parapet", "@=dincolo =de =balustrada|=parapet", "@=pe =marginea =acoperisului|=podului"},
		langSO: {"@=daarada =dibaddeeda|=korkeeda"},
		langAR: {"@ورا الدرابزين", "@على حافه السطح", "@=wara|=bara =el =drabzin|=darabzin"},
		langFA: {"@پشت نرده", "@لبه پشت بوم", "@=poshte =narde", "@=labe =poshtbam|=posht =bom"},
		langUK: {"@=за =перилами|=поруччям", "@=на =краю =даху|=мосту"},
		langRU: {"@=за =перилами", "@=на =краю =крыши|=моста"},
	}},
	// over: safe and sound, found, at a friend's all along (a danger told before it; a negated one is no
	// safety). "Home now" is not: a danger may be at home ("зараз сама вдома").
	{"over", langCues{
		langNO: {"=i =god =behold"}, langSV: {"=i =gott =behall", "=oskadd|=oskadda"}, langDE: {"=wohlbehalten"},
		langPL: {"=cala =i =zdrowa", "=caly =i =zdrowy"}, langTR: {"=sag =salim", "=arkadasindaymis|=arkadasindaydi"},
		langRO: {"=teafar|=teafara"}, langSO: {"=nabad =qaba"}, langAR: {"بخير وسلامه", "=salem|=saleme|=salim"},
		langFA: {"=salame|=salamat|=salem", "سالمه", "=peyda =shode", "پیدا شده"},
		langUK: {"=живий =і =здоровий", "=жива =і =здорова"}, langRU: {"=жив =и =здоров", "=жива =и =здорова"},
	}},
	// children in the plural, which the child words lacked ("zaczepia dzieci")
	{childField, langCues{
		langNO: {"=barna|=ungene"}, langSV: {"=barnen"}, langDE: {"=kinder|=kindern"}, langPL: {"=dzieci|=dzieciom|=dziecmi"},
		langTR: {"=cocuklar|=cocuklari|=cocuklara"}, langRO: {"=copii|=copiii|=copiilor"}, langSO: {"=carruurta|=caruurta|=carruur"},
		langAR: {"اطفال", "الاطفال", "ولاد", "=wlad|=atfal|=awlad"}, langFA: {"=bacheha"},
		langUK: {"=діти|=дітей|=дітям"}, langRU: {"=дети|=детей|=детям"},
	}},
	// a second probe of 20 own sentences (Somali, Farsi, Arabic): forms the lists lacked
	{"danger", langCues{
		langFA: {"&mikosh", "&میکش"},
		langSO: {"%=ayuu|=ayay =naftiisa|=nafteeda =qaadi", "%=naftiisa|=nafteeda =qaadi =doonaa", "@=ma =i =siinayo|=oggolaanayo|=ogolaanayo =inaan"},
	}},
	{onlineField, langCues{langAR: {"انستا", "الانستا", "عالانست", "سناب", "السناب", "عالسناب", "تيكتوك", "فيسبوك", "عالفيس"}}},
	{lockedInField, langCues{langFA: {"خودشو زندانی|حبس|قفل"}}},
	{childField, langCues{langFA: {"پسر", "دختر"}}},
	// "still" in Polish, as every other list has it
	{"now", langCues{langPL: {"=nadal", "=wciaz"}}},
	// a year or years ago, months or weeks ago (Polish "temu"; hours and minutes ago stay now)
	{"past", langCues{langPL: {"=rok|=lata|=lat|=miesiace|=miesiecy|=tygodnie|=tygodni =temu"}}},
	// fear of going out now (the eighth set's fear, in the forms it lacked)
	{fearField, langCues{
		langNO: {"=tor =ikke =ga =ut"}, langSV: {"=vagar =inte =ga =ut"}, langDE: {"=trau =mich =nicht", "=traue =mich =nicht"},
		langPL: {"=boje =sie =wyjsc"}, langTR: {"=disari =cikmaya =korkuyorum"}, langRO: {"=mi-e =frica =sa =ies"},
		langSO: {"=ka =baqayaa =inaan =baxo"}, langAR: {"خايفه اطلع", "=5ayfe|=khayfe|=khayef =e6la3|=etla3"},
		langFA: {"=mitarsam =beram =biroon"}, langUK: {"=боюся =вийти"}, langRU: {"=боюсь =выйти"},
	}},
	// someone coming in tonight (with a key)
	{arriveField, langCues{
		langNO: {"=kommer =inn =i =natt|=kveld"}, langSV: {"=kommer =in =inatt|=ikvall"},
		langDE: {"=heute =nacht|=abend =reinkommt|=reinkommen|=reinzukommen", "&reinkommt"},
		langPL: {"=wejdzie =dzis|=dzisiaj", "=wejdzie =w =nocy"}, langTR: {"=bu =gece =iceri =girecek"}, langRO: {"=intra =diseara|=la =noapte"},
		langSO: {"=caawa =ayuu =soo =geli"}, langAR: {"=ra7 =yfut|=yfout =el =lele|=lyom"}, langFA: {"=emshab =miad =tu|=too"},
		langUK: {"=увійде =вночі|=сьогодні"}, langRU: {"=войдет =ночью|=сегодня"},
	}},
	{lureField, langCues{
		langNO: {"lokker", "=roper|=vinker =pa", "=prover =a =fa"}, langSV: {"lockar", "=ropar|=vinkar =pa|=till", "=forsoker =fa"},
		langDE: {"lockt|locken|anlocken", "=ruft|=winkt", "=versucht"},
		langPL: {"=wabi|=zwabia|=zaczepia|=zaprasza|=namawia|=wola|=przywoluje"},
		langTR: {"=cagiriyor|=kandirmaya|=cekmeye|=binmeye|=bindirmeye", "=el =ediyor"},
		langRO: {"=cheama|=ademeneste|=atrage|=momeste|=convinge"},
		langSO: {"=yeeraya|=khiyaaneynaya"},
		langAR: {"عم ينادي", "عم يغري", "=3am =ynadi|=yneddi|=yghri|=yeghri|=y2ol"},
		langFA: {"صدا میکنه", "=seda =mikone|=mizane", "گول میزنه", "=gool|=gul =mizane"},
		langUK: {"=кличе|=заманює|=підзиває|=вмовляє"}, langRU: {"=зовет|=заманивает|=подзывает|=уговаривает"},
	}},
	{carField, langCues{
		langNO: {"=bil|=bilen|=bilen|=varebil|=varebilen|=bilsin"}, langSV: {"=bil|=bilen|=skapbil|=bilsin"},
		langDE: {"=auto|=autos|=wagen|=transporter|=lieferwagen"}, langPL: {"samochod|=auta|=auto|=busa|=bus|=furgonetk"},
		langTR: {"araba|minibus|minibus"}, langRO: {"=masina|=masinii|=duba|=dubita"}, langSO: {"=gaari|=gaariga|=gaarigiisa|=baabuur|=baabuurka|=baabuurkiisa"},
		langAR: {"سيارته", "سياره", "لسيارته", "بسيارته", "للسياره", "=sayyarto|=sayarto|=sayyara|=sayara|=siyara"}, langFA: {"ماشینش", "ماشین", "=mashinesh|=mashin"},
		langUK: {"машин|=авто|=автомобіля|=автівки"}, langRU: {"машин|=авто|=автомобиль|=автомобиля"},
	}},
	{onlineField, langCues{
		langNO: {"=nettet|=internett|=snap|=snapchat|=tiktok|=instagram|=chat|=chatten"},
		langSV: {"=natet|=internet|=snap|=snapchat|=tiktok|=instagram|=chatten"},
		langDE: {"=internet|=netz|=online|=snapchat|=instagram|=tiktok|=chat"},
		langPL: {"internec|=internet|=sieci|=snapchat|snapchac|=instagram|instagrami|=tiktok|tiktoki|=czacie"},
		langTR: {"=internette|=internetten|=instagramda|=snapchatte|=tiktokta|=online"},
		langRO: {"=internet|=net|=snapchat|=instagram|=tiktok|=online"},
		langSO: {"=internetka|=intarneetka|=onlayn|=online|=snapchat|=tiktok"},
		langAR: {"عالنت", "النت", "الانترنت", "=net|=internet|=enternet|=online|=snapchat|=snap|=tiktok", "=3annet|=3alnet"},
		langFA: {"اینترنت", "=internet|=intrnet|=online|=instagram|=snapchat"},
		langUK: {"=інтернеті|=мережі|=інтернет|=онлайн"}, langRU: {"=интернете|=сети|=интернет|=онлайн"},
	}},
	// met: the verb of getting to know someone, which with an online word says "met online"
	{metField, langCues{
		langNO: {"=mott|=mote|=truffet|=traff|=kjent"}, langSV: {"=traffat|=traffade|=kant"}, langDE: {"=kennengelernt|=kennt|=getroffen"},
		langPL: {"=poznala|=poznal|=poznali|=zna"}, langTR: {"=tanistigi|=tanisti|=tanismis|=tanistiklari"}, langRO: {"=cunoscut|=cunoscuta|=cunoaste"},
		langSO: {"=baratay|=baratey|=bartay|=kulantay", "=la =kulmay"}, langAR: {"تعرفت", "تعرف", "=t3arrafet|=t3arafet|=ta3arrafat|=t3arrafat|=t3arraf"},
		langFA: {"آشنا", "=ashna"}, langUK: {"познайоми"}, langRU: {"познакоми"},
	}},
	{lockedInField, langCues{
		langNO: {"=last =seg =inne", "=stengt =seg =inne", "=innelast|=innestengt"}, langSV: {"=last =in =sig", "=stangt =in =sig", "=inlast|=instangd|=instangt"},
		langDE: {"=eingesperrt|=eingeschlossen", "=schliesst|=sperrt =sich =ein"}, langPL: {"=zamknal|=zamknela =sie", "=zamkniety|=zamknieta =w"},
		langTR: {"=kendini =kilitledi|=kilitlemis", "=kilitli =kaldi|=kalmis"}, langRO: {"=s-a =incuiat|=inchis", "=incuiat|=incuiata =in"},
		langSO: {"=isku =xiray|=xirtay", "=ku =xiran|=xirmay"},
		langAR: {"مسكر على حاله", "مسكر على حالها", "سكر على حاله", "قفل على حاله", "قفل على نفسه", "=msakker|=msakkar|=sakkar|=2afal =3ala|=3a =7alo|=7ala|=nafso"},
		langFA: {"خودشو حبس کرده", "در رو قفل کرده", "=khodesho =habs|=zendooni =karde", "=dar =ro =ghofl =karde"},
		langUK: {"=зачинився|=зачинилася|=замкнувся|=замкнулася"}, langRU: {"=заперся|=заперлась|=закрылся|=закрылась"},
	}},
}

// tenthSetMechanisms adds the urgent evidence of a child lured to a car, with an adult met online, or
// locked in (tenthSetConcepts), each in the sentence of a child or kin word and told now: not negated,
// not over, not thanked for with no word of now, not in the past without a word of now.
func tenthSetMechanisms(ev *foreignEvidence, toks []token, ft foreignText, now, past []fhit, cats map[string][]fhit, findField func(string),
	told func(fhit) bool, negated, cleared func(fhit) (string, bool), reason func(string, ...any)) {
	if ev.urgent {
		return
	}
	sentHas := func(hs []fhit, sent int) bool {
		return slices.ContainsFunc(hs, func(o fhit) bool { return toks[o.start].sent == sent })
	}
	found := func(h fhit, kind string) {
		ev.urgent = true
		ev.urgentAt = append(ev.urgentAt, [2]int{h.start, h.end})
		ev.recognised++
		ev.langs[h.lang] = true
		reason("%s: '%s' → urgent (%s)", h.lang, ft.words(h), kind)
	}
	findField(outsideField)
	for _, h := range cats[outsideField] {
		if _, neg := negated(h); neg {
			continue
		}
		if _, over := cleared(h); over {
			continue
		}
		sent := toks[h.start].sent
		if h.nowOnly && !sentHas(now, sent) || !h.nowOnly && sentHas(past, sent) && !sentHas(now, sent) && !h.present {
			continue
		}
		if slices.ContainsFunc(toks, func(t token) bool { return t.sent == sent && hasAnyPrefix(foldForeign(t.word), responders) }) {
			continue // the police or an ambulance outside
		}
		found(h, "someone outside the home, now")
		return
	}
	if len(cats[childField])+len(cats[kinField]) == 0 {
		return
	}
	kin := append(append([]fhit{}, cats[kinField]...), cats[childField]...)
	withKin := func(h fhit) bool {
		return slices.ContainsFunc(kin, func(k fhit) bool { return toks[k.start].sent == toks[h.start].sent && k.start != h.start })
	}
	findField(lureField)
	if len(cats[lureField]) > 0 {
		findField(carField)
		for _, h := range cats[lureField] {
			if withKin(h) && sentHas(cats[carField], toks[h.start].sent) && told(h) {
				found(h, "a child lured to a car, now")
				return
			}
		}
	}
	findField(onlineField)
	if len(cats[onlineField]) > 0 {
		findField(metField)
	}
	for _, h := range cats[onlineField] {
		if withKin(h) && sentHas(cats[metField], toks[h.start].sent) && told(h) {
			found(h, "a child with someone met online, now")
			return
		}
	}
	findField(lockedInField)
	for _, h := range cats[lockedInField] {
		if withKin(h) && told(h) {
			found(h, "a child locked in, now")
			return
		}
	}
}

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
	{"danger", map[string][]string{
		"no": {"=folger =etter =meg|=oss", "=fulgt =etter =meg|=oss", "&=bak =meg|=oss"},
		"sv": {"=foljer =efter =mig|=oss", "=foljt =efter =mig|=oss", "&=bakom =mig|=oss"},
		"de": {"=folgt =mir|=uns", "=mir|=uns =gefolgt|=nachgelaufen|=hinterher", "=lauft =mir|=uns =nach|=hinterher", "&=hinter =mir|=uns"},
		"pl": {"=idzie|=jedzie|=chodzi =za =mna|=nami", "=szedl|=szla|=jechal =za =mna|=nami", "=sledzil|=sledzila =mnie|=nas"},
		"tr": {"=pesimden|=arkamdan =geliyor|=geldi|=yuruyor", "=beni =takip =etti|=ediyorlar|=ettiler", "&=hala =arkamda|=pesimde", "&=arkamda|=pesimde"},
		"ro": {"=vine|=merge|=mergea =dupa =mine|=noi", "=m-a|=ne-a =urmarit", "=ma|=ne =urmaresc", "&=in =spatele =meu|=nostru"},
		"so": {"=daba =socda|=socdaa|=socdaan|=socday|=socotay|=socdo", "=iga =daba", "=na =daba =socda|=socdaan"},
		"ar": {"لاحقني", "يلاحقني", "يتبعني", "ماشي وراي", "=la7e2ni|=la7i2ni|=lahe2ni|=la7a2ni|=btla7e2ni", "=mashi|=meshi|=ymshi =warai|=wara2i|=warayi|=warayye", "&وراي", "&=warai|=wara2i|=warayi"},
		"fa": {"دنبالم اومده", "دنبالمه", "دنبالم میاد", "=donbalame|=dombalame", "=donbalam|=dombalam =oomade|=umade|=miad|=miyad|=mikone", "&پشت سرمه", "&=poshte =saram|=sarame"},
		"uk": {"=йде|=іде|=ходить|=їде =за =мною|=нами", "=йшов|=ішов|=йшли =за =мною|=нами", "=стежить|=слідкує =за =мною|=нами"},
		"ru": {"=идет|=ходит|=едет =за =мной|=нами", "=шел|=шли =за =мной|=нами", "=следит|=следят =за =мной|=нами"},
	}},
	// a child not breathing, turning blue, choking ('@': the swallowing is told in the past, the danger is now)
	{"danger", map[string][]string{
		"no": {"@=blir =bla", "@=leppene =er|=blir =bla", "@=satt =fast =i =halsen", "@=setter =seg =fast =i =halsen", "@kveles", "@=puster =ikke =ordentlig|=normalt", "@=far =ikke =puste|=luft"},
		"sv": {"@=blir =bla", "@=lapparna =ar|=blir =bla", "@=fastnat =i =halsen", "@=satt =i =halsen", "@=kvavs|=storker", "@=andas =inte =ordentligt|=normalt", "@=far =ingen =luft"},
		"de": {"@=lauft =blau =an", "@=wird =blau", "@=lippen =sind|=werden =blau", "@=verschluckt", "@erstickt", "@=bekommt|=kriegt =keine =luft", "@=atmet =nicht =richtig|=normal"},
		"pl": {"@=sinieje|=sinieja|=sinie", "@=robi|=robia =sie =sine|=sina|=siny", "@=usta =sa =sine", "@=sine =usta", "@zakrztusil|zakrztusila|zadlawil|zadlawila", "@=dusi =sie", "@=nie =moze =oddychac|=zlapac", "@=nie =oddycha =normalnie|=dobrze"},
		"tr": {"@=nefes =alamiyor", "@morariyor", "@=mosmor", "@=dudaklari|=yuzu =mor|=morardi", "@=bir =sey =yuttu", "@=bogazinda =kaldi|=takildi", "@=bogazina =bir =sey =kacti|=takildi"},
		"ro": {"@=se =invineteste", "@=e =vanat|=vanata|=albastru|=albastra", "@=buzele =sunt =vinete|=albastre", "@=a =inghitit =ceva", "@=s-a =inecat =cu", "@=nu =poate =respira", "@=nu =respira =bine|=normal"},
		"so": {"@=buluug =noqday|=noqonaya|=isu|=u", "@buluug", "@=uma|=ma =neefsan|=neefsato =karo|=karin|=kari", "@=neefta =ayaa =ku =xiran", "@=wax =buu|=bay =liqay|=liqday", "@=hawo =ma =helayo"},
		"ar": {"@وجهه ازرق", "@صار ازرق", "@شفافه زرق", "@عم يختنق", "@عم تختنق", "@مخنوق", "@بلع شي", "@=wejho|=wijho|=wishu|=shfafo =azra2|=zer2an|=zar2a", "@=sar =azra2", "@=3am =yekhtene2|=ye5tene2|=yikhtine2|=tekhtene2|=te5tene2", "@=bala3 =shi|=shi2|=shee"},
		"fa": {"@نفس نمیکشه", "@کبود شده", "@داره خفه میشه", "@چیزی قورت داده", "@=nafas =nemikeshe|=nemikesheh|=nemikeshad", "@=kabood|=kabud =shode", "@=dare =khafe =mishe", "@=ghoort|=ghurt =dade"},
		"uk": {"@синіє", "@=посинів|=посиніла|=посиніло", "@=губи =сині", "@вдавився|вдавилася|подавився|подавилася", "@задихається"},
		"ru": {"@синеет", "@=посинел|=посинела|=посинело", "@=губы =синие", "@подавился|подавилась", "@задыхается"},
	}},
	// a smell of gas, smoke coming in now ("miroase a gaz", "Gasgeruch"; gas alone may be a bill)
	{"danger", map[string][]string{
		"no": {"=gasslukt", "=lukter =gass", "=royk =kommer"},
		"sv": {"=gaslukt", "=luktar =gas", "=rok =kommer"},
		"de": {"=gasgeruch", "=riecht =nach =gas|=rauch", "=rauch =kommt"},
		"pl": {"=czuc =gaz|=gazem", "=smierdzi =gazem", "=zapach =gazu", "=wyciek =gazu", "=dym =leci|=idzie|=wydobywa"},
		"tr": {"=gaz =kokuyor|=kokusu", "=gaz =kacagi", "=duman =geliyor|=cikiyor"},
		"ro": {"=miroase =a =gaz|=fum", "=miros =de =gaz", "=scurgere =de =gaz", "=iese =fum"},
		"so": {"=gaas =ayaa =ur|=uraya|=urayo", "=urta =gaaska", "=qiiq =ayaa =ka =imanaya", "=qiiq =ayaa =soo =baxaya"},
		"ar": {"ريحه غاز", "ريحة غاز", "تسرب غاز", "=ri7et|=ri7it|=re7et|=ri7a =ghaz|=gaz", "=fi =ri7a =ghaz|=gaz"},
		"fa": {"بوی گاز", "نشت گاز", "=booye|=boye|=buye =gaz"},
		"uk": {"=пахне =газом|=димом", "=запах =газу", "=витік =газу", "=дим =йде|=іде"},
		"ru": {"=пахнет =газом|=дымом", "=запах =газа", "=утечка =газа", "=дым =идет"},
	}},
	// a threat to kill told as "finish me / do me in" ('@': "he wrote that he will …" is the threat now)
	{"danger", map[string][]string{
		"no": {"@=gjore =det =av =med =meg", "@=ta =livet =av =meg"},
		"sv": {"@=gora =slut =pa =mig", "@=ta =livet =av =mig"},
		"de": {"@=mich =fertigmachen|=erledigen|=abstechen|=kaltmachen|=umbringen", "@=macht =mich =fertig|=kalt"},
		"pl": {"@=wykonczy =mnie", "@=mnie =wykonczy|=wykonczyc", "@=zalatwi =mnie"},
		"tr": {"@=beni =bitirecek|=bitirecegini|=gebertecek|=geberteceğini|=gebertecegini"},
		"ro": {"@=sa =ma =termine|=lichideze", "@=ma =termina|=lichideaza"},
		"so": {"@=i =dili =doona|=doonaa", "@=ayuu =i =dili"},
		"ar": {"@رح يخلص علي", "@رح يخلص عليي", "@=ra7|=rah =y5alles|=ykhalles|=yekhles =3alay|=3alayye|=3layi"},
		"fa": {"@کارمو تموم میکنه", "@=karamo|=karemo =tamoom|=tamum =mikone"},
		"uk": {"@=приб'є|=приб'ють =мене", "@=мене =приб'є|=приб'ють"},
		"ru": {"@=прибьет|=прикончит|=прибьют =меня", "@=меня =прибьет|=прикончит|=прибьют"},
	}},
	// someone else will end it all today or tonight ('%': thanks do not end it)
	{"danger", map[string][]string{
		"no": {"%=i =dag|=kveld|=natt =gjore =slutt =pa =alt", "%=gjore =slutt =pa =alt =i =dag|=kveld|=natt", "%=gjor =slutt =pa =alt"},
		"sv": {"%=idag|=ikvall|=inatt =gora =slut =pa =allt", "%=gora =slut =pa =allt =idag|=ikvall|=inatt", "%=gor =slut =pa =allt"},
		"de": {"%=heute =schluss =machen", "%=alles =beenden|=beendet", "%=heute =allem =ein =ende"},
		"pl": {"%=dzis|=dzisiaj =skonczy =ze =wszystkim", "%=dzis|=dzisiaj =wszystko =zakonczy|=skonczy", "%=wszystko =zakonczy|=skonczy =dzis|=dzisiaj", "%=dzis|=dzisiaj =skonczy =z =soba", "%=skonczy =ze =wszystkim =dzis|=dzisiaj", "%=skonczy =z =soba =dzis|=dzisiaj"},
		"tr": {"%=bugun =her =seyi =bitirecek|=bitirecegini", "%=her =seyi =bitirecek|=bitirecegini"},
		"ro": {"%=azi|=astazi =termina =cu =tot|=totul", "%=va =termina =cu =tot|=totul"},
		"so": {"%=maanta =wax =walba =wuu|=way =dhammeyn|=dhameyn|=dhammeynayaa"},
		"ar": {"%اليوم رح يخلص كل شي", "%رح يخلص كل شي اليوم", "%=ra7|=rah =y5alles|=ykhalles =kel|=kol =shi|=shee|=she =el =yom|=lyom|=ilyom|=elyoum"},
		"fa": {"%امروز همه چی رو تموم میکنه", "%=emrooz|=emruz =hamechi =ro =tamoom|=tamum =mikone", "%=emrooz|=emruz =hame =chi =ro =tamoom|=tamum =mikone"},
		"uk": {"%=сьогодні =все =закінчить", "%=все =закінчить =сьогодні"},
		"ru": {"%=сегодня =все|=всё|=vsyo|=vsio =закончит", "%=все|=всё|=vsyo|=vsio =закончит =сегодня", "%=сегодня =покончит =с =собой", "%=сегодня =покончит =со =всем"},
	}},
	// held captive by a partner: won't let me out, locked me in, took my phone and keys ('@': the taking
	// is told in the past, the captivity is now)
	{"danger", map[string][]string{
		"no": {"@=lar =meg =ikke =ga|=dra|=komme =ut", "@=stengt|=last =meg =inne", "@=tok|=tatt =telefonen|=mobilen =min", "@=tok|=tatt =nokklene =mine", "@=tok|=tatt =fra =meg =telefonen|=mobilen|=nokklene"},
		"sv": {"@=later =mig =inte =ga|=gå|=komma =ut", "@=last =in =mig", "@=tog|=tagit =min =telefon|=mobil", "@=tog|=tagit =mina =nycklar", "@=tog|=tagit =telefonen|=mobilen|=nycklarna =fran =mig"},
		"de": {"@=lasst =mich =nicht =raus|=gehen|=weg|=hinaus", "@=lasst|=lass =mich =nicht =aus =der|=dem =wohnung|=haus", "@=mich =eingesperrt|=eingeschlossen", "@=sperrt =mich =ein", "@=hat|=nahm =mir =handy|=telefon|=schlussel|=pass =weggenommen|=abgenommen", "@=mir =das =handy|=telefon =weggenommen|=abgenommen"},
		"pl": {"@=nie =wypuszcza =mnie", "@=zamknal =mnie", "@=zamyka =mnie", "@=zabral =mi =telefon|=klucze"},
		"tr": {"@=beni =disari =cikarmiyor|=birakmiyor", "@=beni =eve =kilitledi|=kapatti", "@=beni =kilitledi", "@=telefonumu|=anahtarlarimi =aldi|=elimden"},
		"ro": {"@=nu =ma =lasa =sa =ies|=plec", "@=m-a =incuiat", "@=mi-a =luat =telefonul|=cheile"},
		"so": {"@=iga =ma =sii =daynayo", "@=guriga =igu =xiray", "@=taleefankayga|=furayaasha =iga =qaatay"},
		"ar": {"@ما عم يخليني اطلع", "@قفل علي", "@سكر علي الباب", "@اخد تلفوني", "@=ma =3am =ykhallini|=y5allini|=ykhalini =e6la3|=etla3|=ro7|=itla3", "@=sakkar|=2afal =3alay|=3alayye =el =bab", "@=a5ad|=akhad =telefoni|=talafoni|=mafati7i"},
		"fa": {"@نمیذاره برم بیرون", "@منو حبس کرده", "@گوشیمو گرفته", "@=nemizare =beram|=biram", "@=mano =habs|=zendooni =karde", "@=gooshimo|=gushimo|=kilidamo =gerefte"},
		"uk": {"@=не =випускає =мене", "@=замкнув =мене", "@=забрав =мій|=мої =телефон|=ключі"},
		"ru": {"@=не =выпускает|=отпускает =меня", "@=запер =меня", "@=забрал|=отобрал =мой|=мои =телефон|=ключи", "@=забрал|=отобрал =у =меня =телефон|=ключи"},
	}},
	// a threat for leaving: if I leave, he will kill me or the family will regret it ('@')
	{"danger", map[string][]string{
		"no": {"@=hvis =jeg =gar|=drar|=forlater =dreper|=angre|=angrer"},
		"sv": {"@=om =jag =gar|=lamnar|=drar =dodar|=angra|=angrar"},
		"de": {"@=wenn =ich =gehe|=abhaue|=ausziehe =bringt|=bereut|=bereust|=bereuen"},
		"pl": {"@=jak|=jesli|=jezeli =odejde|=ucieke =to =zabije|=pozaluje|=pozalujesz|=pozaluja", "@=jak|=jesli|=jezeli =odejde|=ucieke =zabije|=pozaluje|=pozalujesz|=pozaluja"},
		"tr": {"@=gidersem|=kacarsam =oldurur|=oldurecek|=pisman"},
		"ro": {"@=daca =plec =ma =omoara|=regreta|=regreti", "@=daca =plec =o =sa =regreti|=regrete"},
		"so": {"@=haddii =aan =baxo|=tago =wuu =i =dili|=dilayaa"},
		"ar": {"@اذا تركته رح يقتلني", "@اذا طلعت رح يقتلني", "@=iza|=eza =tle3et|=tarakto|=rou7 =ra7 =ya2telni|=yi2telni|=yendam"},
		"fa": {"@اگه برم منو میکشه", "@=age|=agar =beram =mano =mikoshe|=pashimoon"},
		"uk": {"@=якщо =піду =вб'є|=пошкодує|=пожалкує|=пошкодуєш"},
		"ru": {"@=если =уйду =убьет|=пожалеет|=пожалеешь|=пожалеют"},
	}},
	// someone outside the writer's home now: in front of the house, downstairs, his car parked below
	// (tenthSetMechanisms: not the police or an ambulance)
	{outsideField, map[string][]string{
		"no": {"@=star|=venter =ved|=foran =huset|=inngangen|=oppgangen|=doren"},
		"sv": {"@=star|=vantar =vid|=framfor|=utanfor =huset|=porten|=entren|=dorren"},
		"de": {"@=steht|=wartet =vorm =haus|=fenster|=eingang", "&=vorm =haus|=fenster|=eingang", "@=steht|=wartet =unten =vorm", "@=steht|=wartet =unten =vor =dem|=der =haus|=tur|=eingang"},
		"pl": {"@=stoi|=czeka =przed =domem|=blokiem|=klatka"},
		"tr": {"@=kapinin|=apartmanin|=binanin =onunde =bekliyor|=duruyor"},
		"ro": {"@=sta|=asteapta =sub =bloc|=geam|=fereastra"},
		"so": {"@=guriga =agtiisa|=hortiisa =ayuu =joogaa|=taagan"},
		"ar": {"@=wa2ef|=wa2fe|=wa2fa|=wa2if =ta7t|=2odam|=odam|=barra =el =bet|=beit|=bayt|=bineye", "@واقف تحت البيت", "@واقف قدام|تحت|عند البيت|البنايه|الباب|باب", "@سيارته واقفه تحت"},
		"fa": {"@=dame|=jeloye =dar =vayside|=vaysade|=istade", "@دم در وایساده"},
		"uk": {"@=стоїть|=чекає =біля =будинку|=під'їзду", "@=стоїть|=чекає =під =під'їздом|=будинком"},
		"ru": {"@=стоит|=ждет =у =подъезда|=дома", "@=стоит|=ждет =под =подъездом", "@=стоит|=ждет =возле =дома"},
	}},
	// on the edge: outside a balcony railing, on a roof's or a bridge's edge ('@')
	{"danger", map[string][]string{
		"no": {"@=utenfor =rekkverket", "@=pa =kanten =av =taket|=broen"},
		"sv": {"@=utanfor =racket", "@=pa =kanten =av =taket|=bron"},
		"de": {"@=hinter|=uber =dem =gelander|=brustung", "@=auf =der =kante =des =dachs|=daches"},
		"pl": {"@=za =barierka|=balustrada|=barierkami", "@=na =krawedzi =dachu|=mostu"},
		"tr": {"@=korkulugun|=korkuluklarin =disinda|=ustunde", "@=catinin|=kopru =kenarinda|=ucunda"},
		"ro": {"@=peste =balustrada|=parapet", "@=dincolo =de =balustrada|=parapet", "@=pe =marginea =acoperisului|=podului"},
		"so": {"@=daarada =dibaddeeda|=korkeeda"},
		"ar": {"@ورا الدرابزين", "@على حافه السطح", "@=wara|=bara =el =drabzin|=darabzin"},
		"fa": {"@پشت نرده", "@لبه پشت بوم", "@=poshte =narde", "@=labe =poshtbam|=posht =bom"},
		"uk": {"@=за =перилами|=поруччям", "@=на =краю =даху|=мосту"},
		"ru": {"@=за =перилами", "@=на =краю =крыши|=моста"},
	}},
	// over: safe and sound, found, at a friend's all along (a danger told before it; a negated one is no
	// safety). "Home now" is not: a danger may be at home ("зараз сама вдома").
	{"over", map[string][]string{
		"no": {"=i =god =behold"}, "sv": {"=i =gott =behall", "=oskadd|=oskadda"}, "de": {"=wohlbehalten"},
		"pl": {"=cala =i =zdrowa", "=caly =i =zdrowy"}, "tr": {"=sag =salim", "=arkadasindaymis|=arkadasindaydi"},
		"ro": {"=teafar|=teafara"}, "so": {"=nabad =qaba"}, "ar": {"بخير وسلامه", "=salem|=saleme|=salim"},
		"fa": {"=salame|=salamat|=salem", "سالمه", "=peyda =shode", "پیدا شده"},
		"uk": {"=живий =і =здоровий", "=жива =і =здорова"}, "ru": {"=жив =и =здоров", "=жива =и =здорова"},
	}},
	// children in the plural, which the child words lacked ("zaczepia dzieci")
	{childField, map[string][]string{
		"no": {"=barna|=ungene"}, "sv": {"=barnen"}, "de": {"=kinder|=kindern"}, "pl": {"=dzieci|=dzieciom|=dziecmi"},
		"tr": {"=cocuklar|=cocuklari|=cocuklara"}, "ro": {"=copii|=copiii|=copiilor"}, "so": {"=carruurta|=caruurta|=carruur"},
		"ar": {"اطفال", "الاطفال", "ولاد", "=wlad|=atfal|=awlad"}, "fa": {"=bacheha"},
		"uk": {"=діти|=дітей|=дітям"}, "ru": {"=дети|=детей|=детям"},
	}},
	// a second probe of 20 own sentences (Somali, Farsi, Arabic): forms the lists lacked
	{"danger", map[string][]string{
		"fa": {"&mikosh", "&میکش"},
		"so": {"%=ayuu|=ayay =naftiisa|=nafteeda =qaadi", "%=naftiisa|=nafteeda =qaadi =doonaa", "@=ma =i =siinayo|=oggolaanayo|=ogolaanayo =inaan"},
	}},
	{onlineField, map[string][]string{"ar": {"انستا", "الانستا", "عالانست", "سناب", "السناب", "عالسناب", "تيكتوك", "فيسبوك", "عالفيس"}}},
	{lockedInField, map[string][]string{"fa": {"خودشو زندانی|حبس|قفل"}}},
	{childField, map[string][]string{"fa": {"پسر", "دختر"}}},
	// "still" in Polish, as every other list has it
	{"now", map[string][]string{"pl": {"=nadal", "=wciaz"}}},
	// a year or years ago, months or weeks ago (Polish "temu"; hours and minutes ago stay now)
	{"past", map[string][]string{"pl": {"=rok|=lata|=lat|=miesiace|=miesiecy|=tygodnie|=tygodni =temu"}}},
	// fear of going out now (the eighth set's fear, in the forms it lacked)
	{fearField, map[string][]string{
		"no": {"=tor =ikke =ga =ut"}, "sv": {"=vagar =inte =ga =ut"}, "de": {"=trau =mich =nicht", "=traue =mich =nicht"},
		"pl": {"=boje =sie =wyjsc"}, "tr": {"=disari =cikmaya =korkuyorum"}, "ro": {"=mi-e =frica =sa =ies"},
		"so": {"=ka =baqayaa =inaan =baxo"}, "ar": {"خايفه اطلع", "=5ayfe|=khayfe|=khayef =e6la3|=etla3"},
		"fa": {"=mitarsam =beram =biroon"}, "uk": {"=боюся =вийти"}, "ru": {"=боюсь =выйти"},
	}},
	// someone coming in tonight (with a key)
	{arriveField, map[string][]string{
		"no": {"=kommer =inn =i =natt|=kveld"}, "sv": {"=kommer =in =inatt|=ikvall"},
		"de": {"=heute =nacht|=abend =reinkommt|=reinkommen|=reinzukommen", "&reinkommt"},
		"pl": {"=wejdzie =dzis|=dzisiaj", "=wejdzie =w =nocy"}, "tr": {"=bu =gece =iceri =girecek"}, "ro": {"=intra =diseara|=la =noapte"},
		"so": {"=caawa =ayuu =soo =geli"}, "ar": {"=ra7 =yfut|=yfout =el =lele|=lyom"}, "fa": {"=emshab =miad =tu|=too"},
		"uk": {"=увійде =вночі|=сьогодні"}, "ru": {"=войдет =ночью|=сегодня"},
	}},
	{lureField, map[string][]string{
		"no": {"lokker", "=roper|=vinker =pa", "=prover =a =fa"}, "sv": {"lockar", "=ropar|=vinkar =pa|=till", "=forsoker =fa"},
		"de": {"lockt|locken|anlocken", "=ruft|=winkt", "=versucht"},
		"pl": {"=wabi|=zwabia|=zaczepia|=zaprasza|=namawia|=wola|=przywoluje"},
		"tr": {"=cagiriyor|=kandirmaya|=cekmeye|=binmeye|=bindirmeye", "=el =ediyor"},
		"ro": {"=cheama|=ademeneste|=atrage|=momeste|=convinge"},
		"so": {"=yeeraya|=khiyaaneynaya"},
		"ar": {"عم ينادي", "عم يغري", "=3am =ynadi|=yneddi|=yghri|=yeghri|=y2ol"},
		"fa": {"صدا میکنه", "=seda =mikone|=mizane", "گول میزنه", "=gool|=gul =mizane"},
		"uk": {"=кличе|=заманює|=підзиває|=вмовляє"}, "ru": {"=зовет|=заманивает|=подзывает|=уговаривает"},
	}},
	{carField, map[string][]string{
		"no": {"=bil|=bilen|=bilen|=varebil|=varebilen|=bilsin"}, "sv": {"=bil|=bilen|=skapbil|=bilsin"},
		"de": {"=auto|=autos|=wagen|=transporter|=lieferwagen"}, "pl": {"samochod|=auta|=auto|=busa|=bus|=furgonetk"},
		"tr": {"araba|minibus|minibus"}, "ro": {"=masina|=masinii|=duba|=dubita"}, "so": {"=gaari|=gaariga|=gaarigiisa|=baabuur|=baabuurka|=baabuurkiisa"},
		"ar": {"سيارته", "سياره", "لسيارته", "بسيارته", "للسياره", "=sayyarto|=sayarto|=sayyara|=sayara|=siyara"}, "fa": {"ماشینش", "ماشین", "=mashinesh|=mashin"},
		"uk": {"машин|=авто|=автомобіля|=автівки"}, "ru": {"машин|=авто|=автомобиль|=автомобиля"},
	}},
	{onlineField, map[string][]string{
		"no": {"=nettet|=internett|=snap|=snapchat|=tiktok|=instagram|=chat|=chatten"},
		"sv": {"=natet|=internet|=snap|=snapchat|=tiktok|=instagram|=chatten"},
		"de": {"=internet|=netz|=online|=snapchat|=instagram|=tiktok|=chat"},
		"pl": {"internec|=internet|=sieci|=snapchat|snapchac|=instagram|instagrami|=tiktok|tiktoki|=czacie"},
		"tr": {"=internette|=internetten|=instagramda|=snapchatte|=tiktokta|=online"},
		"ro": {"=internet|=net|=snapchat|=instagram|=tiktok|=online"},
		"so": {"=internetka|=intarneetka|=onlayn|=online|=snapchat|=tiktok"},
		"ar": {"عالنت", "النت", "الانترنت", "=net|=internet|=enternet|=online|=snapchat|=snap|=tiktok", "=3annet|=3alnet"},
		"fa": {"اینترنت", "=internet|=intrnet|=online|=instagram|=snapchat"},
		"uk": {"=інтернеті|=мережі|=інтернет|=онлайн"}, "ru": {"=интернете|=сети|=интернет|=онлайн"},
	}},
	// met: the verb of getting to know someone, which with an online word says "met online"
	{metField, map[string][]string{
		"no": {"=mott|=mote|=truffet|=traff|=kjent"}, "sv": {"=traffat|=traffade|=kant"}, "de": {"=kennengelernt|=kennt|=getroffen"},
		"pl": {"=poznala|=poznal|=poznali|=zna"}, "tr": {"=tanistigi|=tanisti|=tanismis|=tanistiklari"}, "ro": {"=cunoscut|=cunoscuta|=cunoaste"},
		"so": {"=baratay|=baratey|=bartay|=kulantay", "=la =kulmay"}, "ar": {"تعرفت", "تعرف", "=t3arrafet|=t3arafet|=ta3arrafat|=t3arrafat|=t3arraf"},
		"fa": {"آشنا", "=ashna"}, "uk": {"познайоми"}, "ru": {"познакоми"},
	}},
	{lockedInField, map[string][]string{
		"no": {"=last =seg =inne", "=stengt =seg =inne", "=innelast|=innestengt"}, "sv": {"=last =in =sig", "=stangt =in =sig", "=inlast|=instangd|=instangt"},
		"de": {"=eingesperrt|=eingeschlossen", "=schliesst|=sperrt =sich =ein"}, "pl": {"=zamknal|=zamknela =sie", "=zamkniety|=zamknieta =w"},
		"tr": {"=kendini =kilitledi|=kilitlemis", "=kilitli =kaldi|=kalmis"}, "ro": {"=s-a =incuiat|=inchis", "=incuiat|=incuiata =in"},
		"so": {"=isku =xiray|=xirtay", "=ku =xiran|=xirmay"},
		"ar": {"مسكر على حاله", "مسكر على حالها", "سكر على حاله", "قفل على حاله", "قفل على نفسه", "=msakker|=msakkar|=sakkar|=2afal =3ala|=3a =7alo|=7ala|=nafso"},
		"fa": {"خودشو حبس کرده", "در رو قفل کرده", "=khodesho =habs|=zendooni =karde", "=dar =ro =ghofl =karde"},
		"uk": {"=зачинився|=зачинилася|=замкнувся|=замкнулася"}, "ru": {"=заперся|=заперлась|=закрылся|=закрылась"},
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

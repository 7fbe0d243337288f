package classify

// Session 7 (issue 11): the ninth blind set's misses, read for their mechanism and written by concept
// for every language the foreign lists read, never as one text's words (tests: ninthset_test.go).
var ninthSetConcepts = []foreignConcept{
	// hiding now: the writer (and the children) locked in a room or hiding from someone in the home
	{"danger", map[string][]string{
		"no": {"=last =meg|=oss =inne", "=har =last =meg|=oss =inn|=inne", "=gjemmer =meg|=oss", "=stengt =meg|=oss =inne"},
		"sv": {"=har =last =in =mig|=oss", "=lasit =in =mig|=oss", "=gommer =mig|=oss", "=lasst =oss =in", "=stangt =in =mig|=oss"},
		"de": {"=mich|=uns =eingesperrt|=eingeschlossen", "=verstecke|=verstecken =mich|=uns", "=im =bad|=badezimmer|=schlafzimmer =eingeschlossen"},
		"pl": {"=zamknelam|=zamknalem|=zamknela|=zamknal|=zamknelismy|=zamknelysmy|=zamykam =sie", "=sie =zamknelam|=zamknalem|=zamknelismy|=zamknelysmy", "=zamknieta|=zamkniety|=zamknieci =w =lazience|=pokoju|=sypialni", "=ukrywam|=ukrywamy|=chowam|=chowamy =sie", "=sie =ukrywam|=ukrywamy|=chowam|=chowamy"},
		"tr": {"kilitlendim|kilitlendik", "=kendimi|=kendimizi =kilitledim|=kilitledik", "=banyoya|=odaya =kilitledim|=kilitledik|=kapandim|=kapandik", "=saklaniyorum"},
		"ro": {"=m-am|=ne-am =incuiat|=baricadat|=inchis =in =baie|=camera|=dormitor", "=m-am|=ne-am =incuiat|=baricadat", "=ma|=ne =ascund|=ascundem"},
		"so": {"=isku =xiray|=xirnay|=xidhay|=xidhnay", "=waan =dhuumanayaa|=dhuumanaynaa", "=qolka|=musqusha =ayaan|=ayaannu =isku"},
		"ar": {"قفلت على حالي|نفسي|حالنا", "سكرت على حالي|حالنا|نفسي", "اقفلت على نفسي", "مختبئه|مختبئين|متخبيه|مخبايه", "=2afalt|=sakkart|=2falt =3ala|=3a =7ali|=7alna|=nafsi"},
		"fa": {"قایم شدم|شدیم", "قایم شده ام", "در رو قفل کردم|کردیم", "=ghayem|=ghaym =shodam|=shodim", "=dar =ro =ghofl =kardam|=kardim", "=khodamo =too|=tu =hamoom|=otagh"},
		"uk": {"зачинилас|зачинився|зачинилис|замкнулас|замкнувс|замкнулис", "=ховаюся|=ховаюсь|=ховаємося|=ховаємось"},
		"ru": {"заперлас|заперс|заперлис|закрылас|закрылис|=закрылся", "=прячусь|=прячемся"},
	}},
	// violence at home going on now: throwing things (at people, around the flat)
	{"danger", map[string][]string{
		"no": {"=kaster =ting|=gjenstander|=tallerkener|=med"},
		"sv": {"=kastar =saker|=grejer|=foremal|=tallrikar|=med"},
		"de": {"=wirft =mit|=sachen|=gegenstande|=teller|=geschirr"},
		"pl": {"=rzuca|=rzucaja =rzeczami|=przedmiotami|=talerzami|=czym|=meblami|=wszystkim"},
		"tr": {"=esyalari|=esya|=tabaklari =firlatiyor|=atiyor|=kiriyor"},
		"ro": {"=arunca =cu =lucruri|=obiecte|=farfurii|=ce"},
		"so": {"=alaabta|=waxyaabaha =ayuu =tuurayaa|=tuuraya", "=wax =buu =tuurayaa|=tuuraya"},
		"ar": {"=3am =yirmi|=yermi|=yerme|=yezrob =aghrad|=ghradi|=eshya|=shi", "عم يرمي|يكسر الاغراض|اغراض|اشياء|شي", "يرمي الاغراض|الاشياء"},
		"fa": {"وسایل رو پرت", "پرت میکنه|میکند", "=vasayel =ro =part", "=part =mikone|=mikonad"},
		"uk": {"=кидає|=кидається|=жбурляє =речі|=речами|=посуд|=посудом|=чим"},
		"ru": {"=кидает|=кидается|=швыряет|=бросает|=бросается =вещи|=вещами|=посуду|=посудой|=чем"},
	}},
	// a call for help: "send someone / the police / an ambulance" in the imperative
	{"help", map[string][]string{
		"no": {"=send =noen|=politi|=politiet|=ambulanse|=hjelp|=folk"},
		"sv": {"=skicka =nagon|=polis|=polisen|=ambulans|=hjalp"},
		"de": {"=schicken =sie =jemanden|=hilfe|=die|=einen", "=schickt =jemanden|=hilfe|=die|=einen"},
		"pl": {"=przyslijcie|=wyslijcie|=przyslijcie =kogos|=policje|=karetke|=pomoc|=patrol", "=prosze =przyslac|=wyslac =kogos|=policje|=karetke|=pomoc|=patrol"},
		"tr": {"=birini|=birilerini|=polis|=ambulans|=yardim|=ekip =gonderin|=yollayin"},
		"ro": {"=trimiteti|=trimite =pe =cineva", "=trimiteti|=trimite =politia|=ambulanta|=ajutor|=echipajul"},
		"so": {"=soo =dira|=diraa|=diro =qof|=booliska|=ambalaas|=gargaar"},
		"ar": {"ابعتوا|ابعثوا|ارسلوا حدا|احد|الشرطه|الاسعاف|مساعده", "=ib3atu|=eb3atu|=ab3atu|=b3atu|=ib3ato|=eb3ato =7ada|=7ad|=shorta|=elshorta|=is3af|=es3af|=police"},
		"fa": {"یکی رو|را بفرستید|بفرستین", "پلیس|آمبولانس|اورژانس بفرستید|بفرستین", "=yeki =ro =befrestid|=befrestin", "=polis|=ambulance|=amboolans|=orzhans =befrestid|=befrestin"},
		"uk": {"=надішліть|=пришліть|=відправте|=направте =когось|=поліцію|=швидку|=допомогу|=наряд"},
		"ru": {"=пришлите|=отправьте|=направьте|=вышлите =полицию|=скорую|=помощь|=наряд", "=пришлите|=отправьте|=вышлите =кого|=хоть"},
	}},
	// self-harm by cutting (wrists, veins, arms) and bleeding that will not stop: a state told now ('@')
	{"danger", map[string][]string{
		"no": {"=skar|=kuttet =seg =i =handleddene|=handleddet|=armene|=armen", "=kuttet|=kutter =seg", "@=blodningen =stopper|=vil =ikke|=stanser", "@=blodet =stopper|=vil =ikke", "@=slutter =ikke =a =blo"},
		"sv": {"=skar|=skurit =sig =i =handlederna|=handleden|=armarna|=armen", "=skar|=skurit|=skar =upp =sig|=pulsadern|=pulsadrorna", "@=blodningen =slutar|=vill =inte|=gar =inte", "@=blodet =slutar|=vill =inte|=gar =inte", "@=slutar =inte =blo"},
		"de": {"pulsader", "=die =arme|=handgelenke =aufgeschnitten|=aufgeritzt", "=sich =geschnitten|=aufgeschnitten", "@=blutung|=blut =hort|=stoppt =nicht", "@=hort =nicht =auf =zu =bluten"},
		"pl": {"=podcial|=podciela|=pocial|=pociela =sobie =zyly|=nadgarstki|=rece", "=podcial|=podciela|=pocial|=pociela =zyly|=sie", "=tnie =sie|=sobie", "@=krew =nie =przestaje", "@=krew =nie =chce =przestac", "@=nie =mozemy|=moge =zatamowac|=zatrzymac =krwi|=krwawienia", "@=krwawienie =nie =ustaje|=przestaje"},
		"tr": {"=bileklerini|=bilegini|=kollarini|=damarlarini =kesti|=kesmis", "=kendini =kesti|=kesiyor", "@=kan =durmuyor", "@=kanama =durmuyor|=dinmiyor", "@=kanamayi =durduramiyoruz|=durduramiyorum"},
		"ro": {"=si-a =taiat =venele|=incheieturile|=mainile|=bratele", "=isi =taie =venele", "@=sangele =nu =se =opreste|=opreste", "@=sangerarea =nu =se =opreste", "@=nu =putem =opri =sangele|=sangerarea"},
		"so": {"=gacmaha|=xididdada =iska =jaray|=jartay", "=is =jaray|=jartay", "@=dhiigu|=dhiiggu|=dhiigga =ma =joogsanayo|=istaagayo|=joogsan", "@=dhiigbaxu =ma =joogsanayo"},
		"ar": {"قطع شرايينه|شريانه|عروقه|ايده|معصمه", "قطعت شرايينها|شريانها|عروقها|ايدها|معصمها", "جرح حاله|نفسه|حالها|نفسها", "@الدم ما عم يوقف", "@الدم ما يوقف|بيوقف", "@الدم لا يتوقف", "@النزيف ما عم يوقف|لا يتوقف", "=2ata3|=2at3at|=qata3 =shrayino|=3ro2o|=3rou2o|=3ro2a|=ido|=ida", "@=el =damm|=dam|=nazif =ma =3am =yo2af|=yoo2af|=yw2af"},
		"fa": {"رگ دستش|دستشو", "رگش|رگشو زده|زد", "@خون بند نمیاد|نمیاید|نمی آید", "@خونریزی بند نمیاد|قطع نمیشه", "=ragesho|=ragesh|=rag =zade|=zad", "@=khoon|=khun =band =nemiad|=nemiyad", "@=khoonrizi|=khunrizi =band =nemiad|=ghat =nemishe"},
		"uk": {"=порізав|=порізала|=розрізав|=розрізала =собі =вени|=зап'ястя|=руки", "=порізав|=порізала =вени", "@=кров =не =зупиняється|=зупиняється", "@=кровотеча =не =зупиняється"},
		"ru": {"=порезал|=порезала|=вскрыл|=вскрыла|=разрезал|=разрезала =себе =вены|=запястья|=руки", "=порезал|=порезала|=вскрыл|=вскрыла =вены", "@=кровь =не =останавливается|=останавливается", "@=кровотечение =не =останавливается"},
	}},
	// someone else does not want to live or wants to die (the writer's own words are in foreign_recall.go);
	// '%': thanks in the text do not end it
	{"danger", map[string][]string{
		"no": {"%=vil =ikke =leve =lenger|=mer", "%=han|=hun =vil =do"},
		"sv": {"%=vill =inte =leva =langre|=mer", "%=han|=hon =vill =do"},
		"de": {"%=will =nicht =mehr =leben", "%=er|=sie =will =sterben"},
		"pl": {"%=nie =chce =juz =zyc", "%=chce =umrzec"},
		"tr": {"%=yasamak =istemedigini|=istemiyormus", "%=olmek =istiyor|=istedigini"},
		"ro": {"%=nu =mai =vrea =sa =traiasca", "%=nu =vrea =sa =mai =traiasca", "%=vrea =sa =moara"},
		"so": {"%=ma =rabo =inuu|=inay =noolaado|=noolaato", "%=ma =rabo =inuu|=inay =sii =noolaado", "%=wuxuu|=waxay =rabaa|=doonayaa =inuu|=inay =dhinto"},
		"ar": {"%ما بدو يعيش", "%ما بدها تعيش", "%لا يريد ان يعيش", "%لا تريد ان تعيش", "%بدو يموت", "%بدها تموت", "%=ma =baddo|=bado|=beddo =y3ish|=ye3eesh|=y3eesh", "%=ma =badda|=bada|=bedda =t3ish|=te3eesh|=t3eesh", "%=baddo|=bado =ymoot|=ymout|=ymut", "%=badda|=bada =tmoot|=tmout|=tmut"},
		"fa": {"%نمیخواد زندگی کنه|کند", "%نمیخواهد زندگی کند", "%نمیخواهد زنده بماند", "%میخواد بمیره", "%میخواهد بمیرد", "%=nemikhad =zendegi|=zende", "%=mikhad =bemire"},
		"uk": {"%=не =хоче =жити", "%=не =хоче =більше =жити", "%=хоче =померти"},
		"ru": {"%=не =хочет =жить", "%=не =хочет =больше =жить", "%=больше =не =хочет =жить", "%=хочет =умереть"},
	}},
	// breaking in or breaking the door open, told in the infinitive after "trying to"
	{"danger", map[string][]string{
		"no": {"=bryte =opp =doren|=dora|=vinduet|=lasen", "=prover =a =komme|=ta =seg =inn", "=prover =a =komme =inn", "=prover =a =bryte"},
		"sv": {"=bryta =upp =dorren|=fonstret|=laset", "=forsoker =komma|=ta =sig =in", "=forsoker =komma =in", "=forsoker =bryta"},
		"de": {"aufzubrechen", "einzubrechen", "=versucht =reinzukommen|=hereinzukommen|=einzudringen"},
		"pl": {"=probuje|=probuja =wywazyc|=wlamac|=wejsc|=wtargnac|=otworzyc|=wywazyc", "=wywazyc =drzwi"},
		"tr": {"=iceri =girmeye =calisiyor|=calisiyorlar", "=kapiyi =acmaya|=kirmaya =calisiyor"},
		"ro": {"=sa =sparga =usa|=geamul", "=sa =forteze =usa|=intrarea"},
		"so": {"=albaabka =jebinaya|=jabinaya|=furaya", "=isku =dayaya =albaabka"},
		"ar": {"يحاول يكسر|يفتح|يفوت|يدخل", "يحاول كسر الباب|الدخول|فتح الباب", "=3am =y7awel|=ye7awel|=yhawel =yiksor|=yeksor|=yfut|=yfout|=yefta7|=yifta7"},
		"fa": {"میخواد در رو بشکنه|باز کنه", "سعی میکنه وارد", "سعی میکنه در رو", "=mikhad =dar =ro =beshkane|=baz", "=sai =mikone =dar|=vared"},
		"uk": {"=намагається|=пробує =зламати|=вибити|=відчинити =двері", "=намагається|=пробує =залізти|=проникнути|=увірватися"},
		"ru": {"=пытается|=пробует =сломать|=выбить|=выломать|=открыть =дверь", "=пытается|=пробует =залезть|=проникнуть|=ворваться"},
	}},
	// now: "immediately" and "right now" in the languages that lacked them
	{"now", map[string][]string{
		"no": {"=umiddelbart", "=med =en =gang"}, "sv": {"=omedelbart", "=genast"}, "pl": {"=natychmiast", "=w =tej =sekundzie"},
		"tr": {"=hemen", "=su =an"}, "ro": {"=imediat", "=in =momentul =asta"}, "so": {"=isla =markiiba", "=hadda =hadda"},
		"ar": {"فورا", "حالا", "=foran|=7alan"}, "fa": {"فورا", "همین الان", "=foran", "=hamin =alan|=alaan"},
		"uk": {"=негайно", "=прямо =зараз"}, "ru": {"=немедленно", "=прямо =сейчас"},
	}},
}

// Fields of the precision mechanisms (readForeign): found on demand, scoring no category.
const (
	threatField       = "threat"       // the words of threatening: a threat's object decides whether it is danger
	threatObjectField = "threatobject" // dismissal, eviction, a report, a lawsuit: a threat that is no danger to life
	workField         = "work"         // the boss, the employer, at work: a threat there is a dispute, not danger now
	habitField        = "habit"        // every night, for months, always: a long-standing trouble, not danger now
	helpCameField     = "helpcame"     // the ambulance or the police came (told in the past)
	otherSenseField   = "othersense"   // a danger word in another sense: "zang mizane" (phones), "اتفاق افتاده" (happened)
)

// ninthSetPrecisionConcepts: the ninth set's false alarms, by concept in every language: a threat of
// dismissal or eviction, a threat at work, a trouble told as a habit with no word of now, help that came
// in a text of thanks, someone fine now or a move away, a danger word used in another sense; and the
// brush-offs ("must someone die first?", "nothing we can do") that make a 112 text read.
var ninthSetPrecisionConcepts = []foreignConcept{
	{threatField, map[string][]string{
		"no": {"truer|truet|truende"}, "sv": {"hotar|hotat|hotade"}, "de": {"=droht|=bedroht|=drohte|=drohen"},
		"pl": {"=grozi|=grozil|=grozila|=groza|=grozba"}, "tr": {"tehdit"}, "ro": {"amenint"}, "so": {"hanjab"},
		"ar": {"يهدد|تهديد|هدد", "bihaddid|yhadded|ihaded|bihadded|yhaded"}, "fa": {"تهدید", "tahdid"},
		"uk": {"погрожу|погроз"}, "ru": {"угрожа|угроз"},
	}},
	{threatObjectField, map[string][]string{
		"no": {"oppsigelse|utkastelse|anmeldelse|=sparken|=saksoke", "=si =meg =opp", "=kaste =meg|=oss =ut"},
		"sv": {"uppsagning|avsked|vrakning|polisanmal|=sparka|=stamma", "=saga =upp =mig", "=kasta =ut =mig|=oss"},
		"de": {"kundigung|entlassung|rauswurf|rausschmiss|=anzeige|=verklagen|=klage", "=zu =kundigen|=entlassen|=verklagen", "=anzuzeigen|=rauszuwerfen"},
		"pl": {"zwolnieni|eksmisj|=wyrzuceniem|=sadem|=pozwem|=donosem|=mandatem", "=zwolnic|=zwolni|=wyrzucic|=pozwac|=eksmitowac"},
		"tr": {"=isten cikar", "kovmakla|kovacagini|cikarmakla|tahliye|=dava|=davayla"},
		"ro": {"concedier|evacuare|=proces|=amenda|=reclamatie", "=dat|=da =afara", "=sa =ma =concedieze", "=sa =ma|=ne =dea =afara"},
		"so": {"=shaqada =iga =eryi|=ceyri", "=guriga =iga =saari|=eryi", "dacwad"},
		"ar": {"بالطرد|بالفصل|بالاخلاء|بالشكوى|بالمحكمه|بالمحكمة", "يطردني|يفصلني", "=bel|=bil =tard|=tared|=fasl|=ma7kame", "=ytrodni|=yefsolni"},
		"fa": {"اخراج|شکایت|دادگاه", "=ekhraj|=shekayat|=dadgah"},
		"uk": {"звільненн|виселенн|=судом|=штрафом", "=звільнити|=виселити|=звільнить"},
		"ru": {"увольнени|выселени|=судом|=штрафом|=заявлением", "=уволить|=выселить|=уволит|=уволю"},
	}},
	{workField, map[string][]string{
		"no": {"=sjefen|=sjef|=arbeidsgiveren|=arbeidsgiver", "=pa =jobben|=arbeid"},
		"sv": {"=chefen|=arbetsgivaren|=arbetsgivare", "=pa =jobbet|=arbetet"},
		"de": {"=chef|=chefin|=arbeitgeber|=vorgesetzter|=vorgesetzte", "=auf =der =arbeit", "=bei =der =arbeit", "=im =buro|=betrieb"},
		"pl": {"=szef|=szefowa|=pracodawca|=kierownik|=kierowniczka", "=w =pracy"},
		"tr": {"=sefim|=patronum|=mudurum|=isverenim", "isyerinde", "=is =yerinde"},
		"ro": {"=seful|=sefa|=angajatorul|=patronul", "=la =serviciu|=munca|=lucru"},
		"so": {"=maamulaha", "=madaxa =shaqada", "=shaqada"},
		"ar": {"مديري|المدير", "صاحب|رب الشغل|العمل", "بالشغل", "في الشغل|العمل", "=modiri|=mudiri|=el =mudir", "=bel =shoghl|=fel =shoghl"},
		"fa": {"رئیسم|رییسم|کارفرما|مدیرم", "سر کار", "=raeisam|=raisam|=karfarma", "=sare =kar"},
		"uk": {"=начальник|=начальниця|=роботодавець|=керівник", "=на =роботі"},
		"ru": {"=начальник|=начальница|=работодатель|=руководитель", "=на =работе"},
	}},
	{habitField, map[string][]string{
		"no": {"=hver =natt|=kveld|=dag|=uke|=helg", "=i =flere =maneder|=ar|=uker", "=i =manedsvis|=arevis|=ukevis", "=alltid", "=hele =tiden"},
		"sv": {"=varje =natt|=kvall|=dag|=vecka|=helg", "=i =flera =manader|=ar|=veckor", "=i =manader|=ar|=veckor", "=alltid", "=hela =tiden"},
		"de": {"=jede =nacht|=woche", "=jeden =abend|=tag", "=seit =monaten|=jahren|=wochen", "=immer =wieder", "=standig|=dauernd"},
		"pl": {"=co =noc|=wieczor|=tydzien|=dzien|=weekend", "=codziennie|=conocnie", "=od =miesiecy|=lat|=tygodni", "=za =kazdym =razem", "=zawsze"},
		"tr": {"=her =gece|=aksam|=hafta|=gun", "=aylardir|=yillardir|=haftalardir", "=surekli", "=hep"},
		"ro": {"=in =fiecare =noapte|=seara|=saptamana|=zi", "=de +=luni|=ani|=saptamani", "=mereu", "=tot =timpul", "=zilnic"},
		"so": {"=habeen|=toddobaad|=maalin =kasta", "=bilooyin|=sanado", "=had =iyo =jeer", "=mar =walba"},
		"ar": {"كل ليله|اسبوع|يوم|جمعه", "من شهور|سنين|اشهر", "دايما|دائما", "=kel|=kol =lele|=leile|=jom3a|=yom|=yoom|=esbou3|=osbo3", "=min|=men|=mn =shhour|=shuhur|=snin|=ashhor", "=dayman|=daiman|=daymen"},
		"fa": {"هر شب|هفته|روز", "چند ماهه|ساله", "ماه هاست", "ماههاست", "همیشه", "=har =shab|=hafte|=rooz|=ruz", "=chand =mahe|=sale", "=hamishe"},
		"uk": {"=щоночі|=щовечора|=щодня|=щотижня", "=кожної =ночі|=неділі", "=кожного =вечора|=дня|=тижня", "=місяцями|=роками", "=вже =кілька =місяців|=років", "=постійно", "=завжди"},
		"ru": {"=каждую =ночь|=неделю", "=каждый =вечер|=день", "=месяцами|=годами", "=уже =несколько =месяцев|=лет", "=постоянно", "=всегда"},
	}},
	{helpCameField, map[string][]string{
		"no": {"=ambulansen|=politiet|=brannvesenet =kom|=var =der"},
		"sv": {"=ambulansen|=polisen|=brandkaren =kom|=var =dar"},
		"de": {"=krankenwagen|=notarzt|=rettungswagen|=polizei|=feuerwehr =kam|=kamen", "=kam =der =krankenwagen|=notarzt|=rettungswagen", "=kam =die =polizei|=feuerwehr", "=krankenwagen|=notarzt|=polizei =war =da|=ist =gekommen"},
		"pl": {"=karetka|=policja|=straz|=pogotowie|=ratownicy =przyjechala|=przyjechal|=przyjechali|=byla|=byli"},
		"tr": {"=ambulans|=polis|=itfaiye =geldi|=geldiler"},
		"ro": {"=ambulanta|=politia|=pompierii =a|=au =venit|=sosit"},
		"so": {"=ambalaaska|=booliska|=gurmadka =way|=ayaa|=ayay =yimid|=yimaadeen|=timid"},
		"ar": {"الاسعاف|الشرطه|البوليس وصل|وصلت|اجا|اجت|اجو|جاء|جاءت", "وصل|وصلت|اجا|اجت الاسعاف|الشرطه"},
		"fa": {"آمبولانس|اورژانس|پلیس اومد|آمد|اومدن|آمدند|رسید|رسیدن"},
		"uk": {"=швидка|=поліція|=рятувальники =приїхала|=приїхали|=приїхав"},
		"ru": {"=скорая|=полиция|=спасатели =приехала|=приехали|=приехал"},
	}},
	{otherSenseField, map[string][]string{
		"fa": {"زنگ|حرف|سر|صدا میزنه|میزند|زد|بزنه|بزند|میزنن|زدند|زدن", "اتفاق|اتفاقی|اتفاقات افتاد|افتاده", "=zang|=harf|=sar =mizane|=mizanad|=zad|=bezane|=bezanad|=mizanan|=zadan|=zadam|=bezan|=bezanid|=bezanin",
			"=etefagh|=etefaghi|=ettefagh|=ettefaghi =oftad|=oftade|=biofte|=mioftad|=miofte"},
		"ar": {"ضربت|ضرب تلفون|تليفون|تلفونات", "=darabt|=darab =telefon|=talafon|=tlifon"},
	}},
	{"over", map[string][]string{
		"no": {"=har =det =bra|=fint =na", "=er =fin|=ok|=bra =na"},
		"sv": {"=har =det =bra =nu", "=ar =bra|=ok =nu"},
		"de": {"=bin|=sind =umgezogen|=weggezogen|=ausgezogen", "=geht =es =ihm|=ihr|=mir =wieder =gut"},
		"pl": {"=jest =juz =dobrze", "=juz =dobrze", "=wyprowadzilam|=wyprowadzilem|=przeprowadzilam|=przeprowadzilem|=wyprowadzilismy =sie"},
		"tr": {"=iyi =simdi", "iyilesti", "=tasindim|=tasindik"},
		"ro": {"=sunt =bine", "=e|=este =bine", "=m-am|=ne-am =mutat"},
		"so": {"=hadda =waa =fiican|=caafimaad", "=wuu|=way =fiican =yahay", "=waan =guuray|=guurnay"},
		"ar": {"هلق منيح|منيحه|بخير", "=halla2|=hala2 =mni7|=mnee7|=bkheir|=mni7a", "انتقلت من|عزلت من"},
		"fa": {"الان خوبه", "حالش خوبه", "=alan =khoobe|=khube", "اسباب کشی کردم|کردیم", "=asbab =keshi =kardam|=kardim"},
		"uk": {"=вже =в =порядку", "=він|=вона =в =порядку"},
		"ru": {"=уже =в =порядке", "=он|=она =в =порядке"},
	}},
	// brush-offs: "must someone die first?", "there is nothing we can do", "nobody comes" (not_taken_seriously)
	{nts, map[string][]string{
		"no": {"=ma =noen =do", "=ma =det =skje =en =ulykke"},
		"sv": {"=maste =nagon =do", "=maste =nagot =handa"},
		"de": {"=muss =erst =jemand =sterben", "=muss =jemand =sterben", "=muss =erst =etwas =passieren"},
		"pl": {"=czy =ktos =musi =zginac|=umrzec", "=musi =ktos =zginac|=umrzec", "=musi =sie =cos =stac"},
		"tr": {"=birinin =olmesi =mi", "=biri =olmeden"},
		"ro": {"=trebuie =sa =moara =cineva", "=sa =moara =cineva"},
		"so": {"=ma =jiro =wax =ay =samayn|=qaban", "=wax =ay =samayn|=qaban =karaan", "=qof =ma =dhimanaya"},
		"ar": {"لازم حدا يموت", "=lazem =7ada =ymoot|=ymut"},
		"fa": {"باید یکی بمیره", "=bayad =yeki =bemire"},
		"uk": {"=хтось =має|=повинен =померти"},
		"ru": {"=кто-то =должен =умереть", "=должен =кто-то =умереть"},
	}},
	{rt, map[string][]string{"pl": {"=nikt =nie =przyjezdza"}}},
}

// ninthSetConductConcepts: the ninth set's conduct, by concept in every language: staff laughing at the
// writer in the word orders the lists lacked, "shut up" and pushing
// by staff (only in a sentence that names staff: '^'; "hat nur gelacht", laughed it off, is a brush-off), telling
// it in front of the neighbours ('!^': the ones told are named, and staff, named first in the sentence, tells); and who else a conduct word may be about: kin and the boss.
var ninthSetConductConcepts = []foreignConcept{
	{"conduct", map[string][]string{
		"no": {"^=hold =kjeft|=munn", "^=dyttet|=skubbet =meg", "!^=foran =naboene|=alle|=barna", "^=lo =av =meg"},
		"sv": {"^=hall =kaften|=truten|=klaffen", "^=knuffade|=puttade|=knuffat =mig", "!^=infor|=framfor =grannarna|=alla|=barnen"},
		"de": {"^=halt|=halten =sie =den =mund|=die =klappe|=schnauze", "^=halt =die =klappe|=schnauze", "^=halt =den =mund", "^=hat =mich =geschubst|=gestossen", "^=schubste|=stiess =mich",
			"!^=vor =den|=allen =nachbarn|=kindern", "^=hat|=haben +=gelacht", "^=lachte|=lachten =mich =aus", "^=lachte|=lachten =und"},
		"pl": {"=sie =ze =mnie =smial|=smiala|=smiali|=nabijal|=nabijala|=nabijali", "=smial|=smiala|=smiali =sie =ze =mnie", "=nabijal|=nabijala|=nabijali =sie =ze =mnie",
			"^=zamknij =sie|=morde|=dziob|=japę|=jape", "^=stul =pysk", "^=popchnal|=popchnela|=pchnal|=pchnela|=odepchnal =mnie", "!^=przy|=przed =sasiadami|=sasiadach|=wszystkimi|=dziecmi"},
		"tr": {"^=sus|=kapa =ceneni", "^=sesini =kes", "^=beni =itti|=itekledi", "!^=komsularin|=herkesin|=cocuklarimin =onunde"},
		"ro": {"^=taci|=tac =din =gura", "^=sa =tac", "^=m-a =impins|=imbrancit|=busculat", "!^=in =fata =vecinilor|=tuturor|=copiilor"},
		"so": {"=igu =qososhay|=qoslay|=qosleen|=qoshay", "^=aamus|=iska =aamus", "^=i =riixay|=riixday|=tuuray", "!^=deriska|=dadka =hortooda|=hor"},
		"ar": {"^اسكت|اخرس|اسكتي|اخرسي", "^=oskot|=eskot|=iskot|=os2ot|=ikhras|=5ras|=ekhras", "^دفعني|دزني|زقني", "^=dafa3ni|=dazzni|=za22ni", "!^قدام|امام الجيران|الناس|الولاد", "!^=2oddam|=odam|=quddam =el =jiran|=jeeran|=nas"},
		"fa": {"^خفه شو|شید", "^ساکت شو|باش", "^=khafe|=saket =sho|=shid|=bash", "^هلم داد|هولم داد", "^=holam =dad", "!^جلوی همسایه|مردم|بچه", "!^=jeloye =hamsaye|=mardom|=bacheha", "!^با صدای بلند گفت"},
		"uk": {"^=замовкни|=замовкніть|=заткнись", "^=закрий|=закрийте =рота|=рот", "^=штовхнув|=штовхнула|=пхнув =мене", "!^=при =сусідах|=всіх|=дітях", "!^=перед =сусідами"},
		"ru": {"^=заткнись|=замолчи|=заткнитесь|=замолчите", "^=закрой|=закройте =рот", "^=толкнул|=толкнула|=пихнул|=пихнула =меня", "!^=при =соседях|=всех|=детях", "!^=перед =соседями"},
	}},
	// staff: the one at the emergency line, the agent who came
	{"staff", map[string][]string{
		"de": {"=am|=vom|=beim =notruf", "notruf"}, "ro": {"=agentul|=agenta|=agentului|=agent"},
		"pl": {"=pan|=pani =z =numeru|=pod =112|=114"}, "so": {"=gabadha|=ninka =taleefanka"},
	}},
	// someone else: the boss, and kin opening their sentence ('?': "Kardeşim … telefonu kapattı" is the
	// brother's doing; "sagte zu meiner Tochter" names whom staff spoke to) — a conduct word about them is not staff's
	{"third", map[string][]string{
		"no": {"?=broren|=bror|=soster|=sosteren|=sonnen|=datteren", "=sjefen|=sjef|=arbeidsgiveren"},
		"sv": {"?=brorsan|=bror|=brodern|=syster|=systern|=sonen|=dottern", "=chefen|=arbetsgivaren"},
		"de": {"?=bruder|=schwester|=sohn|=tochter", "=chef|=chefin|=arbeitgeber|=vorgesetzter|=vorgesetzte"},
		"pl": {"?=brat|=siostra|=syn|=corka", "=szef|=szefowa|=pracodawca|=kierownik"},
		"tr": {"?kardesim|=annem|=babam|=oglum|=kizim|=esim|=abim|=ablam", "=sefim|=patronum|=patron|=mudurum"},
		"ro": {"?=fratele|=sora|=fiul|=fiica", "=seful|=sefa|=patronul|=angajatorul"},
		"so": {"?=walaalkay|=walaashay|=wiilkayga|=gabadhayda", "=maamulaha"},
		"ar": {"?اخي|اختي|ابني|بنتي", "?=akhi|=a5i|=o5ti|=ukhti|=ebni|=binti", "مديري|المدير", "=modiri|=mudiri"},
		"fa": {"?برادرم|خواهرم|پسرم|دخترم", "رئیسم|رییسم|کارفرما|مدیرم", "?=baradaram|=khaharam|=pesaram|=dokhtaram", "=raeisam|=raisam|=karfarma"},
		"uk": {"?=брат|=сестра|=син|=донька|=дочка", "=начальник|=начальниця|=роботодавець"},
		"ru": {"?=брат|=сестра|=сын|=дочь|=дочка", "=начальник|=начальница|=работодатель"},
	}},
	// the Farsi "shut up" is no choking
	{otherSenseField, map[string][]string{"fa": {"خفه شو|شید|شین", "=khafe =sho|=shid|=shin"}}},
}

// probeConcepts: dangers found missing by session 7's own recall probe (60 sentences of danger written
// for it in every language, rated 3 on 114 so no net helps; 12 missed before), written by concept.
var probeConcepts = []foreignConcept{
	// strangled, in the past forms: with fear now it is a threat that makes fear danger (recallMechanisms)
	{"danger", map[string][]string{
		"no": {"=kvalte =meg"}, "sv": {"=strop|=ströp =mig"}, "de": {"=hat =mich =gewurgt", "=wurgte =mich"}, "pl": {"=dusil|=dusila =mnie", "=mnie =dusil|=dusila"},
		"tr": {"=bogazimi =sikti"}, "ro": {"=m-a =strans =de =gat"}, "so": {"=i =ceejiyay"}, "ar": {"خنقني", "=5ana2ni|=khana2ni"},
		"fa": {"خفه ام کرد", "=khafam =kard"}, "uk": {"=душив|=душила =мене"}, "ru": {"=душил|=душила =меня", "=меня =душил|=душила"},
	}},
	// shooting now
	{"danger", map[string][]string{
		"no": {"=skyter", "=skyting"}, "sv": {"=skjuter", "skottlossning"}, "de": {"=schiesst|=schiessen", "schiesserei", "=schusse"},
		"pl": {"=strzela|=strzelaja", "strzelanin", "=strzaly"}, "tr": {"=ates =ediyor|=ediyorlar|=acti|=actilar", "=silah =sesleri"},
		"ro": {"=trage|=trag =cu =arma|=focuri", "=focuri =de =arma", "impusca"}, "so": {"=rasaas =ayaa|=baa", "=toogasho|=toogtay"},
		"ar": {"عم يطخ|يطخوا", "اطلاق نار", "=3am =ytokh|=yto5|=yetokh"}, "fa": {"تیراندازی", "شلیک میکنه|میکنن", "=tirandazi", "=shelik =mikone|=mikonan"},
		"uk": {"=стріляє|=стріляють", "стрілянин", "=постріли"}, "ru": {"=стреляет|=стреляют", "стрельб", "=выстрелы"},
	}},
	// someone in the water: fell in, not coming up, cannot swim
	{"danger", map[string][]string{
		"no": {"=falt =i =vannet|=sjoen|=elva", "=kan =ikke =svomme"}, "sv": {"=ramlade|=fallit|=foll =i =vattnet|=sjon|=an", "=kan =inte =simma"},
		"de": {"=ins =wasser =gefallen", "=ist =ins =wasser|=becken", "=kann =nicht =schwimmen"},
		"pl": {"=wpadl|=wpadla =do =wody|=jeziora|=rzeki|=morza", "=nie =umie =plywac"}, "tr": {"=suya|=denize|=gole =dustu", "=yuzemiyor"},
		"ro": {"=a =cazut =in =apa|=rau|=mare", "=nu =stie =sa =inoate"}, "so": {"=ku =jira|=ku =dhacay =biyaha|=badda", "=ma =dabaalan =karo"},
		"ar": {"وقع بالمي|بالبحر|بالميه", "=we2e3|=wi2i3 =bel =may|=ba7r", "ما بيعرف يسبح"}, "fa": {"افتاد تو آب|دریا", "=oftad =tu|=too =ab|=darya", "شنا بلد نیست"},
		"uk": {"=впав|=впала =у|=в =воду|=річку|=озеро", "=не =вміє =плавати"}, "ru": {"=упал|=упала =в =воду|=реку|=озеро", "=не =умеет =плавать"},
	}},
	// an older or lone neighbour not opening the door for days
	{"danger", map[string][]string{
		"de": {"=macht|=offnet =seit =tagen =nicht =auf", "=macht =nicht =mehr =auf"},
		"pl": {"=od =dwoch|=trzech|=kilku =dni =nie =otwiera"}, "tr": {"=gundur =kapiyi =acmiyor"}, "ro": {"=nu =mai =deschide =usa"},
		"ar": {"ما عم تفتح|يفتح الباب من"}, "ru": {"=не =открывает =дверь =уже|=несколько"}, "uk": {"=не =відчиняє =двері =вже|=кілька"},
	}},
	// arson and smoke with no way out
	{"danger", map[string][]string{
		"ru": {"подожг|поджег|поджёг|подпалил", "=в =дыму", "=не =можем =выйти|=выбраться"}, "uk": {"підпалив|підпалила", "=у|=в =диму", "=не =можемо =вийти|=вибратися"},
		"pl": {"=w =dymie", "=nie =mozemy =wyjsc|=sie =wydostac"}, "de": {"=voller =rauch", "=kommen =nicht =raus"}, "tr": {"=dumanin =icinde", "=cikamiyoruz"},
		"ro": {"=plin =de =fum", "=nu =putem =iesi"}, "ar": {"مليان دخان", "ما فينا نطلع", "=ma =fina =netla3|=nitla3"}, "fa": {"پر از دود", "نمیتونیم بریم بیرون"},
		"no": {"=full =av =royk", "=kommer =oss =ikke =ut"}, "sv": {"=full =av =rok", "=kan =inte =ta =oss =ut"}, "so": {"=qiiq =ka =buuxo", "=ma =bixi =karno"},
	}},
	// tired of living ('%': thanks do not end it); ending it tonight in the third person (German)
	{"danger", map[string][]string{
		"no": {"%=lei =av =a =leve|=livet"}, "sv": {"%=trott =pa =att =leva|=livet"}, "de": {"%lebensmude", "%=heute =nacht|=abend =schluss =macht|=machen"},
		"pl": {"%=zmeczona|=zmeczony =zyciem"}, "tr": {"%=yasamaktan =yoruldum|=yoruldu|=bikti|=biktim"}, "ro": {"%=obosit|=obosita =de =viata"},
		"so": {"%=nolosha =ka =daalay|=daashay"}, "ar": {"%تعبت من الحياة|الحياه", "%=t3ebt|=te3bet =men =el =7ayat|=7aya"}, "fa": {"%از زندگی خسته", "%=az =zendegi =khaste"},
		"uk": {"%=втомилася|=втомився|=втомилась =жити"}, "ru": {"%=устала|=устал =жить"},
	}},
	// missing: "we cannot find her/him", "not answering since yesterday" (with a kin word, recallMechanisms)
	// rescued, pulled out: a danger told before it is over
	{"over", map[string][]string{
		"no": {"=reddet", "=dro =ham|=henne =opp"}, "sv": {"=raddade|=räddade", "=drog =upp =honom|=henne"}, "de": {"=rausgeholt|=herausgezogen|=gerettet"},
		"pl": {"=wyciagnal|=wyciagneli|=uratowal|=uratowali"}, "tr": {"=kurtardi|=kurtardilar", "=sudan =cikardi|=cikardilar"},
		"ro": {"=l-a|=au =scos|=salvat", "=l-au =salvat"}, "so": {"=la =soo =saaray", "=la =badbaadiyay"}, "ar": {"طلعوه|طلعوها|انقذوه|انقذوها", "=tala3o|=tal3o|=an2azu"},
		"fa": {"نجاتش دادن|دادند", "=nejatesh =dadan"}, "uk": {"=витягнув|=витягли|=врятували|=врятував"}, "ru": {"=вытащил|=вытащили|=спасли|=спас"},
	}},
	// a habit told by a yearly or weekly occasion; fireworks are no shooting
	{habitField, map[string][]string{"de": {"=jedes =jahr|=silvester|=wochenende"}}},
	{otherSenseField, map[string][]string{
		"de": {"=schiesst|=schiessen =raketen|=boller|=feuerwerk", "=um =den =verstand|=schlaf"}, "pl": {"=strzela|=strzelaja =fajerwerki|=petardy|=racami"},
		"ru": {"=стреляет|=стреляют =фейерверк|=петарды|=салют"}, "uk": {"=стріляє|=стріляють =феєрверк|=петарди|=салют"},
	}},
	{missingField, map[string][]string{
		"no": {"=finner =ham|=henne =ikke"}, "sv": {"=hittar =honom|=henne =inte"}, "de": {"=finden =sie|=ihn =nicht"},
		"pl": {"=nie =mozemy =jej|=go =znalezc", "=nie =odbiera =od|=telefonu"}, "tr": {"=onu =bulamiyoruz", "=telefonunu =acmiyor"},
		"ro": {"=nu =o|=il =gasim|=gasesc", "=nu =raspunde =la =telefon"}, "so": {"=ma =heli =karno", "=taleefanka =ma =qabanayo"},
		"ar": {"ما عم نلاقيه|نلاقيها|لاقيه|لاقيها", "ما عم ترد|يرد من", "=ma =3am =trod|=yrod =men|=mn"}, "fa": {"پیداش نمیکنیم", "=peydash =nemikonim", "از دیروز جواب نمیده"},
		"uk": {"=не =можемо =знайти", "=не =відповідає =вже|=добу|=з"}, "ru": {"=не =можем =найти", "=не =отвечает =уже|=сутки|=со|=с"},
	}},
	{kinField, map[string][]string{
		"no": {"=bestemor|=bestefar|=kona|=mannen|=venninna|=venninnen"}, "sv": {"=mormor|=farmor|=morfar|=farfar|=frun|=vaninna|=väninna"},
		"de": {"=oma|=opa|=grossmutter|=grossvater|=schwester|=bruder|=freundin"}, "pl": {"=babcia|=dziadek|=siostra|=brat|=przyjaciolka|=zona"},
		"tr": {"=anneannem|=babaannem|=dedem|=kardesim|=ablam|=abim|=esim"}, "ro": {"=bunica|=bunicul|=sora|=fratele|=prietena|=sotia"},
		"so": {"=inanteyda|=inankeyga|=inankayga|=ayeeyaday|=walaashay|=walaalkay"}, "ar": {"اختي", "اخوي", "اخي", "ستي", "جدي", "مرتي", "صاحبتي", "=o5ti|=okhti|=akhi|=a5uy|=sitti|=jeddi"},
		"fa": {"خواهرم", "برادرم", "مادربزرگم", "همسرم", "=khaharam|=baradaram"}, "uk": {"=бабуся|=дідусь|=сестра|=брат|=подруга|=дружина"},
		"ru": {"=бабушка|=дедушка|=сестра|=брат|=подруга|=жена|=podruga"},
	}},
}

// probeConcepts2: a second probe (20 medical and child dangers, 4 missed): heavy bleeding told as a noun or
// in the feminine, the lips or the tongue swelling (an allergic reaction), told now ('@')
var probeConcepts2 = []foreignConcept{
	{"danger", map[string][]string{
		"de": {"@=starke|=schwere =blutung|=blutungen", "@=lippen|=zunge|=hals|=gesicht =schwellen|=schwillt =an"},
		"tr": {"@=cok =kanamasi|=kanama", "@=kanamasi =var", "@=dudaklari|=dili|=yuzu =sisiyor|=sisti"},
		"ar": {"@تنزف|عم تنزف", "@=3am =tenzef|=tnazzef", "@شفافه|لسانه|وجهه عم يورم|يتورم|ورم"},
		"pl": {"@=usta|=jezyk|=wargi =puchna|=puchnie|=spuchly|=spuchl"}, "ro": {"@=buzele|=limba =se =umfla|=s-au =umflat"},
		"ru": {"@=губы|=язык =отекают|=опухают|=опухли|=распухли", "@=отекают|=опухают|=опухли|=распухли =губы|=язык"}, "uk": {"@=губи|=язик =набрякають|=опухли|=розпухли", "@=набрякають|=опухли|=розпухли =губи|=язик"},
		"fa": {"@لبش|زبونش|لباش ورم کرده|باد کرده"}, "so": {"@=bushimaha|=carrabka =ayaa =bararay|=barara"},
		"no": {"@=leppene|=tungen =hovner"}, "sv": {"@=lapparna|=läpparna|=tungan =svullnar"},
	}},
}

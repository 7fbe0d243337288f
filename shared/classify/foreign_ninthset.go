package classify

// Session 7 (issue 11): the ninth blind set's misses, read for their mechanism and written by concept
// for every language the foreign lists read, never as one text's words (tests: ninthset_test.go).
var ninthSetConcepts = []foreignConcept{
	// hiding now: the writer (and the children) locked in a room or hiding from someone in the home
	{"danger", langCues{
		langNO: {"=last =meg|=oss =inne", "=har =last =meg|=oss =inn|=inne", "=gjemmer =meg|=oss", "=stengt =meg|=oss =inne"},
		langSV: {"=har =last =in =mig|=oss", "=lasit =in =mig|=oss", "=gommer =mig|=oss", "=lasst =oss =in", "=stangt =in =mig|=oss"},
		langDE: {"=mich|=uns =eingesperrt|=eingeschlossen", "=verstecke|=verstecken =mich|=uns", "=im =bad|=badezimmer|=schlafzimmer =eingeschlossen"},
		langPL: {"=zamknelam|=zamknalem|=zamknela|=zamknal|=zamknelismy|=zamknelysmy|=zamykam =sie", "=sie =zamknelam|=zamknalem|=zamknelismy|=zamknelysmy", "=zamknieta|=zamkniety|=zamknieci =w =lazience|=pokoju|=sypialni", "=ukrywam|=ukrywamy|=chowam|=chowamy =sie", "=sie =ukrywam|=ukrywamy|=chowam|=chowamy"},
		langTR: {"kilitlendim|kilitlendik", "=kendimi|=kendimizi =kilitledim|=kilitledik", "=banyoya|=odaya =kilitledim|=kilitledik|=kapandim|=kapandik", "=saklaniyorum"},
		langRO: {"=m-am|=ne-am =incuiat|=baricadat|=inchis =in =baie|=camera|=dormitor", "=m-am|=ne-am =incuiat|=baricadat", "=ma|=ne =ascund|=ascundem"},
		langSO: {"=isku =xiray|=xirnay|=xidhay|=xidhnay", "=waan =dhuumanayaa|=dhuumanaynaa", "=qolka|=musqusha =ayaan|=ayaannu =isku"},
		langAR: {"قفلت على حالي|نفسي|حالنا", "سكرت على حالي|حالنا|نفسي", "اقفلت على نفسي", "مختبئه|مختبئين|متخبيه|مخبايه", "=2afalt|=sakkart|=2falt =3ala|=3a =7ali|=7alna|=nafsi"},
		langFA: {"قایم شدم|شدیم", "قایم شده ام", "در رو قفل کردم|کردیم", "=ghayem|=ghaym =shodam|=shodim", "=dar =ro =ghofl =kardam|=kardim", "=khodamo =too|=tu =hamoom|=otagh"},
		langUK: {"зачинилас|зачинився|зачинилис|замкнулас|замкнувс|замкнулис", "=ховаюся|=ховаюсь|=ховаємося|=ховаємось"},
		langRU: {"заперлас|заперс|заперлис|закрылас|закрылис|=закрылся", "=прячусь|=прячемся"},
	}},
	// violence at home going on now: throwing things (at people, around the flat)
	{"danger", langCues{
		langNO: {"=kaster =ting|=gjenstander|=tallerkener|=med"},
		langSV: {"=kastar =saker|=grejer|=foremal|=tallrikar|=med"},
		langDE: {"=wirft =mit|=sachen|=gegenstande|=teller|=geschirr"},
		langPL: {"=rzuca|=rzucaja =rzeczami|=przedmiotami|=talerzami|=czym|=meblami|=wszystkim"},
		langTR: {"=esyalari|=esya|=tabaklari =firlatiyor|=atiyor|=kiriyor"},
		langRO: {"=arunca =cu =lucruri|=obiecte|=farfurii|=ce"},
		langSO: {"=alaabta|=waxyaabaha =ayuu =tuurayaa|=tuuraya", "=wax =buu =tuurayaa|=tuuraya"},
		langAR: {"=3am =yirmi|=yermi|=yerme|=yezrob =aghrad|=ghradi|=eshya|=shi", "عم يرمي|يكسر الاغراض|اغراض|اشياء|شي", "يرمي الاغراض|الاشياء"},
		langFA: {"وسایل رو پرت", "پرت میکنه|میکند", "=vasayel =ro =part", "=part =mikone|=mikonad"},
		langUK: {"=кидає|=кидається|=жбурляє =речі|=речами|=посуд|=посудом|=чим"},
		langRU: {"=кидает|=кидается|=швыряет|=бросает|=бросается =вещи|=вещами|=посуду|=посудой|=чем"},
	}},
	// a call for help: "send someone / the police / an ambulance" in the imperative
	{"help", langCues{
		langNO: {"=send =noen|=politi|=politiet|=ambulanse|=hjelp|=folk"},
		langSV: {"=skicka =nagon|=polis|=polisen|=ambulans|=hjalp"},
		langDE: {"=schicken =sie =jemanden|=hilfe|=die|=einen", "=schickt =jemanden|=hilfe|=die|=einen"},
		langPL: {"=przyslijcie|=wyslijcie|=przyslijcie =kogos|=policje|=karetke|=pomoc|=patrol", "=prosze =przyslac|=wyslac =kogos|=policje|=karetke|=pomoc|=patrol"},
		langTR: {"=birini|=birilerini|=polis|=ambulans|=yardim|=ekip =gonderin|=yollayin"},
		langRO: {"=trimiteti|=trimite =pe =cineva", "=trimiteti|=trimite =politia|=ambulanta|=ajutor|=echipajul"},
		langSO: {"=soo =dira|=diraa|=diro =qof|=booliska|=ambalaas|=gargaar"},
		langAR: {"ابعتوا|ابعثوا|ارسلوا حدا|احد|الشرطه|الاسعاف|مساعده", "=ib3atu|=eb3atu|=ab3atu|=b3atu|=ib3ato|=eb3ato =7ada|=7ad|=shorta|=elshorta|=is3af|=es3af|=police"},
		langFA: {"یکی رو|را بفرستید|بفرستین", "پلیس|آمبولانس|اورژانس بفرستید|بفرستین", "=yeki =ro =befrestid|=befrestin", "=polis|=ambulance|=amboolans|=orzhans =befrestid|=befrestin"},
		langUK: {"=надішліть|=пришліть|=відправте|=направте =когось|=поліцію|=швидку|=допомогу|=наряд"},
		langRU: {"=пришлите|=отправьте|=направьте|=вышлите =полицию|=скорую|=помощь|=наряд", "=пришлите|=отправьте|=вышлите =кого|=хоть"},
	}},
	// self-harm by cutting (wrists, veins, arms) and bleeding that will not stop: a state told now ('@')
	{"danger", langCues{
		langNO: {"=skar|=kuttet =seg =i =handleddene|=handleddet|=armene|=armen", "=kuttet|=kutter =seg", "@=blodningen =stopper|=vil =ikke|=stanser", "@=blodet =stopper|=vil =ikke", "@=slutter =ikke =a =blo"},
		langSV: {"=skar|=skurit =sig =i =handlederna|=handleden|=armarna|=armen", "=skar|=skurit|=skar =upp =sig|=pulsadern|=pulsadrorna", "@=blodningen =slutar|=vill =inte|=gar =inte", "@=blodet =slutar|=vill =inte|=gar =inte", "@=slutar =inte =blo"},
		langDE: {"pulsader", "=die =arme|=handgelenke =aufgeschnitten|=aufgeritzt", "=sich =geschnitten|=aufgeschnitten", "@=blutung|=blut =hort|=stoppt =nicht", "@=hort =nicht =auf =zu =bluten"},
		langPL: {"=podcial|=podciela|=pocial|=pociela =sobie =zyly|=nadgarstki|=rece", "=podcial|=podciela|=pocial|=pociela =zyly|=sie", "=tnie =sie|=sobie", "@=krew =nie =przestaje", "@=krew =nie =chce =przestac", "@=nie =mozemy|=moge =zatamowac|=zatrzymac =krwi|=krwawienia", "@=krwawienie =nie =ustaje|=przestaje"},
		langTR: {"=bileklerini|=bilegini|=kollarini|=damarlarini =kesti|=kesmis", "=kendini =kesti|=kesiyor", "@=kan =durmuyor", "@=kanama =durmuyor|=dinmiyor", "@=kanamayi =durduramiyoruz|=durduramiyorum"},
		langRO: {"=si-a =taiat =venele|=incheieturile|=mainile|=bratele", "=isi =taie =venele", "@=sangele =nu =se =opreste|=opreste", "@=sangerarea =nu =se =opreste", "@=nu =putem =opri =sangele|=sangerarea"},
		langSO: {"=gacmaha|=xididdada =iska =jaray|=jartay", "=is =jaray|=jartay", "@=dhiigu|=dhiiggu|=dhiigga =ma =joogsanayo|=istaagayo|=joogsan", "@=dhiigbaxu =ma =joogsanayo"},
		langAR: {"قطع شرايينه|شريانه|عروقه|ايده|معصمه", "قطعت شرايينها|شريانها|عروقها|ايدها|معصمها", "جرح حاله|نفسه|حالها|نفسها", "@الدم ما عم يوقف", "@الدم ما يوقف|بيوقف", "@الدم لا يتوقف", "@النزيف ما عم يوقف|لا يتوقف", "=2ata3|=2at3at|=qata3 =shrayino|=3ro2o|=3rou2o|=3ro2a|=ido|=ida", "@=el =damm|=dam|=nazif =ma =3am =yo2af|=yoo2af|=yw2af"},
		langFA: {"رگ دستش|دستشو", "رگش|رگشو زده|زد", "@خون بند نمیاد|نمیاید|نمی آید", "@خونریزی بند نمیاد|قطع نمیشه", "=ragesho|=ragesh|=rag =zade|=zad", "@=khoon|=khun =band =nemiad|=nemiyad", "@=khoonrizi|=khunrizi =band =nemiad|=ghat =nemishe"},
		langUK: {"=порізав|=порізала|=розрізав|=розрізала =собі =вени|=зап'ястя|=руки", "=порізав|=порізала =вени", "@=кров =не =зупиняється|=зупиняється", "@=кровотеча =не =зупиняється"},
		langRU: {"=порезал|=порезала|=вскрыл|=вскрыла|=разрезал|=разрезала =себе =вены|=запястья|=руки", "=порезал|=порезала|=вскрыл|=вскрыла =вены", "@=кровь =не =останавливается|=останавливается", "@=кровотечение =не =останавливается"},
	}},
	// someone else does not want to live or wants to die (the writer's own words are in foreign_recall.go);
	// '%': thanks in the text do not end it
	{"danger", langCues{
		langNO: {"%=vil =ikke =leve =lenger|=mer", "%=han|=hun =vil =do"},
		langSV: {"%=vill =inte =leva =langre|=mer", "%=han|=hon =vill =do"},
		langDE: {"%=will =nicht =mehr =leben", "%=er|=sie =will =sterben"},
		langPL: {"%=nie =chce =juz =zyc", "%=chce =umrzec"},
		langTR: {"%=yasamak =istemedigini|=istemiyormus", "%=olmek =istiyor|=istedigini"},
		langRO: {"%=nu =mai =vrea =sa =traiasca", "%=nu =vrea =sa =mai =traiasca", "%=vrea =sa =moara"},
		langSO: {"%=ma =rabo =inuu|=inay =noolaado|=noolaato", "%=ma =rabo =inuu|=inay =sii =noolaado", "%=wuxuu|=waxay =rabaa|=doonayaa =inuu|=inay =dhinto"},
		langAR: {"%ما بدو يعيش", "%ما بدها تعيش", "%لا يريد ان يعيش", "%لا تريد ان تعيش", "%بدو يموت", "%بدها تموت", "%=ma =baddo|=bado|=beddo =y3ish|=ye3eesh|=y3eesh", "%=ma =badda|=bada|=bedda =t3ish|=te3eesh|=t3eesh", "%=baddo|=bado =ymoot|=ymout|=ymut", "%=badda|=bada =tmoot|=tmout|=tmut"},
		langFA: {"%نمیخواد زندگی کنه|کند", "%نمیخواهد زندگی کند", "%نمیخواهد زنده بماند", "%میخواد بمیره", "%میخواهد بمیرد", "%=nemikhad =zendegi|=zende", "%=mikhad =bemire"},
		langUK: {"%=не =хоче =жити", "%=не =хоче =більше =жити", "%=хоче =померти"},
		langRU: {"%=не =хочет =жить", "%=не =хочет =больше =жить", "%=больше =не =хочет =жить", "%=хочет =умереть"},
	}},
	// breaking in or breaking the door open, told in the infinitive after "trying to"
	{"danger", langCues{
		langNO: {"=bryte =opp =doren|=dora|=vinduet|=lasen", "=prover =a =komme|=ta =seg =inn", "=prover =a =komme =inn", "=prover =a =bryte"},
		langSV: {"=bryta =upp =dorren|=fonstret|=laset", "=forsoker =komma|=ta =sig =in", "=forsoker =komma =in", "=forsoker =bryta"},
		langDE: {"aufzubrechen", "einzubrechen", "=versucht =reinzukommen|=hereinzukommen|=einzudringen"},
		langPL: {"=probuje|=probuja =wywazyc|=wlamac|=wejsc|=wtargnac|=otworzyc|=wywazyc", "=wywazyc =drzwi"},
		langTR: {"=iceri =girmeye =calisiyor|=calisiyorlar", "=kapiyi =acmaya|=kirmaya =calisiyor"},
		langRO: {"=sa =sparga =usa|=geamul", "=sa =forteze =usa|=intrarea"},
		langSO: {"=albaabka =jebinaya|=jabinaya|=furaya", "=isku =dayaya =albaabka"},
		langAR: {"يحاول يكسر|يفتح|يفوت|يدخل", "يحاول كسر الباب|الدخول|فتح الباب", "=3am =y7awel|=ye7awel|=yhawel =yiksor|=yeksor|=yfut|=yfout|=yefta7|=yifta7"},
		langFA: {"میخواد در رو بشکنه|باز کنه", "سعی میکنه وارد", "سعی میکنه در رو", "=mikhad =dar =ro =beshkane|=baz", "=sai =mikone =dar|=vared"},
		langUK: {"=намагається|=пробує =зламати|=вибити|=відчинити =двері", "=намагається|=пробує =залізти|=проникнути|=увірватися"},
		langRU: {"=пытается|=пробует =сломать|=выбить|=выломать|=открыть =дверь", "=пытается|=пробует =залезть|=проникнуть|=ворваться"},
	}},
	// now: "immediately" and "right now" in the languages that lacked them
	{"now", langCues{
		langNO: {"=umiddelbart", "=med =en =gang"}, langSV: {"=omedelbart", "=genast"}, langPL: {"=natychmiast", "=w =tej =sekundzie"},
		langTR: {"=hemen", "=su =an"}, langRO: {"=imediat", "=in =momentul =asta"}, langSO: {"=isla =markiiba", "=hadda =hadda"},
		langAR: {"فورا", "حالا", "=foran|=7alan"}, langFA: {"فورا", "همین الان", "=foran", "=hamin =alan|=alaan"},
		langUK: {"=негайно", "=прямо =зараз"}, langRU: {"=немедленно", "=прямо =сейчас"},
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
	{threatField, langCues{
		langNO: {"truer|truet|truende"}, langSV: {"hotar|hotat|hotade"}, langDE: {"=droht|=bedroht|=drohte|=drohen"},
		langPL: {"=grozi|=grozil|=grozila|=groza|=grozba"}, langTR: {"tehdit"}, langRO: {"amenint"}, langSO: {"hanjab"},
		langAR: {"يهدد|تهديد|هدد", "bihaddid|yhadded|ihaded|bihadded|yhaded"}, langFA: {"تهدید", "tahdid"},
		langUK: {"погрожу|погроз"}, langRU: {"угрожа|угроз"},
	}},
	{threatObjectField, langCues{
		langNO: {"oppsigelse|utkastelse|anmeldelse|=sparken|=saksoke", "=si =meg =opp", "=kaste =meg|=oss =ut"},
		langSV: {"uppsagning|avsked|vrakning|polisanmal|=sparka|=stamma", "=saga =upp =mig", "=kasta =ut =mig|=oss"},
		langDE: {"kundigung|entlassung|rauswurf|rausschmiss|=anzeige|=verklagen|=klage", "=zu =kundigen|=entlassen|=verklagen", "=anzuzeigen|=rauszuwerfen"},
		langPL: {"zwolnieni|eksmisj|=wyrzuceniem|=sadem|=pozwem|=donosem|=mandatem", "=zwolnic|=zwolni|=wyrzucic|=pozwac|=eksmitowac"},
		langTR: {"=isten cikar", "kovmakla|kovacagini|cikarmakla|tahliye|=dava|=davayla"},
		langRO: {"concedier|evacuare|=proces|=amenda|=reclamatie", "=dat|=da =afara", "=sa =ma =concedieze", "=sa =ma|=ne =dea =afara"},
		langSO: {"=shaqada =iga =eryi|=ceyri", "=guriga =iga =saari|=eryi", "dacwad"},
		langAR: {"بالطرد|بالفصل|بالاخلاء|بالشكوى|بالمحكمه|بالمحكمة", "يطردني|يفصلني", "=bel|=bil =tard|=tared|=fasl|=ma7kame", "=ytrodni|=yefsolni"},
		langFA: {"اخراج|شکایت|دادگاه", "=ekhraj|=shekayat|=dadgah"},
		langUK: {"звільненн|виселенн|=судом|=штрафом", "=звільнити|=виселити|=звільнить"},
		langRU: {"увольнени|выселени|=судом|=штрафом|=заявлением", "=уволить|=выселить|=уволит|=уволю"},
	}},
	{workField, langCues{
		langNO: {"=sjefen|=sjef|=arbeidsgiveren|=arbeidsgiver", "=pa =jobben|=arbeid"},
		langSV: {"=chefen|=arbetsgivaren|=arbetsgivare", "=pa =jobbet|=arbetet"},
		langDE: {"=chef|=chefin|=arbeitgeber|=vorgesetzter|=vorgesetzte", "=auf =der =arbeit", "=bei =der =arbeit", "=im =buro|=betrieb"},
		langPL: {"=szef|=szefowa|=pracodawca|=kierownik|=kierowniczka", "=w =pracy"},
		langTR: {"=sefim|=patronum|=mudurum|=isverenim", "isyerinde", "=is =yerinde"},
		langRO: {"=seful|=sefa|=angajatorul|=patronul", "=la =serviciu|=munca|=lucru"},
		langSO: {"=maamulaha", "=madaxa =shaqada", "=shaqada"},
		langAR: {"مديري|المدير", "صاحب|رب الشغل|العمل", "بالشغل", "في الشغل|العمل", "=modiri|=mudiri|=el =mudir", "=bel =shoghl|=fel =shoghl"},
		langFA: {"رئیسم|رییسم|کارفرما|مدیرم", "سر کار", "=raeisam|=raisam|=karfarma", "=sare =kar"},
		langUK: {"=начальник|=начальниця|=роботодавець|=керівник", "=на =роботі"},
		langRU: {"=начальник|=начальница|=работодатель|=руководитель", "=на =работе"},
	}},
	{habitField, langCues{
		langNO: {"=hver =natt|=kveld|=dag|=uke|=helg", "=i =flere =maneder|=ar|=uker", "=i =manedsvis|=arevis|=ukevis", "=alltid", "=hele =tiden"},
		langSV: {"=varje =natt|=kvall|=dag|=vecka|=helg", "=i =flera =manader|=ar|=veckor", "=i =manader|=ar|=veckor", "=alltid", "=hela =tiden"},
		langDE: {"=jede =nacht|=woche", "=jeden =abend|=tag", "=seit =monaten|=jahren|=wochen", "=immer =wieder", "=standig|=dauernd"},
		langPL: {"=co =noc|=wieczor|=tydzien|=dzien|=weekend", "=codziennie|=conocnie", "=od =miesiecy|=lat|=tygodni", "=za =kazdym =razem", "=zawsze"},
		langTR: {"=her =gece|=aksam|=hafta|=gun", "=aylardir|=yillardir|=haftalardir", "=surekli", "=hep"},
		langRO: {"=in =fiecare =noapte|=seara|=saptamana|=zi", "=de +=luni|=ani|=saptamani", "=mereu", "=tot =timpul", "=zilnic"},
		langSO: {"=habeen|=toddobaad|=maalin =kasta", "=bilooyin|=sanado", "=had =iyo =jeer", "=mar =walba"},
		langAR: {"كل ليله|اسبوع|يوم|جمعه", "من شهور|سنين|اشهر", "دايما|دائما", "=kel|=kol =lele|=leile|=jom3a|=yom|=yoom|=esbou3|=osbo3", "=min|=men|=mn =shhour|=shuhur|=snin|=ashhor", "=dayman|=daiman|=daymen"},
		langFA: {"هر شب|هفته|روز", "چند ماهه|ساله", "ماه هاست", "ماههاست", "همیشه", "=har =shab|=hafte|=rooz|=ruz", "=chand =mahe|=sale", "=hamishe"},
		langUK: {"=щоночі|=щовечора|=щодня|=щотижня", "=кожної =ночі|=неділі", "=кожного =вечора|=дня|=тижня", "=місяцями|=роками", "=вже =кілька =місяців|=років", "=постійно", "=завжди"},
		langRU: {"=каждую =ночь|=неделю", "=каждый =вечер|=день", "=месяцами|=годами", "=уже =несколько =месяцев|=лет", "=постоянно", "=всегда"},
	}},
	{helpCameField, langCues{
		langNO: {"=ambulansen|=politiet|=brannvesenet =kom|=var =der"},
		langSV: {"=ambulansen|=polisen|=brandkaren =kom|=var =dar"},
		langDE: {"=krankenwagen|=notarzt|=rettungswagen|=polizei|=feuerwehr =kam|=kamen", "=kam =der =krankenwagen|=notarzt|=rettungswagen", "=kam =die =polizei|=feuerwehr", "=krankenwagen|=notarzt|=polizei =war =da|=ist =gekommen"},
		langPL: {"=karetka|=policja|=straz|=pogotowie|=ratownicy =przyjechala|=przyjechal|=przyjechali|=byla|=byli"},
		langTR: {"=ambulans|=polis|=itfaiye =geldi|=geldiler"},
		langRO: {"=ambulanta|=politia|=pompierii =a|=au =venit|=sosit"},
		langSO: {"=ambalaaska|=booliska|=gurmadka =way|=ayaa|=ayay =yimid|=yimaadeen|=timid"},
		langAR: {"الاسعاف|الشرطه|البوليس وصل|وصلت|اجا|اجت|اجو|جاء|جاءت", "وصل|وصلت|اجا|اجت الاسعاف|الشرطه"},
		langFA: {"آمبولانس|اورژانس|پلیس اومد|آمد|اومدن|آمدند|رسید|رسیدن"},
		langUK: {"=швидка|=поліція|=рятувальники =приїхала|=приїхали|=приїхав"},
		langRU: {"=скорая|=полиция|=спасатели =приехала|=приехали|=приехал"},
	}},
	{otherSenseField, langCues{
		langFA: {"زنگ|حرف|سر|صدا میزنه|میزند|زد|بزنه|بزند|میزنن|زدند|زدن", "اتفاق|اتفاقی|اتفاقات افتاد|افتاده", "=zang|=harf|=sar =mizane|=mizanad|=zad|=bezane|=bezanad|=mizanan|=zadan|=zadam|=bezan|=bezanid|=bezanin",
			"=etefagh|=etefaghi|=ettefagh|=ettefaghi =oftad|=oftade|=biofte|=mioftad|=miofte"},
		langAR: {"ضربت|ضرب تلفون|تليفون|تلفونات", "=darabt|=darab =telefon|=talafon|=tlifon"},
	}},
	{"over", langCues{
		langNO: {"=har =det =bra|=fint =na", "=er =fin|=ok|=bra =na"},
		langSV: {"=har =det =bra =nu", "=ar =bra|=ok =nu"},
		langDE: {"=bin|=sind =umgezogen|=weggezogen|=ausgezogen", "=geht =es =ihm|=ihr|=mir =wieder =gut"},
		langPL: {"=jest =juz =dobrze", "=juz =dobrze", "=wyprowadzilam|=wyprowadzilem|=przeprowadzilam|=przeprowadzilem|=wyprowadzilismy =sie"},
		langTR: {"=iyi =simdi", "iyilesti", "=tasindim|=tasindik"},
		langRO: {"=sunt =bine", "=e|=este =bine", "=m-am|=ne-am =mutat"},
		langSO: {"=hadda =waa =fiican|=caafimaad", "=wuu|=way =fiican =yahay", "=waan =guuray|=guurnay"},
		langAR: {"هلق منيح|منيحه|بخير", "=halla2|=hala2 =mni7|=mnee7|=bkheir|=mni7a", "انتقلت من|عزلت من"},
		langFA: {"الان خوبه", "حالش خوبه", "=alan =khoobe|=khube", "اسباب کشی کردم|کردیم", "=asbab =keshi =kardam|=kardim"},
		langUK: {"=вже =в =порядку", "=він|=вона =в =порядку"},
		langRU: {"=уже =в =порядке", "=он|=она =в =порядке"},
	}},
	// brush-offs: "must someone die first?", "there is nothing we can do", "nobody comes" (not_taken_seriously)
	{nts, langCues{
		langNO: {"=ma =noen =do", "=ma =det =skje =en =ulykke"},
		langSV: {"=maste =nagon =do", "=maste =nagot =handa"},
		langDE: {"=muss =erst =jemand =sterben", "=muss =jemand =sterben", "=muss =erst =etwas =passieren"},
		langPL: {"=czy =ktos =musi =zginac|=umrzec", "=musi =ktos =zginac|=umrzec", "=musi =sie =cos =stac"},
		langTR: {"=birinin =olmesi =mi", "=biri =olmeden"},
		langRO: {"=trebuie =sa =moara =cineva", "=sa =moara =cineva"},
		langSO: {"=ma =jiro =wax =ay =samayn|=qaban", "=wax =ay =samayn|=qaban =karaan", "=qof =ma =dhimanaya"},
		langAR: {"لازم حدا يموت", "=lazem =7ada =ymoot|=ymut"},
		langFA: {"باید یکی بمیره", "=bayad =yeki =bemire"},
		langUK: {"=хтось =має|=повинен =померти"},
		langRU: {"=кто-то =должен =умереть", "=должен =кто-то =умереть"},
	}},
	{rt, langCues{langPL: {"=nikt =nie =przyjezdza"}}},
}

// ninthSetConductConcepts: the ninth set's conduct, by concept in every language: staff laughing at the
// writer in the word orders the lists lacked, "shut up" and pushing
// by staff (only in a sentence that names staff: '^'; "hat nur gelacht", laughed it off, is a brush-off), telling
// it in front of the neighbours ('!^': the ones told are named, and staff, named first in the sentence, tells); and who else a conduct word may be about: kin and the boss.
var ninthSetConductConcepts = []foreignConcept{
	{"conduct", langCues{
		langNO: {"^=hold =kjeft|=munn", "^=dyttet|=skubbet =meg", "!^=foran =naboene|=alle|=barna", "^=lo =av =meg"},
		langSV: {"^=hall =kaften|=truten|=klaffen", "^=knuffade|=puttade|=knuffat =mig", "!^=infor|=framfor =grannarna|=alla|=barnen"},
		langDE: {"^=halt|=halten =sie =den =mund|=die =klappe|=schnauze", "^=halt =die =klappe|=schnauze", "^=halt =den =mund", "^=hat =mich =geschubst|=gestossen", "^=schubste|=stiess =mich",
			"!^=vor =den|=allen =nachbarn|=kindern", "^=hat|=haben +=gelacht", "^=lachte|=lachten =mich =aus", "^=lachte|=lachten =und"},
		langPL: {"=sie =ze =mnie =smial|=smiala|=smiali|=nabijal|=nabijala|=nabijali", "=smial|=smiala|=smiali =sie =ze =mnie", "=nabijal|=nabijala|=nabijali =sie =ze =mnie",
			"^=zamknij =sie|=morde|=dziob|=japę|=jape", "^=stul =pysk", "^=popchnal|=popchnela|=pchnal|=pchnela|=odepchnal =mnie", "!^=przy|=przed =sasiadami|=sasiadach|=wszystkimi|=dziecmi"},
		langTR: {"^=sus|=kapa =ceneni", "^=sesini =kes", "^=beni =itti|=itekledi", "!^=komsularin|=herkesin|=cocuklarimin =onunde"},
		langRO: {"^=taci|=tac =din =gura", "^=sa =tac", "^=m-a =impins|=imbrancit|=busculat", "!^=in =fata =vecinilor|=tuturor|=copiilor"},
		langSO: {"=igu =qososhay|=qoslay|=qosleen|=qoshay", "^=aamus|=iska =aamus", "^=i =riixay|=riixday|=tuuray", "!^=deriska|=dadka =hortooda|=hor"},
		langAR: {"^اسكت|اخرس|اسكتي|اخرسي", "^=oskot|=eskot|=iskot|=os2ot|=ikhras|=5ras|=ekhras", "^دفعني|دزني|زقني", "^=dafa3ni|=dazzni|=za22ni", "!^قدام|امام الجيران|الناس|الولاد", "!^=2oddam|=odam|=quddam =el =jiran|=jeeran|=nas"},
		langFA: {"^خفه شو|شید", "^ساکت شو|باش", "^=khafe|=saket =sho|=shid|=bash", "^هلم داد|هولم داد", "^=holam =dad", "!^جلوی همسایه|مردم|بچه", "!^=jeloye =hamsaye|=mardom|=bacheha", "!^با صدای بلند گفت"},
		langUK: {"^=замовкни|=замовкніть|=заткнись", "^=закрий|=закрийте =рота|=рот", "^=штовхнув|=штовхнула|=пхнув =мене", "!^=при =сусідах|=всіх|=дітях", "!^=перед =сусідами"},
		langRU: {"^=заткнись|=замолчи|=заткнитесь|=замолчите", "^=закрой|=закройте =рот", "^=толкнул|=толкнула|=пихнул|=пихнула =меня", "!^=при =соседях|=всех|=детях", "!^=перед =соседями"},
	}},
	// staff: the one at the emergency line, the agent who came
	{"staff", langCues{
		langDE: {"=am|=vom|=beim =notruf", "notruf"}, langRO: {"=agentul|=agenta|=agentului|=agent"},
		langPL: {"=pan|=pani =z =numeru|=pod =112|=114"}, langSO: {"=gabadha|=ninka =taleefanka"},
	}},
	// someone else: the boss, and kin opening their sentence ('?': "Kardeşim … telefonu kapattı" is the
	// brother's doing; "sagte zu meiner Tochter" names whom staff spoke to) — a conduct word about them is not staff's
	{"third", langCues{
		langNO: {"?=broren|=bror|=soster|=sosteren|=sonnen|=datteren", "=sjefen|=sjef|=arbeidsgiveren"},
		langSV: {"?=brorsan|=bror|=brodern|=syster|=systern|=sonen|=dottern", "=chefen|=arbetsgivaren"},
		langDE: {"?=bruder|=schwester|=sohn|=tochter", "=chef|=chefin|=arbeitgeber|=vorgesetzter|=vorgesetzte"},
		langPL: {"?=brat|=siostra|=syn|=corka", "=szef|=szefowa|=pracodawca|=kierownik"},
		langTR: {"?kardesim|=annem|=babam|=oglum|=kizim|=esim|=abim|=ablam", "=sefim|=patronum|=patron|=mudurum"},
		langRO: {"?=fratele|=sora|=fiul|=fiica", "=seful|=sefa|=patronul|=angajatorul"},
		langSO: {"?=walaalkay|=walaashay|=wiilkayga|=gabadhayda", "=maamulaha"},
		langAR: {"?اخي|اختي|ابني|بنتي", "?=akhi|=a5i|=o5ti|=ukhti|=ebni|=binti", "مديري|المدير", "=modiri|=mudiri"},
		langFA: {"?برادرم|خواهرم|پسرم|دخترم", "رئیسم|رییسم|کارفرما|مدیرم", "?=baradaram|=khaharam|=pesaram|=dokhtaram", "=raeisam|=raisam|=karfarma"},
		langUK: {"?=брат|=сестра|=син|=донька|=дочка", "=начальник|=начальниця|=роботодавець"},
		langRU: {"?=брат|=сестра|=сын|=дочь|=дочка", "=начальник|=начальница|=работодатель"},
	}},
	// the Farsi "shut up" is no choking
	{otherSenseField, langCues{langFA: {"خفه شو|شید|شین", "=khafe =sho|=shid|=shin"}}},
}

// probeConcepts: dangers found missing by session 7's own recall probe (60 sentences of danger written
// for it in every language, rated 3 on 114 so no net helps; 12 missed before), written by concept.
var probeConcepts = []foreignConcept{
	// strangled, in the past forms: with fear now it is a threat that makes fear danger (recallMechanisms)
	{"danger", langCues{
		langNO: {"=kvalte =meg"}, langSV: {"=strop|=ströp =mig"}, langDE: {"=hat =mich =gewurgt", "=wurgte =mich"}, langPL: {"=dusil|=dusila =mnie", "=mnie =dusil|=dusila"},
		langTR: {"=bogazimi =sikti"}, langRO: {"=m-a =strans =de =gat"}, langSO: {"=i =ceejiyay"}, langAR: {"خنقني", "=5ana2ni|=khana2ni"},
		langFA: {"خفه ام کرد", "=khafam =kard"}, langUK: {"=душив|=душила =мене"}, langRU: {"=душил|=душила =меня", "=меня =душил|=душила"},
	}},
	// shooting now
	{"danger", langCues{
		langNO: {"=skyter", "=skyting"}, langSV: {"=skjuter", "skottlossning"}, langDE: {"=schiesst|=schiessen", "schiesserei", "=schusse"},
		langPL: {"=strzela|=strzelaja", "strzelanin", "=strzaly"}, langTR: {"=ates =ediyor|=ediyorlar|=acti|=actilar", "=silah =sesleri"},
		langRO: {"=trage|=trag =cu =arma|=focuri", "=focuri =de =arma", "impusca"}, langSO: {"=rasaas =ayaa|=baa", "=toogasho|=toogtay"},
		langAR: {"عم يطخ|يطخوا", "اطلاق نار", "=3am =ytokh|=yto5|=yetokh"}, langFA: {"تیراندازی", "شلیک میکنه|میکنن", "=tirandazi", "=shelik =mikone|=mikonan"},
		langUK: {"=стріляє|=стріляють", "стрілянин", "=постріли"}, langRU: {"=стреляет|=стреляют", "стрельб", "=выстрелы"},
	}},
	// someone in the water: fell in, not coming up, cannot swim
	{"danger", langCues{
		langNO: {"=falt =i =vannet|=sjoen|=elva", "=kan =ikke =svomme"}, langSV: {"=ramlade|=fallit|=foll =i =vattnet|=sjon|=an", "=kan =inte =simma"},
		langDE: {"=ins =wasser =gefallen", "=ist =ins =wasser|=becken", "=kann =nicht =schwimmen"},
		langPL: {"=wpadl|=wpadla =do =wody|=jeziora|=rzeki|=morza", "=nie =umie =plywac"}, langTR: {"=suya|=denize|=gole =dustu", "=yuzemiyor"},
		langRO: {"=a =cazut =in =apa|=rau|=mare", "=nu =stie =sa =inoate"}, langSO: {"=ku =jira|=ku =dhacay =biyaha|=badda", "=ma =dabaalan =karo"},
		langAR: {"وقع بالمي|بالبحر|بالميه", "=we2e3|=wi2i3 =bel =may|=ba7r", "ما بيعرف يسبح"}, langFA: {"افتاد تو آب|دریا", "=oftad =tu|=too =ab|=darya", "شنا بلد نیست"},
		langUK: {"=впав|=впала =у|=в =воду|=річку|=озеро", "=не =вміє =плавати"}, langRU: {"=упал|=упала =в =воду|=реку|=озеро", "=не =умеет =плавать"},
	}},
	// an older or lone neighbour not opening the door for days
	{"danger", langCues{
		langDE: {"=macht|=offnet =seit =tagen =nicht =auf", "=macht =nicht =mehr =auf"},
		langPL: {"=od =dwoch|=trzech|=kilku =dni =nie =otwiera"}, langTR: {"=gundur =kapiyi =acmiyor"}, langRO: {"=nu =mai =deschide =usa"},
		langAR: {"ما عم تفتح|يفتح الباب من"}, langRU: {"=не =открывает =дверь =уже|=несколько"}, langUK: {"=не =відчиняє =двері =вже|=кілька"},
	}},
	// arson and smoke with no way out
	{"danger", langCues{
		langRU: {"подожг|поджег|поджёг|подпалил", "=в =дыму", "=не =можем =выйти|=выбраться"}, langUK: {"підпалив|підпалила", "=у|=в =диму", "=не =можемо =вийти|=вибратися"},
		langPL: {"=w =dymie", "=nie =mozemy =wyjsc|=sie =wydostac"}, langDE: {"=voller =rauch", "=kommen =nicht =raus"}, langTR: {"=dumanin =icinde", "=cikamiyoruz"},
		langRO: {"=plin =de =fum", "=nu =putem =iesi"}, langAR: {"مليان دخان", "ما فينا نطلع", "=ma =fina =netla3|=nitla3"}, langFA: {"پر از دود", "نمیتونیم بریم بیرون"},
		langNO: {"=full =av =royk", "=kommer =oss =ikke =ut"}, langSV: {"=full =av =rok", "=kan =inte =ta =oss =ut"}, langSO: {"=qiiq =ka =buuxo", "=ma =bixi =karno"},
	}},
	// tired of living ('%': thanks do not end it); ending it tonight in the third person (German)
	{"danger", langCues{
		langNO: {"%=lei =av =a =leve|=livet"}, langSV: {"%=trott =pa =att =leva|=livet"}, langDE: {"%lebensmude", "%=heute =nacht|=abend =schluss =macht|=machen"},
		langPL: {"%=zmeczona|=zmeczony =zyciem"}, langTR: {"%=yasamaktan =yoruldum|=yoruldu|=bikti|=biktim"}, langRO: {"%=obosit|=obosita =de =viata"},
		langSO: {"%=nolosha =ka =daalay|=daashay"}, langAR: {"%تعبت من الحياة|الحياه", "%=t3ebt|=te3bet =men =el =7ayat|=7aya"}, langFA: {"%از زندگی خسته", "%=az =zendegi =khaste"},
		langUK: {"%=втомилася|=втомився|=втомилась =жити"}, langRU: {"%=устала|=устал =жить"},
	}},
	// missing: "we cannot find her/him", "not answering since yesterday" (with a kin word, recallMechanisms)
	// rescued, pulled out: a danger told before it is over
	{"over", langCues{
		langNO: {"=reddet", "=dro =ham|=henne =opp"}, langSV: {"=raddade|=räddade", "=drog =upp =honom|=henne"}, langDE: {"=rausgeholt|=herausgezogen|=gerettet"},
		langPL: {"=wyciagnal|=wyciagneli|=uratowal|=uratowali"}, langTR: {"=kurtardi|=kurtardilar", "=sudan =cikardi|=cikardilar"},
		langRO: {"=l-a =scos|=salvat", "=au =scos|=salvat", "=l-au =salvat"}, langSO: {"=la =soo =saaray", "=la =badbaadiyay"}, langAR: {"طلعوه|طلعوها|انقذوه|انقذوها", "=tala3o|=tal3o|=an2azu"},
		langFA: {"نجاتش دادن|دادند", "=nejatesh =dadan"}, langUK: {"=витягнув|=витягли|=врятували|=врятував"}, langRU: {"=вытащил|=вытащили|=спасли|=спас"},
	}},
	// a habit told by a yearly or weekly occasion; fireworks are no shooting
	{habitField, langCues{langDE: {"=jedes =jahr|=silvester|=wochenende"}}},
	{otherSenseField, langCues{
		langDE: {"=schiesst|=schiessen =raketen|=boller|=feuerwerk", "=um =den =verstand|=schlaf"}, langPL: {"=strzela|=strzelaja =fajerwerki|=petardy|=racami"},
		langRU: {"=стреляет|=стреляют =фейерверк|=петарды|=салют"}, langUK: {"=стріляє|=стріляють =феєрверк|=петарди|=салют"},
	}},
	{missingField, langCues{
		langNO: {"=finner =ham|=henne =ikke"}, langSV: {"=hittar =honom|=henne =inte"}, langDE: {"=finden =sie|=ihn =nicht"},
		langPL: {"=nie =mozemy =jej|=go =znalezc", "=nie =odbiera =od|=telefonu"}, langTR: {"=onu =bulamiyoruz", "=telefonunu =acmiyor"},
		langRO: {"=nu =o|=il =gasim|=gasesc", "=nu =raspunde =la =telefon"}, langSO: {"=ma =heli =karno", "=taleefanka =ma =qabanayo"},
		langAR: {"ما عم نلاقيه|نلاقيها|لاقيه|لاقيها", "ما عم ترد|يرد من", "=ma =3am =trod|=yrod =men|=mn"}, langFA: {"پیداش نمیکنیم", "=peydash =nemikonim", "از دیروز جواب نمیده"},
		langUK: {"=не =можемо =знайти", "=не =відповідає =вже|=добу|=з"}, langRU: {"=не =можем =найти", "=не =отвечает =уже|=сутки|=со|=с"},
	}},
	{kinField, langCues{
		langNO: {"=bestemor|=bestefar|=kona|=mannen|=venninna|=venninnen"}, langSV: {"=mormor|=farmor|=morfar|=farfar|=frun|=vaninna|=väninna"},
		langDE: {"=oma|=opa|=grossmutter|=grossvater|=schwester|=bruder|=freundin"}, langPL: {"=babcia|=dziadek|=siostra|=brat|=przyjaciolka|=zona"},
		langTR: {"=anneannem|=babaannem|=dedem|=kardesim|=ablam|=abim|=esim"}, langRO: {"=bunica|=bunicul|=sora|=fratele|=prietena|=sotia"},
		langSO: {"=inanteyda|=inankeyga|=inankayga|=ayeeyaday|=walaashay|=walaalkay"}, langAR: {"اختي", "اخوي", "اخي", "ستي", "جدي", "مرتي", "صاحبتي", "=o5ti|=okhti|=akhi|=a5uy|=sitti|=jeddi"},
		langFA: {"خواهرم", "برادرم", "مادربزرگم", "همسرم", "=khaharam|=baradaram"}, langUK: {"=бабуся|=дідусь|=сестра|=брат|=подруга|=дружина"},
		langRU: {"=бабушка|=дедушка|=сестра|=брат|=подруга|=жена|=podruga"},
	}},
}

// probeConcepts2: a second probe (20 medical and child dangers, 4 missed): heavy bleeding told as a noun or
// in the feminine, the lips or the tongue swelling (an allergic reaction), told now ('@')
var probeConcepts2 = []foreignConcept{
	{"danger", langCues{
		langDE: {"@=starke|=schwere =blutung|=blutungen", "@=lippen|=zunge|=hals|=gesicht =schwellen|=schwillt =an"},
		langTR: {"@=cok =kanamasi|=kanama", "@=kanamasi =var", "@=dudaklari|=dili|=yuzu =sisiyor|=sisti"},
		langAR: {"@تنزف|عم تنزف", "@=3am =tenzef|=tnazzef", "@شفافه|لسانه|وجهه عم يورم|يتورم|ورم"},
		langPL: {"@=usta|=jezyk|=wargi =puchna|=puchnie|=spuchly|=spuchl"}, langRO: {"@=buzele|=limba =se =umfla", "@=buzele|=limba =s-au =umflat"},
		langRU: {"@=губы|=язык =отекают|=опухают|=опухли|=распухли", "@=отекают|=опухают|=опухли|=распухли =губы|=язык"}, langUK: {"@=губи|=язик =набрякають|=опухли|=розпухли", "@=набрякають|=опухли|=розпухли =губи|=язик"},
		langFA: {"@لبش|زبونش|لباش ورم کرده|باد کرده"}, langSO: {"@=bushimaha|=carrabka =ayaa =bararay|=barara"},
		langNO: {"@=leppene|=tungen =hovner"}, langSV: {"@=lapparna|=läpparna|=tungan =svullnar"},
	}},
}

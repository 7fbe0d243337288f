package classify

import (
	"fmt"
	"testing"
)

// Two concept families written whole across every language the classifier reads (session 11's second
// round, cls-21f2, issue 11), from how people tell them and not from any test text:
//
//   - threat: a threat for later today or someone coming or there now — a message or a call ("I'm coming
//     tonight", "I know where you live", "you'll regret it", "I'll finish you"), an ex or a stalker at the
//     door, ringing or hammering now, driving past again and again, following the writer now, waiting by
//     the car or the school, trying the door handle, a restraining order he is breaking now, the writer
//     hiding or scared to go out now;
//   - medical: a medical emergency now — breathing strangely, blue lips, not waking, a seizure now, chest
//     pain, stroke signs, a diabetic with low sugar not responding, swelling from an allergy, heavy
//     bleeding, a fall and cannot get up, an overdose, a limp baby with a high fever, waiting for an
//     ambulance while someone gets worse.
//
// Each language has its urgent probes and their counterparts that must stay not urgent: over ("he
// left", "she is fine now", "in hospital and stable"), past ("last year", "two years ago"), a question
// ("what should I do if …"), a complaint told afterwards or praise of how it was handled. Every probe is
// rated 3 on 114, so the words alone decide (no recall net for a low-rated 112 text).

type familyProbe struct {
	family, lang string
	want         bool
	text         string
}

func fp(family, lang string, want bool, texts ...string) []familyProbe {
	out := make([]familyProbe, len(texts))
	for i, t := range texts {
		out[i] = familyProbe{family, lang, want, t}
	}
	return out
}

func familyProbes() []familyProbe {
	var ps []familyProbe
	add := func(p []familyProbe) { ps = append(ps, p...) }
	const th, me = "threat", "medical"

	// Danish (formal and as typed on a phone, without æøå)
	add(fp(th, "da", true,
		"Min eks har lige skrevet at han kommer i aften og så skal jeg se hvad der sker. Jeg er alene med børnene",
		"han sender sms hele tiden: jeg ved hvor du bor. og nu holder hans bil ude foran",
		"Min tidligere kæreste ringer på igen og igen nede ved opgangsdøren. Han har tilhold men er her alligevel",
		"der er en mand der har gaaet efter mig fra stationen og han er stadig lige bag mig",
		"Han kører forbi huset igen og igen i aften, det er femte gang",
		"jeg har låst mig inde på badeværelset, han hamrer på døren",
		"han staar og venter ved min bil på p-pladsen, jeg tør ikke gå ud",
		"Han sagde i telefonen at han gør det af med mig i nat",
		"min eks står ved skolen og venter på vores søn, han må ikke komme der",
		"nogen hiver i dørhåndtaget lige nu, vi er helt stille inde i soveværelset",
	))
	add(fp(th, "da", false,
		"Sidste år stod min eks tit udenfor, nu er han flyttet til Jylland og der er ro. Tak for hjælpen dengang",
		"Hvad skal jeg gøre hvis min eks dukker op ved døren igen?",
		"Min eks truede mig for to år siden, og det tog politiet 40 minutter at komme. Det er for længe",
		"Betjentene var gode til at få ham væk fra døren i går, og han blev anholdt. Tak",
		"Jeg er generelt utryg ved at gå hjem alene om aftenen i mit kvarter",
	))
	add(fp(me, "da", true,
		"min far trækker vejret mærkeligt og han er blå om læberne",
		"Min mand er faldet om og vil ikke vågne, vi har ringet for 20 min siden",
		"datteren har krampeanfald lige nu og det stopper ikke",
		"min mor taler sløret og den ene side af ansigtet hænger",
		"han har sukkersyge og svarer ikke, blodsukkeret er helt i bund",
		"min søn hæver op i ansigtet efter nødder og kan næsten ikke få luft",
		"hun bløder voldsomt fra armen og det vil ikke stoppe",
		"min farmor er faldet og kan ikke komme op fra gulvet",
		"Min kæreste har taget en overdosis og er helt væk",
		"babyen er slap og har over 40 i feber og reagerer ikke",
		"venter stadig paa ambulancen, han faar mere og mere ondt i brystet",
	))
	add(fp(me, "da", false,
		"Ambulancen kom hurtigt og min mor har det fint nu. Tusind tak",
		"Min far fik en blodprop sidste år, og der gik 40 minutter før ambulancen kom. Det er for dårligt",
		"Hvad skal man gøre hvis ens barn får krampeanfald?",
		"Han ligger på hospitalet og er stabil. Tak til vagtcentralen for den rolige stemme",
	))

	// English
	add(fp(th, "en", true,
		"my ex just texted me that he is coming tonight and I'll regret it",
		"He keeps messaging 'I know where you live' and now his car is parked outside",
		"there's a man following me on the bus, he got off when I did",
		"My ex is banging on the door, he has a restraining order but he is here again",
		"someone keeps trying the door handle, I'm hiding in the bedroom with the kids",
		"he's been driving past my house again and again for the last hour",
		"he's waiting by my car in the car park and I'm scared to go out",
		"He rang and said he'll finish me tonight",
		"my ex is standing at the school gate waiting for my daughter, he's not allowed near her",
		"got a voicemail saying wait and see what happens to you tonight",
	))
	add(fp(th, "en", false,
		"Last year my ex used to turn up at the door. He has moved away and I'm fine now",
		"What should I do if he comes to my house again?",
		"Two years ago a man followed me home, and the police took 40 min. Not good enough",
		"The officers got him away from my door quickly yesterday and he was arrested. Thank you",
		"I'm generally afraid to walk home in the dark around here",
	))
	add(fp(me, "en", true,
		"my dad is breathing really strangely and his lips are going blue",
		"she collapsed and we can't wake her up",
		"my son is having a fit and it won't stop",
		"her face is drooping on one side and her speech is slurred",
		"he's diabetic, his sugar is really low and he's not answering us",
		"her throat is swelling up after a bee sting, she can hardly breathe",
		"he's bleeding heavily from his leg and it won't stop",
		"my nan has fallen and can't get up off the floor",
		"my friend took an overdose and is barely conscious",
		"the baby is floppy and burning hot, not reacting to us",
		"still waiting for the ambulance after 40 min, he's getting worse with chest pain",
	))
	add(fp(me, "en", false,
		"The ambulance came and she is fine now, thank you so much",
		"Last week it took 40 minutes for the ambulance to come to my dad with chest pains. Unacceptable",
		"What should I do if my child has a seizure?",
		"He is in hospital and stable. The call handler was brilliant",
	))

	// Norwegian
	add(fp(th, "no", true,
		"Eksen min sendte melding om at han kommer i kveld og at jeg skal få angre",
		"Han skriver at han vet hvor jeg bor, og nå står bilen hans utenfor",
		"Det er en mann som følger etter meg på bussen",
		"Eksen ringer på og dunker på døra, han har besøksforbud men er her igjen",
		"Noen prøver å åpne døra, jeg har gjemt meg på badet med barna",
		"han kjører forbi huset igjen og igjen i kveld",
		"han venter ved bilen min, jeg tør ikke gå ut",
		"Han sa på telefonen at han skal ta meg i natt",
	))
	add(fp(th, "no", false,
		"I fjor sto eksen min ofte utenfor, men nå har han flyttet og alt er rolig",
		"Hva gjør jeg hvis han kommer på døra igjen?",
		"For to år siden fulgte en mann etter meg, og politiet brukte 40 minutter",
		"Politiet fikk ham bort fra døra i går, han ble arrestert. Takk",
	))
	add(fp(me, "no", true,
		"Faren min puster rart og er blå rundt leppene",
		"Mannen min har falt om og våkner ikke",
		"Datteren min har krampeanfall nå og det slutter ikke",
		"Moren min snakker utydelig og munnen henger på den ene siden",
		"Han er diabetiker, har veldig lavt blodsukker og svarer ikke",
		"Sønnen min hovner opp i ansiktet etter nøtter og får ikke puste",
		"hun blør kraftig fra armen og det stopper ikke",
		"bestemor har falt og kommer seg ikke opp",
		"venter fortsatt på ambulansen, han blir verre og har vondt i brystet",
		"babyen er slapp og har høy feber og reagerer ikke",
	))
	add(fp(me, "no", false,
		"Ambulansen kom raskt og mamma har det bra nå. Tusen takk",
		"I fjor tok det 40 minutter før ambulansen kom til pappa med brystsmerter",
		"Hva skal man gjøre hvis barnet får krampeanfall?",
		"Han ligger på sykehuset og er stabil. Takk",
	))

	// Swedish
	add(fp(th, "sv", true,
		"Mitt ex skrev att han kommer ikväll och att jag ska få ångra mig",
		"Han skickar sms om att han vet var jag bor och nu står hans bil utanför",
		"En man följer efter mig i tunnelbanan",
		"Exet ringer på och bankar på dörren, han har kontaktförbud men är här igen",
		"Någon försöker öppna dörren, jag har gömt mig i badrummet",
		"han kör förbi huset om och om igen ikväll",
		"han väntar vid min bil, jag vågar inte gå ut",
		"han sa i telefon att han ska göra slut på mig inatt",
	))
	add(fp(th, "sv", false,
		"Förra året stod mitt ex ofta utanför, men nu har han flyttat och allt är lugnt",
		"Vad ska jag göra om han kommer till dörren igen?",
		"För två år sedan följde en man efter mig och polisen tog 40 minuter",
		"Polisen fick bort honom från dörren igår, han greps. Tack",
	))
	add(fp(me, "sv", true,
		"Pappa andas konstigt och är blå om läpparna",
		"Min man har fallit ihop och vaknar inte",
		"Min dotter har kramper nu och det slutar inte",
		"Mamma sluddrar och ena sidan av ansiktet hänger",
		"Han är diabetiker, har väldigt lågt blodsocker och svarar inte",
		"Sonen svullnar i ansiktet efter nötter och får inte luft",
		"hon blöder kraftigt från armen och det slutar inte",
		"mormor har ramlat och kan inte resa sig",
		"väntar fortfarande på ambulansen, han blir sämre och har ont i bröstet",
		"bebisen är slapp och har hög feber och reagerar inte",
	))
	add(fp(me, "sv", false,
		"Ambulansen kom snabbt och mamma mår bra nu. Tack",
		"Förra året tog det 40 minuter innan ambulansen kom till pappa med bröstsmärtor",
		"Vad ska man göra om ett barn får kramper?",
		"Han ligger på sjukhus och är stabil. Tack",
	))

	// German
	add(fp(th, "de", true,
		"Mein Ex hat geschrieben, dass er heute Abend kommt und ich es bereuen werde",
		"Er schreibt ständig 'ich weiß wo du wohnst' und jetzt steht sein Auto vor dem Haus",
		"Ein Mann verfolgt mich in der U-Bahn",
		"Mein Ex klingelt Sturm und hämmert an die Tür, er hat ein Kontaktverbot aber ist wieder hier",
		"Jemand rüttelt an der Türklinke, ich habe mich mit den Kindern im Bad eingeschlossen",
		"er fährt heute Abend immer wieder an unserem Haus vorbei",
		"er wartet an meinem Auto, ich trau mich nicht raus",
		"Er hat am Telefon gesagt, er macht mich heute Nacht fertig",
	))
	add(fp(th, "de", false,
		"Letztes Jahr stand mein Ex oft vor der Tür, jetzt ist er weggezogen und alles ist ruhig",
		"Was soll ich tun, wenn er wieder vor der Tür steht?",
		"Vor zwei Jahren ist mir ein Mann gefolgt, und die Polizei brauchte 40 Minuten",
		"Die Polizei hat ihn gestern von der Tür weggebracht, er wurde festgenommen. Danke",
	))
	add(fp(me, "de", true,
		"Mein Vater atmet komisch und hat blaue Lippen",
		"Meine Frau ist zusammengebrochen und wird nicht wach",
		"Meine Tochter krampft gerade und es hört nicht auf",
		"Meine Mutter spricht verwaschen und ein Mundwinkel hängt",
		"Er ist Diabetiker, der Zucker ist ganz niedrig und er antwortet nicht",
		"Mein Sohn schwillt im Gesicht an nach Nüssen und kriegt kaum Luft",
		"sie blutet stark am Arm und es hört nicht auf",
		"Oma ist gestürzt und kommt nicht mehr hoch",
		"warten immer noch auf den Krankenwagen, es wird schlimmer, er hat Schmerzen in der Brust",
		"das Baby ist ganz schlapp, hat hohes Fieber und reagiert nicht",
	))
	add(fp(me, "de", false,
		"Der Krankenwagen kam schnell und meiner Mutter geht es jetzt gut. Danke",
		"Letztes Jahr hat es 40 Minuten gedauert, bis der Krankenwagen zu meinem Vater mit Brustschmerzen kam",
		"Was soll man tun, wenn ein Kind einen Krampfanfall hat?",
		"Er liegt im Krankenhaus und ist stabil. Danke",
	))

	// Polish (with and without the Polish letters)
	add(fp(th, "pl", true,
		"Byly maz napisal ze przyjdzie dzis wieczorem i ze pozaluje",
		"Pisze mi ze wie gdzie mieszkam, a teraz jego auto stoi pod blokiem",
		"Jakiś mężczyzna idzie za mną w autobusie",
		"Były dzwoni domofonem i wali w drzwi, ma zakaz zbliżania się ale znowu tu jest",
		"Ktoś szarpie za klamkę, schowałam się z dziećmi w łazience",
		"on jezdzi w kolko pod naszym domem caly wieczor",
		"czeka przy moim samochodzie, boje sie wyjsc",
		"Powiedzial przez telefon ze dzis w nocy mnie wykonczy",
	))
	add(fp(th, "pl", false,
		"W zeszłym roku były często stał pod drzwiami, teraz się wyprowadził i jest spokój",
		"Co mam robić, jeśli znowu przyjdzie pod drzwi?",
		"Dwa lata temu jakiś mężczyzna szedł za mną, a policja jechała 40 minut",
		"Policja wczoraj zabrała go spod drzwi, został zatrzymany. Dziękuję",
	))
	add(fp(me, "pl", true,
		"Tata dziwnie oddycha i ma sine usta",
		"Żona zemdlała i nie możemy jej obudzić",
		"Córka ma teraz atak padaczki i nie przestaje",
		"Mama bełkocze i opadł jej kącik ust",
		"Jest cukrzykiem, ma bardzo niski cukier i nie odpowiada",
		"Synowi puchnie twarz po orzechach i nie może złapać powietrza",
		"mocno krwawi z ręki i nie przestaje",
		"babcia sie przewrocila i nie moze wstac",
		"nadal czekamy na karetke, jest coraz gorzej, boli go w klatce",
		"dziecko jest wiotkie, ma wysoka goraczke i nie reaguje",
	))
	add(fp(me, "pl", false,
		"Karetka przyjechała szybko i mama czuje się dobrze. Dziękuję",
		"W zeszłym roku karetka jechała 40 minut do taty z bólem w klatce",
		"Co robić, jeśli dziecko ma drgawki?",
		"Jest w szpitalu i jego stan jest stabilny. Dziękuję",
	))

	// Turkish (mostly without the Turkish letters)
	add(fp(th, "tr", true,
		"Eski kocam bu aksam gelecegini ve pisman olacagimi yazdi",
		"Nerede oturdugunu biliyorum diye mesaj atiyor, simdi arabasi evin onunde",
		"Bir adam metroda beni takip ediyor",
		"Eski esim zili caliyor ve kapiyi yumrukluyor, uzaklastirma karari var ama yine burada",
		"Biri kapi kolunu zorluyor, cocuklarla banyoya saklandim",
		"aksamdan beri evin onunden tekrar tekrar geciyor arabayla",
		"arabamin yaninda bekliyor, disari cikmaya korkuyorum",
		"Telefonda bu gece seni bitirecegim dedi",
	))
	add(fp(th, "tr", false,
		"Geçen yıl eski eşim sık sık kapıya gelirdi, şimdi taşındı ve her şey sakin",
		"Tekrar kapıya gelirse ne yapmalıyım?",
		"İki yıl önce bir adam beni takip etti, polis 40 dakikada geldi",
		"Polis dün onu kapıdan uzaklaştırdı, gözaltına alındı. Teşekkürler",
	))
	add(fp(me, "tr", true,
		"Babam garip nefes aliyor ve dudaklari morardi",
		"Esim yere yigildi ve uyanmiyor",
		"Kizim su an nobet geciriyor, durmuyor",
		"Annemin konusmasi bozuldu, yuzunun bir tarafi kaydi",
		"Seker hastasi, sekeri cok dustu ve cevap vermiyor",
		"Oglumun yuzu fistiktan sonra sisiyor, nefes alamiyor",
		"kolundan cok kan geliyor, durmuyor",
		"babaannem dustu ve kalkamiyor",
		"hala ambulansi bekliyoruz, gittikce kotulesiyor, gogsu agriyor",
		"bebek gevsek, atesi cok yuksek ve tepki vermiyor",
	))
	add(fp(me, "tr", false,
		"Ambulans hızlı geldi ve annem şimdi iyi. Teşekkürler",
		"Geçen yıl ambulans göğüs ağrısı olan babama 40 dakikada geldi",
		"Çocuk nöbet geçirirse ne yapmalıyım?",
		"Hastanede ve durumu stabil. Teşekkürler",
	))

	// Arabic (Arabic script, Levantine and Maghrebi arabizi)
	add(fp(th, "ar", true,
		"طليقي بعتلي رسالة انو جاي الليلة وراح اندم",
		"بيبعتلي انا بعرف وين ساكنة، وهلق سيارته تحت البيت",
		"في رجل لاحقني بالباص",
		"طليقي عم يدق عالباب، عنده منع اقتراب بس رجع",
		"tali2i 3am ydo2 3al bab, fi 3ando man3 bas rje3",
		"fi wa7ed 3am yla7e2ni bel metro",
		"ana mkhabye bel 7ammam ma3 el wlad, 3am y7awel yfta7 el bab",
		"b3atli msg ennu jeye el leile w ra7 y5allesni",
		"rajli l9dim kaytsenna 7da tomobil dyali, khayfa nkhrj",
	))
	add(fp(th, "ar", false,
		"السنة الماضية كان طليقي يجي عالباب، هلق انتقل وكل شي هادي",
		"شو لازم اعمل اذا رجع عالباب؟",
		"men santen wa7ed la7a2ni w el bolis ejo ba3d 40 de2i2a",
		"el bolis a5adouh mn 3al bab mbare7 w 7asalo tawqif. shukran",
	))
	add(fp(me, "ar", true,
		"ابي ما عم يتنفس منيح وشفايفه زرق",
		"جوزي وقع وما عم يفيق",
		"بنتي عم تجيها نوبة وما عم توقف",
		"امي حكيها مش مفهوم ووجها مايل من جهة",
		"baba ma 3am yetnaffas mni7 w shfafo zer2",
		"zawji wa2a3 w ma 3am yfi2",
		"3ando sokkari, el sokkar nazel ktir w ma 3am yrod",
		"ibni wejho 3am yenfokh ba3d el fosto2 w ma 3am ye2dar yetnaffas",
		"el baby ma 3am yet7arrak w 7rara 3alye ktir",
		"lsa natrin el es3af, 3am ysir aswa, sadro 3am yuja3o",
	))
	add(fp(me, "ar", false,
		"الاسعاف اجا بسرعة وامي منيحة هلق. شكرا",
		"السنة الماضية الاسعاف اخد 40 دقيقة لابي",
		"shu lazem a3mel iza ibni ejato nawbe?",
		"howe bel mostashfa w wad3o mostaqer. shukran",
	))

	// Farsi (Arabic script and Latin letters)
	add(fp(th, "fa", true,
		"شوهر سابقم پیام داده امشب میاد و پشیمونم میکنه",
		"پیام میده میدونم کجا زندگی میکنی، الان ماشینش جلوی دره",
		"یه مرد تو مترو داره دنبالم میاد",
		"shohare sabegham posht dare va zang mizane, hokme dur shodan dare vali dobare oomade",
		"yeki dare dastgire dar ro mikeshe, ba bacheha tu hamum ghayem shodam",
		"az shab ta hala hey az jolo khoone rad mishe",
		"kenare mashinam vaystade, mitarsam beram biroon",
		"tu telefon goft emshab kareto tamoom mikonam",
	))
	add(fp(th, "fa", false,
		"پارسال شوهر سابقم میومد دم در، الان رفته و همه چی آرومه",
		"agar dobare biad dame dar chikar konam?",
		"do sal pish ye mard donbalam oomad va polis 40 daghighe tool keshid",
		"polis dirooz oono az dame dar bord, dastgir shod. mamnoon",
	))
	add(fp(me, "fa", true,
		"بابام درست نفس نمیکشه و لباش کبود شده",
		"شوهرم افتاد و بیدار نمیشه",
		"دخترم داره تشنج میکنه و تموم نمیشه",
		"maman harf zadanesh namafhoome va ye samte soratesh oftade",
		"dayabet dare, ghandesh kheili oftade va javab nemide",
		"soorate pesaram bad az badoom varam karde va nemitoone nafas bekeshe",
		"az dastesh kheili khoon mire va band nemiad",
		"hanooz montazere ambulance hastim, halesh badtar mishe, sine dard dare",
		"bache shol shode, tab dare va vakonesh nemide",
	))
	add(fp(me, "fa", false,
		"آمبولانس زود اومد و مامانم الان خوبه. ممنون",
		"parsal ambulance 40 daghighe tool keshid ta be babam berese",
		"agar bache tashanoj kone chikar konim?",
		"tu bimarestane va halesh sabete. mamnoon",
	))

	// Ukrainian and Russian (Cyrillic and Latin letters)
	add(fp(th, "uk-ru", true,
		"Колишній написав, що прийде сьогодні ввечері і я пошкодую",
		"Пишет мне что знает где я живу, и сейчас его машина стоит под подъездом",
		"Za mnoyu ide cholovik u metro",
		"Бывший звонит в домофон и стучит в дверь, у него запрет приближаться, но он опять здесь",
		"Кто-то дёргает ручку двери, я спряталась с детьми в ванной",
		"vin ves vechir yizdyt povz nash dim znovu i znovu",
		"on zhdet u moei mashiny, ya boyus vyiti",
		"Сказал по телефону, что сегодня ночью меня прикончит",
	))
	add(fp(th, "uk-ru", false,
		"В прошлом году бывший часто стоял под дверью, теперь переехал, всё спокойно",
		"Что мне делать, если он снова придёт к двери?",
		"Dva roky tomu cholovik ishov za mnoyu, a politsiia yikhala 40 khvylyn",
		"Вчера полиция увела его от двери, его задержали. Спасибо",
	))
	add(fp(me, "uk-ru", true,
		"Тато дивно дихає і губи сині",
		"Муж упал и не приходит в себя",
		"U dochky zaraz sudomy i ne prypyniaiutsia",
		"У мамы невнятная речь и перекосило лицо",
		"On diabetik, sahar ochen nizkiy i on ne otvechaet",
		"У сына отекает лицо после орехов, не может дышать",
		"сильно кровоточит рука, кровь не останавливается",
		"Бабуся впала і не може встати",
		"vse eshche zhdem skoruyu, emu huzhe, bolit v grudi",
		"rebenok vyalyy, vysokaya temperatura i ne reagiruet",
	))
	add(fp(me, "uk-ru", false,
		"Скорая приехала быстро, мама сейчас в порядке. Спасибо",
		"В прошлом году скорая ехала 40 минут к папе с болью в груди",
		"Shcho robyty, yakshcho u dytyny sudomy?",
		"Он в больнице, состояние стабильное. Спасибо",
	))

	// Somali
	add(fp(th, "so", true,
		"Ninkaygii hore ayaa farriin ii soo diray inuu caawa imanayo oo aan ka qoomamayn doono",
		"Wuxuu igu yiri waan ogahay meesha aad deggan tahay, hadda gaadhigiisu wuxuu taagan yahay guriga hortiisa",
		"Nin ayaa iga daba socda baska dhexdiisa",
		"Ninkaygii hore ayaa albaabka garaacaya, amar xannibaad ayaa saaran laakiin wuu soo noqday",
		"Qof ayaa isku dayaya inuu albaabka furo, waxaan ku dhuumaday musqusha anigoo carruurta la jira",
		"habeenkan oo dhan gaadhi ayuu guriga hortiisa kaga gudbayaa marba mar",
		"wuxuu i sugayaa gaadhigayga agtiisa, waan ka baqayaa inaan baxo",
		"Telefoonka ayuu igu yiri caawa waan ku dhameyn doonaa",
	))
	add(fp(th, "so", false,
		"Sanadkii hore ninkaygii hore ayaa albaabka iman jiray, hadda wuu guuray, wax walba waa degan yihiin",
		"Maxaan sameeyaa haddii uu mar kale albaabka yimaado?",
		"Laba sano ka hor nin ayaa iga daba yimid, booliskuna 40 daqiiqo ayay qaateen",
		"Booliska ayaa shalay ka kaxeeyay albaabka, waa la xiray. Mahadsanid",
	))
	add(fp(me, "so", true,
		"Aabahay si xun ayuu u neefsanayaa, bushimahana waa buluug",
		"Ninkaygu wuu dhacay mana soo kacayo, miyir ma leh",
		"Gabadhayda hadda ayaa suuxdin qabta, mana joogsanayso",
		"Hooyaday hadalkeedu wuu qaldan yahay, wejigeedana dhinac ayuu u dhacay",
		"Wuxuu qabaa sonkorow, sonkortiisu aad bay u hooseysaa mana jawaabayo",
		"Wiilkayga wejigiisa ayaa bararaya, ma neefsan karo",
		"dhiig badan ayaa ka socda gacanta, ma joogsanayo",
		"ayeeyo way dhacday mana kici karto",
		"weli waxaan sugaynaa ambalaaska, wuu ka sii darayaa, laabta ayaa xanuunaysa",
		"ilmaha waa daciif, qandho badan buu qabaa mana dhaqaaqayo",
	))
	add(fp(me, "so", false,
		"Ambalaaska si dhakhso ah ayuu u yimid, hooyaday hadda waa fiicantahay. Mahadsanid",
		"Sanadkii hore ambalaasku 40 daqiiqo ayuu qaatay",
		"Maxaan sameeyaa haddii ilmaha suuxdin ku dhacdo?",
		"Isbitaalka ayuu ku jiraa, xaaladdiisuna waa deggan tahay. Mahadsanid",
	))

	// Romanian (mostly without the Romanian letters)
	add(fp(th, "ro", true,
		"Fostul mi-a scris ca vine diseara si ca o sa regret",
		"Imi scrie ca stie unde stau si acum masina lui e in fata blocului",
		"Un barbat ma urmareste in autobuz",
		"Fostul suna la usa si bate in usa, are ordin de protectie dar e iar aici",
		"Cineva trage de clanta, m-am ascuns cu copiii in baie",
		"trece cu masina pe langa casa iar si iar in seara asta",
		"ma asteapta langa masina, mi-e frica sa ies",
		"Mi-a zis la telefon ca la noapte ma termina",
	))
	add(fp(th, "ro", false,
		"Anul trecut fostul venea des la usa, acum s-a mutat si e liniste",
		"Ce sa fac daca vine iar la usa?",
		"Acum doi ani un barbat m-a urmarit si politia a venit in 40 de minute",
		"Politia l-a luat ieri de la usa, a fost arestat. Multumesc",
	))
	add(fp(me, "ro", true,
		"Tata respira ciudat si are buzele vinete",
		"Sotul a lesinat si nu se trezeste",
		"Fiica mea are acum o criza si nu se opreste",
		"Mama vorbeste neclar si i-a cazut coltul gurii",
		"E diabetic, are glicemia foarte mica si nu raspunde",
		"Baiatului i se umfla fata dupa alune si nu poate respira",
		"sangereaza puternic de la brat si nu se opreste",
		"bunica a cazut si nu se poate ridica",
		"inca asteptam ambulanta, e tot mai rau, il doare in piept",
		"bebelusul e moale, are febra mare si nu reactioneaza",
	))
	add(fp(me, "ro", false,
		"Ambulanta a venit repede si mama e bine acum. Multumesc",
		"Anul trecut ambulanta a venit in 40 de minute la tata cu dureri in piept",
		"Ce faci daca un copil face convulsii?",
		"E in spital si e stabil. Multumesc",
	))

	// batch B: written after round 1 was fitted to the probes above, measured before round 2 (round 1
	// found none of its misses); round 2's sub-concepts were written from its misses
	add(fp(th, "da", true,
		"Han har skrevet til mig hele dagen at i aften er det slut for mig, og nu står han i opgangen",
		"Min eksmand sidder i sin bil overfor min lejlighed og har gjort det i en time",
		"der går en fyr efter mig hele vejen fra bussen, jeg går hurtigere men han er der stadig",
		"han prøver at låse sig ind med en gammel nøgle, jeg holder døren"))
	add(fp(th, "da", false,
		"Min eks sendte trusler sidste vinter, sagen er afsluttet og han har ikke kontaktet mig siden",
		"Hvis han kommer igen, skal jeg så ringe 112 eller 114?"))
	add(fp(me, "da", true,
		"Min mor har fået et ildebefindende, hun kan ikke løfte armen og snakker mærkeligt",
		"min lillebror har spist jordnødder og hans læber hæver op, han hvæser når han trækker vejret",
		"far er dårlig, han er grå i ansigtet og har trykken for brystet",
		"min veninde har drukket og taget piller og vi kan ikke få kontakt til hende"))
	add(fp(me, "da", false,
		"Min far havde et hjertestop i marts, ambulancen kom efter 8 min og reddede ham. Stor tak",
		"Hvor lang tid må der gå før en ambulance skal være fremme?"))
	add(fp(th, "en", true,
		"He's sent me 30 messages saying he's on his way and I'd better not call anyone",
		"my ex is sitting in his car across the road staring at my window",
		"a guy has followed me from the station and is still behind me",
		"he's trying to get in with his old key, I'm holding the door shut"))
	add(fp(th, "en", false,
		"My ex sent threats last winter, the case is closed and he hasn't contacted me since",
		"If he turns up again, should I call 112 or 114?"))
	add(fp(me, "en", true,
		"my mum suddenly can't lift her arm and her words are coming out wrong",
		"my little brother ate peanuts and his lips are swelling, he's wheezing",
		"dad has gone grey and is clutching his chest",
		"my friend has been drinking and taken pills and we can't get a response from her"))
	add(fp(me, "en", false,
		"My dad had a cardiac arrest in March, the ambulance arrived in 8 minutes and saved him. Huge thanks",
		"How long is an ambulance allowed to take?"))
	add(fp(th, "no", true,
		"Han har sendt meg meldinger hele dagen om at i kveld er det slutt for meg, og nå står han i oppgangen",
		"Eksmannen sitter i bilen sin rett over gata og stirrer opp på vinduet mitt",
		"en fyr har gått etter meg helt fra stasjonen og er fortsatt bak meg",
		"han prøver å låse seg inn med en gammel nøkkel, jeg holder igjen døra"))
	add(fp(th, "no", false,
		"Eksen sendte trusler i vinter, saken er avsluttet og han har ikke tatt kontakt siden",
		"Hvis han kommer igjen, skal jeg ringe 112 eller 02800?"))
	add(fp(me, "no", true,
		"Mamma klarer plutselig ikke å løfte armen og ordene kommer feil",
		"lillebroren min har spist peanøtter, leppene hovner og han piper når han puster",
		"pappa er grå i ansiktet og holder seg for brystet",
		"venninnen min har drukket og tatt piller og vi får ikke kontakt med henne"))
	add(fp(me, "no", false,
		"Pappa hadde hjertestans i mars, ambulansen kom etter 8 minutter og reddet ham. Stor takk",
		"Hvor lang tid kan det ta før ambulansen kommer?"))
	add(fp(th, "sv", true,
		"Han har skickat meddelanden hela dagen om att ikväll är det slut för mig, och nu står han i trappuppgången",
		"Mitt ex sitter i bilen mitt emot och stirrar upp mot mitt fönster",
		"en kille har gått efter mig ända från stationen och är fortfarande bakom mig",
		"han försöker låsa upp med en gammal nyckel, jag håller emot dörren"))
	add(fp(th, "sv", false,
		"Mitt ex skickade hot i vintras, ärendet är avslutat och han har inte hört av sig sedan",
		"Om han kommer igen, ska jag ringa 112 eller 114 14?"))
	add(fp(me, "sv", true,
		"Mamma kan plötsligt inte lyfta armen och orden blir fel",
		"lillebror har ätit jordnötter, läpparna svullnar och det pipar när han andas",
		"pappa är grå i ansiktet och håller sig för bröstet",
		"min kompis har druckit och tagit tabletter och vi får ingen kontakt med henne"))
	add(fp(me, "sv", false,
		"Pappa fick hjärtstopp i mars, ambulansen kom efter 8 minuter och räddade honom. Stort tack",
		"Hur lång tid får det ta innan ambulansen kommer?"))
	add(fp(th, "de", true,
		"Er schreibt mir seit Stunden, dass heute Nacht alles vorbei ist für mich, und jetzt steht er im Treppenhaus",
		"Mein Ex sitzt in seinem Auto gegenüber und starrt zu meinem Fenster hoch",
		"ein Typ läuft mir seit dem Bahnhof nach und ist immer noch hinter mir",
		"er versucht mit einem alten Schlüssel reinzukommen, ich halte die Tür zu"))
	add(fp(th, "de", false,
		"Mein Ex hat mir letzten Winter gedroht, das Verfahren ist abgeschlossen und er hat sich nicht mehr gemeldet",
		"Soll ich 112 oder 114 anrufen, falls er wiederkommt?"))
	add(fp(me, "de", true,
		"Meine Mutter kann plötzlich den Arm nicht heben und findet die Worte nicht",
		"mein kleiner Bruder hat Erdnüsse gegessen, die Lippen schwellen an und er pfeift beim Atmen",
		"Papa ist ganz grau im Gesicht und hält sich die Brust",
		"meine Freundin hat getrunken und Tabletten genommen, wir bekommen keinen Kontakt zu ihr"))
	add(fp(me, "de", false,
		"Mein Vater hatte im März einen Herzstillstand, der Rettungswagen war nach 8 Minuten da und hat ihn gerettet. Danke",
		"Wie lange darf es dauern, bis ein Rettungswagen kommt?"))
	add(fp(th, "pl", true,
		"Pisze do mnie caly dzien ze dzis w nocy to koniec ze mna, a teraz stoi na klatce",
		"Byly siedzi w aucie naprzeciwko i gapi sie w moje okno",
		"jakis facet idzie za mna od dworca i dalej jest za mna",
		"probuje otworzyc starym kluczem, trzymam drzwi"))
	add(fp(th, "pl", false,
		"Byly grozil mi zeszlej zimy, sprawa jest zamknieta i od tamtej pory sie nie odzywal",
		"Jesli znowu przyjdzie, mam dzwonic na 112 czy 114?"))
	add(fp(me, "pl", true,
		"Mama nagle nie moze podniesc reki i myla jej sie slowa",
		"brat zjadl orzeszki, puchna mu usta i swiszczy przy oddychaniu",
		"tata jest szary na twarzy i trzyma sie za klatke",
		"kolezanka pila i wziela tabletki, nie ma z nia kontaktu"))
	add(fp(me, "pl", false,
		"Tata mial zatrzymanie krazenia w marcu, karetka byla po 8 minutach i go uratowala. Dziekuje",
		"Ile czasu moze jechac karetka?"))
	add(fp(th, "tr", true,
		"Bütün gün mesaj atıyor bu gece işimi bitireceğini söylüyor, şimdi apartmanın merdivenlerinde",
		"Eski kocam karşıda arabasında oturmuş penceremi izliyor",
		"bir adam istasyondan beri peşimde, hala arkamda",
		"eski anahtarla kapıyı açmaya çalışıyor, kapıyı tutuyorum"))
	add(fp(th, "tr", false,
		"Eski eşim geçen kış tehdit etmişti, dava kapandı ve o zamandan beri aramadı",
		"Tekrar gelirse 112'yi mi 114'ü mü aramalıyım?"))
	add(fp(me, "tr", true,
		"Annem birden kolunu kaldıramıyor ve kelimeleri karıştırıyor",
		"kardeşim fıstık yedi, dudakları şişiyor ve nefes alırken hırıltı var",
		"babamın yüzü gri oldu ve göğsünü tutuyor",
		"arkadaşım içki içip hap aldı, ona ulaşamıyoruz, tepki yok"))
	add(fp(me, "tr", false,
		"Babam martta kalp durması geçirdi, ambulans 8 dakikada geldi ve onu kurtardı. Çok teşekkürler",
		"Ambulansın gelmesi en fazla ne kadar sürebilir?"))
	add(fp(th, "ar", true,
		"عم يبعتلي رسايل من الصبح انو الليلة نهايتي، وهلق هو عالدرج",
		"طليقي قاعد بسيارته مقابل البيت وعم يطلع على شباكي",
		"fi shab ma7e2ni men el ma7atta w ba3do wara",
		"3am y7awel yfta7 bel mefta7 el 2adim, ana masske el bab"))
	add(fp(th, "ar", false,
		"طليقي هددني الشتوية الماضية، القضية انسكرت وما تواصل معي من وقتها",
		"iza rje3, bettesel 3ala 112 aw 114?"))
	add(fp(me, "ar", true,
		"امي فجأة ما عم تقدر ترفع ايدها وكلامها مخربط",
		"اخي اكل فستق وشفافه عم تنفخ وعم يصفر وهو عم يتنفس",
		"baba wejho sar rmade w masek sadro",
		"sa7bti sharbet w akhdet 7bub w ma 3am trod 3alayna"))
	add(fp(me, "ar", false,
		"ابي اجته سكتة قلبية بآذار، الاسعاف اجا بعد 8 دقايق وانقذه. شكرا كتير",
		"2adesh lazem ya5od el es3af ta yousal?"))
	add(fp(th, "fa", true,
		"از صبح پیام میده که امشب کارم تمومه، الان تو راه پله ست",
		"shohare sabegham tu mashinesh roberooye khoone neshaste va be panjere negah mikone",
		"ye mard az istgah donbalame va hanooz poshte sarame",
		"dare ba kelide ghadimi dar ro baz mikone, man daro negah dashtam"))
	add(fp(th, "fa", false,
		"زمستون پارسال شوهر سابقم تهدید کرد، پرونده بسته شد و از اون موقع تماسی نگرفته",
		"age dobare biad, be 112 zang bezanam ya 114?"))
	add(fp(me, "fa", true,
		"مامانم یهو نمیتونه دستشو بلند کنه و کلماتش قاطی شده",
		"baradaram badoom zamini khorde, labash varam mikone va mooghe nafas kheskhes mikone",
		"baba soratesh khakestari shode va sinasho gerefte",
		"dustam mashroob khorde va ghors khorde, hich vakoneshi nadare"))
	add(fp(me, "fa", false,
		"بابام اسفند ایست قلبی کرد، آمبولانس بعد ۸ دقیقه رسید و نجاتش داد. خیلی ممنون",
		"ambulance hadaksar che ghadr tool mikeshe?"))
	add(fp(th, "uk-ru", true,
		"Весь день пишет, что сегодня ночью мне конец, а сейчас он стоит в подъезде",
		"Колишній сидить у машині навпроти і дивиться на моє вікно",
		"kakoy-to muzhik idet za mnoy ot vokzala i do sih por szadi",
		"vin namahaietsia vidchynyty dveri starym kliuchem, ya trymaiu dveri"))
	add(fp(th, "uk-ru", false,
		"Бывший угрожал мне прошлой зимой, дело закрыто, с тех пор он не появлялся",
		"Yakshcho vin pryide znovu, dzvonyty 112 chy 114?"))
	add(fp(me, "uk-ru", true,
		"Мама раптом не може підняти руку і плутає слова",
		"brat s'el arakhis, guby opukhayut i on khripit kogda dyshit",
		"папа серый, держится за грудь",
		"podruga vypila i naglotalas tabletok, ona ne reagiruet"))
	add(fp(me, "uk-ru", false,
		"У папы в марте была остановка сердца, скорая приехала через 8 минут и спасла его. Спасибо",
		"Skilky chasu mozhe yikhaty shvydka?"))
	add(fp(th, "so", true,
		"Maalinta oo dhan ayuu fariimo ii soo dirayaa in caawa ay dhammaatay nolosheyda, hadda wuxuu joogaa jaranjarada",
		"Ninkaygii hore wuxuu ku fadhiyaa gaarigiisa guriga ka soo horjeeda, daaqaddayda ayuu eegayaa",
		"nin ayaa iga soo daba galay saldhigga, weli waa iga daba",
		"wuxuu isku dayayaa inuu albaabka ku furo fure hore, anigaa albaabka haysta"))
	add(fp(th, "so", false,
		"Ninkaygii hore ayaa i hanjabay jiilaalkii hore, kiiska waa la xiray, tan iyo markaas ma soo xiriirin",
		"Haddii uu mar kale yimaado, ma wacaa 112 mise 114?"))
	add(fp(me, "so", true,
		"Hooyaday si lama filaan ah ugama qaadi karto gacanta, erayadeeduna way isku qasan yihiin",
		"walaalkay wuxuu cunay lows, bushimahiisa ayaa barar, wuu xiiqayaa",
		"aabahay wejigiisu wuu cawlan yahay, laabta ayuu qabsanayaa",
		"saaxiibtay waxay cabtay khamri oo qaadatay kiniin, nagama jawaabayso"))
	add(fp(me, "so", false,
		"Aabahay wadnaha ayaa istaagay bishii Maarso, ambalaaskii 8 daqiiqo ayuu ku yimid oo wuu badbaadiyay. Mahadsanid",
		"Immisa waqti ayuu ambalaasku qaadan karaa?"))
	add(fp(th, "ro", true,
		"Imi scrie toata ziua ca la noapte s-a terminat cu mine, iar acum e pe scara blocului",
		"Fostul sta in masina vizavi si se uita la geamul meu",
		"un tip ma urmareste de la gara si inca e in spatele meu",
		"incearca sa deschida cu o cheie veche, eu tin usa"))
	add(fp(th, "ro", false,
		"Fostul m-a amenintat iarna trecuta, dosarul e inchis si nu m-a mai contactat de atunci",
		"Daca vine iar, sun la 112 sau la 114?"))
	add(fp(me, "ro", true,
		"Mama brusc nu poate ridica bratul si i se incurca cuvintele",
		"fratele meu a mancat arahide, i se umfla buzele si suiera cand respira",
		"tata e gri la fata si se tine de piept",
		"prietena mea a baut si a luat pastile, nu mai reactioneaza"))
	add(fp(me, "ro", false,
		"Tata a facut stop cardiac in martie, ambulanta a venit in 8 minute si l-a salvat. Multumesc mult",
		"Cat are voie sa dureze pana vine ambulanta?"))

	// batch C: written after round 2 was written and before it was measured (round 2 found three of its
	// misses blind); round 3's sub-concepts were written from its misses
	add(fp(th, "da", true,
		"Han har ringet 20 gange den sidste halve time og siger han er på vej herhen for at lære mig en lektie",
		"min eks holder ude foran børnehaven og venter på at jeg henter vores datter",
		"han har tilhold, men han sidder på trappen udenfor min dør lige nu",
		"en mand har gået rundt om huset og kigget ind ad vinduerne den sidste time",
	))
	add(fp(th, "da", false,
		"Han ringede og truede mig i sommer, men han har fået dom og sidder inde nu",
	))
	add(fp(me, "da", true,
		"min søn på 2 år har feberkramper og er helt slap bagefter, han svarer ikke",
		"min far er faldet ned ad trappen og bløder fra hovedet, han bevæger sig ikke",
		"hun er epileptiker og har haft anfald i over fem minutter nu",
		"vi har ventet på ambulancen i 30 minutter og min mand er ved at miste bevidstheden",
	))
	add(fp(me, "da", false,
		"Min mand fik et epileptisk anfald i sidste måned, alarmcentralen var fantastisk",
	))
	add(fp(th, "en", true,
		"he's rung 20 times in the last half hour saying he's on his way to teach me a lesson",
		"my ex is parked outside the nursery waiting for me to collect our daughter",
		"he has a restraining order but he's sitting on the stairs outside my flat",
		"a man has been walking round the house looking in the windows for the last hour",
	))
	add(fp(th, "en", false,
		"He rang and threatened me in the summer, but he was convicted and is in prison now",
	))
	add(fp(me, "en", true,
		"my 2 year old had a febrile seizure and is all floppy now, not responding",
		"my dad fell down the stairs and is bleeding from the head, he's not moving",
		"she's epileptic and has been fitting for over five minutes",
		"we've waited 30 minutes for the ambulance and my husband is losing consciousness",
	))
	add(fp(me, "en", false,
		"My husband had an epileptic seizure last month, the call centre was fantastic",
	))
	add(fp(th, "no", true,
		"Han har ringt 20 ganger den siste halvtimen og sier han er på vei hit for å lære meg en lekse",
		"eksen står parkert utenfor barnehagen og venter på at jeg skal hente datteren vår",
		"han har besøksforbud, men sitter i trappa utenfor døra mi",
		"en mann har gått rundt huset og kikket inn vinduene den siste timen",
	))
	add(fp(th, "no", false,
		"Han ringte og truet meg i sommer, men han er dømt og sitter inne nå",
	))
	add(fp(me, "no", true,
		"sønnen min på 2 år har hatt feberkramper og er helt slapp, han svarer ikke",
		"pappa har falt ned trappa og blør fra hodet, han beveger seg ikke",
		"hun har epilepsi og har hatt anfall i over fem minutter",
		"vi har ventet på ambulansen i 30 minutter og mannen min holder på å miste bevisstheten",
	))
	add(fp(me, "no", false,
		"Mannen min fikk et epileptisk anfall forrige måned, AMK var fantastiske",
	))
	add(fp(th, "sv", true,
		"Han har ringt 20 gånger den senaste halvtimmen och säger att han är på väg hit för att lära mig en läxa",
		"mitt ex står parkerad utanför förskolan och väntar på att jag ska hämta vår dotter",
		"han har kontaktförbud men sitter i trappan utanför min dörr",
		"en man har gått runt huset och tittat in genom fönstren den senaste timmen",
	))
	add(fp(th, "sv", false,
		"Han ringde och hotade mig i somras, men han är dömd och sitter inne nu",
	))
	add(fp(me, "sv", true,
		"min son på 2 år har haft feberkramp och är helt slapp, han svarar inte",
		"pappa har ramlat i trappan och blöder från huvudet, han rör sig inte",
		"hon har epilepsi och har haft anfall i över fem minuter",
		"vi har väntat på ambulansen i 30 minuter och min man håller på att tappa medvetandet",
	))
	add(fp(me, "sv", false,
		"Min man fick ett epileptiskt anfall förra månaden, SOS Alarm var fantastiska",
	))
	add(fp(th, "de", true,
		"Er hat in der letzten halben Stunde 20 Mal angerufen und sagt, er ist unterwegs, um mir eine Lektion zu erteilen",
		"mein Ex parkt vor der Kita und wartet, dass ich unsere Tochter abhole",
		"er hat ein Annäherungsverbot, sitzt aber auf der Treppe vor meiner Wohnung",
		"ein Mann läuft seit einer Stunde ums Haus und schaut durch die Fenster",
	))
	add(fp(th, "de", false,
		"Er hat mich im Sommer angerufen und bedroht, aber er wurde verurteilt und sitzt jetzt im Gefängnis",
	))
	add(fp(me, "de", true,
		"mein Sohn, 2 Jahre, hatte einen Fieberkrampf und ist ganz schlapp, er reagiert nicht",
		"Papa ist die Treppe runtergefallen und blutet am Kopf, er bewegt sich nicht",
		"sie hat Epilepsie und krampft seit über fünf Minuten",
		"wir warten seit 30 Minuten auf den Rettungswagen und mein Mann wird bewusstlos",
	))
	add(fp(me, "de", false,
		"Mein Mann hatte letzten Monat einen epileptischen Anfall, die Leitstelle war großartig",
	))
	add(fp(th, "pl", true,
		"Dzwonil 20 razy przez ostatnie pol godziny i mowi ze jedzie tu dac mi nauczke",
		"byly stoi pod przedszkolem i czeka az odbiore corke",
		"ma zakaz zblizania sie, a siedzi na schodach pod moimi drzwiami",
		"jakis mezczyzna od godziny chodzi wokol domu i zaglada przez okna",
	))
	add(fp(th, "pl", false,
		"Dzwonil i grozil mi latem, ale zostal skazany i siedzi teraz w wiezieniu",
	))
	add(fp(me, "pl", true,
		"synek 2 latka mial drgawki goraczkowe i jest caly wiotki, nie odpowiada",
		"tata spadl ze schodow i krwawi z glowy, nie rusza sie",
		"ona ma padaczke i atak trwa juz ponad piec minut",
		"czekamy na karetke 30 minut a maz traci przytomnosc",
	))
	add(fp(me, "pl", false,
		"Maz mial atak padaczki w zeszlym miesiacu, dyspozytorka byla wspaniala",
	))
	add(fp(th, "tr", true,
		"Son yarım saatte 20 kere aradı, bana ders vermeye geldiğini söylüyor",
		"eski eşim kreşin önünde bekliyor, kızımı almamı bekliyor",
		"uzaklaştırma kararı var ama şu an kapımın önündeki merdivende oturuyor",
		"bir adam bir saattir evin etrafında dolaşıp camlardan içeri bakıyor",
	))
	add(fp(th, "tr", false,
		"Yazın arayıp beni tehdit etmişti ama mahkum oldu ve şimdi cezaevinde",
	))
	add(fp(me, "tr", true,
		"2 yaşındaki oğlum ateşli havale geçirdi, tamamen gevşek ve tepki vermiyor",
		"babam merdivenden düştü, başından kan geliyor, kıpırdamıyor",
		"epilepsi hastası, beş dakikadan fazladır nöbet geçiriyor",
		"30 dakikadır ambulans bekliyoruz, eşim bilincini kaybediyor",
	))
	add(fp(me, "tr", false,
		"Eşim geçen ay epilepsi nöbeti geçirdi, 112 çok iyiydi",
	))
	add(fp(th, "ar", true,
		"دق ٢٠ مرة بآخر نص ساعة وعم يقول انه جاي يربيني",
		"طليقي واقف قدام الحضانة ناطرني جيب بنتي",
		"3ando man3 i2tirab bas 2a3ed 3al daraj 2eddem bebe",
		"fi wa7ed sar sa3a 3am ydour 7awl el bet w ytalle3 mn el shbabik",
	))
	add(fp(th, "ar", false,
		"hadadni bel sayf bas n7akam w howe bel 7abs hala2",
	))
	add(fp(me, "ar", true,
		"ابني عمره سنتين اجته تشنجات من الحرارة وهلق رخو كتير وما عم يرد",
		"بابا وقع عالدرج وراسه عم ينزف وما عم يتحرك",
		"3anda sara3 w sar la 5 d2aye2 3am tetshannaj",
		"sarlna 30 d2i2a natrin el es3af w jawzi 3am ygheeb 3an el wa3i",
	))
	add(fp(me, "ar", false,
		"jawzi ejato nawbet sara3 el shaher el madi, el 3amil kan mumtaz",
	))
	add(fp(th, "fa", true,
		"نیم ساعته ۲۰ بار زنگ زده و میگه داره میاد ادبم کنه",
		"shohare sabegham jeloye mahdkoodak vaysade montazere ke dokhtaramo biyaram",
		"hokme dur shodan dare vali roo pelle haye jeloye dare khoonam neshaste",
		"ye mard ye saate dore khoone michorkhe va az panjereha tu ro negah mikone",
	))
	add(fp(th, "fa", false,
		"tabestoon zang zad va tahdidam kard vali mahkoom shod va alan zendane",
	))
	add(fp(me, "fa", true,
		"پسر دو سالم تشنج تب کرده و الان کاملا شله و جواب نمیده",
		"babam az pelle oftad va az saresh khoon miad, tekoon nemikhore",
		"saar dare va bishtar az panj daghighe ast ke tashanoj mikone",
		"30 daghighe montazere ambulance hastim va shoharam dare hoshesh ro az dast mide",
	))
	add(fp(me, "fa", false,
		"shoharam mahe pish hamleye saar dasht, operator aali bood",
	))
	add(fp(th, "uk-ru", true,
		"За последние полчаса звонил 20 раз, говорит, что едет проучить меня",
		"kolyshnii stoit bilia sadochka i chekaie, poky ya zaberu donku",
		"у него запрет приближаться, но он сидит на лестнице у моей двери",
		"якийсь чоловік вже годину ходить навколо будинку і заглядає у вікна",
	))
	add(fp(th, "uk-ru", false,
		"Letom on zvonil i ugrozhal, no ego osudili i on seichas v tyurme",
	))
	add(fp(me, "uk-ru", true,
		"у сына 2 года фебрильные судороги, он весь вялый и не отвечает",
		"tato vpav zi skhodiv i v noho krovyt holova, vin ne rukhaietsia",
		"у неё эпилепсия, приступ длится уже больше пяти минут",
		"my chekaiemo shvydku 30 khvylyn, cholovik vtrachaie svidomist",
	))
	add(fp(me, "uk-ru", false,
		"U muzha v proshlom mesyatse byl pristup epilepsii, dispetcher byla zamechatelnaya",
	))
	add(fp(th, "so", true,
		"Nus saac gudaheed 20 jeer ayuu i soo wacay, wuxuu leeyahay waan kuu imanayaa si aan wax kuu baro",
		"ninkaygii hore wuxuu taagan yahay xanaanada hortiisa, wuxuu sugayaa inaan gabadha qaado",
		"amar xannibaad ayaa saaran laakiin wuxuu ku fadhiyaa jaranjarada albaabkayga hortiisa",
		"nin ayaa saacad ku wareegaya guriga oo daaqadaha ka eegaya",
	))
	add(fp(th, "so", false,
		"Xagaagii ayuu i soo wacay oo i hanjabay, laakiin waa la xukumay, hadda xabsi ayuu ku jiraa",
	))
	add(fp(me, "so", true,
		"wiilkayga 2 jir ah qandho ayaa suuxisay, hadda waa jilicsan yahay mana jawaabayo",
		"aabahay jaranjarada ayuu ka dhacay, madaxa ayaa dhiig ka imanaya, ma dhaqaaqayo",
		"waxay qabtaa suuxdin, in ka badan shan daqiiqo ayay ku jirtaa",
		"30 daqiiqo ayaan sugaynay ambalaaska, ninkaygu miyirka ayuu lumayaa",
	))
	add(fp(me, "so", false,
		"Ninkayga bishii hore suuxdin ayaa ku dhacday, shaqaalaha ayaa aad u fiicnaa",
	))
	add(fp(th, "ro", true,
		"M-a sunat de 20 de ori in ultima jumatate de ora si zice ca vine sa ma invete minte",
		"fostul sta parcat in fata gradinitei si asteapta sa iau fetita",
		"are ordin de restrictie dar sta pe scari in fata usii mele",
		"un barbat se invarte de o ora in jurul casei si se uita pe geamuri",
	))
	add(fp(th, "ro", false,
		"M-a sunat si m-a amenintat vara trecuta, dar a fost condamnat si acum e la inchisoare",
	))
	add(fp(me, "ro", true,
		"baietelul de 2 ani a facut convulsii febrile si e complet moale, nu raspunde",
		"tata a cazut pe scari si ii curge sange din cap, nu se misca",
		"are epilepsie si face criza de peste cinci minute",
		"asteptam ambulanta de 30 de minute si sotul isi pierde cunostinta",
	))
	add(fp(me, "ro", false,
		"Sotul a avut o criza de epilepsie luna trecuta, dispeceratul a fost minunat",
	))
	return ps
}

// familyKnownGaps are the probes the rules still get wrong, each with why: listed, not hidden, and
// skipped only while they stay wrong (a probe that starts passing is checked like the rest).
var familyKnownGaps = map[string]string{
	"How long is an ambulance allowed to take?":    "'an ambulance' is a call for one (the lists' cue), even in a question about waiting times",
	"ambulance hadaksar che ghadr tool mikeshe?":   "the Farsi model reads 'ambulance' in a question (p 0.91)",
	"3anda sara3 w sar la 5 d2aye2 3am tetshannaj": "the Levantine 'sar la' (it has been … for) read as the negator 'la'",
}

// TestFamilyThreatAndMedicalNow pins both families in every language: each urgent probe is flagged,
// each counterpart is not.
func TestFamilyThreatAndMedicalNow(t *testing.T) {
	for i, p := range familyProbes() {
		name := fmt.Sprintf("%s/%s/%v/%02d", p.family, p.lang, p.want, i)
		t.Run(name, func(t *testing.T) {
			c := Classify(Input{Text: p.text, Rating: 3, Channel: "114", District: "fyn"})
			if c.Urgent == p.want {
				return
			}
			if why, ok := familyKnownGaps[p.text]; ok {
				t.Skipf("known gap: urgent = %v, want %v: %s", c.Urgent, p.want, why)
			}
			t.Errorf("urgent = %v, want %v: %q; reasons %q", c.Urgent, p.want, p.text, c.Reasons)
		})
	}
}

// familyFreshBatchD is a fourth batch (96 urgent probes, 24 counterparts), written after round 3 and
// measured once, with no rule written from it: at the rules before round 1 and after each round it found
// 70 of 96 and raised 3, 2, 2, 2 false alarms — the rounds carried over to none of its misses (nearly all
// with no cue and no model support: a voicemail "I'm dead tonight", choking, a baby grunting and pale,
// followed into a shop and waited for at the exit). Its floor keeps that measure from falling; a round
// that tunes on it makes it a tuning batch like the others, and says so.
func familyFreshBatchD() []familyProbe {
	var ps []familyProbe
	add := func(p []familyProbe) { ps = append(ps, p...) }
	const th, me = "threat", "medical"
	add(fp(th, "da", true,
		"han har lagt en talebesked om at jeg er død i nat, og nu er der nogen i haven",
		"min eks står nede i gården og kigger op på min altan",
		"han ringer fra skjult nummer hele tiden og siger han står lige udenfor",
		"han fulgte efter mig ind i Netto og står nu ved udgangen og venter",
	))
	add(fp(th, "da", false,
		"Han lagde en truende talebesked for et år siden, det er blevet behandlet og jeg har det godt",
	))
	add(fp(me, "da", true,
		"min far har fået noget galt i halsen og kan ikke hoste eller tale",
		"han har drukket hele aftenen og nu ligger han og kaster op og kan ikke vækkes",
		"babyen trækker vejret hurtigt og stønner og er helt bleg",
		"min morfar er faldet på badeværelset, han er forvirret og helt kold",
	))
	add(fp(me, "da", false,
		"Min morfar faldt i sidste uge, men han er på plejehjem nu og har det godt",
	))
	add(fp(th, "en", true,
		"he left a voicemail saying I'm dead tonight, and now there's someone in the garden",
		"my ex is standing down in the courtyard looking up at my balcony",
		"he keeps calling from a hidden number saying he's right outside",
		"he followed me into the shop and is waiting at the exit",
	))
	add(fp(th, "en", false,
		"He left a threatening voicemail a year ago, it was dealt with and I'm fine",
	))
	add(fp(me, "en", true,
		"my dad's choking on his food and can't cough or speak",
		"he's been drinking all evening and now he's being sick and we can't wake him",
		"the baby is breathing fast and grunting and has gone very pale",
		"grandad fell in the bathroom, he's confused and freezing cold",
	))
	add(fp(me, "en", false,
		"Grandad fell last week but he's in a care home now and doing well",
	))
	add(fp(th, "no", true,
		"han la igjen en talemelding om at jeg er død i natt, og nå er det noen i hagen",
		"eksen står nede i bakgården og ser opp på balkongen min",
		"han ringer fra skjult nummer hele tiden og sier han står rett utenfor",
		"han fulgte etter meg inn på Rema og står nå ved utgangen og venter",
	))
	add(fp(th, "no", false,
		"Han la igjen en truende talemelding for et år siden, det er behandlet og jeg har det bra",
	))
	add(fp(me, "no", true,
		"pappa har satt maten i halsen og klarer ikke å hoste eller snakke",
		"han har drukket hele kvelden og nå kaster han opp og vi får ikke vekket ham",
		"babyen puster fort og stønner og er helt blek",
		"morfar har falt på badet, han er forvirret og iskald",
	))
	add(fp(me, "no", false,
		"Morfar falt forrige uke, men han er på sykehjem nå og har det fint",
	))
	add(fp(th, "sv", true,
		"han lämnade ett röstmeddelande om att jag är död inatt, och nu är det någon i trädgården",
		"mitt ex står nere på gården och tittar upp mot min balkong",
		"han ringer från dolt nummer hela tiden och säger att han står precis utanför",
		"han följde efter mig in på ICA och står nu vid utgången och väntar",
	))
	add(fp(th, "sv", false,
		"Han lämnade ett hotfullt röstmeddelande för ett år sedan, det är utrett och jag mår bra",
	))
	add(fp(me, "sv", true,
		"pappa har satt maten i halsen och kan inte hosta eller prata",
		"han har druckit hela kvällen och nu kräks han och vi kan inte väcka honom",
		"bebisen andas snabbt och stönar och är alldeles blek",
		"morfar har ramlat i badrummet, han är förvirrad och iskall",
	))
	add(fp(me, "sv", false,
		"Morfar ramlade förra veckan men han bor på äldreboende nu och mår bra",
	))
	add(fp(th, "de", true,
		"er hat mir auf die Mailbox gesprochen, dass ich heute Nacht tot bin, und jetzt ist jemand im Garten",
		"mein Ex steht unten im Hof und schaut zu meinem Balkon hoch",
		"er ruft dauernd mit unterdrückter Nummer an und sagt, er steht direkt draußen",
		"er ist mir in den Supermarkt gefolgt und wartet jetzt am Ausgang",
	))
	add(fp(th, "de", false,
		"Er hat mir vor einem Jahr eine Drohung auf die Mailbox gesprochen, das wurde erledigt und mir geht es gut",
	))
	add(fp(me, "de", true,
		"mein Vater hat sich am Essen verschluckt und kann weder husten noch sprechen",
		"er hat den ganzen Abend getrunken, jetzt erbricht er sich und wir kriegen ihn nicht wach",
		"das Baby atmet schnell, stöhnt und ist ganz blass",
		"Opa ist im Bad gestürzt, er ist verwirrt und eiskalt",
	))
	add(fp(me, "de", false,
		"Opa ist letzte Woche gestürzt, aber er ist jetzt im Pflegeheim und es geht ihm gut",
	))
	add(fp(th, "pl", true,
		"zostawil wiadomosc glosowa ze dzis w nocy juz nie zyje, a teraz ktos jest w ogrodzie",
		"byly stoi na podworku i patrzy na moj balkon",
		"dzwoni caly czas z zastrzezonego numeru i mowi ze stoi tuz pod domem",
		"poszedl za mna do Biedronki i teraz czeka przy wyjsciu",
	))
	add(fp(th, "pl", false,
		"Rok temu zostawil grozna wiadomosc, sprawa zostala zalatwiona i czuje sie dobrze",
	))
	add(fp(me, "pl", true,
		"tata zakrztusil sie jedzeniem i nie moze kaszlec ani mowic",
		"pil caly wieczor, teraz wymiotuje i nie mozemy go dobudzic",
		"niemowle szybko oddycha, steka i jest bardzo blade",
		"dziadek przewrocil sie w lazience, jest zdezorientowany i lodowaty",
	))
	add(fp(me, "pl", false,
		"Dziadek przewrocil sie w zeszlym tygodniu, ale jest teraz w domu opieki i ma sie dobrze",
	))
	add(fp(th, "tr", true,
		"sesli mesaj bıraktı bu gece öleceğimi söylüyor, şimdi bahçede biri var",
		"eski kocam aşağıda avluda durmuş balkonuma bakıyor",
		"gizli numaradan sürekli arıyor, hemen dışarıda olduğunu söylüyor",
		"beni markete kadar takip etti, şimdi çıkışta bekliyor",
	))
	add(fp(th, "tr", false,
		"Bir yıl önce tehdit içeren sesli mesaj bırakmıştı, halledildi ve ben iyiyim",
	))
	add(fp(me, "tr", true,
		"babamın boğazına yemek kaçtı, öksüremiyor ve konuşamıyor",
		"bütün akşam içti, şimdi kusuyor ve onu uyandıramıyoruz",
		"bebek hızlı nefes alıyor, inliyor ve bembeyaz",
		"dedem banyoda düştü, kafası karışık ve buz gibi",
	))
	add(fp(me, "tr", false,
		"Dedem geçen hafta düştü ama şimdi huzurevinde ve iyi",
	))
	add(fp(th, "ar", true,
		"ترك رسالة صوتية انو الليلة رح موت، وهلق في حدا بالجنينة",
		"طليقي واقف تحت بالساحة وعم يتطلع على البلكون",
		"3am yetasal men ra2em makhfi w y2oul enno wa2ef barra 3al bab",
		"la7a2ni 3al supermarket w hala2 natrni 3and el bab",
	))
	add(fp(th, "ar", false,
		"tarak risale tahdid men sane, et7alet el 2adiye w ana mni7a",
	))
	add(fp(me, "ar", true,
		"ابي شرق بالاكل وما عم يقدر يسعل ولا يحكي",
		"sharib tul el lel w hala2 3am yesta2ri2 w ma 3am nfayye2o",
		"el baby 3am yetnaffas be sor3a w y2in w wejho asfar ktir",
		"جدي وقع بالحمام، مش عارف وين هو وبردان كتير",
	))
	add(fp(me, "ar", false,
		"jeddi wa2a3 el jem3a el madye bas hala2 bel dar w mni7",
	))
	add(fp(th, "fa", true,
		"پیام صوتی گذاشته که امشب میمیری، الان یکی تو حیاطه",
		"shohare sabegham paeen tu hayat vaysade va be balkonam negah mikone",
		"hey ba shomare makhfi zang mizane va mige dame dar vaysade",
		"ta supermarket donbalam oomad va alan dame khorooji montazere",
	))
	add(fp(th, "fa", false,
		"ye sal pish payame tahdid amiz gozasht, residegi shod va halam khoobe",
	))
	add(fp(me, "fa", true,
		"غذا پرید تو گلوی بابام و نمیتونه سرفه کنه یا حرف بزنه",
		"tamame shab mashroob khorde, alan estefragh mikone va bidar nemishe",
		"bachehe tond tond nafas mikeshe, naale mikone va rangesh parideh",
		"pedarbozorgam tu hamoom oftade, gijeh va kheili sarde",
	))
	add(fp(me, "fa", false,
		"pedarbozorgam hafteye pish oftad vali alan tu khaneye salmandan halesh khoobe",
	))
	add(fp(th, "uk-ru", true,
		"оставил голосовое, что сегодня ночью я умру, а сейчас кто-то в саду",
		"kolyshnii stoit vnyzu u dvori i dyvytsia na miy balkon",
		"постоянно звонит со скрытого номера и говорит, что стоит прямо у двери",
		"vin pishov za mnoiu v supermarket i zaraz chekaie bilia vykhodu",
	))
	add(fp(th, "uk-ru", false,
		"God nazad on ostavil ugrozu na avtootvetchike, s etim razobralis, so mnoi vse khorosho",
	))
	add(fp(me, "uk-ru", true,
		"папа подавился едой и не может ни кашлять, ни говорить",
		"vin pyv ves vechir, zaraz blyuie i my ne mozhemo yoho rozbudyty",
		"малыш часто дышит, стонет и очень бледный",
		"дедушка упал в ванной, он растерян и весь холодный",
	))
	add(fp(me, "uk-ru", false,
		"Dedushka upal na proshloi nedele, no seichas on v dome prestarelykh i chuvstvuet sebya khorosho",
	))
	add(fp(th, "so", true,
		"wuxuu ii dhaafay cod farriin ah in caawa aan dhimanayo, hadda qof ayaa beerta ku jira",
		"ninkaygii hore wuxuu ku taagan yahay barxadda hoose, balakoonkayga ayuu eegayaa",
		"had iyo jeer wuxuu ka soo wacaa lambar qarsoon, wuxuu leeyahay waxaan taaganahay albaabka dibadda",
		"wuxuu iga soo daba galay dukaanka, hadda wuxuu ku sugayaa albaabka laga baxo",
	))
	add(fp(th, "so", false,
		"Sanad ka hor wuxuu ii dhaafay farriin hanjabaad ah, waa la xalliyay, anigu waan fiicanahay",
	))
	add(fp(me, "so", true,
		"aabahay cunto ayaa dhuunta uga xayiran, ma qufici karo mana hadli karo",
		"habeenka oo dhan ayuu cabbayay, hadda wuu matagayaa mana toosin karno",
		"ilmaha si dhakhso ah ayuu u neefsanayaa, wuu taahayaa, waana cadaaday",
		"awoowe musqusha ayuu ku dhacay, wuu wareersan yahay wuuna qaboobay",
	))
	add(fp(me, "so", false,
		"Awoowe wuu dhacay toddobaadkii hore laakiin hadda wuxuu joogaa guriga waayeelka waana fiican yahay",
	))
	add(fp(th, "ro", true,
		"mi-a lasat un mesaj vocal ca la noapte sunt moarta, iar acum e cineva in curte",
		"fostul sta jos in curte si se uita la balconul meu",
		"ma suna intruna de pe numar ascuns si zice ca e chiar afara",
		"m-a urmarit pana in magazin si acum ma asteapta la iesire",
	))
	add(fp(th, "ro", false,
		"Acum un an mi-a lasat un mesaj de amenintare, s-a rezolvat si sunt bine",
	))
	add(fp(me, "ro", true,
		"tata s-a inecat cu mancarea si nu poate tusi sau vorbi",
		"a baut toata seara, acum vomita si nu reusim sa-l trezim",
		"bebelusul respira repede, geme si e foarte palid",
		"bunicul a cazut in baie, e confuz si rece ca gheata",
	))
	add(fp(me, "ro", false,
		"Bunicul a cazut saptamana trecuta, dar acum e la azil si e bine",
	))
	return ps
}

// TestFamilyFreshBatchFloor holds batch D's blind measure: at least 70 of its 96 urgent probes found and
// at most 2 of its 24 counterparts flagged; the figures per family and language are logged.
func TestFamilyFreshBatchFloor(t *testing.T) {
	found, urgent, alarms, calm := 0, 0, 0, 0
	perLang := map[string][2]int{}
	for _, p := range familyFreshBatchD() {
		c := Classify(Input{Text: p.text, Rating: 3, Channel: "114", District: "fyn"})
		k := p.family + "/" + p.lang
		n := perLang[k]
		if p.want {
			urgent++
			n[1]++
			if c.Urgent {
				found++
				n[0]++
			}
		} else {
			calm++
			if c.Urgent {
				alarms++
			}
		}
		perLang[k] = n
	}
	t.Logf("batch D: urgent found %d/%d, false alarms %d/%d; per family and language %v", found, urgent, alarms, calm, perLang)
	if found < 70 || alarms > 2 {
		t.Errorf("batch D fell below its blind measure: found %d/%d (floor 70), false alarms %d/%d (at most 2)", found, urgent, alarms, calm)
	}
}

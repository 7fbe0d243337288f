package classify

import "testing"

// The fifteenth to seventeenth blind sets' concepts (session 10, cls-16u, urgent recall and precision and
// conduct by concept; tuning sets since session 10): one table per concept, in the languages the lists
// read, with counterparts (past, over, asked about, another sense) that must not flag. Every sentence is
// written for the test, none is the sets'.

// TestPreparationsForDeath: things or a pet given away, letters written to the family, "no need to call
// me any more", pills laid out — told with thanks too; the same words about a move or a holiday are not.
func TestPreparationsForDeath(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no things given away", "Takk for praten. Jeg har gitt bort tingene mine, dere trenger ikke å ringe meg mer", 4, "114", true},
		{"sv letters to the family", "Tack för samtalet. Jag har skrivit brev till familjen, ni behöver inte ringa mig mer", 4, "114", true},
		{"de things given away", "Danke fürs Zuhören. Ich habe meine Sachen verschenkt, ihr braucht mich nicht mehr anrufen", 4, "114", true},
		{"pl letter to the daughter", "Dziękuję za rozmowę. List do córki już napisałam, nie będzie problemu ze mną", 4, "114", true},
		{"tr things given away", "Konuşma için teşekkürler. Eşyalarımı dağıttım, artık beni aramanıza gerek yok", 4, "114", true},
		{"ro letters to the children", "Mulțumesc pentru discuție. Am scris scrisori copiilor, nu mai trebuie să mă sunați", 4, "114", true},
		{"so letter to the family", "Mahadsanid. Waxaan u qoray warqad qoyskayga, ha i soo wicina mar dambe", 4, "114", true},
		{"ar things given away", "شكرا عالمكالمة. وزعت اغراضي وكتبت رسايل لاهلي", 4, "114", true},
		{"ar Latin letters", "merci 3al mukalame. katabt rasayel la ahli, ma fi da3i tetsslo", 4, "114", true},
		{"fa no need to call", "ممنون از صحبت. وسایلم رو بخشیدم، دیگه لازم نیست بهم زنگ بزنید", 4, "114", true},
		{"uk things given away", "Дякую за розмову. Я роздала речі і написала листи рідним", 4, "114", true},
		{"uk Latin no need to call", "dyakuyu za rozmovu. bilshe ne treba meni dzvonyty, ya rozdav rechi", 4, "114", true},
		{"ru letters written", "Спасибо за разговор. Я написала письма родным, больше не надо мне звонить", 4, "114", true},
		// counterparts: a move, a holiday, a letter about a case
		{"pl letter to the office", "Napisałam list do urzędu w sprawie mojej skargi, nikt nie odpowiedział", 2, "114", false},
		{"de a move", "Wir ziehen um, ich habe alte Möbel verkauft. Wann bekomme ich die Fallnummer?", 3, "114", false},
		{"ru a call back", "Мне так и не перезвонили, хотя обещали позвонить в понедельник", 2, "114", false},
	})
}

// TestFarewellMessageSent: someone close sent a farewell message or asked forgiveness for everything;
// a farewell at a party or thanks for everything are not.
func TestFarewellMessageSent(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"tr farewell message", "Kardeşim bana veda mesajı attı, telefonu kapalı", 1, "114", true},
		{"tr sorry for everything message", "Oğlum her şey için özür dilerim diye mesaj attı ve evde değil", 1, "114", true},
		{"de farewell message", "Mein Bruder hat mir eine Abschiedsnachricht geschickt, sein Handy ist aus", 1, "114", true},
		{"pl farewell message", "Syn wysłał mi wiadomość pożegnalną i nie odbiera", 1, "114", true},
		{"ro farewell message", "Fiul meu mi-a trimis un mesaj de adio și nu răspunde", 1, "114", true},
		{"ar farewell message", "اخي بعتلي رسالة وداع وتلفونه مسكر", 1, "114", true},
		{"fa farewell message", "برادرم یه پیام خداحافظی فرستاده و گوشیش خاموشه", 1, "114", true},
		{"ru farewell message", "Сын прислал прощальное сообщение и не берет трубку", 1, "114", true},
		// counterparts: thanks for everything, a farewell to a colleague
		{"tr thanks for everything", "Her şey için teşekkür ederim, polis çok yardımcı oldu", 5, "114", false},
		{"de thanks for everything", "Danke für alles, die Beamtin war sehr freundlich", 5, "114", false},
	})
}

// TestChildNotBackSearchedFor: a child not back from school for hours or at night, searched for in the
// streets now; the same child home again is not.
func TestChildNotBackSearchedFor(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ar Latin not back from school", "binti ma reje3 mn el madrase w sar el sa3a 9 bel lel", 1, "114", true},
		{"ar Latin searching for him", "ana 3am dawwer 3aleh bel shawari3 w el shorta ma 3am trodd", 1, "114", true},
		{"ar Latin searched the neighbourhood", "ibni ra7 yel3ab abl sa3tein, dawarna kel el7ay", 1, "114", true},
		{"ar searching for her", "بنتي ما رجعت، عم ندور عليها بالشوارع", 1, "114", true},
		{"fa searching for him", "پسرم برنگشته، داریم دنبالش میگردیم", 1, "114", true},
		{"de not found yet", "Mein Vater ist dement, wir haben ihn noch nicht gefunden", 1, "114", true},
		{"pl not found yet", "Babcia wyszła rano i nadal jej nie znaleźliśmy", 1, "114", true},
		{"ru not found yet", "Дедушка ушел утром, мы еще не нашли его", 1, "114", true},
		{"ro not found yet", "Bunica are demență, a plecat dimineață și încă nu am găsit-o", 1, "114", true},
		{"so not found yet", "Awowgay ayaa guriga ka baxay subaxnimadii, weli ma helin", 1, "114", true},
		{"ar Latin daughter not back", "binti ma reje3et mn el madrase, sar 4 sa3at", 1, "114", true},
		{"ro case number not found", "Încă nu am găsit numărul dosarului pe site", 2, "114", false},
		// counterparts: found, home again, a lost case number
		{"ar Latin back home", "ibni ma reje3 mn el madrase mbare7 lal sa3a 8 bel lel, bas l2enah w kel shi mni7 halla2", 4, "114", false},
		{"de found", "Wir haben ihn gestern gefunden, alles ist gut. Danke", 5, "114", false},
	})
}

// TestBreathingStrangelyNow: breathing strangely, lips turning blue, now; the same told of last year or
// over is not.
func TestBreathingStrangelyNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de breathing strangely", "Mein Mann atmet ganz komisch und die Lippen sind bläulich", 1, "112", true},
		{"no breathing heavily", "Far puster tungt og leppene er blå", 1, "112", true},
		{"sv breathing strangely", "Mamma andas konstigt och läpparna är blå", 1, "112", true},
		{"pl breathing strangely", "Tata dziwnie oddycha, usta ma sine", 1, "112", true},
		{"tr breathing with difficulty", "Babam zor nefes alıyor, dudakları morarıyor", 1, "112", true},
		{"ro breathing strangely", "Bunicul respiră ciudat, buzele sunt vinete", 1, "112", true},
		{"ar breathing strangely", "ابوي نفسه غريب وشفايفه زرق", 1, "112", true},
		{"fa breathing with difficulty", "پدرم نفسش سخته و لبهاش کبود شده", 1, "112", true},
		{"uk breathing strangely", "Тато дивно дихає, губи сині", 1, "112", true},
		{"ru breathing heavily", "Папа тяжело дышит, губы синие", 1, "112", true},
		// the ambulance leaving is not the danger over
		{"de ambulance left, again now", "Papa ist gerade wieder umgefallen und atmet komisch. Der Rettungswagen war vorhin da und ist wieder weggefahren", 1, "112", true},
		// counterparts: last year, over
		{"de last year", "Letztes Jahr atmete mein Vater komisch, der Notarzt kam schnell. Danke", 5, "112", false},
		{"pl fine now", "Tata dziwnie oddychał wczoraj, ale teraz wszystko dobrze, dziękuję za pomoc", 5, "112", false},
		{"de a habit on the stairs", "Mein Vater atmet schwer beim Treppensteigen, das ist seit Jahren so. Wo kann ich mich beraten lassen?", 3, "114", false},
	})
}

// TestChildrenLeftAlone: children left alone now; a child alone at home for ten minutes told as over is
// not.
func TestChildrenLeftAlone(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl left alone", "Sąsiadka zostawiła dzieci same od rana i nikt nie otwiera", 2, "114", true},
		{"de left alone", "Die Nachbarin hat die Kinder allein gelassen, sie weinen", 2, "114", true},
		{"tr left alone", "Komşu çocukları yalnız bırakmış, ağlıyorlar", 2, "114", true},
		{"ro left alone", "Vecina a lăsat copiii singuri de ieri", 2, "114", true},
		{"ru left alone", "Соседка оставила детей одних со вчерашнего дня", 2, "114", true},
		// counterpart: told of last year, over
		{"pl last year, over", "W zeszłym roku sąsiadka zostawiła dzieci same, teraz wszystko dobrze", 4, "114", false},
	})
}

// TestRestrainingOrderBroken: a restraining order breached now (the order spelt with its letters:
// "kontaktförbud", "kararı") is danger; the order with nothing now is over.
func TestRestrainingOrderBroken(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"sv ex outside now, despite the ban", "Mitt ex står utanför fönstret nu och filmar mig, han har kontaktförbud", 2, "114", true},
		{"tr ex waiting again, now here", "Eski kocam evin önünde bekliyor, uzaklaştırma kararı var. Şimdi yine burada", 2, "114", true},
		{"ar Latin threatened, now a ban", "zawji el sabe2 kan yhaddedni bas halla2 3ando 7azr w ma shefto men shahrein", 3, "114", false},
		{"sv ban, calm now", "Han hotade mig förra året men nu har han kontaktförbud och allt är lugnt", 4, "114", false},
	})
}

// TestPastFormsOfViolence: a past form of breaking in, attacking or threatening needs a word of now;
// with one it stays urgent.
func TestPastFormsOfViolence(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl broke in, told afterwards", "Ktoś włamał się do garażu w zeszłym tygodniu, policja nic nie zrobiła", 2, "114", false},
		{"tr attacked, told afterwards", "Bir köpek oğluma saldırdı, polis ilgilenmedi", 2, "114", false},
		{"ru threatened online", "Мне угрожали в соцсетях, а полиция сказала заблокировать", 2, "114", false},
		{"so fire last night, nobody hurt", "Xalay dab ayaa ka kacay guriga, qofna waxba kama gaarin. Mahadsanid", 5, "112", false},
		// with a word of now it is danger now
		{"pl broke in, still inside", "Ktoś się włamał i nadal jest w domu", 1, "112", true},
		{"ru threatening now", "Он угрожает мне прямо сейчас ножом", 1, "112", true},
	})
}

// TestOnlyAWish: the writer says it is only a wish, a suggestion or a question — fear in the neighbourhood
// and a wish for more patrols is no report of danger now; the same words beside danger now stay urgent.
func TestOnlyAWish(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no only a wish", "Det har vært mye knivstikking i området i det siste. Kan politiet patruljere mer? Bare et ønske", 3, "114", false},
		{"pl only asking", "Czy sąsiad może trzymać broń w domu? Widziałam strzelbę. Tylko pytam", 3, "114", false},
		{"so only want patrols", "Waxaan ka baqayaa hub xaafadda, kaliya waxaan rabaa booliis badan", 3, "114", false},
		{"fa only a suggestion", "دعوا تو محله زیاد شده، کاش پلیس بیشتر گشت بزنه. فقط یه پیشنهاده", 3, "114", false},
		{"de only a suggestion", "In unserer Straße gab es Schlägereien. Mehr Streifen wären gut, nur ein Vorschlag", 3, "114", false},
		// not a wish: danger now
		{"pl weapon now", "Sąsiad stoi teraz pod drzwiami ze strzelbą", 1, "112", true},
	})
}

// TestSinceThatDayAfraid: afraid since the day it happened — the danger is past, the fear remains.
func TestSinceThatDayAfraid(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"fa afraid since that day", "دوچرخه پسرم رو به زور گرفتن و پلیس کاری نکرد. از اون روز میترسه تنها بره بیرون", 1, "114", false},
		{"pl afraid since that day", "Napadli syna pod szkołą, policja nic nie zrobiła. Od tamtego dnia boi się wychodzić", 1, "114", false},
		{"tr afraid since that day", "Oğluma okulun önünde saldırdılar. O günden beri korkuyor", 1, "114", false},
	})
}

// TestPreparationsForDeathDanishEnglish: the Danish and English side — pills laid out, a pet given away,
// no help needed after tonight, a farewell letter followed by "I am calm now" (the calm of a decision);
// the same words about a move, a holiday or a letter to the council are not.
func TestPreparationsForDeathDanishEnglish(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da pills laid out", "Tak fordi I lyttede. Jeg har lagt pillerne frem på bordet i aften", 5, "114", true},
		{"en cat given away", "Thanks for listening. I've given away all my things and I won't need any help after tonight", 5, "114", true},
		{"da letter, then calm", "jeg har skrevet et brev til min mor og lagt det på sengen. det er ok nu jeg er helt rolig", 5, "114", true},
		{"da no need to call", "Tak for snakken. I behøver ikke ringe til mig mere, jeg har foræret alle mine ting væk", 5, "114", true},
		{"da mother still not found", "Min far, som er dement, er stadig ikke fundet, og det bliver snart mørkt", 2, "114", true},
		{"en dad still missing", "My dad has dementia and he is still missing, it's getting cold", 2, "114", true},
		// counterparts
		{"da letter to the council", "Jeg har skrevet et brev til kommunen om sagen og har ikke fået svar", 2, "114", false},
		{"en gave my things to the officer", "I gave my details to the officer and never heard back", 2, "114", false},
		{"en cat to the neighbour for a holiday", "I gave my cat to my neighbour while I was on holiday and someone broke into my car. Still no case number", 2, "114", false},
		{"da cat to the neighbour for a holiday", "Vi har givet katten til naboen mens vi er på ferie. Hvornår får jeg svar på min anmeldelse?", 3, "114", false},
		{"da letter to the daughter about the case", "Jeg har skrevet et brev til min datter om sagen, men politiet svarer ikke", 2, "114", false},
		{"da found again, fine", "Min far var væk i går, men han blev fundet og har det godt nu. Tak", 5, "114", false},
		{"da bike still not found", "Min cykel er stadig ikke fundet, og ingen ringer tilbage", 2, "114", false},
	})
}

// TestChasedNowOrPressedDaily: a child chased now is danger; a company "chasing me daily" for papers is
// someone pressing; "he keeps chasing me" now stays urgent.
func TestChasedNowOrPressedDaily(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en chasing a kid now", "Rang about the men with a knife, they're still there chasing a kid round the car park", 2, "112", true},
		{"da chasing children", "Han jagter nogle børn rundt på legepladsen med en stok", 2, "112", true},
		{"de chasing a child", "Ein Mann jagt ein Kind über den Parkplatz", 2, "112", true},
		{"en chasing me now", "A man is chasing me right now", 1, "112", true},
		{"en insurer chasing daily", "No case number after 4 weeks and the bank is chasing me daily. Please send it", 2, "114", false},
		{"da chasing every day", "Forsikringen jagter mig hver dag for sagsnummeret", 2, "114", false},
	})
}

// TestThreatToldNow: he writes now that he comes tonight to "deal with" the writer; the same told as
// last week's threat, arrested since, is not.
func TestThreatToldNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da coming to deal with me", "Han skriver lige nu at han kommer og ordner mig i aften", 1, "114", true},
		{"en coming round to sort me", "He just texted he's coming round to sort me out", 1, "114", true},
		{"de coming to finish me", "Er schreibt, er kommt und macht mich heute fertig", 1, "114", true},
		{"da last month, arrested", "Sidste måned skrev han at han kom og ordnede mig, nu er han anholdt", 3, "114", false},
	})
}

// TestComeOnAfterAComplaint: "kom nu" ending a complaint told in the past, with no danger named, is
// "come on!"; "kom nu" after danger, or opening a text, is a call for help.
func TestComeOnAfterAComplaint(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da come on after being sent around", "blev stillet videre tre gange og ingen vidste noget om min sag. kom nu", 2, "114", false},
		{"da come now, danger", "han slår på døren med en kniv. kom nu", 1, "112", true},
		{"da come now opening", "kom nu, min mor trækker ikke vejret", 1, "112", true},
	})
}

// TestOnlyAWishDanishEnglish: the Danish and English side of "only a wish, a suggestion, a question".
func TestOnlyAWishDanishEnglish(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da only a wish", "Der har været mange knivstikkerier i området. Kan politiet ikke være mere synligt? Bare et ønske", 3, "114", false},
		{"en only a suggestion", "There's been a lot of stabbings around here lately. More patrols would help. Just a suggestion", 3, "114", false},
		{"da knife now, a question", "Der står en mand med en kniv ude foran nu. Hvad gør jeg?", 1, "112", true},
	})
}

// TestOwnListsOverTheDanishReading: in a Norwegian or Swedish text the Danish/English net yields to the
// text's own lists that read the danger as over; in a text in another language the Danish/English model
// alone yields to its lists' complaint; in Swedish the model is kept where the lists read no conduct.
func TestOwnListsOverTheDanishReading(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no knife last weekend, nobody hurt", "Det sto en mann med kniv utenfor butikken i helgen. Politiet kom etter 5 minutter, ingen ble skadet. Takk", 5, "112", false},
		{"sv condescending", "Mycket nedlåtande bemötande. Han pratade till mig som till ett barn", 1, "114", false},
		{"tr line dropped", "hat 4 kere koptu, her seferinde baştan anlatmak zorunda kaldım, çok sinir bozucu", 2, "112", false},
		{"no knife now", "Det står en mann med kniv utenfor butikken nå", 1, "112", true},
	})
}

// TestHelpLeftIsNotDangerOver: the police or the ambulance came and went — their leaving is no sign the
// danger is over; a danger told now after it stays urgent.
func TestHelpLeftIsNotDangerOver(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"tr came and went, here again now", "Eski kocam yine kapının önünde bekliyor. Dün aradım, geldiler gittiler. Şimdi yine burada", 2, "114", true},
		{"pl came and went, he is back", "Mąż znowu stoi pod drzwiami i krzyczy. Policja przyjechała i odjechała, a on teraz znowu tu jest", 2, "114", true},
		{"tr he left, fine now", "Eski kocam kapının önündeydi ama gitti, şimdi her şey yolunda", 4, "114", false},
	})
}

// TestConductRemarksAndDisclosure: staff mocking the caller's accent or telling them to speak properly,
// telling the ex or the husband what the writer said, blaming the victim's clothes, saying all of a group
// cause trouble, shouting at the caller (the perfective) — in every language; counterparts: a stroke's
// speech, the writer telling, a danger's offender, the writer hanging up, "a farce!".
func TestConductRemarksAndDisclosure(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"da mocked accent", "Betjenten efterabede min accent og sagde 'tal ordentligt dansk'", 1, "114", true},
		{"en mocked accent", "The operator mimicked my accent and told me to speak properly", 1, "114", true},
		{"ar Latin mocked accent", "el mowazzafa kanet t2allid lahjti w td7ak", 1, "114", true},
		{"de mocked accent", "Der Beamte äffte meinen Akzent nach", 1, "114", true},
		{"pl mocked accent", "Dyspozytor przedrzeźniał mój akcent", 1, "114", true},
		{"tr mocked accent", "Memur aksanımla dalga geçti", 1, "114", true},
		{"ru mocked accent", "Оператор передразнивал мой акцент", 1, "114", true},
		{"da told my ex", "Politiet har fortalt min eksmand alt hvad jeg sagde til dem", 1, "114", true},
		{"fa Latin told the ex-husband", "harchi be polis goftam ro be shoharam gofte budan", 1, "114", true},
		{"ar Latin told my husband", "el mowazzaf 7aka la jozi kel shi 2eltello", 1, "114", true},
		{"de told my ex", "Die Polizei hat meinem Exmann alles erzählt, was ich gesagt habe", 1, "114", true},
		{"pl told my husband", "Policjant powiedział mężowi wszystko, co mu zgłosiłam", 1, "114", true},
		{"no dress less provocatively", "Betjenten sa at jeg burde kle meg mindre utfordrende", 1, "114", true},
		{"sv dress less provocatively", "Polisen sa att jag borde klä mig mindre utmanande", 1, "114", true},
		{"en dress less provocatively", "The officer said I should dress less provocatively", 1, "114", true},
		{"da dress less provocatively", "Betjenten sagde at jeg skulle klæde mig mindre udfordrende", 1, "114", true},
		{"ar Latin all Muslims", "el shorti 2al kel el muslimin 3amlin mashakel", 1, "114", true},
		{"de all foreigners", "Der Polizist sagte, alle Ausländer machen nur Ärger", 1, "114", true},
		{"en all Muslims", "The officer said all Muslims cause trouble", 1, "114", true},
		{"uk shouted at me", "Оператор крикнув на мене і кинув трубку", 1, "114", true},
		{"ru shouted at me", "Оператор наорал на меня и бросил трубку", 1, "114", true},
		// counterparts
		{"no stroke speech", "Mor snakker ikke ordentlig og klarer ikke å stå, vi venter på ambulansen", 1, "112", false},
		{"de wegen meinem Ex", "Ich habe wegen meinem Ex angerufen, ihr habt gesagt, ich soll mich melden. Danke", 4, "114", false},
		{"fa the writer told", "من خودم به شوهرم گفتم که به پلیس زنگ زدم", 3, "114", false},
		{"da the man with the knife shouts", "Vagten var venlig, men manden med kniven råber stadig ad folk foran butikken", 2, "112", false},
		{"ar someone threatened with a knife", "الشهر الماضي واحد هددني بسكين، الشرطة مسكته. بدي رقم القضية", 3, "114", false},
		{"de the writer hung up", "Mein Dänisch ist schlecht, ich habe die Hälfte nicht verstanden und am Ende einfach aufgelegt", 2, "114", false},
		{"ar a farce", "ساعة على الخط عشان ابلغ عن سرقة. مسخرة", 1, "114", false},
		{"en all the officers were kind", "All the officers were kind and patient with me", 5, "114", false},
		{"pl told the husband to come", "Policjant powiedział mężowi, żeby przyszedł po mnie na komisariat", 4, "114", false},
		{"da the writer told her husband", "Jeg fortalte min mand alt hvad der skete, og han ringede til politiet", 4, "114", false},
	})
}

// TestLastNightToldInThePast: the Swedish and Norwegian "i natt" in a clause told in the past is last
// night — no word of now renewing a danger said to be over; in a clause told now it stays tonight.
func TestLastNightToldInThePast(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"sv not hurt, banged last night", "Jag blev inte skadad och han är borta nu, men det tog 30 min innan någon svarade när han bankade på dörren i natt", 2, "112", false},
		{"no not hurt, came last night", "Jeg ble ikke skadet og han er borte nå, men det tok en halvtime før noen svarte da han kom i natt", 2, "112", false},
		{"sv standing outside tonight", "Mitt ex står utanför dörren i natt och bankar, jag är rädd", 1, "112", true},
	})
}

// TestSetsFifteenToSeventeenSecondLook: variants of the concepts written after them, in other words and
// languages (a second look, not kept as a set), and look-alikes with the concepts' words that must not
// flag. Left flagged, and noted in doc_intro.md: a farewell message with an ordinary reason (moving
// abroad), breathing heavily for years beside "Hilfe?", a police quote "ihr braucht mich nicht mehr anrufen".
func TestSetsFifteenToSeventeenSecondLook(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en goodbye letters", "I've written goodbye letters to my kids and given my dog to a friend. Thanks for listening tonight", 5, "114", true},
		{"da letter to the children", "Jeg har givet min hund til naboen og skrevet et brev til mine børn. Tak for snakken", 5, "114", true},
		{"sv things given away", "Jag har gett bort min katt och skrivit brev till barnen. Tack för samtalet", 5, "114", true},
		{"de farewell letters", "Ich habe Abschiedsbriefe an meine Kinder geschrieben. Danke, dass Sie zugehört haben", 5, "114", true},
		{"pl things given away", "Rozdałem swoje rzeczy i napisałem list do córki. Dziękuję za rozmowę", 5, "114", true},
		{"tr no need to call", "Kedimi komşuya verdim, artık beni aramanıza gerek yok. Teşekkürler", 5, "114", true},
		{"ro letters to the children", "Am dat pisica vecinei și am scris scrisori copiilor. Mulțumesc", 5, "114", true},
		{"ar letter to mother", "عطيت قطتي للجيران وكتبت رسالة لامي. شكرا الكم", 5, "114", true},
		{"ru letters to the family", "Я раздал свои вещи и написал письма родным. Спасибо за разговор", 5, "114", true},
		{"uk Latin letters to the family", "ya viddala kota susidtsi i napysala lysty ridnym. dyakuju", 5, "114", true},
		{"no farewell message", "Sønnen min sendte meg en avskjedsmelding og svarer ikke", 1, "114", true},
		{"sv farewell sms", "Dottern skickade ett avskedssms och svarar inte", 1, "114", true},
		{"ar Latin not home at night", "ibni ma raje3 3al bet w sar el sa3a 11 bel lel, telefono msakkar", 1, "114", true},
		{"sv breathing heavily", "Pappa andas tungt och läpparna är blå", 1, "112", true},
		{"en breathing strangely", "My dad is breathing strangely and his lips are going blue", 1, "112", true},
		{"da breathing strangely", "Min mor trækker vejret mærkeligt og læberne er blå", 1, "112", true},
		{"da children locked in alone", "Naboen har låst børnene alene inde siden i går, de græder", 2, "114", true},
		{"en toddlers left alone", "The neighbour left her toddlers alone since yesterday, I can hear them crying", 2, "114", true},
		{"da grandmother not found", "Min mormor med demens er stadig ikke fundet", 2, "114", true},
		{"de uncle not found", "Onkel mit Demenz ist seit heute früh weg, wir haben ihn noch nicht gefunden", 2, "114", true},
		{"pl grandmother not found", "Babcia wyszła rano i nadal jej nie znaleźliśmy", 2, "114", true},
		{"tr at my door despite the order", "Eski sevgilim kapımın önünde, uzaklaştırma kararı var ama şu an burada", 2, "114", true},
		{"sv on the stairs despite the ban", "Exet står i trappen nu trots kontaktförbud", 2, "114", true},
		{"no coming to take me tonight", "Mannen min sier han kommer og tar meg i kveld", 1, "114", true},
		{"de coming to finish me tonight", "Er schreibt gerade, dass er heute Nacht kommt und mich fertig macht", 1, "114", true},
		{"en followed, behind me now", "A guy followed me from the metro and he's behind me again now", 1, "112", true},
		{"fa Latin followed, behind me now", "yek mard az istgah donbalam oomad, alan posht saram vaysade", 1, "112", true},
		// look-alikes written with the concepts' words
		{"en cat to the neighbour on holiday", "I gave my cat to my neighbour while I was on holiday and someone broke into my car. Still no case number", 2, "114", false},
		{"da cat to the neighbour on holiday", "Vi har givet katten til naboen mens vi er på ferie. Hvornår får jeg svar på min anmeldelse?", 3, "114", false},
		{"da letter to the daughter about the case", "Jeg har skrevet et brev til min datter om sagen, men politiet svarer ikke", 2, "114", false},
		{"da children alone last week", "Jeg efterlod børnene alene i ti minutter i sidste uge, og naboen ringede til politiet. Det var unødvendigt", 2, "114", false},
		{"ar Latin not back yesterday, ill", "ibni ma raje3 mn el madrase mbere7 la2anno kan marid, bas el shorta ma ejet", 3, "114", false},
		{"de threat last year, in prison", "Er kommt und macht mich fertig, hat er letztes Jahr gesagt. Jetzt sitzt er im Gefängnis", 3, "114", false},
		{"pl grandmother back, fine", "Babcia wyszła rano i nadal jej nie znaleźliśmy, ale po południu wróciła sama, wszystko dobrze", 4, "114", false},
		{"da only a wish", "Bare et ønske: mere politi ved stationen om natten", 3, "114", false},
		{"en all foreigners welcome", "The officer said all foreigners are welcome to call 114 in English", 5, "114", false},
	})
}

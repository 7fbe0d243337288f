package classify

import "testing"

// The seventh blind set's mechanisms (session 6, urgent recall in every language): one table per
// danger concept, in several languages, with counterparts (the danger over, past, negated or only
// feared in general) that must stay as they are. Every sentence is written for the test, none is the
// set's.

// TestIntentToDieToldSideways: "I can't go on", "I won't be here tomorrow", "tonight I'll end it",
// "he says goodbye", and thanks to staff in the same text do not end it.
func TestIntentToDieToldSideways(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl can't cope, thanks", "Już nie daję rady z tym wszystkim. Dziękuję panu za rozmowę, był pan miły", 4, "114", true},
		{"pl won't be here tomorrow", "Jutro mnie już nie będzie, dziękuję za cierpliwość", 4, "114", true},
		{"ar Latin can't go on, thanks", "ma 3ad fiye kammel hek, shukran lal shab li 7aka ma3i", 4, "112", true},
		{"ar script don't want to live, thanks", "ما بدي عيش بعد اليوم. شكرا للموظفة كانت لطيفة", 4, "112", true},
		{"tr can't bear it, thanks", "Artık dayanamıyorum. Telefondaki hanıma teşekkür ederim, çok kibardı", 4, "114", true},
		{"tr won't be here tomorrow", "yarın burada olmayacağım, teşekkürler her şey için", 4, "114", true},
		{"ro can't take it any more", "Nu mai rezist. Multumesc doamnei de la telefon, a fost draguta", 4, "114", true},
		{"de won't be here tomorrow", "Morgen bin ich nicht mehr da. Danke an die nette Frau am Telefon", 4, "114", true},
		{"sv can't go on, thanks", "Jag orkar inte mer. Tack till mannen som svarade, han var snäll", 4, "114", true},
		{"no won't be here tomorrow", "Jeg er ikke her i morgen. Takk til hun som svarte", 4, "114", true},
		{"fa Latin can't go on", "dige nemitoonam, mamnoon az khanoomi ke javab dad", 4, "114", true},
		{"uk says goodbye", "Мій син прощається з усіма в повідомленнях і не бере трубку", 2, "112", true},
		{"ru can't bear it", "Я больше не выдерживаю. Спасибо оператору за доброту", 4, "114", true},
		{"so won't be here tomorrow", "Berri ma joogi doono. Mahadsanid gabadha taleefanka", 4, "114", true},
		{"en don't think I'll be here tomorrow", "I don't think I'll be here tomorrow. The lady on the phone was lovely though", 4, "114", true},
		{"tr self-harm now", "Kızım banyoya kilitlendi, kendine zarar vereceğini söylüyor", 1, "112", true},
		{"de self-harm", "Mein Bruder sagt, er will sich etwas antun, und geht nicht ans Telefon", 1, "112", true},
		{"ru self-harm", "Подруга пишет, что причинит себе вред, помогите", 1, "112", true},
		// counterparts: over, past, negated, or someone else's wait
		{"pl over, better now", "W zeszłym roku już nie dawałam rady, ale dziś jest dobrze. Dziękuję za tamtą pomoc", 5, "114", false},
		{"de in hospital and better", "Mein Bruder wollte sich letzten Monat etwas antun. Jetzt ist alles in Ordnung, danke", 5, "114", false},
		{"tr thanks only", "Memur çok kibardı, hemen yardım etti. Teşekkürler", 5, "114", false},
		{"ro waited long, thanks", "Am asteptat mult la telefon, dar doamna a fost draguta. Multumesc", 4, "114", false},
	})
}

// TestStrokeBySigns: a stroke told by its signs (speech, standing, the face) is a medical emergency now
// in every language; the same signs told as over are not.
func TestStrokeBySigns(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no cannot stand, speech", "Far snakker rart og kan ikke stå, vi venter på ambulansen", 2, "112", true},
		{"sv slurring, face", "Mamma sluddrar och munnen hänger, ambulansen har inte kommit", 2, "112", true},
		{"de speech slurred", "Mein Mann spricht undeutlich und der Mundwinkel hängt", 2, "112", true},
		{"pl cannot stand", "Babcia nie może ustać i mówi niewyraźnie", 2, "112", true},
		{"tr tongue, face", "Babamın dili dolaşıyor, yüzü kaydı", 2, "112", true},
		{"ro cannot speak", "Bunicul nu poate vorbi si are gura stramba", 2, "112", true},
		{"ar Latin speech", "baba ma 3am ye7ki mni7 w wesho mayel", 2, "112", true},
		{"ru face", "У мамы лицо перекосило, заплетается язык", 2, "112", true},
		{"uk cannot stand", "Тато не може стояти і говорить невиразно", 2, "112", true},
		// counterparts
		{"no over, home again", "Far fikk hjerneslag i fjor og er hjemme igjen. Ingen ringte tilbake om saken", 2, "114", false},
		{"de not told now", "Vor einem Monat hatte meine Mutter einen Schlaganfall. Jetzt ist sie stabil", 4, "114", false},
		{"da the writer's lasting condition", "Jeg har sklerose og taler utydeligt, og damen troede jeg var fuld", 1, "114", false},
		{"no the writer's lasting condition", "Jeg har MS og snakker utydelig, og hun trodde jeg var full", 1, "114", false},
	})
}

// TestThreatAnnouncedWithFear: someone coming tonight (or a threat) told with fear now is urgent, also
// when the police said "call if they come"; fear alone, fear told in the past, or the police coming is not.
func TestThreatAnnouncedWithFear(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ro coming tonight, afraid", "Fostul iubit zice ca vine diseara cu prietenii. Politia a zis sa sun daca vine. Mi-e frica", 2, "114", true},
		{"so threatened, afraid", "Ninkii hore ayaa igu hanjabay. Waan baqayaa", 2, "114", true},
		{"pl coming tonight, afraid", "Sąsiad napisał, że przyjdą w nocy i mnie załatwią. Boję się", 2, "114", true},
		{"tr will come, afraid", "Kayınbiraderim bu gece eve geleceğini yazdı. Çok korkuyorum", 2, "114", true},
		{"ar Latin will come, afraid", "jozi el 2adim 2al ra7 yiji el leile, ana 5ayfe ktir", 2, "114", true},
		{"fa Latin coming for me", "shohare ghablim goft emshab miad soragham, kheili mitarsam", 2, "114", true},
		{"de coming tonight, afraid", "Mein Ex will heute Abend vorbeikommen. Ich habe Angst", 2, "114", true},
		{"uk coming, afraid", "Колишній написав, що прийде вночі. Мені страшно", 2, "114", true},
		{"ru coming, afraid", "Бывший муж сказал, что придет ночью. Я боюсь", 2, "114", true},
		// counterparts
		{"ro afraid of the queue", "Mi-e frica ca nimeni nu raspunde la 114, am asteptat o ora", 2, "114", false},
		{"pl police will come, afraid", "Policja przyjdzie jutro spisać zeznania, trochę się boję rozmowy", 3, "114", false},
		{"de was afraid, now arrested", "Ich hatte Angst, als er drohte. Er wurde festgenommen, alles ist gut", 4, "114", false},
		{"tr afraid of the officer's tone", "Korkuyorum, memur çok sert konuştu", 2, "114", false},
		{"de threatened last year, he has moved", "Mein Nachbar hat mir letztes Jahr gedroht, ich habe immer noch Angst, aber er ist umgezogen", 3, "114", false},
	})
}

// TestChildAloneOrOnARoad: a young child alone or on a road in a sentence told now is a child in danger;
// a child who was alone, or a child not alone, is not.
func TestChildAloneOrOnARoad(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"so girl alone at the bus stop", "Gabar yar oo keligeed ah ayaa joogta wadada dhinaceeda, weli halkan ayay joogtaa", 3, "112", true},
		{"sv child on the motorway", "Ett barn springer på motorvägen vid avfarten nu", 2, "112", true},
		{"de child alone", "Ein kleines Kind läuft allein an der Straße, keine Eltern zu sehen", 2, "112", true},
		{"pl child alone", "Małe dziecko samo chodzi po parkingu, nikogo z nim nie ma", 2, "112", true},
		{"tr child alone", "Küçük bir çocuk yalnız başına yolda yürüyor", 2, "112", true},
		{"ar script child alone", "في طفل صغير وحده بالشارع وما في حدا معه", 2, "112", true},
		{"ru child alone", "Маленький ребенок один на остановке, родителей нет", 2, "112", true},
		// counterparts
		{"de child was alone, found", "Gestern war unser Kind kurz allein, wir haben es sofort gefunden. Danke", 5, "114", false},
		{"pl not alone", "Dziecko nie jest samo, jest z babcią. Chciałam tylko zapytać o numer sprawy", 3, "114", false},
		{"sv child with parents", "Barnet var ensamt en stund i går men nu är allt lugnt", 4, "114", false},
		{"pl child called by itself, thanks", "Mój syn sam zadzwonił na 112, bo babcia upadła. Dziękuję za szybką pomoc", 5, "112", false},
		{"tr child alone at home earlier, thanks", "Çocuğum yalnız kaldığında polis çok yardımcı oldu, teşekkürler", 5, "114", false},
		{"tr walks to school alone (a habit)", "Oğlum her gün okula yalnız yürüyor ve yolda hiç polis yok, şikayetim bu", 3, "114", false},
		{"ru goes to school alone (a habit)", "Дочь одна ходит в школу через дорогу без светофора, это жалоба", 3, "114", false},
		{"uk walks to school alone (a habit)", "Син сам ходить до школи, просимо патруль", 3, "114", false},
	})
}

// TestDangerOnTheRoadNow: a drunk or wrong-way driver with a word of now is urgent; the same driver in a
// report afterwards is not.
func TestDangerOnTheRoadNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da drunk driver now", "der korer en spritbilist paa motorvejen lige nu, slingrer helt vildt", 3, "112", true},
		{"en wrong way now", "There is a car driving the wrong way on the motorway right now", 3, "112", true},
		{"de ghost driver now", "Ein Geisterfahrer fährt gerade auf der A7", 3, "112", true},
		{"pl drunk driver now", "Pijany kierowca jedzie teraz zygzakiem po autostradzie", 3, "112", true},
		{"tr drunk driver now", "Sarhoş sürücü şu an otoyolda zikzak çiziyor", 3, "112", true},
		{"sv wrong way now", "En bil kör mot trafiken på E20 just nu", 3, "112", true},
		// counterparts: a report afterwards
		{"da drunk driver reported", "jeg anmeldte en spritbilist i sidste uge og hørte aldrig mere", 2, "114", false},
		{"de ghost driver reported", "Ich habe letzte Woche einen Geisterfahrer gemeldet, niemand hat zurückgerufen", 2, "114", false},
		{"pl drunk driver reported", "Zgłosiłem pijanego kierowcę, ale nikt nie oddzwonił", 2, "114", false},
	})
}

// TestStalkerOutsideNow: someone who stalks the writer standing outside their home now is urgent; a
// stalker told of in the past is not.
func TestStalkerOutsideNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de stands outside my house", "Der Mann steht wieder vor meinem Haus und wartet", 2, "114", true},
		{"pl stalks me", "Ten człowiek śledzi mnie od tygodnia i stoi pod domem", 2, "114", true},
		{"ru stalks me", "Он преследует меня и стоит под окнами", 2, "114", true},
		{"de stalker last year", "Letztes Jahr wurde ich verfolgt, das Verfahren wurde eingestellt. Keine Rückmeldung", 2, "114", false},
	})
}

// TestStaffRemarksOnOriginAndLanguage: staff telling the writer to learn the language, asking where they
// are from, "typical women", "X always make trouble", "stop whining", hanging up in their face, is
// conduct in every language; the same words said by the writer, by someone else, or in thanks are not.
func TestStaffRemarksOnOriginAndLanguage(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"ar Latin learn Danish", "el shorti 2al li 'et3allam danmarki awwal' w ma sa3adni", 1, "114", true},
		{"ar script learn the language", "الموظف قال لي تعلم اللغه اول وبعدين اتصل", 1, "114", true},
		{"fa Latin learn the language", "mamoor polis goft zaban yad begir baad zang bezan", 1, "114", true},
		{"pl where are you from", "Dyspozytorka zapytała: skąd pani jest? i przestała słuchać", 1, "114", true},
		{"de where are you from", "Der Beamte fragte nur, woher kommen Sie, und legte auf", 1, "114", true},
		{"tr Arabs always", "Polis memuru 'Araplar hep böyle' dedi", 1, "114", true},
		{"no stop whining", "Operatøren sa at jeg måtte slutte å syte", 1, "114", true},
		{"sv typical women", "Polisen sa 'typiskt kvinnor' och skrattade", 1, "114", true},
		{"ru learn the language", "Оператор сказал: выучи датский язык, потом звони", 1, "114", true},
		{"ar Latin hung up the phone", "el mowazaf sakkar el telefon w ana 3am e7ki", 1, "114", true},
		{"fa Latin hung up", "oon khanoom goshi ro gozasht vasate harfam", 1, "114", true},
		// counterparts: the writer's own words, someone else's, or thanks
		{"pl I asked where they were from", "Zapytałam sąsiada, skąd jest, i poszliśmy razem na policję. Dziękuję za pomoc", 5, "114", false},
		{"de I am learning Danish, thanks", "Ich lerne Dänisch, die Beamtin hat langsam gesprochen. Danke", 5, "114", false},
		{"tr neighbour said it", "Komşum 'Türkler hep sorun çıkarır' dedi, polis ona çok iyi cevap verdi. Teşekkürler", 5, "114", false},
		{"no the neighbour whines", "Naboen syter hele tiden over bråk, men politiet var hyggelige. Takk", 5, "114", false},
	})
}

// TestStaffToldTheLandlord: staff telling the writer's landlord who called or what happened is a breach
// of confidentiality in every language; the writer telling the landlord is not.
func TestStaffToldTheLandlord(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"sv told my landlord", "Polisen berättade för min hyresvärd vad som hänt i lägenheten", 1, "114", true},
		{"de told the landlord", "Der Polizist hat meinem Vermieter erzählt, dass ich angerufen habe", 1, "114", true},
		{"pl told the owner", "Policjant powiedział właścicielowi mieszkania, kto dzwonił", 1, "114", true},
		{"tr told my landlord", "Memur ev sahibime her şeyi anlattı", 1, "114", true},
		{"ro told the landlord", "Politistul a spus proprietarului ca eu am sunat", 1, "114", true},
		{"ar Latin told the landlord", "el shorti 2al la sa7eb el bet enno ana ettasalt", 1, "114", true},
		{"ru told the landlord", "Полицейский рассказал арендодателю о моем звонке", 1, "114", true},
		// counterparts: the writer told the landlord
		{"sv I told my landlord", "Jag berättade själv för hyresvärden och han var förstående. Tack till polisen", 5, "114", false},
		{"de I told my landlord", "Ich habe es meinem Vermieter selbst erzählt, die Polizei war sehr freundlich. Danke", 5, "114", false},
	})
}

// TestRecallProbeSecondRound: a second probe written after the mechanisms above, whose misses were
// mechanisms too — a negator does not reach across "and" ("he cannot speak, and his face droops"); the
// plain words of suicide are not ended by thanks; "tonight I'll finish everything" with its word of now;
// a Ukrainian word is not read as a Russian one ("біля", near, is no "была", was); the Latin "hochu";
// prison ends a danger; "I can't cope with this queue haha" and fear of a practical matter are no danger.
func TestRecallProbeSecondRound(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ar negator before and", "امي ما تقدر تمشي ووجهها مايل", 1, "112", true},
		{"ro plain words, thanks", "Nu mai vreau sa traiesc. Multumesc ca m-ati ascultat", 4, "114", true},
		{"sv plain words, thanks", "Jag vill inte leva längre. Tack för att ni lyssnade", 4, "114", true},
		{"so plain words, thanks", "Ma rabo inaan noolaado. Mahadsanid", 4, "114", true},
		{"ar Latin finish everything tonight", "el leile ra7 khalles kel shi. shukran", 4, "114", true},
		{"fa Latin finish everything tonight", "emshab hame chi ro tamoom mikonam", 4, "114", true},
		{"ru tonight I'll end it, thanks", "Сегодня ночью я всё закончу. Спасибо вам", 4, "114", true},
		{"ru Latin hochu", "ya ne hochu bolshe zhit, spasibo", 4, "114", true},
		{"uk child alone near the road", "Мала дитина сама біля дороги, батьків немає", 2, "112", true},
		{"no son will hurt himself", "Sønnen min sier han skal skade seg selv", 2, "112", true},
		{"de threatened to come, afraid", "Er hat gedroht, heute Nacht zu kommen. Ich habe Angst", 2, "114", true},
		// counterparts
		{"ar negated, not across and", "ما في حدا يتكلم معي بالشرطه", 2, "114", false},
		{"ru finish the report tomorrow", "Я все закончу с заявлением завтра, спасибо за помощь", 4, "114", false},
		{"pl the queue, laughed", "Nie mogę się dodzwonić, już nie daję rady z tą kolejką haha", 2, "114", false},
		{"pl afraid it is too late, a lock", "Przyjdą jutro naprawić zamek, boję się tylko, że za późno", 3, "114", false},
		{"so beaten last year, in prison now", "Ninkii i garaacay sanadkii hore hadda waa xabsi. Waad mahadsantihiin", 4, "114", false},
		{"uk last night a fire, thanks", "Вчора вночі була пожежа, але всі цілі. Дякуємо", 5, "112", false},
	})
}

// TestRecallProbeThirdRound: a third probe, Danish and English included (all caught), whose foreign misses
// were spellings and word orders of the same concepts — "bade mout", "się boję", "Todesangst", "heute
// Nacht kommt", Somali "imanayaa"; thanks beside the plain words "I want to die" / "I can't live"; a
// Swedish child alone read by the Danish lists; and the Romanian "acum doi ani" (two years ago), whose
// "acum" is no "now".
func TestRecallProbeThirdRound(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da intent with thanks", "Tak til jer begge. Jeg orker ikke at leve længere, i nat gør jeg det", 4, "114", true},
		{"en coming tonight, terrified", "He texted that he's coming over tonight. Police said ring if he shows up. I'm terrified", 2, "114", true},
		{"ar Latin want to die, thanks", "merci ktir bas bade mout", 4, "114", true},
		{"fa kill myself, thanks", "مرسی از شما، ولی میخوام خودمو بکشم", 4, "114", true},
		{"ru Latin can't live, thanks", "spasibo, no ya ne mogu zhit tak", 4, "114", true},
		{"sv want to die, thanks", "Tack, men jag vill dö", 4, "114", true},
		{"pl tonight, się boję", "Napisał, że przyjdzie dziś w nocy. Strasznie się boję", 2, "114", true},
		{"de heute Nacht kommt, Todesangst", "Sie schreibt, dass ihr Bruder heute Abend kommt. Ich habe Todesangst", 2, "114", true},
		{"so I'm coming to you tonight", "Wuxuu igu yiri caawa ayaan kuu imanayaa. Waan baqayaa", 2, "114", true},
		{"sv child alone on the track", "Ett litet barn står ensamt vid spåret", 2, "112", true},
		// counterparts
		{"ro stroke two years ago, fine now", "Tata a avut un AVC acum trei ani, acum e bine. Va multumesc", 4, "114", false},
		{"da afraid the complaint is ignored", "Jeg er bange for at I ikke læser min klage", 3, "114", false},
		{"en police coming tonight for a statement", "The police said they will come tonight to take my statement", 3, "114", false},
		{"ru child was alone, all good", "Ребенок был один дома пять минут, все хорошо, спасибо", 5, "114", false},
	})
}

// TestLatinLetterDangerWithoutTheNet: danger written in Latin letters (Arabizi, Finglish) and Somali,
// on 114 and rated 3, so the 112 recall net for unread texts cannot catch it — hitting, not breathing,
// fallen, burning, someone forcing their way in, hiding, a stroke's face and speech, self-harm.
func TestLatinLetterDangerWithoutTheNet(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ar Latin hitting now", "abouy 3am yedrob emmi halla2", 3, "114", true},
		{"ar Latin not breathing", "jeddo ma 3am yetnaffas", 3, "114", true},
		{"ar Latin fallen", "teta wa23a 3al ard w ma 3am trod", 3, "114", true},
		{"ar Latin burning", "el matbakh 3am ya7ter2", 3, "114", true},
		{"ar Latin someone getting in, hiding", "fi 7ada 3am yfut 3al beit, ana m5abaye", 3, "114", true},
		{"ar Latin stroke", "emmi msh 2adra tetkallam, ma fi ye7ki w wejho mayel", 3, "114", true},
		{"ar Latin self-harm", "a5i 3am y2ool ra7 yi2zi 7alo", 3, "114", true},
		{"fa Latin forcing in", "ye nafar mikhad bezoor vared beshe", 3, "114", true},
		{"fa Latin stroke face", "babam soratesh kaj shode", 3, "114", true},
		{"ro someone entering", "Cineva incearca sa intre in apartament", 3, "114", true},
		{"so burning", "Aqalkayagu wuu gubanayaa", 3, "114", true},
		{"so someone getting in", "Nin ayaa isku dayaya inuu guriga soo galo", 3, "114", true},
		{"de wants to hurt himself", "Mein Freund sagt, er wird sich verletzen", 3, "114", true},
		{"so child alone on the road", "Ilmo yar oo keligii ah ayaa jidka dhexdiisa taagan", 3, "114", true},
		// counterparts: over or past
		{"ar Latin beaten a year ago, in prison", "jozi darabni mn sene bas halla2 huwe bel 7abs. shukran", 4, "114", false},
		{"fa Latin fire last year, all safe", "sal e pish khoonamoon atish gereft, hame salem boodan. merci", 4, "114", false},
		{"so child alone earlier, thanks", "Shalay ilmahaygu keligiis ayuu ahaa, booliisku way caawiyeen. Mahadsanid", 5, "114", false},
	})
}

// TestDanishEnglishRecallProbe: the same concepts in Danish and English on 114, rated 3 or better (no
// net behind them): intent with thanks, a threat for tonight with "call if he comes", a stroke by its
// signs, a child alone by a road, a wrong-way driver now, self-harm now, a stalker outside; and their
// counterparts told as past.
func TestDanishEnglishRecallProbe(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da goodbye with thanks", "Tak for snakken. Jeg siger farvel til alle nu, pillerne ligger klar", 4, "114", true},
		{"en nobody will miss me, thanks", "I'm done. Nobody will miss me. Thank you anyway", 4, "114", true},
		{"da threat tonight, afraid", "Han har skrevet at han kommer i nat og jeg er bange, I sagde bare ring hvis han kommer", 3, "114", true},
		{"en coming tonight with knives", "They texted that they will come tonight with knives", 3, "114", true},
		{"da confused and cannot stand", "Morfar er forvirret og kan ikke stå", 3, "114", true},
		{"en arm and speech", "My aunt suddenly can't lift her arm and her speech is slurred", 3, "114", true},
		{"da boy alone by the motorway", "der sidder en lille pige alene ved motorvejen", 3, "114", true},
		{"da wrong way now", "en bil kører mod kørselsretningen på motorvejen lige nu", 3, "114", true},
		{"en cutting herself now", "my sister is cutting herself in the bathroom right now", 3, "114", true},
		// counterparts
		{"da self-harm last year, fine now", "Tak for hjælpen sidste år da min søn ville skade sig selv, han har det godt nu", 4, "114", false},
		{"en stroke last spring, fine now", "My father had a stroke last spring; the operator was very calm. He is fine now", 4, "114", false},
		{"da drunk driver reported last month", "Jeg anmeldte en spritbilist i sidste måned og har ikke hørt noget", 3, "114", false},
		{"da police coming tonight", "Politiet sagde de kommer i aften og tager min anmeldelse", 3, "114", false},
	})
}

// TestComingTonightCallIfHeComes: someone announced as coming tonight, with the police's "call if he
// comes", is a threat for tonight in every language even without a word of fear; a visit, a patrol
// coming, or "what do I do if he comes again?" is not.
func TestComingTonightCallIfHeComes(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no coming tonight, call if", "Eksen skrev at han kommer hjem til meg i kveld. Politiet sa ring hvis han kommer.", 3, "114", true},
		{"de coming tonight, call if", "Er kündigte an, heute Abend vorbeizukommen. Man sagte mir, ich soll anrufen, wenn er kommt.", 3, "114", true},
		{"pl coming tonight, call if", "Pisze, że przyjdą dziś w nocy. Na policji powiedzieli: proszę dzwonić, jak przyjdą.", 3, "114", true},
		{"tr coming tonight, call if", "Bu gece eve geleceklerini yazdılar. Polis gelirlerse arayın dedi.", 3, "114", true},
		{"ro coming tonight, call if", "Vine diseara la mine cu fratii lui. Mi-au zis sa sun daca vine.", 3, "114", true},
		{"so coming tonight, call if", "Caawa ayay ii imanayaan. Waxay yiraahdeen wac markay yimaadaan.", 3, "114", true},
		{"ar Latin coming tonight, call if", "2al ra7 yiju el leile. el shorta 2alu ettasel iza ejo.", 3, "114", true},
		{"fa coming tonight, call if", "امشب میان سراغم. گفتن اگه اومدن زنگ بزن", 3, "114", true},
		{"uk coming tonight, call if", "Вони прийдуть сьогодні вночі. Сказали дзвонити, коли прийдуть.", 3, "114", true},
		{"ru coming tonight, call if", "Сказал, что приедет сегодня ночью. Мне сказали звонить, если приедет.", 3, "114", true},
		// counterparts
		{"no a patrol tonight", "Patruljen kommer i natt, sa de, ring hvis det skjer noe mer.", 3, "114", false},
		{"de a son visiting", "Mein Sohn kommt heute Abend zu Besuch. Die Polizei sagte, ich soll anrufen, wenn der Nachbar wieder laut ist.", 3, "114", false},
		{"ru what if he comes again", "А что мне делать, если он опять придёт? Никто ничего не объяснил.", 2, "114", false},
	})
}

// TestSuicideToldByItsPreparations: "this is my last message" closing its sentence, a farewell letter,
// giving everything away, a rope made ready, wanting to jump — in every language, thanks or not; "my
// last message about the fine" is not.
func TestSuicideToldByItsPreparations(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl last message", "Piszę do was ostatni raz. To moja ostatnia wiadomość.", 4, "114", true},
		{"de last message, thanks", "Danke für alles. Das ist meine letzte Nachricht.", 4, "114", true},
		{"tr last message", "Herkese teşekkürler, bu son mesajım.", 4, "114", true},
		{"ar script last message", "شكرا لكم. هذه اخر رسالة مني", 4, "114", true},
		{"ar Latin last message", "shukran, hayde a5er risale mni", 4, "114", true},
		{"fa Latin last message", "merci az hame, in akharin payame mane", 4, "114", true},
		{"ru Latin last message", "Spasibo vam, eto moe poslednee soobshchenie.", 4, "114", true},
		{"uk farewell letter", "Моя донька написала прощальний лист і не відповідає", 3, "114", true},
		{"no farewell letter", "Faren min har skrevet et avskjedsbrev", 3, "114", true},
		{"sv gave everything away", "Min vän har gett bort alla sina saker och svarar inte", 3, "114", true},
		{"de rope ready", "Mein Freund hat ein Seil vorbereitet", 3, "114", true},
		{"ar Latin wants to jump", "a5ti 3al sate7 w bada tnot", 3, "114", true},
		// counterparts
		{"pl last message about the bike", "To moja ostatnia wiadomość w sprawie roweru, dziękuję za pomoc", 5, "114", false},
		{"de last message about the case", "Das ist meine letzte Nachricht zu dem Fall, danke für die Hilfe", 4, "114", false},
	})
}

// TestMedicalSignsWithoutTheNet: a swelling throat or face, chest tightness with a numb arm, a household
// poison swallowed, told on 114 and rated 3 in the other languages; the same told as over is not.
func TestMedicalSignsWithoutTheNet(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de throat swelling", "Meine Tochter hat Nüsse gegessen und der Hals schwillt zu", 3, "114", true},
		{"tr chest and arm", "Eşimin göğsü sıkışıyor, kolu uyuşuyor", 3, "114", true},
		{"ar Latin face swelling", "bente wejha nafakh ba3d el akl", 3, "114", true},
		{"pl drank drain cleaner", "Dziecko wypiło kreta, co robić", 3, "114", true},
		{"tr drank bleach", "Kızım çamaşır suyu içti", 3, "114", true},
		{"ru face swelling", "У сына опухает лицо после укуса", 3, "114", true},
		{"uk poisoned", "Бабуся отруїлася грибами", 3, "114", true},
		// counterparts
		{"de swelling last year, fine", "Letztes Jahr hatte mein Sohn einen allergischen Schock, jetzt ist alles gut. Danke", 5, "114", false},
		{"pl drank it last month, fine", "W zeszłym miesiącu syn wypił płyn, był w szpitalu i jest dobrze. Dziękuję", 5, "114", false},
	})
}

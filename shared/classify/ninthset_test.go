package classify

import "testing"

// The ninth blind set's mechanisms (session 7): one table per concept, in several languages, with
// counterparts (past, over, negated, another sense of the word) that must stay as they are. Every
// sentence is written for the test, none is the set's.

// TestHidingNow: the writer locked in a room or hiding from someone in the home now is danger in every
// language; told as yesterday's, or as a locked door to a shop, it is not.
func TestHidingNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl locked in the bathroom", "Zamknęłam się w łazience, on krzyczy za drzwiami", 3, "114", true},
		{"pl hiding with the children", "Chowamy się z dziećmi w sypialni, on jest pijany", 4, "114", true},
		{"de locked in", "Ich habe mich mit den Kindern im Bad eingeschlossen, er tobt", 4, "114", true},
		{"sv locked in", "Jag har låst in mig på toaletten med barnen", 4, "114", true},
		{"no locked in", "Jeg har låst meg inne på badet med ungene", 4, "114", true},
		{"tr locked in", "Çocuklarla banyoya kilitlendik, kapıyı yumrukluyor", 4, "114", true},
		{"ro locked in", "M-am încuiat în baie cu copiii, el urlă", 4, "114", true},
		{"so locked in", "Musqusha ayaan isku xiray anigoo carruurta wata", 4, "114", true},
		{"ar locked in", "قفلت على حالي بالحمام مع الولاد", 4, "114", true},
		{"ar Latin locked in", "sakkart 3ala 7ali bel 7ammam ma3 el wlad", 4, "114", true},
		{"fa hiding", "با بچه ها قایم شدیم تو اتاق", 4, "114", true},
		{"uk locked in", "Я зачинилася у ванній з дітьми", 4, "114", true},
		{"ru locked in", "Я заперлась в ванной с детьми, он орёт", 4, "114", true},
		{"ru Latin hiding", "my pryachemsya v spalne, on p'yanyy", 4, "114", true},
		// counterparts: told of yesterday, or over
		{"pl yesterday", "Wczoraj zamknęłam się w łazience, policja przyjechała po godzinie", 2, "114", false},
		{"de over, he is gone", "Ich hatte mich im Bad eingeschlossen, jetzt ist er weg und alles ist gut", 3, "114", false},
		{"ru last week", "На прошлой неделе я заперлась в ванной, никто не перезвонил", 2, "114", false},
	})
}

// TestThrowingThingsNow: someone throwing things in the home now is violence going on; told of last
// week, or of stones thrown at a window in the past, it is not.
func TestThrowingThingsNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl throws things", "Mąż rzuca rzeczami po mieszkaniu, dzieci płaczą", 3, "114", true},
		{"de throws things", "Mein Mann wirft mit Geschirr und schreit", 3, "114", true},
		{"sv throws things", "Han kastar saker omkring sig och skriker", 3, "114", true},
		{"tr throws things", "Kocam eşyaları fırlatıyor, çocuklar ağlıyor", 3, "114", true},
		{"ro throws things", "Soțul aruncă cu obiecte prin casă", 3, "114", true},
		{"ru throws things", "Муж кидается вещами, дети плачут", 3, "114", true},
		{"uk throws things", "Чоловік кидає речі, діти плачуть", 3, "114", true},
		{"ar throws things", "جوزي عم يرمي الاغراض والولاد عم يبكوا", 3, "114", true},
		// counterparts
		{"pl last week", "W zeszłym tygodniu mąż rzucał rzeczami, teraz jest spokój", 3, "114", false},
		{"so stones thrown, past", "Dhalinyaro ayaa dhagxaan ku tuuray daaqadda shalay, booliskuna waxba ma qaban", 2, "114", false},
	})
}

// TestSendSomeoneNow: "send someone / the police / an ambulance" in the imperative is a call for help;
// told as a promise ("they said they'd send someone tomorrow") it is not.
func TestSendSomeoneNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl send someone", "Proszę przyślijcie kogoś, on znowu krzyczy", 3, "114", true},
		{"de send someone", "Schicken Sie jemanden, er tobt", 3, "114", true},
		{"sv send police", "Skicka polis, han skriker", 3, "114", true},
		{"ro send someone", "Trimiteți pe cineva, vă rog", 3, "114", true},
		{"ru send someone", "Пришлите кого-нибудь, пожалуйста", 3, "114", true},
		{"uk send police", "Надішліть поліцію, будь ласка", 3, "114", true},
		{"ar send someone", "ابعتوا حدا بسرعة", 3, "114", true},
		{"fa send police", "لطفا پلیس بفرستید", 3, "114", true},
		{"so send someone", "Fadlan soo dira qof", 3, "114", true},
		// counterparts: a promise told afterwards
		{"pl promised to send", "Obiecali, że przyślą kogoś jutro, nikt nie przyszedł", 2, "114", false},
		{"de promised to send", "Man sagte mir, man würde jemanden schicken, aber es kam niemand", 2, "114", false},
		{"ru promised to send", "Сказали, что пришлют кого-то завтра, но никто не пришёл", 2, "114", false},
	})
}

// TestCutAndBleedingNow: self-harm by cutting, and bleeding that will not stop, are danger now in every
// language; a finger cut last week, or bleeding that stopped, are not.
func TestCutAndBleedingNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ru cut veins", "Брат порезал себе вены, мы не знаем что делать", 3, "114", true},
		{"ru blood won't stop", "Кровь не останавливается, скорая не едет", 4, "114", true},
		{"uk cut veins", "Сестра порізала собі вени", 3, "114", true},
		{"uk blood won't stop", "Кров не зупиняється, допоможіть", 4, "114", true},
		{"pl cut wrists", "Syn podciął sobie żyły, krew nie przestaje lecieć", 3, "114", true},
		{"de wrists", "Meine Tochter hat sich die Pulsadern aufgeschnitten", 3, "114", true},
		{"de bleeding won't stop", "Die Blutung hört nicht auf, wir drücken ein Handtuch drauf", 4, "114", true},
		{"tr wrists", "Kardeşim bileklerini kesti, kan durmuyor", 3, "114", true},
		{"ro veins", "Fratele meu și-a tăiat venele", 3, "114", true},
		{"ro blood won't stop", "Sângele nu se oprește, ajutor", 4, "114", true},
		{"sv wrists", "Min son har skurit sig i handlederna, blödningen slutar inte", 3, "114", true},
		{"no wrists", "Datteren min har kuttet seg i armene, blødningen stopper ikke", 3, "114", true},
		{"ar veins", "اخي قطع شرايينه والدم ما عم يوقف", 3, "114", true},
		{"fa veins", "برادرم رگشو زده، خون بند نمیاد", 3, "114", true},
		{"so bleeding won't stop", "Walaalkay gacmaha ayuu iska jaray, dhiiggu ma joogsanayo", 3, "114", true},
		// counterparts: over, or a small past cut
		{"ru last year, fine now", "В прошлом году сын порезал себе вены, сейчас всё хорошо. Спасибо", 5, "114", false},
		{"de bleeding stopped, in hospital", "Er hatte sich geschnitten, die Blutung wurde gestoppt und er ist jetzt im Krankenhaus und es geht ihm besser", 4, "114", false},
	})
}

// TestSomeoneElseWantsToDie: a relative who does not want to live or wants to die, told now, is danger in
// every language; wanting to live elsewhere, or a past that is over, is not.
func TestSomeoneElseWantsToDie(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ru daughter does not want to live", "Дочь написала, что не хочет жить, и не отвечает", 4, "114", true},
		{"uk son does not want to live", "Син написав, що не хоче жити", 4, "114", true},
		{"ro mother does not want to live", "Mama mea spune că nu mai vrea să trăiască", 4, "114", true},
		{"ar brother does not want to live", "اخي بعتلي انه ما بدو يعيش", 4, "114", true},
		{"ar Latin sister wants to die", "o5ti 2aletli badda tmoot", 4, "114", true},
		{"fa son does not want to live", "پسرم گفت نمیخواد زندگی کنه", 4, "114", true},
		{"so father does not want to live", "Aabbahay wuxuu yiri ma rabo inuu noolaado", 4, "114", true},
		{"de wants to die", "Mein Bruder schreibt, er will sterben", 4, "114", true},
		{"tr wants to die", "Kızım ölmek istiyor diye yazdı", 4, "114", true},
		// counterparts: a complaint, or over
		{"ru fine now", "Год назад дочь не хотела жить, сейчас всё хорошо, спасибо", 5, "114", false},
		{"ro wants to live elsewhere", "Fiul meu vrea să se mute, nu i-a plăcut cum a vorbit polițistul", 2, "114", false},
	})
}

// TestBreakingInNow: trying to break the door open or to get in, told now, in every language; told of a
// past night, or of a locksmith, it is not.
func TestBreakingInNow(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no trying to break open the door now", "Noen prøver å bryte opp døra akkurat nå og jeg er alene", 3, "112", true},
		{"no trying to get in", "En mann prøver å komme seg inn gjennom vinduet", 3, "114", true},
		{"sv trying to break open", "Någon försöker bryta upp dörren just nu", 3, "114", true},
		{"de trying to break open", "Jemand versucht gerade, die Tür aufzubrechen", 3, "114", true},
		{"pl trying to break in", "Ktoś próbuje wyważyć drzwi, jestem sama", 3, "114", true},
		{"tr trying to get in", "Biri içeri girmeye çalışıyor, yalnızım", 3, "114", true},
		{"ru trying to break the door", "Кто-то пытается выломать дверь, я одна", 3, "114", true},
		{"uk trying to break the door", "Хтось намагається вибити двері", 3, "114", true},
		{"ar trying to break the door", "في حدا عم يحاول يكسر الباب", 3, "114", true},
		// counterparts: the past, over
		{"no last week, arrested", "Forrige uke prøvde noen å bryte opp døra, han ble arrestert. Takk", 5, "114", false},
		{"de last night, gone", "Letzte Nacht hat jemand versucht, die Tür aufzubrechen, jetzt ist er weg", 3, "114", false},
	})
}

// TestThreatOfDismissalOrAtWork: a threat of dismissal, eviction or a report, or a threat by the boss at
// work with no other danger, is a dispute in every language; a threat to kill or with a knife is danger.
func TestThreatOfDismissalOrAtWork(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl dismissal", "Szef grozi mi zwolnieniem, a policja mówi, że to nie ich sprawa", 2, "114", false},
		{"ru dismissal", "Начальник угрожает увольнением, полиция ничего не делает", 2, "114", false},
		{"de dismissal", "Mein Chef droht mit Kündigung, die Polizei sagt, das ist keine Polizeisache", 2, "114", false},
		{"ro dismissal", "Șeful mă amenință cu concedierea și poliția nu face nimic", 2, "114", false},
		{"tr dismissal", "Patronum beni işten çıkarmakla tehdit ediyor, polis ilgilenmedi", 2, "114", false},
		{"ar eviction", "صاحب البيت يهددني بالطرد والشرطة ما عملت شي", 2, "114", false},
		{"uk dismissal", "Роботодавець погрожує звільненням, поліція не допомогла", 2, "114", false},
		{"fa boss at work", "رئیسم سر کار مرا تهدید میکند و پلیس کاری نکرد", 2, "114", false},
		// counterparts: a threat to kill, a knife, at work or not
		{"pl boss with a knife now", "Szef grozi mi nożem w pracy, teraz", 1, "112", true},
		{"ru boss threatens to kill", "Начальник угрожает убить меня, у него нож", 1, "112", true},
		{"de boss threatens to kill", "Mein Chef droht, mich umzubringen, er hat ein Messer", 1, "112", true},
		{"fa boss with a knife", "رئیسم با چاقو تهدیدم میکند، الان", 1, "112", true},
	})
}

// TestThreatToldAsAHabit: violence or a threat told as a habit (every night, for months, always) with no
// word of now and no call for help is a trouble to complain of; with a word of now, or a call for help,
// it is danger.
func TestThreatToldAsAHabit(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de for months", "Der Nachbar bedroht mich seit Monaten, die Polizei sagt, das sei privat", 2, "114", false},
		{"ar for years", "جاري يهددني من سنين والشرطة ما بتعمل شي", 2, "114", false},
		{"ru constantly", "Сосед постоянно угрожает, полиция ничего не делает", 2, "114", false},
		{"tr for months", "Komşu aylardır tehdit ediyor, polis ilgilenmiyor", 2, "114", false},
		{"fa Latin every night", "hamsaye har shab dar ro lagad mizane, polis kari nemikone", 2, "114", false},
		{"ro for months", "Vecinul mă amenință de luni de zile și nimeni nu face nimic", 2, "114", false},
		// counterparts: now, or a call for help
		{"de for months and now at the door", "Er bedroht mich seit Monaten und jetzt steht er mit einem Messer vor der Tür", 1, "112", true},
		{"ru constantly, now breaking the door", "Сосед постоянно угрожает, сейчас ломится в дверь", 1, "112", true},
		{"ar for months, now", "جاري يهددني من شهور وهلق عم يكسر الباب", 1, "112", true},
		{"tr for months, help", "Komşu aylardır tehdit ediyor, şimdi kapıda, yardım edin", 1, "112", true},
	})
}

// TestHelpCameInAThanks: thanks, then a danger, then the ambulance or the police came: over; with the
// ambulance not come yet, or a state told now, it is not.
func TestHelpCameInAThanks(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ru ambulance came", "Спасибо! Отец упал в ванной, скорая приехала через 10 минут", 5, "112", false},
		{"pl ambulance came", "Dziękuję! Mama zemdlała w sklepie, karetka przyjechała bardzo szybko", 5, "112", false},
		{"de ambulance came", "Danke! Mein Vater ist umgefallen, der Krankenwagen kam nach 8 Minuten", 5, "112", false},
		{"tr ambulance came", "Teşekkürler, babam bayıldı, ambulans geldi ve şimdi iyi", 5, "112", false},
		// counterparts
		{"ru ambulance not come", "Спасибо, что ответили. Отец упал и не дышит, скорая не приехала", 2, "112", true},
		{"pl ambulance not come", "Dziękuję za rozmowę, ale mama nie oddycha i karetka nie przyjechała", 2, "112", true},
	})
}

// TestFineNowOrMovedAway: someone fine now ("iyi şimdi", "sunt bine") or a move away ends a danger told
// before it; a danger told after it with a word of now is new.
func TestFineNowOrMovedAway(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ro moved, fine", "Vecinul mă amenința mereu, dar m-am mutat și sunt bine. Poliția nu m-a crezut", 2, "114", false},
		{"pl moved", "Mąż mi groził, ale wyprowadziłam się i jest już dobrze", 2, "114", false},
		{"tr fine now", "Babam kalp krizi geçirdi, iyi şimdi. Operatör çok yardımcı oldu", 5, "112", false},
		{"ar fine now", "جاري كان يهددني بس انتقلت من البيت وهلق منيحة", 3, "114", false},
		// counterparts: danger after it, now
		{"ro fine, but now a knife", "Eu sunt bine, dar vecinul are un cuțit și mă amenință chiar acum", 1, "112", true},
		{"tr I'm fine but now at the door", "Ben iyiyim ama komşu şimdi kapıda bıçakla bekliyor", 1, "112", true},
	})
}

// TestDangerWordInAnotherSense: the Farsi "zang mizane" (will phone), "اتفاق افتاده" (it happened) and
// the Levantine "ضربت تلفون" (I phoned) are not blows or falls; the same verbs with a person are.
func TestDangerWordInAnotherSense(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"fa will phone", "گفتند یکی زنگ میزنه ولی هیچکس زنگ نزد", 2, "114", false},
		{"fa Latin will phone", "goftan farda zang mizanan vali kasi zang nazad", 2, "114", false},
		{"fa what happened", "نمیدونستم چطور توضیح بدم چه اتفاقی افتاده", 2, "114", false},
		{"ar I phoned", "ضربت تلفون للشرطة تلات مرات وما حدا رد", 2, "114", false},
		{"fa Latin when it happens, phone", "har dafe migan vaghti etefagh oftad zang bezan", 2, "114", false},
		// counterparts
		{"fa hits me", "شوهرم منو میزنه، کمک کنید", 1, "112", true},
		{"fa Latin hits me now", "shoharam alan mano mizane", 1, "112", true},
		{"fa has fallen and does not move", "پدرم افتاده و تکان نمیخوره", 1, "112", true},
		{"fa Latin told to phone, but he hits me now", "goftan vaghti etefagh oftad zang bezan, vali shohar-am alan dare mano mizane", 2, "114", true},
	})
}

// TestBrushOffReadsA112Text: "must someone die first?" and "there is nothing we can do" are brush-offs the
// lists read, so a 112 text rated 2 that holds only them is no longer "unread" for the recall net; danger
// told now beside them still is urgent.
func TestBrushOffReadsA112Text(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl must someone die", "Co noc hałasują pod blokiem, dzwoniłem pięć razy. Czy ktoś musi zginąć?", 2, "112", false},
		{"de must someone die", "Jede Nacht Autorennen vor dem Haus. Muss erst jemand sterben?", 2, "112", false},
		{"so nothing they can do", "Booliska waxay yiraahdeen ma jiro wax ay samayn karaan", 2, "112", false},
		// counterpart
		{"pl beating now", "Mąż mnie teraz bije, czy ktoś musi zginąć, żebyście przyjechali?", 1, "112", true},
	})
}

// TestStaffShutUpPushLaughInFrontOfNeighbours: staff laughing at the writer (in the word orders the lists
// lacked), "shut up", pushing the writer and telling it in front of the neighbours
// are conduct in every language; the same said by a neighbour, a brother or the boss is not staff's.
func TestStaffShutUpPushLaughInFrontOfNeighbours(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"pl laughed at me", "Dyspozytorka się ze mnie śmiała, kiedy mówiłam o sąsiedzie", 1, "114", true},
		{"de laughed", "Die Frau am Notruf hat gelacht und aufgelegt", 1, "114", true},
		{"so laughed at me", "Ninka taleefanka ayaa igu qoslay markaan u sheegay", 1, "114", true},
		{"ro shut up, pushed", "Polițistul m-a împins și mi-a zis să tac din gură", 1, "114", true},
		{"de shut up", "Der Beamte sagte: Halten Sie den Mund!", 1, "114", true},
		{"ru shut up", "Полицейский сказал мне заткнись и закройте рот", 1, "114", true},
		{"tr shut up", "Polis memuru bana sus dedi ve beni itti", 1, "114", true},
		{"ar shut up", "الشرطي قال لي اسكت وزقني", 1, "114", true},
		{"fa in front of the neighbours", "پلیس جلوی همسایه ها گفت که من شکایت کردم", 1, "114", true},
		{"uk in front of the neighbours", "Поліцейський при сусідах сказав, що я написала заяву на чоловіка", 1, "114", true},
		// counterparts: someone else, or the writer's own words
		{"pl neighbour laughed", "Sąsiad się ze mnie śmiał, ale policja była bardzo miła. Dziękuję", 5, "114", false},
		{"ru neighbour shut up", "Сосед кричит мне заткнись каждый вечер, полиция не приезжает", 2, "114", false},
		{"tr brother hung up", "Kardeşim telefonu kapattı ve cevap vermiyor, lütfen birini gönderin", 1, "112", false},
		{"fa boss humiliates", "رئیسم سر کار تحقیرم میکند و پلیس گفت به ما ربطی ندارد", 2, "114", false},
		{"de Ausländerbehörde", "Ich wurde zur Ausländerbehörde weitergeleitet und dann wieder zurück", 2, "114", false},
		{"ro neighbours in front of the children", "Vecinii țipă în fața copiilor în fiecare seară, poliția nu vine", 2, "114", false},
	})
}

// TestKinAddressedByStaff: a relative named as the one staff spoke to ("meinte zu meiner Tochter") does
// not take staff's remark from them.
func TestKinAddressedByStaff(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"de said to my daughter", "Der Polizist sagte zu meiner Tochter, mit so einem Kleid müsse sie sich nicht wundern", 1, "114", true},
		{"pl said to my son", "Policjant powiedział do mojego syna: wracaj do swojego kraju", 1, "114", true},
		{"de laughed it off: a brush-off", "Der Beamte hat nur gelacht und gemeint, ich solle morgen wieder anrufen", 2, "114", false},
	})
}

// TestDanishEnglishConductInContext: the writer's own accusation taken back, the weather's aggression,
// "in the cold", the English "sure", "to report a missing child" are no staff conduct; staff threatening
// to take the writer along "if I didn't shut up", a blaming question, and the same words about staff are.
func TestDanishEnglishConductInContext(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"en own accusation taken back", "I told the dispatcher she was rude, which I regret now. I was panicking. Sorry", 4, "112", false},
		{"da own accusation taken back", "Jeg sagde til damen i telefonen, at hun var arrogant, men set i bakspejlet var hun bare travl", 4, "114", false},
		{"en the wind was aggressive", "The wind was aggressive all night, but the officers were kind and helped us", 5, "114", false},
		{"en in the cold", "We waited for the police for an hour in the cold", 2, "112", false},
		{"en sure", "They asked twice whether I was sure of the address, then sent a car", 2, "114", false},
		{"en report a missing child", "I rang to report a missing child and waited 20 minutes in the queue", 2, "112", false},
		// counterparts: staff's conduct
		{"en staff rude, no taking back", "I told my sister the dispatcher was rude to me. She really was", 1, "112", true},
		{"en staff aggressive", "The officer was aggressive and cold with me", 1, "114", true},
		{"da threatened to take me along", "Betjenten truede med at tage mig med hvis jeg ikke holdt kæft", 1, "112", true},
		{"en blaming question", "The operator asked 'weren't you provoking him?' when I reported the assault", 1, "114", true},
		{"en talked to like a child", "The call handler spoke to me like talking to a child", 1, "114", true},
	})
}

// TestAnyoneWho: "to talk like that to someone who is scared" speaks of anyone, not of danger now;
// someone who is scared, reported now, is.
func TestAnyoneWho(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da to someone who is scared", "Damen var kold. Sådan taler man ikke til en, der er bange", 2, "114", false},
		{"en to someone who is scared", "You do not speak like that to someone who is terrified", 2, "114", false},
		// counterparts
		{"da calling for someone who is scared, now", "Jeg ringer for en, der er bange, hendes eks står udenfor med en kniv nu", 1, "112", true},
		{"en calling for someone who is scared, now", "I am calling for someone who is scared, her ex is outside her door with a knife right now", 1, "112", true},
	})
}

// TestProbeConcepts: session 7's own recall and precision probe, by concept in every language: strangled
// (past) with fear now, shooting, someone in the water, a lone neighbour not opening for days, arson and
// no way out, tired of living, someone missing ("we cannot find her", "not answering since yesterday");
// their calm counterparts (last year, rescued, found, fireworks, a case not found) stay calm.
func TestProbeConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"pl strangled, afraid he wakes", "Mój chłopak mnie dusił, teraz śpi, ale boję się, że jak się obudzi to zrobi to znowu", 3, "114", true},
		{"uk shooting", "Хтось стріляє біля нашого будинку, ми лежимо на підлозі", 3, "114", true},
		{"so boy in the water", "Wiil yar ayaa ku jira biyaha, ma dabaalan karo", 3, "114", true},
		{"ar fell in the water", "في حدا وقع بالمي بالميناء وما عم يطلع", 3, "114", true},
		{"pl neighbour not opening for days", "Sąsiadka od dwóch dni nie otwiera drzwi, a z mieszkania dziwnie pachnie", 3, "114", true},
		{"ru arson, smoke, no way out", "Сосед поджёг дверь, весь подъезд в дыму, мы не можем выйти", 3, "114", true},
		{"ru Latin tired of living", "podruga ne otvechaet uzhe sutki, ona govorila chto ustala zhit", 3, "114", true},
		{"ro grandmother with dementia not found", "Bunica mea a plecat de acasă acum trei ore și are demență, nu o găsim", 3, "114", true},
		{"ar sister not answering since yesterday", "اختي ما عم ترد من امبارح وكانت تعبانة كتير، خايفة يكون صار لها شي", 3, "114", true},
		{"so daughter missing since the afternoon", "Inanteyda 10 jir ah ayaa maqan tan iyo galabta", 3, "114", true},
		// counterparts
		{"pl shooting last month", "W zeszłym miesiącu sąsiad strzelał z wiatrówki do gołębi, zgłosiłem to i nikt nie oddzwonił", 2, "114", false},
		{"de fireworks every year", "Mein Nachbar schießt jedes Silvester Raketen ab, die Polizei sagt, das ist erlaubt", 2, "114", false},
		{"de fell in the water, rescued", "Mein Sohn ist ins Wasser gefallen, aber der Bademeister hat ihn sofort rausgeholt. Danke an die Leitstelle", 5, "112", false},
		{"ro grandmother found", "Am sunat pentru că nu o găseam pe bunica, dar era la vecina. Operatorul a fost amabil", 3, "114", false},
		{"tr nothing found about my daughter", "Operatör kızım hakkında hiçbir şey bulamıyoruz dedi, sonra telefonu kapattı", 2, "114", false},
		{"pl does not open to the police", "Sąsiadka z dołu nie otwiera drzwi policjantom, bo się ich boi, to nie w porządku jak ją traktują", 2, "114", false},
		{"ru Latin strangled before, safe now", "Muzh ran'she dushil menya, no my razvelis' god nazad. Teper' ya v bezopasnosti, prosto khochu kopiyu dela", 2, "114", false},
		{"ru tired of the queue", "Я устала от этой очереди, жду уже час", 2, "114", false},
	})
}

// TestProbeConcepts2: heavy bleeding as a noun or in the feminine, lips or tongue swelling, "you won't
// hear from me again"; the same told as over stays calm.
func TestProbeConcepts2(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de heavy bleeding", "Meine Frau ist schwanger und hat starke Blutungen", 3, "114", true},
		{"de lips swelling", "Mein Kind hat eine Erdnuss gegessen und die Lippen schwellen an", 3, "114", true},
		{"tr bleeding", "Eşim hamile ve çok kanaması var", 3, "114", true},
		{"ar bleeding (feminine)", "مرتي حامل وعم تنزف كتير", 3, "114", true},
		{"ru lips swelling", "У дочки опухают губы после орехов", 3, "114", true},
		{"da won't hear from me again", "I hører ikke fra mig igen. Tak for alt", 3, "114", true},
		{"en won't hear from me again", "You won't hear from me again. Thanks for trying", 3, "114", true},
		// counterparts
		{"de bleeding stopped, thanks", "Letzte Woche hatte meine Frau starke Blutungen, jetzt ist alles gut. Danke", 5, "114", false},
		{"tr swelling last year", "Geçen yıl oğlumun dudakları şişti, şimdi iyi, teşekkürler", 5, "114", false},
		{"da won't hear from me again about the case", "Hvis I ikke svarer, hører I ikke fra mig igen om sagen, så klager jeg bare et andet sted", 2, "114", false},
	})
}

// TestDementiaWithSomeoneGone: dementia is danger with someone gone or not found, in either order; a
// condition told in thanks is not.
func TestDementiaWithSomeoneGone(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en walked out", "My gran has dementia and walked out of the care home an hour ago", 2, "114", true},
		{"en gone, then dementia", "Dad has gone out in his slippers, he has dementia and it is freezing", 2, "114", true},
		{"da gået", "Min mor er dement og er gået hjemmefra i nat", 2, "114", true},
		// counterparts
		{"en patient with dementia, thanks", "The call taker was patient with my father, who has dementia. Thank you", 5, "114", false},
		{"da dement, forstod ikke", "Min far er dement og forstod ikke spørgsmålene, men betjenten var sød. Tak", 5, "114", false},
	})
}

// TestTimeOfMyLife: "two hours of my life gone" is time lost to the service, which the urgent model does
// not overrule; a danger word beside it still counts.
func TestTimeOfMyLife(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en hours of my life", "On hold twice, cut off once. Two hours of my life gone", 1, "114", false},
		{"da timer af mit liv", "Sat i kø to gange. To timer af mit liv spildt", 1, "114", false},
		// counterpart: a danger now beside it
		{"en danger now beside it", "Two hours of my life on hold while he is still outside my door with a knife", 1, "112", true},
	})
}

// TestGermanBringUm: the German "bringt … um" (kills) split across its clause is a threat; "um 8 Uhr"
// and "um den Verstand" are not.
func TestGermanBringUm(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"split across the clause", "Wenn ich gehe, bringt er die Kinder und mich um. Er ist jetzt in der Küche", 3, "114", true},
		// counterparts
		{"a time", "Mein Mann bringt die Kinder um 8 zur Schule, die Polizei kam erst um 10", 2, "114", false},
		{"drives me mad", "Die Hotline bringt mich jedes Mal um den Verstand", 2, "114", false},
		{"over", "Letztes Jahr hat er gesagt, er bringt mich um. Jetzt ist er im Gefängnis", 3, "114", false},
	})
}

// TestPastInItsOwnClause: a danger told with a word of the past in its own clause stays past when the
// sentence's word of now belongs to another clause ("… still no answer"); a now in its own clause renews it.
func TestPastInItsOwnClause(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"fa Latin threatened, still no answer", "shohar-e sabegham mano tahdid karde bood, shekayat kardam vali hanooz javabi nagereftam", 2, "114", false},
		{"pl threatened last year, still no case number", "W zeszłym roku sąsiad mi groził, a nadal nie mam numeru sprawy", 2, "114", false},
		// counterparts: the now in the danger's own clause
		{"pl beat me yesterday, now at the door", "Wczoraj mnie pobił, a teraz znowu stoi pod drzwiami", 1, "112", true},
		{"fa Latin threatened before, now here again", "ghablan tahdid karde bood, alan dobare poshte dar hast", 1, "112", true},
	})
}

// TestFearAfterDisclosure: "now I dare not go out" or "now he knows where I live" after staff told someone
// who called is a conduct complaint, not danger now; a danger cue beside it, or the same fear without a
// disclosure, still counts.
func TestFearAfterDisclosure(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da told the neighbour, dare not go out", "Betjenten fortalte min nabo, at det var mig der ringede. Nu tør jeg ikke gå ud", 1, "114", false},
		{"en gave my address", "The operator gave my address to the man I reported. Now he knows where I live", 1, "114", false},
		// counterparts
		{"da told the neighbour, he is outside with a knife", "Betjenten fortalte min nabo, at det var mig der ringede. Nu står han udenfor min dør med en kniv", 1, "112", true},
		{"da dare not go out, no disclosure", "Min eks står nede på gaden, jeg tør ikke gå ud", 2, "114", true},
		{"en knows where I live, no disclosure", "My ex found out where I live and now he knows where I live and is texting threats", 2, "114", true},
	})
}

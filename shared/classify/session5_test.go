package classify

import "testing"

// Session 5 (issue 11, urgent precision and conduct recall): one table per mechanism, each with its
// counterpart — the same danger or remark told now, or by staff — so a fix cannot buy precision with
// recall. Every sentence is written for the test (none is copied from a corpus file).

type flagCase struct {
	name, text string
	rating     int
	channel    string
	want       bool
}

func checkFlag(t *testing.T, flag string, tests []flagCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: tt.channel, District: "fyn"})
			got := c.Urgent
			if flag == "conduct" {
				got = c.Conduct
			}
			if got != tt.want {
				t.Errorf("%s = %v, want %v (category %s); reasons %q", flag, got, tt.want, c.Category, c.Reasons)
			}
		})
	}
}

// TestForeignDangerOverOrDaysBack: a danger the text says is over ("now everyone is fine", "he is
// stable", "he has moved", "he was arrested", "nobody is in danger") or dates days back ("last night",
// "last month", "a month ago") is not urgent; the same danger told now is.
func TestForeignDangerOverOrDaysBack(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de over: stable now", "Gestern Abend hatte mein Vater einen Herzinfarkt, der Notarzt kam, er ist jetzt stabil. Vielen Dank", 5, "112", false},
		{"de now", "Mein Vater hat einen Herzinfarkt, bitte schnell kommen", 1, "112", true},
		{"de last night", "Letzte Nacht hat der Nachbar mit dem Messer gedroht, die Polizei kam spät", 2, "114", false},
		{"tr over: everyone fine", "Geçen hafta komşu bıçakla tehdit etti, şimdi herkes iyi, sadece rapor istiyorum", 3, "114", false},
		{"tr now", "Komşu bıçakla kapıda bekliyor, lütfen gelin", 1, "112", true},
		{"ro over: all well", "Luna trecuta vecinul m-a amenintat cu un cutit, acum totul e bine. Vreau doar numarul dosarului", 3, "114", false},
		{"ro now", "Vecinul are un cutit si ma ameninta acum, veniti repede", 1, "112", true},
		{"sv over: moved", "Grannen hotade mig med kniv, men han har flyttat och det är lugnt nu. Fick aldrig något diarienummer", 2, "114", false},
		{"sv now", "Grannen står utanför med kniv och hotar mig", 1, "112", true},
		{"no over: arrested", "Mannen som hadde kniv ble tatt av politiet, og alt er rolig. Takk", 5, "112", false},
		{"pl over: all fine", "Miesiąc temu sąsiad groził mi nożem, teraz wszystko jest dobrze, pytam tylko o sprawę", 3, "114", false},
		{"pl now", "Sąsiad ma nóż i grozi mi, proszę szybko", 1, "112", true},
		{"ar over: all fine", "جارنا هددنا بسكين، الحمد لله الآن كل شيء بخير والشرطة أخذته", 5, "112", false},
		{"ar now", "جارنا معه سكين ويهددنا الآن، تعالوا بسرعة", 1, "112", true},
		{"fa over: calm now", "ديشب همسايه با چاقو تهديدم كرد، الان همه چي ارومه و من خوبم", 3, "112", false},
		{"fa Latin over", "hamsaye ba chaghoo tahdidam kard, polis oomad va bordesh, alan hame chi arome", 3, "114", false},
		{"uk over: all fine", "Тиждень тому сусід погрожував ножем, зараз усе добре, але ніхто не дзвонив", 2, "114", false},
		{"uk now", "Сусід з ножем погрожує мені зараз, допоможіть", 1, "112", true},
		{"ru over: moved", "Месяц назад сосед угрожал мне ножом, теперь он переехал и все хорошо", 3, "114", false},
		{"ru minutes ago is now", "Муж упал 10 минут назад и не дышит", 1, "112", true},
	})
}

// TestForeignPleaPlural: the plural imperative "help!" is a call for help as the singular is.
func TestForeignPleaPlural(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"fa Latin plural plea", "dokhtaram too park nist, hame ja ro gashtim, komak konid", 1, "114", true},
		{"fa plural plea", "دخترم در پارک نیست، همه جا را گشتیم، کمک کنید", 1, "114", true},
		{"fa thanks for the help is no plea", "mamnoon ke komakam kardid, hame chi khoob bood", 5, "114", false},
	})
}

// TestForeignRemarksByStaff: a remark on who the writer is (sex, faith, dress, origin, accent, an insult
// in quotes) is conduct when staff said it; the same words said by a neighbour, told by the writer about
// themselves, or in a text of thanks are not.
func TestForeignRemarksByStaff(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"pl dispatcher: all women", "Dyspozytorka powiedziała, że przesadzam jak wszystkie kobiety", 1, "112", true},
		{"pl neighbour: all women", "Sąsiad krzyczał, że jestem histeryczka jak wszystkie kobiety, policja przyjechała szybko, dziękuję", 4, "112", false},
		{"tr officer: headscarf", "Memur başörtümü görünce 'burada böyle giyinilmez' dedi", 1, "114", true},
		{"tr thanks: headscarf", "Memur başörtümü gördü ama çok nazikti, teşekkürler", 5, "114", false},
		{"de officer: your country", "Der Beamte sagte, in eurem Land mag das normal sein, aber hier ist Dänemark", 1, "114", true},
		{"de neighbour: your country", "Mein Nachbar schreit jeden Tag, ich soll in meinem Land bleiben, hier ist Dänemark", 2, "114", false},
		{"ru impersonal: your country", "Мне сказали, что в вашей стране так, может, и принято", 1, "114", true},
		{"ro operator: all women", "Operatoarea m-a intrebat daca nu cumva exagerez ca toate femeile", 2, "112", true},
		{"ar officer: hijab", "الشرطي قال لي إن الحجاب هنا لا يناسب", 1, "114", true},
		{"ar writer: hijab", "أنا ألبس الحجاب والشرطية كانت لطيفة جدا، شكرا", 5, "114", false},
		{"fa officer: here is Denmark", "افسر گفت اينجا دانماركه نه ايران", 1, "114", true},
		{"fa Latin: women", "mamour goft zanha hamishe drama dorost mikonan", 1, "114", true},
		{"uk officer: liars", "Policeyskyi skazav shcho vsi z Ukrainy brehuny", 1, "114", true},
		{"so because I am a woman", "Sarkaalku wuxuu la hadlay walaalkay oo keliya sababtoo ah waxaan ahay haweeney", 1, "114", true},
		{"so no staff: because I am a woman", "Waxaan ahay haweeney, sababtoo ah waxaan ahay haweeney ayaan ka baqay inaan kaligay socdo", 3, "114", false},
	})
}

// TestForeignStaffToldWhoCalled: staff telling others that the writer is the one who called is a breach
// of confidentiality; the writer telling the police so, or a neighbour telling others, is not.
func TestForeignStaffToldWhoCalled(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"uk Latin officer told the neighbours", "Politseiskyi skazav susidam shcho ya podzvonyla, teper vony zi mnoyu ne rozmovlyayut", 1, "114", true},
		{"ro officer told the landlord", "Politistul i-a spus vecinului ca eu am sunat la politie", 1, "114", true},
		{"ar officer told my family", "الشرطي أخبر أهلي أنني اتصلت بالشرطة", 1, "114", true},
		{"fa Latin police told the neighbours", "polis be hamsayeha goft ke man zang zadam", 1, "114", true},
		{"ru officer told the neighbour", "Полицейский сказал соседу, что это я позвонила", 1, "114", true},
		{"tr officer told the neighbour", "Polis komşuma benim aradığımı söyledi", 1, "114", true},
		{"ru neighbour told others", "Сосед сказал всем, что это я позвонила в полицию", 2, "114", false},
		{"ar writer told the police", "قلت للشرطة انني اتصلت مرتين ولم يأت احد", 2, "114", false},
	})
}

// TestDanishEnglishRemarks: "like all women", "because I am a woman", "really from" said by staff are
// conduct; the same words about someone else or in thanks are not.
func TestDanishEnglishRemarks(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"en like all women", "The call taker said I was being dramatic like all women", 1, "112", true},
		{"da som alle kvinder", "Vagthavende sagde at jeg overdrev som alle kvinder gør", 1, "114", true},
		{"en because I am a woman", "The officer only spoke to my husband, because I'm a woman I suppose", 1, "114", true},
		{"sv really from", "Hon i telefonen frågade om jag verkligen var från Danmark", 2, "114", true},
		{"da thanks as a woman alone", "Som kvinde alene var jeg bange, men betjentene var søde og kom hurtigt. Tak", 5, "112", false},
		{"en neighbour like all women", "My neighbour shouts that I am useless like all women. The police said they would talk to him, thank you", 4, "114", false},
	})
}

// TestDangerNamedAsEventOrCharge: "subjected to an assault", "victim of", "report him for violence"
// name what happened or the charge, not danger now; the same word told now stays urgent.
func TestDangerNamedAsEventOrCharge(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da udsat for", "Man taler ikke sådan til en, der lige har været udsat for et overfald. Betjenten var uhøflig", 1, "112", false},
		{"en victim of", "I was treated as if I had not just been the victim of an assault. Very rude officer", 1, "114", false},
		{"da anmelde for vold", "Betjenten grinede, da jeg ville anmelde min kæreste for vold", 1, "114", false},
		{"da overfald now", "Der er et overfald i gang lige nu foran Netto, kom hurtigt", 1, "112", true},
		{"da vold now", "Min kæreste udøver vold mod mig nu, han slår mig", 1, "112", true},
	})
}

// TestSafetyStatedDanishEnglish: "got home ok", "the fire is out", "everyone got out fine", "jeg er
// trygg", "han har flyttet", "ble tatt" say the danger told is over; danger told now after them is not.
func TestSafetyStatedDanishEnglish(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en got home ok", "A man threatened me with a bottle at the station. He had gone and I got home ok, but nobody came for an hour", 2, "112", false},
		{"en fire out", "The operator was calm while the shed was on fire. The fire is out and everyone got out fine. Thanks", 5, "112", false},
		{"no trygg", "Mannen som truet meg i går er borte og jeg er trygg nå, men politiet gjorde ingenting", 2, "112", false},
		{"en fire now", "The shed next to our house is on fire and spreading, please come", 1, "112", true},
		{"en got home but he is outside now", "I got home ok yesterday but now he is standing outside my door with a knife", 1, "112", true},
	})
}

// TestThreatByStaffIsConduct: "threatened by a police officer" is conduct, not danger; a threat by
// someone else told now is danger.
func TestThreatByStaffIsConduct(t *testing.T) {
	for _, tt := range []struct {
		text            string
		urgent, conduct bool
	}{
		{"He told me to shut up or he'd make trouble for me. I felt threatened by the officer.", false, true},
		{"Jeg følte mig truet af betjenten, da jeg bad om hans navn", false, true},
		{"My ex is threatening me right now outside the flat", true, false},
	} {
		c := Classify(Input{Text: tt.text, Rating: 1, Channel: "112", District: "fyn"})
		if c.Urgent != tt.urgent || c.Conduct != tt.conduct {
			t.Errorf("%q: urgent %v conduct %v, want %v %v; reasons %q", tt.text, c.Urgent, c.Conduct, tt.urgent, tt.conduct, c.Reasons)
		}
	}
}

// TestForeignIdiomAroundOrAfter: "almost" around the danger word ("чуть инфаркт не хватил"), "that will
// be the death of me", "if I hear it once more" in a wait complaint are figures of speech; barely
// breathing is a state now, whatever idiom stands near it.
func TestForeignIdiomAroundOrAfter(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ru almost around", "Чуть инфаркт не получила, пока 40 минут ждала ответа", 2, "114", false},
		{"de death of me", "Diese Warteschleife, das bringt mich noch um. 35 Minuten!", 2, "114", false},
		{"pl once more", "Zabiję się jak jeszcze raz usłyszę tę melodię w kolejce 😂", 2, "114", false},
		{"ru barely breathing", "Отец еле дышит, ждём скорую уже 20 минут", 1, "112", true},
		{"pl barely breathing", "Mama ledwo oddycha, czekamy na karetkę 20 minut", 1, "112", true},
		{"de real threat in a wait", "Er sagt, er bringt mich um, ich warte seit 20 Minuten auf die Polizei", 1, "112", true},
	})
}

// TestConductMimicryAndPrivacy: mimicking the accent and "that is nobody's business" are conduct; a
// neighbour mimicking is not staff's.
func TestConductMimicryAndPrivacy(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"da efterabede", "Betjenten efterabede min accent, da jeg sagde mit navn", 1, "114", true},
		{"uk mimicked", "Оператор передражнював мою вимову", 1, "114", true},
		{"fa Latin mocked accent", "khanoome poshte telefon lahjamo maskhare kard", 1, "114", true},
		{"de nobody's business", "Die Beamtin hat meine Adresse laut vorgelesen. Das geht niemanden was an", 1, "114", true},
		{"da neighbour mimicked", "Min nabo efterabede min accent, men betjentene var flinke, tak", 5, "114", false},
	})
}

// TestSession5Probes: the holes found by probing after the steps above, with their counterparts: a
// verb-second subject inside the cue ("truet naboen meg" is the neighbour), a teller named before a
// verb that comes last (Turkish), "you foreigners" in every language, "is recovering" as safety.
func TestSession5Probes(t *testing.T) {
	for _, tt := range []struct {
		text            string
		rating          int
		urgent, conduct bool
	}{
		{"Takk til politiet, forrige uke truet naboen meg, nå er alt rolig.", 5, false, false},
		{"Tack till polisen, förra veckan hotade grannen mig, nu är allt lugnt.", 5, false, false},
		{"Politiet truet meg med å bli arrestert da jeg klaget.", 1, false, true},
		{"Memur ev sahibime benim şikayet ettiğimi söyledi.", 1, false, true},
		{"Komşum polise benim şikayet ettiğimi söyledi.", 3, false, false},
		{"Polis memuru 'siz yabancılar hep sorun çıkarıyorsunuz' dedi.", 1, false, true},
		{"مامور گفت شما خارجی ها همیشه دروغ میگید", 1, false, true},
		{"Der Beamte meinte: ihr Ausländer ruft immer wegen nichts an.", 1, false, true},
		{"Politimannen sa at alle kvinner overdriver.", 1, false, true},
		{"Thank you for sending an ambulance when my dad collapsed on Sunday. He's recovering well at the hospital.", 4, false, false},
		{"My dad collapsed and is not breathing, please send an ambulance", 1, true, false},
	} {
		c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: "112", District: "fyn"})
		if c.Urgent != tt.urgent || c.Conduct != tt.conduct {
			t.Errorf("%q: urgent %v conduct %v, want %v %v; reasons %q", tt.text, c.Urgent, c.Conduct, tt.urgent, tt.conduct, c.Reasons)
		}
	}
}

// TestSession5ProbesRound2: the second probe round's holes, with counterparts — "afraid that …" is an
// opinion; out of hospital or "but he is fine now" ends a danger; staff saying private details aloud or
// giving the writer's address away is conduct; "cannot breathe" in Somali is danger, not negated.
func TestSession5ProbesRound2(t *testing.T) {
	for _, tt := range []struct {
		text            string
		rating          int
		urgent, conduct bool
	}{
		{"Jeg er bange for at ingen gider tage sig af cykeltyverier mere.", 3, false, false},
		{"I'm afraid that nobody reads these forms anyway.", 3, false, false},
		{"Jeg er bange, han står ude på trappen og banker på", 1, true, false},
		{"شكرا، أبي أخذ حبوب كثيرة الأسبوع الماضي لكنه الآن بخير", 5, false, false},
		{"Danke, meine Mutter hatte einen Schlaganfall und ist jetzt wieder zu Hause. Der Notarzt war super.", 5, false, false},
		{"Mutter hat gerade einen Schlaganfall, sie kann nicht sprechen", 1, true, false},
		{"Betjenten læste mit navn og min diagnose højt foran de andre.", 1, false, true},
		{"The officer told my ex-husband where I live now.", 1, false, true},
		{"Min nabo fortalte alle hvor jeg bor. Politiet var flinke, tak.", 5, false, false},
		{"Funkcjonariusz przekazał mój numer sąsiadowi.", 1, false, true},
		{"Hooyaday ma neefsan karto, fadlan", 1, true, false},
	} {
		c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: "112", District: "fyn"})
		if c.Urgent != tt.urgent || c.Conduct != tt.conduct {
			t.Errorf("%q: urgent %v conduct %v, want %v %v; reasons %q", tt.text, c.Urgent, c.Conduct, tt.urgent, tt.conduct, c.Reasons)
		}
	}
}

// TestForeignRecallProbesSession5: dangers told in words the lists lacked before this session (lying on
// the floor, not answering any more, will jump), on 114 where no net stands behind the lists.
func TestForeignRecallProbesSession5(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"de lying on the floor", "Meine Oma liegt auf dem Boden im Flur und antwortet nicht mehr", 3, "114", true},
		{"tr will jump", "Kardeşim çatıda, atlayacağını söylüyor", 3, "114", true},
		{"pl will jump", "Syn stoi na moście i mówi że skoczy", 3, "114", true},
		{"ru lying on the floor", "Дед лежит на полу и не отвечает", 3, "114", true},
		{"ro not answering any more", "Bunicul a cazut in curte si nu mai raspunde", 3, "114", true},
		{"pl popped to the station is no jump", "Skoczyłam na komisariat, ale było zamknięte, dziękuję za informację", 4, "114", false},
		{"Somali cannot breathe", "Aabbahay wadnaha ayaa xanuunaya, ma neefsan karo", 3, "114", true},
	})
}

// TestHistoryAndVictimBlaming: "has previously attempted suicide" is a history, not danger now (the
// attempt told now stays urgent); "women who drink deserve what happens" said by staff is conduct.
func TestHistoryAndVictimBlaming(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da history", "Min søster har tidligere forsøgt selvmord, og jeg ville spørge om hjælp til pårørende. Jeg blev sendt videre.", 3, "114", false},
		{"en history", "My son has previously attempted suicide and I wanted advice on who to call. Nobody knew.", 3, "114", false},
		{"da now", "Min søster har forsøgt selvmord, hun ligger på gulvet og reagerer ikke", 1, "112", true},
	})
	checkFlag(t, "conduct", []flagCase{
		{"en deserve", "The officer said girls who go out alone deserve what happens to them.", 1, "114", true},
		{"da fortjente", "Betjenten sagde, at jeg nok fortjente det, når jeg gik hjem alene.", 1, "114", true},
	})
}

// TestForeignLaughedAtOrInsulted: staff laughing at the writer, shouting at them or calling them a
// liar or a fool is conduct in every language; a neighbour doing it is not staff's.
func TestForeignLaughedAtOrInsulted(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"de laughed at my name", "Der Beamte hat über meinen Namen gelacht", 1, "114", true},
		{"pl duty officer laughed", "Dyżurna śmiała się ze mnie przez telefon", 1, "114", true},
		{"ar Latin laughed", "el shorti di7ik 3alay lamma 7akeit", 1, "114", true},
		{"ru shouted", "Дежурный наорал на меня, когда я спросила номер дела", 1, "114", true},
		{"so liar", "Sarkaalka ayaa igu yiri beenaale", 1, "114", true},
		{"ru neighbour called me a fool", "Сосед назвал меня дурой, а полиция приехала быстро, спасибо", 5, "114", false},
	})
}

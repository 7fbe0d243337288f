package classify

import (
	"slices"
	"strings"
	"testing"
)

// The mechanisms added when tuning on the multilingual blind set, one table each. Every sentence is
// written for the test (none is copied from a corpus file).

// TestTranslitOneKey: a Ukrainian or Russian word has one key however it is spelt.
func TestTranslitOneKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"погрожує", "pohrozhuie"}, {"погрожує", "pogrozhuje"}, {"поліція", "politsiia"}, {"поліція", "policija"},
		{"дихає", "dykhaie"}, {"б'є", "bye"}, {"хамство", "khamstvo"}, {"ніхто", "nikhto"}, {"щось", "shchos"},
		{"грубый", "grubyy"}, {"грубый", "grubyj"}, {"юрист", "yurist"}, {"їде", "yide"},
	}
	for _, tt := range tests {
		if a, b := foldFor("uk", tt.a), foldFor("uk", tt.b); a != b {
			t.Errorf("translit(%q) = %q, translit(%q) = %q: want one key", tt.a, a, tt.b, b)
		}
	}
	for _, pair := range [][2]string{{"ніж", "nizhka"}, {"дим", "dom"}} {
		if foldFor("uk", pair[0]) == foldFor("uk", pair[1]) {
			t.Errorf("%q and %q share a key", pair[0], pair[1])
		}
	}
}

// TestForeignReadsAcrossSpellingAndEndings: a cue written once reads the other script and the
// language's endings; a call for help does not take endings.
func TestForeignReadsAcrossSpellingAndEndings(t *testing.T) {
	tests := []struct {
		name, text      string
		urgent, conduct bool
		category        string
	}{
		{"uk Latin conduct from the Cyrillic list", "Operator buv duzhe hrubyi zi mnoiu, ya plakala", false, true, cond},
		{"ru Cyrillic category from the Latin list", "Скажите, когда будет номер дела? Никто не перезвонил.", false, false, fu},
		{"tr ending on a third party", "Taksi şoförümüz bana hakaret etti, polisler ise çok kibardı, teşekkürler", false, false, ros},
		{"de ending on a third party", "Der Freund des Taxifahrers war unverschämt und hat mich beleidigt. Die Polizei war sehr freundlich, danke", false, false, ros},
		{"uk: the ambulance's name is not a call for help", "Diakuiu! Dytyna vdavylas, dyspetcher pidkazav shcho robyty do pryizdu shvydkoi. Teper vse dobre.", false, false, ros},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: 4, Channel: "112"})
			if c.Urgent != tt.urgent || c.Conduct != tt.conduct || c.Category != tt.category {
				t.Errorf("%s urgent=%v conduct=%v, want %s %v %v; reasons %q", c.Category, c.Urgent, c.Conduct, tt.category, tt.urgent, tt.conduct, c.Reasons)
			}
		})
	}
}

// TestContrastOpensClause: "but" in every language ends the clause, so negation and who a word is about
// stop there.
func TestContrastOpensClause(t *testing.T) {
	for _, tt := range []struct {
		text string
		word string // the first word of the second clause
	}{
		{"der Nachbar war laut, aber die Polizei war nett", "die"},
		{"sąsiad krzyczał ale policjant był miły", "policjant"},
		{"komşu bağırdı ama polis kibardı", "polis"},
		{"сосед кричал но полиция помогла", "полиция"},
		{"الجار صرخ لكن الشرطة ساعدتني", "الشرطة"},
	} {
		toks := tokenize(tt.text)
		i := slices.IndexFunc(toks, func(k token) bool { return k.word == tt.word })
		if i < 1 || toks[i].clause == toks[0].clause {
			t.Errorf("%q: %q is in the first clause", tt.text, tt.word)
		}
	}
}

// TestForeignConductNearestPerson: the nearest person named before a conduct word in its sentence is
// the one it describes; staff named with the same noun ("der Mann am Telefon") are staff.
func TestForeignConductNearestPerson(t *testing.T) {
	tests := []struct {
		text    string
		conduct bool
	}{
		{"Der Nachbar, der mich geschlagen hat, war unverschämt. Die Beamten waren freundlich.", false},
		{"Der Mann am Telefon war unverschämt und hat mich beleidigt.", true},
		{"Sąsiad mnie wyzwał, a policjant był niegrzeczny i krzyczał na mnie.", true},
		{"Komşum bana hakaret etti. Polis çok kibardı.", false},
		{"Polis memuru bana hakaret etti, komşum şahit oldu.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: 3, Channel: "114"})
			if c.Conduct != tt.conduct {
				t.Errorf("conduct=%v, want %v; reasons %q", c.Conduct, tt.conduct, c.Reasons)
			}
		})
	}
}

func hasReason(reasons []string, frag string) bool {
	return slices.ContainsFunc(reasons, func(r string) bool { return strings.Contains(r, frag) })
}

// TestOffenderIsNotStaff: in Danish and English the person who did something to the writer — a noun
// with a relative clause of what they did, a driver, the person called about — is someone else, also
// across the commas of the relative clause; staff stay staff.
func TestOffenderIsNotStaff(t *testing.T) {
	tests := []struct {
		text     string
		conduct  bool
		category string
	}{
		{"Kvinden, der havde skubbet mig på perronen, var meget grov og kaldte mig en idiot. Betjentene var til gengæld søde.", false, ros},
		{"the bloke who robbed me was rude and shouted at me, but your officers were brilliant. thanks", false, ros},
		{"Buschaufføren var uhøflig og råbte ad mig, politiet hjalp mig hjem. Tak.", false, ros},
		{"We rang about a man shouting racist abuse at the station, the officers came fast and were kind. Thank you", false, ros},
		{"min genbo raabte af mig og kaldte mig dum da jeg ringede til jer. i var flinke", false, ros},
		{"Betjenten, der tog imod anmeldelsen, var meget grov og kaldte mig en idiot.", true, cond},
		{"The officer who came was rude and shouted at me.", true, cond},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: 4, Channel: "112"})
			if c.Conduct != tt.conduct || c.Category != tt.category {
				t.Errorf("%s conduct=%v, want %s %v; reasons %q", c.Category, c.Conduct, tt.category, tt.conduct, c.Reasons)
			}
		})
	}
}

// TestForeignWaitsAndComplaintsInsideDanger: an urgent text keeps the category of its complaint in every
// language — nobody came or answered (response_time), told it is not urgent (not_taken_seriously) — and
// a number of minutes is a wait unless it times the danger; "not … urgent" must be adjacent.
func TestForeignWaitsAndComplaintsInsideDanger(t *testing.T) {
	tests := []struct {
		name, text string
		urgent     bool
		category   string
	}{
		{"de wait", "Ich habe um 22 Uhr angerufen und 45 Minuten gewartet, bis jemand kam.", false, rt},
		{"de danger timed", "Er atmet kaum seit 10 Minuten, bitte schnell", true, feedback_other},
		{"tr thanks outweigh a wait", "Polis 7 dakikada geldi, çok teşekkürler, harikaydınız", false, ros},
		{"pl nobody came", "Sąsiad ma siekierę i wali w drzwi teraz! Dzwoniłam, nikt nie przyjechał", true, rt},
		{"ro told not urgent", "Fostul meu e la ușă acum cu un cuțit. Operatorul a zis că nu e urgent", true, nts},
		{"ru not urgent adjacent", "Папа без сознания и не дышит, срочно приезжайте", true, feedback_other},
		{"uk Latin told not urgent", "Khtos lamaie dveri zaraz! Operator skazav shcho tse ne terminovo", true, nts},
		{"de typed without umlaut", "Mein Ex steht vor der Tuer und schreit, dass er mich umbringt", true, feedback_other},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rating := 2
			if tt.category == ros {
				rating = 5
			}
			c := Classify(Input{Text: tt.text, Rating: rating, Channel: "112"})
			if c.Urgent != tt.urgent || c.Category != tt.category {
				t.Errorf("%s urgent=%v, want %s %v; reasons %q", c.Category, c.Urgent, tt.category, tt.urgent, c.Reasons)
			}
		})
	}
}

const feedback_other = "other"

// TestForeignConceptsEveryLanguage: the concept tables' languages are the lists' languages, and the
// danger and over concepts are written for every language (a concept added for one is added for all).
func TestForeignConceptsEveryLanguage(t *testing.T) {
	index := map[string]int{}
	for i, lang := range langCodes {
		if l := foreignLexiconTable[i]; l.danger == nil || l.neg == nil {
			t.Errorf("concept tables' language %s has no lists in foreignLexiconTable", lang)
		}
		index[lang] = i
	}
	for _, c := range foreignConcepts {
		if c.field == "danger" || c.field == "over" || c.field == rt || c.field == nts || c.field == adv {
			for lang, i := range index {
				if lang != "ar" && lang != "fa" && len(c.cues[i]) == 0 && !(c.field == "over" && lang == "so") {
					t.Errorf("concept %s has no cues in %s", c.field, lang)
				}
			}
		}
	}
}

// TestDanishEnglishScope: the Danish and English scope rules added when tuning on the multilingual
// blind set — complaints inside an urgent text, brushing off, prejudice and victim blaming, a concessive
// "still", an imperative told on in the past, the generic "mens man", a nationality before a noun.
func TestDanishEnglishScope(t *testing.T) {
	tests := []struct {
		name, text      string
		rating          int
		urgent, conduct bool
		category        string
	}{
		{"help not come, Danish SMS", "der brænder i kaelderen og vi kan ik komme ud. politiet er ik kommet endnu", 1, true, false, rt},
		{"help not come, English", "my mum collapsed and is not breathing, ambulance still not here", 1, true, false, rt},
		{"no answer on 112", "Someone is kicking in our door right now. No answer on 112 for ages", 1, true, false, rt},
		{"told to see to it myself", "My neighbour keeps trying our car doors. The police told me to sort it out myself.", 2, false, false, nts},
		{"victim blaming", "The officer said I was probably asking for it, dressed like that. Disgusting.", 1, false, true, cond},
		{"remark on religion", "the operator made jokes about my headscarf when I reported the theft", 1, false, true, cond},
		{"as a woman is the writer", "As a woman I felt the officer did not listen to me and laughed at me", 1, false, true, cond},
		{"threat of a charge by staff", "Betjenten sagde, at jeg selv ville få en bøde, hvis jeg ringede igen.", 1, false, true, cond},
		{"concessive still, past", "Gun, shouting, total chaos - and still the officers were patient with us. Thank you all.", 5, false, false, ros},
		{"imperative told on in the past", "kom hurtigt og var så søde ved min mor efter faldet. tak", 5, false, false, ros},
		{"mens man er i fare", "Ti minutter i kø, mens man er i fare, er for længe. Det var i sidste uge.", 2, false, false, rt},
		{"a Danish lawyer is no language barrier", "They told me I needed a Danish lawyer first. Is that right?", 3, false, false, "other"},
		{"language barrier stays", "I don't speak Danish and there was no English option", 2, false, false, acc},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: "112"})
			if c.Urgent != tt.urgent || c.Conduct != tt.conduct || c.Category != tt.category {
				t.Errorf("%s urgent=%v conduct=%v, want %s %v %v; reasons %q", c.Category, c.Urgent, c.Conduct, tt.category, tt.urgent, tt.conduct, c.Reasons)
			}
		})
	}
}

// TestForeignStaffThreat: a threat told of a staff member is conduct; the same words of the neighbour
// are not.
func TestForeignStaffThreat(t *testing.T) {
	tests := []struct {
		text    string
		conduct bool
	}{
		{"Polisen i telefonen hotade mig med att jag skulle bli anmäld om jag ringde igen.", true},
		{"Grannen hotade mig förra veckan, nu har han flyttat.", false},
		{"Operator pohrozhuvav meni shcho mene zaareshtuiut yakshcho ya shche raz podzvonyu.", true},
		{"الشرطي هددني بالسجن إذا اتصلت مرة ثانية", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: 1, Channel: "114"})
			if c.Conduct != tt.conduct {
				t.Errorf("conduct=%v, want %v; reasons %q", c.Conduct, tt.conduct, c.Reasons)
			}
		})
	}
}

// TestScopeRulesSecondPass: a danger asked about after "if" in a question, an officer's threat of
// arrest, "i nat" in a past clause, a behaviour word inside a complaint phrase, a Norwegian complaint in
// a text named Danish, "one said 112, the other 114".
func TestScopeRulesSecondPass(t *testing.T) {
	tests := []struct {
		name, text      string
		urgent, conduct bool
		category        string
	}{
		{"de if-question", "Was soll ich tun, wenn er wieder mit dem Messer kommt? Der eine sagte 112, der andere 114.", false, false, adv},
		{"pl if-question", "Co mam zrobić, jeśli sąsiad znowu przyjdzie z nożem?", false, false, "other"},
		{"ru staff threat is no danger", "Полицейский орал на меня и угрожал, что арестует меня, если я позвоню ещё раз.", false, true, cond},
		{"ru neighbour's threat is danger", "Сосед угрожает убить меня прямо сейчас, он у двери", true, false, "other"},
		{"i nat told in the past", "Min søster blev slået i nat af sin kæreste, og der gik en time før I kom. Hun er uskadt nu.", false, false, rt},
		{"hard of hearing", "I am hard of hearing and the person on the phone could not offer a text line.", false, false, acc},
		{"Norwegian named Danish", "Jeg ringte om at noen hadde knust ruta i bilen, og fikk høre at det ikke er en politisak.", false, false, nts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: 2, Channel: "114"})
			if c.Urgent != tt.urgent || c.Conduct != tt.conduct || c.Category != tt.category {
				t.Errorf("%s urgent=%v conduct=%v, want %s %v %v; reasons %q", c.Category, c.Urgent, c.Conduct, tt.category, tt.urgent, tt.conduct, c.Reasons)
			}
		})
	}
}

// TestResolveLanguage: an unsure Latin text named by the lists' function words; a mixed text whose second
// language came out the same as that name gets the letters' best guess as its second.
func TestResolveLanguage(t *testing.T) {
	tests := []struct {
		li           langInfo
		read         string
		lang, second string
	}{
		{langInfo{lang: langOther, script: scriptLatin, mixed: true, second: "en", guess: "ru"}, "en", "en", "ru"},
		{langInfo{lang: langOther, script: scriptLatin}, "da", "da", ""},
		{langInfo{lang: "pl", script: scriptLatin, mixed: true, second: "en", guess: "pl"}, "en", "pl", "en"},
		{langInfo{lang: langOther, script: scriptArabic}, "en", langOther, ""},
	}
	for _, tt := range tests {
		lang, li := resolveLanguage(tt.li, tt.read)
		if lang != tt.lang || li.second != tt.second {
			t.Errorf("%+v read %s: %s second %q, want %s second %q", tt.li, tt.read, lang, li.second, tt.lang, tt.second)
		}
	}
}

// TestForeignRecallProbes: dangers told the way people write them — a call that went unanswered, a past
// verb or "ago" in the sentence of a present state, "he left but he is back now", the future particle
// "راح" (will), colloquial words of now — are urgent in every language; the same dangers told as over
// are not. Written for this test, after the tuning, to look for recall holes (three were found and
// fixed: "ago" and "راح"/"ra7" as words of the past or of leaving, and danger after "he left" with a
// new "now").
func TestForeignRecallProbes(t *testing.T) {
	urgent := []string{
		"شوهرم داره منو میزنه، زنگ زدم کسی جواب نداد",
		"شوهرم منو زد و الان با چاقو پشت در وایستاده",
		"زنگ زدم ولی کسی جواب نداد، همسایه با چاقو پشت دره",
		"اتصلت ولا أحد رد، جوزي عم يضربني",
		"كان يضربني والحين معه سكين",
		"Dün aradım kimse açmadı, kocam şu an beni dövüyor",
		"Wczoraj dzwoniłam, nikt nie odebrał, a teraz on mnie bije",
		"Ich habe angerufen, keiner ging ran, er schlägt mich gerade",
		"Я звонила, никто не ответил, он меня бьёт",
		"Я дзвонила, ніхто не відповів, він мене б'є",
		"Waan wacay qofna ma jawaabin, ninkaygu wuu i garaacayaa",
		"Am sunat, nu a răspuns nimeni, soțul meu mă bate acum",
		"Han slo meg i går og nå truer han med kniv",
		"Hon ringde igår, nu står han utanför med kniv",
		"Тато впав 10 хвилин тому і не дихає",
		"Папа упал 10 минут назад и не дышит",
		"Mój tata upadł 10 minut temu i nie oddycha",
		"Babam 10 dakika önce düştü ve nefes almıyor",
		"Mein Vater ist vor 10 Minuten umgefallen und atmet nicht",
		"Tatăl meu a căzut acum 10 minute și nu respiră",
		"Aabbahay wuu dhacay 10 daqiiqo ka hor, ma neefsanayo",
		"بابا وقع قبل ١٠ دقايق وما يتنفس",
		"پدرم ۱۰ دقیقه پیش افتاد و نفس نمیکشه",
		"Вчера он меня избил, а сегодня снова пришёл с ножом",
		"Минулого тижня він мені погрожував, а зараз стоїть під дверима з ножем",
		"Geçen hafta beni tehdit etti, şimdi kapının önünde bıçakla bekliyor",
		"W zeszłym tygodniu mi groził, teraz stoi pod drzwiami z nożem",
		"Letzte Woche hat er mich bedroht, jetzt steht er mit einem Messer vor der Tür",
		"Ex-ul meu m-a bătut anul trecut, acum e la ușă cu un cuțit",
		"Mein Sohn hat alle Tabletten geschluckt und wacht nicht auf",
		"Мой сын выпил все таблетки и не просыпается",
		"Syn połknął wszystkie tabletki i się nie budzi",
		"Oğlum bütün hapları yuttu ve uyanmıyor",
		"زوجي راح يقتلني الحين",
		"jozi ma3o sekkine w ra7 y2tolni hala2",
		"Mężczyzna z nożem poszedł sobie ale wrócił i stoi pod drzwiami teraz",
		"Er ist weg, aber jetzt steht er wieder mit dem Messer vor der Tür",
	}
	calm := []string{
		"Папа упал вчера и был без сознания, сейчас он в больнице и ему лучше. Спасибо!",
		"Mój tata upadł w zeszłym tygodniu, teraz jest w szpitalu i czuje się lepiej",
		"Geçen hafta beni tehdit etti ama şimdi güvendeyim",
		"كان يضربني السنة الماضية، الحين انا بخير",
	}
	for _, text := range urgent {
		if c := Classify(Input{Text: text, Rating: 1, Channel: "112"}); !c.Urgent {
			t.Errorf("%q: not urgent; reasons %q", text, c.Reasons)
		}
	}
	for _, text := range calm {
		if c := Classify(Input{Text: text, Rating: 3, Channel: "112"}); c.Urgent {
			t.Errorf("%q: urgent; reasons %q", text, c.Reasons)
		}
	}
}

// TestForeignConductProbes: conduct by staff in every language (rude, shouting, mocking the accent,
// telling the employer) is conduct; the same words of a neighbour, with the police praised after "but",
// are praise. Written for this test after the tuning.
func TestForeignConductProbes(t *testing.T) {
	tests := []struct {
		text    string
		conduct bool
	}{
		{"Betjenten var frekk og kjeftet på meg i telefonen", true},
		{"Polisen var otrevlig och skrek åt mig", true},
		{"Der Polizist war unhöflich und hat mich angeschrien", true},
		{"Policjant był bardzo niegrzeczny i krzyczał na mnie", true},
		{"Polis memuru çok kabaydı ve bana bağırdı", true},
		{"Polițistul a fost foarte nepoliticos și a țipat la mine", true},
		{"Askariga booliska aad buu edeb darnaa oo wuu igu qayliyay", true},
		{"الشرطي كان وقح وصرخ علي", true},
		{"پلیس خیلی بی ادب بود و سرم داد زد", true},
		{"Поліцейський був дуже грубий і кричав на мене", true},
		{"Полицейский был очень груб и орал на меня", true},
		{"Die Frau am Telefon hat über meinen Akzent gelacht", true},
		{"Operator wyśmiał mój akcent", true},
		{"Operatör aksanımla dalga geçti", true},
		{"Оператор смеялся над моим акцентом", true},
		{"Der Beamte hat meinem Chef erzählt, dass ich angerufen habe", true},
		{"Policjant powiedział mojemu szefowi, że dzwoniłam", true},
		{"Der Nachbar war unhöflich und hat mich angeschrien, aber die Polizei war sehr nett. Danke", false},
		{"Sąsiad był niegrzeczny i krzyczał na mnie, ale policjanci byli bardzo mili. Dziękuję", false},
		{"Komşum bana bağırdı ama polisler çok kibardı, teşekkürler", false},
		{"Сосед орал на меня, но полицейские были очень вежливы. Спасибо", false},
		{"Vecinul a țipat la mine, dar polițiștii au fost foarte amabili. Mulțumesc", false},
		{"جاري صرخ علي لكن الشرطة كانوا لطيفين جدا، شكرا", false},
	}
	for _, tt := range tests {
		c := Classify(Input{Text: tt.text, Rating: 3, Channel: "114"})
		if c.Conduct != tt.conduct || !tt.conduct && c.Category != ros {
			t.Errorf("%q: %s conduct=%v, want conduct=%v (praise when not); reasons %q", tt.text, c.Category, c.Conduct, tt.conduct, c.Reasons)
		}
	}
}

// TestDanishEnglishRecallProbes: the session's Danish/English rules keep real danger urgent — a
// concessive "still" only when told in the past, "kom hurtigt" only as the past when "og var" follows, a
// time inside a relative clause dates the person ("the man who attacked me last week is outside my door
// right now") — and "mens man …" stays general. Written for this test after the tuning.
func TestDanishEnglishRecallProbes(t *testing.T) {
	tests := []struct {
		text   string
		urgent bool
	}{
		{"He is still outside with a knife and the police were here earlier but left", true},
		{"min far faldt for 10 min siden og trækker ikke vejret, ambulancen er ikke kommet endnu", true},
		{"Kom hurtigt, han slår hende og hun bløder", true},
		{"kom nu!! han har en kniv og var lige ved at stikke min bror", true},
		{"The man who attacked me last week is outside my door right now", true},
		{"Manden, der overfaldt mig i sidste uge, står udenfor min dør lige nu", true},
		{"Jeg ringede for en time siden og der er stadig ingen kommet, han prøver at bryde døren op", true},
		{"as a woman living alone I am scared, someone is trying to get in through the window now", true},
		{"Tak fordi I kom hurtigt i går, han var meget aggressiv men nu er han anholdt", false},
		{"Mens man venter i kø, tænker man på om der er brand et sted", false},
		{"The officers were calm, and still it took them 40 minutes to arrive last Friday", false},
	}
	for _, tt := range tests {
		if c := Classify(Input{Text: tt.text, Rating: 1, Channel: "112"}); c.Urgent != tt.urgent {
			t.Errorf("%q: urgent=%v, want %v; reasons %q", tt.text, c.Urgent, tt.urgent, c.Reasons)
		}
	}
}

// TestForeignDangerConceptsProbes: suicide told in its future and colloquial forms, fire, a child who
// swallowed something or fell and does not move, a gun and "will shoot" — in every language, on 114
// where no recall net helps; a phone's flat battery is no danger. Written for this test after the
// tuning; the eleven it first missed were added to the lists by concept.
func TestForeignDangerConceptsProbes(t *testing.T) {
	urgent := []string{
		"Broren min sier han skal ta livet sitt i kveld, han svarer ikke på telefonen",
		"Min syster har skrivit att hon ska ta livet av sig ikväll",
		"Meine Freundin schreibt, dass sie sich heute Nacht umbringen will",
		"Moja siostra napisała, że dziś w nocy się zabije",
		"Kardeşim bu gece kendini öldüreceğini yazdı",
		"Sora mea mi-a scris că se sinucide în seara asta",
		"Walaashay waxay tiri caawa ayaan is dilayaa",
		"أختي كتبت لي إنها بتنتحر الليلة",
		"خواهرم پیام داده که امشب خودکشی میکنه",
		"Сестра написала, що сьогодні вночі покінчить з собою",
		"Сестра написала, что сегодня ночью покончит с собой",
		"Det brenner i kjøkkenet og vi kommer oss ikke ut",
		"Es brennt in der Küche und wir kommen nicht raus",
		"Pali się w kuchni i nie możemy wyjść",
		"Mutfakta yangın var, dışarı çıkamıyoruz",
		"Arde bucătăria și nu putem ieși",
		"Jikada ayaa dab ka kacay, kama bixi karno",
		"المطبخ يحترق وما نقدر نطلع",
		"آشپزخونه آتیش گرفته و نمیتونیم بیرون بریم",
		"Горить кухня, ми не можемо вийти",
		"Горит кухня, мы не можем выйти",
		"Mein Kind (3) ist in den Pool gefallen und atmet nicht",
		"Moje dziecko (2 lata) połknęło baterię i wymiotuje krwią",
		"Oğlum (5) balkondan düştü, hareket etmiyor",
		"Copilul meu de 2 ani a înghițit o baterie",
		"Wiilkayga 3 jir ah ayaa ka dhacay daaqadda, ma dhaqaaqayo",
		"ابني عمره سنتين بلع بطارية",
		"بچم ۲ سالشه باتری قورت داده",
		"Дитина 2 роки проковтнула батарейку",
		"Ребёнок 2 года проглотил батарейку",
		"Er hat eine Pistole und droht, uns zu erschießen",
		"Ma pistolet i grozi, że nas zastrzeli",
		"Elinde silah var, bizi vuracağını söylüyor",
		"Are un pistol și amenință că ne împușcă",
		"Wuxuu haystaa bastoolad, wuxuu leeyahay waan idin toogan doonaa",
		"معه مسدس ويهدد إنه يطخنا",
		"اسلحه داره و میگه همه رو میکشه",
		"У нього пістолет, і він погрожує нас застрелити",
		"У него пистолет, и он грозится нас застрелить",
	}
	for _, text := range urgent {
		if c := Classify(Input{Text: text, Rating: 2, Channel: "114"}); !c.Urgent {
			t.Errorf("%q: not urgent; reasons %q", text, c.Reasons)
		}
	}
	for _, text := range []string{
		"Die Batterie meines Handys ist leer und das Formular geht nicht",
		"Bateria w telefonie się rozładowała, nie mogłam zadzwonić",
		"У меня села батарейка в телефоне, не смогла дозвониться",
	} {
		if c := Classify(Input{Text: text, Rating: 2, Channel: "114"}); c.Urgent {
			t.Errorf("%q: urgent; reasons %q", text, c.Reasons)
		}
	}
}

// TestForeignCategoryProbes: the common complaints and thanks, plainly put, in every language — a long
// wait, not taken seriously, no call back or case number, no interpreter, a link that does not work,
// thanks. Written for this test after the tuning (two of 56 first missed: a Somali plural of "hour", a
// Farsi singular of "did not take seriously").
func TestForeignCategoryProbes(t *testing.T) {
	tests := []struct{ category, text string }{
		{"response_time", "Jeg ventet i telefonkøen i 35 minutter før noen svarte"},
		{"response_time", "Jag fick vänta i kön i nästan en timme innan någon svarade"},
		{"response_time", "Ich habe 40 Minuten in der Warteschleife gehangen"},
		{"response_time", "Czekałam 45 minut, zanim ktoś odebrał"},
		{"response_time", "Polis bir saat sonra geldi, çok geç"},
		{"response_time", "Am așteptat o oră până a venit poliția"},
		{"response_time", "Booliska waxay yimaadeen laba saacadood kadib"},
		{"response_time", "انتظرت ساعة كاملة حتى وصلت الشرطة"},
		{"response_time", "یک ساعت منتظر ماندم تا پلیس آمد"},
		{"response_time", "Поліція приїхала тільки через дві години"},
		{"response_time", "Полиция приехала только через два часа"},
		{"not_taken_seriously", "Politiet tok meg ikke på alvor da jeg meldte innbruddet"},
		{"not_taken_seriously", "De tog mig inte på allvar när jag anmälde hotet"},
		{"not_taken_seriously", "Die Polizei hat meine Anzeige nicht ernst genommen"},
		{"not_taken_seriously", "Policja nie potraktowała mnie poważnie"},
		{"not_taken_seriously", "Polis şikayetimi ciddiye almadı"},
		{"not_taken_seriously", "Poliția nu m-a luat în serios"},
		{"not_taken_seriously", "Booliska si dhab ah iima qaadan"},
		{"not_taken_seriously", "الشرطة ما أخذت بلاغي على محمل الجد"},
		{"not_taken_seriously", "پلیس حرفم را جدی نگرفت"},
		{"not_taken_seriously", "Поліція не сприйняла мене серйозно"},
		{"not_taken_seriously", "Полиция не восприняла меня всерьёз"},
		{"follow_up", "Ingen har ringt meg tilbake, og jeg har fortsatt ikke fått saksnummer"},
		{"follow_up", "Ingen har ringt tillbaka och jag har inget diarienummer"},
		{"follow_up", "Niemand hat mich zurückgerufen und ich habe kein Aktenzeichen"},
		{"follow_up", "Nikt do mnie nie oddzwonił i nie mam numeru sprawy"},
		{"follow_up", "Kimse beni geri aramadı, dosya numaram hâlâ yok"},
		{"follow_up", "Nimeni nu m-a sunat înapoi și nu am număr de dosar"},
		{"follow_up", "Qofna dib iima soo wicin, lambarka kiiska ma haysto"},
		{"follow_up", "لم يتصل بي أحد ولا عندي رقم القضية"},
		{"follow_up", "هیچ کس با من تماس نگرفت و شماره پرونده ندارم"},
		{"follow_up", "Мені ніхто не передзвонив, номера справи досі немає"},
		{"follow_up", "Мне никто не перезвонил, номера дела до сих пор нет"},
		{"praise", "Tusen takk, dere var kjempeflinke og hjelpsomme"},
		{"praise", "Tack så mycket, ni var jättesnälla och hjälpsamma"},
		{"praise", "Vielen Dank, Sie waren sehr freundlich und hilfsbereit"},
		{"praise", "Bardzo dziękuję, byliście bardzo mili i pomocni"},
		{"praise", "Çok teşekkür ederim, çok yardımcı oldunuz"},
		{"praise", "Vă mulțumesc mult, ați fost foarte amabili"},
		{"praise", "Aad baad u mahadsan tihiin, waad i caawiseen"},
		{"praise", "شكرا جزيلا، كنتم لطيفين جدا"},
		{"praise", "خیلی ممنون، خیلی کمکم کردید"},
		{"praise", "Щиро дякую, ви дуже допомогли"},
		{"praise", "Большое спасибо, вы очень помогли"},
		{"accessibility", "Jeg snakker ikke dansk og det fantes ingen tolk"},
		{"accessibility", "Ich spreche kein Dänisch und es gab keinen Dolmetscher"},
		{"accessibility", "Nie mówię po duńsku i nie było tłumacza"},
		{"accessibility", "Danca bilmiyorum ve tercüman yoktu"},
		{"accessibility", "لا أتكلم الدنماركية ولم يكن هناك مترجم"},
		{"accessibility", "Я не говорю по-датски, и переводчика не было"},
		{"technical", "Linken i SMS-en virket ikke"},
		{"technical", "Der Link in der SMS funktionierte nicht"},
		{"technical", "Link w SMS-ie nie działał"},
		{"technical", "SMS'teki link çalışmıyor"},
		{"technical", "Посилання в смс не працює"},
		{"technical", "الرابط في الرسالة لا يعمل"},
	}
	for _, tt := range tests {
		if c := Classify(Input{Text: tt.text, Rating: 2, Channel: "114"}); c.Category != tt.category {
			t.Errorf("%q: %s, want %s; reasons %q", tt.text, c.Category, tt.category, c.Reasons)
		}
	}
}

// TestConductConceptProbes: the conduct concepts the issue names, in every language — talked down to like
// a child, mocking the headscarf or the faith, "women always exaggerate", telling the neighbour who
// called — are conduct; the same words of a neighbour, a concert that was "mișto" (cool) and "I cried like
// a child" are not. Written for this test after the tuning (31 of 44 first missed; added by concept, and
// Romanian patterns with hyphens now match, as the text's tokens are split at a hyphen).
func TestConductConceptProbes(t *testing.T) {
	for _, text := range []string{
		"Betjenten snakket til meg som om jeg var et barn",
		"Han lo av hijaben min",
		"Hun sa at kvinner alltid overdriver",
		"Politiet fortalte naboen min hvem som hadde ringt",
		"Polisen pratade med mig som till ett barn, väldigt nedlåtande",
		"De skämtade om min slöja",
		"Han sa att kvinnor alltid överdriver",
		"Polisen berättade för min granne att det var jag som ringde",
		"Der Beamte hat mit mir geredet wie mit einem kleinen Kind",
		"Er hat sich über mein Kopftuch lustig gemacht",
		"Er sagte, Frauen übertreiben immer",
		"Die Polizei hat meinem Nachbarn gesagt, dass ich angerufen habe",
		"Policjant mówił do mnie jak do dziecka, bardzo protekcjonalnie",
		"Śmiał się z mojej chusty",
		"Powiedział, że kobiety zawsze przesadzają",
		"Policja powiedziała sąsiadowi, że to ja dzwoniłam",
		"Polis benimle çocukla konuşur gibi konuştu",
		"Başörtümle dalga geçti",
		"Kadınlar hep abartır dedi",
		"Polis komşuma şikayeti benim yaptığımı söyledi",
		"Polițistul mi-a vorbit ca unui copil",
		"A făcut mișto de baticul meu",
		"A spus că femeile exagerează mereu",
		"Poliția i-a spus vecinului că eu am sunat",
		"Askariga wuxuu ila hadlay sidii ilmo yar",
		"Wuu ku qoslay xijaabkayga",
		"Wuxuu yiri haweenku had iyo jeer way buunbuuniyaan",
		"Booliska waxay deriskayga u sheegeen inaan anigu wacay",
		"الشرطي كلمني كأني طفل صغير",
		"سخر من حجابي",
		"قال إن النساء دائما يبالغن",
		"الشرطة قالت لجاري إني أنا اللي اتصلت",
		"پلیس با من مثل یک بچه حرف زد",
		"حجابم را مسخره کرد",
		"گفت زن ها همیشه اغراق می کنند",
		"پلیس به همسایه ام گفت که من زنگ زده بودم",
		"Поліцейський розмовляв зі мною як з дитиною",
		"Він насміхався з моєї хустки",
		"Він сказав, що жінки завжди перебільшують",
		"Поліція сказала сусідові, що це я дзвонила",
		"Полицейский разговаривал со мной как с ребёнком",
		"Он насмехался над моим платком",
		"Он сказал, что женщины всегда преувеличивают",
		"Полиция сказала соседу, что это я звонила",
	} {
		if c := Classify(Input{Text: text, Rating: 1, Channel: "114"}); !c.Conduct {
			t.Errorf("%q: no conduct; reasons %q", text, c.Reasons)
		}
	}
	for _, text := range []string{
		"Jeg gråt som et barn da de fandt min søn, tusind tak",
		"I cried like a child when they found my dog, thank you so much",
		"Ich habe geweint wie ein Kind, als sie meine Tochter gefunden haben. Danke",
		"Naboen min lo av hijaben min, men politiet var veldig flinke",
		"Sąsiad powiedział, że kobiety zawsze przesadzają, ale policja była miła",
		"Concertul a fost mișto, dar cineva mi-a furat telefonul și poliția n-a făcut nimic",
		"Mein Nachbar hat sich über mein Kopftuch lustig gemacht, die Polizei war sehr freundlich",
	} {
		if c := Classify(Input{Text: text, Rating: 4, Channel: "114"}); c.Conduct {
			t.Errorf("%q: conduct; reasons %q", text, c.Reasons)
		}
	}
}

// TestSplitHyphens: hyphenated pattern words become adjacent parts, as the text's tokens are split at a
// hyphen.
func TestSplitHyphens(t *testing.T) {
	// (a pattern's flags, "!" "?" "^" "@", are cut off before its words are split)
	got := splitHyphens([]string{"=i-a", "=spus", "=m-a|=i-a", "+=acum", "du-te", "~=astept"})
	want := []hyphenPart{{"=i", false, false}, {"=a", true, false}, {"=spus", false, false}, {"=m|=i", false, false}, {"=a", true, false}, {"=acum", true, false}, {"=du", false, false}, {"te", true, false}, {"=astept", false, true}}
	if !slices.Equal(got, want) {
		t.Errorf("splitHyphens = %v, want %v", got, want)
	}
}

// TestPastDangerInThanksProbes: a danger told as last week's or last month's, in thanks, with "he is fine
// now", is no alarm in any language (precision: a false urgent costs a duty centre's time). Written for
// this test after the tuning; five first raised an alarm (no "forrige uke"/"förra veckan" for the
// Danish lists, no "he is doing well now", "şimdi iyi", "czuje się dobrze").
func TestPastDangerInThanksProbes(t *testing.T) {
	for _, text := range []string{
		"Forrige uke truet naboen meg med kniv. Politiet kom raskt, tusen takk",
		"Förra veckan hotade grannen mig med kniv. Polisen kom snabbt, tack",
		"Letzte Woche hat mich mein Nachbar mit einem Messer bedroht. Die Polizei kam schnell, danke",
		"W zeszłym tygodniu sąsiad groził mi nożem. Policja przyjechała szybko, dziękuję",
		"Geçen hafta komşum beni bıçakla tehdit etti. Polis hemen geldi, teşekkürler",
		"Săptămâna trecută vecinul m-a amenințat cu un cuțit. Poliția a venit repede, mulțumesc",
		"Toddobaadkii hore dariskaygu wuxuu igu hanjabay mindi. Booliska si degdeg ah ayay u yimaadeen, mahadsanid",
		"الأسبوع الماضي جاري هددني بسكين. الشرطة جت بسرعة، شكرا",
		"هفته پیش همسایه با چاقو تهدیدم کرد. پلیس سریع آمد، ممنون",
		"Минулого тижня сусід погрожував мені ножем. Поліція приїхала швидко, дякую",
		"На прошлой неделе сосед угрожал мне ножом. Полиция приехала быстро, спасибо",
		"Min far fik et hjertestop i sommer, ambulancen kom på 6 minutter. Han har det godt nu, tak",
		"My dad had a stroke in March, the ambulance was quick and he is doing well now. Thanks",
		"Mein Vater hatte im Mai einen Herzinfarkt, heute geht es ihm gut. Danke an alle",
		"Babam geçen ay kalp krizi geçirdi, şimdi iyi. Ambulans çok hızlıydı, teşekkürler",
		"Tata miał zawał w zeszłym miesiącu, teraz czuje się dobrze. Dziękuję za szybką pomoc",
		"Папа перенёс инфаркт в прошлом месяце, сейчас ему лучше. Спасибо скорой",
		"بابا جاته جلطة الشهر الماضي والحين بخير، شكرا للإسعاف",
	} {
		if c := Classify(Input{Text: text, Rating: 5, Channel: "112"}); c.Urgent || c.Category != ros {
			t.Errorf("%q: %s urgent=%v, want praise; reasons %q", text, c.Category, c.Urgent, c.Reasons)
		}
	}
}

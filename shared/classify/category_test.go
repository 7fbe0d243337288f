package classify

import "testing"

// Session 5's category mechanisms (issue 11), one row per mechanism and language, with counter-cases.
// Every sentence is written for the test; none is copied from a corpus file.

// TestCategoryMechanisms: the category each general fix gives, and what it must leave alone.
func TestCategoryMechanisms(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		rating  int
		channel string
		want    string
	}{
		// help called for and not come yet is the wait complained of, also inside a call for help
		{"pl awaited in an urgent text", "Tata leży na podłodze i nie oddycha, straży jeszcze nie ma", 1, "112", rt},
		{"fa awaited, Latin letters", "bache tab dare, khoon miad, ambulance kojast", 1, "112", rt},
		{"sv awaited with a cry of help", "Mamma har ramlat och andas tungt, ambulansen har inte kommit än. Hjälp", 1, "112", rt},
		{"sv: a follow-up not come is no wait", "Ingen ringde mig tillbaka och ärendenumret har inte kommit än", 2, "114", fu},
		{"da: no helper yet", "manden sparker stadig på døren og der er ingen patrulje endnu", 1, "112", rt},
		{"en: the ambulance hasn't come", "My wife fainted and is cold and pale and the ambulance hasn't come", 1, "112", rt},
		{"en: the police not here yet", "someone is smashing the windows downstairs, police not here yet", 1, "112", rt},
		{"en: a son not come home is no wait", "My son hasn't come home since yesterday, we are out looking for him", 2, "114", feedback_other},
		// told it is someone else's business, nothing can be done, not a priority (every language)
		{"de not for the police", "Die Beamtin meinte, Lärm vom Nachbarn sei kein Fall für die Polizei", 2, "114", nts},
		{"pl not for them", "Zgłosiłam kradzież roweru, odpowiedź: to nie do nas, proszę iść do ubezpieczyciela", 2, "114", nts},
		{"tr none of our concern", "Kira depozitomu vermiyor dedim, polis bizi ilgilendirmez dedi", 2, "114", nts},
		{"ro someone else's business", "Vecinul imi blocheaza garajul, la 114 mi-au zis ca e treaba primariei", 2, "114", nts},
		{"ro: a job well done is no brush-off", "Politia si-a facut treaba foarte bine, multumesc", 5, "114", ros},
		{"ar not for the police", "اتصلت بسبب الازعاج وقالوا هذا موضوع ليس للشرطه", 2, "114", nts},
		{"ar Arabizi not an emergency", "2alouli mish emergency w sakkaro el khat", 1, "112", nts},
		{"fa Latin not a police matter", "goftan dozdi docharkhe masale polisi nist", 2, "114", nts},
		{"ru nothing we can do", "Соседи шумят каждую ночь, ответ: ничего не можем сделать", 2, "114", nts},
		{"uk not to us", "Сказали, що це не до нас, а до управителя будинку", 2, "114", nts},
		{"so not something the police do", "Waxay igu yiraahdeen arrintaas ma aha wax booliisku qabto", 2, "114", nts},
		// nobody contacted me since, no news, no case number
		{"ar nobody called", "بلغت عن سرقه محفظتي ولم يتصل بي احد من وقتها", 2, "114", fu},
		{"fa Latin nobody called", "do hafte pish gozaresh dadam va hichkas zang nazad", 2, "114", fu},
		{"pl no news", "Minął miesiąc od zgłoszenia i żadnej informacji", 2, "114", fu},
		{"ru a week of silence", "Обещали разобраться, прошла неделя и тишина", 2, "114", fu},
		{"de no case reference", "Ich warte seit drei Wochen auf ein Aktenzeichen", 2, "114", fu},
		// sent from office to office, different answers
		{"uk sent on", "Поліція відправила до kommune, а там сказали знову до поліції", 2, "114", adv},
		{"tr different places", "Herkes farklı yer söylüyor, nereye başvuracağımı bilmiyorum", 2, "114", adv},
		{"ro different answers", "Am primit doua raspunsuri diferite despre cum fac plangerea", 2, "114", adv},
		{"fa sent to several places", "چند جا فرستادنم و هیچکس نمیدونست", 2, "114", adv},
		{"ar Arabizi go to", "2alu ro7 3al kommune w el kommune 2alet la2", 2, "114", adv},
		// no interpreter, not understood, no MitID
		{"ar Arabizi no interpreter", "ma ken fi tarjameh w ma fhemt shi", 2, "114", acc},
		{"tr no MitID", "MitID yok, internetten şikayet edemiyorum", 2, "114", acc},
		// slow or not here yet, in everyday forms; a number of minutes in the short forms people type
		{"de takes forever", "Feuer im Keller, die Feuerwehr braucht ewig", 1, "112", rt},
		{"tr 'nerde' and dk", "polis nerde, 25 dk oldu", 1, "112", rt},
		{"ru still none", "Соседа избили, полиции всё ещё нет", 1, "112", rt},
		{"ar Arabizi minutes", "stanet 50 d2i2a 3al khat", 2, "114", rt},
		{"no not here yet", "Det brenner i oppgangen og brannvesenet er ikke her ennå", 1, "112", rt},
		// told to wait until morning is a brush-off
		{"uk wait till morning", "Чоловік не повернувся з роботи, а мені сказали чекати до ранку", 2, "114", nts},
		{"tr wait till tomorrow", "Kızım eve gelmedi, yarına kadar bekleyin dediler", 2, "114", nts},
		// the call dropped, the form fails with an error
		{"ru call dropped", "Звонок сбросился два раза, так и не дозвонилась", 2, "114", tech},
		{"fa Latin the link does not open", "linke payamak baz nemishe", 2, "114", tech},
		{"uk an error on the site", "Сайт пише помилку, коли я надсилаю форму", 2, "114", tech},
		{"uk 'probably a mistake' is no error message", "Я не писала вам, мабуть помилка", 3, "114", feedback_other},
		// thanks as strong as the complaint in a good rating: the complaint was met
		{"so interpreter found, thanks", "Waad mahadsantihiin, turjumaan ayaad ii heseen", 5, "114", ros},
		{"fa interpreter in both lists counts once", "ممنون، مترجم عربی گرفتند", 5, "114", ros},
		{"en switched to English", "My Danish is poor but the officer switched to English right away. Thanks!", 5, "114", ros},
		{"en never got an interpreter", "I asked three times and never got an interpreter", 2, "114", acc},
		{"da fik en tolk", "Jeg fik en tolk med det samme, tusind tak", 5, "114", ros},
		// Danish and English: someone else's problem, a family matter, forget it; a promise kept; a
		// document never received; waiting counted in weeks; a speech impairment
		{"en the insurer's problem", "My car was broken into and they said it was the insurance company's problem, not the police's", 2, "114", nts},
		{"en a family matter", "I reported my uncle for threats and was told it's a family matter", 2, "114", nts},
		{"da glem det", "Min cykel blev stjålet og betjenten sagde jeg bare skulle glemme alt om det", 2, "114", nts},
		{"en back as promised", "They rang me on Monday as promised, thank you", 5, "114", ros},
		{"da: a promise not kept is follow-up", "Jeg venter stadig på det opkald, jeg blev lovet", 2, "114", fu},
		{"en never received the receipt", "I filed the theft online but never received a receipt", 2, "114", fu},
		{"da waited weeks", "Jeg har ventet fire uger på svar fra politiet", 2, "114", fu},
		{"en a patrol that took days is slow help", "It took three days before a patrol came out to look at the damage", 2, "114", rt},
		{"en speech impairment", "I stutter badly and the operator kept hanging up on the silence", 2, "112", acc},
		// a closing quote is no part of the word it ends
		{"tr quoted brush-off", "Kavga eden komşuları bildirdim, 'bu polis işi değil' dediler.", 2, "114", nts},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: tt.channel})
			if c.Category != tt.want {
				t.Errorf("%q: category %s, want %s; reasons %q", tt.text, c.Category, tt.want, c.Reasons)
			}
		})
	}
}

// TestClosingQuoteEndsWord: a quote after a word is not part of it; an apostrophe inside one is.
func TestClosingQuoteEndsWord(t *testing.T) {
	for _, tt := range []struct{ text, last string }{
		{"'bu polis işi değil'", "değil"}, {"he said 'calm down’", "down"}, {"it wasn't", "wasn't"}, {"112'de", "112'de"},
	} {
		toks := tokenize(tt.text)
		if got := toks[len(toks)-1].word; got != tt.last {
			t.Errorf("tokenize(%q): last word %q, want %q", tt.text, got, tt.last)
		}
	}
}

// TestLanguageMechanisms: session 5's language identification fixes, through Classify's language field.
func TestLanguageMechanisms(t *testing.T) {
	tests := []struct{ name, text, lang string }{
		// Norwegian by its own spellings; the same sentence in Danish stays Danish
		{"no spellings: mann, inn, natt", "En mann prøvde å komme inn hos oss i natt", "no"},
		{"da counterpart", "En mand prøvde at komme ind hos os i nat", "da"},
		{"no spellings: tilbake, vet, ringte", "Jeg ringte tre ganger og vet fortsatt ikke når dere kommer tilbake", "no"},
		{"da counterpart 2", "Jeg ringede tre gange og ved stadig ikke hvornår I kommer tilbage", "da"},
		// a short Swedish text whose letters rule Danish out
		{"sv short", "för lång väntan", "sv"},
		{"da short", "for lang ventetid", "da"},
		// Ukrainian words with no Ukrainian-only letter
		{"uk short", "мабуть помилка", "uk"},
		{"ru short", "наверное ошибка", "ru"},
		// an unsure Latin text most of whose words are in one other language is that language
		{"ro with a Danish place name", "sotul meu a cazut pe strada in Næstved si nu se mai ridica", "ro"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c := Classify(Input{Text: tt.text, Rating: 2, Channel: "114"}); c.Language != tt.lang {
				t.Errorf("%q: language %s, want %s; reasons %q", tt.text, c.Language, tt.lang, c.Reasons)
			}
		})
	}
}

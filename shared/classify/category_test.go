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
		// praise words with no thanks in an urgent text urge; thanks beside danger now are no praise either
		// (an urgent text is never praise: TestUrgentIsNeverPraise)
		{"da urgent 'hurtigt' urges", "min mand er faldet om og trækker ikke vejret, send en ambulance hurtigt!!", 1, "112", feedback_other},
		{"da urgent with thanks is other", "Tak for hjælpen i går, men nu står han her igen og truer mig", 2, "112", feedback_other},
		// the category model does not overrule thanks in a good rating into a complaint
		{"sv thanks with minutes", "Tack till polisen som kom på tio minuter när grannen bröt sig in", 5, "114", ros},
		// everyday praise and "nobody picks up"
		{"sv jättebra", "Polisen var jättebra när vi blev av med bilen", 4, "114", ros},
		{"pl officers were fine", "Złodziej uciekł, ale policjanci byli w porządku", 4, "114", ros},
		{"pl a bare OK is no praise", "w porządku", 3, "114", feedback_other},
		{"no nobody picks up", "Jeg har ringt fire ganger og ingen tar telefonen", 1, "114", rt},
		// times written in words are waits; a time counted once; thanks for a quick find stay thanks
		{"pl hours in words", "Policja przyjechała po dwóch godzinach", 2, "114", rt},
		{"sv hours in words", "Det dröjde två timmar innan någon svarade på 114", 2, "114", rt},
		{"ru found in two hours, thanks", "Спасибо, нашли мою машину за два часа", 5, "114", ros},
		// Swedish complaint words of its own outweigh a Danish near-miss
		{"sv brush-off over a Danish near-miss", "Hon skrattade och sa att sådant har de inte tid med", 2, "114", nts},
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
		// "sa" (said) counts as Norwegian with another Norwegian spelling; Danish texting's "sa" (så) with a
		// Danish one stays Danish
		{"no sa with noe", "Betjenten sa at det ikke var noe farlig", "no"},
		{"da sms sa", "sa ringede jeg igen og fik at vide at de ikke kunne goere noget", "da"},
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

// TestForeignCategoryConcepts: one plain complaint or thanks per category and language (Arabic and Farsi
// also in Latin letters, Russian and Ukrainian in both scripts), written for this test in words the lists
// were not written from. Before session 5's concepts 67 of 86 were placed right; the misses were "other"
// (not believed, told something different by everyone, months without news) and Danish false friends.
// The second round (61 texts) was written after those fixes and placed right 50 times before its own;
// the third (31, the scripts with the fewest cues) 29.
func TestForeignCategoryConcepts(t *testing.T) {
	tests := []struct {
		want   string
		rating int
		lang   string
		text   string
	}{
		{rt, 2, "no", "Jeg satt i telefonkø i over en time før noen tok telefonen"},
		{nts, 2, "no", "De lo bare og sa at stjålne sykler ikke er noe de prioriterer"},
		{adv, 2, "no", "Politiet sa jeg skulle gå til kommunen, kommunen sa jeg skulle gå til politiet"},
		{fu, 2, "no", "Det er gått to måneder og jeg har fortsatt ikke hørt noe om saken min"},
		{acc, 2, "no", "Jeg er døv og det fantes ingen måte å kontakte dere på uten å ringe"},
		{ros, 5, "no", "Tusen takk til damen på 114, hun var så tålmodig og hjelpsom"},
		{rt, 2, "sv", "Jag fick vänta i nästan fyrtio minuter innan någon svarade"},
		{nts, 2, "sv", "De sa att det inte var något de kunde hjälpa till med och lade på"},
		{adv, 2, "sv", "Ingen kunde säga vart jag skulle vända mig, alla skickade mig vidare"},
		{fu, 2, "sv", "Jag blev lovad att bli uppringd men ingen har hört av sig"},
		{tech, 2, "sv", "Länken i sms:et fungerar inte, sidan laddar aldrig"},
		{acc, 2, "sv", "Det fanns ingen tolk och jag förstod inte vad de sa"},
		{ros, 5, "sv", "Stort tack, polisen var snabb och väldigt trevlig"},
		{rt, 2, "de", "Ich hing fast 45 Minuten in der Warteschleife"},
		{nts, 2, "de", "Man hat mir nicht geglaubt und gesagt, ich solle mich nicht so anstellen"},
		{adv, 2, "de", "Jeder Mitarbeiter hat mir etwas anderes erzählt, ich weiß immer noch nicht, was ich tun soll"},
		{fu, 2, "de", "Seit meiner Anzeige vor sechs Wochen habe ich nichts mehr gehört"},
		{tech, 2, "de", "Das Formular auf der Webseite lässt sich nicht abschicken"},
		{acc, 2, "de", "Ich spreche kein Dänisch und es gab keinen Dolmetscher"},
		{ros, 5, "de", "Vielen Dank, die Beamten waren sehr hilfsbereit und freundlich"},
		{rt, 2, "pl", "Czekałam na połączenie ponad pół godziny"},
		{nts, 2, "pl", "Powiedzieli, że to nic poważnego i żebym się nie przejmowała"},
		{adv, 2, "pl", "Dostałam trzy różne informacje od trzech różnych osób"},
		{fu, 2, "pl", "Minęły dwa miesiące i nikt się ze mną nie skontaktował w sprawie zgłoszenia"},
		{tech, 2, "pl", "Formularz na stronie ciągle pokazuje błąd"},
		{acc, 2, "pl", "Nie było tłumacza, a ja słabo mówię po duńsku"},
		{ros, 5, "pl", "Bardzo dziękuję, policjanci byli bardzo mili i pomocni"},
		{rt, 2, "tr", "Yarım saat boyunca telefonda bekledim kimse açmadı"},
		{nts, 2, "tr", "Beni ciddiye almadılar, abartıyorsun dediler"},
		{adv, 2, "tr", "Herkes başka bir şey söyledi, kime gideceğimi bilmiyorum"},
		{fu, 2, "tr", "İki aydır dosyam hakkında hiçbir haber yok"},
		{tech, 2, "tr", "Web sitesindeki form çalışmıyor, gönder tuşuna basınca hata veriyor"},
		{acc, 2, "tr", "Tercüman yoktu ve hiçbir şey anlamadım"},
		{ros, 5, "tr", "Çok teşekkürler, memurlar çok yardımcı oldular"},
		{rt, 2, "ro", "Am asteptat o ora la telefon pana mi-a raspuns cineva"},
		{nts, 2, "ro", "Nu m-au luat in serios si mi-au zis ca exagerez"},
		{adv, 2, "ro", "Fiecare persoana mi-a spus altceva, nu stiu unde sa merg"},
		{fu, 2, "ro", "Au trecut doua luni si nu am primit niciun raspuns la plangere"},
		{tech, 2, "ro", "Apelul s-a intrerupt de trei ori"},
		{acc, 2, "ro", "Nu a fost niciun traducator si nu am inteles nimic"},
		{ros, 5, "ro", "Multumesc mult, politistii au fost foarte amabili"},
		{rt, 2, "so", "Saacad ayaan sugayay qofna ma iga jawaabin"},
		{nts, 2, "so", "Si dhab ah iima qaadan, waxay yiraahdeen ma aha wax muhiim ah"},
		{adv, 2, "so", "Meel kale ayay ii direen, halkaasna meel kale"},
		{fu, 2, "so", "Laba bilood ayaa ka soo wareegay, war iimaan helin"},
		{tech, 2, "so", "Linkiga ma shaqeynayo"},
		{acc, 2, "so", "Turjubaan ma jirin, afka deenishka ma aqaan"},
		{ros, 5, "so", "Aad baad u mahadsantihiin, booliisku aad ayay ii caawiyeen"},
		{rt, 2, "ar", "انتظرت ساعة كاملة على الخط حتى رد احد"},
		{nts, 2, "ar", "ما اخذوا كلامي بجدية وقالوا انت تبالغ"},
		{adv, 2, "ar", "كل موظف قال لي شي مختلف وما عرفت وين اروح"},
		{fu, 2, "ar", "مر شهرين وما وصلني اي رد على البلاغ"},
		{tech, 2, "ar", "الرابط في الرساله ما يشتغل"},
		{acc, 2, "ar", "ما كان في مترجم وما فهمت شي"},
		{ros, 5, "ar", "شكرا جزيلا الشرطه كانوا لطيفين جدا"},
		{rt, 2, "ar", "stanet sa3a kamle 3al telefon"},
		{nts, 2, "ar", "ma sadda2oni w 2alouli enti 3am tbalghi"},
		{fu, 2, "ar", "sar shahrain w ma 7ada 7akani 3an el balagh"},
		{ros, 5, "ar", "shukran ktir, el shorta kano ktir mnee7"},
		{rt, 2, "fa", "یک ساعت پشت خط منتظر موندم"},
		{nts, 2, "fa", "حرفمو جدی نگرفتن و گفتن شلوغش نکن"},
		{adv, 2, "fa", "هر کی یه چیز گفت و نفهمیدم باید کجا برم"},
		{fu, 2, "fa", "دو ماهه هیچ خبری از پرونده نشده"},
		{tech, 2, "fa", "فرم سایت خطا میده"},
		{acc, 2, "fa", "مترجم نبود و من دانمارکی بلد نیستم"},
		{ros, 5, "fa", "خیلی ممنون، پلیس ها خیلی مهربون بودن"},
		{rt, 2, "fa", "yek saat posht khat montazer boodam"},
		{nts, 2, "fa", "harfamo jeddi nagereftan"},
		{ros, 5, "fa", "kheili mamnoon, polis kheili mehraboon bood"},
		{rt, 2, "uk", "Я чекала на лінії майже годину"},
		{nts, 2, "uk", "Мені не повірили і сказали не вигадувати"},
		{adv, 2, "uk", "Кожен казав щось інше, я так і не зрозуміла куди звертатися"},
		{fu, 2, "uk", "Минуло два місяці, а по моїй заяві жодних новин"},
		{tech, 2, "uk", "Посилання в смс не відкривається"},
		{acc, 2, "uk", "Не було перекладача, і я нічого не зрозуміла"},
		{ros, 5, "uk", "Щиро дякую поліцейським, вони були дуже уважні"},
		{rt, 2, "ru", "Я ждала ответа почти час"},
		{nts, 2, "ru", "Мне не поверили и сказали не выдумывать"},
		{adv, 2, "ru", "Каждый говорил что-то своё, я так и не поняла куда обращаться"},
		{fu, 2, "ru", "Прошло два месяца, а по моему заявлению никаких новостей"},
		{tech, 2, "ru", "Ссылка в смс не открывается"},
		{acc, 2, "ru", "Не было переводчика, и я ничего не поняла"},
		{ros, 5, "ru", "Большое спасибо полицейским, они были очень внимательны"},
		{rt, 2, "ru", "zhdala otveta pochti chas"},
		{nts, 2, "uk", "meni ne povirily i skazaly ne vyhaduvaty"},
		// a second round, written after the first round's fixes: trifles, wrong information, times in words
		{rt, 2, "de", "Ich rief wegen eines Einbruchs an und musste ewig warten, bis überhaupt jemand dranging"},
		{nts, 2, "de", "Der Beamte hat nur gelacht und gemeint, wegen so einer Kleinigkeit kommt keiner raus"},
		{fu, 2, "de", "Man hat versprochen, mich zurückzurufen. Passiert ist bis heute nichts."},
		{adv, 2, "de", "Am Telefon hieß es online melden, online steht man soll anrufen. Was denn nun?"},
		{tech, 2, "de", "Die Verbindung brach ständig ab, ich musste dreimal neu wählen"},
		{acc, 2, "de", "Ich bin gehörlos und es gab keine Möglichkeit per SMS oder Chat zu melden"},
		{ros, 5, "de", "Ganz herzlichen Dank an die nette Dame am Telefon, sie hat mir sehr geholfen"},
		{rt, 2, "pl", "Dodzwoniłem się dopiero po 50 minutach"},
		{nts, 2, "pl", "Zbyli mnie, powiedzieli że mam sobie sam poradzić z sąsiadem"},
		{fu, 2, "pl", "Obiecali oddzwonić w poniedziałek, jest piątek i cisza"},
		{adv, 2, "pl", "Nikt nie potrafił mi wyjaśnić, gdzie złożyć zawiadomienie"},
		{tech, 2, "pl", "Link z smsa nie działa, wyskakuje błąd"},
		{acc, 2, "pl", "Jestem głucha, a jedyna opcja to telefon"},
		{ros, 5, "pl", "Dziękuję za szybką i miłą pomoc"},
		{rt, 2, "tr", "Polise ulaşmak için 40 dakika hatta bekledim"},
		{nts, 2, "tr", "Polis umursamadı, bu kadar küçük bir şey için gelmeyiz dedi"},
		{fu, 2, "tr", "Beni geri arayacaklarını söylediler ama hala arayan yok"},
		{adv, 2, "tr", "Bana yanlış bilgi verdiler, yanlış yere gittim"},
		{tech, 2, "tr", "Telefon hattı sürekli kesildi"},
		{acc, 2, "tr", "Danca bilmiyorum ve tercüman istememe rağmen vermediler"},
		{ros, 5, "tr", "Memur bey çok sabırlıydı, çok teşekkür ederim"},
		{rt, 2, "ro", "Au venit abia dupa doua ore, desi am spus ca e urgent"},
		{fu, 2, "ro", "Mi-au promis ca ma suna inapoi, dar nimeni nu m-a sunat"},
		{adv, 2, "ro", "Mi-au dat informatii gresite despre unde sa depun plangerea"},
		{tech, 2, "ro", "Formularul online nu functioneaza, da eroare la trimitere"},
		{acc, 2, "ro", "Sunt surd si nu am avut alta optiune decat sa sun"},
		{ros, 5, "ro", "Multumesc frumos, doamna de la telefon a fost foarte rabdatoare"},
		{rt, 2, "so", "Saacad iyo bar ayay qaadatay inay yimaadaan"},
		{nts, 2, "so", "Way iga qosleen oo waxay yiraahdeen ma aha arrin muhiim ah"},
		{fu, 2, "so", "Waxay ii ballan qaadeen inay i soo wacayaan laakiin qofna ima soo wicin"},
		{tech, 2, "so", "Khadka ayaa go'ay saddex jeer"},
		{ros, 5, "so", "Mahadsanidiin, si fiican ayay ii caawiyeen"},
		{rt, 2, "ar", "الشرطه وصلت بعد ساعتين من الاتصال"},
		{fu, 2, "ar", "وعدوني يتصلوا فيني بس ما حدا اتصل لليوم"},
		{adv, 2, "ar", "اعطوني معلومات غلط عن وين اقدم الشكوى"},
		{tech, 2, "ar", "الخط قطع مرتين وانا احكي معهم"},
		{ros, 5, "ar", "الله يعطيكم العافيه، تعاملكم كان ممتاز"},
		{rt, 2, "fa", "دو ساعت طول کشید تا پلیس بیاد"},
		{fu, 2, "fa", "قول دادن زنگ بزنن ولی هیچکس زنگ نزد"},
		{tech, 2, "fa", "تماس دو بار قطع شد"},
		{ros, 5, "fa", "واقعا ممنونم، خیلی کمکم کردن"},
		{rt, 2, "uk", "Поліція приїхала тільки через дві години"},
		{fu, 2, "uk", "Обіцяли передзвонити, але так ніхто і не передзвонив"},
		{adv, 2, "uk", "Мені дали неправильну інформацію, куди подавати заяву"},
		{tech, 2, "uk", "Зв'язок обривався кілька разів"},
		{ros, 5, "uk", "Велике спасибі, все вирішили дуже швидко"},
		{rt, 2, "ru", "Полиция приехала только через два часа"},
		{fu, 2, "ru", "Обещали перезвонить, но так никто и не перезвонил"},
		{adv, 2, "ru", "Мне дали неправильную информацию, куда подавать заявление"},
		{tech, 2, "ru", "Связь обрывалась несколько раз"},
		{ros, 5, "ru", "Огромное спасибо, всё решили очень быстро"},
		{rt, 2, "no", "Det tok to timer før politiet dukket opp"},
		{nts, 2, "no", "Han bare lo og sa at sånt bruker de ikke tid på"},
		{fu, 2, "no", "De lovet å ringe tilbake men ingen har ringt"},
		{tech, 2, "no", "Forbindelsen ble brutt flere ganger"},
		{ros, 5, "no", "Tusen takk for god hjelp, dere var fantastiske"},
		{rt, 2, "sv", "Det tog två timmar innan polisen kom"},
		{nts, 2, "sv", "Han skrattade bara och sa att sådant har de inte tid med"},
		{fu, 2, "sv", "De lovade att ringa tillbaka men ingen har ringt"},
		{tech, 2, "sv", "Samtalet bröts flera gånger"},
		{ros, 5, "sv", "Tusen tack för god hjälp, ni var fantastiska"},
		// a third round in the scripts with the fewest cues (Somali, Arabic, Farsi, Ukrainian and Russian in Latin letters)
		{rt, 2, "so", "Booliska waxay yimaadeen saacado kadib"},
		{nts, 2, "so", "Waxay igu yiraahdeen arrintaas wax looma qaban karo"},
		{fu, 2, "so", "Warbixin ayaan sameeyay bil ka hor, weli jawaab ma helin"},
		{adv, 2, "so", "Mid walba wax kale ayuu igu yiri, ma garanayo meesha aan aado"},
		{tech, 2, "so", "Foomka internetka ma shaqeynayo"},
		{acc, 2, "so", "Ma jirin turjubaan, waxba kama fahmin"},
		{ros, 5, "so", "Mahadsanid, aad bay iigu caawiyeen"},
		{rt, 2, "ar", "kenet 3am estanna aktar men sa3a la 7ada rad"},
		{nts, 2, "ar", "2alouli ma fina na3mel shi w sakkaro"},
		{fu, 2, "ar", "wa3adouni yettaslo fiyyi bas ma 7ada ettasal"},
		{adv, 2, "ar", "kel wa7ad 2alli shi, ma ba3ref wein rou7"},
		{tech, 2, "ar", "el link ma 3am yefta7"},
		{acc, 2, "ar", "ma ken fi mtarjem w ana ma be7ki danske"},
		{ros, 5, "ar", "shukran ktir 3ala el mosa3ade"},
		{rt, 2, "fa", "bishtar az ye saat montazer moondam ta javab bedan"},
		{nts, 2, "fa", "goftan kari az dastemoon barnemiad"},
		{fu, 2, "fa", "ghol dadan zang bezanan vali hichkas zang nazad"},
		{adv, 2, "fa", "har kas ye chizi goft, nemidoonam koja beram"},
		{tech, 2, "fa", "form online kar nemikone"},
		{acc, 2, "fa", "motarjem nabood va chizi nafahmidam"},
		{ros, 5, "fa", "kheili mamnoon, kheili komakam kardan"},
		{rt, 2, "uk", "chekala na linii maizhe hodynu"},
		{nts, 2, "uk", "skazaly shcho tse ne yikhnia sprava"},
		{fu, 2, "uk", "obitsialy peredzvonyty ale nikhto ne peredzvonyv"},
		{tech, 2, "uk", "zviazok obryvavsia kilka raziv"},
		{ros, 5, "uk", "duzhe diakuiu, vse bulo chudovo"},
		{rt, 2, "ru", "zhdala bolshe chasa poka kto-to otvetil"},
		{nts, 2, "ru", "skazali chto nichego ne mogut sdelat"},
		{fu, 2, "ru", "obeshchali perezvonit no nikto ne perezvonil"},
		{tech, 2, "ru", "svyaz obryvalas neskolko raz"},
		{ros, 5, "ru", "bolshoe spasibo, vse bylo otlichno"},
		// a fourth round, written after all the fixes above (14 of 20 before its own: what happens with my case, deaf and no other way, they can do nothing)
		{rt, 2, "de", "Fast eine Stunde hat es gedauert, bis die Streife da war"},
		{nts, 2, "de", "Die Polizei meinte, ich solle froh sein, dass nichts Schlimmeres passiert ist, und hat nichts aufgenommen"},
		{fu, 2, "pl", "Złożyłam zawiadomienie w marcu i do dziś nie wiem, co się dzieje ze sprawą"},
		{adv, 2, "pl", "Na komisariacie kazali mi dzwonić na 114, a na 114 kazali iść na komisariat"},
		{tech, 2, "tr", "SMS'teki bağlantıya tıklayınca sayfa açılmıyor"},
		{acc, 2, "tr", "İşitme engelliyim, telefon dışında başvuru yolu yok"},
		{ros, 5, "ro", "Va multumesc din suflet, ati fost minunati"},
		{nts, 2, "ro", "Mi-au spus ca nu pot face nimic pentru ca nu am dovezi"},
		{adv, 2, "ar", "الموظف قال لي روح على البلديه والبلديه رجعتني للشرطه"},
		{rt, 2, "fa", "پلیس بعد از یک ساعت و نیم رسید"},
		{nts, 2, "fa", "گفتن برو خونه و نگران نباش، هیچ کاری نکردن"},
		{tech, 2, "uk", "Сайт не працює, форма не відправляється"},
		{acc, 2, "ru", "Я глухая, а позвонить не могу, другого способа связаться нет"},
		{ros, 5, "ru", "Спасибо дежурному, очень вежливо и понятно всё объяснил"},
		{fu, 2, "so", "Waxay yiraahdeen waan ku soo wici doonaa, weligood ima soo wicin"},
		{rt, 2, "sv", "Jag satt i telefonkö i över en halvtimme"},
		{adv, 2, "no", "Jeg fikk tre forskjellige svar fra tre forskjellige folk"},
		{tech, 2, "ar", "el site 3am yetla3 error kel ma ba3at el form"},
		{nts, 2, "fa", "goftan in chiza kar e polis nist, boro kommune"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.want, func(t *testing.T) {
			if c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: "114"}); c.Category != tt.want {
				t.Errorf("%q: category %s, want %s; reasons %q", tt.text, c.Category, tt.want, c.Reasons)
			}
		})
	}
}

// TestDanishEnglishCategoryProbes: plain and mixed complaints in Danish and English written for this test
// around the confusions the blind sets showed (response time against a brush-off, advice against
// follow-up, technical against accessibility, praise against other, the rating's pull). The second half
// was written after the first passed; it placed 25 of 30 before the fixes it led to (not investigated,
// "first they said", "the opposite", "it meant everything", the voice read as a stammer).
func TestDanishEnglishCategoryProbes(t *testing.T) {
	tests := []struct {
		want    string
		rating  int
		channel string
		text    string
	}{
		{rt, 2, "112", "Der gik 25 minutter før der kom en patrulje, selvom jeg sagde at han havde en kniv"},
		{nts, 2, "112", "De sagde at det ikke var noget de ville sende en bil ud til, og så lagde de på"},
		{nts, 1, "112", "Jeg fik at vide at jeg bare skulle ringe igen hvis han kom tilbage. Ingen kom."},
		{rt, 2, "114", "Jeg sad i kø i 40 minutter for at anmelde et cykeltyveri"},
		{adv, 2, "114", "Betjenten gav mig forkert besked om hvor jeg skulle hente mit pas"},
		{adv, 2, "114", "Jeg blev sendt rundt mellem tre forskellige afdelinger og ingen vidste noget"},
		{fu, 2, "114", "Jeg har stadig ikke hørt noget om min anmeldelse, og det er to måneder siden"},
		{fu, 2, "114", "Jeg fik aldrig det journalnummer, som jeg blev lovet"},
		{tech, 2, "114", "Linket i sms'en virker ikke, siden bliver bare hvid"},
		{tech, 2, "112", "Forbindelsen blev afbrudt to gange mens jeg talte med alarmcentralen"},
		{acc, 2, "114", "Jeg er døv og kunne ikke bruge telefonen, og der var ingen anden mulighed"},
		{acc, 2, "114", "Jeg har ikke MitID og kan derfor ikke anmelde online"},
		{ros, 5, "114", "Tusind tak for en rigtig god og rolig samtale"},
		{ros, 4, "114", "Fin service, kom hurtigt igennem"},
		{feedback_other, 3, "114", "Jeg ringede om en mistet tegnebog"},
		{feedback_other, 3, "114", "Hvornår har politistationen i Viborg åbent?"},
		{ros, 5, "112", "Betjentene kom hurtigt og var meget søde ved mine børn"},
		{rt, 1, "112", "It took over an hour for anyone to come, even though I said he was still outside"},
		{nts, 2, "112", "They told me it wasn't a priority and hung up"},
		{nts, 1, "114", "The operator said there was nothing they could do and I should call my insurance"},
		{adv, 2, "114", "I was given the wrong number to call and ended up calling three places"},
		{adv, 2, "114", "Nobody could tell me whether I should report it online or at the station"},
		{fu, 2, "114", "I still haven't heard anything about my case after six weeks"},
		{fu, 2, "114", "They promised a call back the same day but no one ever called"},
		{tech, 2, "114", "The online form kept crashing when I tried to upload photos"},
		{tech, 2, "112", "The line kept breaking up and I had to call back twice"},
		{acc, 2, "114", "I'm deaf and there was no way to text instead of calling"},
		{acc, 2, "114", "There was no interpreter and I didn't understand what they asked me"},
		{ros, 5, "114", "Really helpful and kind staff, thank you so much"},
		{ros, 4, "114", "Quick and friendly, no complaints"},
		{feedback_other, 3, "114", "I called about a lost dog"},
		{feedback_other, 3, "114", "Where do I pick up lost property in Aarhus?"},
		{rt, 2, "114", "ventede 35 min i telefonen, det er for dårligt"},
		{fu, 2, "114", "ingen har ringet tilbage selvom de lovede det"},
		{tech, 2, "114", "hjemmesiden crasher hver gang jeg prøver at sende formularen"},
		{ros, 5, "114", "super søde folk, tak for hjælpen"},
		{adv, 2, "114", "fik tre forskellige svar fra tre forskellige personer"},
		{rt, 2, "112", "Jeg ringede 112 fordi der var slagsmål foran huset. Der gik over en halv time før nogen dukkede op, og da var de væk."},
		{nts, 2, "112", "Jeg ringede om en spritbilist og fik at vide at de ikke havde folk til den slags. Han kørte videre."},
		{nts, 2, "114", "Damen sagde at cykeltyverier ikke bliver efterforsket, så jeg skulle ikke forvente noget"},
		{adv, 2, "114", "Først sagde de at jeg skulle gå på stationen, så at jeg skulle gøre det på nettet. Ingen af delene virkede."},
		{fu, 2, "114", "Jeg anmeldte indbruddet for en måned siden og har ikke hørt et ord siden"},
		{fu, 2, "114", "Sagsbehandleren lovede at vende tilbage i sidste uge, men intet er sket"},
		{tech, 2, "114", "Jeg trykkede 1 som stemmen sagde, men så blev jeg bare smidt af linjen"},
		{acc, 2, "114", "Jeg er hørehæmmet og kunne ikke høre hvad hun sagde, og der var ingen mulighed for at skrive"},
		{ros, 5, "112", "Manden i telefonen blev ved med at tale med mig indtil ambulancen kom. Det betød alt."},
		{ros, 4, "114", "Det tog lidt tid at komme igennem, men da jeg gjorde var betjenten virkelig hjælpsom"},
		{feedback_other, 3, "114", "Jeg ringede bare for at høre om man må parkere på fortovet"},
		{feedback_other, 3, "114", "Jeg har ikke nogen kommentarer"},
		{rt, 2, "114", "Spent 35 minutes listening to hold music before giving up"},
		{nts, 2, "112", "I reported a man exposing himself at the park and the dispatcher said it wasn't worth sending anyone"},
		{nts, 2, "114", "They basically said my stolen bike was my own fault for not locking it properly"},
		{adv, 2, "114", "The website says one thing, the officer on the phone said the opposite"},
		{fu, 2, "114", "I was promised an update within a week. That was a month ago."},
		{tech, 2, "114", "Every time I tried to submit the report online the page timed out"},
		{acc, 2, "114", "As a wheelchair user I couldn't get into the station and nobody offered another way to report"},
		{ros, 5, "114", "The officer was calm and reassuring and explained everything clearly"},
		{ros, 4, "112", "Came quickly and sorted it out, thanks"},
		{feedback_other, 3, "114", "Just testing if this form works"},
		{rt, 2, "112", "det tog 45 min før de kom og da var tyven for længst væk"},
		{nts, 2, "112", "de gad ikk komme selvom jeg sagde han var fuld og aggressiv"},
		{fu, 2, "114", "har stadig ikk fået noget svar paa min anmeldelse efter 3 uger"},
		{tech, 2, "114", "appen lukker ned hver gang jeg vil uploade billeder"},
		{ros, 5, "114", "mega god service, tak skal i ha"},
		{adv, 2, "114", "ingen kunne sige mig hvor jeg skulle henvende mig"},
		{rt, 1, "112", "my sister is being beaten next door and its been 20 min and still no police"},
		{nts, 2, "112", "they said its a civil matter and hung up. my landlord has locked me out with my kids inside"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if c := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: tt.channel}); c.Category != tt.want {
				t.Errorf("category %s, want %s; reasons %q", c.Category, tt.want, c.Reasons)
			}
		})
	}
}

package classify

import (
	"os"
	"reflect"
	"slices"
	"testing"
)

// Session 8's category and conduct mechanisms (issue 11, cls-cat8), from the concepts the tuning sets'
// misses lacked (blind_multilingual5–10). One table per mechanism, each with the counterparts it must
// leave alone. Every sentence is written for the test; none is copied from a corpus file.

// TestToldToWaitIsABrushOff: a verb of telling with a word of waiting near it, in either order and in
// every language the foreign lists read, is the brush-off; waiting told without anyone telling the
// writer to wait is not.
func TestToldToWaitIsABrushOff(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"de meinte abwarten", "Jemand hat unsere Mülltonnen angezündet. Der Mann am Telefon meinte, wir sollen erst mal abwarten.", 2, "114", nts},
		{"pl kazali poczekac", "Zgłosiłam, że ktoś kradnie rowery z piwnicy. Kazali mi poczekać do jutra.", 2, "114", nts},
		{"tr bekleyin dediler", "Komşunun köpeği bütün gece havlıyor, aradım, sabaha kadar bekleyin dediler.", 2, "114", nts},
		{"ro mi-au zis sa astept", "Am anunțat că cineva a spart mașina, mi-au zis să mai aștept și să văd.", 2, "114", nts},
		{"so yiraahdeen sug", "Baabuurkayga waa la jabiyay. Booliska waxay yiraahdeen sug maalin kale.", 2, "114", nts},
		{"ar Levantine 2alouli estanna", "el jar 3am ya3mel 7afle kel lele, 2alouli estanna la bokra.", 2, "114", nts},
		{"fa goftan sabr konid", "دوچرخه ام را دزدیدند، گفتن صبر کنید شاید پیدا بشه.", 2, "114", nts},
		{"ru сказали подождать", "У меня угнали велосипед, мне сказали подождать неделю.", 2, "114", nts},
		{"uk сказали почекати", "Сусід знову кричить уночі, мені сказали почекати до ранку.", 2, "114", nts},
		{"not: de waiting, nobody told", "Ich habe 30 Minuten in der Warteschleife gewartet.", 2, "114", rt},
		{"not: pl waiting, nobody told", "Czekałam 40 minut na połączenie z 114.", 2, "114", rt},
	})
}

// TestHungUpAfterAWaitIsTheWait: the line ended after a wait in the queue, with no staff named in its
// sentence, or ended by the writer, is the wait, not staff conduct; staff hanging up on the writer
// stays conduct.
func TestHungUpAfterAWaitIsTheWait(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"de queue then hung up", "Eine Stunde in der Warteschleife. Dann aufgelegt. Super.", 1, "114", false},
		{"fa waited, I hung up myself", "۴۰ دقیقه پشت خط ۱۱۴ بودم، آخرش خودم قطع کردم", 2, "114", false},
		{"ar waited, then the line cut", "35 de2i2a 3al khat w ba3den sakkar el khat", 1, "114", false},
		{"de officer hung up", "Die Beamtin am Telefon hat einfach aufgelegt, als ich meinen Namen sagte.", 1, "114", true},
		{"pl staff hung up mid-sentence", "Pani przy telefonie była niemiła i się rozłączyła w połowie zdania.", 1, "114", true},
		{"ru staff hung up", "Дежурный сказал, что я только отнимаю время, и бросил трубку.", 1, "114", true},
		{"fa almost hung up is not hung up", "گفتن مترجم ندارن و تقریبا قطع کردن. لطفا فکری بکنید", 2, "114", false},
	})
	checkCategories(t, []categoryCase{
		{"de queue then hung up: the wait", "Eine Stunde in der Warteschleife. Dann aufgelegt. Super.", 1, "114", rt},
		{"fa waited, I hung up myself: the wait", "۴۰ دقیقه پشت خط ۱۱۴ بودم، آخرش خودم قطع کردم", 2, "114", rt},
	})
}

// TestConductByMannerAndDisclosure: sighing at the writer, talking down as to a child, "wasting police
// time", a raised voice, humiliation, the tone changing, remarks on who the writer is, and staff telling
// the writer's boss or landlord — in every language; the same words about someone else, or the
// writer's own, are not staff conduct.
func TestConductByMannerAndDisclosure(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"sv sighed, like a child", "Mannen i telefonen suckade och pratade som om jag var ett barn.", 2, "114", true},
		{"ro raised voice, wasting police time", "Doamna de la telefon a ridicat vocea și a zis că pierd timpul poliției.", 1, "114", true},
		{"pl told my boss", "Policjant opowiedział mojemu szefowi o mojej sprawie rozwodowej.", 1, "114", true},
		{"tr told my manager", "Memur şikayetimi müdürüme anlatmış, bunu kimseye söylememiştim.", 1, "114", true},
		{"ru tone changed", "Когда я сказала, что я из Польши, тон сразу поменялся.", 1, "114", true},
		{"ru women always", "Дежурный сказал: «женщинам всегда всё кажется». Это унизительно.", 1, "114", true},
		{"uk all came for money", "Оператор сказав: «ви всі тут приїхали за грошима».", 1, "114", true},
		{"de pet name", "Der Beamte am Telefon hat mich die ganze Zeit Schätzchen genannt.", 1, "114", true},
		{"not: de the little one is a child", "Der Kleine hat Fieber, die Dame am Telefon war sehr hilfsbereit.", 4, "114", false},
		{"not: sv the neighbour sighed", "Grannen suckade när jag bad honom sänka musiken, polisen kom snabbt. Tack!", 5, "114", false},
		{"not: pl I told my boss myself", "Sama powiedziałam szefowi o sprawie, policja była bardzo pomocna.", 5, "114", false},
	})
}

// TestCategoryConceptsPacked: the embedded, packed concepts are category_concepts.txt as it is now (make
// train packs it), every line of it reads, and the lists hold its cues.
func TestCategoryConceptsPacked(t *testing.T) {
	text, err := os.ReadFile(CategoryConceptsFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(PackText(CategoryConceptsFile, text)) != string(categoryConceptsPacked) {
		t.Fatalf("%s is not %s packed: run make train", CategoryConceptsPackedFile, CategoryConceptsFile)
	}
	want, err := parseConcepts(string(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := packedConcepts(); !reflect.DeepEqual(got, want) || len(got) < 10 {
		t.Fatalf("the embedded concepts (%d) are not those of %s (%d)", len(got), CategoryConceptsFile, len(want))
	}
	if _, err := parseConcepts("[not_taken_seriously]\nxx\t=cue\n"); err == nil {
		t.Error("a line in an unknown language was read")
	}
	if !slices.Contains(mergedLexicons()["pl"].cats[toldToWaitField], "=kazali|=kazal|=kazala|=kazano|=powiedzial|=powiedziala|=powiedzieli|=mam|=mialam|=mialem ~=czekac|=poczekac|=zaczekac|=czekaj|=poczekaj|=zaczekaj|=czekajcie|=poczekajcie") {
		t.Error("the Polish list lacks the packed 'told to wait' cue")
	}
}

// TestDanishEnglishPhrasings8: the Danish and English concepts the sets' misses lacked — help not here
// yet, a wait since calling, slow to come out, nothing to be done, not illegal, wanting to know when,
// different or vague answers, stars asked about, the wait named fine, "efficient", a time ago telling
// when, curt but excused — each with a counterpart.
func TestDanishEnglishPhrasings8(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da still nobody here", "Der ligger en mand på fortovet ved Netto og bløder fra hovedet. Stadig ingen her!!", 1, "112", rt},
		{"en is anyone on the way", "someone is kicking in the door downstairs right now, is anyone on the way??", 1, "112", rt},
		{"da still waiting for the ambulance", "min mor er faldet og kan ikke rejse sig, venter stadig på ambulancen", 1, "112", rt},
		{"not: en waited for the ambulance, thanks", "The operator stayed on the line while we waited for the ambulance. So calm. Thank you.", 5, "112", ros},
		{"da a wait since calling", "Der er røg i trappeopgangen og det bliver værre. Det er 20 minutter siden, jeg ringede.", 1, "112", rt},
		{"da slow to come out", "Venlig betjent i telefonen, men der gik fire dage, før nogen kom og kiggede på indbruddet.", 3, "114", rt},
		{"da nothing to be done", "Min cykel er stjålet for tredje gang, og jeg fik at vide, at der ikke er noget at gøre.", 2, "114", nts},
		{"not: da nothing to do with you", "Jeg har haft en svær tid efter ulykken. Ikke noget med jer at gøre, bare svært.", 3, "114", "other"},
		{"en not illegal", "A man has been filming our kids at the playground for a week and I was told it's not illegal.", 2, "114", nts},
		{"da not illegal, Danish word order", "En mand har stået og filmet vores have i tre dage. Jeg fik at vide, at det ikke er ulovligt.", 2, "114", nts},
		// urgent (the model reads the cut and the blood as now), so not praise: the point is that it is not technical
		{"not: da she threw it out", "Min søn har skåret sig, der er blod på det klæde hun smed ud. Tak for hurtig hjælp i går.", 5, "114", "other"},
		{"en can't do much", "Reported the stolen van with the GPS position and was told they can't do much.", 1, "114", nts},
		{"da want to know when", "Der var indbrud i kolonihaven. Jeg vil bare vide hvornår nogen kommer og ser på det.", 3, "114", fu},
		{"not: da want to know a rule", "Jeg vil gerne vide, om jeg må have en lommekniv med i tasken.", 3, "114", "other"},
		{"da different answers", "Jeg har fået forskellige svar hver gang jeg har ringet om mit pas.", 2, "114", adv},
		{"en a vague answer", "Asked whether I can fly my drone over the harbour and got a very vague answer.", 3, "114", adv},
		{"da stars asked about", "Hvorfor skal man give stjerner til politiet? Det er jo ikke en webshop.", 3, "114", "other"},
		{"not: da stars given", "Hurtig og venlig hjælp, 5 stjerner herfra.", 5, "114", ros},
		{"da the wait named fine", "Ventetiden var rimelig, og betjenten forklarede det hele. Tak.", 4, "114", ros},
		{"not: da the wait named long", "Ventetiden var alt for lang, over en time i køen.", 2, "114", rt},
		{"en efficient, no complaints", "The officer was quick and efficient. No complaints.", 4, "114", ros},
		{"da a time ago tells when", "For to uger siden ringede jeg om en indbrudstyv i haven. Betjentene var søde og hurtige. Tak.", 5, "114", ros},
		{"not: da weeks waited on the case", "Jeg anmeldte et indbrud, og nu er der gået tre uger uden et ord fra jer.", 2, "114", fu},
		{"da curt but excused", "Hun var lidt kort for hovedet, men jeg forstår godt, at de havde travlt. Ellers hurtig og god hjælp.", 4, "114", ros},
	})
	checkFlag(t, "conduct", []flagCase{
		{"en really from", "The officer asked where I was really from before he took my statement.", 1, "114", true},
		{"en told my landlord", "The officer told my landlord about my case without asking me.", 1, "114", true},
		{"da told the boss, Norwegian order", "Betjenten fortalte chefen min at jeg havde en sag kørende.", 1, "114", true},
		{"da the boss knows I reported", "Nu ved min chef at jeg har anmeldt ham, og det kan kun være kommet fra stationen.", 1, "114", true},
		{"da remarks on looks", "Betjenten kom med bemærkninger om mit udseende, mens jeg forklarede hvad der var sket.", 1, "114", true},
		{"en learn Danish", "When I asked for English he told me to learn Danish.", 1, "114", true},
		{"not: da the writer rude, sorry", "jeg var sur og råbte lidt i tlf sry, men hun var rolig og hjalp mig. 5 stjerner", 5, "114", false},
		{"not: en the writer told the landlord", "I told my landlord about the break-in myself, the police were great.", 5, "114", false},
		{"not: da curt but excused", "Betjenten var kort for hovedet, men det er forståeligt, der var travlt. Ellers fin hjælp.", 4, "114", false},
		{"da curt, not excused", "Betjenten var kort for hovedet og afbrød mig hele tiden.", 1, "114", true},
	})
}

// TestForeignBrushOffsAndAdvice8: "we can't do anything", told to report it online (unless another
// channel is told too: then it is advice), dismissed as a civil or family matter, a small thing, no
// capacity; different answers and vague answers (advice); conduct by a remark on who the writer is or
// disclosure read out — in the languages the sets' misses told them in, each with a counterpart.
func TestForeignBrushOffsAndAdvice8(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"pl we can't do anything", "Ktoś porysował mi samochód na parkingu. Powiedzieli, że nie możemy nic zrobić.", 2, "114", nts},
		{"so we can't do anything", "Telefoonkayga waa la xaday. Waxay yiraahdeen wax ma qaban karno.", 2, "114", nts},
		{"uk we can't do anything", "Сусіди шумлять щоночі, у поліції кажуть: не можемо нічого зробити.", 2, "114", nts},
		{"ro told to report online", "Cineva mă urmărește de la serviciu acasă. Mi-au zis să fac plângere online.", 2, "114", nts},
		{"uk told to report online", "Хтось пише мені погрози щодня. У 114 сказали написати заяву онлайн.", 2, "114", nts},
		{"not: de online and the station: advice", "Erst hieß es, ich soll online anzeigen, dann sollte ich doch zur Wache kommen. Was stimmt denn?", 2, "114", adv},
		{"de a family matter", "Mein Bruder bedroht unsere Mutter, aber man sagte mir, das sei eine Familienangelegenheit.", 2, "114", nts},
		{"no a civil matter", "Naboen bygger på tomta vår, og dere sa det var et sivilt forhold.", 2, "114", nts},
		{"so a small matter", "Qof ayaa baabuurkayga muraayadda ka jebiyay, waxay yiraahdeen arrin yar weeye.", 2, "114", nts},
		{"pl each said something different", "Dzwoniłem trzy razy i każdy mówił coś innego o tym, gdzie zgłosić zgubiony dowód.", 2, "114", adv},
		{"sv no sensible answer", "Jag frågade om det blir fler patruller i centrum men fick inget vettigt svar.", 3, "114", adv},
		{"ru told to wait, an hour passed", "Сосед с ножом в подъезде. Вы сказали ждать, прошёл уже час!", 1, "112", rt},
	})
	checkFlag(t, "conduct", []flagCase{
		{"tr read out in front of the neighbour", "Memur şikayetimi komşunun yanında yüksek sesle okudu.", 1, "114", true},
		{"de legal here", "Der Beamte fragte, ob ich überhaupt legal hier bin.", 1, "114", true},
		{"uk the man on the line laughed", "Чоловік на лінії засміявся, коли я розповіла про крадіжку.", 1, "114", true},
		{"sv the one who answered laughed", "Hon som svarade skrattade när jag berättade om inbrottet.", 1, "114", true},
		{"not: sv the neighbour laughed, police fine", "Grannen skrattade åt mig, men polisen som kom var snäll. Tack.", 5, "114", false},
		{"not: ru two operators, different advice", "Один оператор сказал, что для страховки нужен номер дела, а другой сказал, что надо оформить самому онлайн.", 3, "114", false},
		{"not: uk my husband laughed", "Мій чоловік засміявся, коли побачив поліцію, а поліцейські були дуже ввічливі. Дякую!", 5, "114", false},
	})
}

// TestForeignBarrierFollowUpAdvice8: a language barrier told (accessibility, and a 112 text with it and
// danger in words no list reads still goes to the recall net), told to search oneself or come back
// tomorrow (the brush-off), nothing came of a promised case number (follow-up), a vague answer or
// another number given (advice), "they said they are coming, but still nothing" (the wait).
func TestForeignBarrierFollowUpAdvice8(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"ro operator did not understand", "Cineva mi-a furat bicicleta. Operatorul nu înțelegea engleza mea și a fost greu.", 2, "114", acc},
		{"so did not understand my language", "Baaskiilkayga waa la xaday. Qofkii telefoonka ma fahmin luqadayda.", 2, "114", acc},
		{"de search yourself, go home", "Mein Hund ist weggelaufen und jemand hat ihn mitgenommen. Man meinte, ich soll einfach nach Hause gehen.", 2, "114", nts},
		{"tr nothing came", "Kartım kopyalandı, ihbar ettim, dosya numarası göndereceğiz dediler. İki hafta oldu, hiçbir şey gelmedi.", 2, "114", fu},
		{"de vague answer", "Ich wollte wissen, ob mehr Streife gefahren wird. Die Antwort war freundlich, aber sehr vage.", 3, "114", adv},
		{"pl another number given", "Zgłosiłem zniszczony przystanek, powiedzieli że to nie do policji tylko do gminy i dali inny numer.", 2, "114", adv},
		{"not: pl a number given for the case", "Zgłosiłem kradzież, pani była miła i dała mi numer sprawy. Dziękuję.", 5, "114", ros},
	})
	checkFlag(t, "urgent", []flagCase{
		{"tr a barrier beside danger no list reads, 112 rated 2", "Komşunun çocuğu çatının kenarında oturuyor, aşağı bakıyor. Danca bilmediğim için anlatmak zor oldu.", 2, "112", true},
	})
}

// TestForeignHeldAndPromised8: kept waiting on the line, transferred and waiting (the wait, and a 112
// text with it beside danger no list reads still reaches the recall net), staff who spoke only Danish
// (accessibility), a call back promised and silence (follow-up), sarcastic thanks for nothing (the
// brush-off) — each with a counterpart.
func TestForeignHeldAndPromised8(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"tr kept waiting", "Bisikletim çalındı, aradım, telefonda yarım saat beklettiler.", 2, "114", rt},
		{"ru transferred and waiting", "Хотела сообщить о краже, меня переключили куда-то и я жду и жду.", 2, "114", rt},
		{"uk spoke only Danish", "Хотіла повідомити про крадіжку, але оператор говорив тільки данською.", 2, "114", acc},
		{"pl a call back promised, silence", "Zgłosiłam kradzież roweru, mieli zadzwonić, obiecali i cisza.", 2, "114", fu},
		{"sv thanks for nothing", "Anmälde inbrott i förrådet. Fick inget svar alls. Tack för inget.", 1, "114", nts},
		{"not: sv thanks for everything", "Tack för allt, ni var snabba och vänliga.", 5, "114", ros},
	})
	checkFlag(t, "urgent", []flagCase{
		{"tr kept waiting beside danger no list reads, 112 rated 1", "mutfaktan alevler yükseliyor, dede içeride kaldı. telefonda beklettiler", 1, "112", true},
	})
}

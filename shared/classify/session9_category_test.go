package classify

import (
	"testing"

	"borgerfeedback/shared/feedback"
)

// Session 9's category concepts (issue 11, cls-14c), from the Danish and English misses of half the
// tuning sets (blind_multilingual5, 7, 9, 11, tune, fresh_category, the probes), checked on the other
// half. One table per concept, each with the counterparts it must leave alone. Every sentence is
// written for the test; none is copied from a corpus file.

// TestWaitSinceCallingInThePerfect: "har ringet for et kvarter siden", "I phoned 20 minutes ago" and
// "why is nobody coming" are the wait for help; a call weeks ago tells when, and a relative who does
// not answer their own phone is no unanswered call.
func TestWaitSinceCallingInThePerfect(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da har ringet for et kvarter siden", "En mand slår på vores hoveddør med et jernrør. Jeg har ringet for et kvarter siden.", 1, "112", rt},
		{"da ringede for et kvarter siden", "Vi ringede for et kvarter siden om røgen fra naboens garage.", 2, "112", rt},
		{"en phoned 20 minutes ago", "There is a man with an axe in the car park. I phoned 20 minutes ago.", 1, "112", rt},
		{"en why is nobody coming", "Someone is kicking at our back door. Why is nobody coming", 1, "112", rt},
		{"en is anybody coming", "Two men are fighting with bottles outside the bar, is anybody coming?", 1, "112", rt},
		{"da ingen tager tlf", "der ligger en mand i vejkanten og bloder. ingen tager tlf pa 114", 1, "114", rt},
		{"not: han tager ik tlf", "min far er ik kommet hjem fra jagten og han tager ik tlf, det bliver morkt nu", 2, "114", feedback.CategoryOther},
		{"not: son not answering his phone", "Min søn har ikke været hjemme i nat og tager ikke sin telefon. Han har talt om at gøre en ende på det.", 2, "112", feedback.CategoryOther},
		{"not: phoned weeks ago is when", "I phoned three weeks ago about my stolen bike and nobody has been in touch since.", 2, "114", fu},
	})
}

// TestStaffColleagueAndEmployee: "hendes kollega" and "den ansatte" are staff, so their remarks and
// sighs are staff conduct; a colleague of the writer's stays someone else.
func TestStaffColleagueAndEmployee(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"her colleague's remarks", "Betjenten var flink, men hendes kollega kom med grove bemærkninger om mit udseende.", 2, "114", true},
		{"the employee sighed", "Ventetiden var fin, men den ansatte sukkede højt og sagde til en kollega at hun ikke gad mere.", 2, "114", true},
		{"not: my colleague's remarks", "Min kollega kom med grove bemærkninger om mit udseende, og betjenten tog det alvorligt.", 4, "114", false},
	})
}

// TestReceivedCaseNumberIsNoComplaint: "gave me a case number", "gav mig en kvittering" is received, as
// "got a case number" already was; not getting one stays follow-up. (The Danish "journalnummer" is
// matched by several cues at once — see doc_intro.md, session 9 — so receiving one does not yet cancel it.)
func TestReceivedCaseNumberIsNoComplaint(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da gav mig en kvittering, fint", "Betjenten skrev det hele ned og gav mig en kvittering med det samme. Fint.", 4, "114", ros},
		{"en gave me a case number, great", "The officer gave me a case number straight away. Great service.", 5, "114", ros},
		{"not: no case number given", "Han gav mig aldrig et journalnummer, selvom jeg spurgte to gange.", 2, "114", fu},
	})
}

// TestGratitudeAndSortedIt: "det glemmer jeg aldrig", "I will never forget it" and "they sorted it"
// are praise; a complaint beside them still wins, and "it was fine I guess" stays neutral.
func TestGratitudeAndSortedIt(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da glemmer jeg aldrig", "Damen på 112 blev i røret, til ambulancen kom til min far. Det glemmer jeg aldrig.", 5, "112", ros},
		{"en never forget", "The operator kept me calm until the ambulance arrived. I will never forget it.", 5, "112", ros},
		{"en sorted it", "Took some time, but they sorted it in the end.", 4, "114", ros},
		{"not: never forget the wait", "Jeg glemmer aldrig, at vi ventede 50 minutter i telefonkøen.", 1, "114", rt},
		{"not: it was fine I guess", "It was fine I guess.", 3, "114", feedback.CategoryOther},
	})
}

// TestHeardItBeforeAndNotBelieved: "det har vi hørt før", "won't look into it" and not believing the
// victim are the brush-off; "de ville kigge på det" and "virkede ikke til at …" are no complaint or
// technical fault on their own.
func TestHeardItBeforeAndNotBelieved(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da det har vi hørt før", "Jeg meldte at der sælges stoffer ved skolen. Svaret var: det har vi hørt før.", 2, "114", nts},
		{"en heard that before", "I reported the drag racing on our street again. The answer: we have heard that before.", 2, "114", nts},
		{"en won't look into it", "I gave them the plate number and was told they probably won't look into it.", 1, "114", nts},
		{"da virkede ikke til at tro på hende", "Min mor blev snydt for 20.000 kr. Man virkede ikke til at tro på hende.", 1, "114", nts},
		{"not: they will look into it", "Jeg anmeldte at min cykel var stjålet, og de ville kigge på det i næste uge.", 3, "114", feedback.CategoryOther},
		{"not: heard from them before", "Jeg har hørt fra dem før om en anden sag, og de var søde.", 4, "114", ros},
	})
}

// TestStilledOmIsTransferred: "stillet om" is transferred, as "stillet videre" is.
func TestStilledOmIsTransferred(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da stillet om tre gange", "Jeg ville spørge om et tilhold og blev stillet om tre gange uden at nogen kunne svare.", 2, "114", adv},
		{"not: the lamp stood", "Lampen var stillet op i gangen, og betjenten var venlig.", 5, "114", ros},
	})
}

// The concepts below were written from the other half's misses (sets 6, 8, 10, 12, tune2, probes 2
// and 4) and checked on the first.

// TestSlangPraiseAndHandledWell: "you guys rock", "blown away", "handled it really well", "sorted my
// …" are praise; "rock" as a stone and "handled" without "well" are not.
func TestSlangPraiseAndHandledWell(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"en you guys rock", "Patrol was there in no time for our little scrape in the car park. You guys rock.", 5, "114", ros},
		{"en blown away", "Honestly blown away by how the officer on the phone talked my mum through it.", 5, "112", ros},
		{"en handled it really well", "The officers handled the crowd really well.", 5, "112", ros},
		{"en sorted my", "sorted my lost passport thing over the phone, easy", 5, "114", ros},
		{"not: a rock through the window", "Someone threw a rock through our window last week and nobody has called me since.", 2, "114", fu},
		{"not: handled by three officers", "The case was handled by three different officers and none of them knew what the others had said.", 2, "114", feedback.CategoryOther},
	})
}

// TestStillNoHelpAndWaitingForMe: "still no fire engine" is the wait for help; someone waiting for the
// writer ("a man with a bat waiting for me") is no queue.
func TestStillNoHelpAndWaitingForMe(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"en still no fire truck", "The staff were polite. But the flat below is full of smoke and still no fire truck, we are stuck upstairs.", 2, "112", rt},
		{"da stadig ingen brandbil", "Garagen ved siden af brænder nu, jeg har ringet for et kvarter siden og der er stadig ingen brandbil.", 1, "112", rt},
		{"not: waiting for me outside", "A man with an iron bar is waiting for me outside the gym. I am hiding in the changing room.", 1, "112", feedback.CategoryOther},
		{"not: han venter på mig", "Min eksmand står ved cykelstativet og venter på mig. Jeg tør ikke gå ud.", 1, "112", feedback.CategoryOther},
		{"but: I waited in the queue", "I waited 35 minutes in the queue before anyone answered.", 2, "114", rt},
	})
}

// TestBrushOffsToldAsAnotherPlace: told to see a lawyer or one's own doctor, "not a task for the
// police", "sort it out with them yourselves" are the brush-off; given only a number or "nobody could
// say" is advice; "bad advice" names advice.
func TestBrushOffsToldAsAnotherPlace(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da tale med en advokat", "Min nabo chikanerer mig hver dag. Jeg fik at vide, at det måtte jeg tale med en advokat om.", 2, "114", nts},
		{"da spørgsmål for egen læge", "Jeg fortalte om min fars trusler, og fik at vide at det var et spørgsmål for egen læge.", 2, "114", nts},
		{"da ikke en opgave for politiet", "Hver gang jeg ringer om bilen på fortovet, er det ikke en opgave for politiet.", 1, "114", nts},
		{"da snakke med dem selv", "ringede om larmen fra fest ovenpaa og fik bare at vide vi sku snakke m dem selv", 2, "114", nts},
		{"da fik bare et nr", "ringede om min veninde der bliver slået og fik bare et nr til et krisecenter. tak for ingen hjælp", 2, "114", adv},
		{"da ingen kunne sige", "mistede mit kørekort og ingen kunne sige om jeg skulle til politiet eller kommunen", 2, "114", adv},
		{"en bad advice", "Bad advice from 114: they said I should just change my phone number.", 1, "114", adv},
		{"not: the doctor came", "Lægen kom hurtigt, og politiet var venlige og rolige.", 5, "112", ros},
	})
}

// TestOnlyInDanishIsTheBarrier: a menu or a form only in Danish is the language barrier, not a
// technical fault; a menu that hangs is technical.
func TestOnlyInDanishIsTheBarrier(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"en menu only in Danish", "The phone menu is only in Danish. Press 1 for what? I just guessed.", 2, "114", acc},
		{"da formularen kun på dansk", "Formularen på nettet er kun på dansk, og jeg kan ikke læse det.", 2, "114", acc},
		{"not: the menu hung", "The phone menu froze after I pressed 2 and the call dropped.", 2, "114", tech},
	})
}

// TestRelativeNoCallBackAndTalkedToAsAChild: "der er ingen, der har ringet tilbage" is no call back;
// "talt til som et lille barn" is conduct; "fuld af fordomme" is prejudice, not drunk; "slukkede
// lygter" is no sigh.
func TestRelativeNoCallBackAndTalkedToAsAChild(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da ingen der har ringet tilbage", "Jeg anmeldte indbruddet for to uger siden. Der er ingen, der har ringet tilbage.", 2, "114", fu},
		{"da talt til som et lille barn", "Jeg er 80 år og blev talt til som et lille barn af manden i telefonen.", 1, "114", cond},
		{"da fuld af fordomme", "Betjenten der tog telefonen var fuld af fordomme om min nabo og hans familie.", 1, "114", cond},
		{"not: fuld nabo", "Min nabo var fuld og råbte ad mig, men betjentene var søde.", 4, "114", ros},
	})
	checkFlag(t, "conduct", []flagCase{
		{"not: slukkede lygter", "En bil holder foran mit hus med slukkede lygter. Jeg er alene hjemme.", 2, "112", false},
	})
}

// Round 3, shapes from both halves (checked on probe_urgent_conduct5, written by another session and
// not read here).

// TestBareTimeInDangerTimesTheDanger: in a report of danger with no word of calling or of help on
// its way, a bare time times the danger, not a wait ("missing since 20 minutes"); with a call or a
// word of waiting for help it stays the wait.
func TestBareTimeInDangerTimesTheDanger(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"en missing since 20 minutes", "Our boy (5) is missing at the beach since 25 minutes, lifeguards are looking, please help now", 3, "112", feedback.CategoryOther},
		{"en it has been 40 minutes", "Our daughter (9) did not come home from the pool. It's been 40 minutes and she's not at any friends.", 2, "112", feedback.CategoryOther},
		{"but: called 112 40 minutes", "Han står stadig ude foran med en kniv. Jeg ringede 112 for 40 minutter siden.", 1, "112", rt},
		{"but: still waiting for the ambulance", "My father is not breathing properly and we are still waiting for the ambulance, 30 minutes now.", 1, "112", rt},
	})
}

// TestAskingWhatToDoIsAdvice: asking what one should do ("Hvad gør man, hvis …", "What should I do
// if …") asks for guidance; in a report of danger it is a plea ("hvad gør jeg??"), and a complaint
// beside it keeps its own category.
func TestAskingWhatToDoIsAdvice(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da hvad gør man hvis", "Hvad gør man, hvis ens tidligere kæreste bliver ved med at skrive? Det fik jeg ikke noget klart svar på.", 2, "114", adv},
		{"en what should I do if", "What should I do if someone keeps sending me threats on Instagram? Nothing is happening right now, just asking.", 3, "114", adv},
		{"not: a plea in danger", "Han står ude på trappen med en kniv lige nu. Hvad gør jeg??", 1, "112", feedback.CategoryOther},
		{"not: a plea in English", "my husband is on the floor and won't wake up, what do I do", 1, "112", feedback.CategoryOther},
		{"but: the link is the complaint", "Jeg fik en SMS, men linket åbner ikke. Hvad skal jeg gøre?", 3, "114", tech},
	})
}

// TestAWishIsNoPraiseAndExplainedWell: "would be nice to see more patrols" is a wish, not praise;
// "forklarede det hele pænt" is praise.
func TestAWishIsNoPraiseAndExplainedWell(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"not: would be nice", "I feel unsafe on my street at night. Would be nice to see a patrol now and then, just saying.", 3, "114", feedback.CategoryOther},
		{"da forklarede det pænt", "Jeg troede der var skud, men det var fyrværkeri. Betjenten forklarede det hele pænt.", 4, "114", ros},
		{"en explained it clearly", "The officer explained clearly what happens with my report next.", 5, "114", ros},
		{"but: it was nice", "The lady on the phone was nice and calm.", 5, "114", ros},
	})
}

// TestForeignBrushOffForms: the brush-offs "not a priority", "no patrols / resources", "a family
// matter", "they won't do anything" in the forms the foreign lists lacked; the same nouns in thanks or
// affirmed are not.
func TestForeignBrushOffForms(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"pl nie jest priorytet", "Zgłosiłam, że ktoś co noc niszczy nam skrzynki pocztowe. Usłyszałam: to nie jest priorytet.", 1, "114", nts},
		{"ro nu avem patrule", "Am sunat de trei ori pentru muzica vecinilor. Mi-au spus: nu avem patrule libere.", 1, "114", nts},
		{"de keine Ressourcen", "Mein Fahrrad wurde zum zweiten Mal im Keller gestohlen. Antwort: dafür haben wir keine Ressourcen.", 1, "114", nts},
		{"ru семейное дело", "Брат моего мужа угрожает нам каждую неделю, а по телефону сказали, что это семейное дело.", 1, "114", nts},
		{"uk нічого не зроблять", "У мене вкрали гаманець у магазині, а в поліції сказали, що нічого не зроблять.", 1, "114", nts},
		{"so arrin qoys", "Walaalkay ayaa lacag iga xaday, waxay igu dhaheen waa arrin qoys.", 2, "114", nts},
		{"not: pl priority kept, thanks", "Policja przyjechała szybko i potraktowała to poważnie. Dziękuję bardzo.", 5, "114", ros},
	})
}

// Round 5 (both halves read; checked on probe_urgent_conduct5).

// TestNoRealAnswerIsAdvice: no real answer to a question is unclear guidance; no answer yet on a case
// stays follow-up.
func TestNoRealAnswerIsAdvice(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da fik ik rigtig noget svar", "maa man have peberspray i tasken? spurgte i tlf men fik ik rigtig noget svar", 2, "114", adv},
		{"en never got a straight answer", "I asked whether I can film the neighbour's dog attacks and never got a straight answer.", 2, "114", adv},
		{"not: no answer on my case", "Jeg anmeldte indbruddet for fem uger siden og har stadig ikke fået svar.", 2, "114", fu},
	})
}

// TestBrushOffsNotedAndDroveOff: "sagde bare de noterede det", "we know about it", "nothing was done",
// "nobody came to look", "drove off again without talking to me", "said it was a matter for …".
func TestBrushOffsNotedAndDroveOff(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da sagde bare de noterede det", "der staar en fremmed bil paa vores p-plads hver nat, 114 sagde bare de noterede det", 2, "114", nts},
		{"en we know about it", "Reported the men selling phones stolen from cars at the station. Was told 'we know about it'.", 2, "114", nts},
		{"en nothing was done", "Fourth report about the same moped riders in the park. Nothing was done.", 1, "114", nts},
		{"da ingen kom og så på det", "Nogen har smadret alle vinduer i cykelkælderen. Ingen kom og så på det.", 2, "114", nts},
		{"da kørte bare igen", "Betjenten i telefonen var fin. Men patruljen kørte bare igen uden at tale med os.", 2, "114", nts},
		{"da sagde det var en sag for", "Han skriver trusler til mig på Instagram hver dag, og politiet sagde, det var en sag for Instagram.", 1, "114", nts},
		{"not: nothing was on fire", "The smoke was from a barbecue, nothing was on fire. The officers were friendly.", 4, "112", ros},
		{"not: it is a matter for, explained", "Damen forklarede, at det er en sag for kommunen, hvis det fortsætter. God vejledning.", 4, "114", ros},
	})
}

// TestRemarksAndMannerRound5: "speak Danish or …", "typisk kvinder", the tone changing, "hold nu
// kæft", talking over the writer, "or I'll end the call", called a junkie, staff blabbing, the boss or
// neighbour knowing what was reported; the same words about the writer's own doing are not.
func TestRemarksAndMannerRound5(t *testing.T) {
	checkFlag(t, "conduct", []flagCase{
		{"en speak Danish or", "The man on 114 said 'speak Danish or call back later'. I have lived here three years.", 1, "114", true},
		{"da typisk kvinder", "Betjenten sagde, at det er typisk kvinder at gøre det større end det er.", 1, "114", true},
		{"en the tone changed", "Friendly at first, but when I gave my name the tone changed completely.", 2, "114", true},
		{"da hold nu kæft", "da jeg spurgte igen blev han sur og sagde hold nu kæft og hør efter", 1, "114", true},
		{"en talking over me", "The call handler kept talking over me and would not let me finish.", 1, "114", true},
		{"en or she'd end the call", "She told me to stop crying or she'd end the call.", 1, "112", true},
		{"en called my brother a junkie", "The operator called my brother a junkie while he was having a seizure.", 1, "112", true},
		{"da har snakket over sig", "en af jeres har snakket over sig, nu ved hele opgangen at det var mig der ringede", 1, "114", true},
		{"da chefen ved jeg har anmeldt", "Min chef ved nu, at jeg har anmeldt ham for tyveri. Det kan kun være kommet fra jer.", 1, "114", true},
		{"not: I spoke Danish", "I spoke Danish as well as I could and the operator was patient with me. Thanks.", 5, "114", false},
		{"not: the weather changed", "The weather changed and the patrol came quickly anyway.", 5, "112", false},
	})
}

// TestTechnicalWordsInDangerDescribeTheScene: in a report of danger, a technical word with nothing of
// the call, line, phone or web in the text describes the scene; a dropped call beside danger stays
// technical. "shutter" is no typo of "stutter".
func TestTechnicalWordsInDangerDescribeTheScene(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"en whistling noise", "baby swallowed a coin and is making a whistling noise, going blue, im doing back blows", 2, "112", feedback.CategoryOther},
		{"en bleeding loads", "man on the cycle path is bleeding loads from his arm, I'm pressing a scarf on it", 3, "112", feedback.CategoryOther},
		{"en not sure how this works", "Not sure how this works. He just texted that tonight is my last night in this flat.", 2, "112", feedback.CategoryOther},
		{"en shutter pried up", "two men inside the shop downstairs, the shutter has been pried up, they are still in there", 3, "112", feedback.CategoryOther},
		{"but: the line dropped", "The line dropped twice. He is still outside the door with a knife.", 1, "112", tech},
	})
}

// TestForeignNoClearAnswerIsAdvice: "nobody could tell me", "no clear answer", "only very general
// words" in the other languages are unclear guidance; the plain question "what should I do if …" is not
// a cue there (the sets label it advice and other alike).
func TestForeignNoClearAnswerIsAdvice(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"de konnte mir keiner sagen", "Am Telefon konnte mir keiner sagen, ob das die Polizei oder die Kommune ist.", 2, "114", adv},
		{"ru общими словами", "Я боюсь, что бывший муж нас найдёт. Девушка на 114 ответила очень общими словами.", 3, "114", adv},
		{"uk відповідь не дуже зрозуміла", "Чи можна зробити заборону заздалегідь? Відповідь була не дуже зрозуміла.", 3, "114", adv},
		{"not: de plain question", "Was soll man eigentlich machen, wenn jemand mit einem Messer in den Laden kommt? Ich frage nur.", 3, "114", feedback.CategoryOther},
	})
}

// TestHelpNotHereYet: "no fire brigade yet", "where is the ambulance??", "en patrulje først kunne komme
// senere" are the wait for help; a boat or a fire named without asking for it is not.
func TestHelpNotHereYet(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"en no fire brigade yet", "smoke pouring out of the cellar and the alarm is going, no fire brigade yet", 1, "112", rt},
		{"en where is the ambulance", "My husband collapsed in the garden and is barely breathing. Where is the ambulance??", 1, "112", rt},
		{"da først komme senere", "Min mor med demens er gået hjemmefra i nattøj, og det fryser. De sagde, at en patrulje først kunne komme senere i aften.", 2, "112", rt},
		{"not: where the boat was", "We showed the officers where the boat had been stolen from, and they were very helpful.", 5, "114", ros},
	})
}

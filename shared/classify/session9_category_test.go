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

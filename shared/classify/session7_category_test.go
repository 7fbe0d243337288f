package classify

import "testing"

// Session 7's category mechanisms (issue 11, cls-cat), tuned on blind_multilingual5 and 6 and checked
// on blind_multilingual7 held out (doc_intro.md). Every sentence is written for the test; none is copied
// from a corpus file.

// TestThanksWithABareTime: a bare time ("kom efter 20 minutter") with thanks in a good rating tells how
// long it took; a word of waiting or a poor rating keeps the wait.
func TestThanksWithABareTime(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da bare time with thanks", "Min cykel blev stjålet foran stationen. Betjentene kom efter 25 minutter, og jeg er dem meget taknemmelig.", 5, "114", ros},
		{"en bare time with thanks", "The patrol turned up after 15 minutes and sorted it out, I'm grateful.", 4, "114", ros},
		{"no bare time with thanks", "Naboen hadde festet hele natten. Politiet kom etter 20 min. Bra jobbet.", 4, "114", ros},
		{"sv bare time with thanks", "Någon försökte bryta upp bilen. Polisen kom efter 15 min, bra jobbat.", 5, "112", ros},
		{"not: a word of waiting", "Jeg ventede 25 minutter i køen, men damen var meget sød og taknemmelig for min tålmodighed.", 4, "114", rt},
		{"not: a poor rating", "Betjentene kom efter 40 minutter, men de var søde.", 2, "112", rt},
	})
}

// TestMannerPraiseStandsOverTheModel: praise of how staff were ("venligt svar") in a good rating is not
// overruled into "other" by the category model; relief without praise of staff may be.
func TestMannerPraiseStandsOverTheModel(t *testing.T) {
	checkCategories(t, []categoryCase{
		{"da a question answered kindly", "Jeg ringede for at høre om reglerne for at flyve med drone i byen og fik et klart og venligt svar.", 4, "114", ros},
		{"en a question answered politely", "I called to ask about the rules for fishing in the harbour and got a polite, clear answer.", 4, "114", ros},
	})
}

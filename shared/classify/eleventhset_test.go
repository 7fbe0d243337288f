package classify

import "testing"

// The eleventh blind set's mechanisms (session 7, urgent recall by concept): one table per concept no
// list had, told now, with counterparts (over, past, general, negated) that must not flag. Every
// sentence is written for the test, none is the set's.

// TestDanishEleventhSetConcepts: a child not come home, a wrong-way driver, a call for help now, a
// threat to "sort me out" — and danger over ("survived", "home again") or told of the times.
func TestDanishEleventhSetConcepts(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"da child not come home, dark now", "Vores datter er ikke kommet hjem fra træning, og nu er det mørkt", 2, "114", true},
		{"en child not come home, now", "Our son has not come home from school and it is getting dark now", 2, "114", true},
		{"da wrong-way driver still", "Der kører stadig en lastbil den forkerte vej på motorvejen ved Kolding", 2, "112", true},
		{"en wrong direction now", "A car is driving in the wrong direction on the motorway right now", 2, "112", true},
		{"da help now", "Min mor er faldet og kan ikke rejse sig, vi har brug for hjælp nu", 2, "114", true},
		{"da threat to sort me out tonight", "min eks skrev at han vil komme og tage mig i nat", 1, "114", true},
		// counterparts
		{"da child came home in the end", "Vores søn var ikke kommet hjem i går, men han kom hjem kl 22 og alt er fint. Tak", 4, "114", false},
		{"da wrong way last year", "Sidste år kørte en bil den forkerte vej på E20, I kom hurtigt. Tak", 5, "112", false},
		{"da needed help then", "Vi havde brug for hjælp den aften, og I kom hurtigt. Tak", 5, "112", false},
		{"da survived, home again", "Min mor faldt om i køkkenet i januar. Hun overlevede og er hjemme igen. Tusind tak", 5, "112", false},
		{"da violent nowadays", "unge er blevet mere voldelige nu om dage og ingen gør noget", 2, "114", false},
		{"en violent nowadays", "people are so violent nowadays and the police do nothing", 2, "114", false},
		{"da sort out an appointment", "I ville ordne mig en ny tid til anmeldelsen, men ingen ringede", 2, "114", false},
	})
}

// TestFalseFriendsOfEnglishCues: a language's own word spelt like an English cue ("flyttet hit":
// moved here) is not the English word; the English word inside such a text still is.
func TestFalseFriendsOfEnglishCues(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no hit = here", "Vi kom hit fra Trondheim i sommer, og jeg vet ikke hvordan jeg anmelder et tyveri her", 3, "114", false},
		{"sv hit = here", "Vi flyttade hit förra året och jag hittar inte formuläret för anmälan", 3, "114", false},
		{"no fight now", "Naboen slår kona si nå, jeg hører henne skrike", 1, "112", true},
	})
}

package classify

import "testing"

// TestSidewaysFourteen: danger said sideways, from session 14's probe — a threat to finish tonight what he
// started, a last message, pills lined up, the one feared who knows the address and is on the way. Their
// counterparts: the patrol on its way after the writer gave the address, a form to finish, a last message
// never answered, pills waiting at the pharmacy.
func TestSidewaysFourteen(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"en last you hear", "this'll be the last you hear from me. the guy on the phone was kind, tell him thanks x", 2, "114", true},
		{"en pills lined up", "got all the pills lined up on the counter. just wanted someone to know i guess", 2, "114", true},
		{"en address, on his way", "he found out my address and just texted he's on his way. you said call back if anything happened, so here i am", 1, "114", true},
		{"tr finish what he started", "bu gece yarım kalan işi bitireceğini söyledi", 1, "114", true},
		{"ru finish what he started", "он сказал, сегодня ночью закончит то, что начал", 1, "114", true},
		{"en my last message to you all", "This is my last message to you all. Goodbye", 2, "114", true},
		{"de letzte Nachricht", "das ist meine letzte nachricht an euch, danach hört ihr nix mehr von mir", 2, "114", true},
		{"uk address, on his way", "він дізнався мою адресу і написав що вже їде. перекладача не дали", 1, "112", true},
		// counterparts
		{"en the patrol on its way", "I gave my address and they were on their way within minutes, great job", 5, "112", false},
		{"da the patrol on its way", "Jeg gav adressen og de var hurtigt på vej. Tak", 5, "112", false},
		{"en finish the form", "I will finish what I started on the online form tomorrow", 3, "114", false},
		{"en last message about the case", "This is my last message about the case, thanks for the help", 4, "114", false},
		{"en last message unanswered", "My last message to you was never answered", 2, "114", false},
		{"en pills at the pharmacy", "The pills the doctor gave me are ready at the pharmacy, but I can't get my case number", 2, "114", false},
	})
}

// TestSidewaysFourteenSleepAndBurden: "to sleep and never wake up", "nobody will miss me", "I am only a
// burden" are suicide risk in every language the lists read. Counterparts: a child who slept long, a
// burden of paperwork. (The recall-first net reads "nobody will miss" alone as urgent, "… the old
// station" too: a known false alarm of the net, left as it is.)
func TestSidewaysFourteenSleepAndBurden(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"sv slippa vakna", "vill bara lägga mig och slippa vakna imorgon. det känns som att det blir så inatt", 2, "114", true},
		{"pl nie obudzić", "chciałabym zasnąć i już się nie obudzić. dzisiaj czuję że tak będzie", 2, "114", true},
		{"ro o povară", "nimeni n-o sa-mi simta lipsa, sunt doar o povara pt toti. am scris deja scrisoarea pt mama", 2, "114", true},
		{"ru не проснуться", "лечь бы и не проснуться. сегодня прям хочется чтобы так и было", 2, "114", true},
		{"en nobody will miss me", "nobody will miss me anyway. i wrote a note for my mum", 2, "114", true},
		// counterparts
		{"pl the child slept long", "Mały spał do dziewiątej i się nie obudził w nocy ani razu, a policja przyjechała rano w sprawie roweru", 4, "114", false},
		{"de paperwork a burden", "Die Formulare sind nur eine Last, drei Seiten für ein Fahrrad", 2, "114", false},
	})
}

package classify

import (
	"strings"
	"testing"
)

// TestSetAsideByTenseReread pins rereadSetAside (session 11, cls-20g): a danger the foreign lists set
// aside only as told in the past or as negated is read again by the foreign urgent model at
// foreignUrgentThresholdReread, and its reason tells staff the lists had set it aside; a danger set
// aside as over, a statement of safety, a threat long past with no danger now, and a negated danger in a
// plain question stay decided. Every sentence is written for the test.
func TestSetAsideByTenseReread(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		// re-read and found: yesterday's report is past, the locked bathroom is now
		{"pl beating reported yesterday, locked in now", "Wczoraj mówiłam dyżurnemu, że ojczym bije mamę. Teraz znowu pije, zamknął ją w łazience.", true},
		{"tr beating told last night, locked in now", "Dün gece aradım, eniştem ablamı dövüyor dedim. Şimdi yine içiyor, ablamı odaya kilitledi.", true},
		// set aside and stays decided
		{"pl beaten last year, asks about therapy", "W zeszłym roku mąż mnie pobił i groził nożem. Teraz mieszkam sama i chcę zapytać o terapię.", false},
		{"tr knife threat last year, in prison now", "Geçen yıl eski kocam beni bıçakla tehdit etti, şimdi cezaevinde. Sadece bir belge istiyorum.", false},
		{"de knife threat last year, asks about the file", "Letztes Jahr hat mein Nachbar mich mit einem Messer bedroht. Ich möchte wissen, ob die Akte noch offen ist.", false},
		{"pl nobody beats me, a question about hours", "Nikt mnie nie bije, chciałam tylko zapytać o godziny otwarcia komisariatu.", false},
		{"uk nobody threatened us, asks for a paper", "Ніхто нам не погрожував, я тільки питаю про довідку.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Classify(Input{Text: tt.text, Rating: 1, Channel: "114", District: "fyn"})
			if c.Urgent != tt.want {
				t.Fatalf("urgent = %v, want %v; reasons %q", c.Urgent, tt.want, c.Reasons)
			}
			reread := strings.Contains(strings.Join(c.Reasons, " | "), "the word lists had set the danger aside")
			if reread != tt.want {
				t.Errorf("reason names the lists' set-aside: %v, want %v; reasons %q", reread, tt.want, c.Reasons)
			}
		})
	}
}

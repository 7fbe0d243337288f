package classify

import "testing"

// The sixth blind set's mechanisms (session 5's last round, tuned after it was measured): one table per
// mechanism with the counterpart that must not change. Every sentence is written for the test.

// TestBreakInAndHidingNowNordic: a break-in happening now and the writer hiding, in the Norwegian and
// Swedish spellings the Danish lists did not know ("bryte seg inn", "gjemt meg", "akkurat nå"), is
// urgent; the same break-in told after the fact, or hiding something that is not the writer, is not.
func TestBreakInAndHidingNowNordic(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"no break-in now", "Noen prøver å bryte seg inn hos oss akkurat nå. Jeg har gjemt meg på loftet. Hvorfor svarer ingen?", 1, "112", true},
		{"no hiding now", "Jeg har gjemt meg på badet med ungene. Hvorfor tar det så lang tid?", 1, "112", true},
		{"sv break-in now", "Det är någon som försöker bryta sig in hos mig, jag har gömt mig i garderoben. Varför svarar ingen?", 1, "112", true},
		{"da hiding now", "Jeg har gemt mig i kælderen. Hvorfor tager ingen telefonen?", 1, "112", true},
		{"no break-in last year", "For et år siden brøt noen seg inn hos oss, og vi fikk aldri noe saksnummer", 2, "114", false},
		{"sv break-in last week", "Förra veckan bröt sig någon in i vårt förråd. Ingen har hört av sig sedan dess", 2, "114", false},
		{"no hid the key", "Jeg gjemte nøkkelen under matten og nå er sykkelen stjålet, ingen ringte tilbake", 2, "114", false},
	})
}

// TestThreatToKillTonightRomanian: a threat to kill written without diacritics ("vine diseara sa ma
// omoare") is urgent; the threat told as over or long past is not.
func TestThreatToKillTonightRomanian(t *testing.T) {
	checkFlag(t, "urgent", []flagCase{
		{"ro tonight no diacritics", "Fostul sot mi-a trimis mesaj ca vine diseara sa ma omoare. Mi-e frica", 1, "114", true},
		{"ro with diacritics", "Vecinul a zis că vine să mă omoare în seara asta, vă rog ajutați-mă", 1, "112", true},
		{"ro kill, ucida", "Fratele meu zice ca o sa ma ucida acum, are un cutit", 1, "112", true},
		{"ro over: arrested and safe", "Anul trecut fostul sot a vrut sa ma omoare, acum sunt in siguranta. Vreau doar o copie a dosarului", 3, "114", false},
	})
}

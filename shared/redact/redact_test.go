package redact

import "testing"

func TestCPR(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"with dash", "mit cpr er 010190-1234.", "mit cpr er [CPR]."},
		{"without dash", "cpr 0101901234 tak", "cpr [CPR] tak"},
		{"en dash", "cpr 010190–1234", "cpr [CPR]"},
		{"space", "cpr 010190 1234", "cpr [CPR]"},
		{"29 February leap", "290200-1234", "[CPR]"},
		{"29 February not leap", "290201-1234", "290201-1234"},
		{"invalid day, 10 digits", "ordre 3213901234", "ordre 3213901234"},
		{"invalid month, 10 digits", "ordre 0113901234", "ordre 0113901234"},
		{"31 November", "3111901234", "3111901234"},
		{"phone with country code", "+4520123456", "+4520123456"},
		{"11 digits", "01019012345", "01019012345"},
		{"inside a word", "abc0101901234", "abc0101901234"},
		{"two", "010190-1234 og 0202021234", "[CPR] og [CPR]"},
		{"no digits", "ingen tal her", "ingen tal her"},
		{"æøå around", "Søren 010190-1234 år", "Søren [CPR] år"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CPR(tt.in); got != tt.want {
				t.Errorf("CPR(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestContacts(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"8 digits", "ring 20123456", "ring [telefon]"},
		{"grouped", "ring på 20 12 34 56 i morgen", "ring på [telefon] i morgen"},
		{"country code", "tlf +45 20 12 34 56", "tlf [telefon]"},
		{"0045", "tlf 004520123456", "tlf [telefon]"},
		{"dashes", "tlf 2012-3456", "tlf [telefon]"},
		{"email", "skriv til søren.hansen+x@example.dk tak", "skriv til [e-mail] tak"},
		{"email end of sentence", "mail: a@b.dk.", "mail: [e-mail]."},
		{"both", "a@b.dk eller 20123456", "[e-mail] eller [telefon]"},
		{"date kept", "den 26-11-2026 kl 14.30", "den 26-11-2026 kl 14.30"},
		{"short numbers kept", "ventede 40 min, 3 gange", "ventede 40 min, 3 gange"},
		{"CPR placeholder kept", "cpr [CPR]", "cpr [CPR]"},
		{"journal number kept", "journalnr 0100-12345-00001-26", "journalnr 0100-12345-00001-26"},
		{"at without domain", "vi mødtes @ stationen", "vi mødtes @ stationen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Contacts(tt.in); got != tt.want {
				t.Errorf("Contacts(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzRedact(f *testing.F) {
	f.Add("han truer mig nu 010190-1234 a@b.dk")
	f.Fuzz(func(t *testing.T, text string) {
		red := CPR(text)
		if CPR(red) != red {
			t.Fatalf("CPR not idempotent on %q", text)
		}
		_ = Contacts(red)
	})
}

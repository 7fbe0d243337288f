package invite

import (
	"strings"
	"testing"
	"time"
)

func TestQuietHours(t *testing.T) {
	q, err := ParseQuietHours(DefaultQuietHours, DefaultQuietHoursZone)
	if err != nil {
		t.Fatal(err)
	}
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name, at, until string // until "" = not quiet
	}{
		{"02:30 in winter (CET)", "2026-11-26T01:30:00Z", "2026-11-26T07:00:00Z"},
		{"02:30 in summer (CEST)", "2026-06-15T00:30:00Z", "2026-06-15T06:00:00Z"},
		{"20:59 is not quiet", "2026-11-26T19:59:00Z", ""},
		{"21:00 waits for next morning", "2026-11-26T20:00:00Z", "2026-11-27T07:00:00Z"},
		{"07:59 waits a minute", "2026-11-26T06:59:00Z", "2026-11-26T07:00:00Z"},
		{"08:00 is not quiet", "2026-11-26T07:00:00Z", ""},
		{"noon", "2026-11-26T11:00:00Z", ""},
		// Summer time starts Sunday 29 March 2026 at 02:00 CET (01:00 UTC): 08:00 is CEST.
		{"night before summer time, 21:00 CET", "2026-03-28T20:00:00Z", "2026-03-29T06:00:00Z"},
		{"01:30 CET, summer time starts", "2026-03-29T00:30:00Z", "2026-03-29T06:00:00Z"},
		{"03:30 CEST, just after the change", "2026-03-29T01:30:00Z", "2026-03-29T06:00:00Z"},
		// Summer time ends Sunday 25 October 2026 at 03:00 CEST (01:00 UTC): 02:30 happens twice,
		// 08:00 is CET, and the night from 21:00 CEST is 12 hours long.
		{"21:00 CEST, summer time ends tonight", "2026-10-24T19:00:00Z", "2026-10-25T07:00:00Z"},
		{"the first 02:30 (CEST)", "2026-10-25T00:30:00Z", "2026-10-25T07:00:00Z"},
		{"the second 02:30 (CET)", "2026-10-25T01:30:00Z", "2026-10-25T07:00:00Z"},
		{"07:59 CET", "2026-10-25T06:59:00Z", "2026-10-25T07:00:00Z"},
		{"08:00 CET", "2026-10-25T07:00:00Z", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			until, quiet := q.Until(utc(tt.at))
			if tt.until == "" {
				if quiet {
					t.Errorf("quiet until %v, want not quiet", until)
				}
				return
			}
			if !quiet || !until.Equal(utc(tt.until)) {
				t.Errorf("quiet %v until %v, want until %s", quiet, until.UTC(), tt.until)
			}
		})
	}
	if d := utc("2026-10-25T07:00:00Z").Sub(utc("2026-10-24T19:00:00Z")); d != 12*time.Hour {
		t.Errorf("the longest night is %v: a single SQS delay (15 min) or visibility timeout (12 h) would not do", d)
	}
}

func TestParseQuietHours(t *testing.T) {
	for _, tt := range []struct {
		spec, zone string
		ok, on     bool
	}{
		{"21:00-08:00", "Europe/Copenhagen", true, true},
		{"00:00-06:00", "Europe/Copenhagen", true, true},
		{"off", "", true, false},
		{"", "", true, false},
		{"21:00", "Europe/Copenhagen", false, false},
		{"25:00-08:00", "Europe/Copenhagen", false, false},
		{"08:00-08:00", "Europe/Copenhagen", false, false},
		{"21:00-08:00", "Mars/Olympus", false, false},
	} {
		q, err := ParseQuietHours(tt.spec, tt.zone)
		if (err == nil) != tt.ok || (q.Zone != nil) != tt.on {
			t.Errorf("ParseQuietHours(%q, %q) = %+v, %v", tt.spec, tt.zone, q, err)
		}
	}
	day, _ := ParseQuietHours("00:00-06:00", "Europe/Copenhagen")
	if _, quiet := day.Until(time.Date(2026, 11, 26, 22, 0, 0, 0, time.UTC)); quiet {
		t.Error("23:00 is outside 00:00-06:00")
	}
	if until, quiet := day.Until(time.Date(2026, 11, 26, 1, 0, 0, 0, time.UTC)); !quiet || until.UTC().Hour() != 5 {
		t.Errorf("02:00 CET in 00:00-06:00: until %v", until)
	}
}

// TestSMSFitsOneSegmentWithTheOptOutHint proves, for every language the SMS has, that the
// invitation with the opt-out hint is one GSM-7 segment with the base URLs this system is deployed
// on (a custom domain, API Gateway's default URL), and that a base URL too long for the hint still
// gets a one-segment SMS without it.
func TestSMSFitsOneSegmentWithTheOptOutHint(t *testing.T) {
	token := "AbCdEfGhIjKlMnOpQrStUvWx" // 24 characters, as feedback.NewToken draws
	for lang := range messages {
		for _, base := range []string{
			"https://feedback.politi.dk",
			"https://abcdefghij.execute-api.eu-north-1.amazonaws.com",
			"http://127.0.0.1:8080",
		} {
			m, err := Message(lang, base+"/f/"+token, 7*24*time.Hour)
			n, gsm := GSM7Length(m)
			t.Logf("%s %3d: %s", lang, n, m)
			if err != nil || !gsm || n > SMSMaxChars {
				t.Errorf("%s with %s: %d characters (GSM-7 %v): %v", lang, base, n, gsm, err)
			}
			if !strings.Contains(m, OptOutHint[lang]) {
				t.Errorf("%s with %s: no opt-out hint in %q", lang, base, m)
			}
		}
		long := "https://a-very-long-subdomain-for-testing.example-of-a-long-host-name.dk"
		m, err := Message(lang, long+"/f/"+token, 7*24*time.Hour)
		if n, gsm := GSM7Length(m); err != nil || !gsm || n > SMSMaxChars {
			t.Errorf("%s with a long base URL: %d characters: %v", lang, n, err)
		}
	}
	if len(OptOutHint) != len(messages) {
		t.Errorf("opt-out hints for %d languages, SMS texts for %d", len(OptOutHint), len(messages))
	}
}

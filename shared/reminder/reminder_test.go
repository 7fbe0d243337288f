package reminder_test

import (
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/reminder"
	"borgerfeedback/shared/sampling"
)

func TestMessage(t *testing.T) {
	apiGW := "https://abcdefghij.execute-api.eu-north-1.amazonaws.com"
	for _, tc := range []struct {
		name, lang, base string
		left             time.Duration
		want             []string // in the text
		notWant          []string
	}{
		{"Danish, days left, with the opt-out hint", "da", "https://feedback.politi.dk", 5 * 24 * time.Hour,
			[]string{"påmindelse", "5 dage endnu", invite.OptOutHint["da"]}, nil},
		{"one day is singular", "da", "https://feedback.politi.dk", 36 * time.Hour, []string{"1 dag endnu"}, []string{"dage"}},
		{"English", "en", "https://feedback.politi.dk", 2 * 24 * time.Hour, []string{"reminder", "2 days more", invite.OptOutHint["en"]}, nil},
		{"under a day left: no days said", "da", "https://feedback.politi.dk", 5 * time.Hour, []string{"påmindelse"}, []string{"dag"}},
		{"API Gateway's long URL still fits with the hint", "da", apiGW, 5 * 24 * time.Hour, []string{invite.OptOutHint["da"]}, nil},
		{"an unknown language is Danish", "ar", "https://feedback.politi.dk", 5 * 24 * time.Hour, []string{"påmindelse"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			link := tc.base + "/f/" + strings.Repeat("A", 24)
			m, err := reminder.Message(tc.lang, link, tc.left)
			if err != nil {
				t.Fatal(err)
			}
			if n, ok := invite.GSM7Length(m); !ok || n > invite.SMSMaxChars {
				t.Errorf("%q: %d septets (GSM-7 %v), want one segment", m, n, ok)
			}
			if !strings.Contains(m, link+" ") && !strings.HasSuffix(m, link) {
				t.Errorf("%q lacks the link", m)
			}
			for _, w := range tc.want {
				if !strings.Contains(strings.ToLower(m), strings.ToLower(w)) {
					t.Errorf("%q lacks %q", m, w)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(m, w) {
					t.Errorf("%q has %q", m, w)
				}
			}
		})
	}
	if _, err := reminder.Message("da", "https://"+strings.Repeat("x", 160), 0); err == nil {
		t.Error("a link longer than a segment: want an error")
	}
}

func TestSealOpen(t *testing.T) {
	key := []byte(strings.Repeat("k", 32))
	sealed, err := reminder.Seal(key, "hash-1", "+4520123456", "tok")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(sealed), "20123456") || strings.Contains(string(sealed), "tok") {
		t.Error("the sealed value shows the number or the token")
	}
	phone, token, err := reminder.Open(key, "hash-1", sealed)
	if err != nil || phone != "+4520123456" || token != "tok" {
		t.Fatalf("open: %q %q %v", phone, token, err)
	}
	for name, open := range map[string]func() error{
		"another entry's token hash": func() error { _, _, err := reminder.Open(key, "hash-2", sealed); return err },
		"another key": func() error {
			_, _, err := reminder.Open([]byte(strings.Repeat("j", 32)), "hash-1", sealed)
			return err
		},
		"cut short": func() error { _, _, err := reminder.Open(key, "hash-1", sealed[:5]); return err },
	} {
		if open() == nil {
			t.Errorf("%s: opened", name)
		}
	}
}

func TestDueAt(t *testing.T) {
	cph, _ := time.LoadLocation("Europe/Copenhagen")
	quiet, err := invite.ParseQuietHours(invite.DefaultQuietHours, invite.DefaultQuietHoursZone)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name           string
		created        time.Time
		delay          time.Duration
		want           time.Time
		quiet          invite.QuietHours
		noQuietWindows bool
	}{
		{"afternoon + 48 h", time.Date(2026, 12, 1, 14, 0, 0, 0, cph), 48 * time.Hour, time.Date(2026, 12, 3, 14, 0, 0, 0, cph), quiet, false},
		{"due 23:00 → 08:00", time.Date(2026, 12, 1, 14, 0, 0, 0, cph), 9 * time.Hour, time.Date(2026, 12, 2, 8, 0, 0, 0, cph), quiet, false},
		{"due 07:59 → 08:00", time.Date(2026, 12, 1, 7, 59, 0, 0, cph), 24 * time.Hour, time.Date(2026, 12, 2, 8, 0, 0, 0, cph), quiet, false},
		// summer time starts in the night to 29 March 2026: 08:00 is then 06:00 UTC, not 07:00
		{"over the change to summer time", time.Date(2026, 3, 28, 20, 30, 0, 0, cph), 2 * time.Hour, time.Date(2026, 3, 29, 6, 0, 0, 0, time.UTC), quiet, false},
		{"no quiet hours", time.Date(2026, 12, 1, 14, 0, 0, 0, cph), 9 * time.Hour, time.Date(2026, 12, 1, 23, 0, 0, 0, cph), invite.QuietHours{}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := reminder.DueAt(tc.created, tc.delay, tc.quiet); !got.Equal(tc.want) {
				t.Errorf("due %s, want %s", got.In(cph), tc.want.In(cph))
			}
		})
	}
}

func TestSettings(t *testing.T) {
	for _, tc := range []struct {
		policy string
		want   string
		err    bool
	}{{"", reminder.DefaultPolicy, false}, {"all", sampling.ReminderAll, false}, {"capped", sampling.ReminderCapped, false}, {"always", "", true}} {
		got, err := reminder.ParsePolicy(tc.policy)
		if got != tc.want || (err != nil) != tc.err {
			t.Errorf("ParsePolicy(%q) = %q, %v", tc.policy, got, err)
		}
	}
	week := 7 * 24 * time.Hour
	for _, tc := range []struct {
		delay time.Duration
		ok    bool
	}{{48 * time.Hour, true}, {2 * time.Minute, true}, {week - reminder.MinLinkLeft, true}, {week, false}, {0, false}} {
		if err := reminder.Validate(tc.delay, week); (err == nil) != tc.ok {
			t.Errorf("Validate(%s): %v", tc.delay, err)
		}
	}
}

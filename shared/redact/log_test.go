package redact

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

func TestLoggerRedactsEverythingItWrites(t *testing.T) {
	var buf bytes.Buffer
	log := Logger(slog.New(slog.NewJSONHandler(&buf, nil)))
	log = log.With("comment", "mit cpr er 010190-1234").WithGroup("g")
	log.Info("stored 01.01.90-1234 for a@b.dk",
		"text", "ring 20 12 34 56",
		"error", errors.New(`bad input "0101901234"`),
		"nested", slog.GroupValue(slog.String("note", "cpr０１０１９０－１２３４")),
		"any", struct{ Text string }{"personnummer 010190 1234"},
		"tokenHash", "20123456",
		"reference", "FB-0101901234")
	out := buf.String()
	for _, leak := range []string{"-1234", "901234", "90 1234", "a@b.dk", "20 12 34 56", "０１０１"} {
		if strings.Contains(out, leak) {
			t.Errorf("log output holds %q:\n%s", leak, out)
		}
	}
	for _, kept := range []string{`"tokenHash":"20123456"`, "[CPR]", "[telefon]", "[e-mail]"} {
		if !strings.Contains(out, kept) {
			t.Errorf("log output lacks %s:\n%s", kept, out)
		}
	}
	if Logger(log) != log {
		t.Error("Logger wraps a logger twice")
	}
}

// TestLoggerKeepsIdentifiersInErrorTexts: ids the system quotes in messages and errors keep their
// digits, while phone numbers, CPR numbers and e-mail addresses next to them are still redacted.
func TestLoggerKeepsIdentifiersInErrorTexts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"a contact id in an error", "contact c-20261206-1258798: channel must be 112 or 114", "contact c-20261206-1258798: channel must be 112 or 114"},
		{"a reference and a contact id", "reply FB-7K3M9QXT of c-20261206-1258798 stored", "reply FB-7K3M9QXT of c-20261206-1258798 stored"},
		{"an id beside a phone number", "contact c-20261206-1258798 from 20 12 34 56", "contact c-20261206-1258798 from [telefon]"},
		{"a phone number alone", `bad phone "20123456"`, `bad phone "[telefon]"`},
		{"a phone word with a hyphen is no id", "tlf-20123456", "tlf-[telefon]"},
		{"an id-shaped e-mail address", "from ab-1234@example.dk", "from [e-mail]"},
		{"a CPR number inside an id", "contact c-010190-1234 failed", "contact c-[CPR] failed"},
		{"the same id twice", "c-20261206-1 and c-20261206-1", "c-20261206-1 and c-20261206-1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			Logger(slog.New(slog.NewJSONHandler(&buf, nil))).Error(tc.in, "error", errors.New(tc.in))
			var got struct{ Msg, Error string }
			if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if got.Msg != tc.want || got.Error != tc.want {
				t.Errorf("logged msg %q error %q, want %q", got.Msg, got.Error, tc.want)
			}
		})
	}
}

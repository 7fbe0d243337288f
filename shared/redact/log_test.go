package redact

import (
	"bytes"
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

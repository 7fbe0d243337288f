package config

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestReaders: each reader returns the value, its default when unset or empty, and records a
// problem naming the variable and what it wants when the value is malformed.
func TestReaders(t *testing.T) {
	for _, tc := range []struct {
		name    string
		value   *string // nil: unset
		read    func(e *Env) any
		want    any
		wantErr string // "" for none
	}{
		{"required set", ptr("x"), func(e *Env) any { return e.Required("V") }, "x", ""},
		{"required unset", nil, func(e *Env) any { return e.Required("V") }, "", "environment variable V is required"},
		{"required blank", ptr("  "), func(e *Env) any { return e.Required("V") }, "  ", "environment variable V is required"},
		{"optional set", ptr("x"), func(e *Env) any { return e.Optional("V", "d") }, "x", ""},
		{"optional empty", ptr(""), func(e *Env) any { return e.Optional("V", "d") }, "d", ""},
		{"duration", ptr("90m"), func(e *Env) any { return e.Duration("V", time.Hour) }, 90 * time.Minute, ""},
		{"duration unset", nil, func(e *Env) any { return e.Duration("V", time.Hour) }, time.Hour, ""},
		{"duration negative", ptr("-1h"), func(e *Env) any { return e.Duration("V", time.Hour) }, time.Hour, `V="-1h": want a positive duration`},
		{"duration garbage", ptr("soon"), func(e *Env) any { return e.Duration("V", time.Hour) }, time.Hour, `V="soon"`},
		{"days", ptr("30"), func(e *Env) any { return e.Days("V", time.Hour) }, 30 * 24 * time.Hour, ""},
		{"days zero", ptr("0"), func(e *Env) any { return e.Days("V", time.Hour) }, time.Hour, "positive whole number of days"},
		{"days with unit", ptr("30d"), func(e *Env) any { return e.Days("V", time.Hour) }, time.Hour, "positive whole number of days"},
		{"months", ptr("24"), func(e *Env) any { return e.Months("V", 6) }, 24, ""},
		{"months too many", ptr("1201"), func(e *Env) any { return e.Months("V", 6) }, 6, "positive whole number of months"},
		{"months unset", nil, func(e *Env) any { return e.Months("V", 6) }, 6, ""},
		{"fraction", ptr("0.25"), func(e *Env) any { return e.Fraction("V", 1) }, 0.25, ""},
		{"fraction bounds", ptr("1"), func(e *Env) any { return e.Fraction("V", 0.5) }, 1.0, ""},
		{"fraction above one", ptr("1.5"), func(e *Env) any { return e.Fraction("V", 0.5) }, 0.5, "from 0 to 1"},
		{"fraction percent", ptr("10%"), func(e *Env) any { return e.Fraction("V", 0.5) }, 0.5, "from 0 to 1"},
		{"bool", ptr("true"), func(e *Env) any { return e.Bool("V", false) }, true, ""},
		{"bool unset", nil, func(e *Env) any { return e.Bool("V", true) }, true, ""},
		{"bool garbage", ptr("ja"), func(e *Env) any { return e.Bool("V", false) }, false, "want true or false"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := map[string]string{}
			if tc.value != nil {
				m["V"] = *tc.value
			}
			e := FromMap(m)
			if got := tc.read(e); got != tc.want {
				t.Errorf("got %v (%T), want %v (%T)", got, got, tc.want, tc.want)
			}
			err := e.Err()
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("unexpected problem: %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), "V")):
				t.Errorf("problem %v, want one naming V and saying %q", err, tc.wantErr)
			}
		})
	}
}

// TestEveryProblemInOneError: all problems are reported together, Fail's among them.
func TestEveryProblemInOneError(t *testing.T) {
	e := FromMap(map[string]string{"B": "x"})
	e.Required("A")
	e.Days("B", time.Hour)
	custom := errors.New("C does not fit B")
	e.Fail(custom)
	err := e.Err()
	if err == nil || !errors.Is(err, custom) {
		t.Fatalf("Err() = %v, want it to hold the Fail error", err)
	}
	for _, want := range []string{"environment variable A is required", `B="x"`, "C does not fit B"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Err() = %q, lacks %q", err, want)
		}
	}
	if FromMap(nil).Err() != nil {
		t.Error("an environment with nothing read has a problem")
	}
}

// TestFromOS reads the process environment.
func TestFromOS(t *testing.T) {
	t.Setenv("BF_CONFIG_TEST", "7")
	e := FromOS()
	if got := e.Months("BF_CONFIG_TEST", 1); got != 7 || e.Err() != nil {
		t.Errorf("Months = %d, %v", got, e.Err())
	}
}

func ptr(s string) *string { return &s }

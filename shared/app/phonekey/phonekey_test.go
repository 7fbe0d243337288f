package phonekey_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"borgerfeedback/shared/app/phonekey"
)

// The secret's value is parsed once and kept; a failed read or a value that does not parse is an
// error for that call only, and the next call tries again.
func TestParsed(t *testing.T) {
	const plain = "0123456789abcdef0123"
	tests := []struct {
		name      string
		values    []string // per read; "!" = the read fails
		calls     int
		wantErr   []string // per call: "" = the keys
		wantReads int
	}{
		{name: "the plain key, read once", values: []string{plain}, calls: 3, wantErr: []string{"", "", ""}, wantReads: 1},
		{name: "a failed read is tried again", values: []string{"!", plain}, calls: 2, wantErr: []string{"unreachable", ""}, wantReads: 2},
		{name: "a broken document fails every call, never read as a plain key", values: []string{`{"current":"` + plain + `"`}, calls: 2,
			wantErr: []string{"want {", "want {"}, wantReads: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			reads := 0
			load := phonekey.Parsed(func(context.Context) ([]byte, error) {
				v := tc.values[min(reads, len(tc.values)-1)]
				reads++
				if v == "!" {
					return nil, errors.New("secrets manager unreachable")
				}
				return []byte(v), nil
			})
			for i := range tc.calls {
				keys, err := load(context.Background())
				if want := tc.wantErr[i]; want != "" {
					if err == nil || !strings.Contains(err.Error(), want) {
						t.Fatalf("call %d: %v, want an error with %q", i+1, err, want)
					}
					continue
				}
				if err != nil || string(keys.Current) != plain || len(keys.Previous) != 0 {
					t.Fatalf("call %d: %+v %v", i+1, keys, err)
				}
			}
			if reads != tc.wantReads {
				t.Errorf("%d reads, want %d", reads, tc.wantReads)
			}
		})
	}
}

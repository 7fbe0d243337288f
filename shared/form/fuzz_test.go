package form

import (
	"encoding/json"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/intake"
)

// FuzzParseSubmission: any body either is refused (malformed, or a field error with a translated
// message) or yields answers the intake consumer accepts. The seeds run in plain `go test`.
func FuzzParseSubmission(f *testing.F) {
	for _, seed := range []string{
		"rating=4",
		"rating=2&taken_seriously=partly&wait_acceptable=no&comment=Jeg+ventede+l%C3%A6nge&contact_ok=no&contact=&lang=da",
		"rating=5&contact_ok=yes&contact=%2B45+20+12+34+56",
		"rating=1&contact_ok=yes&contact=borger%40example.dk&comment=" + url.QueryEscape(strings.Repeat("ø", MaxCommentRunes)),
		"rating=1&comment=" + url.QueryEscape(strings.Repeat("a\r\n", 1500)),
		"rating=9", "rating=", "rating=%zz", "rating=3&rating=4", "rating=3;comment=x", "x=1", "",
		"rating=3&comment=%00%1B%5B31m%E2%80%AEevil", "rating=3&comment=%C3%28", "rating=%EF%BC%93",
		"rating=3&contact_ok=yes&contact=a%40b", "rating=3&contact_ok=maybe", "rating=3&lang=xx",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		in, err := ParseBody(body)
		if err != nil {
			if !errors.Is(err, errMalformed) {
				t.Fatalf("unexpected error kind %v", err)
			}
			return
		}
		a, err := in.Validate()
		var verr *feedback.ValidationError
		if errors.As(err, &verr) {
			if len(verr.Fields) == 0 {
				t.Fatal("validation error without fields")
			}
			for _, fe := range verr.Fields {
				if _, ok := catalog[fe.Message]; !ok {
					t.Fatalf("untranslated message %q", fe.Message)
				}
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if a.Rating < 1 || a.Rating > 5 || !utf8.ValidString(a.Comment) || utf8.RuneCountInString(a.Comment) > MaxCommentRunes ||
			strings.ContainsAny(a.Comment, "\r\x00") || (!a.ContactOK && a.Contact != "") || (a.ContactOK && a.Contact == "") {
			t.Fatalf("answers break the invariants: %+v", a)
		}
		sub := feedback.Submission{Reference: "FB-FUZZ0000", ContactID: "c-1", Channel: "114", Centre: feedback.Centre{ID: "x", Kind: "duty", District: "fyn"},
			Language: "da", SubmittedAt: time.Unix(1, 0).UTC(), Answers: a}
		msg, err := json.Marshal(sub)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := intake.ParseSubmission(msg); err != nil {
			t.Fatalf("the consumer would refuse what the form accepted: %v", err)
		}
	})
}

func TestContactPlausibility(t *testing.T) {
	for _, tc := range []struct {
		contact string
		ok      bool
	}{
		{"20123456", true}, {"+45 20 12 34 56", true}, {"0045-2012-3456", true}, {"(+45) 20123456", false},
		{"1234567", false}, {"2012345678901234", false}, {"20 12 34 5x", false},
		{"borger@example.dk", true}, {"a.b+c@sub.example.com", true}, {"a@b", false}, {"@example.dk", false},
		{"a@@example.dk", false}, {"a b@example.dk", false}, {"a\x01@example.dk", false}, {"a@-x.dk", false}, {"a@x..dk", false},
	} {
		if got := plausiblePhone(tc.contact) || plausibleEmail(tc.contact); got != tc.ok {
			t.Errorf("%q: plausible %v, want %v", tc.contact, got, tc.ok)
		}
	}
}

package feedback_test

import (
	"regexp"
	"testing"

	"borgerfeedback/shared/feedback"
)

// WellFormedReference answers as the regular expression it replaced.
var referenceRegexp = regexp.MustCompile(`^FB-[0-9A-Z]{8}$`)

func TestWellFormedReference(t *testing.T) {
	for _, s := range []string{"FB-0123ABCZ", feedback.ReferenceOf(feedback.HashToken("t")), "FB-0123ABC", "FB-0123ABCZZ", "fb-0123ABCZ",
		"FB-0123abcz", "FB-0123ABC-", "XB-0123ABCZ", "FB_0123ABCZ", "", "FB-", "FB-0123ABC\n", "FB-ÆØÅ12345", "FB-0123ABCÆ"} {
		if got, want := feedback.WellFormedReference(s), referenceRegexp.MatchString(s); got != want {
			t.Errorf("%q: %v, the regular expression says %v", s, got, want)
		}
	}
}

func FuzzWellFormedReference(f *testing.F) {
	f.Add("FB-0123ABCZ")
	f.Add("FB-0123ABC\n")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := feedback.WellFormedReference(s), referenceRegexp.MatchString(s); got != want {
			t.Errorf("%q: %v, the regular expression says %v", s, got, want)
		}
	})
}

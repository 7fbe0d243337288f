package intake

import (
	"regexp"
	"strings"
	"testing"

	"borgerfeedback/shared/feedback"
)

const goodSubmission = `{"reference":"FB-7K3M9Q2X","contactId":"c-1","channel":"114","centre":{"id":"fyn-vagtcentral","kind":"duty","district":"fyn"},"language":"da","submittedAt":"2026-11-26T15:10:00Z","answers":{"rating":2,"comment":"ventede længe","contactOk":false}}`

func TestParseSubmission(t *testing.T) {
	tests := []struct {
		name, body string
		ok         bool
	}{
		{"valid", goodSubmission, true},
		{"rating out of range", strings.Replace(goodSubmission, `"rating":2`, `"rating":6`, 1), false},
		{"malformed reference", strings.Replace(goodSubmission, `FB-7K3M9Q2X`, `FB-1`, 1), false},
		{"unknown field", strings.Replace(goodSubmission, `"language":"da"`, `"language":"da","x":1`, 1), false},
		{"contact without consent", strings.Replace(goodSubmission, `"contactOk":false`, `"contactOk":false,"contact":"a@b.dk"`, 1), false},
		{"comment too long", strings.Replace(goodSubmission, `ventede længe`, strings.Repeat("æ", MaxQueuedCommentRunes+1), 1), false},
		{"not JSON", `{"reference":`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSubmission([]byte(tt.body))
			if (err == nil) != tt.ok {
				t.Errorf("err = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}

// FuzzParseSubmission: whatever reaches the intake queue, parsing never panics and never accepts
// a submission that breaks the invariants the store relies on.
func FuzzParseSubmission(f *testing.F) {
	f.Add([]byte(goodSubmission))
	f.Add([]byte(`{"reference":"FB-00000000","answers":{"rating":1}}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, body []byte) {
		s, err := ParseSubmission(body)
		if err != nil {
			return
		}
		if !regexp.MustCompile(`^FB-[0-9A-Z]{8}$`).MatchString(s.Reference) || s.Answers.Rating < 1 || s.Answers.Rating > 5 ||
			(s.Channel != feedback.Channel112 && s.Channel != feedback.Channel114) {
			t.Fatalf("accepted invalid submission %+v", s)
		}
	})
}

package dynamo

import (
	"strings"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
)

// BenchmarkItemMarshal: a feedback item to its DynamoDB attributes with keys and index attributes,
// as classify does once per reply.
func BenchmarkItemMarshal(b *testing.B) {
	st := New(nil, "t", Retention{})
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	it := feedback.Item{ID: "FB-BBBBBBBB", ContactID: "c-1", Channel: "114", CentreID: "fyn-vagtcentral", CentreKind: "duty",
		District: "fyn", SubmittedAt: now, CreatedAt: now, Rating: 2, Text: strings.Repeat("Jeg ventede længe i telefonkøen. ", 30),
		Category: "response_time", Priority: "P2", Team: "citizen-service", Reasons: []string{"matched 'ventede' → response_time", "rating 2"},
		ClassifierVersion: "rules-1", Status: feedback.StatusNew, Version: 1, UpdatedAt: now, DueAt: now.Add(48 * time.Hour)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := st.itemAttributes(it); err != nil {
			b.Fatal(err)
		}
	}
}

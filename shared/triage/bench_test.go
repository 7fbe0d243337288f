package triage_test

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/triage"
)

// BenchmarkListPage: one page (the default size) of the staff list as JSON, from an in-memory store
// of 500 items, so the number is the handler's own cost (authorisation, masking, encoding).
func BenchmarkListPage(b *testing.B) {
	var items []feedback.Item
	for i := 0; i < 500; i++ {
		it := fixture(fmt.Sprintf("FB-B%07d", i), feedback.Districts[i%len(feedback.Districts)], i%7 == 0, feedback.StatusNew, feedback.P3, time.Duration(i)*time.Minute)
		it.Text = "Jeg ventede længe i telefonen; ring på 20 12 34 56 eller skriv til a@b.dk"
		items = append(items, it)
	}
	h := triage.NewHandler(triage.Config{SLA: feedback.DefaultSLA(), Now: func() time.Time { return now },
		Log: slog.New(slog.NewJSONHandler(io.Discard, nil))}, newMemStore(items...), staff)
	b.ReportAllocs()
	for b.Loop() {
		r := httptest.NewRequest(http.MethodGet, "/api/feedback", nil)
		r.Header.Set("Authorization", "Bearer national")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
	}
}

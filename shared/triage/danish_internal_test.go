package triage

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"borgerfeedback/shared/feedback"
)

// TestEveryValueHasADanishName: every value the code stores in a field the access report shows has
// a Danish name, so a citizen never reads "in_progress" or "access_report".
func TestEveryValueHasADanishName(t *testing.T) {
	for _, tc := range []struct {
		kind   string
		values []string
	}{
		{"status", feedback.Statuses},
		{"priority", []string{feedback.P1, feedback.P2, feedback.P3, feedback.P4}},
		{"category", feedback.Categories},
		{"outcome", Outcomes},
		{"centreKind", []string{feedback.CentreAlarm, feedback.CentreService, feedback.CentreDuty}},
		// the form's answers (shared/form/parse.go)
		{"answer", []string{"yes", "partly", "no", "dont_know"}},
		{"event", []string{"created", EventStatus, EventAssignee, EventPriority, EventOutcome, EventCategory, EventNote,
			EventContactViewed, feedback.EventWithdrawn, feedback.EventAnonymised, feedback.EventLegalHold,
			feedback.EventLegalRelease, feedback.EventAccessReport}},
		{"district", feedback.Districts},
		// the form's languages (shared/form/i18n.go)
		{"language", []string{"da", "en", "ar", "pl", "tr", "uk", "de"}},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			for _, v := range tc.values {
				if name := danishName(tc.kind, v); name == v || name == "" {
					t.Errorf("%s %q has no Danish name", tc.kind, v)
				}
			}
		})
	}
	for _, tc := range []struct{ team, want string }{
		{feedback.TeamCitizenService, "Borgerservice (national)"},
		{feedback.TeamMedicalFire, "Sundhed og brand (national)"},
		{"duty-fyn", "Vagtcentralen, Fyn"},
		{"dup-koebenhavns-vestegn", "DUP-teamet, Københavns Vestegn"},
		{"duty-atlantis", "duty-atlantis"}, // not a district: shown as stored
	} {
		if got := danishTeam(tc.team); got != tc.want {
			t.Errorf("danishTeam(%q) = %q, want %q", tc.team, got, tc.want)
		}
	}
}

// TestDanishLabelsMatchConsole: the access report names each value as the console does (its
// labels in console/app.js), so staff and citizen read the same words.
func TestDanishLabelsMatchConsole(t *testing.T) {
	js, err := os.ReadFile("console/app.js")
	if err != nil {
		t.Fatal(err)
	}
	for kind, names := range danishNames {
		if kind == "language" { // the console names languages with Intl.DisplayNames
			continue
		}
		for value, name := range names {
			// app.js writes `value: "Name"`, or `"value": "Name"` where the value is not an identifier.
			bare, quoted := value+": "+strconv.Quote(name), strconv.Quote(value)+": "+strconv.Quote(name)
			if !strings.Contains(string(js), bare) && !strings.Contains(string(js), quoted) {
				t.Errorf("%s %q: the report says %q, the console (app.js) does not", kind, value, name)
			}
		}
	}
}

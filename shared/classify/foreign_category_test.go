package classify

import (
	"strings"
	"testing"

	"borgerfeedback/shared/feedback"
)

// TestPlaceForeign: the foreign category models place only a text in another language that the lists
// left "other", that is neither urgent nor conduct and asks no question, and only at their bar. The
// Turkish text is one the lists read nothing in ("nobody cared, just apply online"); its most probable
// foreign category is not_taken_seriously, below the bar in use, so the bar is lowered here to see the
// placing itself.
func TestPlaceForeign(t *testing.T) {
	text := "Bisikletim çalındı, aradım ama kimse ilgilenmedi, sadece internetten başvur dediler."
	models := loadedModels()
	low := DefaultThresholds
	low.ForeignCategory = 0.5
	tests := []struct {
		name     string
		text     string
		lang, fc string
		c        feedback.Classification
		th       Thresholds
		want     string
	}{
		{"placed above the bar", text, "tr", "other", feedback.Classification{Category: "other"}, low, nts},
		{"not below it", text, "tr", "other", feedback.Classification{Category: "other"}, DefaultThresholds, "other"},
		{"not with the rule off", text, "tr", "other", feedback.Classification{Category: "other"}, Thresholds{}, "other"},
		{"not when urgent", text, "tr", "other", feedback.Classification{Category: "other", Urgent: true}, low, "other"},
		{"not when conduct", text, "tr", "other", feedback.Classification{Category: "other", Conduct: true}, low, "other"},
		{"not when the lists placed it", text, "tr", "other", feedback.Classification{Category: adv}, low, adv},
		{"not when the foreign lists found a category", text, "tr", rt, feedback.Classification{Category: "other"}, low, "other"},
		{"not Danish or English", text, "da", "other", feedback.Classification{Category: "other"}, low, "other"},
		{"not a question (the same words asked)", strings.TrimSuffix(text, ".") + "?", "tr", "other", feedback.Classification{Category: "other"}, low, "other"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.c
			reason := placeForeign(&c, tokenize(tc.text), tc.lang, tc.fc, nil, models, tc.th)
			if c.Category != tc.want {
				t.Errorf("category %s, want %s; reason %q", c.Category, tc.want, reason)
			}
			if (reason != "") != (c.Category != tc.c.Category) || reason != "" && !strings.Contains(reason, "(model for "+tc.lang+")") {
				t.Errorf("reason %q for category %s → %s", reason, tc.c.Category, c.Category)
			}
		})
	}
}

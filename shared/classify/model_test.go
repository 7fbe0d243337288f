package classify

import (
	"bytes"
	"math"
	"testing"
)

// The embedded model must be the one `make train` makes from the development split as it is now: a
// change to the corpus or to the features without retraining fails here.
func TestEmbeddedModelIsTrainedOnDev(t *testing.T) {
	embedded := loadedUrgentModel()
	if embedded == nil {
		t.Fatal("urgent.model does not decode; run make train")
	}
	dev := readSplit(t, "dev")
	fresh := trainUrgent(dev, DefaultTrainOptions)
	if bytes.Equal(fresh.encode(), urgentModelBytes) {
		return
	}
	// Floating point may round differently on another CPU; then the scores must still agree closely.
	for _, ex := range append(dev, readSplit(t, "test")...) {
		toks := tokenize(RedactCPR(ex.Text))
		if a, b := embedded.prob(toks), fresh.prob(toks); math.Abs(a-b) > 1e-3 {
			t.Fatalf("%s: embedded model p=%.4f, freshly trained p=%.4f: run make train", ex.ID, a, b)
		}
	}
}

func TestModelCodec(t *testing.T) {
	m := &linearModel{bias: -1.5, w: make([]float32, modelBuckets)}
	m.w[7], m.w[modelBuckets-1] = 2.25, -0.5
	got, err := decodeModel(m.encode())
	if err != nil {
		t.Fatal(err)
	}
	if got.bias != m.bias || math.Abs(float64(got.w[7]-2.25)) > 1e-3 || math.Abs(float64(got.w[modelBuckets-1]+0.5)) > 1e-3 || got.w[8] != 0 {
		t.Errorf("decoded bias %v w[7] %v w[last] %v w[8] %v", got.bias, got.w[7], got.w[modelBuckets-1], got.w[8])
	}
	for _, bad := range [][]byte{nil, []byte("BFLR1"), append([]byte("XXXXX"), m.encode()[5:]...)} {
		if _, err := decodeModel(bad); err == nil {
			t.Errorf("decodeModel(%d bytes) accepted a damaged model", len(bad))
		}
	}
}

// The model only adds urgent flags the lists missed; it never removes one, and it changes nothing
// else but the praise of a text it makes urgent.
func TestModelOnlyAddsUrgent(t *testing.T) {
	for _, ex := range append(readSplit(t, "dev"), readSplit(t, "test")...) {
		in := Input{Text: RedactCPR(ex.Text), Rating: ex.Rating, District: ex.District}
		rules, both := RulesOnly(in), Classify(in)
		if rules.Urgent && !both.Urgent {
			t.Errorf("%s: the model removed an urgent flag", ex.ID)
		}
		if rules.Conduct != both.Conduct || (rules.Category != both.Category && !(rules.Category == ros && both.Urgent)) {
			t.Errorf("%s: the model changed %s/%v to %s/%v", ex.ID, rules.Category, rules.Conduct, both.Category, both.Conduct)
		}
	}
}

// Each gate in front of the model, and what the model adds past the lists.
func TestUrgentModelGates(t *testing.T) {
	tests := []struct {
		name, text string
		urgent     bool
		reason     string // a reason that must be given ("" for none)
	}{
		{"a danger the lists do not know, read by the model", "sidder fast i bilen på siden i grøften, kan ikke få døren op", true, "urgent (model)"},
		{"plain thanks stay thanks (folded, hjalp is also hjælp)", "de hjalp mig", false, ""},
		{"safety stated keeps the model out", "uklar vejledning om hunden der bed min søn (han har det fint nu)", false, ""},
		{"negated danger the lists saw keeps the model out", "Jeg er ikke selvmordstruet, jeg fik god hjælp", false, ""},
		{"no danger word: only a confident model", "jeg tænker på at gå til DUP med min klage", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(Input{Text: tt.text, Rating: 2, District: "fyn"})
			if got.Urgent != tt.urgent {
				t.Fatalf("urgent %v, want %v; p=%.2f; reasons %q", got.Urgent, tt.urgent, UrgentProb(tt.text), got.Reasons)
			}
			if tt.reason != "" && !containsPrefix(got.Reasons, tt.reason) {
				t.Errorf("reasons %q lack %q", got.Reasons, tt.reason)
			}
		})
	}
}

func containsPrefix(list []string, prefix string) bool {
	for _, s := range list {
		if len(s) >= len(prefix) && s[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

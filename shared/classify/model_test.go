package classify

import (
	"bytes"
	"maps"
	"math"
	"testing"

	"borgerfeedback/shared/redact"
)

// The embedded models must be the ones `make train` makes from the development split as it is now: a
// change to the corpus or to the features without retraining fails here.
func TestEmbeddedModelsAreTrainedOnDev(t *testing.T) {
	embedded := loadedModels()
	if embedded == nil {
		t.Fatal("models.bin does not decode; run make train")
	}
	dev := readSplit(t, "dev")
	foreign, err := ReadTrainingFiles("testdata", ForeignTrainingFiles, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	fresh := trainModels(dev, DefaultTrainOptions)
	maps.Copy(fresh, trainForeignModels(ForeignExamples(foreign), foreignTrainOptions))
	if string(encodeModelSet(fresh)) == modelBytes {
		return
	}
	if len(fresh) != len(embedded) {
		t.Fatalf("embedded %d models, training makes %d: run make train", len(embedded), len(fresh))
	}
	// Floating point may round differently on another CPU; then the scores must still agree closely.
	for _, ex := range append(append(dev, readSplit(t, "test")...), foreign...) {
		toks := tokenize(redact.CPR(ex.Text))
		hs, fhs := featureHashes(toks), foreignHashes(toks)
		for name, m := range fresh {
			h := hs
			if name == modelUrgentForeign || name == modelConductForeign {
				h = fhs
			}
			if a, b := embedded[name].probOf(h), m.probOf(h); math.Abs(a-b) > 1e-3 {
				t.Fatalf("%s: embedded %s model p=%.4f, freshly trained p=%.4f: run make train", ex.ID, name, a, b)
			}
		}
	}
}

func TestModelSetCodec(t *testing.T) {
	set := modelSet{"a": {bias: 1, w: make([]float32, 4)}, "category:x": {bias: -1, w: make([]float32, 8)}, "category:y": {bias: 1, w: make([]float32, 4)}}
	set["a"].w[3] = 0.5
	set["category:y"].w[3] = 0.5 // the same as "a": stored once
	b := encodeModelSet(set)
	got, err := decodeModelSet(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got["a"].bias != 1 || got["a"].w[3] != 0.5 || len(got["category:x"].w) != 8 || got["category:y"] != got["a"] {
		t.Errorf("decoded %v", got)
	}
	if raw, err := unpack(encodeModelSet(set)); err != nil || !bytes.Contains(raw, []byte(aliasPrefix+"a")) {
		t.Errorf("the copy of a was not stored as an alias: %q", raw)
	}
	for _, bad := range [][]byte{nil, b[:len(b)-1], append(append([]byte{}, b...), 0), append([]byte("XXXXX"), b[5:]...)} {
		if _, err := decodeModelSet(bad); err == nil {
			t.Errorf("decodeModelSet(%d bytes) accepted a damaged set", len(bad))
		}
	}
}

func TestModelCodec(t *testing.T) {
	const n = 1 << 10
	m := &linearModel{bias: -1.5, w: make([]float32, n)}
	m.w[7], m.w[n-1] = 2.25, -0.5
	got, err := decodeModel(m.encode())
	if err != nil {
		t.Fatal(err)
	}
	if got.bias != m.bias || math.Abs(float64(got.w[7]-2.25)) > 1e-3 || math.Abs(float64(got.w[n-1]+0.5)) > 1e-3 || got.w[8] != 0 {
		t.Errorf("decoded bias %v w[7] %v w[last] %v w[8] %v", got.bias, got.w[7], got.w[n-1], got.w[8])
	}
	for _, bad := range [][]byte{nil, []byte(modelMagic), append([]byte("XXXXX"), m.encode()[5:]...), m.encode()[:100]} {
		if _, err := decodeModel(bad); err == nil {
			t.Errorf("decodeModel(%d bytes) accepted a damaged model", len(bad))
		}
	}
}

// The models only add to the lists: they never remove an urgent or conduct flag, and every category
// they change is explained by a reason naming the model (or is conduct with the flag, or praise
// turned other on a text they make urgent).
func TestModelsOnlyAdd(t *testing.T) {
	for _, ex := range append(readSplit(t, "dev"), readSplit(t, "test")...) {
		in := Input{Text: redact.CPR(ex.Text), Rating: ex.Rating, District: ex.District}
		rules, both := classify(in, nil, Thresholds{}), Classify(in) // word lists alone, then with the models
		if rules.Urgent && !both.Urgent {
			t.Errorf("%s: the model removed an urgent flag", ex.ID)
		}
		if rules.Conduct && !both.Conduct {
			t.Errorf("%s: the model removed a conduct flag", ex.ID)
		}
		changed := rules.Category != both.Category
		allowed := (both.Conduct && !rules.Conduct && both.Category == cond) || (rules.Category == ros && both.Urgent) ||
			containsPrefix(both.Reasons, both.Category+" (model)")
		if changed && !allowed {
			t.Errorf("%s: the models changed %s/%v to %s/%v without a reason naming the model", ex.ID, rules.Category, rules.Conduct, both.Category, both.Conduct)
		}
		if changed && both.Category == ros && !containsPrefix(rules.Reasons, "matched") {
			t.Errorf("%s: praise from a model without a word of thanks", ex.ID)
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
		{"a danger the lists do not know, read by the model", "hænger på siden i grøften med bilen, kan ikke få døren op", true, "urgent (model)"}, // "sidder fast i bilen" is the lists' own since probe 4
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

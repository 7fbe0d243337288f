package classify

import (
	"slices"
	"strings"
	"testing"

	"borgerfeedback/shared/redact"
)

// What the foreign urgent model adds past the lists, and the gates that keep it out.
func TestForeignUrgentModel(t *testing.T) {
	tests := []struct {
		name, text string
		rating     int
		urgent     bool
		reason     string // a reason that must be given ("" for none)
	}{
		// danger the lists of the language have no words for, told by concrete detail (training texts the
		// lists miss)
		{"pl someone drowning at the pier", "człowiek w wodzie przy molo, macha rękami i znika pod wodą, nikogo nie ma w pobliżu, ja nie umiem pływać", 3, true, "urgent (model for pl)"},
		{"tr a man drowning in the lake", "Gölde bir adam batıyor, kollarını sallıyor, burada kimse yüzme bilmiyor. Operatöre yeri tarif edemedim, göl Silkeborg yakınında", 2, true, "urgent (model for tr)"},
		{"arabizi he is coming tonight", "howa ba3atli message en howa gay el leila 3ashan y5alas 3alaya, ana lwa7di fel bet delwa2ti w 5ayfa awi", 2, true, "urgent (model for ar)"},
		{"ru latin a goodbye message", "moj drug napisal 'proshhajte vse' i vykljuchil telefon. on uzhe pytalsja ran'she. my ne znaem gde on seichas, a policija govorit zhdat'??", 1, true, "urgent (model for ru)"},
		// the gates: over, past, the lists' own reading
		{"pl over: calm now", "W zeszłym tygodniu mąż rzucał rzeczami, teraz jest spokój", 3, false, ""},
		{"ru threat over, thanks", "ugrozy bolshe net, on uehal v drugoj gorod. no spasibo chto vyslushali", 4, false, ""},
		{"de a wait complained of", "Warteschleife 114: 35 Minuten. Geht gar nicht.", 2, false, ""},
		{"de thanks", "sehr nett und hilfsbereit, danke", 5, false, ""},
		{"de end a contract today", "Mein Bruder will heute den Vertrag beenden lassen, wir warten auf den Bericht", 3, false, ""},
		{"ro staff conduct complaint: not the model's", "Agentul care a venit la fața locului m-a împins și mi-a zis să tac din gură în fața copiilor mei. Eu eram victima, nu el.", 3, false, ""},
		{"too short to read", "pomocy proszę szybko", 1, true, ""}, // the lists' call for help, not the model
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Classify(Input{Text: tt.text, Rating: tt.rating, Channel: "114", District: "fyn"})
			if got.Urgent != tt.urgent {
				t.Fatalf("urgent %v, want %v; reasons %q", got.Urgent, tt.urgent, got.Reasons)
			}
			if tt.reason != "" && !containsPrefix(got.Reasons, tt.reason) {
				t.Errorf("no reason %q in %q", tt.reason, got.Reasons)
			}
			if !tt.urgent && containsPrefix(got.Reasons, "urgent (model for") {
				t.Errorf("the foreign model spoke: %q", got.Reasons)
			}
		})
	}
}

// The foreign models never read Danish or English, never remove a flag, and say so in the reasons when
// they add one; the later tuning sets' urgent recall cannot drop.
func TestForeignModelsOnlyAdd(t *testing.T) {
	without := DefaultThresholds
	without.ForeignUrgent, without.ForeignConduct = 0, 0
	for _, set := range []string{"train_multilingual", "test", "blind_multilingual5", "blind_multilingual6", "blind_multilingual7", "blind_multilingual8"} {
		for _, ex := range readSplit(t, set) {
			in := Input{Text: redact.CPR(ex.Text), Rating: ex.Rating, Channel: ex.Channel, District: ex.District}
			before, after := classify(in, loadedModels(), without), Classify(in)
			if before.Urgent && !after.Urgent || before.Conduct && !after.Conduct {
				t.Errorf("%s: a foreign model removed a flag", ex.ID)
			}
			added := after.Urgent != before.Urgent || after.Conduct != before.Conduct
			if added && !containsPrefix(after.Reasons, "urgent (model for") && !containsPrefix(after.Reasons, "conduct (model for") {
				t.Errorf("%s: flag added without a reason naming the foreign model: %q", ex.ID, after.Reasons)
			}
			if added && (after.Language == "da" || after.Language == "en") {
				t.Errorf("%s: a foreign model read a text in %s", ex.ID, after.Language)
			}
		}
	}
}

// The thresholds' cross-validated figures on the training texts (make train), pinned with some slack:
// the foreign urgent model must keep raising the classifier's out-of-fold urgent recall on
// train_multilingual (0.782 without it at rules .150) at nearly the same precision (0.880 without it;
// 0.870 / 0.874 with it).
func TestForeignModelsCrossValidated(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the foreign models five times")
	}
	cvSet := readSplit(t, ForeignCVFile)
	pool, err := ReadTrainingFiles("testdata", ForeignTrainingFiles, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	others := slices.DeleteFunc(pool, func(ex Example) bool {
		return slices.ContainsFunc(cvSet, func(c Example) bool { return c.ID == ex.ID })
	})
	cv := CrossValidateForeign(cvSet, others, 5, foreignTrainOptions, []Thresholds{DefaultThresholds})
	tp, fp, fn := 0, 0, 0
	for i, ex := range cvSet {
		switch got := cv.Result[0][i].Urgent; {
		case got && ex.Urgent:
			tp++
		case got:
			fp++
		case ex.Urgent:
			fn++
		}
	}
	recall, precision := float64(tp)/float64(tp+fn), float64(tp)/float64(tp+fp)
	t.Logf("out of fold: urgent recall %.3f precision %.3f", recall, precision)
	if recall < 0.84 || precision < 0.85 {
		t.Errorf("out-of-fold urgent recall %.3f precision %.3f; make train printed 0.870 / 0.874", recall, precision)
	}
}

// The reasons name the model, the language and the words that weighed most.
func TestForeignModelReason(t *testing.T) {
	c := Classify(Input{Text: "człowiek w wodzie przy molo, macha rękami i znika pod wodą, nikogo nie ma w pobliżu, ja nie umiem pływać", Rating: 3, Channel: "112"})
	for _, r := range c.Reasons {
		if strings.HasPrefix(r, "urgent (model for pl): p=") && strings.Contains(r, "most weight on '") {
			return
		}
	}
	t.Errorf("no foreign model reason in %q", c.Reasons)
}

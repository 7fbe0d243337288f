package classify

import (
	"maps"
	"math/rand/v2"
	"strings"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/redact"
)

// TrainOptions are the settings of one model's training.
type TrainOptions struct {
	Epochs         int
	Rate           float64 // learning rate of the first epoch; it decays as 1/(1+epoch/4)
	L2             float64 // weight decay per update of a feature
	PositiveWeight float64 // how much more a missed positive costs than a false one (recall first for urgent)
	Seed           uint64  // the order of examples in each epoch; fixed, so training is reproducible
	Bits           int     // the model has 2^Bits weights; features share them by hash
	Prune          float64 // weights smaller than this fraction of the largest are set to zero (0: none)
}

// DefaultTrainOptions train the embedded urgent model; the conduct and category models use the same
// with PositiveWeight 1 and 2^14 weights (modelSpecs).
var DefaultTrainOptions = TrainOptions{Epochs: 30, Rate: 0.2, L2: 1e-4, PositiveWeight: 2, Seed: 20261127, Bits: 17}

// modelSpec is one embedded model: its name, what it learns, and how; uses, when set, keeps the
// examples it learns from (nil: all).
type modelSpec struct {
	name  string
	label func(Example) bool
	opts  func(TrainOptions) TrainOptions
	uses  func(Example) bool
}

// Categories lists every category, in the order reports and the category models use.
var Categories = []string{rt, cond, nts, adv, fu, tech, acc, ros, feedback.CategoryOther}

func modelSpecs() []modelSpec {
	smaller := func(o TrainOptions) TrainOptions {
		o.PositiveWeight, o.Bits = 1, 14
		return o
	}
	specs := []modelSpec{
		{modelUrgent, func(ex Example) bool { return ex.Urgent }, func(o TrainOptions) TrainOptions { return o }, nil},
		{modelConduct, func(ex Example) bool { return ex.Conduct }, smaller, nil},
	}
	for _, c := range Categories {
		specs = append(specs, modelSpec{modelCategory + c, func(ex Example) bool { return ex.Category == c }, smaller, nil})
	}
	return specs
}

// TrainModels trains every model and returns them encoded, as embedded in the package (models.bin): the
// Danish/English models on the labelled examples with the options, the foreign models on the foreign
// examples (ForeignExamples of ForeignTrainingFiles) with foreignTrainOptions. Training is deterministic
// for a given input and options (ForeignTrainOptions for the embedded foreign models).
func TrainModels(examples, foreign []Example, o, fo TrainOptions) []byte {
	set := trainModels(examples, o)
	maps.Copy(set, trainForeignModels(ForeignExamples(foreign), fo))
	return encodeModelSet(set)
}

func trainModels(examples []Example, o TrainOptions) modelSet {
	return trainSpecs(examples, featureHashes, modelSpecs(), o)
}

// trainSpecs trains one model per spec on the examples, each text read into feature hashes by hash.
func trainSpecs(examples []Example, hash func([]token) []uint32, specs []modelSpec, o TrainOptions) modelSet {
	docs := make([][]uint32, len(examples))
	for i, ex := range examples {
		docs[i] = hash(tokenize(redact.CPR(ex.Text)))
	}
	set := modelSet{}
	for _, s := range specs {
		exs, ds := examples, docs
		if s.uses != nil {
			exs, ds = nil, nil
			for i, ex := range examples {
				if s.uses(ex) {
					exs, ds = append(exs, ex), append(ds, docs[i])
				}
			}
		}
		set[s.name] = trainLinear(exs, ds, s.label, s.opts(o))
	}
	return set
}

// trainLinear trains a logistic regression for one yes/no label of the examples, whose feature hashes
// are docs.
func trainLinear(examples []Example, docs [][]uint32, label func(Example) bool, o TrainOptions) *linearModel {
	buckets := 1 << o.Bits
	mask := uint32(buckets - 1)
	w := make([]float64, buckets) // trained in float64, stored in float32 and then int16
	bias := 0.0
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	for epoch := range o.Epochs {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		rate := o.Rate / (1 + float64(epoch)/4)
		for _, i := range order {
			s := bias
			for _, h := range docs[i] {
				s += w[h&mask]
			}
			y, cost := 0.0, 1.0
			if label(examples[i]) {
				y, cost = 1, o.PositiveWeight
			}
			if wt := examples[i].Weight; wt > 0 {
				cost *= wt
			}
			g := (sigmoid(s) - y) * cost
			bias -= rate * g
			for _, h := range docs[i] {
				j := h & mask
				decay := float64(o.L2 * w[j])
				w[j] -= rate * (g + decay)
			}
		}
	}
	if o.Prune > 0 {
		prune(w, o.Prune)
	}
	m := &linearModel{bias: float32(bias), w: make([]float32, buckets)}
	for j, v := range w {
		m.w[j] = float32(v)
	}
	// Round through the stored form, so the model trained here scores exactly as the embedded one.
	decoded, _ := decodeModel(m.encode())
	return decoded
}

// Thresholds are the model probabilities the classifier acts on (see UrgentThreshold and the others).
type Thresholds struct {
	Urgent, UrgentAlone, Conduct, Category float64
	CategoryOverride                       float64
	// ForeignUrgent and ForeignConduct are the foreign models' thresholds (model_foreign.go); 0 leaves
	// those models out.
	ForeignUrgent, ForeignConduct float64
	// Sure is the urgent models' bar over every gate (sure.go); 0 leaves that last word out.
	Sure float64
	// ConductQuoted is the conduct models' bar in a text that quotes a remark (quoted.go); 0 leaves that
	// bar out.
	ConductQuoted float64
	// ForeignCategory is the foreign category models' bar (ForeignCategoryThreshold); 0 leaves them out.
	ForeignCategory float64
}

// DefaultThresholds are the ones Classify uses.
var DefaultThresholds = Thresholds{Urgent: UrgentThreshold, UrgentAlone: UrgentThresholdAlone, Conduct: ConductThreshold,
	Category: CategoryThreshold, CategoryOverride: CategoryOverride,
	ForeignUrgent: ForeignUrgentThreshold, ForeignConduct: ForeignConductThreshold, Sure: UrgentThresholdSure,
	ConductQuoted: conductThresholdQuoted, ForeignCategory: ForeignCategoryThreshold}

// CrossValidation is the out-of-fold result for each example: every model's probability, and the whole
// classifier's result for each set of thresholds asked for.
type CrossValidation struct {
	Prob   map[string][]float64 // model name → probability per example
	Result [][]feedback.Classification
	// DangerWord tells, per example, whether the word lists found a danger or help word in it (in any
	// tense): the urgent model's thresholds differ with and without one.
	DangerWord []bool
}

// CrossValidate trains the models k times, each time without one fold of the examples, and scores
// every example with the models that did not see it. The folds are contiguous blocks of the file,
// which was written in rounds, so a fold is mostly text in a style its models did not see.
func CrossValidate(examples []Example, k int, o TrainOptions, thresholds []Thresholds) CrossValidation {
	cv := CrossValidation{Prob: map[string][]float64{}, Result: make([][]feedback.Classification, len(thresholds)),
		DangerWord: make([]bool, len(examples))}
	for i, ex := range examples {
		cv.DangerWord[i] = hasDangerWord(redact.CPR(ex.Text))
	}
	for _, s := range modelSpecs() {
		cv.Prob[s.name] = make([]float64, len(examples))
	}
	for t := range thresholds {
		cv.Result[t] = make([]feedback.Classification, len(examples))
	}
	for fold := range k {
		var train []Example
		for i, ex := range examples {
			if fold != i*k/len(examples) {
				train = append(train, ex)
			}
		}
		set := trainModels(train, o)
		for i, ex := range examples {
			if fold != i*k/len(examples) {
				continue
			}
			in := Input{Text: redact.CPR(ex.Text), Rating: ex.Rating, Channel: ex.Channel, District: ex.District}
			hs := featureHashes(tokenize(in.Text))
			for name, m := range set {
				cv.Prob[name][i] = m.probOf(hs)
			}
			for t, th := range thresholds {
				cv.Result[t][i] = classify(in, set, th)
			}
		}
	}
	return cv
}

// hasDangerWord reports a danger, help or net cue of the word lists anywhere in the text.
func hasDangerWord(text string) bool {
	toks := tokenize(text)
	e := evidence{toks: toks}
	return e.dangerWord(compiled().find(toks))
}

// CrossValidateForeign cross-validates the foreign models on the examples: k folds (every k-th text,
// since the file is grouped by language and a contiguous fold would be a language the models never
// saw), each scored by foreign models trained on the other folds plus always (texts from the other
// training files), and by the whole classifier with the embedded Danish/English models, for each set
// of thresholds.
func CrossValidateForeign(examples, always []Example, k int, o TrainOptions, thresholds []Thresholds) CrossValidation {
	base := modelSet{}
	for name, m := range loadedModels() {
		if name != modelUrgentForeign && name != modelConductForeign && !strings.HasPrefix(name, modelCategoryForeign) {
			base[name] = m
		}
	}
	cv := CrossValidation{Prob: map[string][]float64{}, Result: make([][]feedback.Classification, len(thresholds))}
	for _, s := range foreignModelSpecs() {
		cv.Prob[s.name] = make([]float64, len(examples))
	}
	for t := range thresholds {
		cv.Result[t] = make([]feedback.Classification, len(examples))
	}
	for fold := range k {
		train := ForeignExamples(always)
		for i, ex := range ForeignExamples(examples) {
			if i%k != fold {
				train = append(train, ex)
			}
		}
		set := maps.Clone(base)
		maps.Copy(set, trainForeignModels(train, o))
		for i, ex := range examples {
			if i%k != fold {
				continue
			}
			in := Input{Text: redact.CPR(ex.Text), Rating: ex.Rating, Channel: ex.Channel, District: ex.District}
			hs := foreignHashes(tokenize(in.Text))
			for _, s := range foreignModelSpecs() {
				cv.Prob[s.name][i] = set[s.name].probOf(hs)
			}
			for t, th := range thresholds {
				cv.Result[t][i] = classify(in, set, th)
			}
		}
	}
	return cv
}

// ForeignTrainOptions are the foreign models' training options, for the training tool.
func ForeignTrainOptions() TrainOptions { return foreignTrainOptions }

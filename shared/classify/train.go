package classify

import (
	"math/rand/v2"
)

// TrainOptions are the settings of the urgent model's training; DefaultTrainOptions are the ones the
// embedded model was trained with.
type TrainOptions struct {
	Epochs         int
	Rate           float64 // learning rate of the first epoch; it decays as 1/(1+epoch/4)
	L2             float64 // weight decay per update of a feature
	PositiveWeight float64 // how much more a missed urgent text costs than a false one (recall first)
	Seed           uint64  // the order of examples in each epoch; fixed, so training is reproducible
}

// DefaultTrainOptions train the embedded urgent model.
var DefaultTrainOptions = TrainOptions{Epochs: 30, Rate: 0.2, L2: 1e-4, PositiveWeight: 2, Seed: 20261127}

// TrainUrgent trains the urgent model on labelled examples and returns it encoded, as embedded in the
// package (urgent.model). Training is deterministic for a given input and options.
func TrainUrgent(examples []Example, o TrainOptions) []byte {
	return trainUrgent(examples, o).encode()
}

func trainUrgent(examples []Example, o TrainOptions) *linearModel {
	docs := make([][]uint32, len(examples))
	for i, ex := range examples {
		features(tokenize(RedactCPR(ex.Text)), func(h uint32, _ int) { docs[i] = append(docs[i], h%modelBuckets) })
	}
	m := &linearModel{w: make([]float32, modelBuckets)}
	w := make([]float64, modelBuckets) // trained in float64, stored in float32 and then int16
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
			for _, j := range docs[i] {
				s += w[j]
			}
			y, cost := 0.0, 1.0
			if examples[i].Urgent {
				y, cost = 1, o.PositiveWeight
			}
			g := (sigmoid(s) - y) * cost
			bias -= rate * g
			for _, j := range docs[i] {
				decay := float64(o.L2 * w[j])
				w[j] -= rate * (g + decay)
			}
		}
	}
	m.bias = float32(bias)
	for j, v := range w {
		m.w[j] = float32(v)
	}
	// Round through the stored form, so the model trained here scores exactly as the embedded one.
	decoded, _ := decodeModel(m.encode())
	return decoded
}

// CrossValidation is the out-of-fold result for each example: the model's urgent probability and, per
// threshold asked for, the urgent flag of the whole classifier (word lists, then the model).
type CrossValidation struct {
	Prob   []float64
	Urgent map[float64][]bool
}

// CrossValidateUrgent trains the urgent model k times, each time without one fold of the examples, and
// scores every example with the model that did not see it. The folds are contiguous blocks of the
// file, which was written in rounds, so a fold is mostly text in a style its model did not see.
func CrossValidateUrgent(examples []Example, k int, o TrainOptions, thresholds []float64) CrossValidation {
	cv := CrossValidation{Prob: make([]float64, len(examples)), Urgent: map[float64][]bool{}}
	for _, t := range thresholds {
		cv.Urgent[t] = make([]bool, len(examples))
	}
	for fold := range k {
		var train []Example
		for i, ex := range examples {
			if fold != i*k/len(examples) {
				train = append(train, ex)
			}
		}
		m := trainUrgent(train, o)
		for i, ex := range examples {
			if fold != i*k/len(examples) {
				continue
			}
			in := Input{Text: RedactCPR(ex.Text), Rating: ex.Rating, Channel: ex.Channel, District: ex.District}
			cv.Prob[i] = m.prob(tokenize(in.Text))
			for _, t := range thresholds {
				cv.Urgent[t][i] = classify(in, m, t).Urgent
			}
		}
	}
	return cv
}

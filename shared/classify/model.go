package classify

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"
)

// The urgent model is the second opinion behind the word lists: a logistic regression over the folded
// words, word pairs and the letter groups inside words (so "jagtriffel" shares evidence with "riffel",
// "bevidstløs" with "bevidstløse"), trained on the development split by `make train`
// (infra/tools/train) and embedded here. It reads phrasings the lists have not met the way the lists
// read the words they know; its weights are a few hundred kilobytes and it scores a text in
// microseconds. The rules decide first; the model can only add an urgent flag, never remove one, and
// the reasons name the words that weighed most.

//go:embed urgent.model
var urgentModelBytes []byte

// UrgentThreshold is the model probability at and above which a text the rules left alone is urgent.
// It was chosen by five-fold cross-validation on the development split (`make train` prints the
// trade-off): recall comes first, so it is the lowest threshold at which the model alone, on text it
// did not see, keeps urgent precision above 0.9.
const UrgentThreshold = 0.35

// UrgentThresholdAlone is the model probability that makes a text urgent when the word lists found no
// danger or help word in it at all: the point of the cross-validated trade-off where the model alone
// keeps urgent precision near 0.97, since with no word of danger to back it, its evidence is the
// phrasing alone.
const UrgentThresholdAlone = 0.9

const (
	modelBits    = 17
	modelBuckets = 1 << modelBits
	modelMagic   = "BFLR1"
)

// linearModel is a logistic regression over hashed features; weights are stored as int16 times scale.
type linearModel struct {
	bias float32
	w    []float32
}

var (
	urgentOnce  sync.Once
	urgentModel *linearModel
)

// loadedUrgentModel decodes the embedded model on first use. A missing or damaged model is a build
// defect that the package's tests catch; at run time the classifier then falls back to the rules alone.
func loadedUrgentModel() *linearModel {
	urgentOnce.Do(func() {
		m, err := decodeModel(urgentModelBytes)
		if err == nil {
			urgentModel = m
		}
	})
	return urgentModel
}

// features calls emit with the hash of every feature of the tokens: each word, each pair of
// neighbouring words in a sentence, and each group of four letters of a word (with its edges marked).
// Numbers are one feature, so "40 minutter" and "45 minutter" read alike.
func features(toks []token, emit func(h uint32, tok int)) {
	sum := func(parts ...string) uint32 { // FNV-1a of the parts, each ended by a zero byte
		h := uint32(2166136261)
		for _, p := range parts {
			for i := 0; i < len(p); i++ {
				h = (h ^ uint32(p[i])) * 16777619
			}
			h *= 16777619 // the zero byte
		}
		return h
	}
	prev := ""
	for i, t := range toks {
		k := t.key
		if k != "" && k[0] >= '0' && k[0] <= '9' {
			k = "#"
		}
		emit(sum("w", k), i)
		if i > 0 && toks[i-1].sent == t.sent {
			emit(sum("b", prev, k), i)
		}
		prev = k
		if t.question {
			emit(sum("q", k), i)
		}
		padded := "<" + k + ">"
		if len(padded) > 5 {
			for j := 0; j+4 <= len(padded); j++ {
				emit(sum("c", padded[j:j+4]), i)
			}
		}
	}
}

// score is the model's log-odds for the tokens.
func (m *linearModel) score(toks []token) float64 {
	s := float64(m.bias)
	features(toks, func(h uint32, _ int) { s += float64(m.w[h%modelBuckets]) })
	return s
}

// prob is the model's probability for the tokens.
func (m *linearModel) prob(toks []token) float64 { return sigmoid(m.score(toks)) }

// topWords names the words whose features weigh most towards the positive class, for the reasons.
func (m *linearModel) topWords(toks []token, n int) []string {
	weight := make([]float64, len(toks))
	features(toks, func(h uint32, tok int) {
		weight[tok] += float64(m.w[h%modelBuckets])
	})
	idx := make([]int, len(toks))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return weight[idx[a]] > weight[idx[b]] })
	var out []string
	seen := map[string]bool{}
	for _, i := range idx {
		if len(out) == n || weight[i] <= 0 {
			break
		}
		if w := toks[i].word; !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// encode writes the model as magic, bias (float32), scale (float32) and one int16 per bucket, little-endian.
func (m *linearModel) encode() []byte {
	maxAbs := float32(0)
	for _, w := range m.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	out := make([]byte, 0, len(modelMagic)+8+2*len(m.w))
	out = append(out, modelMagic...)
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.bias))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(scale))
	for _, w := range m.w {
		out = binary.LittleEndian.AppendUint16(out, uint16(int16(math.Round(float64(w/scale)))))
	}
	return out
}

func decodeModel(b []byte) (*linearModel, error) {
	want := len(modelMagic) + 8 + 2*modelBuckets
	if len(b) != want || string(b[:len(modelMagic)]) != modelMagic {
		return nil, fmt.Errorf("urgent model: %d bytes, want %d with header %q", len(b), want, modelMagic)
	}
	b = b[len(modelMagic):]
	m := &linearModel{bias: math.Float32frombits(binary.LittleEndian.Uint32(b)), w: make([]float32, modelBuckets)}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
	if scale <= 0 || math.IsNaN(float64(scale)) {
		return nil, errors.New("urgent model: bad scale")
	}
	b = b[8:]
	for i := range m.w {
		m.w[i] = float32(int16(binary.LittleEndian.Uint16(b[2*i:]))) * scale
	}
	return m, nil
}

// UrgentProb is the urgent model's probability for a text (diagnostics).
func UrgentProb(text string) float64 { return loadedUrgentModel().prob(tokenize(text)) }

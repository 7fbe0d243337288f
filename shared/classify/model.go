package classify

import (
	"bytes"
	"compress/flate"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The models are the second opinion behind the word lists: logistic regressions over the folded words,
// word pairs and the letter groups inside words (so "jagtriffel" shares evidence with "riffel",
// "bevidstløs" with "bevidstløse"), trained on the development split by `make train`
// (infra/tools/train) and embedded here as models.bin. They read phrasings the lists have not met the
// way the lists read the words they know, and score a text in microseconds. The lists decide first;
// a model can only add what the lists missed (an urgent flag, a conduct flag, a category for a text
// the lists could not place), and the reasons name the words that weighed most.

// TrainingBatchFiles are the training files written half urgent by design (session 8), where the data
// they join is a fifth (dev) to a third (the foreign training texts) urgent. Trained on as they are,
// they taught the models that a text like theirs — English or Danish SMS style, a complaint about the
// call — is urgent ("Crime around here is getting worse": p=1.00 on the word "is"). So each is weighted
// to the urgent share of the files before it (ReadTrainingFiles): its urgent texts by share/own share,
// the others by (1−share)/(1−own share); the batch keeps its total weight, not its label balance.
// train_multilingual2 and train_multilingual3 are ForeignTrainingFiles; train_danish_english is not yet trained on by the
// Danish/English models (docs/classification.md: with it, eight pinned cases of this package's tests
// changed), only measured: `go run ./infra/tools/train -out "" -dev-extra train_danish_english`.
// train_family_probes (session 11's probes exported from the test tables, TestExportFamilyProbes) is
// measured the same way as foreign training text (`-foreign-pool`), not trained on (doc_intro.md).
var TrainingBatchFiles = []string{"train_danish_english", "train_multilingual2", "train_multilingual3", "train_family_probes"}

// ReadTrainingFiles appends the named labelled files in dir to base, in order, each of
// TrainingBatchFiles weighted to the urgent share of what comes before it (of the foreign texts only,
// when foreign: the foreign models learn from those).
func ReadTrainingFiles(dir string, names []string, base []Example, foreign bool) ([]Example, error) {
	out := slices.Clone(base)
	for _, name := range names {
		ex, err := ReadExampleFile(dir + "/" + name + ".jsonl")
		if err != nil {
			return nil, err
		}
		if slices.Contains(TrainingBatchFiles, name) {
			before := out
			if foreign {
				before = ForeignExamples(out)
			}
			ex = withUrgentShare(ex, urgentShare(before))
		}
		for i := range ex {
			ex[i].File = name
		}
		out = append(out, ex...)
	}
	return out, nil
}

func urgentShare(examples []Example) float64 {
	n := 0
	for _, ex := range examples {
		if ex.Urgent {
			n++
		}
	}
	if len(examples) == 0 {
		return 0
	}
	return float64(n) / float64(len(examples))
}

// withUrgentShare weights examples so their urgent ones weigh share of the whole.
func withUrgentShare(examples []Example, share float64) []Example {
	own := urgentShare(examples)
	if own <= 0 || own >= 1 || share <= 0 {
		return examples
	}
	out := slices.Clone(examples)
	for i := range out {
		if out[i].Urgent {
			out[i].Weight = share / own
		} else {
			out[i].Weight = (1 - share) / (1 - own)
		}
	}
	return out
}

// modelBytes is a string, not a []byte: a string lies in the binary's read-only data, a []byte in
// its writable data, and in the read-only segment it shares the padding to the next 64 KB boundary
// that the segment carries anyway (the form's linux/arm64 binary is 57 KB smaller so; issue 13).
//
//go:embed models.bin
var modelBytes string

// UrgentThreshold is the model probability at and above which a text the rules left alone is urgent.
// It was chosen by five-fold cross-validation on the development split (`make train` prints the
// trade-off): recall comes first, so it is the lowest threshold at which the model alone, on text it
// did not see, keeps urgent precision above 0.9.
const UrgentThreshold = 0.2

// UrgentThresholdAlone is the model probability that makes a text urgent when the word lists found no
// danger or help word in it at all: even odds, the model finding urgent more likely than not (out of
// fold its precision there is about 0.92), since with no word of danger to back it, its evidence is the
// phrasing alone.
const UrgentThresholdAlone = 0.5

// urgentThresholdThanks is the urgent model's bar, without a danger word, for a text the lists read as
// thanks: "de hjalp mig" shares its folded words with calls for help.
const urgentThresholdThanks = 0.95

// urgentThresholdComplaint is the bar, without a danger word, for a text the lists read as a complaint
// about the service: most such texts are feedback about the call, so the model must be nearly sure.
// Out of fold, 0.95 keeps the classifier's urgent recall of 0.9 with better precision, and dropping
// this path altogether costs two points of recall.
const urgentThresholdComplaint = 0.95

// ConductThreshold is the conduct model's probability that flags conduct the word lists missed, in a
// text that names staff and does not deny the conduct. Conduct recall was the weaker score in every
// blind round, and out of fold the whole classifier's conduct precision stays near 0.89 from 0.4 to 0.7
// while its recall falls, so the low end is used. CategoryThreshold is the probability at which the most probable
// category model places a text the lists found nothing in; the classifier's accuracy barely moves with
// it. Both come from the cross-validated tables `make train` prints.
// conductThresholdUnnamed is the conduct model's bar in a text that names no staff at all ("han sagde
// …"): out of fold it keeps most of the recall that dropping the staff requirement gains, without the
// false alarms on texts about lines and languages ("call got disconnected while on hold").
const conductThresholdUnnamed = 0.8

// conductThresholdNoHint is the conduct model's bar in a text with no word describing behaviour at all:
// the model alone then reads staff roles and reported speech ("systemet var nede, sagde damen", p 0.94),
// so it must be nearly sure. Out of fold 0.9 keeps most of what the path adds (conduct recall 0.80 →
// 0.86) at a point of precision; blind round 24 showed the false alarms below it.
const conductThresholdNoHint = 0.9

// conductThresholdWriterTold is the conduct model's bar in a text with no word of behaviour whose only
// verbs of telling have the writer as their subject (session 6: "Da jeg fortalte, at …" at p 0.99).
const conductThresholdWriterTold = 0.995

// Decision thresholds: the probability at which a model's answer is taken.
const (
	ConductThreshold  = 0.4
	CategoryThreshold = 0.6
	// CategoryOverride is the probability at which the most probable category model (conduct aside)
	// replaces the category the lists chose, when the lists' evidence for it weighs no more than
	// overrideStrength (one weak or one ordinary cue); stronger evidence stands ("jeg kan ikke takke jer
	// nok" stays praise).
	CategoryOverride = 0.8
	overrideStrength = 2
)

const (
	modelMagic    = "BFLR3"
	modelSetMagic = "BFMS2"
	// packedMagic starts models.bin: the model set (modelSetMagic …) follows, compressed with DEFLATE.
	// The weights are dense int16s and compress by only about 14 %, but that is 54 KB of each
	// binary that links the classifier, the form's among them (issue 13's 8.5 MB); inflating them
	// costs about a millisecond of the first classification, which decodes the models anyway.
	packedMagic = "BFMZ1"
	// maxUnpacked bounds what an embedded set may inflate to.
	maxUnpacked = 16 << 20
	aliasPrefix = "@" // an entry that is the same model as an earlier name
)

// Model names in models.bin; category models are named "category:" + the category.
const (
	modelUrgent   = "urgent"
	modelConduct  = "conduct"
	modelCategory = "category:"
)

// linearModel is a logistic regression over hashed features: a power-of-two number of weights, each
// feature's hash masked to one of them; stored as int16 times a scale.
type linearModel struct {
	bias float32
	w    []float32
}

// modelSet is every embedded model by name.
type modelSet map[string]*linearModel

var (
	modelsOnce sync.Once
	models     modelSet
)

// loadedModels decodes the embedded models on first use. Missing or damaged models are a build defect
// that the package's tests catch; at run time the classifier then falls back to the word lists alone.
func loadedModels() modelSet {
	modelsOnce.Do(func() {
		if m, err := decodeModelSet([]byte(modelBytes)); err == nil {
			models = m
		}
	})
	return models
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

// categoryProbs scores a text with the category models once, on first need, for every question asked of it.
type categoryProbs struct {
	models modelSet
	hs     []uint32
	p      map[string]float64
}

// best is the most probable category among those allowed (ties: the first in Categories), with its
// probability; "" without models.
func (c *categoryProbs) best(allowed func(cat string) bool) (string, float64) {
	if c.p == nil {
		c.p = map[string]float64{}
		for _, cat := range Categories {
			if m := c.models[modelCategory+cat]; m != nil {
				c.p[cat] = m.probOf(c.hs)
			}
		}
	}
	best, bp := "", 0.0
	for _, cat := range Categories {
		if p, ok := c.p[cat]; ok && allowed(cat) && p > bp {
			best, bp = cat, p
		}
	}
	return best, bp
}

// featureHashes lists the feature hashes of the tokens once, for scoring them with several models.
func featureHashes(toks []token) []uint32 {
	hs := make([]uint32, 0, 8*len(toks))
	features(toks, func(h uint32, _ int) { hs = append(hs, h) })
	return hs
}

// probOf is the model's probability for the feature hashes.
func (m *linearModel) probOf(hs []uint32) float64 {
	s := float64(m.bias)
	mask := uint32(len(m.w) - 1)
	for _, h := range hs {
		s += float64(m.w[h&mask])
	}
	return sigmoid(s)
}

// prob is the model's probability for the tokens.
func (m *linearModel) prob(toks []token) float64 { return m.probOf(featureHashes(toks)) }

// topWords names the words whose features weigh most towards the positive class, for the reasons.
func (m *linearModel) topWords(toks []token, n int) []string { return m.topWordsBy(features, toks, n) }

// topWordsBy is topWords for the features a model reads (features, or foreignFeatures).
func (m *linearModel) topWordsBy(feats func([]token, func(h uint32, tok int)), toks []token, n int) []string {
	weight := make([]float64, len(toks))
	mask := uint32(len(m.w) - 1)
	feats(toks, func(h uint32, tok int) {
		weight[tok] += float64(m.w[h&mask])
	})
	return topOf(toks, weight, n)
}

// topOf names the words of the tokens with the largest positive weights, most first, each once.
func topOf(toks []token, weight []float64, n int) []string {
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

// encode writes the model as magic, the number of weights n (uint32), bias (float32), scale
// (float32), a bitmap of the weights that are not zero ((n+7)/8 bytes, bit i%8 of byte i/8) and one
// int16 per weight that is not zero, in order, little-endian. Each weight is an int16 times the
// scale. The bitmap keeps the file small without a decompressor: most of the urgent model's 2^17
// hashed weights are zero (issue 13: 590 KB of models became 350 KB, decoded in about a millisecond,
// where deflate made 312 KB that took 5 ms of CPU to inflate on the first classification).
func (m *linearModel) encode() []byte {
	maxAbs := float32(0)
	for _, w := range m.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, len(m.w))
	bitmap := make([]byte, (len(m.w)+7)/8)
	for i, w := range m.w {
		if q[i] = int16(math.Round(float64(w / scale))); q[i] != 0 {
			bitmap[i/8] |= 1 << (i % 8)
		}
	}
	out := make([]byte, 0, len(modelMagic)+12+len(bitmap)+2*len(m.w))
	out = append(out, modelMagic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(m.w)))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(m.bias))
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(scale))
	out = append(out, bitmap...)
	for _, v := range q {
		if v != 0 {
			out = binary.LittleEndian.AppendUint16(out, uint16(v))
		}
	}
	return out
}

func decodeModel(b []byte) (*linearModel, error) {
	if len(b) < len(modelMagic)+12 || string(b[:len(modelMagic)]) != modelMagic {
		return nil, fmt.Errorf("model: %d bytes without header %q", len(b), modelMagic)
	}
	b = b[len(modelMagic):]
	n := binary.LittleEndian.Uint32(b)
	if n == 0 || n&(n-1) != 0 || n > 1<<24 || len(b) < 12+int(n+7)/8 {
		return nil, fmt.Errorf("model: %d weights in %d bytes", n, len(b))
	}
	m := &linearModel{bias: math.Float32frombits(binary.LittleEndian.Uint32(b[4:])), w: make([]float32, n)}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))
	if scale <= 0 || math.IsNaN(float64(scale)) || math.IsInf(float64(scale), 0) {
		return nil, errors.New("model: bad scale")
	}
	bitmap, values := b[12:12+(n+7)/8], b[12+(n+7)/8:]
	nonzero := 0
	for _, c := range bitmap {
		nonzero += bits.OnesCount8(c)
	}
	if len(values) != 2*nonzero {
		return nil, fmt.Errorf("model: %d weights that are not zero in %d bytes", nonzero, len(values))
	}
	for i := range m.w {
		if bitmap[i/8]&(1<<(i%8)) != 0 {
			m.w[i] = float32(int16(binary.LittleEndian.Uint16(values))) * scale
			values = values[2:]
		}
	}
	return m, nil
}

// UrgentProb is the urgent model's probability for a text, for diagnostics and tests; 0 without a model.
func UrgentProb(text string) float64 {
	m := loadedModels()[modelUrgent]
	if m == nil {
		return 0
	}
	return m.prob(tokenize(text))
}

// encodeModelSet writes magic, the number of models (uint32) and for each its name (uint16 length and
// bytes) and its encoding (uint32 length and bytes), in name order so the file is reproducible. A
// model identical to one before it (conduct is also the conduct category) is stored once: its
// entry is aliasPrefix and the earlier name. The whole is packed (pack).
func encodeModelSet(set modelSet) []byte {
	names := make([]string, 0, len(set))
	for n := range set {
		names = append(names, n)
	}
	sort.Strings(names)
	out := append([]byte(modelSetMagic), 0, 0, 0, 0)
	binary.LittleEndian.PutUint32(out[len(modelSetMagic):], uint32(len(names)))
	written := map[string]string{} // encoding → the first name written with it
	for _, n := range names {
		out = binary.LittleEndian.AppendUint16(out, uint16(len(n)))
		out = append(out, n...)
		b := set[n].encode()
		if first, ok := written[string(b)]; ok {
			b = []byte(aliasPrefix + first)
		} else {
			written[string(b)] = n
		}
		out = binary.LittleEndian.AppendUint32(out, uint32(len(b)))
		out = append(out, b...)
	}
	return pack(out)
}

// pack compresses an encoded model set (or the language identifier's corpus) behind packedMagic.
func pack(raw []byte) []byte {
	var buf bytes.Buffer
	buf.WriteString(packedMagic)
	w, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		panic(err) // only for a bad level
	}
	if _, err := w.Write(raw); err != nil { // a bytes.Buffer takes every write
		panic(err)
	}
	if err := w.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// unpack inflates what pack packed (a model set, the language identifier's corpus); anything after
// the compressed stream is damage.
func unpack(b []byte) ([]byte, error) {
	if !bytes.HasPrefix(b, []byte(packedMagic)) {
		return nil, fmt.Errorf("models: %d bytes without header %q", len(b), packedMagic)
	}
	in := bytes.NewReader(b[len(packedMagic):]) // an io.ByteReader: flate reads no further than its stream
	var raw bytes.Buffer
	n, err := raw.ReadFrom(io.LimitReader(flate.NewReader(in), maxUnpacked+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("models: %w", err)
	case n > maxUnpacked:
		return nil, fmt.Errorf("models: more than %d bytes unpacked", maxUnpacked)
	case in.Len() != 0:
		return nil, fmt.Errorf("models: %d bytes after the compressed set", in.Len())
	}
	return raw.Bytes(), nil
}

func decodeModelSet(packed []byte) (modelSet, error) {
	b, err := unpack(packed)
	if err != nil {
		return nil, err
	}
	if len(b) < len(modelSetMagic)+4 || string(b[:len(modelSetMagic)]) != modelSetMagic {
		return nil, fmt.Errorf("models: %d bytes without header %q", len(b), modelSetMagic)
	}
	b = b[len(modelSetMagic):]
	n := binary.LittleEndian.Uint32(b)
	b = b[4:]
	set := modelSet{}
	for range n {
		if len(b) < 2 {
			return nil, errors.New("models: truncated name")
		}
		l := int(binary.LittleEndian.Uint16(b))
		if len(b) < 2+l+4 {
			return nil, errors.New("models: truncated name")
		}
		name := string(b[2 : 2+l])
		b = b[2+l:]
		size := int(binary.LittleEndian.Uint32(b))
		if len(b) < 4+size {
			return nil, fmt.Errorf("models: %s truncated", name)
		}
		enc := b[4 : 4+size]
		if alias, ok := strings.CutPrefix(string(enc), aliasPrefix); ok {
			if set[alias] == nil {
				return nil, fmt.Errorf("models: %s is the same as %q, which comes before it", name, alias)
			}
			set[name] = set[alias] // read-only: one model under both names
		} else {
			m, err := decodeModel(enc)
			if err != nil {
				return nil, fmt.Errorf("models: %s: %w", name, err)
			}
			set[name] = m
		}
		b = b[4+size:]
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("models: %d bytes after the last model", len(b))
	}
	return set, nil
}

package classify

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"borgerfeedback/shared/feedback"
)

// The foreign models read the eleven other languages where their word lists are silent. The lists keep
// meeting phrasings they lack (each fresh blind set found new ones); these logistic regressions, trained
// on texts written in those languages (testdata/train_multilingual.jsonl and the earlier multilingual
// sets, never the tuning sets 5–12 they are measured on), read a danger or staff conduct told in words no
// list has, the way the dev models do for Danish and English. Their features carry across spellings and
// scripts: each word is folded as the foreign lists fold it (accents off, Arabic letters made one) and
// then transliterated (Cyrillic to Latin, sh/ch/zh/kh as one letter), so "убить", "ubit'" and "ubyt"
// share a key, and the model reads each word, each pair of words and the groups of three and four
// letters inside each word ("pomocy" shares evidence with "pomoc", "yardım" with "yardim").

// Foreign model names in models.bin.
const (
	modelUrgentForeign  = "urgent:foreign"
	modelConductForeign = "conduct:foreign"
	// modelCategoryForeign + a complaint category: that category's foreign model (foreignCategories)
	modelCategoryForeign = "category:foreign:"
)

// foreignCategories are the complaint categories with a foreign model: not conduct (the conduct model's),
// praise (only from the lists' words of thanks) or other (the sink the models place texts out of).
var foreignCategories = []string{rt, nts, adv, fu, tech, acc}

// foreignCategoryBits and foreignCategoryPrune size the foreign category models: 2^13 weights, those
// under a tenth of the largest pruned, six models in about 48 KB of models.bin, which keeps the form's
// binary in its 64 KB page (TestFunctionsFitTheSizeGoal). Out of fold on the foreign training texts
// (train_multilingual and train_multilingual2, 820 texts, the rest of the pool always trained on) they
// place as many texts right as 2^14 weights pruned at a twentieth did (+9, −3 against +9, −2 at 0.7).
var foreignCategoryBits, foreignCategoryPrune = 13, 0.1

// ForeignCategoryThreshold is the probability at which the most probable foreign category model places
// a text in another language that the lists left "other" and that is neither urgent nor conduct
// (session 13). "Other" was the sink of the other languages: on the first sight of sets 18–23 and 28,
// 149 of their 248 category errors were a complaint the lists had no words for, left "other". Out of
// fold (above) the classifier's category accuracy on the foreign training texts rose 0.770 → 0.777 at
// 0.5–0.7 and 0.776 at 0.8; 0.7 is the highest bar that keeps the gain.
const ForeignCategoryThreshold = 0.8

// ForeignUrgentThreshold is the foreign urgent model's probability at and above which a text in a
// language other than Danish or English that neither the lists nor the gates decided is urgent. Session
// 9 lowered it from 0.95 by the leave-one-file-out table of `make train` (the whole classifier's urgent
// recall out of fold on the texts written for training), with foreignUrgentThresholdSure's gate; session
// 10 re-checked it there with sets 15–17 added (0.70 and 0.50 find one and two urgent texts more for
// two and three flags: under four right in five), so it stays.
const ForeignUrgentThreshold = 0.80

// foreignUrgentThresholdSure is the foreign urgent model's bar above which its reading stands alone;
// below it (down to ForeignUrgentThreshold) the model adds urgent only to a text the lists could not
// place in any category (not even as told to call if it happens) and that tells of now: a visit or a
// walk told without a word of now or beside a complaint about the call read at p 0.94 (session 9). 0.95
// until session 10, which retrained the model with sets 15–17 and lowered the bar by the
// leave-one-file-out table (0.95 → 0.85: five urgent texts more for six flags out of fold): the walk is
// read at p 0.84 now (TestChildAloneOrOnARoad), the visit under 0.80 — the lowest bar above the pinned
// counterparts, the rule of session 9 (at 0.80 the walk turns).
const foreignUrgentThresholdSure = 0.85

// foreignUrgentThresholdPlaced is the foreign urgent model's bar in a text the lists placed in a
// complaint category or read as thanks: 0.99 until session 10, 0.98 by the leave-one-file-out table
// with sets 15–17 trained on (three urgent texts more out of fold, all right; 0.97: two more for four
// flags); the nearest pinned counterpart is read at p 0.95 (the police standing before the block for an
// hour, TestSomeoneOutsideNow).
const foreignUrgentThresholdPlaced = 0.98

// foreignUrgentThresholdReread is the foreign urgent model's bar in a text whose danger the foreign lists
// set aside only as told in the past or negated (rereadSetAside): the model must be all but certain. Chosen
// in session 11 (cls-20g) on the blind sets 15–22 at the rules each was first measured with: 0.90 to 0.99
// find the same six missed urgent texts with no false alarm there; 0.95 and below add one false alarm
// on main's labelled files (a fear now of a threat a year old, f17b-pl-008) and turn a pinned counterpart
// (a knife threat two years ago, told to a counsellor: p 0.95, TestSetsEighteenToNineteenSecondLook).
const foreignUrgentThresholdReread = 0.99

// ForeignUrgentBars are the foreign urgent model's two higher bars, for make train's tables: the one
// above which its reading stands alone and the one in a text the lists placed.
func ForeignUrgentBars() (sure, placed float64) {
	return foreignUrgentThresholdSure, foreignUrgentThresholdPlaced
}

// ForeignConductThreshold is the foreign conduct model's probability that flags conduct the lists missed
// in a text in another language. 0.98 until session 12, which lowered it on the first sight of blind sets
// 18–23 and 28 (each classified by the rules it was first measured with, before any tuning on it; 297
// conduct texts, 41 missed): 0.90 found four of the missed more and 0.85 six, with no false conduct flag
// at either (0.80 the same as 0.85). On the labelled files at the rules it came into (.201, held-out
// sets not read) 0.85 found 16 more and flagged one text wrongly; it turned one counterpart, a writer who
// told the police officer that she had called twice (p 0.975), kept in TestForeignConductModelCosts.
const ForeignConductThreshold = 0.85

// foreignTrainOptions train the foreign models: few hashed weights (2^14), the weights under a twentieth
// of the largest pruned, so both fit in about 33 KB of models.bin; a slower rate and ten times the dev
// models' weight decay, since with 1,861 texts the dev models' settings gave probabilities of 0 or 1
// ("sehr nett und hilfsbereit, danke" urgent at p=1.00). Out of fold, 2^15 weights or pruning at 0.02
// did no better (make train -foreign-bits, -foreign-prune).
var foreignTrainOptions = TrainOptions{Epochs: 30, Rate: 0.05, L2: 1e-3, PositiveWeight: 2, Seed: 20261207, Bits: 14, Prune: 0.05}

// ForeignTrainingFiles are the labelled sets the foreign models learn from (their texts whose language
// label is not Danish or English): the training texts written for them (sessions 7, 8 and 9), the
// multilingual sets tuned on before session 6 and, from session 9, the later tuning sets and the probes,
// from session 10 also sets 15–17 (ForeignCandidateFiles; the conduct model leaves those out).
var ForeignTrainingFiles = append([]string{"train_multilingual", "multilingual", "tune", "tune2",
	"blind_multilingual", "blind_multilingual2", "blind_multilingual3", "blind_multilingual4", "train_multilingual2"},
	ForeignCandidateFiles...)

// ForeignCandidateFiles are the labelled files session 9 added to the foreign urgent model's training
// (`make train` prints each file left out in turn, with and without them in the pool): the tuning sets
// 5–12 and the probes (the lists were tuned on them) and session 9's training texts (train_multilingual3,
// 958 texts written by other sessions from DOMAIN.md, measured before use). Out of fold they raised the
// whole classifier's urgent recall on the texts written for training from 0.802 to 0.840 at the same
// precision (0.917 → 0.919), and the model's alone at its threshold from 0.495 to 0.611 (doc_intro.md).
// Adopted by the lead on that measure, knowing that the classifier retrained with them took one false
// alarm more on the held-out blind set (urgent precision 0.949 → 0.938 there, above issue 11's 0.90).
// Their floors in the tests now measure text the foreign urgent model learned from. Session 10 added the
// tuning sets 15–17 (blind_multilingual13–15, 545 texts in the other languages) the same way: out of fold
// on the texts written for training and those sets (2,323, 996 urgent) the whole classifier's urgent
// recall rose 0.870 → 0.873 at the thresholds then in use (precision 0.937 → 0.939) and 0.874 → 0.882
// at the re-checked bars (0.935 → 0.938); the model's alone at 0.80 0.744 → 0.764 (0.948 → 0.958).
var ForeignCandidateFiles = []string{"blind_multilingual5", "blind_multilingual6", "blind_multilingual7", "blind_multilingual8",
	"blind_multilingual9", "blind_multilingual10", "blind_multilingual11", "blind_multilingual12",
	"probe_urgent_conduct", "probe_urgent_conduct2", "probe_urgent_conduct3", "probe_urgent_conduct4", "probe_urgent_conduct5",
	"train_multilingual3", "blind_multilingual13", "blind_multilingual14", "blind_multilingual15"}

// ForeignCVFile is the training file the foreign thresholds are cross-validated on: written for the
// models, never tuned on by the lists, so the whole classifier's out-of-fold figures on it are honest.
const ForeignCVFile = "train_multilingual"

// ForeignCVFiles are the training files make train prints the foreign models' cross-validated table for,
// each in turn with the others always in training: train_multilingual, whose table chose the thresholds,
// and session 8's training texts (train_multilingual2, 280 texts written by other sessions from DOMAIN.md,
// measured before use: docs/classification.md), out of fold a fresh check of those thresholds.
var ForeignCVFiles = []string{ForeignCVFile, "train_multilingual2"}

// ForeignExamples keeps the examples the foreign models learn from: those labelled with a language
// other than Danish and English.
func ForeignExamples(examples []Example) []Example {
	return slices.DeleteFunc(slices.Clone(examples), func(ex Example) bool {
		return ex.Language == "" || ex.Language == "da" || ex.Language == "en"
	})
}

func foreignModelSpecs() []modelSpec {
	same := func(o TrainOptions) TrainOptions { return o }
	specs := []modelSpec{
		{modelUrgentForeign, func(ex Example) bool { return ex.Urgent }, same, nil},
		// the conduct model never learns from ForeignCandidateFiles: trained on them it read two pinned
		// counterparts as conduct at p 0.99–1.00 (the writer telling the police, a citizen sent between
		// units: verbs of telling) for little out of fold (doc_intro.md)
		{modelConductForeign, func(ex Example) bool { return ex.Conduct }, func(o TrainOptions) TrainOptions {
			o.PositiveWeight = 1
			return o
		}, func(ex Example) bool { return !slices.Contains(ForeignCandidateFiles, ex.File) }},
	}
	for _, cat := range foreignCategories {
		specs = append(specs, modelSpec{modelCategoryForeign + cat, func(ex Example) bool { return ex.Category == cat }, func(o TrainOptions) TrainOptions {
			o.Bits, o.Prune = foreignCategoryBits, foreignCategoryPrune
			return o
		}, nil})
	}
	return specs
}

// foreignKey is a word's key for the foreign models: folded as the foreign lists fold it and
// transliterated, a number as "#".
func foreignKey(w string) string {
	k := translit(foldForeign(w))
	if k != "" && strings.Trim(k, "0123456789.,:/-") == "" {
		return "#"
	}
	return k
}

// foreignFeatures calls emit with the hash of every feature of the tokens: each word's key, each pair of
// neighbouring keys in a sentence, and each group of three and of four letters of a key with its edges
// marked ("<" and ">"), counted in letters, not bytes, so Arabic and Cyrillic split as Latin does.
func foreignFeatures(toks []token, emit func(h uint32, tok int)) {
	const offset, prime = 2166136261, 16777619
	hashStr := func(h uint32, s string) uint32 {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint32(s[i])) * prime
		}
		return h
	}
	prev := ""
	starts := make([]int, 0, 32)
	if len(toks) > foreignModelWords {
		toks = toks[:foreignModelWords]
	}
	for i, t := range toks {
		if t.script == "" && t.key == "" {
			continue
		}
		k := foreignKey(t.word)
		if k == "" {
			continue
		}
		emit(hashStr(hashStr(offset, "W\x00"), k), i)
		if i > 0 && toks[i-1].sent == t.sent && prev != "" {
			emit(hashStr(hashStr(hashStr(offset, "B\x00"), prev)*prime, k), i)
		}
		prev = k
		if k == "#" {
			continue
		}
		// the rune boundaries of "<" + k + ">": index 0 is '<', then each rune of k, then '>'
		starts = starts[:0]
		for j := range k {
			starts = append(starts, j)
		}
		n := len(starts) + 2 // letters with the edge marks
		if n < 4 {
			continue
		}
		for _, size := range []int{3, 4} {
			for s := 0; s+size <= n; s++ {
				h := hashStr(offset, "C\x00")
				for p := s; p < s+size; p++ {
					switch {
					case p == 0:
						h = (h ^ '<') * prime
					case p == n-1:
						h = (h ^ '>') * prime
					default:
						end := len(k)
						if p < len(starts) {
							end = starts[p]
						}
						h = hashStr(h, k[starts[p-1]:end])
					}
				}
				emit(h, i)
			}
		}
	}
}

// foreignModelWords is how many words of a text the foreign models read: their training texts are
// shorter, and the worst case (400 words) must stay well under a millisecond (TestNoSeedIsSlow).
const foreignModelWords = 64

// foreignHashes lists the foreign feature hashes of the tokens once.
func foreignHashes(toks []token) []uint32 {
	hs := make([]uint32, 0, 12*len(toks))
	foreignFeatures(toks, func(h uint32, _ int) { hs = append(hs, h) })
	return hs
}

// foreignTopWords names the words whose foreign features weigh most towards the model's class.
func (m *linearModel) foreignTopWords(toks []token, n int) []string {
	return m.topWordsBy(foreignFeatures, toks, n)
}

// trainForeignModels trains the foreign models on the examples (all of them: ForeignExamples selects).
func trainForeignModels(examples []Example, o TrainOptions) modelSet {
	return trainSpecs(examples, foreignHashes, foreignModelSpecs(), o)
}

// foreignModelGate says why the foreign models may not add urgent to a text, "" when they may: the
// lists or the gates have decided. A danger the foreign lists found and set aside as negated, over,
// told in the past, asked about, a figure of speech, staff's threat or a danger that ended well is
// decided; so is a text that states safety to the Danish/English reading. The urgent model may still
// read a text whose danger was set aside only by tense or negation (rereadSetAside).
func foreignModelGate(fe foreignEvidence, notes readNotes) string {
	switch {
	case fe.dangerSetAside != "":
		return fe.dangerSetAside
	case fe.overUnrenewed:
		return "the foreign lists read that it is over or all are safe"
	case notes.cleared != nil && notes.cleared():
		return "the Danish/English lists read the danger as over or the writer as safe"
	}
	return ""
}

// rereadSetAside says whether the foreign urgent model reads, at foreignUrgentThresholdReread, a text
// whose danger the foreign lists set aside: only where every danger set aside was set aside as told in
// the past or as negated, no statement that it is over or all are safe stands unrenewed and the
// Danish/English reading states no safety. Those two guards are where the lists were wrong on first
// sight (session 11, cls-20a's analysis of sets 15–22): a whole sentence read as past because one
// clause is ("ten facet z siekierą dalej chodzi" after "był miły"; "ameninţă că ne omoară" beside
// "ne-a luat paşapoartele"; "teraz znowu pije" after yesterday's call), "nobody opens the door" read as
// a negated danger. A danger set aside as over, asked about, staff's or ended well stays decided: the
// model reads "found this morning", "in prison", "the bleeding stopped" at p 0.98–1.00, and a statement
// of safety is the writer's word.
func rereadSetAside(fe foreignEvidence, notes readNotes) bool {
	return fe.dangerSetAside != "" && !fe.setAsideNotTense && !fe.overUnrenewed && (notes.cleared == nil || !notes.cleared())
}

// applyForeignModels asks the foreign models about a text in a language other than Danish and English
// that the lists left unflagged; it returns the reasons of what it added, and the text's foreign model
// features where it computed them (nil where not), for the urgent model's last word (sure.go).
func applyForeignModels(c *feedback.Classification, toks []token, lang string, fe foreignEvidence, notes readNotes, models modelSet, th Thresholds) ([]string, []uint32) {
	mu, mc := models[modelUrgentForeign], models[modelConductForeign]
	if lang == "da" || lang == "en" || len(toks) < 4 || mu == nil && mc == nil || c.Urgent && c.Conduct {
		return nil, nil
	}
	var hs []uint32
	var reasons []string
	if mu != nil && !c.Urgent && !c.Conduct {
		// a text the lists read as staff conduct is a complaint about the call: the model learnt staff
		// shouting "in front of my children" as danger (set 7)
		if why := foreignModelGate(fe, notes); why == "" || rereadSetAside(fe, notes) {
			hs = foreignHashes(toks)
			bar := th.ForeignUrgent
			if why != "" {
				bar = max(bar, foreignUrgentThresholdReread)
			}
			if c.Category != feedback.CategoryOther && !(c.Category == nts && fe.scores[nts] <= fe.toldToWait) {
				// the lists placed the text as a complaint about the service or as thanks: most such texts
				// tell the call afterwards, so the model must be surer; not one told only to wait, which
				// writers under a threat tell (toldToWaitField)
				bar = max(bar, foreignUrgentThresholdPlaced)
			}
			if c.Category != feedback.CategoryOther || len(fe.scores) > 0 || !fe.toldNow {
				// a less sure reading needs a text the lists left unplaced that tells of now
				bar = max(bar, foreignUrgentThresholdSure)
			}
			// not over a trouble told as a habit with no word of now (asked last: it costs a search)
			// nor over a worry about a day to come or an errand about things (set 28: aboutThings)
			if p := mu.probOf(hs); th.ForeignUrgent > 0 && p >= bar && (fe.habitual == nil || !fe.habitual()) && (fe.aboutThings == nil || !fe.aboutThings()) {
				c.Urgent = true
				reason := fmt.Sprintf("urgent (model for %s): p=%.2f, most weight on '%s'", lang, p, strings.Join(mu.foreignTopWords(toks, 3), "', '"))
				if why != "" {
					// staff weigh it: the lists had read the danger as past or denied
					how := "as told in the past"
					if fe.setAsideAs == "negated" {
						how = "as negated"
					}
					reason += "; the word lists had set the danger aside " + how + ": the model reads it as danger now"
				}
				reasons = append(reasons, reason)
			}
		}
	}
	// nor over a text the lists read as advice: "one operator said …, another said …" tells of staff
	// telling, which the model learnt from staff telling others who called (set 9); nor over one sent
	// from one place to another ("am Telefon hat man gesagt, ich soll zum Bürgeramt …": sentAround)
	if mc != nil && !c.Conduct && !fe.conductSetAside && c.Category != ros && c.Category != adv && fe.scores[adv] == 0 {
		if hs == nil {
			hs = foreignHashes(toks)
		}
		bar := th.ForeignConduct
		if notes.quoted && th.ConductQuoted > 0 {
			// a remark given word for word: the model's own decision (quoted.go)
			bar = min(bar, th.ConductQuoted)
		}
		if p := mc.probOf(hs); th.ForeignConduct > 0 && p >= bar {
			c.Conduct, c.Category = true, cond
			reasons = append(reasons, fmt.Sprintf("conduct (model for %s): p=%.2f, most weight on '%s'", lang, p, strings.Join(mc.foreignTopWords(toks, 3), "', '")))
		}
	}
	return reasons, hs
}

// prune zeroes the weights whose size is below the fraction of the largest: they move a probability by
// little and cost two bytes each in models.bin.
func prune(w []float64, fraction float64) {
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	for i, v := range w {
		if math.Abs(v) < fraction*maxAbs {
			w[i] = 0
		}
	}
}

// ForeignModelSize is how many bytes the foreign models trained on the pool add to models.bin.
func ForeignModelSize(pool []Example, o TrainOptions) int {
	return len(encodeModelSet(trainForeignModels(ForeignExamples(pool), o)))
}

// placeForeign gives a text in a language other than Danish and English that the lists left "other",
// and that is neither urgent (the corpus labels danger now "other") nor conduct, the complaint category
// whose foreign model is most sure of it, at ForeignCategoryThreshold or above; it returns the reason,
// "" when it placed nothing. fc is the foreign lists' category; foreignHs the text's foreign features
// where applyForeignModels computed them (nil: computed here).
func placeForeign(c *feedback.Classification, toks []token, lang, fc string, foreignHs []uint32, models modelSet, th Thresholds) string {
	if th.ForeignCategory <= 0 || lang == "da" || lang == "en" || c.Category != feedback.CategoryOther || fc != feedback.CategoryOther || c.Urgent || c.Conduct || len(toks) < 4 {
		return ""
	}
	if slices.ContainsFunc(toks, func(t token) bool { return t.ownQuestion }) {
		return "" // a plain question is "other" ("Was soll man machen, wenn …? Ich frage nur."): it complains of nothing
	}
	hs := foreignHs
	if hs == nil {
		hs = foreignHashes(toks)
	}
	best, bp := "", 0.0
	for _, cat := range foreignCategories {
		if m := models[modelCategoryForeign+cat]; m != nil {
			if p := m.probOf(hs); p > bp {
				best, bp = cat, p
			}
		}
	}
	if best == "" || bp < th.ForeignCategory {
		return ""
	}
	c.Category = best
	return fmt.Sprintf("%s (model for %s): p=%.2f, most weight on '%s'", best, lang, bp, strings.Join(models[modelCategoryForeign+best].foreignTopWords(toks, 3), "', '"))
}

package classify

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The evidence stage: what the word lists saw in one text and the context rules that weigh it — who a
// word is about (the writer, staff, someone else), when it happened (now, earlier, over) and what a
// negation covers.

// evidence collects what was seen in one text.
type evidence struct {
	toks            []token
	flags           []uint32 // bit per single-word rule kind
	staffSent       []int    // sentences naming staff, also generically ("damen")
	strongStaffSent []int    // sentences naming staff unmistakably ("betjenten", "the operator")
	staffClause     []int    // clauses naming staff, also generically
	third           []hit    // mentions of someone else ("min nabo", "a man on the bus")
	untimed         []hit    // danger words in sentences that tell no tense, neither past nor present
	// cleared: a danger word the lists found is negated, denied, declared over, names a case or follows
	// a past auxiliary ("ikke truet længere", "nu er jeg i sikkerhed", "mareridt om ulykken", "prøvede
	// at tage sit liv"); the urgent model does not overrule that
	cleared bool
	// conductDenied: a conduct word the lists found is negated ("ikke uhøflig"), the writer's own ("jeg
	// var selv uhøflig") or someone else's ("kommunen var uhøflig"); the conduct model does not overrule it
	conductDenied bool
	// conductHint: a word that describes behaviour (aggressiv, sur, råbte …) stands in the text, whoever
	// it is about
	conductHint bool
	reasons     []string
	// hypothetical: hypotheticalQuestion's answer per sentence, worked out for all sentences on first use
	// (asked once per cue, it would read the whole text each time)
	hypothetical map[int]bool
	// future: futureDated's answer per sentence, worked out for all sentences on first use
	future map[int]bool
	// danish: danishText's answer (0 not worked out yet, 1 Danish, 2 not), counted once per text
	danish int8
	// general and pastClause: generalStatement's answer per sentence and clausePast's per clause, worked
	// out for the whole text on first use (asked once per cue, each read the whole text)
	general, pastClause map[int]bool
}

func (e *evidence) has(i, kind int) bool {
	return i >= 0 && i < len(e.flags) && e.flags[i]&(1<<kind) != 0
}

func (e *evidence) reason(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	for _, r := range e.reasons {
		if r == s {
			return
		}
	}
	if len(e.reasons) < 20 {
		e.reasons = append(e.reasons, s)
	}
}

func (e *evidence) words(h hit) string {
	ws := make([]string, 0, h.end-h.start+1)
	for i := h.start; i <= h.end; i++ {
		ws = append(ws, e.toks[i].word)
	}
	if h.fuzzy != "" {
		return strings.Join(ws, " ") + " (≈" + h.fuzzy + "…)"
	}
	return strings.Join(ws, " ")
}

// negation reports the negating word when one stands up to four words before (not across "og"/"and") the cue in the same
// clause, between its words, or right after it ("råbte ikke", "ventetiden var ikke lang").
// softeners also negate waiting cues ("kort ventetid").
func (e *evidence) negation(h hit, softeners bool) (string, bool) {
	if h.rule.hasNeg {
		return "", false
	}
	t := e.toks
	for i := h.start - 1; i >= h.start-4 && i >= 0 && t[i].clause == t[h.start].clause; i-- {
		if e.negator(i) && i+1 < h.start && (disbelief(t[i+1].key) || stopWord(t[i+1].key)) {
			break // "can't believe how slow", "won't stop bleeding": the negation belongs to "believe", "stop"
		}
		if e.negator(i) || (softeners && e.has(i, kSoftener) && softens(t[i].key, i, h, t)) {
			return t[i].word, true
		}
		if t[i].key == "og" || t[i].key == "and" { // "ingen ventetid og en venlig betjent"
			break
		}
	}
	for i := h.start + 1; i <= h.end; i++ { // "gjorde intet": the negation may be the phrase's last word
		if e.negator(i) {
			return t[i].word, true
		}
	}
	n := h.end + 1
	neg := func(i int) bool { // after the cue, "uden"/"without" starts a phrase ("skubbede mig uden grund")
		k := t[i].key
		return (e.negator(i) && k != "uden" && k != "without") || (softeners && e.has(i, kSoftener))
	}
	if n < len(t) && t[n].clause == t[h.end].clause {
		if neg(n) && n+1 < len(t) && stopWord(t[n+1].key) {
			return "", false // "the bleeding won't stop": the negation belongs to "stop", the cue holds
		}
		if neg(n) {
			return t[n].word, true
		}
		if e.has(n, kCopula) && n+1 < len(t) && t[n+1].clause == t[h.end].clause && neg(n+1) {
			return t[n+1].word, true
		}
	}
	return "", false
}

// disbelief: verbs a negation attaches to in "can't believe how …", "kan ikke fatte at …".
func disbelief(k string) bool {
	switch k {
	case "believe", "fatte", "forsta", "understand", "begribe":
		return true
	}
	return false
}

// softens reports whether a softener negates a waiting cue: "kort ventetid" always, "lidt ventetid" only
// right before a noun ("lidt lang tid" is still a complaint).
func softens(key string, i int, h hit, t []token) bool {
	if key != "lidt" && key != "little" {
		return true
	}
	return i == h.start-1 && !strings.HasPrefix(t[h.start].key, "lang") && !strings.HasPrefix(t[h.start].key, "long")
}

func (e *evidence) sentenceHas(sent, kind int) bool {
	for i, t := range e.toks {
		if t.sent == sent && e.has(i, kind) {
			return true
		}
	}
	return false
}

// negator reports a negating word at i; "uden for" (outside) is a place, not a negation.
func (e *evidence) negator(i int) bool {
	if !e.has(i, kNegator) {
		return false
	}
	return !(e.toks[i].key == "uden" && i+1 < len(e.toks) && e.toks[i+1].key == "for")
}

func (e *evidence) aboutStaff(sent int) bool { return slices.Contains(e.staffSent, sent) }

// otherSubject: the clause of h names no staff, and a pronoun stands before the cue in it, while staff
// are named only elsewhere in the sentence: "He was threatening me when I called, but the officers
// came" describes him.
func (e *evidence) otherSubject(h hit) bool {
	t := e.toks
	cl := t[h.start].clause
	// the nearest mention before the cue decides: "the officer who talked me through the night my ex
	// kept threatening me" is about the ex
	staffAt, otherAt := -1, -1
	for i := 0; i < h.start; i++ {
		if t[i].clause == cl && (e.has(i, kStaff) || e.has(i, kGenericStaff)) {
			staffAt = i
		}
	}
	for _, o := range e.third {
		if o.end < h.start && t[o.start].clause == cl {
			otherAt = max(otherAt, o.start)
		}
	}
	if otherAt > staffAt {
		return true // someone else named before the cue, nearer than any staff (or with no staff before it)
	}
	for _, o := range e.third {
		if o.start == h.end+1 {
			return true // "rude neighbour, lovely officer"
		}
	}
	for i := range t {
		if t[i].clause == cl && (e.has(i, kStaff) || e.has(i, kGenericStaff)) {
			return false
		}
	}
	for p := h.start - 1; p >= 0 && t[p].clause == cl; p-- {
		switch t[p].key {
		case "he", "she", "han", "hun", "they":
			return true
		}
	}
	return false
}

// selfDescribed: the writer describes themself ("jeg var selv lidt uhøflig", "I was rude myself").
func (e *evidence) selfDescribed(h hit) bool {
	t := e.toks
	if len(h.rule.parts) != 1 {
		return false // a phrase ("truet af en betjent") tells what was done to the writer
	}
	if k := t[h.start].key; h.start > 0 && strings.HasSuffix(k, "ed") && (t[h.start-1].key == "was" || t[h.start-1].key == "were") {
		return false // a passive: "I was insulted by the officer" was done to the writer
	}
	// "jeg" (or "I'm") and then only a copula and softeners before the cue: "jeg var selv lidt uhøflig",
	// not "han spurgte om jeg overhovedet havde opholdstilladelse"
	for p := h.start - 1; p >= 0 && p >= h.start-7 && t[p].clause == t[h.start].clause; p-- {
		switch t[p].key {
		case "jeg", "im", "myself":
			return true
		case "i":
			if p+1 < len(t) && (t[p+1].key == "was" || t[p+1].key == "am") {
				return true // English "I was rude"; Danish "i" is "in" or "you"
			}
			continue
		case "var", "er", "selv", "lidt", "ogsa", "meget", "nok", "jo", "was", "am", "a", "bit", "too", "also",
			"the", "one", "who", "den", "ene", "der", "som":
			continue
		}
		return false
	}
	return false
}

// writerWasRude: the writer is the one who was rude, in a text that thanks or apologises ("jeg var lidt
// sur i tlf undskyld … tak", "I shouted at her, sorry — she was patient, thanks"): the nearest person
// before the cue in its sentence is the writer ("jeg", "jag", "eg", English "I"). A passive ("jeg blev
// råbt ad", "I was shouted at") is done to the writer, and "i" in a Danish text is "you".
func (e *evidence) writerWasRude(h hit) bool {
	t := e.toks
	if !thanksOrSorry(t) && !e.writerHimself(h) {
		return false
	}
	sent := t[h.start].sent
	for p := h.start - 1; p >= 0 && p >= h.start-8 && t[p].sent == sent; p-- {
		if e.has(p, kStaff) || e.has(p, kGenericStaff) {
			if objectOf(t, p) {
				continue // "I was rude to the operator and swore at him": the one it was done to
			}
			return false
		}
		switch k := t[p].key; k {
		case "jeg", "jag", "eg", "im", "ive", "i":
			if k == "i" && e.danishText() {
				return false
			}
			for q := p + 1; q < h.start; q++ { // the cue's own words ("being so dramatic") are no passive
				switch t[q].key {
				case "blev", "bliver", "blevet", "ble", "blir", "blitt", "got", "get", "been", "being":
					return false
				case "was", "were", "var", "er", "am", "is":
					if q+1 == h.start && (strings.HasSuffix(t[h.start].key, "ed") || strings.HasSuffix(t[h.start].key, "et")) {
						return false // "I was insulted", "jeg var krænket"
					}
				}
			}
			return true
		case "han", "hun", "de", "he", "she", "they", "you", "du", "dere", "ni", "hon", "vi", "we", "den", "det", "it":
			return false
		}
	}
	return false
}

// toldByWriter: a disclosure cue whose teller is the writer — "jeg" or English "I" right before it, the
// cue opening with them ("I told them a man was following my daughter"), or after the verb ("Da jeg
// ringede, fortalte jeg, at min nabo havde truet mig"): the writer telling staff, not staff telling.
func (e *evidence) toldByWriter(h hit) bool {
	t := e.toks
	writer := func(i int) bool {
		if i < 0 || i >= len(t) || t[i].sent != t[h.start].sent {
			return false
		}
		switch t[i].key {
		case "jeg", "vi", "we":
			return true
		case "i":
			return !e.danishText()
		}
		return false
	}
	return writer(h.start-1) || writer(h.start) || saidOnTheCall(t[h.start].key) && writer(h.start+1)
}

// writerToldOnly: the text has verbs of telling (sagde, fortalte, told, said …) and every one has the
// writer as its subject, right before or after it ("jeg sagde", "fortalte jeg", "I told").
func (e *evidence) writerToldOnly() bool {
	t := e.toks
	n := 0
	for i := range t {
		switch t[i].key {
		case "svarede", "svarer", "answered", "replied", "responded", "kaldte", "called":
			return false // staff's own words are told too ("Han svarede 'det er du nok ikke den eneste …'")
		}
		if !saidOnTheCall(t[i].key) {
			continue
		}
		n++
		before := i > 0 && t[i-1].sent == t[i].sent && (t[i-1].key == "jeg" || t[i-1].key == "vi" || t[i-1].key == "we" || t[i-1].key == "i" && !e.danishText())
		after := i+1 < len(t) && t[i+1].sent == t[i].sent && (t[i+1].key == "jeg" || t[i+1].key == "vi")
		if !before && !after {
			return false
		}
	}
	return n > 0
}

// writersOwn: the writer's own matter named right before the cue ("renew my residence permit", "min
// opholdstilladelse"): the topic of their question, not a remark staff made about them.
func (e *evidence) writersOwn(h hit) bool {
	if h.start == 0 || e.toks[h.start-1].sent != e.toks[h.start].sent {
		return false
	}
	switch e.toks[h.start-1].key {
	case "my", "min", "mit", "mine", "our", "vores":
		return true
	}
	return false
}

// writerHimself: "jeg selv", "I myself" before the cue in its clause ("selvom jeg selv var vred og råbte
// ad hende"): the writer stresses it was their own doing.
func (e *evidence) writerHimself(h hit) bool {
	t := e.toks
	for p := h.start - 1; p > 0 && p >= h.start-6 && t[p].clause == t[h.start].clause; p-- {
		if (t[p].key == "selv" || t[p].key == "myself") && (t[p-1].key == "jeg" || t[p-1].key == "i") {
			return true
		}
	}
	return false
}

// acrossBut: a phrase hit whose parts stand on both sides of "men"/"but" ("han truede mig med kniv i
// går men han er anholdt nu" is a threat and an arrest, not a threat of arrest).
func (e *evidence) acrossBut(h hit) bool {
	for p := h.start + 1; p < h.end; p++ {
		if k := e.toks[p].key; k == "men" || k == "but" {
			return true
		}
	}
	return false
}

// objectOf: the word at p follows a preposition, directly or after an article ("to the operator",
// "ad damen", "på operatøren"): it is what was done to, not who did it.
func objectOf(t []token, p int) bool {
	for q := p - 1; q >= 0 && q >= p-2; q-- {
		switch t[q].key {
		case "to", "at", "with", "ad", "pa", "til", "med", "mod", "mot", "the", "den", "det", "en", "et":
			if k := t[q].key; k == "the" || k == "den" || k == "det" || k == "en" || k == "et" {
				continue
			}
			return true
		}
		return false
	}
	return false
}

// thanksOrSorry: the text thanks or apologises.
func thanksOrSorry(t []token) bool {
	for _, x := range t {
		switch x.key {
		case "tak", "takk", "tack", "thanks", "thank", "thx", "undskyld", "beklager", "sorry", "sry", "soz", "apologise", "apologize", "apologies", "unnskyld", "ursakta", "forlat":
			return true
		}
	}
	return false
}

// aboutSomeoneElse: the sentence of h names someone other than staff, outside the cue itself ("fortalte
// min nabo" names the neighbour as the one told), and no one unmistakably staff.
func (e *evidence) aboutSomeoneElse(h hit) bool {
	sent := e.toks[h.start].sent
	if h.rule.disclosure {
		// the one told is named in or after the cue; the teller before it: "min nabo fortalte alle hvor
		// jeg bor" is the neighbour's doing
		switch e.toks[h.start].key {
		case "fortalte", "fortalt", "sagde", "videregav", "afslorede", "delte", "oplyste", "told", "shared", "leaked", "revealed", "gave", "gav":
		default:
			return false // "fordi vi er mørke": the relative named before is the one it was done to
		}
		cl := e.toks[h.start].clause
		for _, o := range e.third {
			if e.toks[o.start].clause == cl && o.end < h.start && !e.staffBetween(o.end, h.start) {
				return true
			}
		}
		return false
	}
	// someone else named right at the cue, nearer than any staff: "rude neighbour, lovely officer",
	// "det var kommunen der var uhøflig, ikke jer"; or named before it in its own clause, where no
	// staff stand ("My neighbour was rude and called me an idiot, and the police said …")
	// The nearest person named before the cue in its clause decides, and the clause of a noun whose
	// relative clause stands between them counts as the cue's own ("Manden, der havde kørt ind i min
	// bil, var ubehagelig"): "min nabo skreg ad mig, da jeg ringede til jer" is about the neighbour.
	clause := e.toks[h.start].clause
	main := e.mainClause(h.start)
	// a clause that opens with the cue has no subject of its own: it shares the one before ("The man who
	// hit my car was screaming, called me a stupid foreigner, but the police were brilliant")
	prev, prevMain := -1, -1
	if h.start > 0 && e.toks[h.start-1].clause != clause && e.toks[h.start-1].sent == sent {
		prev, prevMain = e.toks[h.start-1].clause, e.mainClause(h.start-1)
	}
	for _, o := range e.third {
		oc := e.toks[o.start].clause
		if (oc == clause || oc == main || oc == prev || oc == prevMain) && o.end < h.start && !e.staffBetween(o.end, h.start) && !e.calledObject(o) {
			return true
		}
	}
	for _, o := range e.third {
		if e.toks[o.start].sent == sent && (o.start == h.end+1 || (o.end < h.start && h.start-o.end <= 3 && !e.staffBetween(o.end, h.start) && !e.calledObject(o))) {
			return true
		}
	}
	if slices.Contains(e.strongStaffSent, sent) {
		return false
	}
	for _, o := range e.third {
		// someone named in its sentence; the writer's own relative named after the cue is the object
		// ("they made a joke about my hijab and asked if my husband allowed me to call")
		if e.toks[o.start].sent != sent || o.start <= h.end && o.end >= h.start {
			continue
		}
		if k := e.toks[o.start].key; o.start > h.end && (k == "my" || k == "min" || k == "mit" || k == "mine") || e.calledObject(o) {
			continue
		}
		return true
	}
	return false
}

// calledObject: the one named is the object of a verb of calling someone something ("betjenten kaldte
// min kæreste for perker", "the officer called my son a …"): the one the word was said to, not the one
// who said it (set 22, cls-20u).
func (e *evidence) calledObject(o hit) bool {
	for p := o.start - 1; p >= 0 && p >= o.start-2 && e.toks[p].clause == e.toks[o.start].clause; p-- {
		switch e.toks[p].key {
		case "kaldte", "kalder", "kaldt", "called", "calls", "calling":
			return true
		}
	}
	return false
}

// mainClause is the clause a word belongs to when a relative clause ("der …", "som …", "who …") cut
// it off from its subject: in "Manden, der havde kørt ind i min bil, var ubehagelig" the third clause
// continues the first. Otherwise the word's own clause.
func (e *evidence) mainClause(i int) int {
	t := e.toks
	cl := t[i].clause
	// the first token of the clause before the word's
	j := i
	for j >= 0 && t[j].clause == cl {
		j--
	}
	if j < 0 || t[j].sent != t[i].sent {
		return cl
	}
	prev := t[j].clause
	k := j
	for k >= 0 && t[k].clause == prev {
		k--
	}
	switch t[k+1].key {
	case "der", "som", "who", "which":
		if k >= 0 && t[k].sent == t[i].sent {
			return t[k].clause
		}
	}
	return cl
}

// notDanger: a danger word that is something else here. In Danish "fire" is four ("fire gange"), and a
// threat to sack, sue, evict or report someone is no danger to life ("truer med at fyre mig").
func (e *evidence) notDanger(h hit) bool {
	t := e.toks
	if k := t[h.start].key; (k == "sker" || k == "happening") && h.start > 0 {
		for p := h.start - 1; p >= 0 && p >= h.start-3 && t[p].sent == t[h.start].sent; p-- {
			if t[p].key == "hvad" || t[p].key == "what" {
				return true // "hvad der sker nu med sagen" asks what comes next
			}
		}
	}
	// "pendlar över bron varje dag", "drove across the bridge": the bridge as the way one travels, not
	// the place someone stands at the edge of (set 23, cls-22u)
	if k := t[h.start].key; h.start == h.end && h.start > 0 && (k == "broen" || k == "bron" || k == "bridge") {
		switch t[h.start-1].key {
		case "over", "across", "via":
			return true
		}
	}
	if h.start == h.end && (t[h.start].key == "fire" || t[h.start].key == "fires") && e.danishText() {
		return true
	}
	// "thank you to the fire crew", "the fire brigade": the fire service named, not a fire
	if n := h.end + 1; h.start == h.end && t[h.start].key == "fire" && n < len(t) && t[n].sent == t[h.start].sent {
		switch t[n].key {
		case "crew", "crews", "brigade", "service", "department", "fighters", "fighter", "station", "truck", "trucks", "engine", "engines", "man", "men":
			return true
		}
	}
	// "jeg er bange for hvad der sker når han bliver lukket ud i næste uge", "I'm scared he'll come back
	// next month": fear of a day to come is a worry to talk through, not danger now
	if k := t[h.start].key; h.start == h.end && fearWord(k) && e.futureDated(t[h.start].sent) {
		e.cleared = true
		return true
	}
	// "jeg er bange for, at politiet ikke …", "I'm afraid that nobody …": an opinion, not fear of danger
	if k := t[h.start].key; h.start == h.end && (k == "bange" || k == "afraid" || k == "frygter" || k == "scared" || k == "utryg") {
		n := h.end + 1
		// "utryg ved at være alene hjemme om aftenen" (set 22, cls-20u): uneasy about a thing to do, a worry
		if n < len(t) && (t[n].key == "for" || t[n].key == "of" || t[n].key == "ved") && t[n].sent == t[h.start].sent {
			n++
		}
		if n < len(t) && t[n].sent == t[h.start].sent {
			switch t[n].key {
			case "at", "that", "hvad", "what", "hvordan", "how", "hvornar", "whether":
				if e.generalStatement(t[h.start].sent) {
					// "jeg er generelt utryg ved at gå hjem om aftenen": a worry told in general, which keeps
					// the model out as a general statement does (cls-21f2's threat family, a counterpart)
					e.cleared = true
				}
				return true // "bange for hvad der sker", "afraid of what he'll do when he gets out": a worry
			}
		}
	}
	// "knapperne reagerer ikke", "the app is not responding": a machine, not a person
	if h.end > h.start {
		switch t[h.start].key {
		case "reagerer", "svarer", "not", "isnt", "is":
			for p := h.start - 1; p >= 0 && p >= h.start-3 && t[p].sent == t[h.start].sent; p-- {
				if machineWord(t[p].key) {
					return true
				}
			}
		}
	}
	// "min far er udenfor livsfare": out of danger, not someone outside
	if n := h.end + 1; n < len(t) && t[n].sent == t[h.start].sent && (t[h.end].key == "udenfor" || t[h.end].key == "for") && (t[n].key == "livsfare" || t[n].key == "fare") {
		return true
	}
	// "kom nu til sagen", "come on, get to the point": an idiom of impatience, not a call for help
	if t[h.end].key == "nu" && t[h.start].key == "kom" && h.end+1 < len(t) && t[h.end+1].sent == t[h.start].sent && t[h.end+1].key == "til" {
		return true
	}
	// "skal jeg vente til han slår mig?", "do I have to wait until he hurts me?": a danger to come
	for p := h.start - 1; p > 0 && p >= h.start-4 && t[p].clause == t[h.start].clause; p-- {
		if (t[p].key == "til" || t[p].key == "until" || t[p].key == "till") && (t[p-1].key == "vente" || t[p-1].key == "venter" || t[p-1].key == "wait") {
			// not cleared: the model still reads the rest ("Han står nede i gården igen lige nu … Skal jeg
			// virkelig vente til han er inde i lejligheden?" is urgent)
			return true
		}
	}
	// "next time he threatens you, call us", "næste gang han truer dig": a danger to come told of, not
	// reported (probe 4)
	for p := h.start - 1; p > 0 && p >= h.start-4 && t[p].clause == t[h.start].clause; p-- {
		if (t[p].key == "time" && t[p-1].key == "next") || (t[p].key == "gang" && t[p-1].key == "naste") {
			e.cleared = true
			return true
		}
	}
	// "I have said goodbye to everyone at work since I'm moving to Aarhus": a farewell for a move, a
	// journey or a leaving party, not a farewell to life (probe 4)
	if h.end > h.start && slices.ContainsFunc(t[h.start:h.end+1], func(w token) bool {
		return w.key == "farvel" || w.key == "goodbye" || w.key == "goodbyes" || w.key == "afsked"
	}) {
		for p := range t {
			if t[p].sent != t[h.start].sent {
				continue
			}
			switch t[p].key {
			case "moving", "move", "moved", "flytter", "flytte", "flyttet", "rejser", "rejse", "travelling", "traveling", "holiday", "ferie", "vacation",
				"udlandet", "abroad", "pension", "retiring", "festen", "party", "afskedsreception", "emigrating", "udvandrer":
				e.cleared = true // the model does not read it as a farewell to life either
				return true
			}
		}
	}
	// "så gider jeg ik ringe mere", "kan ikke kontakte jer mere": giving up on calling the police, not on
	// life (set 13) — a verb of calling or writing inside "gider/kan/vil ikke … mere"
	if h.end > h.start+2 && t[h.end].key == "mere" {
		for p := h.start + 1; p < h.end; p++ {
			switch t[p].key {
			case "ringe", "ring", "ringer", "kontakte", "skrive", "henvende", "anmelde", "klage", "call", "contact":
				return true
			}
		}
	}
	// "jeg drukner i papirarbejde", "drowning in paperwork": a figure of speech, not the water (probe 4)
	if k := t[h.start].key; h.start == h.end && (k == "drukner" || k == "drunkner" || k == "drowning") && h.end+2 < len(t) &&
		(t[h.end+1].key == "i" || t[h.end+1].key == "in") {
		for n := h.end + 2; n <= h.end+3 && n < len(t) && t[n].sent == t[h.start].sent; n++ {
			switch t[n].key {
			case "papirarbejde", "papirer", "arbejde", "mails", "sager", "regninger", "blanketter", "opgaver", "lektier",
				"paperwork", "work", "emails", "bills", "forms", "papers", "debt", "gaeld", "gald":
				return true
			}
		}
	}
	// "tak skal do ha" (dialect for "du"): thanks, not "skal dø"
	if t[h.end].key == "do" && h.end+1 < len(t) && t[h.end+1].sent == t[h.start].sent {
		switch t[h.end+1].key {
		case "ha", "have", "hav", "fa", "faa":
			return true
		}
	}
	// "nogen i haven" is a garden only in Danish: "someone could have died" is the English verb
	if t[h.end].key == "have" && h.end > h.start && !e.danishText() {
		return true
	}
	// "afraid of being evicted", "bange for at blive fyret": fear of a consequence, not of harm
	if k := t[h.start].key; h.start == h.end && fearWord(k) {
		for n := h.end + 1; n <= h.end+4 && n < len(t) && t[n].clause == t[h.start].clause; n++ {
			switch t[n].key {
			case "evicted", "fired", "sacked", "losing", "lose", "deported", "fined", "udsat", "fyret", "opsagt", "smidt", "miste", "bode", "boden", "udvist":
				return true
			}
		}
	}
	// a weak word or shouting in a clause of "when/whenever/når/hver gang" ("when they play outside"):
	// what happens each time, not now; any danger word so with an impersonal subject right before it ("det
	// føles som en evighed, når det brænder", "when it burns every second counts"; set 22, cls-20u)
	if (h.rule.kind == kWeakDanger || shoutWord(t[h.start].key) || h.start > 0 && impersonal(t[h.start-1].key)) && e.whenClause(h.start) && !e.nowInSentence(t[h.start].sent) {
		return true
	}
	// shouting told as a habit ("keeps shouting racist abuse at my kids when they play", "råber
	// skældsord efter mig hver dag") is harassment to complain of, not danger now, unless a "now" says
	// it is happening as the writer writes
	if shoutWord(t[h.start].key) && h.start == h.end && e.habitual(t[h.start].sent) && !e.nowInSentence(t[h.start].sent) {
		return true
	}
	// "kom nu" / "come on" ending a complaint told in the past, with no danger named: "come on!"
	if (t[h.start].key == "kom" || t[h.start].key == "come") && h.end == h.start+1 && e.exasperation(h.start) {
		return true
	}
	// chasing told as a habit ("my insurance company is chasing me daily", "jagter mig hver dag for
	// pengene") is someone pressing, not pursuit now, unless a "now" says it is happening as the writer writes
	if (t[h.start].key == "chasing" || t[h.start].key == "chases" || t[h.start].key == "jagter") && e.habitual(t[h.start].sent) && !e.nowInSentence(t[h.start].sent) {
		e.cleared = true // decided: the models do not overrule it
		return true
	}
	// "naboen slår sin hund", "he is kicking the dog": an animal, not a person in danger
	possessive := func(k string) bool {
		return k == "sin" || k == "sine" || k == "hans" || k == "hendes" || k == "his" || k == "her" || k == "the" || k == "their" ||
			k == "min" || k == "mit" || k == "vores" || k == "my" || k == "our"
	}
	animal := func(k string) bool {
		switch k {
		case "hund", "hunden", "hunde", "hundene", "kat", "katten", "hest", "hesten", "dog", "dogs", "cat", "horse":
			return true
		}
		return false
	}
	if n := h.end + 1; n < len(t) && t[n].sent == t[h.start].sent {
		if animal(t[n].key) && (possessive(t[h.end].key) || h.start == h.end) ||
			h.start == h.end && possessive(t[n].key) && n+1 < len(t) && animal(t[n+1].key) {
			return true
		}
	}
	// a threat whose object is an animal ("truer med at slå min hund ihjel", "threatens to kill our cat"),
	// with no person named between
	if k := t[h.start].key; k == "truer" || k == "truede" || k == "threatens" || k == "threatened" || k == "threatening" {
	animalObject:
		for n := h.end + 1; n <= h.end+6 && n+1 < len(t) && t[n].clause == t[h.start].clause; n++ {
			switch t[n].key {
			case "mig", "os", "ham", "hende", "dem", "me", "us", "him", "her", "them", "bornene", "born", "kids", "children", "familie", "family":
				break animalObject
			}
			if possessive(t[n].key) && animal(t[n+1].key) {
				return true
			}
		}
	}
	for p := h.start; p <= h.end+4 && p < len(t) && t[p].clause == t[h.start].clause; p++ {
		switch t[p].key {
		case "truer", "truede", "true", "threatens", "threatened", "threatening", "threaten":
			for q := p + 1; q <= p+4 && q < len(t); q++ {
				switch t[q].key {
				case "fyre", "opsige", "fire", "sack", "sue", "sagsoge", "anmelde", "report", "evict", "smide", "udsatte", "lukke",
					"lagge", "dele", "poste", "post", "publish", "share", "billeder", "pictures", "photos", "nogenbilleder", "nudes":
					if t[h.start].key == t[p].key { // the threat word itself names the non-violent threat
						e.cleared = true
						return true
					}
					return false
				}
			}
		}
	}
	return false
}

// impersonal: the subject of what is true of any time ("når det brænder", "when it burns", "når man
// bliver truet").
func impersonal(k string) bool { return k == "det" || k == "man" || k == "it" || k == "one" }

// everyTime: token i opens "hver/hvert/every" and a time noun in its sentence ("hver nat", "hvert år",
// "every evening"): a habit, not now.
func everyTime(t []token, i int) bool {
	switch t[i].key {
	case "hver", "hvert", "every":
		return i+1 < len(t) && t[i+1].sent == t[i].sent && timeNoun(t[i+1].key)
	}
	return false
}

// timeNoun: days and times a habit recurs on.
func timeNoun(k string) bool {
	switch k {
	case "dag", "nat", "aften", "uge", "weekend", "morgen", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag",
		"day", "night", "evening", "week", "morning", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"ar", "year", "nytarsaften", "nytar": // "hvert år", "every year", "hver nytårsaften" (set 22, cls-20u)
		return true
	}
	return false
}

// machineWord: things on the phone or the web that can "not respond".
func machineWord(k string) bool {
	switch k {
	case "knappen", "knapperne", "knap", "siden", "hjemmesiden", "appen", "app", "linket", "link", "formularen", "systemet", "computeren",
		"skarmen", "telefonen", "mobilen", "button", "buttons", "page", "website", "site", "form", "system", "screen", "phone", "computer":
		return true
	}
	return false
}

// shoutWord: shouting and screaming, danger only when it happens now.
func shoutWord(k string) bool {
	switch k {
	case "raber", "skriger", "shouting", "yelling", "screaming", "shouts", "yells", "screams":
		return true
	}
	return false
}

// habitual: the sentence tells of a habit ("hver dag", "every day", "keeps", "always", "when they
// play", "hele tiden").
func (e *evidence) habitual(sent int) bool {
	t := e.toks
	for i := range t {
		if t[i].sent != sent {
			continue
		}
		switch t[i].key {
		case "keeps", "always", "altid", "constantly", "konstant", "whenever", "hver", "hvert", "every", "daily", "dagligt", "dagligen":
			return true
		case "hele", "all":
			if i+1 < len(t) && (t[i+1].key == "tiden" || t[i+1].key == "the") {
				return true
			}
		}
	}
	return false
}

// whenClause: the clause of token i opens with "when", "whenever", "når" or "hver gang" before it.
func (e *evidence) whenClause(i int) bool {
	t := e.toks
	for p := i - 1; p >= 0 && p >= i-5 && t[p].clause == t[i].clause; p-- {
		switch t[p].key {
		case "when", "whenever", "nar":
			return true
		case "gang":
			if p > 0 && t[p-1].key == "hver" {
				return true
			}
		}
	}
	return false
}

// nowInSentence: "nu", "now", "lige nu", "right now" in the sentence ("stadig"/"still" and the habit's
// "hver dag" are not this now).
func (e *evidence) nowInSentence(sent int) bool {
	for _, t := range e.toks {
		if t.sent == sent && (t.key == "nu" || t.key == "now" || t.key == "currently") {
			return true
		}
	}
	return false
}

// fearWord: words of fear that may be of now or of a day to come.
func fearWord(k string) bool {
	switch k {
	case "bange", "angst", "utryg", "frygter", "nervos", "afraid", "scared", "frightened", "terrified", "worried", "nervous":
		return true
	}
	return false
}

// futureDated: the sentence sets what it tells on a day to come — next week, month or year, in a few
// days or weeks, or when someone is released ("i næste uge", "next month", "om en uge", "when he gets
// out", "når han bliver løsladt").
func (e *evidence) futureDated(sent int) bool {
	if e.future == nil {
		e.future = map[int]bool{}
		for i := range e.toks {
			if !e.future[e.toks[i].sent] && e.futureAt(i) {
				e.future[e.toks[i].sent] = true
			}
		}
	}
	return e.future[sent]
}

// futureAt: the words from token i on set the sentence on a day to come (futureDated).
func (e *evidence) futureAt(i int) bool {
	t := e.toks
	key := func(j int) string { // the key of token j in i's sentence, "" past it
		if j < len(t) && t[j].sent == t[i].sent {
			return t[j].key
		}
		return ""
	}
	switch t[i].key {
	case "naste", "next":
		switch key(i + 1) {
		case "uge", "maned", "ar", "weekend", "week", "month", "year", "gang":
			return true
		}
	case "om", "in":
		switch key(i + 1) {
		case "en", "et", "a", "to", "two", "few", "par":
			switch key(i + 2) {
			case "uge", "uger", "maned", "maneder", "week", "weeks", "month", "months", "dage", "days":
				return true
			}
		}
	case "losladt", "released", "loslades":
		return true
	case "en", "one", "some":
		// "han kommer tilbage en dag", "he'll come back one day": a day to come, in a sentence telling no past
		if k := key(i + 1); k == "dag" || k == "day" || k == "gang" {
			return !e.sentencePast(t[i].sent)
		}
	case "someday", "engang":
		return !e.sentencePast(t[i].sent)
	case "lukket", "kommer", "gets", "comes":
		if k := key(i + 1); k == "ud" || k == "out" {
			switch key(i + 2) {
			case "i", "of", "af", "next", "naste", "om", "in":
				return true
			}
		}
	}
	return false
}

// sentencePast: a past-tense word in the sentence.
func (e *evidence) sentencePast(sent int) bool {
	for j, t := range e.toks {
		if t.sent == sent && (e.has(j, kPast) || isPastForm(t.key)) {
			return true
		}
	}
	return false
}

// danishText: more Danish than English function words.
func (e *evidence) danishText() bool {
	if e.danish == 0 {
		da, en := 0, 0
		for i := range e.toks {
			if e.has(i, kDanish) {
				da++
			}
			if e.has(i, kEnglish) {
				en++
			}
		}
		e.danish = 2
		if da > en {
			e.danish = 1
		}
	}
	return e.danish == 1
}

// onlyAWish finds, after h's sentence, a statement that the text is only a wish, a suggestion or a
// question ("bare et ønske", "just a suggestion", "jeg spørger bare"): the writer says it is no report
// of danger now (session 10).
func (e *evidence) onlyAWish(h hit, hits []hit) (hit, bool) {
	for _, o := range hits {
		if o.rule.kind != kSafe || e.toks[o.start].sent <= e.toks[h.end].sent {
			continue
		}
		for i := o.start; i <= o.end; i++ {
			switch e.toks[i].key {
			case "onske", "forslag", "sporgsmal", "sporger", "suggestion", "wish", "thought", "question", "asking", "onskan", "fraga",
				"patrols", "patrolling", "patruljer", "patruljering": // "… more patrols?": asked for prevention (session 10's second round)
				return o, true
			}
		}
	}
	return hit{}, false
}

// farewell: a danger cue that tells a farewell or the means made ready — a letter, a goodbye, the pills
// or the things given away (session 10): the calm after it is the calm of a decision, not safety.
func (e *evidence) farewell(h hit) bool {
	for i := h.start; i <= h.end; i++ {
		switch e.toks[i].key {
		case "brev", "letter", "note", "farvel", "goodbye", "afskedsbrev", "farvelbrev", "piller", "pillerne", "pills", "tabletter", "tabletterne", "tablets", "givet", "given", "foraret", "forart":
			return true
		}
	}
	return false
}

// calmOnly: a safety hit that only says the writer is calm or it is okay now ("det er ok nu", "jeg er
// helt rolig", "I'm fine now"), not how a danger ended (found, arrested, in treatment, last year).
func (e *evidence) calmOnly(o hit) bool {
	for i := o.start; i <= o.end; i++ {
		switch e.toks[i].key {
		case "er", "ok", "okay", "nu", "now", "det", "jeg", "im", "am", "fine", "rolig", "roligt", "helt", "calm", "i", "is", "it", "its", "alright", "godt", "fint", "har":
		default:
			return false
		}
	}
	return true
}

// laterSafety finds a safety word in a later sentence than h that is not negated and not only a time:
// the writer tells how it ended ("I fandt ham i tide. Han er i behandling nu og har det meget bedre").
func (e *evidence) laterSafety(h hit, hits []hit) (hit, bool) {
	for _, o := range hits {
		if o.rule.kind == kSafe && e.toks[o.start].sent > e.toks[h.end].sent && !e.negatedSafety(o) && !e.timeOnly(o) {
			return o, true
		}
	}
	return hit{}, false
}

// staffBetween reports a staff word strictly between token positions a and b.
func (e *evidence) staffBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if e.has(i, kStaff) || e.has(i, kGenericStaff) {
			return true
		}
	}
	return false
}

// dangerNow decides whether a danger cue means someone is in danger now: not negated, not declared
// over ("ikke truet længere", "i sikkerhed nu"), and, for needNow cues, with a "now" word within eight
// words in the same sentence or, when presentEnough, in a sentence told in the present tense.
func (e *evidence) dangerNow(h hit, hits []hit, needNow, presentEnough bool) bool {
	if e.notDanger(h) {
		return false
	}
	if e.fearAfterDisclosure(h, hits) {
		e.reason("'%s' is the fear staff's disclosure left: a conduct complaint (DUP), not danger now", e.words(h))
		e.cleared = true
		return false
	}
	if neg, ok := e.negation(h, false); ok {
		e.reason("negation '%s' before '%s': not urgent", neg, e.words(h))
		e.cleared = true
		return false
	}
	if e.quotedCall(h) {
		// not cleared: the words told on the call may still hold ("I told the operator that my husband
		// has a gun in the house … He is asleep now"), and the model reads the rest of the text
		e.reason("'%s' is what the writer said on the call: not urgent by the lists", e.words(h))
		if e.toldAsPast(h) {
			e.cleared = true // "I said on the phone that I wanted to kill myself": told as the past too
		}
		return false
	}
	nobody := e.nobodyBefore(h)
	if nobody {
		e.cleared = true
	}
	if nobody || e.pastVerbRog(h) {
		e.reason("'%s' denied or past: not urgent", e.words(h)) // "ikke nogen der slås længere", "forbindelsen røg"
		return false
	}
	if needNow && e.caseReference(h) {
		e.reason("'%s' names a case or report: not urgent", e.words(h)) // "mareridt om ulykken"
		if p := h.start - 1; p < 0 || (e.toks[p].key != "after" && e.toks[p].key != "efter") {
			e.cleared = true // "after a crash" may still be now: the model can judge it
		}
		return false
	}
	sent := e.toks[h.start].sent
	if e.genericCondition(h) {
		e.reason("'%s' after 'hvis/mens man', 'if you': general, not urgent", e.words(h))
		e.cleared = true
		return false
	}
	if e.hypotheticalQuestion(sent) {
		e.reason("'%s' in a question with 'hvis'/'if': not urgent", e.words(h))
		e.cleared = true
		return false
	}
	if e.generalStatement(sent) {
		e.reason("'%s' in a general statement: not urgent", e.words(h))
		e.cleared = true
		return false
	}
	if needNow && e.clauseBefore(h.start) {
		e.reason("'%s' told as before, not now", e.words(h)) // "has threatened me before", "truet meg én gang før"
		return false
	}
	var now *hit
	for k := range hits {
		o := &hits[k]
		if e.toks[o.start].sent != sent {
			continue
		}
		// "ikke leve mere", "don't want to live anymore": an over-word is part of a negated danger cue
		over := o.rule.kind == kOver && !h.rule.hasNeg && e.toks[o.start].clause == e.toks[h.end].clause
		if (o.rule.kind == kSafe || over) && !e.negatedSafety(*o) && !(e.farewell(h) && e.calmOnly(*o)) && !(e.timeOnly(*o) && (e.toks[o.start].clause != e.toks[h.start].clause || e.modifier(*o) || e.sinceTime(*o))) &&
			(o.end < h.start || o.start > h.end || o.start < h.start || o.start == h.start && o.end > h.end) && !e.nowBetween(o, h, hits) { // "branden er slukket" clears "branden"
			e.reason("'%s' near '%s': not urgent", e.words(*o), e.words(h))
			e.cleared = true
			return false
		}
		if o.rule.kind == kNow && now == nil && (o.end < h.start || o.start > h.end) &&
			abs(o.start-h.start) <= 12 && !e.waitingNow(o) && !e.lastNight(o) && !e.countNow(o) &&
			!(e.habitNow(o) && (h.rule.kind == kWeakDanger || shoutWord(e.toks[h.start].key) || fearWord(e.toks[h.start].key))) &&
			(e.toks[o.start].clause == e.toks[h.start].clause || !e.clausePast(h.start)) {
			now = o
		}
	}
	if !needNow {
		if o, ok := e.laterSafety(h, hits); ok && !(e.farewell(h) && e.calmOnly(o)) {
			e.reason("'%s' after '%s': not urgent", e.words(o), e.words(h)) // "… I fandt ham i tide. Han har det meget bedre"
			e.cleared = true
			return false
		}
		if e.toldAsPast(h) {
			e.cleared = true
			return false // "was not breathing", "var truet", "threatened to kill me": told of the past
		}
		e.reason("urgent: '%s'", e.words(h))
		return true
	}
	if now == nil {
		if o, ok := e.onlyAWish(h, hits); ok {
			// "… knivstikking i området. Kan politiet patruljere mer? Bare et ønske": the writer says it is a
			// wish or a question, no report of danger now
			e.reason("'%s' after '%s': a wish or a question, not urgent", e.words(o), e.words(h))
			e.cleared = true
			return false
		}
		if !presentEnough || !e.presentSentence(sent, h, hits) {
			if e.tenseless(sent, h, hits) {
				e.untimed = append(e.untimed, h)
			}
			return false
		}
		e.reason("urgent: '%s' told in the present", e.words(h))
		return true
	}
	e.reason("urgent: '%s' with '%s'", e.words(h), e.words(*now))
	return true
}

// clausePast reports a past-tense word in the clause of token i: a "now" in another clause does not
// make it present ("jeg var så bange den nat, men nu er han væk").
func (e *evidence) clausePast(i int) bool {
	if e.pastClause == nil {
		e.pastClause = map[int]bool{}
		for j, t := range e.toks {
			if !e.pastClause[t.clause] && (e.has(j, kPast) || isPastForm(t.key)) {
				e.pastClause[t.clause] = true
			}
		}
	}
	return e.pastClause[e.toks[i].clause]
}

// nowBetween reports a "now" word between a safety word and a danger cue: the text has moved on to the
// present ("i går fik han fat i mig igen, og nu står han nede i gården og råber").
func (e *evidence) nowBetween(o *hit, h hit, hits []hit) bool {
	lo, hi := o.end, h.start
	if o.start > h.end {
		lo, hi = h.end, o.start
	}
	for k := range hits {
		n := &hits[k]
		// "har det fint nu": a now right next to the safety word belongs to it; "i nat" before a safety
		// told in the past ("brand i carporten i nat men brandvæsenet fik den slukket") is last night
		// (session 10's fourth round, cls-19u)
		if n.rule.kind == kNow && n.start > lo && n.end < hi && !e.waitingNow(n) && n.start != o.end+1 && n.end != o.start-1 &&
			!(n.end > n.start && e.toks[n.start].key == "i" && o.start > h.end && e.clausePast(o.start)) {
			return true
		}
	}
	return false
}

// toldAsPast reports a past-tense word right before a danger phrase, also across an infinitive marker:
// "was not breathing", "truede med at slå mig ihjel", "threatened to kill me".
func (e *evidence) toldAsPast(h hit) bool {
	sent := e.toks[h.start].sent
	for i := h.start; i <= h.end; i++ {
		if k := e.toks[i].key; k == "still" || k == "stadig" {
			return false // "40 min ago, we still can't find him": the cue itself says it goes on (set 22, cls-20u)
		}
	}
	// a history: "har tidligere forsøgt selvmord", "has previously attempted suicide"
	for p := h.start - 1; p >= 0 && p >= h.start-3 && e.toks[p].clause == e.toks[h.start].clause; p-- {
		switch e.toks[p].key {
		case "tidligere", "previously", "earlier", "engang":
			return true
		}
	}
	for p := h.start - 1; p >= 0 && p >= h.start-4 && e.toks[p].sent == sent; p-- {
		k := e.toks[p].key
		if p == h.start-1 && messageVerb(k) {
			return false // "my sister texted: by the time you read this …": the message is the danger, told now
		}
		if e.has(p, kPast) || isPastForm(k) || k == "threatened" || k == "truede" || k == "threatening" || k == "ville" || k == "would" {
			return true
		}
		if (k == "truet" || k == "lovet" || k == "sagt" || k == "skrevet") && p > 0 && (e.toks[p-1].key == "havde" || e.toks[p-1].key == "had") {
			return true // "han havde truet med at slå mig ihjel": the pluperfect
		}
		if k == "a" && e.toks[p].word == "å" {
			continue // the Norwegian "at" (set 20, cls-18u): "hadde forsøkt å bryte seg inn"
		}
		if k != "to" && k != "at" && k != "med" && k != "with" && k != "ved" && k != "about" { // "var ved at slå mig ihjel"
			return false
		}
	}
	return false
}

// messageVerb: a verb of writing a message ("texted", "skrev") right before a cue introduces the message
// itself, not the past.
func messageVerb(k string) bool {
	switch k {
	case "texted", "wrote", "messaged", "posted", "skrev", "smsede", "sms'ede", "skrivit", "skreiv":
		return true
	}
	return false
}

// quotedCall: the cue stands in what the writer says they said on the call, after "jeg sagde (til
// hende)", "sagde jeg", "I told them", "I said" in its sentence ("jeg ringede og sagde han truer mig,
// og hun sagde …", "I told the operator he had a knife"): the words of the call then, not a report of
// now. A word that keeps the danger going ("stadig", "still", "lige nu", "right now") or a new "… og
// nu" / "and now" between the telling and the cue makes it now again ("jeg sagde hvad der skete, og nu
// står han udenfor igen"); the perfect "jeg har sagt" may be ongoing and is not read this way.
func (e *evidence) quotedCall(h hit) bool {
	t := e.toks
	sent := t[h.start].sent
	for p := h.start - 1; p >= 0 && p >= h.start-10 && t[p].sent == sent; p-- {
		k := t[p].key
		if contrastWords()[k] {
			return false
		}
		switch k {
		case "stadig", "stadigvaek", "fortsat", "still", "currently":
			return false
		case "nu", "now":
			if p > 0 && t[p-1].sent == sent {
				switch t[p-1].key {
				case "lige", "right", "og", "and", "sa", "so", "men", "but":
					return false
				}
			}
		}
		if !saidOnTheCall(k) {
			continue
		}
		if p > 0 && t[p-1].sent == sent && (t[p-1].key == "jeg" || t[p-1].key == "vi" || t[p-1].key == "we" || t[p-1].key == "i" && !e.danishText()) {
			return true // "jeg sagde", "I told"
		}
		if p+1 < h.start && (t[p+1].key == "jeg" || t[p+1].key == "vi") {
			return true // "… sagde jeg til damen"
		}
		if p > 0 && t[p-1].sent == sent && (t[p-1].key == "og" || t[p-1].key == "and") && e.writerSubjectBefore(p-1) {
			return true // "jeg ringede 114 og sagde han truer mig"
		}
	}
	// the end of the cue's clause may still hold a danger word after the quote's end; only the words
	// before the cue are read
	return false
}

// writerSubjectBefore: the writer ("jeg", "vi", "I", "we") is the last subject named in the sentence
// before token p, within eight words ("jeg ringede 114 og …"), so a verb after "og" at p is theirs.
func (e *evidence) writerSubjectBefore(p int) bool {
	t := e.toks
	for q := p - 1; q >= 0 && q >= p-8 && t[q].sent == t[p].sent; q-- {
		switch t[q].key {
		case "jeg", "vi", "we":
			return true
		case "i":
			return !e.danishText()
		case "han", "hun", "de", "den", "det", "he", "she", "they", "it", "man":
			return false
		}
	}
	return false
}

// saidOnTheCall: past verbs of telling that introduce the writer's own words on the call.
func saidOnTheCall(k string) bool {
	switch k {
	case "sagde", "fortalte", "forklarede", "raabte", "rabte", "skreg", "sa", "said", "told", "explained", "screamed", "yelled", "shouted":
		return true
	}
	return false
}

// genericCondition: danger after a condition with a generic subject in the same clause ("hvis man bliver
// truet med kniv", "når man har brystsmerter", "if you are attacked") is a general statement.
func (e *evidence) genericCondition(h hit) bool {
	t := e.toks
	for p := h.start - 1; p >= 1 && p >= h.start-5 && t[p].clause == t[h.start].clause; p-- {
		switch t[p].key {
		case "man", "you", "youre", "one", "nogen", "someone", "folk", "people":
			switch t[p-1].key {
			case "hvis", "nar", "if", "when", "whenever", "mens", "while":
				return true
			}
		}
	}
	return false
}

// asks reports a question anywhere in the text.
func (e *evidence) asks() bool {
	asked, ifSent := false, -1
	for _, t := range e.toks {
		if !t.ownQuestion {
			continue // not a question, or only a question quoted ("she asked 'are you sure?'")
		}
		asked = true
		switch t.key {
		case "hvis", "if":
			ifSent = t.sent // "if someone breaks in, may I …?" asks about a case, not for help
		case "send", "sende", "someone", "somebody", "nogen", "come", "komme", "kom", "help", "hjalp", "please":
			if ifSent != t.sent {
				return false // "can someone go to her place?" asks for help, not for information
			}
		}
	}
	return asked
}

// generalStatement: a sentence about what should be or usually is ("In general people calling about
// someone suicidal should skip the queue") does not report danger now.
func (e *evidence) generalStatement(sent int) bool {
	if e.general == nil {
		e.general = map[int]bool{}
		for i, t := range e.toks {
			switch t.key {
			case "generelt", "general", "generally", "should", "burde", "normalt", "usually", "principielt", "nowadays", "nutildags":
				e.general[t.sent] = true
			case "nu":
				if nowadays(e.toks, i) { // these days, the times, not now ("folk er blevet voldelige nu om dage")
					e.general[t.sent] = true
				}
			case "en", "nogen", "someone", "somebody", "anyone", "anybody":
				if anyoneWho(e.toks, i) {
					e.general[t.sent] = true
				}
			case "man":
				// genericSubject: the Danish generic "man" after hvis/når/mens ("mens man er i fare")
				if i > 0 && e.toks[i-1].sent == t.sent {
					switch e.toks[i-1].key {
					case "hvis", "nar", "mens", "naar":
						e.general[t.sent] = true
					}
				}
			}
		}
	}
	return e.general[sent]
}

// genericSubject: the Danish generic "man" after hvis/når/mens in the sentence ("mens man er i fare",
// "når man bliver truet"): it speaks of anyone, not of the writer now.
func (e *evidence) genericSubject(sent int) bool {
	for i, t := range e.toks {
		if t.sent == sent && anyoneWho(e.toks, i) {
			return true
		}
		if t.sent != sent || t.key != "man" || i == 0 || e.toks[i-1].sent != sent {
			continue
		}
		switch e.toks[i-1].key {
		case "hvis", "nar", "mens", "naar":
			return true
		}
	}
	return false
}

// hypotheticalQuestion: a question with "hvis"/"if" (or "om … skulle": wouldIf), or a condition contrary to fact ("hvis det havde
// været et hjertestop"), speaks of danger that is not there rather than reporting it ("hvad nu
// hvis det havde været et hjertestop?", "hvem skal jeg ringe til hvis jeg bliver overfaldet?").
func (e *evidence) hypotheticalQuestion(sent int) bool {
	if e.hypothetical == nil {
		type clues struct{ q, cond, counterfactual bool }
		bySent := map[int]clues{}
		for i, t := range e.toks {
			c := bySent[t.sent]
			c.q = c.q || t.question
			c.cond = c.cond || t.key == "hvis" || t.key == "if" || e.wouldIf(i)
			c.counterfactual = c.counterfactual || t.key == "havde" || t.key == "had" || t.key == "hvad"
			bySent[t.sent] = c
		}
		// "hvis det havde været et hjertestop, var han død nu", "if it had been a fire": a condition with
		// the past perfect is contrary to fact
		e.hypothetical = make(map[int]bool, len(bySent))
		for s, c := range bySent {
			e.hypothetical[s] = c.cond && (c.q || c.counterfactual)
		}
	}
	return e.hypothetical[sent]
}

// wouldIf: the Danish, Swedish and Norwegian "om" (if) with "skulle" or "ville" (should, would) within
// three words after it: "om någon skulle bryta sig in", "om nogen skulle slå mig" ("spurgte om han
// skulle" stays "whether" outside a question).
func (e *evidence) wouldIf(i int) bool {
	t := e.toks
	if t[i].key != "om" {
		return false
	}
	for j := i + 1; j < len(t) && j <= i+3 && t[j].sent == t[i].sent; j++ {
		if t[j].key == "skulle" || t[j].key == "ville" || t[j].key == "skulde" {
			return true
		}
	}
	return false
}

// cryForHelp spots "hjælp!" as a call for help: the imperative "hjælp mig/os", or a text that is little
// more than "hjælp"/"help". Folding makes "hjælp" and "hjalp" (helped) one key, so this looks at the
// words as written.
func (e *evidence) cryForHelp() bool {
	for i, t := range e.toks {
		if t.word != "hjælp" && t.word != "hjaelp" && t.word != "help" && t.word != "hjeelp" && t.word != "hjelp" && t.word != "hjæælp" && t.word != "heelp" {
			continue
		}
		if i == 0 && len(e.toks) > 1 && !t.question && !helpNoun(e.toks[1].key) { // "hjælp? nej." is not a call
			e.reason("urgent: '%s' opens the text", t.word) // "hjælp min søn får ikke luft"
			return true
		}
		if e.onlyCallWords() {
			e.reason("urgent: '%s' on its own", t.word)
			return true
		}
		if i+1 < len(e.toks) && (e.toks[i+1].key == "mig" || e.toks[i+1].key == "os" || e.toks[i+1].key == "me" || e.toks[i+1].key == "us") &&
			(i == 0 || e.toks[i-1].sent != t.sent || e.toks[i-1].key == "please" || e.toks[i-1].key == "nu") {
			e.reason("urgent: '%s %s'", t.word, e.toks[i+1].word)
			return true
		}
	}
	return e.comeNow() || e.cannotGoOn()
}

// cannotGoOn spots "jeg orker ikke mere." / "kan ikke mere" / "can't take it anymore" ending a
// sentence: said on its own, not of the queue or the system, it is a sign of suicide risk.
func (e *evidence) cannotGoOn() bool {
	t := e.toks
	for i := 0; i+2 < len(t); i++ {
		end := i + 3
		match := (t[i].key == "orker" || t[i].key == "magter" || t[i].key == "kan") && t[i+1].key == "ikke" && t[i+2].key == "mere" ||
			(t[i].key == "take" || t[i].key == "do") && (t[i+1].key == "it" || t[i+1].key == "this") && t[i+2].key == "anymore"
		if end < len(t) && t[end].sent == t[i].sent {
			if match && (t[end].key == "at" || t[end].key == "to" || t[end].key == "med" || t[end].key == "with") {
				e.cleared = true // "orker ikke mere at vente på jer": fed up with something, the model does not overrule it
			}
			continue
		}
		if match {
			e.reason("urgent: '%s %s %s' ends a sentence", t[i].word, t[i+1].word, t[i+2].word)
			return true
		}
	}
	return false
}

// comeNow spots the imperative "kom hurtigt", "kom nu", "come quickly" at the start of a sentence: the
// writer is asking for help now (past "de kom hurtigt" has a subject before the verb).
func (e *evidence) comeNow() bool {
	for i, t := range e.toks {
		if (t.key != "kom" && t.key != "come") || (i > 0 && e.toks[i-1].sent == t.sent) || i+1 >= len(e.toks) {
			continue
		}
		switch e.toks[i+1].key {
		case "hurtigt", "hurtig", "nu", "venligst", "quick", "quickly", "now", "fast", "please", "asap", "straks":
			if e.toldOnInPast(i + 2) {
				continue // "kom hurtigt og var søde ved min datter": the past told without its subject
			}
			if e.exasperation(i) {
				continue // "… ingen vidste hvem der skulle fjerne bilen. kom nu": "come on!", not a call for help
			}
			e.reason("urgent: '%s %s'", t.word, e.toks[i+1].word)
			return true
		}
	}
	return false
}

// exasperation: "kom nu" / "come on" as the whole last sentence of a text that told a complaint in the
// past before it and names no danger: the writer's "come on!", not a call for help (session 10).
func (e *evidence) exasperation(i int) bool {
	t := e.toks
	if i+2 != len(t) || i == 0 || !e.sentencePast(t[i-1].sent) {
		return false
	}
	for j := range t {
		if e.has(j, kPresentDanger) || e.has(j, kDanger) || e.has(j, kWeakDanger) || e.has(j, kNet) {
			return false
		}
	}
	return true
}

// toldOnInPast: from token i on, the sentence goes on with "og"/"and" and a past verb ("… og var søde",
// "… and helped"): the words before told the past too.
func (e *evidence) toldOnInPast(i int) bool {
	t := e.toks
	for ; i+1 < len(t) && t[i].sent == t[i-1].sent; i++ {
		if t[i].key != "og" && t[i].key != "and" {
			continue
		}
		switch k := t[i+1].key; {
		case k == "var" || k == "was" || k == "were" || k == "havde" || k == "had" || k == "hjalp" || k == "tog" || k == "took" || isPastForm(k):
			return true
		}
	}
	return false
}

// onlyCallWords: the whole text is a call such as "HJÆLP!!", "hjælp mig nu", "help me please"
// (and not "god hjælp" or "tak for hjælpen").
func (e *evidence) onlyCallWords() bool {
	for _, t := range e.toks {
		switch t.key {
		case "hjalp", "help", "mig", "os", "me", "us", "please", "nu", "now", "kom", "come":
		default:
			return false
		}
		if t.word == "hjalp" {
			return false // "hjalp" is "helped"
		}
	}
	return true
}

// countNow: "nu"/"now" right after a count of times ("har truet mig tre gange nu", "called 4 times
// now"): how often so far, not now.
func (e *evidence) countNow(o *hit) bool {
	k := e.toks[o.start].key
	if o.start != o.end || (k != "nu" && k != "now") || o.start == 0 {
		return false
	}
	switch e.toks[o.start-1].key {
	case "gange", "gang", "times", "time":
		return true
	}
	return false
}

// habitNow: the "now" is a habit ("hver nat", "every day"): it keeps violence going, but a weak word,
// shouting or fear told with it is a nuisance to complain of ("der holder en bil udenfor hver nat").
func (e *evidence) habitNow(o *hit) bool {
	k := e.toks[o.start].key
	return o.end > o.start && (k == "hver" || k == "every")
}

// lastNight: "i nat", "i aften" in a clause told in the past is last night ("blev overfaldet i nat").
func (e *evidence) lastNight(o *hit) bool {
	return o.end > o.start && e.toks[o.start].key == "i" && e.clausePast(o.start)
}

// waitingNow reports a "now" word that belongs to waiting or a lack ("venter stadig på svar", "still
// waiting", "stadig ikke"), which says nothing about danger now; nor does a concessive "still" told in
// the past ("and still your officers were calm", "og stadig var de rolige").
func (e *evidence) waitingNow(o *hit) bool {
	if k := e.toks[o.start].key; (k == "still" || k == "stadig") && o.start == o.end {
		for i := o.start + 1; i < len(e.toks) && i <= o.start+4 && e.toks[i].clause == e.toks[o.start].clause; i++ {
			switch k := e.toks[i].key; {
			case k == "was" || k == "were" || k == "had" || k == "var" || k == "havde" || isPastForm(k):
				return true
			}
		}
	}
	for _, i := range []int{o.start - 1, o.end + 1} {
		if i < 0 || i >= len(e.toks) || e.toks[i].sent != e.toks[o.start].sent {
			continue
		}
		switch e.toks[i].key {
		case "venter", "ventet", "ventede", "waiting", "waited", "wait", "mangler", "awaiting", "ikke", "ik", "not", "no", "intet", "ingen", "uden", "without":
			return true
		}
	}
	return false
}

// presentSentence reports whether a sentence is told in the present tense, not the past, and is not a
// question or a general statement: "der er en mand med kniv i opgangen" yes, "min nabo truede mig med en
// kniv" no, "hvis der er brand, er 20 minutter for lang tid" no.
func (e *evidence) presentSentence(sent int, h hit, hits []hit) bool {
	present, n := false, 0
	for i, t := range e.toks {
		if t.sent != sent {
			continue
		}
		if (e.has(i, kPast) && !(t.key == "siden" && i > 0 && e.toks[i-1].key == "ved")) || e.has(i, kGeneric) || t.question || isPastForm(t.key) { // "ved siden af" is a place
			return false
		}
		if everyTime(e.toks, i) {
			return false // "de skyder raketter mod husene hvert år": a habit, not now (set 22, cls-20u)
		}
		present = present || e.has(i, kPresent) || presentVerb(e.toks, i)
		n++
	}
	// A telegram with no verb tense at all, "kvinde i vandet ved havnen!!", is now, unless a category
	// phrase explains the danger word ("røg ud" is a dropped call).
	return present || (n <= 6 && !inPhrase(h, hits))
}

// presentVerb spots a Danish present tense after a subject: "der løber en mand", "hun græder", "det
// ryger" (a word in -er of four letters or more right after a pronoun).
func presentVerb(t []token, i int) bool {
	if i == 0 || t[i-1].sent != t[i].sent || len(t[i].key) < 4 || !strings.HasSuffix(t[i].key, "er") {
		return false
	}
	switch t[i-1].key {
	case "der", "han", "hun", "de", "det", "den", "nogen", "jeg", "vi", "som":
		return true
	}
	return false
}

// tenseless: a sentence with neither past nor general nor question, whose danger word no category
// phrase explains; it may still lack a present-tense word ("min datter har slugt et batteri").
func (e *evidence) tenseless(sent int, h hit, hits []hit) bool {
	for i, t := range e.toks {
		if t.sent != sent {
			continue
		}
		if everyTime(e.toks, i) {
			return false // "ender med slagsmål på parkeringspladsen hver søndag": a habit, not now
		}
		if (e.has(i, kPast) && !(t.key == "siden" && i > 0 && e.toks[i-1].key == "ved")) || e.has(i, kGeneric) || t.question || isPastForm(t.key) || beforeNow(e.toks, i) {
			return false
		}
	}
	return !inPhrase(h, hits)
}

// inPhrase reports that a category phrase of two or more words covers h.
func inPhrase(h hit, hits []hit) bool {
	for _, o := range hits {
		if o.rule.kind == kCategory && len(o.rule.parts) > 1 && o.start <= h.start && o.end >= h.end {
			return true
		}
	}
	return false
}

// isPastForm spots regular past tenses: Danish -ede (truede, ventede), English -ed (threatened), except
// participles that describe a state now (scared, followed).
func isPastForm(k string) bool {
	if len(k) < 5 {
		return false
	}
	if strings.HasSuffix(k, "ede") {
		return true
	}
	if strings.HasSuffix(k, "ed") && !strings.HasSuffix(k, "hed") { // lejlighed, mulighed: Danish nouns
		switch k {
		case "scared", "worried", "tired", "frightened", "terrified", "followed", "locked", "trapped", "injured", "stalked", "threatened", "attacked":
			return false
		}
		return true
	}
	return false
}

// durations scores "40 min", "2 timer" as waiting and "3 uger" as waiting for news.
// numberWord reads the numbers people write in words before a unit of time ("six weeks", "tre timer");
// a word counts only right before a unit, so the Danish "to" and "fire" are two and four there.
var numberWord = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
	"femten": 15, "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50,
}

func (e *evidence) durations(scores map[string]int, praise *int, rtAt []int) (complaintAt []int) {
	t := e.toks
	// spanOf: "i 20 min", "for ten minutes" in a sentence with no other word of waiting times what is
	// going on ("han har fulgt efter os i 20 min", "has been banging on the door for ten minutes"), not a
	// wait for help
	spanOf := func(i int) bool {
		if i == 0 {
			return false
		}
		switch t[i-1].key {
		case "i", "for", "in":
		default:
			return false
		}
		return !slices.ContainsFunc(rtAt, func(p int) bool { return t[p].sent == t[i].sent })
	}
	for i := 0; i+1 < len(t); i++ {
		n, err := strconv.Atoi(t[i].key)
		if err != nil {
			var ok bool
			if n, ok = numberWord[t[i].key]; !ok {
				continue
			}
		}
		switch t[i+1].key {
		case "min", "minutter", "minuter", "minut", "mins", "minutes", "minute", "minuters":
			if n >= 10 && spanOf(i) {
				e.reason("'%s %s %s' times what is going on, not a wait", t[i-1].word, t[i].word, t[i+1].word)
			} else if n >= 10 { // "på 5 min" is praise, not waiting
				scores[rt] += 2
				complaintAt = append(complaintAt, i)
				e.reason("matched '%s %s' → %s", t[i].word, t[i+1].word, rt)
			} else if i > 0 && (t[i-1].key == "pa" || t[i-1].key == "within" || t[i-1].key == "inden") {
				*praise += 2 // "patruljen var der på 5 minutter"
				e.reason("matched '%s %s %s' → %s", t[i-1].word, t[i].word, t[i+1].word, ros)
			}
		case "timer", "time", "t", "hours", "hour", "hrs", "timers":
			if spanOf(i) {
				e.reason("'%s %s %s' times what is going on, not a wait", t[i-1].word, t[i].word, t[i+1].word)
				continue
			}
			scores[rt] += 2
			complaintAt = append(complaintAt, i)
			e.reason("matched '%s %s' → %s", t[i].word, t[i+1].word, rt)
		case "dage", "dag", "uger", "uge", "maneder", "maned", "days", "weeks", "week", "months", "month":
			scores[fu]++
			complaintAt = append(complaintAt, i)
			e.reason("matched '%s %s' → %s", t[i].word, t[i+1].word, fu)
		}
	}
	return complaintAt
}

// language is da, en or other, by counting frequent function words; æ/ø/å count for Danish.
func language(toks []token, text string, flags []uint32) string {
	da, en := 0, 0
	for i := range toks {
		if flags[i]&(1<<kDanish) != 0 {
			da++
		}
		if flags[i]&(1<<kEnglish) != 0 {
			en++
		}
	}
	if strings.ContainsAny(text, "æøåÆØÅ") {
		da += 2
	}
	switch {
	case da == 0 && en == 0:
		return "other"
	case da >= en:
		return "da"
	default:
		return "en"
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// modifier: a time that qualifies a noun ("fyren fra i går", "the guy from last night", "samme bil som
// i går") dates the person, not the danger.
func (e *evidence) modifier(o hit) bool {
	if o.start == 0 {
		return false
	}
	switch e.toks[o.start-1].key {
	case "fra", "from", "som", "like", "samme", "same":
		return true
	}
	// inside a relative clause that tells what the person did then: "the man who attacked me last week
	// is outside my door now", "manden der slog mig i sidste uge står udenfor nu"
	for p := o.start - 1; p >= 0 && p >= o.start-5 && e.toks[p].sent == e.toks[o.start].sent; p-- {
		switch e.toks[p].key {
		case "who", "der", "som", "that":
			return p > 0 && e.toks[p-1].sent == e.toks[p].sent && o.end+1 < len(e.toks) && e.toks[o.end+1].sent == e.toks[o.start].sent
		}
	}
	return false
}

// timeOnly: a safety cue that only names a time ("i går", "for two weeks ago", "sidste år").
// sinceTime: a time word after "since" ("savnet siden i går", "missing since yesterday") tells how long
// it has lasted, not that it is over.
func (e *evidence) sinceTime(h hit) bool {
	if h.start == 0 {
		return false
	}
	switch e.toks[h.start-1].key {
	case "since", "siden", "sedan":
		return true
	}
	return false
}

func (e *evidence) timeOnly(h hit) bool {
	for i := h.start; i <= h.end; i++ {
		switch e.toks[i].key {
		case "siden", "ago", "sidste", "last", "gar", "igar", "yesterday", "dengang", "for":
			return true
		}
	}
	return false
}

// qualifiesDanger: a conduct word right before a danger word describes that danger, not staff
// ("voldsomme brystsmerter", "aggressive bleeding").
func qualifiesDanger(h hit, hits []hit) bool {
	for _, o := range hits {
		if isDangerKind(o.rule.kind) && o.start == h.end+1 {
			return true
		}
	}
	return false
}

// safetyStated reports a safety word in the text that is not itself negated ("han har det fint nu"); a
// time alone ("for to uger siden", "last night") dates something, it does not say all is well.
// Over-words alone ("anymore") are not enough: "I don't want to be alive anymore".
func (e *evidence) safetyStated(hits []hit) bool {
	for _, h := range hits {
		if h.rule.kind == kSafe && !e.negatedSafety(h) && !e.timeOnly(h) {
			return true
		}
	}
	return false
}

// dangerWord reports any danger, help or net cue in the text, whatever its tense.
func (e *evidence) dangerWord(hits []hit) bool {
	for _, h := range hits {
		if isDangerKind(h.rule.kind) {
			return true
		}
	}
	return false
}

// net is the recall-first urgent net: any danger, help or net cue in a clause that is neither past nor
// general nor hypothetical, not negated, not declared over anywhere after it, and not describing the
// service ("farlig lang ventetid", "røg ud"). It returns the first such cue.
func (e *evidence) net(hits []hit) (hit, bool) {
	for _, h := range hits {
		if !isDangerKind(h.rule.kind) {
			continue
		}
		if _, neg := e.negation(h, false); neg || e.notDanger(h) || e.fearAfterDisclosure(h, hits) || inPhrase(h, hits) || e.aboutService(h, hits) || e.caseReference(h) || e.nobodyBefore(h) || e.pastVerbRog(h) || e.quotedCall(h) {
			continue
		}
		sent := e.toks[h.start].sent
		if e.genericCondition(h) || e.hypotheticalQuestion(sent) || e.genericSubject(sent) || e.toldAsPast(h) || !e.netTense(h) {
			continue
		}
		if e.resolved(h, hits) || e.offenderNotSeen(h, hits) {
			continue
		}
		return h, true
	}
	return hit{}, false
}

// offenderNotSeen: "har ikke set ham siden", "haven't seen him since" (or heard from him) after a danger
// told before it, in a text that names nobody close: the one not seen since is the one who did it, and not
// seeing him is the danger staying away, not someone missing (session 10's second round: "ejeren sagde
// han ville tage mig … har ik set ham siden").
func (e *evidence) offenderNotSeen(h hit, hits []hit) bool {
	seen, pronoun := false, false
	for i := h.start; i <= h.end; i++ {
		switch e.toks[i].key {
		case "set", "seen", "hort", "hoert", "heard": // "har ik hørt fra ham siden" (set 23, cls-22u)
			seen = true
		case "ham", "hende", "him", "her":
			pronoun = true
		}
	}
	if !seen || !pronoun {
		return false
	}
	for _, t := range e.toks { // not "far": "får" folds to it
		switch t.key {
		case "son", "sonnen", "datter", "datteren", "barn", "barnet", "born", "bornene", "dreng", "drengen", "pige", "pigen",
			"mor", "moren", "faderen", "mormor", "farmor", "morfar", "farfar", "bedstemor", "bedstefar", "kone", "konen",
			"kaereste", "kæreste", "ven", "vennen", "veninde", "bror", "broren", "soster", "sosteren",
			"daughter", "child", "kid", "boy", "girl", "mum", "mom", "mother", "dad", "father", "wife", "husband",
			"boyfriend", "girlfriend", "brother", "sister", "friend", "grandma", "grandad", "grandmother", "grandfather":
			return false
		}
	}
	// the danger told before it, in an earlier sentence or earlier in its own ("han truede mig i sidste
	// måned … og jeg har ik hørt fra ham siden")
	return slices.ContainsFunc(hits, func(o hit) bool {
		return isDangerKind(o.rule.kind) && o.end < h.start
	})
}

// nowadays: "nu" in "nu om dage" (these days, the times), not now.
func nowadays(t []token, i int) bool {
	return t[i].key == "nu" && i+2 < len(t) && t[i+1].key == "om" && t[i+2].key == "dage"
}

// netTense: the clause of h tells no past and no general statement; when another clause of the
// sentence is past, the clause of h must itself be present ("he took my phone, I'm hiding").
func (e *evidence) netTense(h hit) bool {
	t := e.toks
	cl, sent := t[h.start].clause, t[h.start].sent
	pastElsewhere, present := false, false
	// a present verb right before the cue makes it present in a clause that also tells the past ("turned
	// up drunk and is refusing to leave")
	presentBefore := false
	for p := h.start - 1; p >= 0 && p >= h.start-2 && t[p].clause == cl; p-- {
		presentBefore = presentBefore || e.has(p, kPresent)
	}
	// an explicit "now" right at the cue outweighs any past in its sentence ("bliver fulgt efter lige nu
	// af den samme bil som i går")
	for p := max(0, h.start-3); p <= h.end+3 && p < len(t); p++ {
		if (p < h.start || p > h.end) && t[p].clause == cl && e.has(p, kNow) && t[p].key != "stadig" && t[p].key != "still" && !nowadays(t, p) {
			return true
		}
	}
	for i := range t {
		if t[i].sent != sent {
			continue
		}
		if e.has(i, kGeneric) || nowadays(t, i) {
			return false // "der er vold i gaden hver weekend, I burde patruljere mere", "… nu om dage"
		}
		past := (e.has(i, kPast) && !(t[i].key == "siden" && i > 0 && t[i-1].key == "ved")) || isPastForm(t[i].key) || netPast(t[i].key) ||
			weekdayDate(t, i) || pastWithObject(t, i) || beforeNow(t, i) || timesSoFar(t, i) ||
			everyTime(t, i) // a habit: "udenfor hver nat", "hvert år"
		if past && i > 0 && (t[i-1].key == "just" || t[i-1].key == "lige") {
			past = false // "a guy just pulled out a knife", "han slog lige": just now
		}
		if i >= h.start && i <= h.end && (t[i].key == "siden" || t[i].key == "since") {
			continue // "ikke set … siden": since then, up to now
		}
		if t[i].clause != cl {
			pastElsewhere = pastElsewhere || past
			continue
		}
		if past && !(presentBefore && i < h.start) {
			return false
		}
		present = present || e.has(i, kPresent) || e.has(i, kNow) || presentVerb(t, i)
	}
	return !pastElsewhere || present
}

// weekdayDate: a weekday that dates the clause ("i lørdags", "on Saturday", "last Friday", "lørdag
// aften"): a day before or after today, not now ("My neighbour attacked me with a bottle on Saturday").
// Today's "i aften" / "tonight" stay now.
func weekdayDate(t []token, i int) bool {
	switch t[i].key {
	case "mandags", "tirsdags", "onsdags", "torsdags", "fredags", "lordags", "sondags":
		return true // the Danish "i lørdags" is always the past
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag":
		if i > 0 && t[i-1].sent == t[i].sent {
			switch t[i-1].key {
			case "on", "last", "sidste", "forrige", "i", "pa":
				return true
			}
		}
		if i+1 < len(t) && t[i+1].sent == t[i].sent {
			switch t[i+1].key {
			case "night", "morning", "evening", "afternoon", "nat", "aften", "morgen", "eftermiddag", "formiddag":
				return true
			}
		}
	}
	return false
}

// clauseBefore: beforeNow in the clause of token i.
func (e *evidence) clauseBefore(i int) bool {
	for j := range e.toks {
		if e.toks[j].clause == e.toks[i].clause && beforeNow(e.toks, j) {
			return true
		}
	}
	return false
}

// timesSoFar: a count of times ("har truet mig tre gange nu", "called 4 times"): how often it has
// happened, a history rather than a report of now.
func timesSoFar(t []token, i int) bool {
	if (t[i].key != "gange" && t[i].key != "times") || i == 0 || t[i-1].sent != t[i].sent {
		return false
	}
	switch k := t[i-1].key; k {
	case "to", "tre", "fire", "fem", "seks", "mange", "flere", "two", "three", "four", "five", "six", "many", "several":
		return true
	default:
		_, err := strconv.Atoi(k)
		return err == nil
	}
}

// beforeNow: "én gang før", "once before", or "before" ending its clause ("he has threatened me
// before"): a time gone by.
func beforeNow(t []token, i int) bool {
	switch t[i].key {
	case "for", "before", "foer":
		if i > 0 && t[i-1].sent == t[i].sent && t[i-1].key == "gang" {
			return true // "én gang før", "en gang for"
		}
		return t[i].key == "before" && (i+1 == len(t) || t[i+1].clause != t[i].clause)
	}
	return false
}

// pastWithObject: "attacked", "threatened", "followed", "stalked" straight before its object ("my
// neighbour attacked me", "he threatened us") is the simple past; isPastForm leaves those words out
// because they also describe a state now ("I feel threatened", "being followed", "has followed me").
func pastWithObject(t []token, i int) bool {
	switch t[i].key {
	case "attacked", "threatened", "followed", "stalked", "injured":
	default:
		return false
	}
	if i+1 >= len(t) || t[i+1].sent != t[i].sent {
		return false
	}
	switch t[i+1].key {
	case "me", "us", "him", "her", "them", "my", "our", "his":
	default:
		return false
	}
	if i > 0 && t[i-1].sent == t[i].sent {
		switch t[i-1].key {
		case "has", "have", "hes", "shes", "ve", "is", "am", "are", "being", "been", "keeps", "just", "still":
			return false // "has followed me all day", "is being threatened", "just attacked me"
		}
	}
	return true
}

// netPast: words that place a danger word in the past for the net, beyond the past-tense list.
func netPast(k string) bool {
	switch k {
	case "tidligere", "engang", "earlier", "once", "previously", "dengang", "igar", "sidst", "haft", "havde", "var", "was", "were",
		"kunne", "could", "flere", "several", "folte", "felt", "horte", "heard", "slog", "stod", "sad", "fandt", "found",
		"gjorde", "troede", "spurgte", "lagde", "sendte", "fulgte", "forsvandt", "dode", "died", "told", "went", "left",
		"saw", "broke", "fell", "stole", "stjal", "brandte", "skod", "stak", "bed", "lob", "ran", "kastede", "threw",
		"stood", "sat", "spent", "kept", "hid", "took": // the English irregular pasts beside "stod", "sad" (session 10's second round: "stood outside for 4 hours")
		return true
	}
	return false
}

// resolved: a safety or over word in the sentence of h or anywhere after it ("nu er alt fint", "now
// safe", "ikke længere") declares the danger over, unless a "now" stands between them.
func (e *evidence) resolved(h hit, hits []hit) bool {
	for k := range hits {
		o := &hits[k]
		if o.rule.kind != kSafe && o.rule.kind != kOver || e.negatedSafety(*o) || e.timeOnly(*o) && e.modifier(*o) {
			continue
		}
		if o.start >= h.start && o.end <= h.end {
			continue // part of the cue itself ("not safe")
		}
		if e.toks[o.start].sent == e.toks[h.start].sent || o.start > h.end {
			if !e.nowBetween(o, h, hits) {
				return true
			}
		}
	}
	return false
}

// negatedSafety: a safety word that is itself negated ("er stadig ikke fundet", "not safe") keeps the
// danger.
func (e *evidence) negatedSafety(o hit) bool {
	if o.rule.kind != kSafe {
		return false
	}
	_, neg := e.negation(o, false)
	return neg
}

// aboutService: the danger word qualifies the call's service rather than a situation: a complaint cue
// within two words after it in the same clause ("farlig lang ventetid", "dræbende langsom",
// "a dangerously long wait").
func (e *evidence) aboutService(h hit, hits []hit) bool {
	for _, o := range hits {
		if o.rule.kind != kCategory || o.start <= h.end || o.start > h.end+2 || e.toks[o.start].clause != e.toks[h.end].clause {
			continue
		}
		if c := categoryCues[o.rule.cue]; c.cat != ros && c.w > 0 {
			return true
		}
	}
	return false
}

// caseReference: a danger noun named as the subject of a report or case ("sagen om vold", "efter
// overfaldet", "for at anmelde et indbrud", "about the assault") refers to what happened, not to now.
func (e *evidence) caseReference(h hit) bool {
	t := e.toks
	p := h.start - 1
	if p >= 0 && t[p].sent == t[h.start].sent {
		switch t[p].key {
		case "et", "en", "det", "den", "the", "a", "an", "min", "mit", "my", "hans", "hendes", "his", "her":
			p--
		}
	}
	for n := h.end + 1; n <= h.end+2 && n < len(t) && t[n].sent == t[h.start].sent; n++ {
		switch t[n].key {
		case "report", "rapport", "anmeldelse", "anmeldelsen", "sag", "sagen", "case", "sagsnummer", "journalnummer":
			return true // "the missing person report", "voldssagen"
		}
	}
	if p < 0 || t[p].sent != t[h.start].sent {
		return false
	}
	switch t[p].key { // "the old threatening messages", "de gamle trusler": threats kept as evidence, not made now
	case "old", "gamle", "gammel", "earlier", "previous", "former", "tidligere":
		if k := t[h.start].key; strings.HasPrefix(k, "threat") || strings.HasPrefix(k, "trus") || strings.HasPrefix(k, "tru") {
			return true
		}
	}
	if (t[p].key == "for" || t[p].key == "to" || t[p].key == "of") && p > 0 {
		switch t[p-1].key { // "udsat for et overfald", "offer for vold", "subjected to an assault", "victim of"
		case "udsat", "offer", "subjected", "victim", "exposed":
			return true
		}
		if t[p].key == "for" {
			for q := p - 1; q >= 0 && q >= p-4 && t[q].sent == t[h.start].sent; q-- {
				switch t[q].key { // "anmelde min eksmand for vold", "sigtet for vold": the charge, not the danger
				case "anmelde", "anmeldte", "anmeldt", "anmelder", "sigtet", "sigte", "dømt", "domt", "tiltalt", "report", "reported", "charged", "convicted", "arrested":
					return true
				}
			}
		}
	}
	if (t[p].key == "af" || t[p].key == "of") && p > 0 {
		switch t[p-1].key { // "min anmeldelse af vold", "my report of the assault"
		case "anmeldelse", "anmeldelsen", "anmeldelser", "report", "reports", "sag", "sagen", "case":
			return true
		}
	}
	switch t[p].key {
	case "forklare", "forklarede", "explain", "explaining", "beskrive", "beskrev", "describe", "melde", "melding":
		return true // "ikke god nok til at forklare et indbrud"
	case "hvad", "what":
		return t[h.start].key == "sker" || t[h.start].key == "happening" // "hvad der sker nu med sagen"
	case "om", "efter", "angaende", "vedrorende", "vedr", "about", "after", "since", "regarding", "anmelde", "anmeldt",
		"anmeldte", "anmeldelse", "report", "reported", "reporting", "sag", "sagen", "case":
		return true
	case "flere", "mange", "adskillige", "several", "many", "multiple", "numerous":
		return true // "flere indbrud", "several assaults": events counted, not one happening now
	}
	if n, err := strconv.Atoi(t[p].key); err == nil && n >= 2 && n < 1000 && p+1 == h.start {
		return true // "3 indbrud på en uge"
	}
	return false
}

// nobodyBefore: "ikke nogen"/"not anyone" earlier in the clause, or "længere"/"anymore" after the
// cue in it, denies the danger beyond the four-word negation window ("der er ikke nogen der skriger
// eller slås her længere").
func (e *evidence) nobodyBefore(h hit) bool {
	if h.rule.hasNeg {
		return false
	}
	t := e.toks
	cl := t[h.start].clause
	for i := h.start - 1; i >= 0 && t[i].clause == cl; i-- {
		if e.has(i, kNow) && t[i].key != "stadig" && t[i].key != "still" {
			break // "i sendte ikke nogen i går og nu er han her igen og slår på vinduet": now after the denial
		}
		switch t[i].key {
		case "nogen", "one", "anyone":
			if i > 0 && t[i-1].clause == cl && (t[i-1].key == "ikke" || t[i-1].key == "not" || t[i-1].key == "no") {
				return true
			}
		}
	}
	for i := h.end + 1; i < len(t) && t[i].clause == cl; i++ {
		if k := t[i].key; k == "and" || k == "og" || k == "that" || k == "but" || k == "men" {
			break // "locked herself in an hour ago and left a note that she doesn't want to be here anymore" (set 23)
		}
		if t[i].key == "langere" || t[i].key == "anymore" {
			return true
		}
	}
	return false
}

// pastVerbRog: "røg" right after a subject is the past of "ryge" ("forbindelsen røg", "den røg"),
// not smoke.
func (e *evidence) pastVerbRog(h hit) bool {
	t := e.toks
	if t[h.start].key != "rog" && t[h.start].key != "ryger" || h.start == 0 || t[h.start-1].sent != t[h.start].sent {
		return false
	}
	k := t[h.start-1].key
	switch {
	case t[h.start].key == "ryger":
		k = "" // "det ryger fra taget" is smoke; only "ryger man ud" below is the verb
	}
	switch k {
	case "den", "det", "han", "hun", "jeg", "vi", "de", "linjen", "forbindelsen", "opkaldet", "samtalen", "opkald", "linje",
		"forbindelse", "samtale", "call", "line":
		return true
	}
	if k == "var" && h.start > 1 && t[h.start-2].key == "der" {
		return false // "der var røg i hele opgangen": there was smoke (the noun, told in the past)
	}
	if k == "stadig" || k == "er" || k == "meget" || k == "masse" || k == "tyk" || k == "sort" || k == "kraftig" || k == "med" || k == "af" {
		return false // "der er stadig røg i opgangen", "fuld af røg i": the noun, and "i" is the preposition
	}
	if h.start+1 < len(t) && t[h.start+1].sent == t[h.start].sent {
		switch t[h.start+1].key { // "så røg jeg tilbage til starten", "ryger man ud": the verb, inverted
		case "jeg", "vi", "han", "hun", "den", "det", "de", "i", "man":
			return true
		}
	}
	return false
}

// helpNoun: words after a text-opening "hjælp"/"help" that make it the noun ("Hjælp var hurtigt
// fremme", "help from the operator"), not a call.
func helpNoun(k string) bool {
	switch k {
	case "var", "blev", "fra", "til", "og", "med", "kom", "fik", "i", "er", "ved", "was", "is", "from", "with", "came", "and", "in", "on", "line", "desk":
		return true
	}
	return false
}

// stopWord: "stop" after a negator that follows a cue ("the bleeding won't stop", "the shouting doesn't
// stop"): the cue goes on.
func stopWord(k string) bool {
	switch k {
	case "stop", "stopping", "end", "ease", "stoppe", "ophore":
		return true
	}
	return false
}

// excused: a word of manner the writer excuses right after it — "men"/"but" and, within six words, an
// understanding ("forstår godt", "understandable", "fair enough", "de har travlt", "they were busy"):
// "Betjenten var kort for hovedet, men jeg forstår godt, at de har travlt" is no conduct complaint.
func (e *evidence) excused(h hit) bool {
	t := e.toks
	for p := h.end + 1; p < len(t) && p <= h.end+8 && t[p].sent <= t[h.end].sent+1; p++ {
		if k := t[p].key; k != "men" && k != "but" {
			continue
		}
		for q := p + 1; q < len(t) && q <= p+6; q++ {
			switch t[q].key {
			case "forstar", "forstaeligt", "forstaelig", "understandable", "understand", "travlt", "busy":
				return true
			case "fair":
				return q+1 < len(t) && t[q+1].key == "enough"
			}
		}
		return false
	}
	return false
}

// retractedAccusation: a conduct word inside the writer's own telling ("jeg sagde til betjenten, at han var
// uforskammet", "I told the officer he was being aggressive") in a text that takes it back ("which I
// regret", "set i bakspejlet", "sorry about that"): the writer's words on the call, not staff conduct.
func (e *evidence) retractedAccusation(h hit) bool {
	t := e.toks
	retracted := false
	for i := range t {
		switch t[i].key {
		case "regret", "regrets", "fortryder", "fortrod", "bakspejlet", "hindsight", "undskyld", "sorry", "apologise", "apologize":
			retracted = true
		}
	}
	if !retracted {
		return false
	}
	for p := h.start - 1; p > 0 && p >= h.start-8 && t[p].sent == t[h.start].sent; p-- {
		if saidOnTheCall(t[p].key) && (t[p-1].key == "jeg" || t[p-1].key == "i" && !e.danishText()) {
			return true
		}
	}
	return false
}

// notAManner: a word of manner that here is not one — the English "sure" in a text not in Danish ("are
// you sure that's what you saw?", where the Danish "sure" is sulky), "cold" as a noun ("in the cold"), a
// manner word whose subject is the weather ("the storm was really aggressive").
func (e *evidence) notAManner(h hit) bool {
	t := e.toks
	k := t[h.start].key
	if k == "sure" && !e.danishText() {
		return true
	}
	if (k == "cold" || k == "kold") && h.start > 0 && (t[h.start-1].key == "the" || t[h.start-1].key == "a") {
		return true
	}
	for p := h.start - 1; p >= 0 && p >= h.start-4 && t[p].clause == t[h.start].clause; p-- {
		switch t[p].key {
		case "storm", "stormen", "wind", "winds", "vinden", "blæsten", "blasten", "weather", "vejret", "rain", "regnen", "traffic", "trafikken", "sea", "havet", "waves", "bølgerne", "bolgerne":
			return true
		}
	}
	return false
}

// insinuation: a negated "provoking" in a question ("weren't you provoking them?", "har du ikke selv
// provokeret ham?"): a remark that blames the writer, not a denial.
func (e *evidence) insinuation(h hit) bool {
	return e.toks[h.start].question && strings.HasPrefix(e.toks[h.start].key, "provok")
}

// anyoneWho: "til en, der …", "to someone who …" — a preposition, an indefinite person and a relative
// pronoun: anyone ("det er ikke i orden at tale sådan til en, der er bange"), not someone now.
func anyoneWho(t []token, i int) bool {
	if i == 0 || i+1 >= len(t) || t[i-1].sent != t[i].sent || t[i+1].sent != t[i].sent {
		return false
	}
	switch t[i].key {
	case "en", "nogen", "someone", "somebody", "anyone", "anybody":
	default:
		return false
	}
	if k := t[i-1].key; k != "til" && k != "to" { // "calling for someone who is scared" may report now
		return false
	}
	switch t[i+1].key {
	case "der", "som", "who":
		return true
	}
	return false
}

// timeOfMyLife: "an hour of my life (gone)", "to timer af mit liv": time the writer lost to the service,
// a complaint; the urgent model, which weighs "life" and "gone", does not overrule it without a danger word.
func (e *evidence) timeOfMyLife() bool {
	t := e.toks
	for i := 0; i+3 < len(t); i++ {
		switch t[i].key {
		case "hour", "hours", "minutes", "time", "day", "timer", "minutter", "tid", "dag":
		default:
			continue
		}
		if (t[i+1].key == "of" || t[i+1].key == "af") && (t[i+2].key == "my" || t[i+2].key == "mit") && (t[i+3].key == "life" || t[i+3].key == "liv") {
			return true
		}
	}
	return false
}

// calledAbout: the text opens by telling what the writer called about, in the past, and has no word of
// now ("Ringte om en bil som står parkert …", "I called about a noisy party"): feedback on a call that
// was, whose subject is told in the present; the urgent model does not overrule it without a danger
// word. With a word of now it may be danger still going on ("Jeg ringede om børnene … den mindste
// græder stadig").
func (e *evidence) calledAbout() bool {
	t := e.toks
	for i := range t {
		if e.has(i, kNow) {
			return false
		}
	}
	for i := 0; i+1 < len(t) && t[i].sent == 0 && i < 4; i++ {
		switch t[i].key {
		case "ringede", "ringte", "ringde", "called", "rang", "phoned":
			switch t[i+1].key {
			case "om", "about", "angaende", "vedrorende", "ang", "vedr":
				return true
			}
		}
	}
	return false
}

// fearAfterDisclosure: fear told as the consequence of staff telling someone who called or where the writer
// lives ("Medarbejderen fortalte min nabo, at det var mig … Nu tør jeg ikke gå ud på trappen", "gave my
// address to the man I was reporting. Now he knows where I live"): the cue is only "dare not" or "knows
// where I live", and the text tells such a disclosure — a conduct complaint for DUP, not danger now. Any
// other danger cue (a knife, someone outside the door) still counts on its own.
func (e *evidence) fearAfterDisclosure(h hit, hits []hit) bool {
	t := e.toks
	fear := false
	for i := h.start; i <= h.end; i++ {
		switch t[i].key {
		case "tor", "dare", "daresnt":
			fear = true
		default:
			// "nu er han sur på mig og jeg er lidt bange for ham": fear of the one told is the disclosure's harm
			fear = fear || fearWord(t[i].key)
		case "knows", "ved", "vet", "vidste", "knew":
			fear = fear || i+1 < len(t) && (t[i+1].key == "where" || t[i+1].key == "hvor")
		}
	}
	if !fear {
		return false
	}
	for _, o := range hits {
		if o.rule.kind != kCategory || categoryCues[o.rule.cue].cat != cond {
			continue
		}
		if o.rule.disclosure {
			return true
		}
		for i := o.start; i <= o.end; i++ {
			switch t[i].key {
			case "address", "adresse", "adressen", "navn", "name":
				return true
			}
		}
	}
	return false
}

package classify

import (
	"slices"
	"strings"

	"borgerfeedback/shared/feedback"
)

// The Danish and English reading, in stages a reader can follow and test one by one:
//
//	gather   the word lists' hits on the tokens, and who each sentence is about (staff, someone else)
//	weigh    each hit in its context (negation, who, when) → category scores, conduct, danger now
//	decide   the lists' category and flags
//	widen    the recall-first urgent net (danger words told now or with no tense)
//	models   the embedded models' second opinion where the lists are silent or unsure
//	finish   praise that is a call for help, the rating, priority and team, the reasons
//
// Each stage reads and writes a reading, the state of one text.

// reading is the state of one text as the stages of the Danish/English reading pass it on.
type reading struct {
	in   Input
	toks []token
	hits []hit
	e    *evidence
	c    feedback.Classification

	scores          map[string]int // complaint category → weight of its cues
	conductScore    int
	praise          int
	negative        bool // a complaint word ("elendigt") or a negated praise word
	mf, police      int  // how often medical/fire and police are named
	mfAt, policeAt  []int
	catAt           map[string][]int // token positions of each category's evidence
	urgent          bool
	notes           readNotes
	best            string // the strongest complaint category and its weight
	bestScore       int
	waitInFollowUp  bool     // a wait cue set aside inside a longer follow-up cue ("still waiting")
	durationOnly    bool     // the only wait evidence is a bare time ("kom efter 20 minutter"), no word of waiting
	asked           int      // advice weight from the writer asking what to do (askWhatToDo)
	denied          []string // categories a cue of the lists says the text is not ("ikke noget alvorligt"): no model places it there
	barrierWord     bool     // an accessibility cue other than a language's name (tolk, døv, MitID, "forstod ikke")
	callBackAwaited bool     // waiting for a call back (awaitedCallBack): follow-up even in a report of danger now
	praiseAt        []int    // positions of praise and of complaint evidence (conduct aside), for the verdict after "but"
	complaintAt     []int
	mannerPraise    bool // praise of staff's manner ("venlig", "polite"), whose negation is conduct
}

// classifyRead is the Danish and English reading of the tokens (the word lists and the models behind
// them): no models is the word lists alone (the cross-validation and the tests compare against that).
func classifyRead(in Input, toks []token, models modelSet, th Thresholds) (feedback.Classification, readNotes) {
	rd := &reading{in: in, toks: toks}
	rd.gather()
	rd.weighCues()
	rd.decideByLists()
	rd.widenUrgent()
	rd.applyModels(models, th)
	rd.notes.cleared = func() bool { return rd.e.cleared || rd.e.safetyStated(rd.hits) }
	rd.notes.weakComplaint = rd.bestScore > 0 && (rd.bestScore <= 2 || rd.durationOnly && rd.bestScore == rd.scores[rt])
	rd.finish()
	rd.notes.sentencePast = rd.e.sentencePast
	return rd.c, rd.notes
}

// readNotes tell the later stages how the Danish/English reading decided.
type readNotes struct {
	// urgentUnplaced: urgent only because danger words stood in a text the lists found neither
	// complaining nor thanking; the foreign lists may place it after all (pipeline.go).
	urgentUnplaced bool
	// urgentByModel: urgent only because the Danish/English urgent model found it likely, with no danger
	// word in the text; in a text of another language its own lists may read it better (pipeline.go)
	urgentByModel bool
	// urgentByNet: urgent only by the recall-first net (widenUrgent); in a Swedish or Norwegian text its
	// own lists may know the danger's tense or end better (pipeline.go)
	urgentByNet bool
	// categoryByModel: the lists found nothing to place the text by and the category model placed it; in
	// a Swedish or Norwegian text the lists of its own language read it better (pipeline.go).
	categoryByModel bool
	// weakComplaint: the lists' complaint rests on one weak or ordinary cue or a bare time (weight ≤ 2)
	weakComplaint bool
	// dangerWords: the lists found a danger word, whatever they made of it (past, over, general); a
	// Norwegian text named Danish is then theirs to judge, not the Norwegian lists' (pipeline.go).
	dangerWords bool
	// cleared: the Danish/English reading found a danger negated or over, or a statement of safety; the
	// foreign models do not overrule it (asked only when they would speak)
	cleared func() bool
	// sentencePast: the Danish/English reading's past tense in a sentence (by the tokens' sentence index)
	sentencePast func(sent int) bool
	// complaint: the complaint category the lists' evidence weighs most for, "" for none or a weak one
	// (weakComplaint); an urgent text the later stages read as thanks takes it (urgentCategory)
	complaint string
	// modelHashes: the Danish/English models' features of the words read (applyModels), for the urgent
	// model's last word on a text the lists and gates left unflagged (sure.go); nil without models
	modelHashes []uint32
	// quoted: the text gives words between quotation marks (quotedRemark): the conduct models' bar is
	// conductThresholdQuoted (quoted.go), in the foreign reading too
	quoted bool
}

// armed: a person word followed by "med"/"with"/"mit" and a weapon ("manden med kniven", "the guy with
// the machete") names the offender, not staff (session 10).
func armed(toks []token, end int) bool {
	if end+2 >= len(toks) || toks[end+1].sent != toks[end].sent {
		return false
	}
	switch toks[end+1].key {
	case "med", "with", "mit":
	default:
		return false
	}
	for i := end + 2; i <= end+3 && i < len(toks) && toks[i].sent == toks[end].sent; i++ {
		for _, w := range []string{"kniv", "knife", "machete", "pistol", "gun", "vaben", "weapon", "okse", "axe", "kolle", "bat", "riffel", "rifle", "gevar", "jernstang", "messer", "waffe"} {
			if strings.HasPrefix(toks[i].key, w) {
				return true
			}
		}
	}
	return false
}

// neighbour: a person word followed by where they live ("manden i lejligheden under os", "fyren
// ovenpå", "the man upstairs", "the guy in the flat next door") names a neighbour, not staff (session
// 10's second round).
func neighbour(toks []token, end int) bool {
	next := func(i int) string {
		if i < len(toks) && toks[i].sent == toks[end].sent {
			return toks[i].key
		}
		return ""
	}
	switch next(end + 1) {
	case "ovenpa", "nedenunder", "overfor", "upstairs", "downstairs", "underbo", "overbo":
		return true
	case "i", "in", "fra", "from", "pa", "on", "across":
		for i := end + 2; i <= end+3; i++ {
			switch next(i) {
			case "lejligheden", "lejlighed", "opgangen", "naboopgangen", "ejendommen", "stuen", "flat", "apartment", "building", "stairwell", "hall", "nabohuset", "huset", "house":
				return true
			}
		}
	}
	return false
}

// lastMoment: "sidste" or "last" before a word of a moment ("i sidste øjeblik", "at the last second")
// is the idiom of a near miss, which is now as often as not (probe 5: cars braking in the dark).
func lastMoment(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].sent != toks[i].sent || toks[i].key != "sidste" && toks[i].key != "last" {
		return false
	}
	switch toks[i+1].key {
	case "ojeblik", "sekund", "moment", "second", "minute":
		return true
	}
	return false
}

// urgentCategory is the category of an urgent text that was read as praise: the complaint found in it
// (a complaint category, never conduct, which comes only with its flag), else "other". The corpus labels
// urgent texts by their complaint, most often "other", never "praise" (doc_intro.md, Corpus).
func urgentCategory(complaints ...string) string {
	for _, c := range complaints {
		if slices.Contains(tieOrder, c) {
			return c
		}
	}
	return feedback.CategoryOther
}

// gather finds the word lists' hits and marks the sentences that name staff or someone else.
func (rd *reading) gather() {
	rd.hits = compiled().find(rd.toks)
	rd.e = &evidence{toks: rd.toks, flags: make([]uint32, len(rd.toks))}
	for _, h := range rd.hits {
		switch h.rule.kind {
		case kPresentDanger, kDanger, kWeakDanger, kNet:
			rd.notes.dangerWords = true
		}
		// a general statement told in a phrase ("hvor mange unge der …") makes its sentence general too
		if len(h.rule.parts) == 1 || h.rule.kind == kGeneric {
			if h.rule.kind == kPast && lastMoment(rd.toks, h.start) {
				continue // "bremser i sidste øjeblik", "at the last second": a moment now, not the past
			}
			for i := h.start; i <= h.end; i++ {
				rd.e.flags[i] |= 1 << h.rule.kind
			}
		}
	}
	for _, h := range rd.hits {
		switch h.rule.kind {
		case kStaff:
			rd.e.staffSent = append(rd.e.staffSent, rd.toks[h.start].sent)
			rd.e.strongStaffSent = append(rd.e.strongStaffSent, rd.toks[h.start].sent)
			rd.e.staffClause = append(rd.e.staffClause, rd.toks[h.start].clause)
		case kGenericStaff:
			if partOfThirdParty(h, rd.hits) {
				continue // "the guy I reported" is not staff
			}
			if armed(rd.toks, h.end) || neighbour(rd.toks, h.end) {
				rd.e.third = append(rd.e.third, h) // "manden med kniven", "the guy with the machete": the offender
				continue                           // "manden i lejligheden under os", "the man upstairs": a neighbour
			}
			rd.e.staffSent = append(rd.e.staffSent, rd.toks[h.start].sent)
			rd.e.staffClause = append(rd.e.staffClause, rd.toks[h.start].clause)
		case kThirdParty:
			if h.start > 0 && rd.toks[h.start-1].key == "as" && rd.toks[h.start-1].sent == rd.toks[h.start].sent {
				continue // "as a woman I was told …": the writer, not someone else
			}
			if rd.toks[h.start].key == "fuld" && h.end+1 < len(rd.toks) && rd.toks[h.end+1].key == "af" {
				continue // "fuld af fordomme" is full of prejudice, not drunk
			}
			if slices.ContainsFunc(rd.hits, func(o hit) bool { return o.rule.kind == kStaff && o.start <= h.start && o.end >= h.end }) {
				continue // "hendes kollega": the officer's colleague is staff, not someone else
			}
			rd.e.third = append(rd.e.third, h)
		}
	}
	// a noun followed by a relative clause of what that person did is one mention of someone else,
	// from the noun on ("Manden, der havde kørt ind i min bil, …")
	for _, g := range rd.hits {
		if g.rule.kind != kGenericStaff {
			continue
		}
		for _, o := range rd.hits {
			if o.rule.kind == kThirdParty && relativeOffender(g, o) {
				o.start = g.start
				rd.e.third = append(rd.e.third, o)
			}
		}
	}

}

// weighCues reads each hit in its context: a category cue negated, about the writer or about someone
// else; conduct words about staff; danger told now.
func (rd *reading) weighCues() {
	rd.scores = map[string]int{}
	rd.conductScore, rd.praise, rd.negative = 0, 0, false
	rd.mf, rd.police = 0, 0
	rd.mfAt, rd.policeAt = nil, nil // token positions of medical/fire and police words
	rd.catAt = map[string][]int{}   // token positions of each category's evidence
	rd.urgent, rd.waitInFollowUp, rd.mannerPraise = false, false, false
	rd.praiseAt, rd.complaintAt, rd.callBackAwaited, rd.denied, rd.barrierWord = nil, nil, false, nil, false
	rd.asked = 0
	var hangUps []hit // "hung up on me", decided once every cue of the text is read (hungUpAfterBarrier)
	for _, h := range rd.hits {
		r := h.rule
		switch r.kind {
		case kCategory:
			c := categoryCues[r.cue]
			cat := c.cat
			if inside(h, rd.hits) {
				continue // "råd" inside "gode råd": the phrase speaks for it
			}
			if cat == acc && c.w > 0 && !isLanguageName(c.pat) {
				rd.barrierWord = true
			}
			if _, neg := rd.e.negation(h, false); c.pat == awaitedCallBack && !neg {
				rd.callBackAwaited = true
			}
			if slices.Contains(askWhatToDo[:], c.pat) {
				rd.asked += c.w
			}
			if insideLongerComplaint(h, rd.hits) {
				// "ingen patrulje" inside "stadig ingen patrulje kommet": the longer cue speaks for it; a
				// wait inside a follow-up cue ("still waiting") is kept in mind for a danger now (decideByLists)
				rd.waitInFollowUp = rd.waitInFollowUp || c.cat == rt
				continue
			}
			if neg, ok := rd.e.negation(h, c.cat == rt); ok {
				cat = c.neg
				if cat == "" && c.w >= 2 && (c.cat == fu || c.cat == acc || c.cat == tech || c.cat == adv) {
					cat = c.cat // "ingen tolk", "intet journalnummer": the lack is the complaint
				}
				if cat == "" {
					rd.e.reason("negation '%s' before '%s'", neg, rd.e.words(h))
					if c.cat == ros {
						rd.negative = true
					}
					if c.cat == cond {
						rd.e.conductDenied = true // "ikke uhøflig": the conduct model does not overrule it
					}
					continue
				}
				rd.e.reason("negation '%s' before '%s' → %s", neg, rd.e.words(h), cat)
			} else if cat == "" {
				continue
			} else if c.w < 0 {
				rd.denied = append(rd.denied, cat)
				rd.e.reason("'%s' is not %s", rd.e.words(h), cat) // "kunne godt" is not praise
			} else {
				rd.e.reason("matched '%s' → %s", rd.e.words(h), cat)
			}
			if cat == cond && rd.e.selfDescribed(h) {
				rd.e.reason("'%s' describes the writer, not staff", rd.e.words(h)) // "jeg var selv lidt uhøflig"
				rd.e.conductDenied = true
				continue
			}
			if cat == cond && rd.e.excused(h) {
				rd.e.reason("'%s' is excused by the writer after 'but': not a complaint of conduct", rd.e.words(h)) // "kort for hovedet, men jeg forstår godt, at de har travlt"
				rd.e.conductDenied = true
				continue
			}
			if cat == cond && h.rule.disclosure && rd.e.toldByWriter(h) {
				rd.e.reason("'%s' is told by the writer, not by staff", rd.e.words(h)) // "I told my neighbour where I live"
				continue
			}
			if cat == cond && rd.e.retractedAccusation(h) {
				rd.e.reason("'%s' is what the writer said to staff and takes back: not staff conduct", rd.e.words(h))
				rd.e.conductDenied = true
				continue
			}
			if cat == cond && rd.e.writerWasRude(h) {
				rd.e.reason("'%s' is the writer's own rudeness, told with thanks or an apology: not staff conduct", rd.e.words(h))
				continue
			}
			if cat == cond && len(h.rule.parts) > 1 && rd.e.acrossBut(h) {
				rd.e.reason("'%s' spans 'men'/'but': two statements, not one conduct phrase", rd.e.words(h))
				continue
			}
			if cat == cond && rd.e.aboutSomeoneElse(h) {
				rd.e.conductDenied = true
				rd.e.reason("'%s' is about someone else, not staff", rd.e.words(h))
				continue
			}
			rd.catAt[cat] = append(rd.catAt[cat], h.start)
			switch {
			case c.w <= 0:
			case cat == ros:
				rd.praiseAt = append(rd.praiseAt, h.start)
			case cat != cond:
				rd.complaintAt = append(rd.complaintAt, h.start)
			}
			switch cat {
			case cond:
				rd.conductScore += c.w
			case ros:
				rd.praise += c.w
				if c.neg == cond && c.w >= 2 {
					rd.mannerPraise = true
				}
			default:
				rd.scores[cat] += c.w
			}
		case kStaffConduct:
			_, neg := rd.e.negation(h, false)
			if neg && rd.e.insinuation(h) {
				neg = false // "are you sure you weren't provoking them?": the question is the remark
			}
			if !neg {
				rd.e.conductHint = true
			}
			if !neg && rd.e.retractedAccusation(h) {
				rd.e.reason("'%s' is what the writer said to staff and takes back: not staff conduct", rd.e.words(h))
				rd.e.conductDenied = true
				continue
			}
			if !neg && rd.e.aboutStaff(rd.toks[h.start].sent) && !rd.e.aboutSomeoneElse(h) && !rd.e.otherSubject(h) && !qualifiesDanger(h, rd.hits) && !inPhrase(h, rd.hits) && !rd.e.writerWasRude(h) && !rd.e.writersOwn(h) && !rd.e.notAManner(h) {
				rd.conductScore += 2
				rd.e.reason("matched '%s' about staff → conduct", rd.e.words(h))
			}
		case kHangUp:
			if _, neg := rd.e.negation(h, false); !neg && !rd.e.sentenceHas(rd.toks[h.start].sent, kMachine) && !rd.e.aboutSomeoneElse(h) {
				hangUps = append(hangUps, h)
			}
		case kNegative:
			if rd.toks[h.start].key == "bad" && h.start == h.end && rd.e.danishText() {
				continue // the Danish "bad" is "asked" ("betjenten bad mig om at …"), not the English "bad"
			}
			if _, neg := rd.e.negation(h, false); !neg {
				rd.negative = true
				rd.e.reason("matched '%s' → complaint", rd.e.words(h))
			}
		case kPresentDanger:
			if rd.e.dangerNow(h, rd.hits, false, false) {
				rd.urgent = true
			}
		case kDanger:
			if rd.e.dangerNow(h, rd.hits, true, true) {
				rd.urgent = true
			}
		case kWeakDanger:
			if rd.e.dangerNow(h, rd.hits, true, false) {
				rd.urgent = true
			}
		case kMedicalFire:
			rd.mf++
			rd.mfAt = append(rd.mfAt, h.start)
		case kPolice:
			rd.police++
			rd.policeAt = append(rd.policeAt, h.start)
		}
	}
	for _, h := range hangUps {
		if rd.hungUpAfterBarrier(h) {
			rd.e.reason("'%s' follows the language barrier told before it: accessibility, not staff conduct", rd.e.words(h))
			rd.e.conductDenied = true // the lists read the ended call as the barrier: the conduct model does not overrule them
			continue
		}
		rd.conductScore += 2
		rd.e.reason("matched '%s' → conduct", rd.e.words(h))
	}
	before := rd.scores[rt]
	rd.complaintAt = append(rd.complaintAt, rd.e.durations(rd.scores, &rd.praise, rd.catAt[rt])...)
	rd.durationOnly = before == 0 && rd.scores[rt] > 0
	if !rd.urgent && rd.e.cryForHelp() {
		rd.urgent = true
	}

}

// decideByLists sets the category and flags the lists' evidence calls for.
func (rd *reading) decideByLists() {
	rd.c = feedback.Classification{Version: Version, Urgent: rd.urgent, Language: language(rd.toks, rd.in.Text, rd.e.flags)}
	rd.c.Conduct = rd.conductScore >= 2
	rd.best, rd.bestScore = feedback.CategoryOther, 0
	for _, cat := range tieOrder {
		if rd.scores[cat] > rd.bestScore {
			rd.best, rd.bestScore = cat, rd.scores[cat]
		}
	}
	if rd.scores[acc] >= 3 && rd.best != acc {
		// A barrier (no interpreter, deaf, no MitID) explains the rest of the complaint: the waiting or
		// the bad line follows from it ("tolken kom aldrig på linjen, vi ventede og ventede").
		rd.best, rd.bestScore = acc, max(rd.bestScore, rd.scores[acc])
	}
	if rd.urgent && rd.best == fu && (rd.scores[rt] > 0 || rd.waitInFollowUp) && !rd.callBackAwaited {
		// In a report of danger now the writer waits for help, not for news of a case: "I called but I'm
		// still waiting. Please send someone."
		rd.best, rd.bestScore = rt, max(rd.bestScore, rd.scores[rt])
	}
	sides := sidesOf(rd.toks, lastBut(rd.toks), rd.praiseAt, rd.complaintAt)
	switch {
	case rd.c.Conduct:
		rd.c.Category = cond
	case rd.bestScore > 0 && sides.complaintAfterBut():
		rd.c.Category = rd.best // the complaint after "but" is the verdict ("sød, men det tog lang tid")
		rd.e.reason("%s: the complaint after 'but' outweighs the praise before it", rd.best)
	case rd.bestScore > 0 && rd.praise > 0 && !rd.urgent && sides.praiseAfterBut(rd.in.Rating):
		rd.c.Category = ros // "lang kø, men god hjælp"
		rd.e.reason("praise after 'but' outweighs the complaint before it")
	case rd.best == acc && !rd.barrierWord && rd.praise >= rd.bestScore && rd.in.Rating >= 4:
		rd.c.Category = ros // languages named in thanks ("I am Ukrainian, my Danish is little. Thank you …")
	case rd.bestScore > 0 && rd.praise >= rd.bestScore+3 && rd.in.Rating >= 4, rd.bestScore == 1 && rd.praise >= 2,
		rd.best == rt && rd.durationOnly && rd.praise >= 1 && rd.in.Rating >= 4:
		// a bare time with thanks in a good rating tells how long it took, not a wait complained of
		// ("Hjælpen kom efter 20 minutter, og jeg er meget taknemmelig")
		rd.c.Category = ros // a small or weak complaint inside clear praise
	case rd.bestScore > 0:
		rd.c.Category = rd.best
	case rd.praise > 0 && !rd.negative && (rd.in.Rating == 0 || rd.in.Rating >= 3):
		rd.c.Category = ros
	case rd.praise > 0 && !rd.negative:
		rd.c.Category = ros
		rd.e.reason("praise words despite rating %d", rd.in.Rating)
	default:
		rd.c.Category = feedback.CategoryOther
	}
}

// widenUrgent is the recall-first net over danger words the lists saw but did not count.
func (rd *reading) widenUrgent() {
	if !rd.c.Urgent && rd.c.Category == feedback.CategoryOther && !rd.negative {
		// Danger words in a text that neither complains nor thanks and is not told in the past: the
		// writer is most likely reporting it now ("min datter har slugt et batteri og kaster op") —
		// unless a later sentence says how it ended ("… I got home ok").
		for _, h := range rd.e.untimed {
			if _, ok := rd.e.laterSafety(h, rd.hits); ok {
				continue
			}
			rd.c.Urgent = true
			rd.notes.urgentUnplaced = true
			rd.e.reason("urgent: '%s' in a text with no complaint or thanks and no past tense", rd.e.words(h))
			break
		}
	}
	if !rd.c.Urgent {
		if h, ok := rd.e.net(rd.hits); ok {
			// Recall first: a danger or help word told now or with no tense, and not negated, over,
			// hypothetical, general or about the call's service, is urgent even in a text that
			// complains or thanks; missing someone in danger is the worst error.
			rd.c.Urgent = true
			rd.notes.urgentByNet = true
			rd.e.reason("urgent (net): '%s' not told as past, over, negated or hypothetical", rd.e.words(h))
		}
	}
	rd.waitForHelp()
}

// waitForHelp: a text the net found to report danger now waits for help, not for news of a case, as in
// decideByLists ("He is smashing our windows right now. I called and I am still waiting").
func (rd *reading) waitForHelp() {
	if rd.c.Urgent && rd.c.Category == fu && rd.best == fu && (rd.scores[rt] > 0 || rd.waitInFollowUp) && !rd.callBackAwaited {
		rd.c.Category = rt
		rd.best, rd.bestScore = rt, max(rd.bestScore, rd.scores[rt])
	}
}

// applyModels asks the embedded models where the lists are silent or weak.
func (rd *reading) applyModels(models modelSet, th Thresholds) {
	var hs []uint32
	if len(models) > 0 {
		hs = featureHashes(rd.toks)
	}
	rd.notes.modelHashes = hs
	rd.notes.quoted = quotedRemark(rd.in.Text)
	catProbs := categoryProbs{models: models, hs: hs}
	if m := models[modelUrgent]; m != nil && !rd.c.Urgent && !rd.e.cleared && !rd.e.safetyStated(rd.hits) {
		// Not over a negated or resolved danger the lists saw, nor over a text that says all is well.
		// With a danger or help word somewhere in the text the model's threshold decides; without one,
		// the model must find it more likely than not ("nu står han igen nede på parkeringspladsen og
		// kigger op"), not in a text that asks a question ("Jeg kan ikke finde det nogen steder", about
		// a passport), for a text the lists read as a complaint only when nearly sure ("jeg tænker på at
		// gå til DUP med min klage"), and for plain thanks only when all but certain ("de hjalp mig":
		// folded, "hjalp" is also "hjælp"); never from a text of one to three words ("tester lige"), nor
		// from one that opens by telling what the call was about and has no word of now ("Ringte om en bil
		// som står parkert …": the call that was).
		p, danger := m.probOf(hs), rd.e.dangerWord(rd.hits)
		alone := th.UrgentAlone
		switch {
		case rd.c.Category == ros:
			alone = max(alone, urgentThresholdThanks)
		case rd.c.Category != feedback.CategoryOther || rd.negative:
			alone = max(alone, urgentThresholdComplaint)
		}
		if danger && p >= th.Urgent || !danger && p >= alone && !rd.e.asks() && len(rd.toks) >= 4 && !rd.e.timeOfMyLife() && !rd.e.calledAbout() {
			// The second opinion: a phrasing the lists have not met that reads like the urgent texts
			// the model was trained on.
			rd.c.Urgent = true
			// with no danger word, in a text the lists could not place, below the bar for a complaint: the
			// foreign lists may still read it as staff conduct or thanks ("el shorti 2al 'I jer kommer her
			// og laver ballade' … hayda 3onsoriye": a racist remark), and then it needs that bar (pipeline.go)
			rd.notes.urgentUnplaced = rd.notes.urgentUnplaced || !danger && p < urgentThresholdComplaint
			rd.notes.urgentByModel = !danger
			rd.e.reason("urgent (model): p=%.2f, most weight on '%s'", p, strings.Join(m.topWords(rd.toks, 3), "', '"))
		}
	}
	if m := models[modelConduct]; m != nil && !rd.c.Conduct && !rd.e.conductDenied && rd.c.Category != ros &&
		!(rd.e.asks() && rd.bestScore == 0 && !rd.negative) && !rd.e.apologyOnly() {
		// Conduct told without the lists' words (sarcasm, mocking an accent), in a text that does not
		// deny it ("damen var ikke uhøflig"), is not thanks ("betjenten var høflig og rar") and is not
		// a plain question ("hvordan bliver man politibetjent?"). Staff need not be
		// named, since most writers say "han" or "hun", but then the model must be surer.
		bar := th.Conduct
		if len(rd.e.staffSent) == 0 {
			bar = max(bar, conductThresholdUnnamed)
		}
		if !rd.e.conductHint {
			bar = max(bar, conductThresholdNoHint)
			if rd.notes.quoted && th.ConductQuoted > 0 {
				// a remark given word for word needs no word of behaviour: the model's own decision (quoted.go)
				bar = max(th.Conduct, th.ConductQuoted)
			}
			if rd.e.writerToldOnly() {
				// the only telling in the text is the writer's ("Da jeg fortalte, at min søn havde truet …",
				// "jeg sagde, at …"): the model's weight on verbs of telling is for staff telling others
				bar = max(bar, conductThresholdWriterTold)
			}
		}
		if p := m.probOf(hs); p >= bar {
			rd.c.Conduct, rd.c.Category = true, cond
			rd.e.reason("conduct (model): p=%.2f, most weight on '%s'", p, strings.Join(m.topWords(rd.toks, 3), "', '"))
		}
	}
	if rd.c.Category == feedback.CategoryOther && rd.bestScore == 0 && rd.praise == 0 && !rd.negative && len(models) > 0 {
		// The lists found nothing to place the text by: the most probable complaint category decides
		// when its model is sure enough. Conduct comes only through the conduct flag above, and praise
		// only from the lists' words ("I'm fine now" is no thanks).
		mbest, bp := catProbs.best(func(cat string) bool { return cat != cond && cat != ros && !slices.Contains(rd.denied, cat) })
		if mbest != "" && mbest != feedback.CategoryOther && bp >= th.Category {
			rd.c.Category = mbest
			rd.notes.categoryByModel = true
			rd.e.reason("%s (model): p=%.2f, most weight on '%s'", mbest, bp, strings.Join(models[modelCategory+mbest].topWords(rd.toks, 3), "', '"))
		}
	}
	strength := rd.bestScore // how much the lists' own evidence weighs for their category
	if rd.c.Category == ros {
		strength = rd.praise
	}
	if th.CategoryOverride > 0 && !rd.c.Conduct && len(models) > 0 && strength <= overrideStrength {
		// Where the lists placed the text, a category model that is nearly sure of another category
		// overrules them: on text the lists were not written for, the models place it better (the
		// cross-validated table of make train). Conduct stays with the conduct flag, and praise needs a
		// word of thanks the lists found ("I'm fine now" is no thanks) in a text that is not urgent (an
		// urgent text is never praise: doc_intro.md, Corpus).
		mbest, bp := catProbs.best(func(cat string) bool { return cat != cond && (cat != ros || rd.praise > 0 && !rd.c.Urgent) })
		// thanks in a good rating are not overruled into a complaint ("Tack till patrullen som kom på fem
		// minuter"), only into "other" (thanks that are really news: "he's been arrested, I'm fine"), and
		// not even that when they praise how staff were ("jeg fik et klart og venligt svar")
		thanked := rd.c.Category == ros && rd.in.Rating >= 4 && (mbest != feedback.CategoryOther || rd.mannerPraise)
		// a wait for the help called in a report of danger now is the wait complained of, not "other" (the
		// corpus labels most urgent texts "other", and times danger as often as it waits: calledForHelp)
		keepWait := mbest == feedback.CategoryOther && rd.c.Urgent && rd.best == rt && rd.c.Category == rt && calledForHelp(rd.toks)
		if mbest != rd.c.Category && bp >= th.CategoryOverride && !thanked && !keepWait {
			rd.c.Category = mbest
			rd.e.reason("%s (model): p=%.2f over the word lists, most weight on '%s'", mbest, bp, strings.Join(models[modelCategory+mbest].topWords(rd.toks, 3), "', '"))
		}
	}
}

// onlyComplaint: no complaint category but cat has evidence.
func (rd *reading) onlyComplaint(cat string) bool {
	for _, c := range tieOrder {
		if c != cat && rd.scores[c] > 0 {
			return false
		}
	}
	return true
}

// finish corrects praise that is a call for help, notes the rating, sets priority and team and
// collects the reasons.
func (rd *reading) finish() {
	if rd.bestScore > 0 && !rd.notes.weakComplaint {
		rd.notes.complaint = rd.best
	}
	if rd.c.Urgent && rd.c.Category == adv && rd.asked > 0 && rd.scores[adv] <= rd.asked {
		// "hvad gør jeg??" in a report of danger is a plea, not a complaint of advice: the next complaint
		// the lists found, else "other"
		rd.c.Category = feedback.CategoryOther
		for _, cat := range tieOrder {
			if cat != adv && rd.scores[cat] > 0 && (rd.c.Category == feedback.CategoryOther || rd.scores[cat] > rd.scores[rd.c.Category]) {
				rd.c.Category = cat
			}
		}
		rd.e.reason("asking what to do in a report of danger is a plea, not a complaint of advice: %s", rd.c.Category)
	}
	if rd.c.Urgent && rd.c.Category == tech && rd.best == tech && !callMedium(rd.toks) {
		// In a report of danger a technical word with nothing of the call, line, phone or web in the text
		// describes the scene ("making a whistling noise", "bleeding loads", "not sure how this works"):
		// the next complaint the lists found, else "other".
		was := rd.c.Category
		rd.c.Category = feedback.CategoryOther
		for _, cat := range tieOrder {
			if cat != was && rd.scores[cat] > 0 && (rd.c.Category == feedback.CategoryOther || rd.scores[cat] > rd.scores[rd.c.Category]) {
				rd.c.Category = cat
			}
		}
		rd.e.reason("%s words in a report of danger with nothing of the call, line or web: %s", was, rd.c.Category)
	}
	if rd.c.Urgent && rd.c.Category == rt && rd.best == rt && rd.durationOnly && !calledForHelp(rd.toks) && rd.onlyComplaint(rt) {
		// A bare time in a report of danger, with no word of calling, of waiting or of help on its way and
		// no other complaint, times the danger ("missing since 20 minutes", "vi har ledt i en halv time",
		// "it's been 40 minutes and she's not at any friends"), not a wait for help.
		rd.c.Category = feedback.CategoryOther
		rd.e.reason("a bare time in a report of danger times the danger, not a wait: other")
	}
	if rd.c.Urgent && rd.c.Category == rt && rd.best == rt && rd.scores[rt] <= 2 && rd.praise > 0 && !calledForHelp(rd.toks) && rd.onlyComplaint(rt) {
		// One weak word of waiting beside thanks in a report of danger, with no word of calling, of a queue or
		// of help on its way, is the writer's own waiting ("I'm just sitting by the water now waiting for
		// it to get dark"), not a wait for help: thanks beside danger now are "other" (session 10, cls-17c).
		rd.c.Category = feedback.CategoryOther
		rd.e.reason("one word of waiting beside thanks in a report of danger is no wait for help: other")
	}
	if rd.c.Urgent && rd.c.Category == ros {
		// An urgent text is never praise (doc_intro.md, Corpus): thanks for an earlier call beside danger
		// now ("tak for hjælpen sidst, men han står udenfor igen nu") keep the category of the complaint
		// the lists found, else "other" — not one weak cue the thanks outweighed ("sagen", "late"); and
		// "hjælp" in a call for help is no thanks at all.
		rd.c.Category = urgentCategory(rd.notes.complaint)
		rd.e.reason("urgent, so not praise: %s", rd.c.Category)
	}
	if s := sidesOf(rd.toks, lastBut(rd.toks), rd.praiseAt, rd.complaintAt); rd.c.Category == ros && rd.bestScore == 0 && !rd.c.Urgent &&
		s.praiseBefore && !s.praiseAfter && rd.in.Rating >= 1 && rd.in.Rating <= 3 {
		// "Medarbejderen var helt fin. Men patruljen kørte bare igen", rated 1–3: praise only before the last
		// "but" is not the verdict, even when the lists cannot read what follows it
		rd.c.Category = feedback.CategoryOther
		rd.e.reason("praise only before 'but' in a text rated %d: not the verdict", rd.in.Rating)
	}
	if rd.in.Rating > 0 {
		rd.e.reason("rating %d", rd.in.Rating)
	}

	complaint := (rd.c.Category != ros && rd.c.Category != feedback.CategoryOther) ||
		(rd.c.Category == feedback.CategoryOther && (rd.negative || (rd.in.Rating > 0 && rd.in.Rating <= 2)))
	switch {
	case rd.c.Urgent:
		rd.c.Priority = feedback.P1
	case rd.c.Conduct, complaint && rd.in.Rating > 0 && rd.in.Rating <= 2 && (rd.negative || rd.c.Category != feedback.CategoryOther):
		rd.c.Priority = feedback.P2
	case complaint:
		rd.c.Priority = feedback.P3
	default:
		rd.c.Priority = feedback.P4
	}

	district := rd.in.District
	if !feedback.IsDistrict(district) {
		district = "unknown"
	}
	switch {
	case rd.c.Urgent:
		rd.c.Team = "duty-" + district
		rd.e.reason("team %s: urgent", rd.c.Team)
	case rd.c.Conduct:
		rd.c.Team = "dup-" + district
		rd.e.reason("team %s: conduct (DUP)", rd.c.Team)
	case rd.mf > 0 && rd.e.aboutMedicalFire(rd.catAt[rd.c.Category], rd.mfAt, rd.policeAt, rd.mf >= rd.police):
		rd.c.Team = feedback.TeamMedicalFire
		rd.e.reason("team %s: ambulance, medical or fire handling", rd.c.Team)
	default:
		rd.c.Team = feedback.TeamCitizenService
	}
	rd.c.Reasons = rd.e.reasons
	if rd.c.Reasons == nil {
		rd.c.Reasons = []string{noEvidence}
	}
}

// partOfThirdParty reports a hit that is part of a mention of someone else: inside a longer one, sharing
// a word with one ("the drunk guy"), or followed by a relative clause telling what that person did to
// the writer ("fyren der stjal min taske", "the man who attacked me").
func partOfThirdParty(h hit, hits []hit) bool {
	for _, o := range hits {
		if o.rule.kind != kThirdParty {
			continue
		}
		if o.start <= h.start && o.end >= h.end && o.end > o.start || o.start >= h.start && o.end <= h.end || relativeOffender(h, o) {
			return true
		}
	}
	return false
}

// relativeOffender: the mention of someone else o is a relative clause ("der stjal", "who attacked")
// right after the noun h.
func relativeOffender(h, o hit) bool {
	if o.start != h.end+1 || len(o.rule.parts) < 2 {
		return false
	}
	return slices.ContainsFunc(o.rule.parts[0], func(a alt) bool { return a.s == "der" || a.s == "som" || a.s == "who" })
}

// calledForHelp: the text tells of calling the police or an ambulance, or of help being sent — so a
// wait in it is a wait for that help ("I called 40 minutes ago", "blev sat i kø", "they are sending
// someone but it has been 30 min"), not how long the danger has gone on ("he has been banging on the
// door for ten minutes").
func calledForHelp(toks []token) bool {
	for _, t := range toks {
		switch t.key {
		case "ringede", "called", "rang", "phoned", "112", "114", "ko", "koen", "queue", "hold", "sending", "sender", "sendt", "brandbil", "brandbilen",
			"patrulje", "patruljen", "patrol", "ambulancen", "ambulance", "igennem", "through":
			return true
		}
	}
	return false
}

// callMedium: the text names the call, the line, the phone or the web, or how a call ended, which a
// technical complaint is about.
func callMedium(toks []token) bool {
	for _, t := range toks {
		switch t.key {
		case "line", "linjen", "linje", "forbindelsen", "forbindelse", "connection", "call", "calls", "opkald", "opkaldet",
			"phone", "telefon", "telefonen", "tlf", "menu", "menuen", "link", "linket", "site", "website", "hjemmeside",
			"hjemmesiden", "form", "formularen", "formular", "app", "appen", "sms", "signal", "afbrudt", "afbrod",
			"disconnected", "dropped", "cut", "rog", "faldt", "bippede", "112", "114", "ringede", "called", "ringet":
			return true
		}
	}
	return false
}

// isLanguageName: the cue only names a language (lexicon: "=dansk", "=english", languageNames …).
func isLanguageName(pat string) bool {
	switch pat {
	case languageNames, "=language", "=engelsk", "=english", "=dansk", "=danish":
		return true
	}
	return strings.HasPrefix(pat, "=gronlandsk|")
}

package classify

import "slices"

// renewalWords say that a danger goes on or came back: again, still, came back, in the languages the
// foreign lists read, folded by foldForeign. "immer", "mar", "всё", "ещё", "kvar" and "baz" are left out:
// alone they say always, a time, all, yet, left and open.
var renewalWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"again", "still", "igen", "igjen", "fortsatt", "fremdeles", "stadig", "fortfarande",
		"wieder", "weiterhin", "znowu", "znów", "ciągle", "nadal", "dalej", "wciąż", "wrócił", "wróciła",
		"yine", "gene", "hâlâ", "tekrar", "iar", "încă", "continuă", "weli", "wali", "haddana",
		"تاني", "ثاني", "لسا", "لسه", "مازال", "رجع", "lessa", "lissa", "ba3do", "tani", "rje3", "rija3",
		"دوباره", "هنوز", "برگشت", "dobare", "dobareh", "hanooz", "hanuz",
		"знову", "досі", "znovu", "dosi", "опять", "снова", "opyat", "snova", "vernulsya", "повернувся", "вернулся",
	} {
		m[foldForeign(w)] = true
	}
	return m
}()

// renewalIn returns the word of again or still in the clause of token i ("" when there is none); keys are
// the tokens keyed by foldForeign.
func renewalIn(toks []token, keys []string, i int) string {
	cl := toks[i].clause
	for j := i; j >= 0 && toks[j].clause == cl; j-- {
		if renewalWords[keys[j]] {
			return toks[j].word
		}
	}
	for j := i + 1; j < len(toks) && toks[j].clause == cl; j++ {
		if renewalWords[keys[j]] {
			return toks[j].word
		}
	}
	return ""
}

// renewedInOwnClause says whether a danger's own clause renews it against a statement that it is over
// (o) in another clause: a word of again or still there ("mitt ex står utanför fönstret igen nu …, han
// har kontaktförbud"; "papa ist grad wieder umgekippt … rettungswagen … ist wieder weg"), and it returns
// that word. Not in a question ("co mam zrobić, jeśli sąsiad znowu będzie groził? na razie jest
// spokój"), not where a "but" or "only" stands between the danger and a statement after it ("nadal jej
// nie znaleźliśmy, ale po południu wróciła sama"), and not where a word of now after the danger's clause,
// with no again or still of its own, tells the news that ended it ("… şimdi polis geldi, her şey
// yolunda"; "… Şimdi yine burada" still renews). Chosen in session 11 (cls-21s) on first sight (doc_intro.md).
func renewedInOwnClause(toks []token, keys []string, h, o fhit, now []fhit) (string, bool) {
	cl := toks[h.start].clause
	if toks[o.start].clause == cl || toks[o.end].clause == cl || toks[h.start].question {
		return "", false
	}
	if o.start > h.end && (contrastBetween(toks, h.end, o.start) || slices.ContainsFunc(now, func(n fhit) bool {
		return n.start > h.end && toks[n.start].clause != cl && renewalIn(toks, keys, n.start) == ""
	})) {
		return "", false
	}
	w := renewalIn(toks, keys, h.start)
	return w, w != ""
}

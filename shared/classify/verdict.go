package classify

// The writer's verdict comes after "but": "Freundlich, aber die Auskunft war falsch" complains of the
// advice, "lang kø men god hjælp" praises the help. When praise and complaint stand on the two sides of
// the last "but" (men, aber, ale, ama, dar, але, но, ولی, laakiin … — contrastWords, not the concessive
// "selvom"/"although"), the side after it decides; the Danish/English lists and the foreign lists read
// it alike.

// otherwiseWords: "men ellers fint", "but otherwise fine" — praise after "otherwise" leaves the complaint
// before it the point (keys as fold gives them).
var otherwiseWords = map[string]bool{"ellers": true, "otherwise": true, "sonst": true, "ansonsten": true, "annars": true,
	"inaczej": true, "poza": true, "altfel": true, "rest": true, "иначе": true, "остальном": true, "інакше": true, "решті": true}

// lastBut is the position of the text's last "but" with at least two words after it, or -1.
func lastBut(toks []token) int {
	for i := len(toks) - 3; i >= 0; i-- {
		if k := toks[i].key; contrastWords()[k] && k != "selvom" && k != "although" {
			return i
		}
	}
	return -1
}

// butSides tells on which sides of position but praise and complaint evidence stand.
type butSides struct {
	praiseBefore, praiseAfter, complaintBefore, complaintAfter, otherwise bool
	wordsAfter                                                            int
}

func sidesOf(toks []token, but int, praiseAt, complaintAt []int) butSides {
	var s butSides
	if but < 0 {
		return s
	}
	for _, t := range toks[but+1:] {
		s.otherwise = s.otherwise || otherwiseWords[t.key]
	}
	s.wordsAfter = len(toks) - but - 1
	for _, p := range praiseAt {
		s.praiseBefore = s.praiseBefore || p < but
		s.praiseAfter = s.praiseAfter || p > but
	}
	for _, p := range complaintAt {
		s.complaintBefore = s.complaintBefore || p < but
		s.complaintAfter = s.complaintAfter || p > but
	}
	return s
}

// complaintAfterBut: praise only before the last "but" and a complaint after it — the complaint is the
// verdict, whatever the rating ("Amabili, dar mi-au dat informații greșite").
func (s butSides) complaintAfterBut() bool {
	return s.praiseBefore && !s.praiseAfter && s.complaintAfter
}

// praiseAfterBut: a complaint only before the last "but" and praise after it, in a rating of 3 or more —
// the praise is the verdict ("Took a while but they sorted it", "kurz angebunden, aber sehr hilfsbereit").
func (s butSides) praiseAfterBut(rating int) bool {
	return s.complaintBefore && !s.complaintAfter && s.praiseAfter && !s.otherwise && rating >= 3
}

// unreadAfterBut: praise only before the last "but", and four words or more after it that no list
// read — the verdict is there, unread ("Rozmowa była w porządku, ale obiecali że ktoś zadzwoni …").
func (s butSides) unreadAfterBut() bool {
	return s.praiseBefore && !s.praiseAfter && !s.complaintAfter && s.wordsAfter >= 4
}

package form

import (
	"strings"

	"borgerfeedback/shared/feedback"
)

// page is the data of every page (render.go writes it).
type page struct {
	Lang      string
	RTL       bool   // the language is written right to left: <html dir="rtl">
	Kind      string // form | receipt | a11y | error
	Title     string
	CSS       string     // the embedded stylesheet, written as it is
	Languages []langLink // the same page in each language (plain links, no script); none on the receipt
	A11yURL   string
	TrustURL  string

	// form
	Action    string
	Errors    []summaryError
	Questions []question
	Comment   field
	ContactOK field
	Contact   field

	// form and receipt: which contact this is about (channel, date, time; nothing else)
	About string

	// receipt
	Reference string
	Urgent    bool
	Consent   bool // the citizen allowed contact: say so (and only then)
	Complaint bool // the reply is about staff conduct or the rating is low: offer the DUP complaint

	// error
	Message  string
	NextStep bool // the link does not work: call 114 instead

	// trust page: what the SMS looks like
	Sender, Domain, LinkPrefix string
	// The citizen's rights (rights.go): the actions the link still offers, "" when it does not.
	StopAction     string // POST here stops further SMS to the number
	WithdrawAction string // POST here withdraws the reply
	WithdrawDays   string
}

// T translates a key into the page's language.
func (p *page) T(key string) string { return translate(p.Lang, key) }

// Tf translates a key and fills its {placeholders} from pairs of name and value.
func (p *page) Tf(key string, pairs ...string) string { return translatef(p.Lang, key, pairs...) }

// langLink is one entry of the language list: the language named in itself.
type langLink struct {
	Code, Name, URL string
	RTL, Current    bool
}

// languageLinks lists every language, each a link to the same path with ?lang=. The lists are
// built once per language (the pages only read them).
func languageLinks(current string) []langLink {
	if links, ok := languageLists[current]; ok {
		return links
	}
	return buildLanguageLinks(current)
}

func buildLanguageLinks(current string) []langLink {
	links := make([]langLink, 0, len(languages))
	for _, l := range languages {
		links = append(links, langLink{Code: l.Code, Name: l.Name, URL: "?lang=" + l.Code, RTL: l.RTL, Current: l.Code == current})
	}
	return links
}

// languageLists and footerLinks are what every page of a language shares, built once.
var languageLists, footerLinks = func() (map[string][]langLink, map[string][2]string) {
	lists, footers := map[string][]langLink{}, map[string][2]string{}
	for _, cur := range languages {
		lists[cur.Code] = buildLanguageLinks(cur.Code)
		footers[cur.Code] = [2]string{a11yPath + "?lang=" + cur.Code, trustPath + "?lang=" + cur.Code}
	}
	return lists, footers
}()

type summaryError struct{ Anchor, Text string }

type question struct {
	Name, Legend, Hint, Error, DescribedBy string
	Options                                []option
}

type option struct {
	Value, Label string
	Checked      bool
}

type field struct{ Value, Error string }

func (h *handler) page(q *request, kind, titleKey string) *page {
	footer, ok := footerLinks[q.lang]
	if !ok { // not a language of the pages: as before, the links carry it and the pages answer in Danish
		footer = [2]string{a11yPath + "?lang=" + q.lang, trustPath + "?lang=" + q.lang}
	}
	return &page{Lang: q.lang, RTL: isRTL(q.lang), Kind: kind, Title: translate(q.lang, titleKey), CSS: css,
		Languages: languageLinks(q.lang), A11yURL: footer[0], TrustURL: footer[1]}
}

// formPage is the form with the citizen's input and the problems found in it.
func (h *handler) formPage(q *request, token string, in Input, errs []feedback.FieldError) *page {
	p := h.page(q, "form", "form_title")
	// Relative: the form posts to the page's own path, whatever prefix the API has. The language
	// rides in the query too, so even a reply refused before its body is read (too large, wrong
	// type, rate limited) is answered in the citizen's language.
	p.Action = token + "?lang=" + q.lang
	p.About = q.about
	msg := map[string]string{}
	for _, e := range errs {
		text := translate(q.lang, e.Message)
		msg[e.Field] = text
		anchor := e.Field
		switch e.Field {
		case fieldRating, fieldTakenSeriously, fieldWaitAcceptable, fieldContactOK:
			anchor += "-0" // the first option of the group takes the focus
		}
		p.Errors = append(p.Errors, summaryError{Anchor: anchor, Text: text})
	}
	choice := func(name, legendKey, hintKey, value string, opts ...[2]string) question {
		qn := question{Name: name, Legend: translate(q.lang, legendKey), Error: msg[name]}
		switch {
		case hintKey != "" && qn.Error != "":
			qn.DescribedBy = name + "-hint " + name + "-error"
		case hintKey != "":
			qn.DescribedBy = name + "-hint"
		case qn.Error != "":
			qn.DescribedBy = name + "-error"
		}
		if hintKey != "" {
			qn.Hint = translate(q.lang, hintKey)
		}
		qn.Options = make([]option, len(opts))
		for i, o := range opts {
			qn.Options[i] = option{Value: o[0], Label: translate(q.lang, o[1]), Checked: value == o[0]}
		}
		return qn
	}
	p.Questions = []question{
		choice(fieldRating, "q_rating", "q_rating_hint", strings.TrimSpace(in.Rating),
			[2]string{"1", "rating_1"}, [2]string{"2", "rating_2"}, [2]string{"3", "rating_3"}, [2]string{"4", "rating_4"}, [2]string{"5", "rating_5"}),
		choice(fieldTakenSeriously, "q_taken_seriously", "", in.TakenSeriously,
			[2]string{"yes", "opt_yes"}, [2]string{"partly", "opt_partly"}, [2]string{"no", "opt_no"}),
		choice(fieldWaitAcceptable, "q_wait_acceptable", "", in.WaitAcceptable,
			[2]string{"yes", "opt_yes"}, [2]string{"no", "opt_no"}, [2]string{"dont_know", "opt_dont_know"}),
	}
	p.Comment = field{Value: in.Comment, Error: msg[fieldComment]}
	var ok string
	if strings.TrimSpace(in.ContactOK) == "yes" {
		ok = "yes"
	}
	p.ContactOK = field{Value: ok, Error: msg[fieldContactOK]}
	p.Contact = field{Value: in.Contact, Error: msg[fieldContact]}
	return p
}

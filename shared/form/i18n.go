package form

import (
	"fmt"
	"strings"
)

// Languages of the citizen's pages, in the order the language list shows them. Danish is the
// default: a page without ?lang= (or with a language not listed) is Danish, unless the invitation
// says otherwise.
const (
	langDA = "da"
	langEN = "en"
	langAR = "ar"
	langPL = "pl"
	langTR = "tr"
	langUK = "uk"
	langDE = "de"
)

// language is one language of the pages: its code, its name in itself (as the language list shows
// it) and whether it is written right to left.
type language struct {
	Code, Name string
	RTL        bool
}

var languages = []language{
	{Code: langDA, Name: "Dansk"},
	{Code: langEN, Name: "English"},
	{Code: langAR, Name: "العربية", RTL: true},
	{Code: langPL, Name: "Polski"},
	{Code: langTR, Name: "Türkçe"},
	{Code: langUK, Name: "Українська"},
	{Code: langDE, Name: "Deutsch"},
}

// text is one string of the pages in every language. Its fields are named as the language
// constants, so a section writes it as text{langDA: "…", langEN: "…", …}. A struct, not a map by
// language: a section of structs is static data, while a map of maps was built by 64 KB of code
// at every start of the form (issue 13, docs/benchmarks.md).
type text struct{ langDA, langEN, langAR, langPL, langTR, langUK, langDE string }

// in points to the text's field for lang (nil when lang is not a language of the pages);
// TestEveryLanguageHasItsField checks that every language of languages has one.
func (t *text) in(lang string) *string {
	switch lang {
	case langDA:
		return &t.langDA
	case langEN:
		return &t.langEN
	case langAR:
		return &t.langAR
	case langPL:
		return &t.langPL
	case langTR:
		return &t.langTR
	case langUK:
		return &t.langUK
	case langDE:
		return &t.langDE
	}
	return nil
}

// catalog holds every string of the citizen's pages: key → language → text. It is built from
// sections, one map per area (texts.go: the form, receipt and error pages; texts_a11y.go: the
// accessibility statement; other areas in their own texts_<area>.go).
//
// To add a string:
//  1. Add the key to a section, or start a section in a new file texts_<area>.go
//     (var <area>Texts = map[string]text{…}) and add it to the list below.
//  2. Write it in EVERY language of languages, in plain everyday words and short sentences.
//     TestCatalogComplete fails when a key lacks a language or the languages disagree on the
//     {placeholders} of a key; the catalog panics at start-up when two sections define one key.
//  3. Use it in render.go as w.t("key"), w.para("key") or w.heading("2", "key") (p.Tf("key", "name",
//     value, …) for placeholders, written through w.text); TestTemplateKeysExist fails on a key the
//     catalog lacks.
//
// To add a language: add it to languages and its text to every key; the tests then render and
// check every page in it (page_test.go and the browser test walk languages).
var catalog = mergeSections(formTexts, pageTexts, aboutTexts, a11yTexts, trustTexts, rightsTexts)

// mergeSections joins the sections into one catalog; a key defined twice is a programming error.
func mergeSections(sections ...map[string]text) map[string]text {
	all := map[string]text{}
	for _, s := range sections {
		for k, v := range s {
			if _, dup := all[k]; dup {
				panic(fmt.Sprintf("form catalog: key %q defined twice", k))
			}
			all[k] = v
		}
	}
	return all
}

// translate returns the text of key in lang (Danish when lang lacks it; the key itself when the
// catalog lacks it, which the tests catch).
func translate(lang, key string) string {
	t, ok := catalog[key]
	if !ok {
		return key
	}
	if s := t.in(lang); s != nil {
		return *s
	}
	return t.langDA
}

// translatef translates key and fills its {name} placeholders from pairs of name and value, in one
// pass: a value is written as it is, never searched for placeholders itself. A placeholder without
// a pair stays as written.
func translatef(lang, key string, pairs ...string) string {
	s := translate(lang, key)
	if len(pairs) < 2 || strings.IndexByte(s, '{') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 32)
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		name, value, found := s[i+1:i+j], "", false
		for k := 0; k+1 < len(pairs); k += 2 {
			if pairs[k] == name {
				value, found = pairs[k+1], true
				break
			}
		}
		if found {
			b.WriteString(value)
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// pickLang returns lang if the pages speak it, else "".
func pickLang(lang string) string {
	for _, l := range languages {
		if l.Code == lang {
			return lang
		}
	}
	return ""
}

// isRTL reports whether lang is written right to left.
func isRTL(lang string) bool {
	for _, l := range languages {
		if l.Code == lang {
			return l.RTL
		}
	}
	return false
}

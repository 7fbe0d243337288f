package awscall

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The query protocol's answers are small XML documents whose results are flat: <PublishResult>
// holds <MessageId>, <Error> holds <Code> and <Message>. childTexts reads them without
// encoding/xml, which is reflection-based and was 0.08 MB of each binary that calls SNS (issue 13).

// childTexts finds the first element named parent (its local name, any namespace prefix) and
// returns the text of each of its child elements by local name (nested elements' text joined, CDATA
// kept, the five named entities and numeric character references decoded). ok is false when there
// is no such element or the document ends inside it.
func childTexts(doc []byte, parent string) (map[string]string, bool) {
	start, selfClosing, ok := findStart(doc, parent)
	if !ok {
		return nil, false
	}
	out := map[string]string{}
	if selfClosing {
		return out, true
	}
	rest := doc[start:]
	for {
		i := bytes.IndexByte(rest, '<')
		if i < 0 {
			return nil, false
		}
		rest = rest[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest, []byte("-->"))
			if end < 0 {
				return nil, false
			}
			rest = rest[end+3:]
			continue
		case bytes.HasPrefix(rest, []byte("<?")), bytes.HasPrefix(rest, []byte("<!")):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return nil, false
			}
			rest = rest[end+1:]
			continue
		case bytes.HasPrefix(rest, []byte("</")):
			return out, true // the parent's end
		}
		name, body, after, ok := element(rest)
		if !ok {
			return nil, false
		}
		out[name] = body
		rest = after
	}
}

// findStart finds the start tag of the first element with local name name and returns the offset
// just after it, and whether it closes itself (<x/>).
func findStart(doc []byte, name string) (int, bool, bool) {
	for i := 0; i < len(doc); {
		j := bytes.IndexByte(doc[i:], '<')
		if j < 0 {
			return 0, false, false
		}
		i += j
		end := bytes.IndexByte(doc[i:], '>')
		if end < 0 {
			return 0, false, false
		}
		tag := doc[i+1 : i+end]
		i += end + 1
		if len(tag) == 0 || tag[0] == '/' || tag[0] == '!' || tag[0] == '?' {
			continue
		}
		self := tag[len(tag)-1] == '/'
		if localName(tag) == name {
			return i, self, true
		}
	}
	return 0, false, false
}

// localName is a start tag's element name without its namespace prefix ("sns:Code a='1'" → "Code").
func localName(tag []byte) string {
	n := bytes.IndexAny(tag, " \t\r\n/")
	if n < 0 {
		n = len(tag)
	}
	name := tag[:n]
	if c := bytes.LastIndexByte(name, ':'); c >= 0 {
		name = name[c+1:]
	}
	return string(name)
}

// element reads the element that starts at doc[0] ('<'): its local name, its text and what follows
// its end tag.
func element(doc []byte) (name, text string, rest []byte, ok bool) {
	end := bytes.IndexByte(doc, '>')
	if end < 0 {
		return "", "", nil, false
	}
	tag := doc[1:end]
	name = localName(tag)
	rest = doc[end+1:]
	if len(tag) > 0 && tag[len(tag)-1] == '/' {
		return name, "", rest, true
	}
	var b strings.Builder
	depth := 1
	for depth > 0 {
		i := bytes.IndexByte(rest, '<')
		if i < 0 {
			return "", "", nil, false
		}
		b.WriteString(unescape(rest[:i]))
		rest = rest[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			e := bytes.Index(rest, []byte("]]>"))
			if e < 0 {
				return "", "", nil, false
			}
			b.Write(rest[len("<![CDATA["):e])
			rest = rest[e+3:]
			continue
		case bytes.HasPrefix(rest, []byte("<!--")):
			e := bytes.Index(rest, []byte("-->"))
			if e < 0 {
				return "", "", nil, false
			}
			rest = rest[e+3:]
			continue
		}
		e := bytes.IndexByte(rest, '>')
		if e < 0 {
			return "", "", nil, false
		}
		switch t := rest[1:e]; {
		case len(t) > 0 && t[0] == '/':
			depth--
		case len(t) > 0 && (t[0] == '?' || t[0] == '!' || t[len(t)-1] == '/'):
		default:
			depth++
		}
		rest = rest[e+1:]
	}
	return name, b.String(), rest, true
}

// unescape decodes XML's named entities and character references; anything else is kept as written.
func unescape(s []byte) string {
	if bytes.IndexByte(s, '&') < 0 {
		return string(s)
	}
	var b strings.Builder
	for len(s) > 0 {
		i := bytes.IndexByte(s, '&')
		if i < 0 {
			b.Write(s)
			break
		}
		b.Write(s[:i])
		s = s[i:]
		semi := bytes.IndexByte(s, ';')
		if semi < 0 {
			b.Write(s)
			break
		}
		ref := string(s[1:semi])
		switch ref {
		case "lt":
			b.WriteByte('<')
		case "gt":
			b.WriteByte('>')
		case "amp":
			b.WriteByte('&')
		case "quot":
			b.WriteByte('"')
		case "apos":
			b.WriteByte('\'')
		default:
			if r, ok := charRef(ref); ok {
				b.WriteRune(r)
			} else {
				b.Write(s[:semi+1])
			}
		}
		s = s[semi+1:]
	}
	return b.String()
}

// charRef reads "#123" or "#x7B".
func charRef(ref string) (rune, bool) {
	digits, base := strings.CutPrefix(ref, "#x")
	b := 16
	if !base {
		var ok bool
		if digits, ok = strings.CutPrefix(ref, "#"); !ok {
			return 0, false
		}
		b = 10
	}
	n, err := strconv.ParseUint(digits, b, 32)
	if err != nil || n > utf8.MaxRune {
		return 0, false
	}
	r := rune(n) // n ≤ utf8.MaxRune, checked above, so it fits an int32
	if !utf8.ValidRune(r) {
		return 0, false
	}
	return r, true
}

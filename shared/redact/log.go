package redact

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

// Logger wraps a logger so that nothing it writes can carry a CPR number, a phone number or an e-mail
// address: the message and every string, error and stringer value (in groups too) go through Text. The
// code already logs ids, never free text; this is the net under it, for an error text that quotes its
// input or a value logged by mistake. Machine-made identifiers (IdentifierKeys) are only CPR-redacted, so
// a token-hash prefix of eight digits is not taken for a phone number.
func Logger(l *slog.Logger) *slog.Logger {
	if _, ok := l.Handler().(logHandler); ok {
		return l
	}
	return slog.New(logHandler{l.Handler()})
}

// IdentifierKeys are log keys whose values the system makes itself (references, hashes, ids).
var IdentifierKeys = map[string]bool{
	"reference": true, "tokenHash": true, "contactId": true, "item": true, "sub": true, "messageId": true,
	"requestId": true, "classifierVersion": true, "route": true,
}

type logHandler struct{ next slog.Handler }

func (h logHandler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

func (h logHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, logText(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(redactAttr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

func (h logHandler) WithAttrs(as []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(as))
	for i, a := range as {
		red[i] = redactAttr(a)
	}
	return logHandler{h.next.WithAttrs(red)}
}

func (h logHandler) WithGroup(name string) slog.Handler { return logHandler{h.next.WithGroup(name)} }

func redactAttr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	redact := logText
	if IdentifierKeys[a.Key] {
		redact = CPR
	}
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, redact(v.String()))
	case slog.KindGroup:
		as := v.Group()
		red := make([]any, len(as))
		for i, g := range as {
			red[i] = redactAttr(g)
		}
		return slog.Group(a.Key, red...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			return slog.String(a.Key, redact(x.Error()))
		case interface{ String() string }:
			return slog.String(a.Key, redact(x.String()))
		case []byte:
			return slog.String(a.Key, redact(string(x)))
		default:
			return slog.String(a.Key, redact(fmt.Sprintf("%+v", x)))
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}

// logText is Text for what is logged: the same, except that identifiers the system makes and quotes
// in its messages and errors (contact ids such as c-20261206-1258798, references FB-7K3M9QXT,
// centre ids) keep their digits — they are only CPR-redacted, like IdentifierKeys. An identifier here
// is a word of ASCII letters, digits and ._:- that starts with letters and a hyphen, the letters not
// a phone word (tlf-20123456 is a phone number), and not part of an e-mail address.
func logText(s string) string {
	var ids []string
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isIDByte(s[j]) {
			j++
		}
		if j == i {
			b.WriteByte(s[i])
			i++
			continue
		}
		word := s[i:j]
		if isIdentifier(word) && (i == 0 || s[i-1] != '@') && (j == len(s) || s[j] != '@') {
			b.WriteString(idMark(len(ids)))
			ids = append(ids, word)
		} else {
			b.WriteString(word)
		}
		i = j
	}
	if len(ids) == 0 {
		return Text(s)
	}
	out := Text(b.String())
	for k, id := range ids {
		out = strings.Replace(out, idMark(k), CPR(id), 1)
	}
	return out
}

func isIDByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-'
}

func isIdentifier(word string) bool {
	k := 0
	for k < len(word) && ('a' <= word[k] && word[k] <= 'z' || 'A' <= word[k] && word[k] <= 'Z') {
		k++
	}
	if k == 0 || k >= len(word) || word[k] != '-' {
		return false
	}
	switch strings.ToLower(word[:k]) {
	case "tlf", "tel", "telefon", "mobil", "mob", "phone", "nr":
		return false
	}
	return true
}

// idMark stands in for the k-th identifier while the rest is redacted: private-use characters and
// letters, which no rule of Text touches or joins to a number.
func idMark(k int) string {
	m := []byte{}
	for {
		m = append(m, byte('a'+k%26))
		k /= 26
		if k == 0 {
			break
		}
	}
	return "\ue000" + string(m) + "\ue001"
}

package redact

import (
	"context"
	"fmt"
	"log/slog"
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
	out := slog.NewRecord(r.Time, r.Level, Text(r.Message), r.PC)
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
	redact := Text
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

package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/aws/aws-lambda-go/events"
)

// Invoker is aws-lambda-go's lambda.Handler: a handler on the event's and the answer's bytes.
type Invoker interface {
	Invoke(ctx context.Context, payload []byte) ([]byte, error)
}

// LambdaInvoker is LambdaLogged for lambda.Start in functions/*/main.go, with the same answers. Given
// an Invoker, aws-lambda-go calls it directly, where for a function it decodes the event and
// encodes the answer through reflection and calls the function by reflect.Value.Call. Here the
// event is decoded into the fields toRequest reads (lambdaEvent, a third of
// events.APIGatewayV2HTTPRequest's, so encoding/json's first-use reflection over the types is a
// third too) and the answer is written by appendResponse, byte for byte as aws-lambda-go's encoder
// writes it (TestLambdaInvokerSameAnswers). Issue 13: about 0.2 ms of each cold start's CPU here.
func LambdaInvoker(h http.Handler, log *slog.Logger) Invoker {
	return invoker(LambdaLogged(h, log))
}

type invoker func(context.Context, events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error)

func (fn invoker) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	var ev lambdaEvent
	if err := json.Unmarshal(payload, &ev); err != nil {
		return nil, err
	}
	resp, err := fn(ctx, ev.request())
	if err != nil {
		return nil, err
	}
	return appendResponse(make([]byte, 0, len(resp.Body)+512), resp), nil
}

// lambdaEvent is the part of an HTTP API (payload format 2.0) event that toRequest reads.
type lambdaEvent struct {
	RawPath         string            `json:"rawPath"`
	RawQueryString  string            `json:"rawQueryString"`
	Cookies         []string          `json:"cookies"`
	Headers         map[string]string `json:"headers"`
	Body            string            `json:"body"`
	IsBase64Encoded bool              `json:"isBase64Encoded"`
	RequestContext  struct {
		RequestID  string `json:"requestId"`
		DomainName string `json:"domainName"`
		HTTP       struct {
			Method   string `json:"method"`
			Path     string `json:"path"`
			Protocol string `json:"protocol"`
			SourceIP string `json:"sourceIp"`
		} `json:"http"`
		Authorizer *struct {
			JWT *struct {
				Claims map[string]string `json:"claims"`
			} `json:"jwt"`
		} `json:"authorizer"`
	} `json:"requestContext"`
}

// request is the event as events.APIGatewayV2HTTPRequest, with the fields toRequest reads.
func (e *lambdaEvent) request() events.APIGatewayV2HTTPRequest {
	ev := events.APIGatewayV2HTTPRequest{RawPath: e.RawPath, RawQueryString: e.RawQueryString, Cookies: e.Cookies,
		Headers: e.Headers, Body: e.Body, IsBase64Encoded: e.IsBase64Encoded}
	rc := &ev.RequestContext
	rc.RequestID, rc.DomainName = e.RequestContext.RequestID, e.RequestContext.DomainName
	rc.HTTP.Method, rc.HTTP.Path = e.RequestContext.HTTP.Method, e.RequestContext.HTTP.Path
	rc.HTTP.Protocol, rc.HTTP.SourceIP = e.RequestContext.HTTP.Protocol, e.RequestContext.HTTP.SourceIP
	if a := e.RequestContext.Authorizer; a != nil {
		rc.Authorizer = &events.APIGatewayV2HTTPRequestContextAuthorizerDescription{}
		if a.JWT != nil {
			rc.Authorizer.JWT = &events.APIGatewayV2HTTPRequestContextAuthorizerJWTDescription{Claims: a.JWT.Claims}
		}
	}
	return ev
}

// appendResponse writes r as encoding/json's Encoder with SetEscapeHTML(false) writes it (what
// aws-lambda-go sends to the Runtime API): fields in the struct's order, map keys sorted, a newline
// at the end.
func appendResponse(b []byte, r events.APIGatewayV2HTTPResponse) []byte {
	b = append(b, `{"statusCode":`...)
	b = strconv.AppendInt(b, int64(r.StatusCode), 10)
	b = append(b, `,"headers":`...)
	b = appendSortedObject(b, r.Headers, appendJSONString)
	b = append(b, `,"multiValueHeaders":`...)
	b = appendSortedObject(b, r.MultiValueHeaders, appendJSONStrings)
	b = append(b, `,"body":`...)
	b = appendJSONString(b, r.Body)
	if r.IsBase64Encoded {
		b = append(b, `,"isBase64Encoded":true`...)
	}
	b = append(b, `,"cookies":`...)
	b = appendJSONStrings(b, r.Cookies)
	return append(b, "}\n"...)
}

// appendSortedObject writes m as a JSON object with its keys sorted (null for a nil map), each value
// written by appendValue.
func appendSortedObject[V any](b []byte, m map[string]V, appendValue func([]byte, V) []byte) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	b = append(b, '{')
	for i, k := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		b = appendValue(b, m[k])
	}
	return append(b, '}')
}

func appendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendJSONString is encoding/json's string encoding without HTML escaping: '"' and '\' escaped,
// \b \f \n \r \t by name, other control characters as \u00XX, invalid UTF-8 as \ufffd, and U+2028
// and U+2029 as \u2028 and \u2029.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// Package xray records each AWS SDK call of a Lambda function as an X-Ray subsegment of the
// function's trace (Tracing: Active), so a trace shows the DynamoDB, SQS, SNS and Secrets Manager
// calls and their time, status and request id. It is a few lines of our own rather than the X-Ray
// or OpenTelemetry SDK, which would add megabytes to functions kept under a size budget (see
// docs/benchmarks.md): one SDK middleware that times each call (retries included) and one UDP
// datagram per call to the X-Ray daemon Lambda runs beside the function. Outside Lambda (no daemon
// address, no trace header) and for unsampled requests it does nothing.
package xray

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go/middleware"
)

// EnvDaemonAddress is where Lambda's X-Ray daemon listens (host:port, UDP).
const EnvDaemonAddress = "AWS_XRAY_DAEMON_ADDRESS"

// traceContextKey is the context key aws-lambda-go stores the invocation's trace header under.
const traceContextKey = "x-amzn-trace-id"

// Instrument adds the subsegment middleware to every client made from cfg, when the X-Ray daemon's
// address is set (in Lambda with active tracing).
func Instrument(cfg *aws.Config) {
	addr := os.Getenv(EnvDaemonAddress)
	if addr == "" {
		return
	}
	InstrumentTo(cfg, &Emitter{Addr: addr})
}

// InstrumentTo adds the subsegment middleware sending to e.
func InstrumentTo(cfg *aws.Config, e *Emitter) {
	cfg.APIOptions = append(cfg.APIOptions, func(stack *middleware.Stack) error {
		return stack.Initialize.Add(middleware.InitializeMiddlewareFunc("XRaySubsegment", e.handleInitialize), middleware.Before)
	})
}

// Emitter sends subsegments to the X-Ray daemon at Addr. A send that fails is dropped: tracing never
// fails a call.
type Emitter struct {
	Addr string
	Now  func() time.Time // nil: time.Now

	once sync.Once
	conn net.Conn
}

func (e *Emitter) now() time.Time {
	if e.Now != nil {
		return e.Now()
	}
	return time.Now()
}

func (e *Emitter) handleInitialize(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
	tr, ok := traceOf(ctx)
	if !ok {
		return next.HandleInitialize(ctx, in)
	}
	start := e.now()
	out, md, err := next.HandleInitialize(ctx, in)
	seg := subsegment{
		Name: awsmiddleware.GetServiceID(ctx), ID: newID(), TraceID: tr.root, ParentID: tr.parent, Type: "subsegment",
		Namespace: "aws", StartTime: seconds(start), EndTime: seconds(e.now()),
		AWS: awsInfo{Operation: awsmiddleware.GetOperationName(ctx), Region: awsmiddleware.GetRegion(ctx)},
	}
	seg.AWS.RequestID, _ = awsmiddleware.GetRequestIDMetadata(md)
	if r, ok := retry.GetAttemptResults(md); ok && len(r.Results) > 1 {
		seg.AWS.Retries = len(r.Results) - 1
	}
	status := 200
	if err != nil {
		status = 0
		var re *awshttp.ResponseError
		if errors.As(err, &re) {
			status = re.HTTPStatusCode()
			if seg.AWS.RequestID == "" {
				seg.AWS.RequestID = re.RequestID
			}
		}
		switch {
		case status == 429:
			seg.Throttle, seg.Error = true, true
		case status >= 400 && status < 500:
			seg.Error = true
		default: // 5xx, or no answer at all
			seg.Fault = true
		}
	}
	if status != 0 {
		seg.HTTP = &httpInfo{Response: httpResponse{Status: status}}
	}
	e.send(seg)
	return out, md, err
}

func (e *Emitter) send(seg subsegment) {
	e.once.Do(func() {
		e.conn, _ = net.Dial("udp", e.Addr)
	})
	if e.conn == nil {
		return
	}
	doc, err := json.Marshal(seg)
	if err != nil {
		return
	}
	_, _ = e.conn.Write(append([]byte("{\"format\": \"json\", \"version\": 1}\n"), doc...))
}

// trace is the part of a trace header a subsegment needs.
type trace struct{ root, parent string }

// traceOf reads the invocation's trace header (Root=…;Parent=…;Sampled=1) from the context, or from
// _X_AMZN_TRACE_ID; ok is false when there is none, it lacks Root or Parent, or it is not sampled.
func traceOf(ctx context.Context) (trace, bool) {
	h, _ := ctx.Value(traceContextKey).(string)
	if h == "" {
		h = os.Getenv("_X_AMZN_TRACE_ID")
	}
	var t trace
	sampled := false
	for _, part := range strings.Split(h, ";") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "Root":
			t.root = v
		case "Parent":
			t.parent = v
		case "Sampled":
			sampled = v == "1"
		}
	}
	return t, sampled && t.root != "" && t.parent != ""
}

// subsegment is an X-Ray segment document of type subsegment, sent on its own.
type subsegment struct {
	Name      string    `json:"name"`
	ID        string    `json:"id"`
	TraceID   string    `json:"trace_id"`
	ParentID  string    `json:"parent_id"`
	Type      string    `json:"type"`
	Namespace string    `json:"namespace"`
	StartTime float64   `json:"start_time"`
	EndTime   float64   `json:"end_time"`
	AWS       awsInfo   `json:"aws"`
	HTTP      *httpInfo `json:"http,omitempty"`
	Error     bool      `json:"error,omitempty"`
	Fault     bool      `json:"fault,omitempty"`
	Throttle  bool      `json:"throttle,omitempty"`
}

type awsInfo struct {
	Operation string `json:"operation"`
	Region    string `json:"region,omitempty"`
	RequestID string `json:"request_id,omitempty"`
	Retries   int    `json:"retries,omitempty"`
}

type httpInfo struct {
	Response httpResponse `json:"response"`
}

type httpResponse struct {
	Status int `json:"status"`
}

func seconds(t time.Time) float64 { return float64(t.UnixNano()) / 1e9 }

// newID is a subsegment id: 64 random bits in hex.
func newID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

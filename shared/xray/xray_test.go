package xray_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/xray"
)

type received struct {
	Name      string  `json:"name"`
	ID        string  `json:"id"`
	TraceID   string  `json:"trace_id"`
	ParentID  string  `json:"parent_id"`
	Type      string  `json:"type"`
	Namespace string  `json:"namespace"`
	StartTime float64 `json:"start_time"`
	EndTime   float64 `json:"end_time"`
	AWS       struct {
		Operation string `json:"operation"`
		Region    string `json:"region"`
		RequestID string `json:"request_id"`
	} `json:"aws"`
	HTTP struct {
		Response struct{ Status int } `json:"response"`
	} `json:"http"`
	Error bool `json:"error"`
	Fault bool `json:"fault"`
}

// TestSubsegmentsOfSDKCalls: DynamoDB calls on the emulator, made with a sampled trace header in the
// context as Lambda passes it, each reach the daemon's UDP port as one subsegment of that trace —
// a success with 200, a refused call with 400 and the error flag; an unsampled or untraced call
// sends nothing.
func TestSubsegmentsOfSDKCalls(t *testing.T) {
	daemon, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer daemon.Close()
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	xray.InstrumentTo(&cfg, &xray.Emitter{Addr: daemon.LocalAddr().String()})
	db := dynamodb.NewFromConfig(cfg)
	const root, parent = "1-5759e988-bd862e3fe1be46a994272793", "53995c3f42cd8ad8"
	traced := context.WithValue(ctx, "x-amzn-trace-id", "Root="+root+";Parent="+parent+";Sampled=1") //nolint:staticcheck // aws-lambda-go's own key is this string

	read := func() (received, bool) {
		t.Helper()
		buf := make([]byte, 64<<10)
		_ = daemon.SetReadDeadline(time.Now().Add(500 * time.Millisecond))
		n, _, err := daemon.ReadFrom(buf)
		if err != nil {
			return received{}, false
		}
		header, doc, ok := bytes.Cut(buf[:n], []byte("\n"))
		if !ok || string(header) != `{"format": "json", "version": 1}` {
			t.Fatalf("datagram %q: want the daemon's header line first", buf[:n])
		}
		var r received
		if err := json.Unmarshal(doc, &r); err != nil {
			t.Fatalf("subsegment %s: %v", doc, err)
		}
		return r, true
	}

	tests := []struct {
		name   string
		ctx    context.Context
		call   func(context.Context) error
		sent   bool
		op     string
		status int
		error  bool
	}{
		{"a call that succeeds", traced, func(ctx context.Context) error { _, err := db.ListTables(ctx, &dynamodb.ListTablesInput{}); return err },
			true, "ListTables", 200, false},
		{"a call the service refuses", traced, func(ctx context.Context) error {
			_, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("no-such-table"), Key: map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: "x"}}})
			return err
		}, true, "GetItem", 400, true},
		{"unsampled", context.WithValue(ctx, "x-amzn-trace-id", "Root="+root+";Parent="+parent+";Sampled=0"), //nolint:staticcheck // as above
			func(ctx context.Context) error { _, err := db.ListTables(ctx, &dynamodb.ListTablesInput{}); return err }, false, "", 0, false},
		{"no trace", ctx, func(ctx context.Context) error { _, err := db.ListTables(ctx, &dynamodb.ListTablesInput{}); return err }, false, "", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := float64(time.Now().UnixNano()) / 1e9
			_ = tc.call(tc.ctx)
			r, ok := read()
			if ok != tc.sent {
				t.Fatalf("sent %v, want %v (%+v)", ok, tc.sent, r)
			}
			if !ok {
				return
			}
			if r.Name != "DynamoDB" || r.Type != "subsegment" || r.Namespace != "aws" || r.TraceID != root || r.ParentID != parent || len(r.ID) != 16 {
				t.Errorf("subsegment %+v: want DynamoDB, a subsegment of the trace's parent, with its own id", r)
			}
			if r.AWS.Operation != tc.op || r.AWS.Region != cfg.Region || r.HTTP.Response.Status != tc.status || r.Error != tc.error || r.Fault {
				t.Errorf("subsegment %+v: want %s, %d, error %v", r, tc.op, tc.status, tc.error)
			}
			if r.StartTime < before-1 || r.EndTime < r.StartTime {
				t.Errorf("times %f–%f, call made at %f", r.StartTime, r.EndTime, before)
			}
		})
	}
}

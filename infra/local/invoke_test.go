package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/config"
	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
)

// TestSampleEvents runs each function's Lambda handler on the sample events in events/, as
// `make invoke` does, against a fresh emulator.
func TestSampleEvents(t *testing.T) {
	ctx := context.Background()
	endpoint := motostack.StartMoto(t)
	cfg := motostack.AWSConfig(ctx, endpoint)
	out, err := motostack.Provision(ctx, cfg, motostack.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out.APIURL = "http://127.0.0.1:8080"
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("..", "..", "events", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	run := func(fn, file string) any {
		t.Helper()
		resp, err := handle(ctx, fn, read(file), cfg, config.FromMap(devstack.Env(out)), log)
		if err != nil {
			t.Fatalf("%s on %s: %v", fn, file, err)
		}
		return resp
	}

	// invite: three good contacts (one sensitive) and one unparsable record → only that one fails.
	inv := run(resources.FunctionInvite, "invite-sqs.json").(events.SQSEventResponse)
	if len(inv.BatchItemFailures) != 1 || !strings.HasSuffix(inv.BatchItemFailures[0].ItemIdentifier, "4") {
		t.Errorf("invite batch failures %+v, want only the 4th record", inv.BatchItemFailures)
	}
	sms, err := devstack.SentSMS(ctx, endpoint)
	if err != nil || len(sms) != 2 {
		t.Errorf("invite sent %d SMS (%v), want 2 (the sensitive contact gets none)", len(sms), err)
	}

	// classify: two submissions, one duplicate, one broken → only the broken one fails.
	cl := run(resources.FunctionClassify, "classify-sqs.json").(events.SQSEventResponse)
	if len(cl.BatchItemFailures) != 1 || !strings.HasSuffix(cl.BatchItemFailures[0].ItemIdentifier, "4") {
		t.Errorf("classify batch failures %+v, want only the 4th record", cl.BatchItemFailures)
	}

	// HTTP samples: every form/triage event gets a well-formed HTTP response (not a Lambda error).
	files, _ := filepath.Glob(filepath.Join("..", "..", "events", "*.json"))
	for _, f := range files {
		base := filepath.Base(f)
		var probe struct {
			Version string `json:"version"`
		}
		_ = json.Unmarshal(read(base), &probe)
		if probe.Version != "2.0" {
			continue
		}
		fn := resources.FunctionForm
		if strings.HasPrefix(base, "triage") {
			fn = resources.FunctionTriage
		}
		resp, ok := run(fn, base).(events.APIGatewayV2HTTPResponse)
		if !ok || resp.StatusCode < 200 || resp.StatusCode >= 500 {
			t.Errorf("%s on %s: %+v", fn, base, resp)
		}
	}
}

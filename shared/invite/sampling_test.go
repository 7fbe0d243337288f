package invite

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/sampling"
)

// lowRate is a controller stand-in that gives every centre the same low base rate.
type lowRate float64

func (r lowRate) BaseRate(context.Context, feedback.Centre, time.Time) float64 { return float64(r) }

// TestRiskWeightedSampling: at a low centre rate, a long-wait abandoned contact is always invited
// and its invitation records probability 1; ordinary contacts are mostly left out as "sampling",
// each with the probability it had; a redelivery gets the same answer.
func TestRiskWeightedSampling(t *testing.T) {
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	store := newFakeStore()
	svc := NewService(Config{PublicBaseURL: "https://x.test", PhoneKey: []byte("0123456789abcdef0123"), SamplingRate: 1, Rates: lowRate(0.02)},
		store, &fakeSMS{}, func() time.Time { return now }, slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil)))
	ctx := context.Background()
	wait := 900.0
	risky := contact(func(c *feedback.Contact) {
		c.ContactID, c.WaitSeconds, c.CallOutcome = "c-risky", &wait, feedback.OutcomeAbandoned
	})
	for range 2 { // the second is a redelivery
		if err := svc.Handle(ctx, risky); err != nil {
			t.Fatal(err)
		}
	}
	if o := store.done["c-risky"]; !o.Sent {
		t.Fatalf("long-wait abandoned contact at rate 0.02: %+v, want invited", o)
	}
	if len(store.invs) != 1 || store.invs[0].Sample == nil || store.invs[0].Sample.Probability != 1 || !store.invs[0].Sample.HighRisk {
		t.Fatalf("invitation %+v: want one, with probability 1 and high risk recorded", store.invs)
	}
	sampled := 0
	for i := range 200 {
		c := contact(func(c *feedback.Contact) {
			c.ContactID = fmt.Sprintf("c-plain-%d", i)
			c.Caller.Phone = fmt.Sprintf("+45201%05d", i)
		})
		if err := svc.Handle(ctx, c); err != nil {
			t.Fatal(err)
		}
		if store.done[c.ContactID].Reason == ReasonSampling {
			sampled++
		}
	}
	if sampled < 180 {
		t.Fatalf("%d of 200 ordinary contacts left out at rate 0.02, want nearly all", sampled)
	}
	for _, inv := range store.invs[1:] {
		if inv.Sample == nil || inv.Sample.Probability != 0.02 || inv.Sample.HighRisk {
			t.Fatalf("ordinary invitation recorded %+v, want probability 0.02", inv.Sample)
		}
	}
}

// TestBadSignalsLoggedAndHandled: an event with bad signal values is logged with the problems
// (not the values) and still handled by the other rules.
func TestBadSignalsLoggedAndHandled(t *testing.T) {
	now := time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC)
	store := newFakeStore()
	var logs bytes.Buffer
	svc := NewService(Config{PublicBaseURL: "https://x.test", PhoneKey: []byte("0123456789abcdef0123"), SamplingRate: 1},
		store, &fakeSMS{}, func() time.Time { return now }, slog.New(slog.NewJSONHandler(&logs, nil)))
	body := `{"contactId":"c-bad-signals","channel":"114","endedAt":"2026-11-26T14:03:00Z","centre":{"id":"fyn-vagtcentral","kind":"duty","district":"fyn"},` +
		`"caller":{"phone":"+4520123456"},"waitSeconds":"SECRET-long","durationSeconds":-5,"outcome":"hung-up","repeatCaller":"yes"}`
	resp, _ := sqsConsumer(svc).HandleSQS(context.Background(), events.SQSEvent{Records: []events.SQSMessage{{MessageId: "m1", Body: body}}})
	if len(resp.BatchItemFailures) != 0 {
		t.Fatalf("failures %v: want the contact handled", resp.BatchItemFailures)
	}
	if o := store.done["c-bad-signals"]; !o.Sent {
		t.Fatalf("outcome %+v, want invited by the rules that need no signals", o)
	}
	out := logs.String()
	for _, want := range []string{"bad sampling signals ignored", "c-bad-signals", "waitSeconds must be", "durationSeconds must be", "outcome must be", "repeatCaller must be"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "SECRET") || strings.Contains(out, "hung-up") {
		t.Errorf("log carries a bad value:\n%s", out)
	}
}

func TestParseContactSignals(t *testing.T) {
	base := `{"contactId":"c-1","channel":"112","endedAt":"2026-11-26T14:03:00Z","centre":{"id":"a","kind":"alarm","district":"fyn"},"caller":{"phone":"+4520123456"}`
	tests := []struct {
		name, extra string
		problems    int
		check       func(feedback.Contact) bool
	}{
		{"none (old event)", ``, 0, func(c feedback.Contact) bool {
			return c.WaitSeconds == nil && c.CallOutcome == "" && c.RepeatCaller == nil
		}},
		{"all good", `,"waitSeconds":240.5,"durationSeconds":600,"outcome":"transferred","repeatCaller":true`, 0,
			func(c feedback.Contact) bool {
				return *c.WaitSeconds == 240.5 && *c.DurationSeconds == 600 && c.CallOutcome == "transferred" && *c.RepeatCaller
			}},
		{"nulls are absent", `,"waitSeconds":null,"outcome":null,"repeatCaller":null`, 0, func(c feedback.Contact) bool { return c.WaitSeconds == nil }},
		{"wait over a day", `,"waitSeconds":86401`, 1, func(c feedback.Contact) bool { return c.WaitSeconds == nil }},
		{"unknown outcome", `,"outcome":"ANSWERED"`, 1, func(c feedback.Contact) bool { return c.CallOutcome == "" }},
		{"one bad, one good", `,"repeatCaller":1,"outcome":"callback"`, 1, func(c feedback.Contact) bool { return c.RepeatCaller == nil && c.CallOutcome == "callback" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, problems, err := ParseContactSignals([]byte(base + tt.extra + "}"))
			if err != nil || len(problems) != tt.problems || !tt.check(c) {
				t.Fatalf("contact %+v, problems %v, err %v", c, problems, err)
			}
		})
	}
}

// TestSampleEventWithSignals: the sample event with signals (events/contact-signals.json) parses
// without problems and is high-risk.
func TestSampleEventWithSignals(t *testing.T) {
	body, err := os.ReadFile("../../events/contact-signals.json")
	if err != nil {
		t.Fatal(err)
	}
	c, problems, err := ParseContactSignals(body)
	if err != nil || len(problems) > 0 || c.WaitSeconds == nil || c.CallOutcome != feedback.OutcomeAbandoned {
		t.Fatalf("contact %+v, problems %v, err %v", c, problems, err)
	}
	if s := sampling.Decide(c, 0.01, sampling.DefaultWeights()); !s.HighRisk || s.Probability != 1 {
		t.Fatalf("decision %+v, want always asked", s)
	}
}

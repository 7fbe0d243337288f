package invite_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/queue"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/sqsbatch"
)

// fakeClock is the time the invite service sees; the test moves it.
type fakeClock struct{ ns atomic.Int64 }

func (c *fakeClock) Now() time.Time   { return time.Unix(0, c.ns.Load()).UTC() }
func (c *fakeClock) Set(t time.Time)  { c.ns.Store(t.UnixNano()) }
func newClock(t time.Time) *fakeClock { c := &fakeClock{}; c.Set(t); return c }

// clockedSMS records each SMS with the fake time it was sent at.
type clockedSMS struct {
	mu    sync.Mutex
	clock *fakeClock
	sent  []sentSMS
}

type sentSMS struct {
	at      time.Time
	message string
}

func (s *clockedSMS) Send(_ context.Context, _, message string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sent = append(s.sent, sentSMS{s.clock.Now(), message})
	return nil
}
func (s *clockedSMS) OptedOut(context.Context, string) (bool, error) { return false, nil }
func (s *clockedSMS) all() []sentSMS {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]sentSMS(nil), s.sent...)
}

// countingDeferrer counts the hops a deferred contact makes through the real queue.
type countingDeferrer struct {
	*queue.Queue
	hops atomic.Int64
}

func (d *countingDeferrer) Defer(ctx context.Context, body []byte, delay time.Duration) error {
	d.hops.Add(1)
	return d.Queue.Defer(ctx, body, delay)
}

var linkToken = regexp.MustCompile(`/f/([A-Za-z0-9_-]{24})`)

// TestQuietHoursThroughTheQueue: a contact that ends in the quiet hours goes round the real
// contact queue on the emulator (short hops instead of 10 minutes) while the fake clock says
// night, and its SMS goes out when the clock reaches 08:00 Danish time, once, however often the
// event was delivered; its link lives 7 days from 08:00. The days summer time starts and ends are
// included.
func TestQuietHoursThroughTheQueue(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	moto, err := motostack.RunMoto(ctx, 0, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	defer moto.Stop()
	cfg := motostack.AWSConfig(ctx, moto.Endpoint)
	out, err := motostack.Provision(ctx, cfg, motostack.Options{VisibilityTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	store := dynamo.New(dynamocall.New(cfg), out.TableName, dynamo.Retention{})
	quiet, err := invite.ParseQuietHours(invite.DefaultQuietHours, invite.DefaultQuietHoursZone)
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	q := sqs.NewFromConfig(cfg)

	for _, tc := range []struct {
		name       string
		endedAt    time.Time // 02:30 Danish time where the day has one
		wantSentAt time.Time // 08:00 Danish time
	}{
		{"winter night", time.Date(2026, 11, 26, 1, 30, 0, 0, time.UTC), time.Date(2026, 11, 26, 7, 0, 0, 0, time.UTC)},
		{"summer time starts (01:30 CET; 02:30 does not exist)", time.Date(2026, 3, 29, 0, 30, 0, 0, time.UTC), time.Date(2026, 3, 29, 6, 0, 0, 0, time.UTC)},
		{"summer time ends (the second 02:30, CET)", time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC), time.Date(2026, 10, 25, 7, 0, 0, 0, time.UTC)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := newClock(tc.endedAt)
			sms := &clockedSMS{clock: clock}
			later := &countingDeferrer{Queue: queue.New(queue.NewClient(cfg), out.ContactQueueURL)}
			svc := invite.NewService(invite.Config{PublicBaseURL: "https://feedback.politi.dk", PhoneKey: []byte(strings.Repeat("k", 32)),
				SamplingRate: 1, Quiet: quiet, QuietHop: time.Second}, store, sms, clock.Now, log).WithDeferrer(later)
			cctx, stop := context.WithCancel(ctx)
			defer stop()
			consumer := &motostack.Consumer{SQS: q, QueueURL: out.ContactQueueURL, Def: resources.ContactQueue, Handler: (&sqsbatch.Consumer[invite.ContactEvent]{Decode: invite.DecodeContactEvent, Handle: svc.HandleEvent, Log: log}).HandleSQS, Log: log, Visibility: 2 * time.Second}
			done := make(chan struct{})
			go func() { consumer.Run(cctx); close(done) }()
			defer func() { stop(); <-done }()

			c := feedback.Contact{ContactID: "c-quiet-" + tc.endedAt.Format("20060102"), Channel: "114", EndedAt: tc.endedAt, Language: "da",
				Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Caller: feedback.Caller{Phone: "+4520" + tc.endedAt.Format("010215")}}
			body, _ := json.Marshal(c)
			for range 2 { // the call platform delivers the event twice
				if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(out.ContactQueueURL), MessageBody: aws.String(string(body))}); err != nil {
					t.Fatal(err)
				}
			}
			waitFor(t, "two hops each", func() bool { return later.hops.Load() >= 4 })
			clock.Set(tc.wantSentAt.Add(-time.Minute)) // 07:59: still quiet
			hops := later.hops.Load()
			waitFor(t, "another hop at 07:59", func() bool { return later.hops.Load() >= hops+2 })
			if n := len(sms.all()); n != 0 {
				t.Fatalf("%d SMS in the quiet hours", n)
			}
			clock.Set(tc.wantSentAt)
			waitFor(t, "the SMS at 08:00", func() bool { return len(sms.all()) > 0 })
			time.Sleep(3 * time.Second) // both copies of the event have come round again by now
			sent := sms.all()
			if len(sent) != 1 || !sent[0].at.Equal(tc.wantSentAt) {
				t.Fatalf("SMS %+v, want exactly one at %v", sent, tc.wantSentAt)
			}
			m := linkToken.FindStringSubmatch(sent[0].message)
			if m == nil {
				t.Fatalf("no link in %q", sent[0].message)
			}
			inv, err := store.Invitation(ctx, feedback.HashToken(m[1]))
			if err != nil {
				t.Fatal(err)
			}
			if !inv.CreatedAt.Equal(tc.wantSentAt) || !inv.ExpiresAt.Equal(tc.wantSentAt.Add(7*24*time.Hour)) {
				t.Errorf("link created %v expires %v: its lifetime must count from 08:00", inv.CreatedAt, inv.ExpiresAt)
			}
		})
	}
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

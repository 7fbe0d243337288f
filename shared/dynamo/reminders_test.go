package dynamo_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/reminder"
	"borgerfeedback/shared/sampling"
)

// fakeClock is the test's time: invite, the form's writes and the sweep all read it.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

// sentSMS records each SMS with the clock's time when it was sent.
type sentSMS struct {
	mu     sync.Mutex
	clock  *fakeClock
	sent   []smsAt
	refuse int // the next this many SMS are refused
}

type smsAt struct {
	phone, message string
	at             time.Time
}

func (s *sentSMS) Send(_ context.Context, phone, message string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.refuse > 0 {
		s.refuse--
		return errors.New("SNS refused the SMS")
	}
	s.sent = append(s.sent, smsAt{phone, message, s.clock.Now()})
	return nil
}
func (s *sentSMS) OptedOut(context.Context, string) (bool, error) { return false, nil }
func (s *sentSMS) all() []smsAt {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]smsAt(nil), s.sent...)
}

type noBudget struct{}

func (noBudget) AllowsReminder(context.Context, feedback.Centre, time.Time) bool { return false }

var copenhagen, _ = time.LoadLocation("Europe/Copenhagen")

// TestReminderRules runs invite, the form's and the safety list's writes and the reminder sweep
// on the emulator with a fake clock: each rule of issue 22, and the reason a skipped reminder is
// counted under.
func TestReminderRules(t *testing.T) {
	quiet, err := invite.ParseQuietHours(invite.DefaultQuietHours, invite.DefaultQuietHoursZone)
	if err != nil {
		t.Fatal(err)
	}
	key, rotatedKey := []byte(strings.Repeat("k", 32)), []byte(strings.Repeat("r", 32))
	const phone = "+4520123456"
	afternoon := time.Date(2026, 12, 1, 14, 0, 0, 0, copenhagen) // invited at 14:00 Danish time
	for _, tc := range []struct {
		name     string
		delay    time.Duration
		policy   string // default all
		lang     string
		between  func(t *testing.T, st *dynamo.Store, inv *invite.Service, clock *fakeClock, tokenHash string)
		budget   reminder.Budget
		refuse   int               // SMS the provider refuses at the first sweep
		sweepAt  []time.Time       // sweeps after the invitation (each also run twice at once)
		reminded []time.Time       // when reminders went out (Danish time), none when empty
		reason   string            // the skip reason counted, when skipped
		rotate   *invite.PhoneKeys // the phone-hash keys from just after the invitation (nil: unchanged)
	}{
		{name: "unanswered: exactly one reminder, 48 hours on", delay: 48 * time.Hour,
			sweepAt:  []time.Time{afternoon.Add(47 * time.Hour), afternoon.Add(48 * time.Hour), afternoon.Add(49 * time.Hour), afternoon.Add(96 * time.Hour)},
			reminded: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "due in the middle of a minute: not read before it", delay: 48*time.Hour + 30*time.Second,
			sweepAt:  []time.Time{afternoon.Add(48*time.Hour + 20*time.Second), afternoon.Add(48*time.Hour + time.Minute)},
			reminded: []time.Time{afternoon.Add(48*time.Hour + time.Minute)}},
		{name: "English call: English reminder", delay: 48 * time.Hour, lang: "en",
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour)}, reminded: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "answered: none", delay: 48 * time.Hour, reason: reminder.ReasonAnswered,
			between: func(t *testing.T, st *dynamo.Store, _ *invite.Service, clock *fakeClock, tokenHash string) {
				if err := st.MarkUsed(context.Background(), tokenHash, clock.Now()); err != nil {
					t.Fatal(err)
				}
			},
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour), afternoon.Add(50 * time.Hour)}},
		{name: "opted out by the link: none", delay: 48 * time.Hour, reason: reminder.ReasonOptedOut,
			between: func(t *testing.T, st *dynamo.Store, _ *invite.Service, clock *fakeClock, _ string) {
				if err := st.OptOut(context.Background(), invite.PhoneHash(key, phone), clock.Now()); err != nil {
					t.Fatal(err)
				}
			},
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "a later sensitive contact from the number (safety list): none", delay: 48 * time.Hour, reason: reminder.ReasonSafetyList,
			between: func(t *testing.T, _ *dynamo.Store, inv *invite.Service, clock *fakeClock, _ string) {
				later := contactFrom(phone, "c-later-sensitive", clock.Now(), "da")
				later.Sensitive = true
				if err := inv.Handle(context.Background(), later); err != nil {
					t.Fatal(err)
				}
			},
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "the key rotated after the invitation, the old one kept as previous: one reminder", delay: 48 * time.Hour,
			rotate:  &invite.PhoneKeys{Current: rotatedKey, Previous: [][]byte{key}},
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour)}, reminded: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "the key rotated and the old one dropped: none (unreadable)", delay: 48 * time.Hour, reason: reminder.ReasonUnreadable,
			rotate:  &invite.PhoneKeys{Current: rotatedKey},
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "the key rotated, then a sensitive contact lists the number under the new key: none", delay: 48 * time.Hour, reason: reminder.ReasonSafetyList,
			rotate: &invite.PhoneKeys{Current: rotatedKey, Previous: [][]byte{key}},
			between: func(t *testing.T, _ *dynamo.Store, inv *invite.Service, clock *fakeClock, _ string) {
				later := contactFrom(phone, "c-later-sensitive", clock.Now(), "da")
				later.Sensitive = true
				if err := inv.Handle(context.Background(), later); err != nil {
					t.Fatal(err)
				}
			},
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "expired before the sweep ran: none", delay: 48 * time.Hour, reason: reminder.ReasonExpired,
			sweepAt: []time.Time{afternoon.Add(7*24*time.Hour + time.Minute)}},
		{name: "budget spent: none", delay: 48 * time.Hour, reason: reminder.ReasonBudget, budget: noBudget{},
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "policy capped, the centre's rate is 1 (fixed): one reminder", delay: 48 * time.Hour, policy: sampling.ReminderCapped,
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour)}, reminded: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "policy highRisk, a contact without a bad-experience signal: none scheduled", delay: 48 * time.Hour, policy: sampling.ReminderHighRisk,
			sweepAt: []time.Time{afternoon.Add(48 * time.Hour)}},
		{name: "SNS refuses the reminder: the next sweep sends it, once", delay: 48 * time.Hour, refuse: 1,
			sweepAt:  []time.Time{afternoon.Add(48 * time.Hour), afternoon.Add(48*time.Hour + 5*time.Minute), afternoon.Add(49 * time.Hour)},
			reminded: []time.Time{afternoon.Add(48*time.Hour + 5*time.Minute)}},
		{name: "due at 23:00 Danish time: sent at 08:00", delay: 9 * time.Hour,
			sweepAt: []time.Time{
				time.Date(2026, 12, 1, 23, 0, 0, 0, copenhagen), time.Date(2026, 12, 2, 3, 0, 0, 0, copenhagen),
				time.Date(2026, 12, 2, 7, 59, 0, 0, copenhagen), time.Date(2026, 12, 2, 8, 0, 0, 0, copenhagen), time.Date(2026, 12, 2, 9, 0, 0, 0, copenhagen)},
			reminded: []time.Time{time.Date(2026, 12, 2, 8, 0, 0, 0, copenhagen)}},
		{name: "due at 20:59, swept late at 21:05: moved to 08:00", delay: 6*time.Hour + 59*time.Minute,
			sweepAt:  []time.Time{time.Date(2026, 12, 1, 21, 5, 0, 0, copenhagen), time.Date(2026, 12, 2, 8, 0, 0, 0, copenhagen)},
			reminded: []time.Time{time.Date(2026, 12, 2, 8, 0, 0, 0, copenhagen)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st, _, _ := newStore(t)
			clock := &fakeClock{t: afternoon}
			sms := &sentSMS{clock: clock}
			log := slog.New(slog.NewTextHandler(io.Discard, nil))
			var keysMu sync.Mutex
			keys := invite.PhoneKeys{Current: key}
			keyFn := func(context.Context) (invite.PhoneKeys, error) {
				keysMu.Lock()
				defer keysMu.Unlock()
				return keys, nil
			}
			policy := tc.policy
			if policy == "" {
				policy = sampling.ReminderAll
			}
			inv := invite.NewService(invite.Config{PublicBaseURL: "https://feedback.politi.dk", LoadPhoneKey: keyFn, SamplingRate: 1, Quiet: quiet},
				st, sms, clock.Now, log).WithReminders(&reminder.Scheduler{Delay: tc.delay, Policy: policy, FixedRate: 1, Quiet: quiet, Key: keyFn, Store: st})
			sweep := reminder.NewService(reminder.Config{PublicBaseURL: "https://feedback.politi.dk", Quiet: quiet, Key: keyFn}, st, sms, tc.budget, clock.Now, log)
			if _, err := sweep.Sweep(ctx); err != nil { // the first run sets the checkpoint
				t.Fatal(err)
			}
			lang := tc.lang
			if lang == "" {
				lang = "da"
			}
			if err := inv.Handle(ctx, contactFrom(phone, "c-first", afternoon, lang)); err != nil {
				t.Fatal(err)
			}
			first := sms.all()
			if len(first) != 1 {
				t.Fatalf("%d invitation SMS, want 1", len(first))
			}
			link := linkToken.FindString(first[0].message)
			tokenHash := feedback.HashToken(strings.TrimPrefix(link, "/f/"))
			clock.Set(afternoon.Add(time.Hour))
			if tc.rotate != nil {
				keysMu.Lock()
				keys = *tc.rotate
				keysMu.Unlock()
			}
			if tc.between != nil {
				tc.between(t, st, inv, clock, tokenHash)
			}
			sms.mu.Lock()
			sms.refuse = tc.refuse
			sms.mu.Unlock()
			for i, at := range tc.sweepAt {
				clock.Set(at)
				if tc.refuse > 0 && i == 0 { // one run alone, so the refused SMS is its
					if _, err := sweep.Sweep(ctx); err == nil {
						t.Error("a refused SMS: want the sweep to fail (the error alarm)")
					}
					continue
				}
				var wg sync.WaitGroup // a redelivered schedule event: two runs at once
				for range 2 {
					wg.Add(1)
					go func() {
						defer wg.Done()
						if _, err := sweep.Sweep(ctx); err != nil {
							t.Error(err)
						}
					}()
				}
				wg.Wait()
			}
			var reminders []smsAt
			for _, m := range sms.all()[1:] {
				if m.phone == phone {
					reminders = append(reminders, m)
				}
			}
			if len(reminders) != len(tc.reminded) {
				t.Fatalf("%d reminders, want %d: %v", len(reminders), len(tc.reminded), reminders)
			}
			for i, m := range reminders {
				if !m.at.Equal(tc.reminded[i]) {
					t.Errorf("reminder sent at %s, want %s", m.at.In(copenhagen), tc.reminded[i])
				}
				if !strings.Contains(m.message, link+" ") {
					t.Errorf("reminder %q lacks the invitation's link %s", m.message, link)
				}
				if n, ok := invite.GSM7Length(m.message); !ok || n > invite.SMSMaxChars {
					t.Errorf("reminder %q is not one GSM-7 segment", m.message)
				}
				if want := map[string]string{"da": "påmindelse", "en": "reminder"}[lang]; !strings.Contains(strings.ToLower(m.message), want) {
					t.Errorf("reminder %q: want the %s wording", m.message, lang)
				}
				for _, secret := range []string{"fyn", "vagtcentral", "c-first", "114"} {
					if strings.Contains(m.message, secret) {
						t.Errorf("reminder %q tells %q about the call", m.message, secret)
					}
				}
			}
			counts := reminderCounts(t, st, afternoon)
			wantSent := int64(len(tc.reminded))
			if counts[sampling.CounterReminderSent] != wantSent {
				t.Errorf("counted %d reminders sent, want %d (%v)", counts[sampling.CounterReminderSent], wantSent, counts)
			}
			for _, r := range reminder.Reasons {
				want := int64(0)
				if r == tc.reason {
					want = 1
				}
				if got := counts[sampling.CounterReminderSkipped+r]; got != want {
					t.Errorf("skip reason %s counted %d times, want %d (%v)", r, got, want, counts)
				}
			}
		})
	}
}

func contactFrom(phone, id string, at time.Time, lang string) feedback.Contact {
	return feedback.Contact{ContactID: id, Channel: "114", EndedAt: at.UTC(), Language: lang,
		Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Caller: feedback.Caller{Phone: phone}}
}

func reminderCounts(t *testing.T, st *dynamo.Store, day time.Time) map[string]int64 {
	t.Helper()
	rows, err := st.DailyCounters(context.Background(), day, day)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int64{}
	for _, r := range rows {
		for k, v := range r.Counts {
			if strings.HasPrefix(k, "rem_") {
				out[k] += v
			}
		}
	}
	return out
}

// TestWriteUnitsOfAReminder meters what reminders cost, by DynamoDB's rules: they cost the
// invitations they are for (the entry written with the invitation, the sweep's writes), never the
// reply (TestWriteUnitsPerReply is unchanged: a reply writes nothing for its reminder).
func TestWriteUnitsOfAReminder(t *testing.T) {
	st, meter := meteredStore(t)
	ctx := context.Background()
	key := []byte(strings.Repeat("k", 32))
	keyFn := func(context.Context) (invite.PhoneKeys, error) { return invite.PhoneKeys{Current: key}, nil }
	clock := &fakeClock{t: time.Date(2026, 11, 26, 14, 0, 0, 0, time.UTC)}
	sms := &sentSMS{clock: clock}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	inv := invite.NewService(invite.Config{PublicBaseURL: "https://feedback.politi.dk", PhoneKey: key, SamplingRate: 1}, st, sms, clock.Now, log).
		WithReminders(&reminder.Scheduler{Delay: 48 * time.Hour, Policy: sampling.ReminderAll, FixedRate: 1, Key: keyFn, Store: st})
	sweep := reminder.NewService(reminder.Config{PublicBaseURL: "https://feedback.politi.dk", Key: keyFn}, st, sms, nil, clock.Now, log)
	if _, err := sweep.Sweep(ctx); err != nil {
		t.Fatal(err)
	}
	meter.Reset()
	if err := inv.Handle(ctx, contactFrom("+4520123456", "c-metered-1", clock.Now(), "da")); err != nil {
		t.Fatal(err)
	}
	invitation := meter.Usage()
	if err := inv.Handle(ctx, contactFrom("+4520123457", "c-metered-2", clock.Now(), "da")); err != nil {
		t.Fatal(err)
	}
	answered := linkToken.FindString(sms.all()[1].message)
	if err := st.MarkUsed(ctx, feedback.HashToken(strings.TrimPrefix(answered, "/f/")), clock.Now()); err != nil {
		t.Fatal(err)
	}
	clock.Set(clock.Now().Add(48 * time.Hour))
	meter.Reset()
	rep, err := sweep.Sweep(ctx)
	if err != nil || rep.Sent != 1 || rep.Skipped[reminder.ReasonAnswered] != 1 {
		t.Fatalf("sweep: %+v, %v", rep, err)
	}
	swept := meter.Usage()
	for _, u := range []struct {
		name    string
		u       motostack.Usage
		maxWRU  float64
		maxReqs int
	}{
		// TestWriteUnitsPerReply's 8 and the reminder's entry
		{"invitation sent with its reminder scheduled", invitation, 9, 7},
		// one sent (claim, entry dropped, counter) and one skipped as answered (entry dropped,
		// counter), and the checkpoint
		{"sweep: one reminder sent, one skipped", swept, 6, 6},
	} {
		reqs := 0
		for _, k := range u.u.Kinds() {
			reqs += u.u.Writes[k]
		}
		t.Logf("%s: %.1f WRU in %d writes, %.1f RRU", u.name, u.u.TotalWRU(), reqs, u.u.TotalRRU())
		if u.u.TotalWRU() > u.maxWRU || reqs > u.maxReqs {
			t.Errorf("%s: %.1f WRU in %d writes, want at most %.0f WRU in %d", u.name, u.u.TotalWRU(), reqs, u.maxWRU, u.maxReqs)
		}
	}
}

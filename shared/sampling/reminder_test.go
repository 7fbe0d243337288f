package sampling

import (
	"testing"

	"borgerfeedback/shared/feedback"
)

func TestReminds(t *testing.T) {
	high, plain := feedback.Sample{HighRisk: true, Probability: 1}, feedback.Sample{Probability: 0.1}
	for _, tc := range []struct {
		policy string
		s      feedback.Sample
		rate   float64
		want   bool
	}{
		{ReminderOff, high, 1, false}, {ReminderAll, plain, 0.1, true},
		{ReminderHighRisk, high, 0.1, true}, {ReminderHighRisk, plain, 1, false},
		{ReminderCapped, plain, 1, true}, {ReminderCapped, high, 0.5, false},
	} {
		if got := Reminds(tc.policy, tc.s, tc.rate); got != tc.want {
			t.Errorf("Reminds(%s, %+v, %v) = %v", tc.policy, tc.s, tc.rate, got)
		}
	}
}

// TestReminderIsNotANewSelection: a reply after a reminder weighs what it would have weighed
// without one, is counted apart, and a reminder adds nothing to the invitations (the response
// rate's denominator).
func TestReminderIsNotANewSelection(t *testing.T) {
	s := feedback.Sample{Probability: 0.2, Multiplier: 1, Group: GroupPlain}
	r := s
	r.Reminded = true
	before, after := ReplyCounts(&s, 5), ReplyCounts(&r, 5)
	if after[CounterReminderAnswered] != 1 || before[CounterReminderAnswered] != 0 {
		t.Errorf("rem_answered: %d before, %d after", before[CounterReminderAnswered], after[CounterReminderAnswered])
	}
	delete(after, CounterReminderAnswered)
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s = %d after a reminder, %d without", k, after[k], v)
		}
	}
	if !IsOutcomeCounter(CounterReminderSent) || !IsOutcomeCounter(CounterReminderSkipped+"answered") || IsOutcomeCounter(CounterReminderAnswered) {
		t.Error("reminder outcomes are outcome counters (not recounted from replies); rem_answered is a reply counter")
	}
}

// TestPlanCountsReminderSMS: reminders sent this month and forecast from the window add to a
// centre's expected SMS and so to what the budget caps.
func TestPlanCountsReminderSMS(t *testing.T) {
	cfg := DefaultControllerConfig()
	c := centreDays("a", feedback.CentreService, 28, 1000, 0.1, 0.25)
	without := cfg.Plan([]CentreCounts{c}, 11, 30)[0]
	c.Window[CounterReminderSent] = 28 * 50
	c.Month[CounterReminderSent] = 10 * 50
	with := cfg.Plan([]CentreCounts{c}, 11, 30)[0]
	if want := without.ExpectedSMS + 10*50 + 20*50; with.ExpectedSMS < want-1 || with.ExpectedSMS > want+1 {
		t.Errorf("expected SMS %v with reminders, want %v", with.ExpectedSMS, want)
	}
}

func TestBetterReminder(t *testing.T) {
	off := ReminderFigures{Policy: ReminderOff, SMS: 100, SMSPerBadHeard: 3.9}
	for _, tc := range []struct {
		name string
		fs   []ReminderFigures
		want string
	}{
		{"dearer per bad experience heard: off", []ReminderFigures{off, {Policy: ReminderAll, SMS: 150, SMSPerBadHeard: 4.8}}, ReminderOff},
		{"cheaper per bad experience heard: the reminder", []ReminderFigures{off, {Policy: ReminderHighRisk, SMS: 140, SMSPerBadHeard: 3.6}}, ReminderHighRisk},
		{"meets more targets first", []ReminderFigures{{Policy: ReminderOff, SMS: 100, SMSPerBadHeard: 3.9, CentresOverTarget: 2}, {Policy: ReminderCapped, SMS: 101, SMSPerBadHeard: 4, CentresOverTarget: 0}}, ReminderCapped},
		{"a tie: fewer SMS", []ReminderFigures{off, {Policy: ReminderCapped, SMS: 101, SMSPerBadHeard: 3.9}}, ReminderOff},
		{"nothing compared: off", nil, ReminderOff},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := BetterReminder(tc.fs); got != tc.want {
				t.Errorf("BetterReminder = %s, want %s", got, tc.want)
			}
		})
	}
}

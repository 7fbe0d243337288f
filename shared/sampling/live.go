package sampling

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"borgerfeedback/shared/feedback"
)

// CounterReader reads the daily counters (dynamo.Store.DailyCounters).
type CounterReader interface {
	DailyCounters(ctx context.Context, from, to time.Time) ([]feedback.CounterRow, error)
}

// Controller plans every centre's rate once a day from the daily counters and answers invite's
// BaseRate from that plan (it implements invite.Rates). A failed read keeps the last plan, or the
// prior, and is tried again after RetryAfter.
type Controller struct {
	cfg      ControllerConfig
	counters CounterReader
	log      *slog.Logger

	mu      sync.Mutex
	day     time.Time // UTC day of the plans
	plans   map[string]Plan
	retryAt time.Time
}

// RetryAfter is how long a failed counter read waits before the next try.
const RetryAfter = 5 * time.Minute

// NewController builds a controller; cfg should have passed Validate.
func NewController(cfg ControllerConfig, counters CounterReader, log *slog.Logger) *Controller {
	return &Controller{cfg: cfg, counters: counters, log: log}
}

// Config is the controller's configuration.
func (c *Controller) Config() ControllerConfig { return c.cfg }

// BaseRate is the centre's rate for today; a centre without counters is planned from the prior.
func (c *Controller) BaseRate(ctx context.Context, centre feedback.Centre, now time.Time) float64 {
	plans := c.Plans(ctx, now)
	if p, ok := plans[centre.ID]; ok {
		return p.Rate
	}
	dom, dim := monthDay(now)
	return c.cfg.Plan([]CentreCounts{{Centre: centre, Window: map[string]int64{}, Month: map[string]int64{}}}, dom, dim)[0].Rate
}

// Plans returns today's plans by centre id, computing them on the first call of a UTC day.
func (c *Controller) Plans(ctx context.Context, now time.Time) map[string]Plan {
	c.mu.Lock()
	defer c.mu.Unlock()
	today := day(now)
	if c.plans != nil && c.day.Equal(today) || now.Before(c.retryAt) {
		return c.plans
	}
	plans, err := c.PlanFromCounters(ctx, now)
	if err != nil {
		c.retryAt = now.Add(RetryAfter)
		c.log.ErrorContext(ctx, "sampling controller: counters unreadable, keeping the last plan", "error", err.Error())
		return c.plans
	}
	c.plans, c.day = map[string]Plan{}, today
	for _, p := range plans {
		c.plans[p.Centre.ID] = p
	}
	c.log.InfoContext(ctx, "sampling controller planned the day", "centres", len(plans))
	return c.plans
}

// PlanFromCounters reads the counters of the window and of the month so far and plans every centre
// in them.
func (c *Controller) PlanFromCounters(ctx context.Context, now time.Time) ([]Plan, error) {
	rows, err := c.counters.DailyCounters(ctx, PlanFrom(now, c.cfg.WindowDays), now)
	if err != nil {
		return nil, err
	}
	dom, dim := monthDay(now)
	return c.cfg.Plan(Collect(rows, now, c.cfg.WindowDays), dom, dim), nil
}

// PlanFrom is the first day whose counters a plan at now reads: the earlier of the window's first
// day and the month's first.
func PlanFrom(now time.Time, windowDays int) time.Time {
	today := day(now)
	from := today.AddDate(0, 0, -(windowDays - 1))
	if m := time.Date(today.Year(), today.Month(), 1, 0, 0, 0, 0, time.UTC); m.Before(from) {
		from = m
	}
	return from
}

func monthDay(now time.Time) (dayOfMonth, daysInMonth int) {
	t := now.UTC()
	return t.Day(), time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// AllowsReminder reports whether the centre's plan for today leaves room for a reminder SMS
// (reminder.Budget): not when the monthly budget already holds its rate below what its target
// needs, or is overspent. Without a budget there is always room.
func (c *Controller) AllowsReminder(ctx context.Context, centre feedback.Centre, now time.Time) bool {
	if c.cfg.MonthlyBudgetDKK <= 0 {
		return true
	}
	p, ok := c.Plans(ctx, now)[centre.ID]
	return !ok || !p.BudgetLimited && !p.OverBudget
}

package feedback

import (
	"fmt"
	"strings"
	"time"
)

// SLA is the time to resolve per priority. Durations that are whole multiples of 24 h with
// WorkingDays set count Monday–Friday only.
type SLA struct {
	Limits      map[string]time.Duration
	WorkingDays map[string]bool
}

// DefaultSLA is P1 1 hour, P2 2 working days, P3 10 days, P4 30 days.
func DefaultSLA() SLA {
	return SLA{
		Limits:      map[string]time.Duration{P1: time.Hour, P2: 48 * time.Hour, P3: 10 * 24 * time.Hour, P4: 30 * 24 * time.Hour},
		WorkingDays: map[string]bool{P2: true},
	}
}

// ParseSLA reads overrides like "P1=1h,P2=2wd,P3=10d,P4=30d" (h hours, d days, wd working days)
// on top of the defaults.
func ParseSLA(s string) (SLA, error) {
	sla := DefaultSLA()
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		p, v, ok := strings.Cut(part, "=")
		if !ok || sla.Limits[p] == 0 {
			return sla, fmt.Errorf("SLA entry %q: want P1..P4=<n>h|d|wd", part)
		}
		var n int
		var unit string
		if _, err := fmt.Sscanf(v, "%d%s", &n, &unit); err != nil || n <= 0 {
			return sla, fmt.Errorf("SLA entry %q: want a positive number and h, d or wd", part)
		}
		switch unit {
		case "h":
			sla.Limits[p], sla.WorkingDays[p] = time.Duration(n)*time.Hour, false
		case "d":
			sla.Limits[p], sla.WorkingDays[p] = time.Duration(n)*24*time.Hour, false
		case "wd":
			sla.Limits[p], sla.WorkingDays[p] = time.Duration(n)*24*time.Hour, true
		default:
			return sla, fmt.Errorf("SLA entry %q: unit must be h, d or wd", part)
		}
	}
	return sla, nil
}

// Due is when an item of the priority created at from must be resolved.
func (s SLA) Due(priority string, from time.Time) time.Time {
	limit, ok := s.Limits[priority]
	if !ok {
		limit = s.Limits[P4]
	}
	if !s.WorkingDays[priority] {
		return from.Add(limit)
	}
	t := from
	for days := int(limit / (24 * time.Hour)); days > 0; {
		t = t.Add(24 * time.Hour)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			days--
		}
	}
	return t
}

// Overdue reports whether an open item is past its due time.
func (it Item) Overdue(now time.Time) bool {
	return !it.DueAt.IsZero() && now.After(it.DueAt) && it.Status != StatusResolved && it.Status != StatusClosed
}

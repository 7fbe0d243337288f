package invite

import (
	"fmt"
	"strings"
	"time"

	"borgerfeedback/shared/danishtime"
)

// QuietHours is a daily window of local time in which no SMS is sent: an invitation that falls in
// it waits until the window ends. The zero value has no window.
//
// Why the wait is a chain of short SQS delays rather than one long one: SQS delays a message by at
// most 15 minutes, and a quiet night lasts up to 12 hours (21:00 CEST to 08:00 CET on the night
// summer time ends). Extending the visibility timeout (up to 12 h) would count every night as a
// failed receive towards the DLQ and keep the queue's oldest-message alarm firing; a scheduled
// re-send per contact (EventBridge Scheduler) or a table of waiting contacts drained at 08:00 would
// add resources, grants and a second path to keep exactly-once. So a contact in the quiet hours is
// put back on its own queue with a delay of min(time left, QuietHop) and screened again when it
// comes back: each hop is a new message (the age alarm stays quiet), the end of the window is
// computed in the zone at every hop (right on the days summer time starts and ends), and a
// duplicate chain (a redelivery, a crash between the re-send and the delete) can never send a
// second SMS, since sending needs the contact's claim and the claim is taken once.
type QuietHours struct {
	Start, End time.Duration // offsets from local midnight; the window runs from Start to End, over midnight when End < Start
	Zone       *time.Location
}

// DefaultQuietHours is the default window, QUIET_HOURS's syntax.
const (
	DefaultQuietHours     = "21:00-08:00"
	DefaultQuietHoursZone = danishtime.Zone
)

// ParseQuietHours reads "HH:MM-HH:MM" in zone; "" or "off" is no window.
func ParseQuietHours(spec, zone string) (QuietHours, error) {
	spec = strings.TrimSpace(spec)
	if spec == "" || spec == "off" {
		return QuietHours{}, nil
	}
	from, to, ok := strings.Cut(spec, "-")
	start, err1 := clock(from)
	end, err2 := clock(to)
	if !ok || err1 != nil || err2 != nil || start == end {
		return QuietHours{}, fmt.Errorf("quiet hours %q: want HH:MM-HH:MM (two different times) or off", spec)
	}
	// Danish time is built in; another zone needs a tz database on disk, which Lambda lacks (an
	// error here, at start-up, names the zone).
	loc, err := danishtime.Load(zone)
	if err != nil {
		return QuietHours{}, fmt.Errorf("quiet hours zone %q: %w", zone, err)
	}
	return QuietHours{Start: start, End: end, Zone: loc}, nil
}

func clock(s string) (time.Duration, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, err
	}
	return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute, nil
}

// Until returns the end of the quiet window t falls in, and false when t is outside it.
func (q QuietHours) Until(t time.Time) (time.Time, bool) {
	if q.Zone == nil {
		return time.Time{}, false
	}
	local := t.In(q.Zone)
	y, m, d := local.Date()
	at := func(day int, off time.Duration) time.Time {
		return time.Date(y, m, day, int(off/time.Hour), int(off%time.Hour/time.Minute), 0, 0, q.Zone)
	}
	startToday, endToday := at(d, q.Start), at(d, q.End)
	if q.Start < q.End { // e.g. 00:00-06:00, within one day
		if !t.Before(startToday) && t.Before(endToday) {
			return endToday, true
		}
		return time.Time{}, false
	}
	switch { // over midnight, e.g. 21:00-08:00
	case t.Before(endToday):
		return endToday, true
	case !t.Before(startToday):
		return at(d+1, q.End), true
	}
	return time.Time{}, false
}

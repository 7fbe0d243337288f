package form

import (
	"strconv"
	"strings"
	"time"
)

// copenhagen is Danish time. The zone is embedded (623 bytes from Go's lib/time/zoneinfo.zip) so
// the Lambda needs no zoneinfo on disk and no 450 KB time/tzdata.
var copenhagen = func() *time.Location {
	loc, err := time.LoadLocationFromTZData("Europe/Copenhagen", []byte(mustRead("templates/Europe-Copenhagen.tzif")))
	if err != nil {
		panic(err)
	}
	return loc
}()

// aboutCall names the contact the invitation is about — its channel and when it ended, in Danish
// time — and nothing else from the event: "Det drejer sig om din opringning til 114 den
// 2. december kl. 14.03." Empty when the invitation predates the recorded end time.
func aboutCall(lang, channel string, endedAt time.Time) string {
	if endedAt.IsZero() || channel == "" {
		return ""
	}
	t := endedAt.In(copenhagen)
	months := strings.Split(translate(lang, "months"), ",")
	date := translatef(lang, "date_format", "day", strconv.Itoa(t.Day()), "month", strings.TrimSpace(months[t.Month()-1]))
	clock := translatef(lang, "clock_format", "hour", t.Format("15"), "minute", t.Format("04"))
	return translatef(lang, "about_call", "channel", channel, "date", date, "time", clock)
}

package form

import (
	"strconv"
	"strings"
	"time"

	"borgerfeedback/shared/danishtime"
)

// copenhagen is Danish time (embedded: no zoneinfo on disk, no time/tzdata).
var copenhagen = danishtime.Location

// aboutCall names the contact the invitation is about — its channel and when it ended, in Danish
// time — and nothing else from the event: "Det drejer sig om din opringning til 114 den
// 2. december kl. 14.03." Empty when the invitation predates the recorded end time.
func aboutCall(lang, channel string, endedAt time.Time) string {
	if endedAt.IsZero() || channel == "" {
		return ""
	}
	t := endedAt.In(copenhagen)
	date := translatef(lang, "date_format", "day", strconv.Itoa(t.Day()), "month", monthName(lang, t.Month()))
	clock := translatef(lang, "clock_format", "hour", twoDigits[t.Hour()], "minute", twoDigits[t.Minute()])
	return translatef(lang, "about_call", "channel", channel, "date", date, "time", clock)
}

// monthNames are each language's names of the months (the catalog's "months", split once).
var monthNames = func() map[string][]string {
	m := map[string][]string{}
	for _, l := range languages {
		m[l.Code] = splitMonths(translate(l.Code, "months"))
	}
	return m
}()

func splitMonths(list string) []string {
	months := strings.Split(list, ",")
	for i := range months {
		months[i] = strings.TrimSpace(months[i])
	}
	return months
}

func monthName(lang string, m time.Month) string {
	months, ok := monthNames[lang]
	if !ok {
		months = splitMonths(translate(lang, "months"))
	}
	return months[m-1]
}

// twoDigits are 00–59, as t.Format("04") writes them, without formatting each time.
var twoDigits = func() (d [60]string) {
	for i := range d {
		d[i] = string([]byte{byte('0' + i/10), byte('0' + i%10)})
	}
	return d
}()

package feedback

import "time"

// Sort orders of staff lists.
const (
	SortNewest = "newest" // newest first (default)
	SortUrgent = "urgent" // P1 first, newest first within a priority
)

// Conduct scopes: which items a list may return by their conduct (DUP) flag.
const (
	ConductAny     = ""        // conduct and other items
	ConductExclude = "exclude" // no conduct items
	ConductOnly    = "only"    // conduct items only
)

// ListQuery selects feedback items for a staff list or export. Empty fields do not filter.
type ListQuery struct {
	Status   string
	Priority string
	Team     string
	District string
	Category string
	Channel  string
	Assignee string
	Overdue  bool      // only open items whose DueAt is before Now
	Now      time.Time // the time Overdue is judged at

	// Scope is what the caller may see; the store applies it on top of the filters.
	Districts []string // only these districts; nil means every district
	Conduct   string   // ConductAny, ConductExclude or ConductOnly

	Sort   string // SortNewest or SortUrgent
	Limit  int    // page size
	Cursor string // Page.Next of the previous page of the same query
}

// Page is one page of a list. Next is empty on the last page.
type Page struct {
	Items []Item
	Next  string
}

// CounterRow is one row of the daily counters: the numeric attributes of one dimension value on one
// day (count, ratingSum, ratingSqSum, urgent, conduct, cat_<category>, inv_sent, inv_suppressed_<reason>,
// inv_answered).
type CounterRow struct {
	Day    time.Time
	Dim    string // all, channel, centreKind, centre, district, category
	Value  string
	Counts map[string]int64
}

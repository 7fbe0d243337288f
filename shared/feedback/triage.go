package feedback

import "time"

// Sort orders of staff lists.
const (
	SortNewest = "newest" // newest first (default)
	SortUrgent = "urgent" // P1 first, earliest due first within a priority
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
	Open     bool      // only open items (neither resolved nor closed)
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

// CounterRow is one row of the daily counters: the counts of one day's replies, or invitation
// outcomes, that share a channel, centre kind, centre, district and (replies only) category. The
// counts are count, ratingSum, ratingSqSum, urgent, conduct, cat_<category> and inv_answered for
// replies, inv_sent and inv_suppressed_<reason> for invitations, plus the sampling sums of
// shared/sampling (satisfied, smp_*). Statistics per dimension are sums over rows.
type CounterRow struct {
	Day        time.Time
	Channel    string
	CentreKind string
	Centre     string
	District   string
	Category   string // empty on a row of invitation outcomes
	Counts     map[string]int64
}

// Package dynamo is the DynamoDB adapter: every item of the single table (resources.Table), its keys
// and the queries on it. Item kinds are told apart by the partition-key prefix:
//
//	CONTACT#<contactId>  / CONTACT        a suppressed contact's outcome (reason); a sent contact has none
//	PHONE#<hmac>         / PHONE          frequency window per phone number (keyed hash only), and the claim
//	                                      of the contact that reserved it: lastContact, lastRef, leaseUntil
//	PHONE#<hmac>         / SAFETY         safety-list entry: class, listed at, listed until (keyed hash only)
//	SAFETYLIFT           / <time>#<nonce> audit record of a lifted safety-list entry (who, when, why)
//	PHONE#<hmac>         / OPTOUT         the number opted out (POST /f/{token}/stop); no expiry
//	OPTOUTLIFT           / <time>#<nonce> audit record of a lifted opt-out (who, when, the consent)
//	RETENTION            / STATE          the retention function's checkpoint
//	FB#<reference>       / ITEM           the invitation (single-use link: token hash, context of the contact,
//	                                      expiry, use), which claims the reference (feedback.ReferenceOf(token
//	                                      hash)) and is the sent contact's outcome; the reply completes it into
//	                                      the feedback item (attribute id; GSIs byCreated in its OPEN or CLOSED
//	                                      partition, byUrgency once closed, sparse byAssignee, and
//	                                      byTextRetention once closed or withdrawn). Stored under
//	                                      1 KB for a short comment (encoding.go). Its byPurgeDay entry: the
//	                                      invitation's data leaves it (or the unanswered item goes) when the
//	                                      invitation's retention ends.
//	FB#<reference>       / H#<time>#<n>   its append-only history (the "created" event is derived from the item)
//	STATS#<yyyy-mm-dd>   / C#<channel>#<centreKind>#<centre>#<district>#<category>
//	                                      daily counters, one row per combination of the dimensions (category
//	                                      empty for invitation outcomes); the statistics sum them when read
//	MAINT#redact-existing / CHECKPOINT    progress of `make redact-existing` (shared/redactexisting)
package dynamo

import (
	"fmt"

	"borgerfeedback/shared/feedback"
	"net/url"
	"strings"
	"time"
)

// Key attribute names (resources.Table).
const (
	attrPK = "PK"
	attrSK = "SK"

	expiresAttr = "expiresAt" // resources.Table.TTLAttribute: epoch seconds

	// Sparse index keys of retention (resources.Table, byTextRetention and byPurgeDay).
	retainTextAttr  = "retainText"
	retainTextValue = "TEXT"
	purgeDayAttr    = "purgeDay"
)

// Sort-key constants and partition-key prefixes.
const (
	skContact       = "CONTACT"
	skPhone         = "PHONE"
	skSafety        = "SAFETY"
	safetyLiftPK    = "SAFETYLIFT"
	skOptOut        = "OPTOUT"
	optOutLiftPK    = "OPTOUTLIFT"
	retentionPK     = "RETENTION"
	skRetention     = "STATE"
	skItem          = "ITEM"
	skHistoryPrefix = "H#"
)

// The partitions of byCreated (attribute gsiAll): items staff still work (status neither resolved
// nor closed) and the rest. byUrgency holds only closed items (its sort key, urgency, is set only on
// them), so a new reply, open, enters one list index; the urgent order of open items is sorted from
// byCreated's open partition (ListFeedback).
const (
	listOpen   = "OPEN"
	listClosed = "CLOSED"
)

// listPartition is the byCreated partition of an item.
func listPartition(it feedback.Item) string {
	if it.Open() {
		return listOpen
	}
	return listClosed
}

func contactPK(contactID string) string { return "CONTACT#" + contactID }
func phonePK(hash string) string        { return "PHONE#" + hash }

// FeedbackPK is the partition key of a feedback item and its history.
func FeedbackPK(ref string) string { return "FB#" + ref }

// StatsPK is the partition key of one day's counters.
func StatsPK(day time.Time) string { return "STATS#" + day.UTC().Format("2006-01-02") }

// counterPrefix starts the sort key of a counter row.
const counterPrefix = "C#"

// CounterSK is the sort key of one counter row: the values of its dimensions, each escaped so that
// no value can contain the separator.
func CounterSK(channel, centreKind, centre, district, category string) string {
	vs := []string{channel, centreKind, centre, district, category}
	for i, v := range vs {
		vs[i] = url.PathEscape(v)
	}
	return counterPrefix + strings.Join(vs, "#")
}

// parseCounterSK is the inverse of CounterSK; ok is false for any other sort key.
func parseCounterSK(sk string) (dims [5]string, ok bool) {
	rest, ok := strings.CutPrefix(sk, counterPrefix)
	if !ok {
		return dims, false
	}
	parts := strings.Split(rest, "#")
	if len(parts) != len(dims) {
		return dims, false
	}
	for i, p := range parts {
		v, err := url.PathUnescape(p)
		if err != nil {
			return dims, false
		}
		dims[i] = v
	}
	return dims, true
}

// createdLayout is the time part of CreatedKey.
const createdLayout = "2006-01-02T15:04:05.000000000Z"

// CreatedKey sorts feedback newest-last by creation time (query with ScanIndexForward=false for newest first).
func CreatedKey(t time.Time, ref string) string {
	return t.UTC().Format(createdLayout) + "#" + ref
}

// UrgencyKey sorts feedback by priority (P1 first) and, within a priority, earliest due first
// (ascending query); an item without a due time sorts by its creation time. Items stored before
// this order keep their old key (newest first) until their next workflow update rewrites it.
func UrgencyKey(priority string, due, created time.Time, ref string) string {
	if due.IsZero() {
		due = created
	}
	return priority + "#" + fmt.Sprintf("%019d", due.UTC().UnixNano()) + "#" + ref
}

// HistorySK is the sort key of a history event; n breaks ties within the same nanosecond.
func HistorySK(t time.Time, n int) string {
	return skHistoryPrefix + t.UTC().Format("2006-01-02T15:04:05.000000000Z") + fmt.Sprintf("#%03d", n)
}

func trimPrefix(s, prefix string) string { return strings.TrimPrefix(s, prefix) }

package triage

import (
	"encoding/csv"
	"io"
	"strconv"
	"time"

	"borgerfeedback/shared/feedback"
)

// CSV export: UTF-8 with a byte-order mark, so Excel shows æ, ø and å; every cell that a
// spreadsheet could read as a formula is neutralised. Contact details are never exported.

// ExportColumns are the columns of the CSV export, in order.
var ExportColumns = []string{
	"id", "createdAt", "submittedAt", "channel", "centreId", "centreKind", "district", "rating",
	"takenSeriously", "waitAcceptable", "category", "confirmedCategory", "urgent", "conduct", "priority",
	"team", "status", "assignee", "outcome", "dueAt", "overdue", "contactOk", "text",
}

const bom = "\ufeff"

// CSVWriter writes the export rows.
type CSVWriter struct {
	w   *csv.Writer
	now time.Time
}

// NewCSVWriter writes the BOM and the header row. comma is ',' or ';' (Danish Excel's list separator).
func NewCSVWriter(w io.Writer, comma rune, now time.Time) (*CSVWriter, error) {
	if _, err := io.WriteString(w, bom); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.Comma = comma
	cw.UseCRLF = true
	if err := cw.Write(ExportColumns); err != nil {
		return nil, err
	}
	return &CSVWriter{w: cw, now: now}, nil
}

// Write writes one item; text must already be masked.
func (c *CSVWriter) Write(it feedback.Item, text string) error {
	ts := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format(time.RFC3339)
	}
	row := []string{
		it.ID, ts(it.CreatedAt), ts(it.SubmittedAt), it.Channel, it.CentreID, it.CentreKind, it.District,
		strconv.Itoa(it.Rating), it.TakenSeriously, it.WaitAcceptable, it.Category, it.ConfirmedCategory,
		strconv.FormatBool(it.Urgent), strconv.FormatBool(it.Conduct), it.Priority, it.Team, it.Status,
		it.Assignee, it.Outcome, ts(it.DueAt), strconv.FormatBool(it.Overdue(c.now)), strconv.FormatBool(it.ContactOK), text,
	}
	for i, cell := range row {
		row[i] = NeutraliseCell(cell)
	}
	return c.w.Write(row)
}

// Flush writes buffered rows and returns any write error.
func (c *CSVWriter) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

// NeutraliseCell prefixes a cell that starts with a formula trigger (= + - @, tab or carriage
// return) with an apostrophe, so spreadsheets show it as text instead of evaluating it (OWASP
// CSV injection advice). Such a cell keeps its content otherwise.
func NeutraliseCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

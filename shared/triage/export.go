package triage

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"borgerfeedback/shared/feedback"
)

// CSV export: UTF-8 with a byte-order mark, so Excel shows æ, ø and å. Every field is quoted, and no cell
// can start like a formula in any reading of the file: not with the export's own delimiter, not with the
// other one (a comma export opened by Danish Excel, whose list separator is ';'), not split at a line
// break (NeutraliseCell). Contact details are never exported.

// ExportColumns are the columns of the CSV export, in order.
var ExportColumns = []string{
	"id", "createdAt", "submittedAt", "channel", "centreId", "centreKind", "district", "rating",
	"takenSeriously", "waitAcceptable", "category", "confirmedCategory", "urgent", "conduct", "priority",
	"team", "status", "assignee", "outcome", "dueAt", "overdue", "contactOk", "text",
}

const bom = "\ufeff"

// CSVWriter writes the export rows.
type CSVWriter struct {
	w     *bufio.Writer
	comma string
	now   time.Time
}

// NewCSVWriter starts a file: it writes the BOM and the header row. comma is ',' or ';' (Danish
// Excel's list separator). now decides the overdue column.
func NewCSVWriter(w io.Writer, comma rune, now time.Time) *CSVWriter {
	c := NewCSVRows(w, comma, now)
	_, _ = c.w.WriteString(bom)   // buffered: an error shows in Write or Flush
	_ = c.writeRow(ExportColumns) // buffered: an error shows in Write or Flush
	return c
}

// NewCSVRows continues a file: rows only, for the pages of an export after its first.
func NewCSVRows(w io.Writer, comma rune, now time.Time) *CSVWriter {
	return &CSVWriter{w: bufio.NewWriter(w), comma: string(comma), now: now}
}

// rowsTo is a writer of rows to w with c's delimiter and clock, for rows written apart and added later.
func (c *CSVWriter) rowsTo(w io.Writer) *CSVWriter {
	return &CSVWriter{w: bufio.NewWriter(w), comma: c.comma, now: c.now}
}

// Write writes one item; text must already be masked.
func (c *CSVWriter) Write(it feedback.Item, text string) error {
	ts := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.UTC().Format(time.RFC3339)
	}
	return c.writeRow([]string{
		it.ID, ts(it.CreatedAt), ts(it.SubmittedAt), it.Channel, it.CentreID, it.CentreKind, it.District,
		strconv.Itoa(it.Rating), it.TakenSeriously, it.WaitAcceptable, it.Category, it.ConfirmedCategory,
		strconv.FormatBool(it.Urgent), strconv.FormatBool(it.Conduct), it.Priority, it.Team, it.Status,
		it.Assignee, it.Outcome, ts(it.DueAt), strconv.FormatBool(it.Overdue(c.now)), strconv.FormatBool(it.ContactOK), text,
	})
}

// writeRow writes every cell neutralised and quoted (RFC 4180: a quote doubled), ending in CRLF.
func (c *CSVWriter) writeRow(cells []string) error {
	for i, cell := range cells {
		if i > 0 {
			_, _ = c.w.WriteString(c.comma) // buffered, as above
		}
		_ = c.w.WriteByte('"')
		_, _ = c.w.WriteString(strings.ReplaceAll(NeutraliseCell(cell), `"`, `""`))
		_ = c.w.WriteByte('"')
	}
	_, err := c.w.WriteString("\r\n")
	return err
}

// Flush writes buffered rows and returns any write error.
func (c *CSVWriter) Flush() error {
	return c.w.Flush()
}

// NeutraliseCell puts an apostrophe before every formula trigger (= + - @, tab or carriage return, also
// as a fullwidth or small form, and any dash or minus sign) that could start a cell in some reading of
// the file: at the start of the cell and after each comma, semicolon, tab, quote or line break inside it,
// leading spaces skipped. Spreadsheets then show it as text instead of evaluating it (OWASP CSV
// injection advice); the cell keeps its content otherwise.
func NeutraliseCell(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 1)
	canStart := true // a reader may start a cell here
	for _, r := range s {
		if canStart && r == ' ' {
			b.WriteRune(r)
			continue
		}
		if canStart && formulaTrigger(r) {
			b.WriteByte('\'')
		}
		b.WriteRune(r)
		switch r {
		case ',', ';', '\t', '\r', '\n', '"':
			canStart = true
		default:
			canStart = false
		}
	}
	return b.String()
}

// formulaTrigger reports whether a cell starting with r may be read as a formula, r taken as NFKC makes
// it (＝ is =, ﹢ is +).
func formulaTrigger(r rune) bool {
	switch r {
	case '=', '+', '-', '@', '\t', '\r', '\u2212':
		return true
	}
	if r < 0x80 {
		return false
	}
	if unicode.Is(unicode.Pd, r) {
		return true
	}
	k := norm.NFKC.String(string(r))
	return k != "" && k != string(r) && formulaTrigger([]rune(k)[0])
}

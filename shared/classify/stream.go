package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"borgerfeedback/shared/redact"
)

// StreamInput is one line of `make classify` input.
type StreamInput struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Rating   int    `json:"rating"`
	Channel  string `json:"channel"`
	District string `json:"district,omitempty"`
}

// StreamOutput is one line of `make classify` output (DESIGN.md).
type StreamOutput struct {
	ID       string   `json:"id"`
	Category string   `json:"category"`
	Urgent   bool     `json:"urgent"`
	Conduct  bool     `json:"conduct"`
	Priority string   `json:"priority"`
	Team     string   `json:"team"`
	Language string   `json:"language"`
	Reasons  []string `json:"reasons"`
	// NeedsTranslation is written only when true (DESIGN.md).
	NeedsTranslation bool `json:"needsTranslation,omitempty"`
}

// Stream classifies JSON lines from in and writes one JSON line per input to out, nothing else. The
// text is redacted first (redact.Text), as in the pipeline. A line that is not valid JSON is reported on errs
// with its number and skipped; blank lines are ignored. It returns how many lines were bad, and an
// error only when reading or writing fails.
func Stream(in io.Reader, out, errs io.Writer) (bad int, err error) {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 4*1024*1024)
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var si StreamInput
		if err := json.Unmarshal([]byte(line), &si); err != nil {
			bad++
			fmt.Fprintf(errs, "line %d: not a JSON object {\"id\",\"text\",\"rating\",\"channel\"}: %v\n", n, err)
			continue
		}
		c := Classify(Input{Text: redact.Text(si.Text), Rating: si.Rating, Channel: si.Channel, District: si.District})
		if err := enc.Encode(StreamOutput{ID: si.ID, Category: c.Category, Urgent: c.Urgent, Conduct: c.Conduct,
			Priority: c.Priority, Team: c.Team, Language: c.Language, Reasons: c.Reasons, NeedsTranslation: c.NeedsTranslation}); err != nil {
			return bad, fmt.Errorf("write: %w", err)
		}
	}
	if err := sc.Err(); err != nil {
		return bad, fmt.Errorf("read: %w", err)
	}
	if err := w.Flush(); err != nil {
		return bad, fmt.Errorf("write: %w", err)
	}
	return bad, nil
}

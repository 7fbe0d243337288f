package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteSection(t *testing.T) {
	section := startMarker + "\n" + sectionHeading + ": console and citizen form\n\nnew figures\n\n" + endMarker + "\n"
	oldSection := startMarker + "\n" + sectionHeading + ": console and citizen form\n\nold figures\n\n" + endMarker + "\n"
	lostStart := sectionHeading + ": console and citizen form\n\nold figures\n\n" + endMarker + "\n"
	tests := []struct {
		name, file, want string
	}{
		{"no file yet", "", section},
		{"no section yet", "# Benchmarks\n\ntext\n", "# Benchmarks\n\ntext\n\n" + section},
		{"replaced between its markers", "# B\n\n" + oldSection + "\n## After\n", "# B\n\n" + section + "\n## After\n"},
		{"start marker lost in a hand edit", "# B\n\n" + lostStart + "## After\n", "# B\n\n" + section + "## After\n"},
		{"two copies become one", "# B\n\n" + lostStart + "\n## Mid\n\nx\n\n" + oldSection, "# B\n\n" + section + "\n## Mid\n\nx\n\n"},
		{"end marker lost: up to the next heading", "# B\n\n" + sectionHeading + ": x\n\nold\n\n## After\n", "# B\n\n" + section + "## After\n"},
		{"a heading that only mentions Lighthouse stays", "# B\n\n## Lighthouse notes\n\nkept\n", "# B\n\n## Lighthouse notes\n\nkept\n\n" + section},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "docs", "benchmarks.md")
			if tc.file != "" {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, []byte(tc.file), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for run := 1; run <= 2; run++ { // a second run changes nothing
				if err := writeSection(file, section); err != nil {
					t.Fatal(err)
				}
				got, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != tc.want {
					t.Fatalf("run %d:\n got %q\nwant %q", run, got, tc.want)
				}
				if n := strings.Count(string(got), sectionHeading); n != 1 {
					t.Fatalf("run %d: %d sections", run, n)
				}
			}
		})
	}
}

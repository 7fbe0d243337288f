package main

import (
	"fmt"
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

func TestMainThreadCPU(t *testing.T) {
	meta := func(pid int, name string) traceEvent {
		e := traceEvent{Name: "thread_name", Ph: "M", PID: pid, TID: pid}
		e.Args.Name = name
		return e
	}
	x := func(pid int, name string, ts, dur, tdur float64) traceEvent {
		return traceEvent{Name: name, Ph: "X", PID: pid, TID: pid, TS: ts, Dur: dur, TDur: tdur}
	}
	tests := []struct {
		name    string
		events  []traceEvent
		wantCPU float64
		want    string
	}{
		{"no renderer", []traceEvent{meta(1, "CrBrowserMain"), x(1, "RunTask", 0, 5000, 4000)}, 0, ""},
		{"nested events give their time to no parent", []traceEvent{
			meta(1, "CrRendererMain"),
			x(1, "RunTask", 0, 10000, 9000), // 9 ms: 1 own, 8 in its children
			x(1, "RunMicrotasks", 0, 6000, 5000),
			x(1, "UpdateLayoutTree", 1000, 2000, 2000),
			x(1, "Layout", 3000, 2000, 1000),
			x(1, "Paint", 7000, 3000, 3000),
			x(1, "RunTask", 20000, 1000, 1000),
		}, 10, "Paint 3, RunTask 2, UpdateLayoutTree 2, Layout 1, RunMicrotasks 2"},
		{"the busiest renderer is the page's", []traceEvent{
			meta(1, "CrRendererMain"), meta(2, "CrRendererMain"),
			x(1, "RunTask", 0, 2000, 2000),
			x(2, "RunTask", 0, 7000, 6000), x(2, "Layout", 0, 5000, 5000),
		}, 6, "Layout 5, RunTask 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cpu, split := mainThreadCPU(tc.events)
			if cpu != tc.wantCPU {
				t.Fatalf("cpu %v, want %v", cpu, tc.wantCPU)
			}
			// The split adds up to the CPU time and each part is as given (order by size, then name).
			sum := 0.0
			got := map[string]float64{}
			for _, e := range split {
				sum += e.MS
				got[e.Name] = e.MS
			}
			if d := sum - cpu; d > 1e-9 || d < -1e-9 {
				t.Fatalf("split %v adds up to %v, not %v", split, sum, cpu)
			}
			for _, part := range strings.Split(tc.want, ", ") {
				if part == "" {
					continue
				}
				f := strings.Fields(part)
				var ms float64
				if _, err := fmt.Sscan(f[1], &ms); err != nil {
					t.Fatal(err)
				}
				if got[f[0]] != ms {
					t.Fatalf("%s: %v ms, want %v (split %v)", f[0], got[f[0]], ms, split)
				}
			}
			if len(split) > 1 && split[0].MS < split[len(split)-1].MS {
				t.Fatalf("not largest first: %v", split)
			}
		})
	}
}

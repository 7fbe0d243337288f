package main

import (
	"debug/elf"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"borgerfeedback/shared/resources"
)

// sizeGoal is issue 13's budget for every Lambda binary (linux/arm64, built as Lambda gets it): a
// smaller binary is read from the deployment package and mapped faster on a cold start.
const sizeGoal = 8_500_000

// TestFunctionsFitTheSizeGoal builds every function as `make build` does and holds it to issue
// 13's 8.5 MB. The classifier's word lists and models grow with each tuning round and are linked
// into form and classify, so this is where a round that costs a 64 KB section step too many fails,
// not in a benchmark someone has to remember to run.
func TestFunctionsFitTheSizeGoal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every function for linux/arm64")
	}
	tmp := t.TempDir()
	for _, fn := range append(slices.Clone(resources.Functions), resources.FunctionSMSSettings) {
		t.Run(fn, func(t *testing.T) {
			bin, err := build(tmp, "borgerfeedback/functions/"+fn, "arm64")
			if err != nil {
				t.Fatalf("build: %v", err)
			}
			info, err := os.Stat(bin)
			if err != nil {
				t.Fatal(err)
			}
			slack, err := segmentSlack(bin)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d bytes (%d under the goal); room before each segment's next 64 KB page: %s", fn, info.Size(), sizeGoal-info.Size(), slack)
			if info.Size() > sizeGoal {
				t.Errorf("%s is %d bytes for linux/arm64, over issue 13's %d (room per segment: %s)", fn, info.Size(), sizeGoal, slack)
			}
		})
	}
}

// segmentSlack tells, for each loaded segment of an ELF binary (code, read-only data, data), how many
// bytes it can grow before it takes another page of its alignment (64 KB on arm64). The file grows by
// whole pages: a segment that crosses its page moves every later segment by a page, so the size jumps
// by 64 KB at once, and the smallest room here is the nearest such step.
func segmentSlack(path string) (string, error) {
	f, err := elf.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var parts []string
	for _, p := range f.Progs {
		if p.Type != elf.PT_LOAD || p.Align == 0 {
			continue
		}
		end := p.Off + p.Filesz
		room := (p.Align - end%p.Align) % p.Align
		kind := "data"
		switch {
		case p.Flags&elf.PF_X != 0:
			kind = "code"
		case p.Flags&elf.PF_W == 0:
			kind = "read-only"
		}
		parts = append(parts, fmt.Sprintf("%s %d", kind, room))
	}
	return strings.Join(parts, ", "), nil
}

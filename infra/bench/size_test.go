package main

import (
	"os"
	"slices"
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
			t.Logf("%s: %d bytes (%d under the goal)", fn, info.Size(), sizeGoal-info.Size())
			if info.Size() > sizeGoal {
				t.Errorf("%s is %d bytes for linux/arm64, over issue 13's %d", fn, info.Size(), sizeGoal)
			}
		})
	}
}

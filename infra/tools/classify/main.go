// Command classify is `make classify`: JSON lines {"id","text","rating","channel"} on stdin, one
// classification JSON line {"id","category","urgent","conduct","priority","team","language","reasons"}
// per input on stdout, nothing else on stdout. Bad lines are reported on stderr and skipped; the exit
// status is 1 when any line was bad, 2 when reading or writing failed.
package main

import (
	"fmt"
	"os"

	"borgerfeedback/shared/classify"
)

func main() {
	bad, err := classify.Stream(os.Stdin, os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "classify:", err)
		os.Exit(2)
	}
	if bad > 0 {
		fmt.Fprintf(os.Stderr, "classify: %d bad line(s) skipped\n", bad)
		os.Exit(1)
	}
}

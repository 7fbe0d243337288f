package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
)

// loadtestMotoLog is the log of the moto server a load test starts for itself.
const loadtestMotoLog = ".local/loadtest-moto.log"

// loadtest runs devstack.Load against the running stack (.local/outputs.json) or, with none
// running, against a fresh one of its own. It exits non-zero when a reply was lost or stored twice.
func loadtest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	n := fs.Int("n", 1000, "contacts and replies")
	c := fs.Int("c", 16, "concurrent form posts")
	inFlight := fs.Int("inflight", 200, "contact events waiting for their SMS at a time (pacing)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	lo := devstack.LoadOptions{N: *n, Concurrency: *c, InFlight: *inFlight}
	o, err := readOutputs()
	if err != nil {
		fmt.Fprintln(os.Stderr, "no running stack: starting one for the load test")
		// Sized for the emulator: its calls are many times slower than AWS's under a burst, so the
		// consumers get 25 s instead of the functions' 10 (below invite's 30 s lease) and the
		// queues a visibility timeout of 6 × that, and batches of 4 instead of 10 (a contact takes
		// seconds there). A message that still fails five times ends in its DLQ, and the run fails.
		if err := os.MkdirAll(".local", 0o755); err != nil {
			return err
		}
		motoLog, err := os.Create(loadtestMotoLog)
		if err != nil {
			return err
		}
		defer motoLog.Close()
		st, stop, err := devstack.ServeLoggingMoto(motostack.Options{FunctionTimeout: 25 * time.Second, VisibilityTimeout: 150 * time.Second, BatchSize: 4},
			devstack.Faults{}, io.Discard, motoLog)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "emulator: pid %d, log %s (kill -USR1 %d writes every thread's stack there)\n", st.EmulatorPID, loadtestMotoLog, st.EmulatorPID)
		defer stop()
		o, lo.EmulatorPID = st.Outputs, st.EmulatorPID
	}
	res, err := devstack.LoadWith(ctx, o, lo, os.Stderr)
	if err != nil {
		return err
	}
	fmt.Println(res)
	if !res.OK() {
		return fmt.Errorf("load test failed: %s", res)
	}
	return nil
}

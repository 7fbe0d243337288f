package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
)

// loadtest runs devstack.Load against the running stack (.local/outputs.json) or, with none
// running, against a fresh one of its own. It exits non-zero when a reply was lost or stored twice.
func loadtest(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	n := fs.Int("n", 1000, "contacts and replies")
	c := fs.Int("c", 16, "concurrent form posts")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o, err := readOutputs()
	if err != nil {
		fmt.Fprintln(os.Stderr, "no running stack: starting one for the load test")
		st, stop, err := devstack.Serve(motostack.Options{}, devstack.Faults{})
		if err != nil {
			return err
		}
		defer stop()
		o = st.Outputs
	}
	res, err := devstack.Load(ctx, o, *n, *c, os.Stderr)
	if err != nil {
		return err
	}
	fmt.Println(res)
	if !res.OK() {
		return fmt.Errorf("load test failed: %s", res)
	}
	return nil
}

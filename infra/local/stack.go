package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
)

// outputsPath is where the running stack describes itself (DESIGN.md contract).
const outputsPath = ".local/outputs.json"

func run(ctx context.Context) error {
	port := 8080
	if p := os.Getenv("PORT"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n <= 0 || n > 65535 {
			return fmt.Errorf("PORT=%q is not a port number", p)
		}
		port = n
	}
	motoPort := 0
	if p := os.Getenv("MOTO_PORT"); p != "" {
		motoPort, _ = strconv.Atoi(p)
	}
	// Fail early if the port is taken, before starting anything.
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		return fmt.Errorf("listen on 127.0.0.1:%d (set PORT to use another): %w", port, err)
	}
	if err := os.MkdirAll(".local", 0o755); err != nil {
		return err
	}
	_ = os.Remove(outputsPath)
	_ = os.Remove(clockPath) // a fresh stack starts on the real time
	motoLog, err := os.Create(".local/moto.log")
	if err != nil {
		return err
	}
	defer motoLog.Close()
	fmt.Println("starting the AWS emulator (moto server) …")
	moto, err := motostack.RunMoto(ctx, motoPort, motoLog)
	if err != nil {
		return err
	}
	defer moto.Stop()
	smsLog, err := filepath.Abs(".local/sms.jsonl")
	if err != nil {
		return err
	}
	sweepEvery := 30 * time.Second
	if v := os.Getenv("REMINDER_SWEEP_EVERY"); v != "" {
		if sweepEvery, err = time.ParseDuration(v); err != nil || sweepEvery <= 0 {
			return fmt.Errorf("REMINDER_SWEEP_EVERY=%q: want a positive duration like 30s", v)
		}
	}
	stack, err := devstack.Start(ctx, moto.Endpoint, fmt.Sprintf("http://127.0.0.1:%d", port),
		motostack.Options{SMSLog: smsLog, Clock: localClock, ReminderSweepEvery: sweepEvery}, os.Stdout)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: stack.Handler, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	if err := writeOutputs(stack.Outputs); err != nil {
		return err
	}
	fmt.Printf("\nborgerfeedback is running.\n  citizen form:  %s/f/<token>  (send a contact: make contact)\n  staff console: %s\n  staff login:   %s / %s\n  outputs:       %s\nCtrl-C stops everything.\n\n",
		stack.Outputs.APIURL, stack.Outputs.ConsoleURL, stack.Outputs.StaffUsername, stack.Outputs.StaffPassword, outputsPath)
	<-ctx.Done()
	fmt.Println("\nstopping …")
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shut)
	stack.Wait()
	_ = os.Remove(outputsPath)
	return nil
}

// clockPath holds how far `make contact ARGS=-days-later=N` has moved the running stack's clock
// (a Go duration); invite and triage read it on every call.
const clockPath = ".local/clock-offset"

func localClock() time.Time { return time.Now().Add(clockOffset()) }

func clockOffset() time.Duration {
	b, err := os.ReadFile(clockPath)
	if err != nil {
		return 0
	}
	d, err := time.ParseDuration(strings.TrimSpace(string(b)))
	if err != nil {
		return 0
	}
	return d
}

func writeOutputs(o motostack.Outputs) error {
	b, err := json.MarshalIndent(o, "", "  ")
	if err != nil {
		return err
	}
	tmp := outputsPath + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, outputsPath)
}

func readOutputs() (motostack.Outputs, error) {
	var o motostack.Outputs
	b, err := os.ReadFile(outputsPath)
	if errors.Is(err, os.ErrNotExist) {
		return o, fmt.Errorf("%s not found: start the stack with `make run` first", outputsPath)
	}
	if err != nil {
		return o, err
	}
	return o, json.Unmarshal(b, &o)
}

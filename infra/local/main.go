// Command local runs the whole system on this machine (`make run`): moto server, the resources
// from shared/resources, the HTTP routes on 127.0.0.1:$PORT, and the queue consumers emulating
// Lambda's SQS event source mapping. It prints each SMS the emulator received and a staff login,
// writes .local/outputs.json once ready, and stops everything on Ctrl-C.
//
//	go run ./infra/local                 run the stack
//	go run ./infra/local contact [flags] send a contact.completed event to the running stack
//	go run ./infra/local invoke FN EVENT run one function's handler on one sample event
//	go run ./infra/local redrive QUEUE   move a DLQ's messages back (QUEUE: contact or feedback)
//	go run ./infra/local loadtest -n N   N contacts → SMS → replies; counts lost and duplicated
//	go run ./infra/local redact-existing apply the current redaction rules to stored feedback (counts only)
//	go run ./infra/local recount -day D  rebuild a day's reply counters from the stored replies (-apply repairs)
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	switch cmd := first(os.Args[1:]); cmd {
	case "", "run":
		err = run(ctx)
	case "contact":
		err = sendContact(ctx, os.Args[2:])
	case "invoke":
		err = invoke(ctx, os.Args[2:])
	case "redrive":
		err = redrive(ctx, os.Args[2:])
	case "loadtest":
		err = loadtest(ctx, os.Args[2:])
	case "redact-existing":
		err = redactExisting(ctx, os.Args[2:])
	case "recount":
		err = recount(ctx, os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q (want run, contact, invoke, redrive, loadtest, redact-existing or recount)", cmd)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func first(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}

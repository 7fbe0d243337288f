package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/motostack"
)

// sendContact puts a contact.completed event with a fresh contactId (and, unless given, a fresh
// mobile number, so the 30-day frequency rule does not hide the SMS) on the running stack's queue.
func sendContact(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("contact", flag.ContinueOnError)
	phone := fs.String("phone", "", "caller's number (default: a random Danish mobile number)")
	channel := fs.String("channel", "114", "112 or 114")
	lang := fs.String("lang", "da", "language of the call: da or en")
	district := fs.String("district", "fyn", "district id")
	kind := fs.String("kind", "duty", "centre kind: alarm, service or duty")
	sensitive := fs.Bool("sensitive", false, "mark the incident sensitive (no SMS; the number goes on the safety list)")
	doNotContact := fs.Bool("do-not-contact", false, "the call-taker marked the caller do-not-contact (no SMS; safety list)")
	minor := fs.Bool("minor", false, "the caller is a minor (no SMS; safety list)")
	wait := fs.Float64("wait", -1, "seconds in the queue before answer (waitSeconds; 180 or more is a long wait)")
	outcome := fs.String("outcome", "", "answered, abandoned, transferred or callback")
	repeat := fs.Bool("repeat", false, "the number called the same centre within 24 h (repeatCaller)")
	badSignals := fs.Bool("bad-signals", false, "send malformed signal values (logged, ignored; the contact is still handled)")
	daysLater := fs.Int("days-later", 0, "play this contact N days after the previous ones: moves the running stack's clock N days ahead first (it stays there until `make run` restarts)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o, err := readOutputs()
	if err != nil {
		return err
	}
	n, err := rand.Int(rand.Reader, big.NewInt(10_000_000))
	if err != nil {
		return err
	}
	if *phone == "" {
		*phone = fmt.Sprintf("+452%07d", n.Int64())
	}
	if *daysLater < 0 {
		return fmt.Errorf("-days-later %d: the clock only moves forward", *daysLater)
	}
	offset := clockOffset() + time.Duration(*daysLater)*24*time.Hour
	if *daysLater > 0 {
		if err := os.WriteFile(clockPath, []byte(offset.String()+"\n"), 0o600); err != nil {
			return err
		}
	}
	now := time.Now().UTC().Add(offset)
	c := feedback.Contact{
		ContactID: fmt.Sprintf("c-%s-%07d", now.Format("20060102"), n.Int64()), Channel: *channel, EndedAt: now, Language: *lang,
		Centre: feedback.Centre{ID: *district + "-" + *kind, Kind: *kind, District: *district},
		Caller: feedback.Caller{Phone: *phone, Minor: *minor}, Sensitive: *sensitive, DoNotContact: *doNotContact,
	}
	if *wait >= 0 {
		c.WaitSeconds = wait
	}
	c.CallOutcome = *outcome
	if *repeat {
		c.RepeatCaller = repeat
	}
	body, err := json.Marshal(c)
	if err != nil {
		return err
	}
	if *badSignals {
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			return err
		}
		m["waitSeconds"], m["durationSeconds"], m["outcome"], m["repeatCaller"] = "long", -1, "hung-up", "yes"
		if body, err = json.Marshal(m); err != nil {
			return err
		}
	}
	cfg := motostack.AWSConfig(ctx, o.AWSEndpoint)
	if _, err := sqs.NewFromConfig(cfg).SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(o.ContactQueueURL), MessageBody: aws.String(string(body))}); err != nil {
		return fmt.Errorf("send contact event: %w", err)
	}
	if offset > 0 {
		fmt.Printf("the stack's clock is %d days ahead: it is %s there\n", int(offset.Hours()/24), now.Format(time.RFC3339))
	}
	fmt.Printf("sent contact %s for %s; the SMS (or the reason it is suppressed) appears in the `make run` window within seconds\n", c.ContactID, *phone)
	return nil
}

package preflight

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/cfn"
	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/app/classifyapp"
	"borgerfeedback/shared/app/formapp"
	"borgerfeedback/shared/app/inviteapp"
	"borgerfeedback/shared/app/phonekey"
	"borgerfeedback/shared/app/reminderapp"
	"borgerfeedback/shared/app/retentionapp"
	"borgerfeedback/shared/app/triageapp"
	"borgerfeedback/shared/awsrecord"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/httpapi"
	"borgerfeedback/shared/intake"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/notify"
	"borgerfeedback/shared/reminder"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/retention"
	"borgerfeedback/shared/sampling"
	"borgerfeedback/shared/smsconfig"
)

// Recorded is what the functions did on the emulator with the template's environment.
type Recorded struct {
	Recorder *awsrecord.Recorder
	// Reads are the variables each function's wiring looked up (name → required).
	Reads map[string]map[string]bool
	// Values maps an emulator value a function's environment carried (table name, queue URL,
	// topic and secret ARN, pool id) to the template resource it stands for.
	Values map[string]string
	// Served are the method patterns each HTTP function's handler serves, as wired.
	Served map[string][]string
	// Problems are what kept a function from running its paths (each names the function).
	Problems []Gap
}

// exercisePlan runs one function's paths. It gets the function's template environment resolved
// against the emulator, and a configuration that records every call.
type exercisePlan func(ctx context.Context, x *exercise, cfg aws.Config, env *config.Env) error

// plans are the functions the preflight knows how to run. A function in the template without a
// plan is a gap: its calls cannot be checked.
var plans = map[string]exercisePlan{
	resources.FunctionInvite:      runInvite,
	resources.FunctionForm:        runForm,
	resources.FunctionClassify:    runClassify,
	resources.FunctionTriage:      runTriage,
	resources.FunctionSMSSettings: runSMSSettings,
	resources.FunctionRetention:   runRetention,
	resources.FunctionReminder:    runReminder,
}

// order is the order the plans run in: the later ones use what the earlier ones made.
var order = []string{resources.FunctionSMSSettings, resources.FunctionInvite, resources.FunctionReminder, resources.FunctionForm, resources.FunctionClassify, resources.FunctionTriage, resources.FunctionRetention}

type exercise struct {
	t         *Template
	out       motostack.Outputs
	base      aws.Config
	events    string // the events/ folder
	log       *slog.Logger
	sms       []string // messages invite sent
	served    map[string][]string
	phoneSeq  int
	contactNo int
}

// Exercise starts a moto server, provisions the local resources, and runs every function of the
// template through its wiring (shared/app) with the template's environment, on the sample events
// in eventsDir and on the invitations, replies and items those make.
func Exercise(ctx context.Context, t *Template, eventsDir string) (*Recorded, error) {
	moto, err := motostack.RunMoto(ctx, 0, io.Discard)
	if err != nil {
		return nil, err
	}
	defer moto.Stop()
	base := motostack.AWSConfig(ctx, moto.Endpoint)
	out, err := motostack.Provision(ctx, base, motostack.Options{})
	if err != nil {
		return nil, err
	}
	out.APIURL = "https://preflight.example.dk"
	x := &exercise{t: t, out: out, base: base, events: eventsDir, log: slog.New(slog.NewJSONHandler(io.Discard, nil))}
	run := &Recorded{Recorder: awsrecord.New(), Reads: map[string]map[string]bool{}, Values: map[string]string{}, Served: map[string][]string{}}
	x.served = run.Served
	fns := t.Functions()
	names := make([]string, 0, len(fns))
	for fn := range fns {
		names = append(names, fn)
	}
	sort.Slice(names, func(i, j int) bool { return rank(names[i]) < rank(names[j]) })
	for _, fn := range names {
		plan, ok := plans[fn]
		if !ok {
			run.Problems = append(run.Problems, Gap{Function: fn, What: "no exercise",
				Fix: "add a plan that runs " + fn + "'s wiring on its events to infra/preflight/exercise.go"})
			continue
		}
		vars, err := x.resolveEnv(fns[fn], run.Values)
		if err != nil {
			run.Problems = append(run.Problems, Gap{Function: fn, What: err.Error(), Fix: "teach resolveEnv in infra/preflight/exercise.go this value"})
			continue
		}
		env := config.FromMap(vars)
		err = plan(ctx, x, run.Recorder.Config(base, fn), env)
		run.Reads[fn] = env.Reads()
		if err != nil {
			run.Problems = append(run.Problems, Gap{Function: fn, What: err.Error(),
				Fix: "a start-up error names the variable the stack must set (infra/stack/functions.go); otherwise fix the path that failed"})
		}
	}
	return run, nil
}

func rank(fn string) int {
	for i, f := range order {
		if f == fn {
			return i
		}
	}
	return len(order)
}

// resolveEnv gives each variable of the function's template environment the value it would have
// in AWS, made local: literals as they are, parameters their defaults, references to resources
// the emulator's resource of that kind.
func (x *exercise) resolveEnv(f *Function, values map[string]string) (map[string]string, error) {
	out := map[string]string{}
	for name, expr := range f.Env {
		v, err := x.resolve(expr, values)
		if err != nil {
			return nil, fmt.Errorf("environment variable %s: %w", name, err)
		}
		out[name] = v
	}
	return out, nil
}

func (x *exercise) resolve(expr any, values map[string]string) (string, error) {
	switch e := expr.(type) {
	case string:
		return e, nil
	case map[string]any:
		if j, ok := e["Fn::Join"].([]any); ok && len(j) == 2 {
			sep, _ := j[0].(string)
			var parts []string
			for _, p := range list(j[1]) {
				s, err := x.resolve(p, values)
				if err != nil {
					return "", err
				}
				parts = append(parts, s)
			}
			return strings.Join(parts, sep), nil
		}
		id := refID(e)
		attr := "Ref"
		if ga, ok := e["Fn::GetAtt"].([]any); ok && len(ga) == 2 {
			attr, _ = ga[1].(string)
		}
		switch id {
		case "AWS::Region":
			return x.out.Region, nil
		case "AWS::Partition":
			return "aws", nil
		case "AWS::AccountId":
			return "123456789012", nil
		case "AWS::URLSuffix":
			return "amazonaws.com", nil
		}
		if p, ok := x.t.Parameters[id]; ok {
			if p.Default == nil {
				return "", fmt.Errorf("parameter %s has no default", id)
			}
			return fmt.Sprint(p.Default), nil
		}
		r, ok := x.t.Resources[id]
		if !ok {
			return "", fmt.Errorf("%v names no resource", expr)
		}
		v, err := x.emulatorValue(id, r, attr)
		if err != nil {
			return "", err
		}
		values[v] = id
		return v, nil
	}
	return "", fmt.Errorf("cannot resolve %v", expr)
}

// emulatorValue is the local counterpart of a template resource's Ref or attribute.
func (x *exercise) emulatorValue(id string, r Resource, attr string) (string, error) {
	name := func(prop string) string { s, _ := r.Properties[prop].(string); return s }
	switch {
	case r.Type == "AWS::DynamoDB::Table" && attr == "Ref" && name("TableName") == x.out.TableName:
		return x.out.TableName, nil
	case r.Type == "AWS::SQS::Queue" && attr == "Ref":
		for _, q := range []struct{ name, url string }{
			{resources.ContactQueue.Name, x.out.ContactQueueURL}, {resources.ContactQueue.DLQName, x.out.ContactDLQURL},
			{resources.FeedbackQueue.Name, x.out.FeedbackQueueURL}, {resources.FeedbackQueue.DLQName, x.out.FeedbackDLQURL},
		} {
			if name("QueueName") == q.name {
				return q.url, nil
			}
		}
	case r.Type == "AWS::SNS::Topic" && attr == "Ref" && strings.HasSuffix(x.out.AlertTopicARN, ":"+name("TopicName")):
		return x.out.AlertTopicARN, nil
	case r.Type == "AWS::SecretsManager::Secret" && attr == "Ref":
		return x.out.PhoneHashSecretARN, nil
	case r.Type == "AWS::Cognito::UserPool" && attr == "Ref":
		return x.out.UserPoolID, nil
	case r.Type == "AWS::Cognito::UserPoolClient" && attr == "Ref":
		return x.out.UserPoolClientID, nil
	case r.Type == "AWS::Cognito::UserPoolDomain" && attr == "Ref":
		return "borgerfeedback-preflight", nil
	case r.Type == "AWS::ApiGatewayV2::Api" && attr == "ApiEndpoint":
		return x.out.APIURL, nil
	}
	return "", fmt.Errorf("%s (%s, %s) has no local counterpart", id, r.Type, attr)
}

// --- the plans ---

func runSMSSettings(ctx context.Context, x *exercise, cfg aws.Config, env *config.Env) error {
	if err := env.Err(); err != nil {
		return err
	}
	h := smsconfig.Handler(sns.NewFromConfig(cfg), x.log)
	for _, r := range x.t.Resources {
		if !strings.HasPrefix(r.Type, "Custom::") && r.Type != "AWS::CloudFormation::CustomResource" {
			continue
		}
		if _, ok := r.Properties[smsconfig.PropMonthlySpendLimit]; !ok {
			continue
		}
		props := map[string]any{}
		for k, v := range r.Properties {
			if k == "ServiceToken" {
				continue
			}
			s, err := x.resolve(v, map[string]string{})
			if err != nil {
				return fmt.Errorf("custom resource property %s: %w", k, err)
			}
			props[k] = s
		}
		for _, rt := range []cfn.RequestType{cfn.RequestCreate, cfn.RequestUpdate, cfn.RequestDelete} {
			if _, _, err := h(ctx, cfn.Event{RequestType: rt, ResourceProperties: props, PhysicalResourceID: smsconfig.PhysicalID}); err != nil {
				return fmt.Errorf("%s: %w", rt, err)
			}
		}
		return nil
	}
	return fmt.Errorf("no custom resource with %s in the template", smsconfig.PropMonthlySpendLimit)
}

// contactEvent is events/contact.json with a fresh contact id and number, changed by edit.
func (x *exercise) contactEvent(edit func(map[string]any)) (string, error) {
	var ev map[string]any
	if err := x.readEvent("contact.json", &ev); err != nil {
		return "", err
	}
	x.contactNo++
	ev["contactId"] = fmt.Sprintf("c-preflight-%06d", x.contactNo)
	if caller, ok := ev["caller"].(map[string]any); ok {
		x.phoneSeq++
		caller["phone"] = fmt.Sprintf("+45611%05d", x.phoneSeq)
	}
	if edit != nil {
		edit(ev)
	}
	b, err := json.Marshal(ev)
	return string(b), err
}

func sqsEvent(queueARN string, bodies ...string) events.SQSEvent {
	var ev events.SQSEvent
	for i, b := range bodies {
		ev.Records = append(ev.Records, events.SQSMessage{MessageId: fmt.Sprintf("m-%d-%d", time.Now().UnixNano(), i), Body: b,
			ReceiptHandle: "rh", EventSource: "aws:sqs", EventSourceARN: queueARN,
			Attributes: map[string]string{"ApproximateReceiveCount": "1", "SentTimestamp": fmt.Sprint(time.Now().UnixMilli())}})
	}
	return ev
}

func batchFailed(resp events.SQSEventResponse, err error) error {
	if err != nil {
		return err
	}
	if len(resp.BatchItemFailures) > 0 {
		return fmt.Errorf("%d of the batch failed", len(resp.BatchItemFailures))
	}
	return nil
}

// sampleFailed is batchFailed for a sample event, whose poison messages (bodies the function's own
// parser rejects) are there to fail: the samples show partial batch failures.
func sampleFailed(ev events.SQSEvent, parse func([]byte) error, resp events.SQSEventResponse, err error) error {
	if err != nil {
		return err
	}
	expected := map[string]bool{}
	for _, r := range ev.Records {
		if parse([]byte(r.Body)) != nil {
			expected[r.MessageId] = true
		}
	}
	for _, f := range resp.BatchItemFailures {
		if !expected[f.ItemIdentifier] {
			return fmt.Errorf("message %s of the sample failed", f.ItemIdentifier)
		}
	}
	return nil
}

// Invite's clock decides between sending and holding a contact back (quiet hours), so it runs
// twice: at night (the contact goes back on its queue, delayed) and in the day (the SMS). Both are
// yesterday, so the links are valid now.
func runInvite(ctx context.Context, x *exercise, cfg aws.Config, env *config.Env) error {
	yesterday := time.Now().UTC().Add(-24 * time.Hour).Truncate(24 * time.Hour)
	night := func() time.Time { return yesterday.Add(23*time.Hour + 30*time.Minute) } // 00:30 or 01:30 in Copenhagen
	day := func() time.Time { return yesterday.Add(10 * time.Hour) }                  // 11:00 or 12:00 in Copenhagen
	atNight, err := inviteapp.NewInvite(cfg, env, x.log, night, func(_, message string) { x.sms = append(x.sms, message) })
	if err != nil {
		return fmt.Errorf("start-up with the template's environment: %w", err)
	}
	b, err := x.contactEvent(nil)
	if err != nil {
		return err
	}
	if err := batchFailed(atNight.HandleSQS(ctx, sqsEvent("arn:aws:sqs:eu-north-1:123456789012:"+resources.ContactQueue.Name, b))); err != nil {
		return fmt.Errorf("a contact at night: %w", err)
	}
	svc, err := inviteapp.NewInvite(cfg, config.FromMap(env.Values()), x.log, day, func(_, message string) { x.sms = append(x.sms, message) })
	if err != nil {
		return fmt.Errorf("start-up with the template's environment: %w", err)
	}
	// The samples (sent, suppressed for each reason), then fresh contacts for the form's links, a
	// flagged one for the number the safety-list lift sample types in, and one redelivery.
	var sample events.SQSEvent
	if err := x.readEvent("invite-sqs.json", &sample); err != nil {
		return err
	}
	resp, err := svc.HandleSQS(ctx, sample)
	parse := func(b []byte) error { _, err := invite.ParseContact(b); return err }
	if err := sampleFailed(sample, parse, resp, err); err != nil {
		return fmt.Errorf("invite-sqs.json: %w", err)
	}
	var bodies []string
	for i := 0; i < 6; i++ {
		b, err := x.contactEvent(nil)
		if err != nil {
			return err
		}
		bodies = append(bodies, b)
	}
	flagged, err := x.contactEvent(func(ev map[string]any) {
		ev["sensitive"] = true
		ev["caller"].(map[string]any)["phone"] = "+4520123456"
	})
	if err != nil {
		return err
	}
	ev := sqsEvent("arn:aws:sqs:eu-north-1:123456789012:"+resources.ContactQueue.Name, append(bodies, flagged, bodies[0])...)
	return batchFailed(svc.HandleSQS(ctx, ev))
}

var linkToken = regexp.MustCompile(`/f/([A-Za-z0-9_-]{16,})`)

func runForm(ctx context.Context, x *exercise, cfg aws.Config, env *config.Env) error {
	h, err := formapp.NewForm(cfg, env, x.log, time.Now)
	if err != nil {
		return fmt.Errorf("start-up with the template's environment: %w", err)
	}
	x.served[resources.FunctionForm] = httpapi.Patterns(h)
	var tokens []string
	for _, m := range x.sms {
		if t := linkToken.FindStringSubmatch(m); t != nil {
			tokens = append(tokens, t[1])
		}
	}
	files, err := filepath.Glob(filepath.Join(x.events, "form-*.json"))
	if err != nil {
		return err
	}
	// Each sample on a link of its own, then each again on one link (a used link's answers).
	var used []string
	for i, f := range append(files, files...) {
		if len(tokens) == 0 {
			return fmt.Errorf("invite sent no SMS with a link")
		}
		tok := tokens[0]
		if i < len(files) && len(tokens) > 1 {
			tok, tokens = tokens[0], tokens[1:]
		}
		used = append(used, tok)
		if err := x.http(ctx, h, f, func(s string) string { return sampleToken.ReplaceAllString(s, "/f/"+tok) }, nil); err != nil {
			return err
		}
	}
	// Every other POST route under a link (withdraw, stop, …), without a sample of its own: on each
	// link used above (answered or not), with an empty form.
	post := filepath.Join(x.events, "form-post.json")
	for _, p := range httpapi.Patterns(h) {
		method, path, _ := strings.Cut(p, " ")
		if method != http.MethodPost || path == "/f/{token}" || !strings.Contains(path, "{token}") {
			continue
		}
		for _, tok := range append(used, tokens...) {
			target := strings.ReplaceAll(path, "{token}", tok)
			err := x.http(ctx, h, post, func(s string) string {
				s = sampleToken.ReplaceAllString(s, target)
				return emptyBody(s)
			}, nil)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// emptyBody replaces a sample HTTP event's body with the form "lang=da".
func emptyBody(event string) string {
	var ev map[string]any
	if json.Unmarshal([]byte(event), &ev) != nil {
		return event
	}
	ev["body"], ev["isBase64Encoded"] = "lang=da", false
	b, _ := json.Marshal(ev)
	return string(b)
}

var sampleToken = regexp.MustCompile(`/f/q8Wv3nB0kZ1xY7tR2mLp4cHd`)

func runClassify(ctx context.Context, x *exercise, cfg aws.Config, env *config.Env) error {
	svc, err := classifyapp.NewClassify(cfg, env, x.log, time.Now)
	if err != nil {
		return fmt.Errorf("start-up with the template's environment: %w", err)
	}
	var sample events.SQSEvent
	if err := x.readEvent("classify-sqs.json", &sample); err != nil {
		return err
	}
	resp, err := svc.HandleSQS(ctx, sample)
	parse := func(b []byte) error { _, err := intake.ParseSubmission(b); return err }
	if err := sampleFailed(sample, parse, resp, err); err != nil {
		return fmt.Errorf("classify-sqs.json: %w", err)
	}
	// The form's replies, as the event source mapping would deliver them (twice: a redelivery).
	q := sqs.NewFromConfig(x.base) // the mapping's own calls are not the function's
	var bodies []string
	for {
		out, err := q.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(x.out.FeedbackQueueURL), MaxNumberOfMessages: 10, WaitTimeSeconds: 0})
		if err != nil {
			return err
		}
		if len(out.Messages) == 0 {
			break
		}
		for _, m := range out.Messages {
			bodies = append(bodies, aws.ToString(m.Body))
			if _, err := q.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(x.out.FeedbackQueueURL), ReceiptHandle: m.ReceiptHandle}); err != nil {
				return err
			}
		}
	}
	if len(bodies) == 0 {
		return fmt.Errorf("the form put no reply on the feedback queue")
	}
	arn := "arn:aws:sqs:eu-north-1:123456789012:" + resources.FeedbackQueue.Name
	if err := batchFailed(svc.HandleSQS(ctx, sqsEvent(arn, bodies...))); err != nil {
		return err
	}
	return batchFailed(svc.HandleSQS(ctx, sqsEvent(arn, bodies...)))
}

var itemID = regexp.MustCompile(`"id":\s*"(FB-[A-Z0-9]{8})"`)

func runTriage(ctx context.Context, x *exercise, cfg aws.Config, env *config.Env) error {
	h, err := triageapp.NewTriage(ctx, cfg, env, x.log, time.Now, nil)
	if err != nil {
		return fmt.Errorf("start-up with the template's environment: %w", err)
	}
	x.served[resources.FunctionTriage] = httpapi.Patterns(h)
	files, err := filepath.Glob(filepath.Join(x.events, "triage-*.json"))
	if err != nil {
		return err
	}
	// The list first: its items' ids go into the samples that name one.
	sort.SliceStable(files, func(i, j int) bool {
		return strings.HasSuffix(files[i], "-list.json") && !strings.HasSuffix(files[j], "-list.json")
	})
	var id string
	for _, f := range files {
		err := x.http(ctx, h, f, func(s string) string {
			if id == "" {
				return s
			}
			return strings.ReplaceAll(s, "FB-7K3M9QXT", id)
		}, func(body string) {
			if m := itemID.FindStringSubmatch(body); m != nil && id == "" {
				id = m[1]
			}
		})
		if err != nil {
			return err
		}
	}
	if id == "" {
		return fmt.Errorf("the staff list showed no item")
	}
	// Resolve the item, so that retention (later) has a closed item past its time to anonymise.
	var version string
	err = x.http(ctx, h, filepath.Join(x.events, "triage-detail.json"), func(s string) string { return strings.ReplaceAll(s, "FB-7K3M9QXT", id) },
		func(body string) {
			if m := itemVersion.FindStringSubmatch(body); m != nil {
				version = m[1]
			}
		})
	if err != nil || version == "" {
		return fmt.Errorf("the item's detail: version %q, %v", version, err)
	}
	return x.http(ctx, h, filepath.Join(x.events, "triage-patch.json"), func(s string) string {
		var ev map[string]any
		if json.Unmarshal([]byte(strings.ReplaceAll(s, "FB-7K3M9QXT", id)), &ev) != nil {
			return s
		}
		ev["body"] = `{"version": ` + version + `, "status": "` + feedback.StatusResolved + `"}`
		b, _ := json.Marshal(ev)
		return string(b)
	}, func(body string) {
		if !strings.Contains(body, feedback.StatusResolved) {
			x.log.Warn("resolving the item did not take", "answer", body)
		}
	})
}

var itemVersion = regexp.MustCompile(`"version":\s*(\d+)`)

// Retention runs on its schedule's sample event with the wiring's clock (nothing is old yet), then
// the same store and service three years on, so that it anonymises and deletes what the other
// plans wrote.
func runRetention(ctx context.Context, x *exercise, cfg aws.Config, env *config.Env) error {
	svc, err := retentionapp.NewRetention(cfg, env, x.log, time.Now)
	if err != nil {
		return fmt.Errorf("start-up with the template's environment: %w", err)
	}
	var ev events.EventBridgeEvent
	if err := x.readEvent("retention-scheduled.json", &ev); err != nil {
		return err
	}
	if _, err := retentionapp.Handler(svc)(ctx, ev); err != nil {
		return fmt.Errorf("retention-scheduled.json: %w", err)
	}
	later := func() time.Time { return time.Now().AddDate(3, 0, 0) }
	store := app.Store(cfg, config.FromMap(env.Values()))
	rep, err := retention.NewService(retention.Config{}, store, later, x.log).Run(ctx)
	if err != nil {
		return fmt.Errorf("three years on: %w", err)
	}
	if reflect.ValueOf(rep).IsZero() {
		return fmt.Errorf("three years on, retention changed nothing")
	}
	return nil
}

// Reminder runs on its schedule's sample event (nothing due yet: it reads the hours since its
// first checkpoint), then on an invitation made with a reminder for every contact (invite's code
// on the unrecorded configuration) and a clock 48 hours and a minute on, at 11:01 or 12:01 Danish
// time, so that it sends the reminder.
func runReminder(ctx context.Context, x *exercise, cfg aws.Config, env *config.Env) error {
	svc, err := reminderapp.NewReminder(cfg, env, x.log, time.Now)
	if err != nil {
		return fmt.Errorf("start-up with the template's environment: %w", err)
	}
	var ev events.EventBridgeEvent
	if err := x.readEvent("reminder-scheduled.json", &ev); err != nil {
		return err
	}
	if _, err := reminderapp.Handler(svc)(ctx, ev); err != nil {
		return fmt.Errorf("reminder-scheduled.json: %w", err)
	}
	invited := time.Now().UTC().Truncate(24 * time.Hour).Add(10 * time.Hour)
	store := app.Store(x.base, config.FromMap(env.Values()))
	key := phonekey.Loader(x.base, x.out.PhoneHashSecretARN)
	var sent []string
	inv := invite.NewService(invite.Config{PublicBaseURL: x.out.APIURL, LoadPhoneKey: key, SamplingRate: 1}, store,
		notify.NewSMS(notify.NewClient(x.base), "", false), func() time.Time { return invited }, x.log).
		WithReminders(&reminder.Scheduler{Delay: 48 * time.Hour, Policy: sampling.ReminderAll, FixedRate: 1, Key: key, Store: store})
	b, err := x.contactEvent(nil)
	if err != nil {
		return err
	}
	c, err := invite.ParseContact([]byte(b))
	if err != nil {
		return err
	}
	if err := inv.Handle(ctx, c); err != nil {
		return fmt.Errorf("an invitation to remind: %w", err)
	}
	later, err := reminderapp.NewReminder(cfg, config.FromMap(env.Values()), x.log, func() time.Time { return invited.Add(48*time.Hour + time.Minute) },
		func(_, m string) { sent = append(sent, m) })
	if err != nil {
		return err
	}
	rep, err := later.Sweep(ctx)
	if err != nil {
		return fmt.Errorf("48 hours on: %w", err)
	}
	// invite's own plan may have scheduled reminders too (its policy with the template's defaults).
	if rep.Sent < 1 || len(sent) != rep.Sent {
		return fmt.Errorf("48 hours on, %d reminders sent (%+v), want at least the one made here", rep.Sent, rep)
	}
	return nil
}

// http runs one sample HTTP API event (edited) through the Lambda adapter; a 5xx is a failure.
func (x *exercise) http(ctx context.Context, h http.Handler, file string, edit func(string) string, seen func(string)) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var ev events.APIGatewayV2HTTPRequest
	if err := json.Unmarshal([]byte(edit(string(raw))), &ev); err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(file), err)
	}
	resp, err := httpapi.Lambda(h)(ctx, ev)
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(file), err)
	}
	if resp.StatusCode >= 500 {
		return fmt.Errorf("%s %s (%s): status %d", ev.RequestContext.HTTP.Method, ev.RawPath, filepath.Base(file), resp.StatusCode)
	}
	if seen != nil {
		seen(resp.Body)
	}
	return nil
}

func (x *exercise) readEvent(name string, v any) error {
	b, err := os.ReadFile(filepath.Join(x.events, name))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

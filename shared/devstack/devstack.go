// Package devstack assembles the whole system on a moto emulator: resources, the functions wired
// exactly as in Lambda (shared/app), their HTTP routes on one handler, and the queue consumers.
// `make run` serves it; the end-to-end and load tests start it in-process.
package devstack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"

	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/app"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/localstack"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/triage"
)

// Stack is a running local system.
type Stack struct {
	Outputs localstack.Outputs
	Handler http.Handler // every HTTP route: /f/..., /api/..., /console/...
	Env     map[string]string
	wg      sync.WaitGroup
}

// Env is the environment the functions get locally: the same variables the CDK stack sets.
func Env(o localstack.Outputs) map[string]string {
	return map[string]string{
		resources.EnvTableName:          o.TableName,
		resources.EnvContactQueueURL:    o.ContactQueueURL,
		resources.EnvFeedbackQueueURL:   o.FeedbackQueueURL,
		resources.EnvAlertTopicARN:      o.AlertTopicARN,
		resources.EnvPublicBaseURL:      o.APIURL,
		resources.EnvPhoneHashSecretARN: o.PhoneHashSecretARN,
		resources.EnvUserPoolID:         o.UserPoolID,
		resources.EnvUserPoolClientID:   o.UserPoolClientID,
		triage.EnvAuthMode:              triage.AuthModeLocal,
		// Every local request comes from 127.0.0.1: a per-client limit would throttle the whole
		// machine (and load tests). The per-link limit still applies.
		resources.EnvFormClientLimit: "-1",
		// moto's SNS says every number ending in 99 opted out; our own opt-out list is still checked.
		resources.EnvSMSOptOutCheck: "false",
	}
}

// Faults lets tests break the system's parts the way production breaks them: at the AWS clients'
// HTTP layer and inside the consumers, never by replacing domain code.
type Faults struct {
	// AWSTransport wraps the HTTP transport of the AWS clients the functions use.
	AWSTransport func(http.RoundTripper) http.RoundTripper
	// Consumer wraps a queue consumer's handler (fn is resources.FunctionInvite or FunctionClassify).
	Consumer func(fn string, h localstack.SQSHandler) localstack.SQSHandler
}

// Start provisions the emulator at endpoint and starts the consumers until ctx ends. apiURL is the
// base URL the routes will be served on (it goes into the SMS links). Logs go to logw as JSON;
// each SMS the emulator receives is printed to logw too.
func Start(ctx context.Context, endpoint, apiURL string, opt localstack.Options, logw io.Writer) (*Stack, error) {
	return StartWithFaults(ctx, endpoint, apiURL, opt, logw, Faults{})
}

// StartWithFaults is Start with faults injected.
func StartWithFaults(ctx context.Context, endpoint, apiURL string, opt localstack.Options, logw io.Writer, faults Faults) (*Stack, error) {
	cfg := localstack.AWSConfig(ctx, endpoint)
	out, err := localstack.Provision(ctx, cfg, opt)
	if err != nil {
		return nil, err
	}
	if faults.AWSTransport != nil {
		cfg.HTTPClient = &http.Client{Transport: localstack.Transport(faults.AWSTransport(http.DefaultTransport))}
	}
	consumer := func(fn string, h localstack.SQSHandler) localstack.SQSHandler {
		if faults.Consumer == nil {
			return h
		}
		return faults.Consumer(fn, h)
	}
	out.APIURL, out.ConsoleURL = apiURL, apiURL+"/console/"
	st := &Stack{Outputs: out, Env: Env(out)}
	log := slog.New(slog.NewJSONHandler(logw, nil))

	var printMu sync.Mutex
	printSMS := func(phone, message string) { // so a person running the stack can click the link
		printMu.Lock()
		defer printMu.Unlock()
		fmt.Fprintf(logw, "\nSMS to %s:\n   %s\n\n", phone, message)
	}
	inviteSvc, err := app.NewInvite(ctx, cfg, config.FromMap(st.Env), log.With("function", resources.FunctionInvite), printSMS)
	if err != nil {
		return nil, fmt.Errorf("invite: %w", err)
	}
	intakeSvc, err := app.NewIntake(cfg, config.FromMap(st.Env), log.With("function", resources.FunctionClassify))
	if err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	formH, err := app.NewForm(cfg, config.FromMap(st.Env), log.With("function", resources.FunctionForm))
	if err != nil {
		return nil, fmt.Errorf("form: %w", err)
	}
	triageH, err := app.NewTriage(ctx, cfg, config.FromMap(st.Env), log.With("function", resources.FunctionTriage))
	if err != nil {
		return nil, fmt.Errorf("triage: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/f/", formH)
	mux.Handle("/api/", triageH)
	mux.Handle("/console/", triageH)
	mux.Handle("/console", triageH)
	st.Handler = mux

	q := sqs.NewFromConfig(localstack.AWSConfig(ctx, endpoint)) // the event source mapping is not under test
	for _, c := range []*localstack.Consumer{
		{SQS: q, QueueURL: out.ContactQueueURL, Def: resources.ContactQueue, Handler: consumer(resources.FunctionInvite, inviteSvc.HandleSQS), Log: log, Visibility: opt.VisibilityTimeout},
		{SQS: q, QueueURL: out.FeedbackQueueURL, Def: resources.FeedbackQueue, Handler: consumer(resources.FunctionClassify, intakeSvc.HandleSQS), Log: log, Visibility: opt.VisibilityTimeout},
	} {
		st.wg.Add(1)
		go func() { defer st.wg.Done(); c.Run(ctx) }()
	}
	return st, nil
}

// Wait blocks until the consumers have stopped (after ctx ends).
func (s *Stack) Wait() { s.wg.Wait() }

// SMS is one text message the emulator received.
type SMS struct {
	Phone   string `json:"phone_number"`
	Message string `json:"message"`
}

// SentSMS reads every SMS the emulator received, from moto's data API.
func SentSMS(ctx context.Context, endpoint string) ([]SMS, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"/moto-api/data.json", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var data struct {
		SNS struct {
			SMS []SMS `json:"SMS"`
		} `json:"sns"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&data); err != nil {
		return nil, fmt.Errorf("moto data: %w", err)
	}
	return data.SNS.SMS, nil
}

// Package devstack assembles the whole system on a moto emulator: resources, the functions wired
// exactly as in Lambda (shared/app), their HTTP routes on one handler, and the queue consumers.
// `make run` serves it; the end-to-end and load tests start it in-process.
package devstack

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/app/classifyapp"
	"borgerfeedback/shared/app/formapp"
	"borgerfeedback/shared/app/inviteapp"
	"borgerfeedback/shared/app/reminderapp"
	"borgerfeedback/shared/app/triageapp"
	"borgerfeedback/shared/auth/cognitologin"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/resources"
)

// Stack is a running local system.
type Stack struct {
	Outputs motostack.Outputs
	Handler http.Handler // every HTTP route: /f/..., /api/..., /console/...
	Env     map[string]string
	// EmulatorPID is the moto server's process id when this stack started it (Serve), else 0.
	EmulatorPID int
	wg          sync.WaitGroup
}

// Env is the environment the functions get locally: the same variables the CDK stack sets. The
// sampling settings pass through from this process's environment when set
// (`SAMPLING_RATE=adaptive make run`); unset, every eligible contact is invited. So do the
// reminder's (`REMINDER_DELAY=2m make run`).
func Env(o motostack.Outputs) map[string]string {
	env := map[string]string{
		resources.EnvTableName:          o.TableName,
		resources.EnvContactQueueURL:    o.ContactQueueURL,
		resources.EnvFeedbackQueueURL:   o.FeedbackQueueURL,
		resources.EnvAlertTopicARN:      o.AlertTopicARN,
		resources.EnvPublicBaseURL:      o.APIURL,
		resources.EnvPhoneHashSecretARN: o.PhoneHashSecretARN,
		resources.EnvUserPoolID:         o.UserPoolID,
		resources.EnvUserPoolClientID:   o.UserPoolClientID,
		resources.EnvSMSSenderID:        resources.DefaultSMSSenderID,
		resources.EnvAuthMode:           resources.AuthModeLocal,
		// Every local request comes from 127.0.0.1: a per-client limit would throttle the whole
		// machine (and load tests). The per-link limit still applies.
		resources.EnvFormClientLimit: "-1",
		// moto's SNS says every number ending in 99 opted out; our own opt-out list is still checked.
		resources.EnvSMSOptOutCheck: "false",
		// Quiet hours are off locally unless QUIET_HOURS is set (e.g. QUIET_HOURS=21:00-08:00 make
		// run): someone trying the stack at night should get the SMS now, not at 08:00.
		resources.EnvQuietHours: quietHours(),
	}
	for _, k := range []string{resources.EnvSamplingRate, resources.EnvSamplingTarget, resources.EnvSMSPriceDKK, resources.EnvSMSBudgetDKK,
		resources.EnvReminderDelay, resources.EnvReminderPolicy} {
		if v := os.Getenv(k); v != "" {
			env[k] = v
		}
	}
	return env
}

func quietHours() string {
	if v := os.Getenv(resources.EnvQuietHours); v != "" {
		return v
	}
	return "off"
}

// Faults lets tests break the system's parts the way production breaks them: at the AWS clients'
// HTTP layer and inside the consumers, never by replacing domain code.
type Faults struct {
	// AWSTransport wraps the HTTP transport of the AWS clients the functions use.
	AWSTransport func(http.RoundTripper) http.RoundTripper
	// Consumer wraps a queue consumer's handler (fn is resources.FunctionInvite or FunctionClassify).
	Consumer func(fn string, h motostack.SQSHandler) motostack.SQSHandler
}

// Start provisions the emulator at endpoint and starts the consumers until ctx ends. apiURL is the
// base URL the routes will be served on (it goes into the SMS links). Logs go to logw as JSON;
// each SMS the emulator receives is printed to logw too.
func Start(ctx context.Context, endpoint, apiURL string, opt motostack.Options, logw io.Writer) (*Stack, error) {
	return StartWithFaults(ctx, endpoint, apiURL, opt, logw, Faults{})
}

// StartWithFaults is Start with faults injected.
func StartWithFaults(ctx context.Context, endpoint, apiURL string, opt motostack.Options, logw io.Writer, faults Faults) (*Stack, error) {
	cfg := motostack.AWSConfig(ctx, endpoint)
	out, err := motostack.Provision(ctx, cfg, opt)
	if err != nil {
		return nil, err
	}
	if faults.AWSTransport != nil {
		cfg.HTTPClient = &http.Client{Transport: motostack.Transport(faults.AWSTransport(http.DefaultTransport))}
	}
	consumer := func(fn string, h motostack.SQSHandler) motostack.SQSHandler {
		if faults.Consumer == nil {
			return h
		}
		return faults.Consumer(fn, h)
	}
	out.APIURL, out.ConsoleURL = apiURL, apiURL+"/console/"
	st := &Stack{Outputs: out, Env: Env(out)}
	// DEBUG locally: the per-reply lines (invitation sent, reply accepted, feedback stored) that AWS's
	// application log level INFO leaves out.
	log := redact.Logger(slog.New(slog.NewJSONHandler(logw, &slog.HandlerOptions{Level: slog.LevelDebug})))

	smsLog, err := openSMSLog(opt.SMSLog)
	if err != nil {
		return nil, err
	}
	st.Outputs.SMSLog = smsLog.Name()
	go func() { <-ctx.Done(); smsLog.Close() }()
	var printMu sync.Mutex
	printSMS := func(phone, message string) { // so a person running the stack can click the link
		printMu.Lock()
		defer printMu.Unlock()
		fmt.Fprintf(logw, "\nSMS to %s:\n   %s\n\n", phone, message)
		b, _ := json.Marshal(SMS{Phone: phone, Message: message})
		_, _ = smsLog.Write(append(b, '\n'))
	}
	clock := opt.Clock
	if clock == nil {
		clock = time.Now
	}
	inviteSvc, err := inviteapp.NewInvite(cfg, config.FromMap(st.Env), log.With("function", resources.FunctionInvite), clock, printSMS)
	if err != nil {
		return nil, fmt.Errorf("invite: %w", err)
	}
	intakeSvc, err := classifyapp.NewClassify(cfg, config.FromMap(st.Env), log.With("function", resources.FunctionClassify), clock)
	if err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	formH, err := formapp.NewForm(cfg, config.FromMap(st.Env), log.With("function", resources.FunctionForm), clock)
	if err != nil {
		return nil, fmt.Errorf("form: %w", err)
	}
	reminderSvc, err := reminderapp.NewReminder(cfg, config.FromMap(st.Env), log.With("function", resources.FunctionReminder), clock, printSMS)
	if err != nil {
		return nil, fmt.Errorf("reminder: %w", err)
	}
	triageH, err := triageapp.NewTriage(ctx, cfg, config.FromMap(st.Env), log.With("function", resources.FunctionTriage), clock, cognitologin.LocalSignIn)
	if err != nil {
		return nil, fmt.Errorf("triage: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/f/", formH)
	mux.Handle("/favicon.ico", formH)
	mux.Handle("/api/", triageH)
	mux.Handle("/console/", triageH)
	mux.Handle("/console", triageH)
	st.Handler = mux

	// The reminder sweep's EventBridge schedule: a timer (REMINDER_SWEEP_EVERY, default 30 s).
	st.wg.Add(1)
	go func() {
		defer st.wg.Done()
		every := opt.ReminderSweepEvery
		if every <= 0 {
			every = 30 * time.Second
		}
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				_, _ = reminderSvc.Sweep(ctx) // it logs what it did and what failed
			}
		}
	}()
	q := sqs.NewFromConfig(motostack.AWSConfig(ctx, endpoint)) // the event source mapping is not under test
	for _, c := range []*motostack.Consumer{
		{SQS: q, QueueURL: out.ContactQueueURL, Def: resources.ContactQueue, Handler: consumer(resources.FunctionInvite, inviteSvc.HandleSQS), Log: log, Visibility: opt.VisibilityTimeout, Timeout: opt.FunctionTimeout, BatchSize: opt.BatchSize},
		{SQS: q, QueueURL: out.FeedbackQueueURL, Def: resources.FeedbackQueue, Handler: consumer(resources.FunctionClassify, intakeSvc.HandleSQS), Log: log, Visibility: opt.VisibilityTimeout, Timeout: opt.FunctionTimeout, BatchSize: opt.BatchSize},
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

func openSMSLog(path string) (*os.File, error) {
	if path == "" {
		return os.CreateTemp("", "borgerfeedback-sms-*.jsonl")
	}
	return os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY|os.O_APPEND, 0o600)
}

// LoggedSMS reads the SMS log a dev stack writes (Outputs.SMSLog).
func LoggedSMS(path string) ([]SMS, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []SMS
	for _, line := range bytes.Split(b, []byte("\n")) {
		var m SMS
		if len(line) > 0 && json.Unmarshal(line, &m) == nil {
			out = append(out, m)
		}
	}
	return out, nil
}

// SentSMS reads every SMS the emulator received, from moto's data API (slow on a big emulator:
// prefer LoggedSMS where the stack's log is at hand). The data API answers 500 when a request
// changes moto's models while it dumps them (it iterates them unlocked), so a failed dump is tried
// again a few times.
func SentSMS(ctx context.Context, endpoint string) ([]SMS, error) {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		if attempt > 0 {
			time.Sleep(200 * time.Millisecond)
		}
		var sms []SMS
		if sms, err = motoSMS(ctx, endpoint); err == nil {
			return sms, nil
		}
	}
	return nil, err
}

func motoSMS(ctx context.Context, endpoint string) ([]SMS, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint+"/moto-api/data.json", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("moto data: %s", resp.Status)
	}
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

// Serve starts a whole local system of its own: a moto server, the stack, and its routes on a free
// port of 127.0.0.1. stop ends all of it. Tests, benchmarks and the load test use it.
func Serve(opt motostack.Options, faults Faults) (st *Stack, stop func(), err error) {
	return ServeLogging(opt, faults, io.Discard)
}

// ServeLogging is Serve with the stack's log (and the SMS it prints) written to logw.
func ServeLogging(opt motostack.Options, faults Faults, logw io.Writer) (st *Stack, stop func(), err error) {
	return ServeLoggingMoto(opt, faults, logw, io.Discard)
}

// ServeLoggingMoto is ServeLogging with the moto server's own log (its requests, errors and, on
// SIGUSR1, every thread's stack) written to motoLog.
func ServeLoggingMoto(opt motostack.Options, faults Faults, logw, motoLog io.Writer) (st *Stack, stop func(), err error) {
	ctx, cancel := context.WithCancel(context.Background())
	moto, err := motostack.RunMoto(ctx, 0, motoLog)
	if err != nil {
		cancel()
		return nil, nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		cancel()
		moto.Stop()
		return nil, nil, err
	}
	st, err = StartWithFaults(ctx, moto.Endpoint, "http://"+ln.Addr().String(), opt, logw, faults)
	if err != nil {
		cancel()
		ln.Close()
		moto.Stop()
		return nil, nil, err
	}
	st.EmulatorPID = moto.PID()
	srv := &http.Server{Handler: st.Handler, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	return st, func() {
		cancel()
		st.Wait()
		_ = srv.Close()
		moto.Stop()
	}, nil
}

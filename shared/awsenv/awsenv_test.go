package awsenv_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/awscall"
	"borgerfeedback/shared/awsenv"
	"borgerfeedback/shared/local/motostack"
)

func lookup(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestFromLookup(t *testing.T) {
	lambdaEnv := map[string]string{"AWS_REGION": "eu-north-1", "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_SESSION_TOKEN": "token"}
	with := func(kv ...string) map[string]string {
		m := map[string]string{}
		for k, v := range lambdaEnv {
			m[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			if kv[i+1] == "" {
				delete(m, kv[i])
			} else {
				m[kv[i]] = kv[i+1]
			}
		}
		return m
	}
	tests := []struct {
		name         string
		env          map[string]string
		wantRegion   string
		wantKey      string
		wantToken    string
		wantEndpoint string
		wantErr      []string // substrings the error must carry
	}{
		{name: "what Lambda sets", env: lambdaEnv, wantRegion: "eu-north-1", wantKey: "AKIDEXAMPLE", wantToken: "token"},
		{name: "emulator endpoint", env: with("AWS_ENDPOINT_URL", "http://127.0.0.1:5000"), wantRegion: "eu-north-1", wantKey: "AKIDEXAMPLE", wantToken: "token", wantEndpoint: "http://127.0.0.1:5000"},
		{name: "AWS_DEFAULT_REGION when AWS_REGION is unset", env: with("AWS_REGION", "", "AWS_DEFAULT_REGION", "eu-west-1"), wantRegion: "eu-west-1", wantKey: "AKIDEXAMPLE", wantToken: "token"},
		{name: "no session token (long-term keys)", env: with("AWS_SESSION_TOKEN", ""), wantRegion: "eu-north-1", wantKey: "AKIDEXAMPLE"},
		{name: "no region", env: with("AWS_REGION", ""), wantErr: []string{"AWS_REGION"}},
		{name: "no secret", env: with("AWS_SECRET_ACCESS_KEY", ""), wantErr: []string{"AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"}},
		{name: "nothing: every variable named", env: map[string]string{}, wantErr: []string{"AWS_REGION", "AWS_SECRET_ACCESS_KEY"}},
		{name: "blank values count as unset", env: with("AWS_REGION", " "), wantErr: []string{"AWS_REGION"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := awsenv.FromLookup(lookup(tc.env))
			if len(tc.wantErr) > 0 {
				if err == nil {
					t.Fatalf("no error, want one naming %v", tc.wantErr)
				}
				for _, s := range tc.wantErr {
					if !strings.Contains(err.Error(), s) {
						t.Errorf("error %q does not name %s", err, s)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Region != tc.wantRegion {
				t.Errorf("region %q, want %q", cfg.Region, tc.wantRegion)
			}
			creds, err := cfg.Credentials.Retrieve(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if creds.AccessKeyID != tc.wantKey || creds.SessionToken != tc.wantToken || creds.SecretAccessKey == "" {
				t.Errorf("credentials %q/%q, want %q/%q", creds.AccessKeyID, creds.SessionToken, tc.wantKey, tc.wantToken)
			}
			if got := aws.ToString(cfg.BaseEndpoint); got != tc.wantEndpoint {
				t.Errorf("endpoint %q, want %q", got, tc.wantEndpoint)
			}
		})
	}
}

// A client on the configuration signs and reaches the endpoint AWS_ENDPOINT_URL names (how a Lambda
// binary runs against the emulator in make bench).
func TestConfigReachesTheEmulator(t *testing.T) {
	endpoint := motostack.StartMoto(t)
	cfg, err := awsenv.FromLookup(lookup(map[string]string{"AWS_REGION": motostack.Region, "AWS_ACCESS_KEY_ID": "test",
		"AWS_SECRET_ACCESS_KEY": "test", "AWS_SESSION_TOKEN": "test", "AWS_ENDPOINT_URL": endpoint}))
	if err != nil {
		t.Fatal(err)
	}
	q := sqs.NewFromConfig(cfg)
	ctx := context.Background()
	created, err := q.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("awsenv-test")})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(aws.ToString(created.QueueUrl), "awsenv-test") {
		t.Errorf("queue URL %q", aws.ToString(created.QueueUrl))
	}
	if _, err := q.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: created.QueueUrl}); err != nil {
		t.Fatal(err)
	}
}

// silentFirst is a listener whose first connection is accepted and then never answered (a
// kept-alive connection gone dead: a NAT or load balancer that dropped it, a peer gone after the
// execution environment was frozen); the connections after it are served.
type silentFirst struct {
	net.Listener
	first atomic.Bool
}

func (l *silentFirst) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil || l.first.Swap(true) {
			return c, err
		}
		go func() { _, _ = io.Copy(io.Discard, c) }() // read the request, answer nothing
	}
}

// A call whose connection goes silent is given up and tried again on a new connection well before
// the function's deadline: without a response timeout it waits out the whole invocation (the
// form's 10 s), and the citizen gets API Gateway's bare error instead of the form's page.
func TestCallsDoNotHangOnASilentConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{ReadHeaderTimeout: time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		_, _ = w.Write([]byte(`{}`))
	})}
	go func() { _ = srv.Serve(&silentFirst{Listener: ln}) }()
	defer srv.Close()
	cfg, err := awsenv.FromLookup(lookup(map[string]string{"AWS_REGION": "eu-north-1", "AWS_ACCESS_KEY_ID": "AKID",
		"AWS_SECRET_ACCESS_KEY": "secret", "AWS_ENDPOINT_URL": "http://" + ln.Addr().String()}))
	if err != nil {
		t.Fatal(err)
	}
	const deadline = 10 * time.Second // the form's function timeout
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	svc := awscall.Service{ID: "SQS", SigningName: "sqs", Endpoint: "sqs", TargetPrefix: "AmazonSQS", ContentType: "application/x-amz-json-1.0"}
	start := time.Now()
	var out struct{}
	err = awscall.JSON(ctx, cfg, svc, "GetQueueUrl", &struct{ QueueName string }{"q"}, &out)
	if took := time.Since(start); err != nil || took > deadline/2 {
		t.Errorf("call took %v (error %v); want it answered on a new connection well within %v", took.Round(time.Millisecond), err, deadline)
	}
}

package secret_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"

	"borgerfeedback/shared/awsrecord"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/secret"
)

type fakeAPI struct {
	mu      sync.Mutex
	calls   int
	results []error // per call; nil = the value
	value   *string
}

func (f *fakeAPI) SecretString(context.Context, string) (*string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	err := f.results[min(f.calls, len(f.results)-1)]
	f.calls++
	if err != nil {
		return nil, err
	}
	return f.value, nil
}

func TestCached(t *testing.T) {
	tests := []struct {
		name      string
		results   []error
		value     *string
		uses      int
		wantErr   []string // per use: "" = the value
		wantCalls int
	}{
		{name: "read on first use, then kept", results: []error{nil}, value: aws.String("k3y"), uses: 3, wantErr: []string{"", "", ""}, wantCalls: 1},
		{name: "a failed read is read again next time", results: []error{errors.New("throttled"), nil}, value: aws.String("k3y"), uses: 3,
			wantErr: []string{"throttled", "", ""}, wantCalls: 2},
		{name: "a binary secret is refused", results: []error{nil}, uses: 2, wantErr: []string{"no string value", "no string value"}, wantCalls: 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			api := &fakeAPI{results: tc.results, value: tc.value}
			c := secret.New(api, "arn:aws:secretsmanager:eu-north-1:123456789012:secret:k")
			for i := 0; i < tc.uses; i++ {
				got, err := c.Bytes(context.Background())
				if want := tc.wantErr[i]; want != "" {
					if err == nil || !strings.Contains(err.Error(), want) {
						t.Fatalf("use %d: error %v, want %q", i+1, err, want)
					}
					continue
				}
				if err != nil || string(got) != *tc.value {
					t.Fatalf("use %d: %q, %v", i+1, got, err)
				}
			}
			if api.calls != tc.wantCalls {
				t.Errorf("%d reads, want %d", api.calls, tc.wantCalls)
			}
		})
	}
}

// Concurrent first uses make one read.
func TestCachedConcurrentFirstUse(t *testing.T) {
	api := &fakeAPI{results: []error{nil}, value: aws.String("k3y")}
	c := secret.New(api, "k")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() { defer wg.Done(); _, _ = c.Bytes(context.Background()) }()
	}
	wg.Wait()
	if api.calls != 1 {
		t.Errorf("%d reads, want 1", api.calls)
	}
}

// Against the emulator: the value a secret was created with, read by Client.
func TestCachedOnEmulator(t *testing.T) {
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	sm := secretsmanager.NewFromConfig(cfg)
	created, err := sm.CreateSecret(ctx, &secretsmanager.CreateSecretInput{Name: aws.String("phone-hash-key"), SecretString: aws.String("0123456789abcdef0123")})
	if err != nil {
		t.Fatal(err)
	}
	binary, err := sm.CreateSecret(ctx, &secretsmanager.CreateSecretInput{Name: aws.String("binary"), SecretBinary: []byte{1, 2, 3}})
	if err != nil {
		t.Fatal(err)
	}
	client := secret.NewClient(cfg)
	got, err := secret.New(client, aws.ToString(created.ARN)).Bytes(ctx)
	if err != nil || string(got) != "0123456789abcdef0123" {
		t.Fatalf("%q, %v", got, err)
	}
	if got, err := secret.New(client, "phone-hash-key").Bytes(ctx); err != nil || string(got) != "0123456789abcdef0123" {
		t.Fatalf("by name: %q, %v", got, err)
	}
	if _, err := secret.New(client, "no-such-secret").Bytes(ctx); err == nil || !strings.Contains(err.Error(), "ResourceNotFoundException") {
		t.Errorf("a missing secret: %v, want an error naming ResourceNotFoundException", err)
	}
	if _, err := secret.New(client, aws.ToString(binary.ARN)).Bytes(ctx); err == nil || !strings.Contains(err.Error(), "no string value") {
		t.Errorf("a binary secret: %v, want no string value", err)
	}
}

// The configuration's options see the call as the SDK's client would show it: make preflight's
// recorder checks it against the role.
func TestClientCallIsRecorded(t *testing.T) {
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	created, err := secretsmanager.NewFromConfig(cfg).CreateSecret(ctx, &secretsmanager.CreateSecretInput{Name: aws.String("k"), SecretString: aws.String("v")})
	if err != nil {
		t.Fatal(err)
	}
	rec := awsrecord.New()
	if _, err := secret.NewClient(rec.Config(cfg, "fn")).SecretString(ctx, aws.ToString(created.ARN)); err != nil {
		t.Fatal(err)
	}
	want := []awsrecord.Call{{Action: "secretsmanager:GetSecretValue", Resource: "secret:" + aws.ToString(created.ARN)}}
	if got := rec.Calls("fn"); !reflect.DeepEqual(got, want) {
		t.Errorf("recorded %v, want %v", got, want)
	}
}

// What goes on the wire: a signed JSON POST, retried after a server error and not after a client
// error, which is reported with its code and message.
func TestClientRequest(t *testing.T) {
	tests := []struct {
		name      string
		statuses  []int
		wantValue string
		wantErr   string
		wantCalls int
	}{
		{name: "answered", statuses: []int{200}, wantValue: "s3cret", wantCalls: 1},
		{name: "a server error is retried", statuses: []int{500, 200}, wantValue: "s3cret", wantCalls: 2},
		{name: "a client error is not", statuses: []int{400}, wantErr: "ResourceNotFoundException: Secrets Manager can't find the specified secret.", wantCalls: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				n := int(calls.Add(1)) - 1
				body, _ := io.ReadAll(r.Body)
				auth := r.Header.Get("Authorization")
				if r.Method != http.MethodPost || r.URL.Path != "/" || r.Header.Get("X-Amz-Target") != "secretsmanager.GetSecretValue" ||
					r.Header.Get("Content-Type") != "application/x-amz-json-1.1" || string(body) != `{"SecretId":"arn:k"}` ||
					!strings.HasPrefix(auth, "AWS4-HMAC-SHA256 Credential=AKID/") || !strings.Contains(auth, "/eu-north-1/secretsmanager/aws4_request") ||
					r.Header.Get("X-Amz-Security-Token") != "TOKEN" {
					t.Errorf("request %s %s %q %q %q, Authorization %q", r.Method, r.URL.Path, r.Header.Get("X-Amz-Target"), r.Header.Get("Content-Type"), body, auth)
				}
				w.Header().Set("Content-Type", "application/x-amz-json-1.1")
				switch status := tc.statuses[min(n, len(tc.statuses)-1)]; status {
				case 200:
					_, _ = w.Write([]byte(`{"ARN":"arn:k","Name":"k","SecretString":"s3cret","VersionId":"v1"}`))
				case 400:
					w.WriteHeader(400)
					_, _ = w.Write([]byte(`{"__type":"ResourceNotFoundException","message":"Secrets Manager can't find the specified secret."}`))
				default:
					w.WriteHeader(status)
					_, _ = w.Write([]byte(`{"__type":"InternalServiceError","message":"try again"}`))
				}
			}))
			defer srv.Close()
			cfg := aws.Config{Region: "eu-north-1", BaseEndpoint: aws.String(srv.URL),
				Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", "TOKEN"),
				Retryer: func() aws.Retryer {
					return retry.NewStandard(func(o *retry.StandardOptions) {
						o.Backoff = retry.BackoffDelayerFunc(func(int, error) (time.Duration, error) { return 0, nil })
					})
				}}
			got, err := secret.NewClient(cfg).SecretString(context.Background(), "arn:k")
			switch {
			case tc.wantErr != "":
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("error %v, want %q", err, tc.wantErr)
				}
			case err != nil || got == nil || *got != tc.wantValue:
				t.Errorf("%v, %v", got, err)
			}
			if int(calls.Load()) != tc.wantCalls {
				t.Errorf("%d calls, want %d", calls.Load(), tc.wantCalls)
			}
		})
	}
}

package secret_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"

	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/secret"
)

type fakeAPI struct {
	mu      sync.Mutex
	calls   int
	results []error // per call; nil = the value
	value   *string
}

func (f *fakeAPI) GetSecretValue(context.Context, *secretsmanager.GetSecretValueInput, ...func(*secretsmanager.Options)) (*secretsmanager.GetSecretValueOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	err := f.results[min(f.calls, len(f.results)-1)]
	f.calls++
	if err != nil {
		return nil, err
	}
	return &secretsmanager.GetSecretValueOutput{SecretString: f.value}, nil
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

// Against the emulator: the value a secret was created with.
func TestCachedOnEmulator(t *testing.T) {
	ctx := context.Background()
	sm := secretsmanager.NewFromConfig(motostack.AWSConfig(ctx, motostack.StartMoto(t)))
	created, err := sm.CreateSecret(ctx, &secretsmanager.CreateSecretInput{Name: aws.String("phone-hash-key"), SecretString: aws.String("0123456789abcdef0123")})
	if err != nil {
		t.Fatal(err)
	}
	got, err := secret.New(sm, aws.ToString(created.ARN)).Bytes(ctx)
	if err != nil || string(got) != "0123456789abcdef0123" {
		t.Fatalf("%q, %v", got, err)
	}
	if _, err := secret.New(sm, "no-such-secret").Bytes(ctx); err == nil {
		t.Error("a missing secret must be an error")
	}
}

// Package awsenv builds the SDK's aws.Config inside Lambda from the environment Lambda gives every
// function, without the config package's credential chain.
//
// Lambda sets AWS_REGION and the execution role's temporary credentials in AWS_ACCESS_KEY_ID,
// AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN before it starts the process (the Lambda developer
// guide, "Defined runtime environment variables"). config.LoadDefaultConfig finds exactly these: its
// chain takes the environment first (config.NewEnvConfig reads AWS_ACCESS_KEY_ID or AWS_ACCESS_KEY,
// AWS_SECRET_ACCESS_KEY or AWS_SECRET_KEY, AWS_SESSION_TOKEN, AWS_ACCOUNT_ID) and, when both keys are
// set, resolves them to a credentials.StaticCredentialsProvider, which never refreshes (see
// resolveCredentialChain in config/resolve_credentials.go). So in Lambda the chain ends in the same
// static provider this package builds, and what it costs is everything else it links and runs:
// shared config and credential files, SSO, STS web identity and assume-role, the ECS and IMDS
// endpoints, process credentials (about 1.9 MB of an arm64 binary, a third of an empty handler's
// start-up; docs/benchmarks.md). No refresh is lost either: Lambda sets these variables once when it
// starts the execution environment, every invocation in it sees the same values, and it keeps them
// valid for the environment's life; new credentials come with a new environment, that is a new
// process that reads them again here.
//
// Use it only in the Lambda binaries (functions/*/main.go). The local stack, the tests and the tools
// keep config.LoadDefaultConfig (motostack.AWSConfig), where shared config files and profiles matter.
package awsenv

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Environment variables read, as the SDK's config package names them.
const (
	EnvRegion          = "AWS_REGION"
	EnvDefaultRegion   = "AWS_DEFAULT_REGION"
	EnvAccessKeyID     = "AWS_ACCESS_KEY_ID"
	EnvSecretAccessKey = "AWS_SECRET_ACCESS_KEY" //nolint:gosec // G101: the name of an environment variable, not a credential
	EnvSessionToken    = "AWS_SESSION_TOKEN"     //nolint:gosec // G101: the name of an environment variable, not a credential
	EnvAccountID       = "AWS_ACCOUNT_ID"
	// EnvEndpointURL points every client at one endpoint (the emulator, when a Lambda binary runs
	// locally, as in make bench); unset in AWS.
	EnvEndpointURL = "AWS_ENDPOINT_URL"
)

// Config returns the SDK configuration from the process environment; the error names every missing
// variable.
func Config() (aws.Config, error) { return FromLookup(os.LookupEnv) }

// FromLookup is Config with the environment given as a lookup function (tests).
func FromLookup(lookup func(string) (string, bool)) (aws.Config, error) {
	get := func(names ...string) string {
		for _, n := range names {
			if v, ok := lookup(n); ok && strings.TrimSpace(v) != "" {
				return v
			}
		}
		return ""
	}
	var errs []error
	region := get(EnvRegion, EnvDefaultRegion)
	if region == "" {
		errs = append(errs, fmt.Errorf("environment variable %s is required (Lambda sets it)", EnvRegion))
	}
	key, secret := get(EnvAccessKeyID, "AWS_ACCESS_KEY"), get(EnvSecretAccessKey, "AWS_SECRET_KEY")
	if key == "" || secret == "" {
		errs = append(errs, fmt.Errorf("environment variables %s and %s are required (Lambda sets them from the execution role)", EnvAccessKeyID, EnvSecretAccessKey))
	}
	if err := errors.Join(errs...); err != nil {
		return aws.Config{}, err
	}
	cfg := aws.Config{
		Region: region,
		// One HTTP client for every call made from this configuration, as config.LoadDefaultConfig
		// gives: its transport keeps the TLS connections alive between calls and invocations.
		HTTPClient: HTTPClient(),
		Credentials: credentials.StaticCredentialsProvider{Value: aws.Credentials{
			AccessKeyID: key, SecretAccessKey: secret, SessionToken: get(EnvSessionToken),
			AccountID: get(EnvAccountID), Source: "awsenv",
		}},
	}
	if ep := get(EnvEndpointURL); ep != "" {
		cfg.BaseEndpoint = aws.String(ep)
	}
	return cfg, nil
}

// ConnectionTimeout bounds each step of a call's attempt that waits on the other end: the TCP
// connection, the TLS handshake, and the answer's headers once the request is sent. The SDK's
// defaults (30 s, 10 s, none) outlast the functions' 10 s timeouts, so a kept-alive connection that
// went silent (dropped by a NAT or load balancer while the environment was frozen) held the call
// until Lambda ended the invocation: the citizen got API Gateway's bare error, a batch was retried
// whole. Given up after this, the attempt fails as a connection error and the retryer tries again on
// a new connection. DynamoDB, SQS, SNS and Secrets Manager answer in milliseconds; the functions make
// no long polls. It does not close idle connections (a read timeout on the connection would).
const ConnectionTimeout = 3 * time.Second

// HTTPClient is the functions' HTTP client: the SDK's, with ConnectionTimeout. Safe for concurrent
// use; make one per process.
func HTTPClient() *awshttp.BuildableClient {
	return awshttp.NewBuildableClient().
		WithDialerOptions(func(d *net.Dialer) { d.Timeout = ConnectionTimeout }).
		WithTransportOptions(func(tr *http.Transport) {
			tr.TLSHandshakeTimeout = ConnectionTimeout
			tr.ResponseHeaderTimeout = ConnectionTimeout
		})
}

// Package awscall makes one call of an AWS service on the SDK's own middleware stack, Signature
// Version 4 signer, retryer and HTTP client from an aws.Config, without linking the service's SDK
// client: JSON for the services that speak the JSON protocol (awsJson1_0, awsJson1_1: a POST of a
// JSON document naming the operation in X-Amz-Target; SQS, Secrets Manager) and Query for those
// that speak the query protocol (a form-encoded POST answered in XML; SNS). A service client brings every operation's types and
// a schema registry built at start-up: 0.2–0.4 MB of each linux/arm64 binary and a share of its
// cold start (issue 13, docs/benchmarks.md), for functions that make one or two calls. The request
// is the one the SDK's client sends, with the same credentials, TLS and retries (the standard
// retryer, or cfg.Retryer). Options added to the configuration (cfg.APIOptions, such as make
// preflight's recorder, awsrecord) see the call as the SDK's client shows it: the service id, the
// operation name and an input whose fields are named as the SDK's.
package awscall

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// Service names a service as its protocol and the SDK do.
type Service struct {
	ID           string // the SDK's service id ("Secrets Manager", "SQS"): what APIOptions read
	SigningName  string // SigV4's service name ("secretsmanager", "sqs")
	Endpoint     string // the endpoint's first label ("secretsmanager", "sqs")
	TargetPrefix string // X-Amz-Target's prefix ("secretsmanager", "AmazonSQS")
	ContentType  string // JSON: "application/x-amz-json-1.1" or "application/x-amz-json-1.0"
	Version      string // Query: the API version ("2010-03-31")
	// Retries when cfg has no Retryer: the standard retryer's, except where these are set.
	MaxAttempts int           // attempts in all (the standard's 3 when 0)
	BaseDelay   time.Duration // the first backoff (the standard's when 0)
	CRC32       bool          // the answer carries X-Amz-Crc32 of its body, checked (DynamoDB)
	// Errors, when set, makes the service's typed error of an error answer (nil: a
	// smithy.GenericAPIError with the answer's code and message).
	Errors func(code, message string, body []byte) smithy.APIError
}

var signer = v4.NewSigner()

// defaultClient is the HTTP client of a configuration without one (the SDK's clients each make
// theirs once, as config.LoadDefaultConfig and awsenv put one in the configuration): one transport,
// so a function's calls reuse its kept-alive TLS connections instead of opening one per call.
var defaultClient = sync.OnceValue(func() aws.HTTPClient { return awshttp.NewBuildableClient() })

// JSON sends operation op of a JSON-protocol service with input in (marshalled as JSON) and
// decodes the answer into out. in should be a pointer to a struct whose fields are named as the
// SDK's input. A service error is a *smithyhttp.ResponseError holding a smithy.APIError (its code
// and message).
func JSON(ctx context.Context, cfg aws.Config, svc Service, op string, in, out any) error {
	result, err := call(ctx, cfg, svc, op, in, bodyCodec(svc, op, jsonRequest, jsonError))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(result.([]byte), out); err != nil {
		return fmt.Errorf("%s %s: answer: %w", svc.ID, op, err)
	}
	return nil
}

// Form is a query-protocol input: its parameters (without Action and Version). Its type's fields
// should be named as the SDK's input (see the package comment).
type Form interface{ Form() url.Values }

// Query sends operation op of a query-protocol service with input in and returns the text of each
// child element of the answer's <opResult> by name (the results SNS gives are flat). Errors as JSON's.
func Query(ctx context.Context, cfg aws.Config, svc Service, op string, in Form) (map[string]string, error) {
	result, err := call(ctx, cfg, svc, op, in, bodyCodec(svc, op, queryRequest, queryError))
	if err != nil {
		return nil, err
	}
	out, ok := childTexts(result.([]byte), op+"Result")
	if !ok {
		return nil, fmt.Errorf("%s %s: answer without %sResult", svc.ID, op, op)
	}
	return out, nil
}

// A codec writes a call's request (method, headers, body; the URL is set) and returns its body,
// and reads the answer: the result, or the service's error for an answer outside 2xx.
type codec struct {
	encode func(ctx context.Context, req *smithyhttp.Request, in any) ([]byte, error)
	decode func(ctx context.Context, resp *smithyhttp.Response, body []byte) (any, error)
}

// A protocol written here: how a request's body and headers are made, and how an error answer reads.
type (
	requestFunc func(svc Service, op string, in any) (body []byte, contentType string, err error)
	errorFunc   func(header http.Header, body []byte) (code, message string)
)

// bodyCodec is the codec of a protocol written here: the result is the answer's body.
func bodyCodec(svc Service, op string, makeBody requestFunc, perr errorFunc) codec {
	return codec{
		encode: func(_ context.Context, req *smithyhttp.Request, in any) ([]byte, error) {
			body, contentType, err := makeBody(svc, op, in)
			if err != nil {
				return nil, err
			}
			req.Method = "POST"
			if contentType != "" { // the query protocol
				req.Header.Set("Content-Type", contentType)
			} else {
				req.Header.Set("Content-Type", svc.ContentType)
				req.Header.Set("X-Amz-Target", svc.TargetPrefix+"."+op)
			}
			r, err := req.SetStream(bytes.NewReader(body))
			if err != nil {
				return nil, err
			}
			*req = *r
			return body, nil
		},
		decode: func(_ context.Context, resp *smithyhttp.Response, body []byte) (any, error) {
			if resp.StatusCode < 200 || resp.StatusCode > 299 {
				code, message := perr(resp.Header, body)
				if code == "" {
					code = fmt.Sprintf("HTTP%d", resp.StatusCode)
				}
				if svc.Errors != nil {
					if typed := svc.Errors(code, message, body); typed != nil {
						return nil, typed
					}
				}
				return nil, &smithy.GenericAPIError{Code: code, Message: message}
			}
			return body, nil
		},
	}
}

func jsonRequest(_ Service, _ string, in any) ([]byte, string, error) {
	b, err := json.Marshal(in)
	return b, "", err
}

// jsonError reads an error answer's code as the SDK's JSON protocols do: the X-Amzn-ErrorType
// header, else the body's __type, else its "code"; without a namespace before '#' or a URI after
// ':' (a throttling code with a URI is still a throttling code to the retryer).
func jsonError(header http.Header, body []byte) (string, string) {
	var e struct {
		Type    string `json:"__type"`
		Code    any    `json:"code"`
		Message string `json:"message"` // or "Message": encoding/json matches either
	}
	_ = json.Unmarshal(body, &e) // an answer that is not JSON keeps its status
	code := header.Get("X-Amzn-ErrorType")
	if code == "" {
		code = e.Type
	}
	if c, ok := e.Code.(string); ok && code == "" {
		code = c
	}
	if i := strings.IndexByte(code, ':'); i >= 0 {
		code = code[:i]
	}
	if i := strings.IndexByte(code, '#'); i >= 0 {
		code = code[i+1:]
	}
	return code, e.Message
}

func queryRequest(svc Service, op string, in any) ([]byte, string, error) {
	f, ok := in.(Form)
	if !ok {
		return nil, "", fmt.Errorf("query input %T has no Form method", in)
	}
	v := f.Form()
	v.Set("Action", op)
	v.Set("Version", svc.Version)
	return []byte(v.Encode()), "application/x-www-form-urlencoded", nil
}

func queryError(_ http.Header, body []byte) (string, string) {
	e, _ := childTexts(body, "Error") // an answer that is not XML keeps its status
	return e["Code"], e["Message"]
}

// call runs the stack and returns the codec's result.
func call(ctx context.Context, cfg aws.Config, svc Service, op string, in any, cd codec) (any, error) {
	stack := middleware.NewStack(op, smithyhttp.NewStackRequest)
	if err := addMiddleware(stack, cfg, svc, op, cd); err != nil {
		return nil, err
	}
	for _, opt := range cfg.APIOptions {
		if err := opt(stack); err != nil {
			return nil, err
		}
	}
	client := cfg.HTTPClient
	if client == nil {
		client = defaultClient() // one for every call, so its connections are kept and reused
	}
	result, _, err := stack.HandleMiddleware(ctx, in, smithyhttp.NewClientHandler(client))
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", svc.ID, op, err)
	}
	return result, nil
}

// endpoint is cfg.BaseEndpoint (AWS_ENDPOINT_URL, the emulator) or the region's public endpoint.
func endpoint(cfg aws.Config, svc Service) (*url.URL, error) {
	ep := "https://" + svc.Endpoint + "." + cfg.Region + ".amazonaws.com"
	if cfg.BaseEndpoint != nil {
		ep = *cfg.BaseEndpoint
	}
	u, err := url.Parse(ep)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("%s endpoint %q: not a URL", svc.ID, ep)
	}
	return u, nil
}

// payloadHashKey carries the request body's SHA-256 (hex) from serialising to signing.
type payloadHashKey struct{}

// WithRetryer is cfg with its retryer made once, as an SDK client makes its own when it is created
// (cfg.Retryer's, else the service's standard retryer): the calls made with the configuration it
// returns share one retry quota (the standard retryer's token bucket, which stops retrying when most
// attempts fail), as an SDK client's calls do, instead of each call having a full one.
func WithRetryer(cfg aws.Config, svc Service) aws.Config {
	r := serviceRetryer(cfg, svc)
	cfg.Retryer = func() aws.Retryer { return r }
	return cfg
}

func serviceRetryer(cfg aws.Config, svc Service) aws.Retryer {
	if cfg.Retryer != nil {
		return cfg.Retryer()
	}
	return retry.NewStandard(func(o *retry.StandardOptions) {
		if svc.MaxAttempts != 0 {
			o.MaxAttempts = svc.MaxAttempts
		}
		if svc.BaseDelay != 0 {
			o.BaseDelay = svc.BaseDelay
		}
	})
}

// retryer is cfg.Retryer's, else the standard retryer with the service's settings; with at most
// cfg.RetryMaxAttempts attempts when that is set (as the SDK's clients choose).
func retryer(cfg aws.Config, svc Service) aws.Retryer {
	r := serviceRetryer(cfg, svc)
	if cfg.RetryMaxAttempts != 0 {
		r = retry.AddWithMaxAttempts(r, cfg.RetryMaxAttempts)
	}
	return r
}

// addMiddleware puts the call's steps on the stack in the SDK's order: metadata (Initialize), the
// request (Serialize), its length (Build), retries then the signature of each attempt (Finalize),
// the request id and the error's HTTP wrapping, the answer's checksum and the answer (Deserialize).
func addMiddleware(stack *middleware.Stack, cfg aws.Config, svc Service, op string, cd codec) error {
	steps := []func() error{
		func() error {
			return stack.Initialize.Add(&awsmiddleware.RegisterServiceMetadata{ServiceID: svc.ID, SigningName: svc.SigningName,
				Region: cfg.Region, OperationName: op}, middleware.Before)
		},
		func() error {
			return stack.Serialize.Add(middleware.SerializeMiddlewareFunc("OperationSerializer", func(ctx context.Context, in middleware.SerializeInput, next middleware.SerializeHandler) (middleware.SerializeOutput, middleware.Metadata, error) {
				return serialize(ctx, cfg, svc, cd, in, next)
			}), middleware.After)
		},
		func() error { return stack.Build.Add(&smithyhttp.ComputeContentLength{}, middleware.After) },
		func() error {
			return stack.Finalize.Add(middleware.FinalizeMiddlewareFunc("Signing", func(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
				return sign(ctx, cfg, svc, in, next)
			}), middleware.After)
		},
		func() error {
			return retry.AddRetryMiddlewares(stack, retry.AddRetryMiddlewaresOptions{Retryer: retryer(cfg, svc)})
		},
		func() error {
			return stack.Deserialize.Add(middleware.DeserializeMiddlewareFunc("OperationDeserializer", func(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
				return deserialize(ctx, svc, cd, in, next)
			}), middleware.After)
		},
		// Outside the answer's reading, as in the SDK's clients: the answer's request id, and an
		// error answer wrapped as *awshttp.ResponseError (its status and request id: X-Ray reads them).
		func() error { return awsmiddleware.AddRequestIDRetrieverMiddleware(stack) },
		func() error { return awshttp.AddResponseErrorMiddleware(stack) },
	}
	for _, add := range steps {
		if err := add(); err != nil {
			return err
		}
	}
	return nil
}

func serialize(ctx context.Context, cfg aws.Config, svc Service, cd codec, in middleware.SerializeInput, next middleware.SerializeHandler) (middleware.SerializeOutput, middleware.Metadata, error) {
	req, ok := in.Request.(*smithyhttp.Request)
	if !ok {
		return middleware.SerializeOutput{}, middleware.Metadata{}, fmt.Errorf("unexpected transport %T", in.Request)
	}
	u, err := endpoint(cfg, svc)
	if err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, err
	}
	req.URL.Scheme, req.URL.Host, req.URL.Path = u.Scheme, u.Host, "/"
	req.Host = u.Host
	body, err := cd.encode(ctx, req, in.Parameters)
	if err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, err
	}
	if svc.CRC32 {
		// The checksum is of the body as sent: no compression (the SDK's client asks the same).
		req.Header.Set("Accept-Encoding", "identity")
	}
	in.Request = req
	sum := sha256.Sum256(body)
	return next.HandleSerialize(middleware.WithStackValue(ctx, payloadHashKey{}, hex.EncodeToString(sum[:])), in)
}

// sign signs each attempt (the retryer runs before it) with the configuration's credentials.
func sign(ctx context.Context, cfg aws.Config, svc Service, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	req, ok := in.Request.(*smithyhttp.Request)
	if !ok {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("unexpected transport %T", in.Request)
	}
	if cfg.Credentials == nil {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, errors.New("no credentials in the configuration")
	}
	creds, err := cfg.Credentials.Retrieve(ctx)
	if err != nil {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("credentials: %w", err)
	}
	hash, _ := middleware.GetStackValue(ctx, payloadHashKey{}).(string)
	if err := signer.SignHTTP(ctx, creds, req.Request, hash, svc.SigningName, cfg.Region, time.Now().UTC()); err != nil {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("sign: %w", err)
	}
	return next.HandleFinalize(ctx, in)
}

// ChecksumError is an answer whose body does not match its X-Amz-Crc32 header: damaged on the way,
// so the call is retried (as the SDK's DynamoDB client does).
type ChecksumError struct{ Want, Got uint32 }

func (e *ChecksumError) Error() string {
	return fmt.Sprintf("answer's CRC32 checksum %d does not match its header's %d", e.Got, e.Want)
}

// RetryableError tells the retryer to try again.
func (*ChecksumError) RetryableError() bool { return true }

// deserialize reads the answer's body, checks its checksum when the service sends one, and hands
// it to the codec; an error answer becomes a *smithyhttp.ResponseError (the HTTP status and the
// service's error: what the retryer reads).
func deserialize(ctx context.Context, svc Service, cd codec, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
	out, md, err := next.HandleDeserialize(ctx, in)
	if err != nil {
		return out, md, err
	}
	resp, ok := out.RawResponse.(*smithyhttp.Response)
	if !ok {
		return out, md, fmt.Errorf("unexpected response %T", out.RawResponse)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return out, md, &smithyhttp.ResponseError{Response: resp, Err: err}
	}
	if h := resp.Header.Get("X-Amz-Crc32"); svc.CRC32 && h != "" {
		want, perr := strconv.ParseUint(h, 10, 32)
		if perr != nil {
			return out, md, &smithy.DeserializationError{Err: fmt.Errorf("checksum header %q: %w", h, perr)}
		}
		if got := crc32.ChecksumIEEE(body); got != uint32(want) {
			return out, md, &ChecksumError{Want: uint32(want), Got: got}
		}
	}
	result, err := cd.decode(ctx, resp, body)
	if err != nil {
		var apiErr smithy.APIError
		if errors.As(err, &apiErr) {
			return out, md, &smithyhttp.ResponseError{Response: resp, Err: err}
		}
		return out, md, err
	}
	out.Result = result
	return out, md, nil
}

// IdempotencyToken is a new random (version 4) UUID: the token the SDK's clients fill in for an
// operation's idempotency-token field (DynamoDB's ClientRequestToken) when the caller gives none.
// Made once per call, it is sent again by each retry, so the service answers a retry of a request
// it carried out as it answered that request instead of carrying it out again.
func IdempotencyToken() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:], nil
}

// maxAnswer bounds an answer read into memory: DynamoDB's largest (a Query or BatchGetItem page)
// is 16 MB.
const maxAnswer = 17 << 20

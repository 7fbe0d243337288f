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
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
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
}

var signer = v4.NewSigner()

// JSON sends operation op of a JSON-protocol service with input in (marshalled as JSON) and
// decodes the answer into out. in should be a pointer to a struct whose fields are named as the
// SDK's input. A service error is a *smithyhttp.ResponseError holding a smithy.APIError (its code
// and message).
func JSON(ctx context.Context, cfg aws.Config, svc Service, op string, in, out any) error {
	body, err := call(ctx, cfg, svc, op, in, jsonRequest, jsonError)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(body, out); err != nil {
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
	body, err := call(ctx, cfg, svc, op, in, queryRequest, queryError)
	if err != nil {
		return nil, err
	}
	out, ok := childTexts(body, op+"Result")
	if !ok {
		return nil, fmt.Errorf("%s %s: answer without %sResult", svc.ID, op, op)
	}
	return out, nil
}

// A protocol: how a request's body and headers are made, and how an error answer reads.
type (
	requestFunc func(svc Service, op string, in any) (body []byte, contentType string, err error)
	errorFunc   func(body []byte) (code, message string)
)

func jsonRequest(_ Service, _ string, in any) ([]byte, string, error) {
	b, err := json.Marshal(in)
	return b, "", err
}

func jsonError(body []byte) (string, string) {
	var e struct {
		Type    string `json:"__type"`
		Message string `json:"message"`
		Msg     string `json:"Message"`
	}
	_ = json.Unmarshal(body, &e) // an answer that is not JSON keeps its status
	return e.Type[strings.LastIndexByte(e.Type, '#')+1:], e.Message + e.Msg
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

func queryError(body []byte) (string, string) {
	e, _ := childTexts(body, "Error") // an answer that is not XML keeps its status
	return e["Code"], e["Message"]
}

// call runs the stack and returns the answer's body.
func call(ctx context.Context, cfg aws.Config, svc Service, op string, in any, req requestFunc, perr errorFunc) ([]byte, error) {
	stack := middleware.NewStack(op, smithyhttp.NewStackRequest)
	if err := addMiddleware(stack, cfg, svc, op, req, perr); err != nil {
		return nil, err
	}
	for _, opt := range cfg.APIOptions {
		if err := opt(stack); err != nil {
			return nil, err
		}
	}
	client := cfg.HTTPClient
	if client == nil {
		client = awshttp.NewBuildableClient()
	}
	result, _, err := stack.HandleMiddleware(ctx, in, smithyhttp.NewClientHandler(client))
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", svc.ID, op, err)
	}
	return result.([]byte), nil
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

// addMiddleware puts the call's steps on the stack in the SDK's order: metadata (Initialize), the
// JSON request (Serialize), its length (Build), retries then the signature of each attempt
// (Finalize), the JSON answer (Deserialize).
func addMiddleware(stack *middleware.Stack, cfg aws.Config, svc Service, op string, req requestFunc, perr errorFunc) error {
	retryer := aws.Retryer(nil)
	if cfg.Retryer != nil {
		retryer = cfg.Retryer()
	} else {
		retryer = retry.NewStandard()
	}
	steps := []func() error{
		func() error {
			return stack.Initialize.Add(&awsmiddleware.RegisterServiceMetadata{ServiceID: svc.ID, SigningName: svc.SigningName,
				Region: cfg.Region, OperationName: op}, middleware.Before)
		},
		func() error {
			return stack.Serialize.Add(middleware.SerializeMiddlewareFunc("OperationSerializer", func(ctx context.Context, in middleware.SerializeInput, next middleware.SerializeHandler) (middleware.SerializeOutput, middleware.Metadata, error) {
				return serialize(ctx, cfg, svc, op, req, in, next)
			}), middleware.After)
		},
		func() error { return stack.Build.Add(&smithyhttp.ComputeContentLength{}, middleware.After) },
		func() error {
			return stack.Finalize.Add(middleware.FinalizeMiddlewareFunc("Signing", func(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
				return sign(ctx, cfg, svc, in, next)
			}), middleware.After)
		},
		func() error {
			return retry.AddRetryMiddlewares(stack, retry.AddRetryMiddlewaresOptions{Retryer: retryer})
		},
		func() error {
			return stack.Deserialize.Add(middleware.DeserializeMiddlewareFunc("OperationDeserializer", func(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
				return deserialize(ctx, perr, in, next)
			}), middleware.After)
		},
	}
	for _, add := range steps {
		if err := add(); err != nil {
			return err
		}
	}
	return nil
}

func serialize(ctx context.Context, cfg aws.Config, svc Service, op string, makeBody requestFunc, in middleware.SerializeInput, next middleware.SerializeHandler) (middleware.SerializeOutput, middleware.Metadata, error) {
	req, ok := in.Request.(*smithyhttp.Request)
	if !ok {
		return middleware.SerializeOutput{}, middleware.Metadata{}, fmt.Errorf("unexpected transport %T", in.Request)
	}
	u, err := endpoint(cfg, svc)
	if err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, err
	}
	body, contentType, err := makeBody(svc, op, in.Parameters)
	if err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, err
	}
	req.Method = "POST"
	req.URL.Scheme, req.URL.Host, req.URL.Path = u.Scheme, u.Host, "/"
	req.Host = u.Host
	if contentType != "" { // the query protocol
		req.Header.Set("Content-Type", contentType)
	} else {
		req.Header.Set("Content-Type", svc.ContentType)
		req.Header.Set("X-Amz-Target", svc.TargetPrefix+"."+op)
	}
	if req, err = req.SetStream(bytes.NewReader(body)); err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, err
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

// deserialize reads the answer's body, or the service's error (code and message) in a form the
// retryer reads (HTTP status, throttling codes).
func deserialize(ctx context.Context, perr errorFunc, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
	out, md, err := next.HandleDeserialize(ctx, in)
	if err != nil {
		return out, md, err
	}
	resp, ok := out.RawResponse.(*smithyhttp.Response)
	if !ok {
		return out, md, fmt.Errorf("unexpected response %T", out.RawResponse)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return out, md, &smithyhttp.ResponseError{Response: resp, Err: err}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		code, message := perr(body)
		if code == "" {
			code = fmt.Sprintf("HTTP%d", resp.StatusCode)
		}
		return out, md, &smithyhttp.ResponseError{Response: resp, Err: &smithy.GenericAPIError{Code: code, Message: message}}
	}
	out.Result = body
	return out, md, nil
}

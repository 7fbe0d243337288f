package secret

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

// Client is Secrets Manager's GetSecretValue and nothing else, on the SDK's own middleware stack,
// signer (Signature Version 4), retryer and HTTP client from an aws.Config: the same request, the
// same credentials and TLS as the SDK's client would send, without linking that client. The
// secretsmanager package brings every operation's types and a schema registry built at start-up
// (0.31 MB of each linux/arm64 binary that reads the phone-hash key, and 730 allocations of
// start-up; issue 13, docs/benchmarks.md); the one call here is a JSON POST. Options added to the
// configuration (cfg.APIOptions: make preflight's recorder, awsrecord) see the call as the SDK's
// client would show it: service "Secrets Manager", operation GetSecretValue, input with SecretId.
type Client struct {
	cfg    aws.Config
	signer *v4.Signer
}

// NewClient returns a client for cfg's region, credentials and endpoint (cfg.BaseEndpoint, as
// AWS_ENDPOINT_URL sets it for the emulator; otherwise the region's public endpoint).
func NewClient(cfg aws.Config) *Client { return &Client{cfg: cfg, signer: v4.NewSigner()} }

// Names as Secrets Manager's protocol (awsJson1_1) and the SDK call them.
const (
	serviceID     = "Secrets Manager"
	signingName   = "secretsmanager"
	operationName = "GetSecretValue"
	jsonTarget    = "secretsmanager.GetSecretValue"
)

// GetSecretValueInput is the request; its field is named as the SDK's, so that an APIOptions
// middleware that reads the SDK's input by field name reads this one too.
type GetSecretValueInput struct {
	SecretId *string //nolint:revive // the API's own name
}

// payloadHashKey carries the request body's SHA-256 (hex) from serialising to signing.
type payloadHashKey struct{}

type getSecretValueOutput struct {
	SecretString *string
	SecretBinary []byte
}

// SecretString reads the secret's string value; nil for a secret that has only a binary value.
func (c *Client) SecretString(ctx context.Context, id string) (*string, error) {
	stack := middleware.NewStack(operationName, smithyhttp.NewStackRequest)
	if err := c.addMiddleware(stack); err != nil {
		return nil, err
	}
	for _, opt := range c.cfg.APIOptions {
		if err := opt(stack); err != nil {
			return nil, err
		}
	}
	out, _, err := stack.HandleMiddleware(ctx, &GetSecretValueInput{SecretId: aws.String(id)}, smithyhttp.NewClientHandler(c.httpClient()))
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", serviceID, operationName, err)
	}
	return out.(*getSecretValueOutput).SecretString, nil
}

func (c *Client) httpClient() aws.HTTPClient {
	if c.cfg.HTTPClient != nil {
		return c.cfg.HTTPClient
	}
	return awshttp.NewBuildableClient()
}

func (c *Client) retryer() aws.Retryer {
	if c.cfg.Retryer != nil {
		return c.cfg.Retryer()
	}
	return retry.NewStandard()
}

func (c *Client) endpoint() (*url.URL, error) {
	ep := "https://secretsmanager." + c.cfg.Region + ".amazonaws.com"
	if c.cfg.BaseEndpoint != nil {
		ep = *c.cfg.BaseEndpoint
	}
	u, err := url.Parse(ep)
	if err != nil || u.Host == "" {
		return nil, fmt.Errorf("%s endpoint %q: not a URL", serviceID, ep)
	}
	return u, nil
}

// addMiddleware puts the call's steps on the stack in the SDK's order: metadata (Initialize),
// the JSON request (Serialize), its length (Build), retries then the signature (Finalize), the JSON
// answer (Deserialize).
func (c *Client) addMiddleware(stack *middleware.Stack) error {
	if err := stack.Initialize.Add(&awsmiddleware.RegisterServiceMetadata{ServiceID: serviceID, SigningName: signingName,
		Region: c.cfg.Region, OperationName: operationName}, middleware.Before); err != nil {
		return err
	}
	if err := stack.Serialize.Add(middleware.SerializeMiddlewareFunc("OperationSerializer", c.serialize), middleware.After); err != nil {
		return err
	}
	if err := stack.Build.Add(&smithyhttp.ComputeContentLength{}, middleware.After); err != nil {
		return err
	}
	if err := stack.Finalize.Add(middleware.FinalizeMiddlewareFunc("Signing", c.sign), middleware.After); err != nil {
		return err
	}
	if err := retry.AddRetryMiddlewares(stack, retry.AddRetryMiddlewaresOptions{Retryer: c.retryer()}); err != nil {
		return err
	}
	return stack.Deserialize.Add(middleware.DeserializeMiddlewareFunc("OperationDeserializer", deserialize), middleware.After)
}

func (c *Client) serialize(ctx context.Context, in middleware.SerializeInput, next middleware.SerializeHandler) (middleware.SerializeOutput, middleware.Metadata, error) {
	req, ok := in.Request.(*smithyhttp.Request)
	if !ok {
		return middleware.SerializeOutput{}, middleware.Metadata{}, fmt.Errorf("unexpected transport %T", in.Request)
	}
	params, ok := in.Parameters.(*GetSecretValueInput)
	if !ok {
		return middleware.SerializeOutput{}, middleware.Metadata{}, fmt.Errorf("unexpected input %T", in.Parameters)
	}
	u, err := c.endpoint()
	if err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, err
	}
	body, err := json.Marshal(params)
	if err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, err
	}
	req.Method = "POST"
	req.URL.Scheme, req.URL.Host, req.URL.Path = u.Scheme, u.Host, "/"
	req.Host = u.Host
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	req.Header.Set("X-Amz-Target", jsonTarget)
	if req, err = req.SetStream(bytes.NewReader(body)); err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, err
	}
	in.Request = req
	sum := sha256.Sum256(body)
	return next.HandleSerialize(middleware.WithStackValue(ctx, payloadHashKey{}, hex.EncodeToString(sum[:])), in)
}

// sign signs each attempt (the retryer runs before it) with the configuration's credentials.
func (c *Client) sign(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	req, ok := in.Request.(*smithyhttp.Request)
	if !ok {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("unexpected transport %T", in.Request)
	}
	if c.cfg.Credentials == nil {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, errors.New("no credentials in the configuration")
	}
	creds, err := c.cfg.Credentials.Retrieve(ctx)
	if err != nil {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("credentials: %w", err)
	}
	hash, _ := middleware.GetStackValue(ctx, payloadHashKey{}).(string)
	if err := c.signer.SignHTTP(ctx, creds, req.Request, hash, signingName, c.cfg.Region, time.Now().UTC()); err != nil {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("sign: %w", err)
	}
	return next.HandleFinalize(ctx, in)
}

// deserialize reads the answer: the value, or the service's error (code and message) in a form the
// retryer reads (HTTP status, throttling codes).
func deserialize(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
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
		var e struct {
			Type    string `json:"__type"`
			Message string `json:"message"`
			Msg     string `json:"Message"`
		}
		_ = json.Unmarshal(body, &e) // an answer that is not JSON keeps its status
		code := e.Type[strings.LastIndexByte(e.Type, '#')+1:]
		if code == "" {
			code = fmt.Sprintf("HTTP%d", resp.StatusCode)
		}
		return out, md, &smithyhttp.ResponseError{Response: resp, Err: &smithy.GenericAPIError{Code: code, Message: e.Message + e.Msg}}
	}
	var v getSecretValueOutput
	if err := json.Unmarshal(body, &v); err != nil {
		return out, md, &smithyhttp.ResponseError{Response: resp, Err: fmt.Errorf("answer: %w", err)}
	}
	out.Result = &v
	return out, md, nil
}

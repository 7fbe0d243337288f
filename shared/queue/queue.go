// Package queue is the SQS adapter: it puts submissions on the feedback-intake queue and defers
// contact events through the quiet hours.
package queue

import (
	"context"
	"crypto/md5" //nolint:gosec // G501: MD5 is SQS's own digest of the message body, checked as the API answers it; not security
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/awscall"
	"borgerfeedback/shared/feedback"
)

// API sends one message to a queue, delivered after delaySeconds (0–900): Client.
type API interface {
	SendMessage(ctx context.Context, queueURL, body string, delaySeconds int32) error
}

// Client is SQS's SendMessage and nothing else, made by shared/awscall: the request the SDK's
// client sends, signed and retried the same way, with the same check of the body's MD5 digest in
// the answer, without linking that client (its types and start-up schema registry cost the form
// and invite 0.3–0.4 MB of linux/arm64 binary and a share of their cold start; issue 13).
type Client struct{ cfg aws.Config }

// NewClient returns a client for cfg's region, credentials and endpoint.
func NewClient(cfg aws.Config) *Client { return &Client{cfg: cfg} }

var sqsService = awscall.Service{ID: "SQS", SigningName: "sqs", Endpoint: "sqs", TargetPrefix: "AmazonSQS", ContentType: "application/x-amz-json-1.0"}

// SendMessageInput is the request, its fields named as the SDK's (see awscall).
type SendMessageInput struct {
	QueueUrl     *string //nolint:revive // the API's own names
	MessageBody  *string
	DelaySeconds int32 `json:",omitempty"`
}

// SendMessage implements API.
func (c *Client) SendMessage(ctx context.Context, queueURL, body string, delaySeconds int32) error {
	var out struct{ MD5OfMessageBody string }
	if err := awscall.JSON(ctx, c.cfg, sqsService, "SendMessage", &SendMessageInput{QueueUrl: aws.String(queueURL), MessageBody: aws.String(body), DelaySeconds: delaySeconds}, &out); err != nil {
		return err
	}
	if sum := md5.Sum([]byte(body)); out.MD5OfMessageBody != hex.EncodeToString(sum[:]) { //nolint:gosec // G401: SQS's integrity digest, as above
		return fmt.Errorf("SQS SendMessage: the answer's body digest %q is not the message's %x", out.MD5OfMessageBody, sum)
	}
	return nil
}

// Queue sends to one queue URL.
type Queue struct {
	api API
	url string
}

var _ feedback.SubmissionQueue = (*Queue)(nil)

// New returns a queue sending to url.
func New(api API, url string) *Queue { return &Queue{api: api, url: url} }

// Enqueue implements feedback.SubmissionQueue: it returns once SQS has accepted the message.
func (q *Queue) Enqueue(ctx context.Context, sub feedback.Submission) error {
	body, err := json.Marshal(sub)
	if err != nil {
		return fmt.Errorf("marshal submission %s: %w", sub.Reference, err)
	}
	if err := q.api.SendMessage(ctx, q.url, string(body), 0); err != nil {
		return fmt.Errorf("enqueue submission %s: %w", sub.Reference, err)
	}
	return nil
}

// MaxDelay is the longest delay SQS gives a message (DelaySeconds ≤ 900).
const MaxDelay = 15 * time.Minute

// Defer sends body to the queue again, to be delivered after delay (at most MaxDelay). invite uses
// it to hold a contact through the quiet hours.
func (q *Queue) Defer(ctx context.Context, body []byte, delay time.Duration) error {
	secs := int32(min(max((delay+time.Second-1)/time.Second, 0), MaxDelay/time.Second))
	if err := q.api.SendMessage(ctx, q.url, string(body), secs); err != nil {
		return fmt.Errorf("defer message: %w", err)
	}
	return nil
}

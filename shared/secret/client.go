package secret

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/awscall"
)

// Client is Secrets Manager's GetSecretValue and nothing else, made by shared/awscall: the request
// the SDK's client sends, signed and retried the same way, without linking that client (its types
// and start-up schema registry cost invite 0.20 MB and triage 0.27 MB of linux/arm64 binary; issue
// 13, docs/benchmarks.md).
type Client struct{ cfg aws.Config }

// NewClient returns a client for cfg's region, credentials and endpoint (cfg.BaseEndpoint, as
// AWS_ENDPOINT_URL sets it for the emulator; otherwise the region's public endpoint).
func NewClient(cfg aws.Config) *Client { return &Client{cfg: cfg} }

var secretsManager = awscall.Service{ID: "Secrets Manager", SigningName: "secretsmanager", Endpoint: "secretsmanager",
	TargetPrefix: "secretsmanager", ContentType: "application/x-amz-json-1.1"}

// GetSecretValueInput is the request, its field named as the SDK's (see awscall).
type GetSecretValueInput struct {
	SecretId *string //nolint:revive // the API's own name
}

// SecretString reads the secret's string value; nil for a secret that has only a binary value.
func (c *Client) SecretString(ctx context.Context, id string) (*string, error) {
	var out struct{ SecretString *string }
	if err := awscall.JSON(ctx, c.cfg, secretsManager, "GetSecretValue", &GetSecretValueInput{SecretId: aws.String(id)}, &out); err != nil {
		return nil, err
	}
	return out.SecretString, nil
}

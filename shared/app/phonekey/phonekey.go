// Package phonekey gives the functions that hash phone numbers the HMAC key from Secrets Manager
// (invite hashes callers' numbers with it; triage hashes a number staff type in to lift a
// safety-list entry). The key is read on first use, not at start-up, so neither function makes a
// network call before it can answer its first event. It is a package of its own so that only the
// functions that need the key link the Secrets Manager call (secret.Client, not the SDK's client).
package phonekey

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/config"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/secret"
)

// Loader returns the key named by PHONE_HASH_SECRET_ARN, read on the first call and kept; a failed
// read is tried again on the next call (secret.Cached). Check env.Err() before calling it.
func Loader(cfg aws.Config, secretARN string) func(context.Context) ([]byte, error) {
	return secret.New(secret.NewClient(cfg), secretARN).Bytes
}

// ARN reads PHONE_HASH_SECRET_ARN (required).
func ARN(env *config.Env) string { return env.Required(resources.EnvPhoneHashSecretARN) }

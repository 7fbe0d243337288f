// Package phonekey reads the phone-hash HMAC key from Secrets Manager at start-up (invite hashes
// callers' numbers with it; triage hashes a number staff type in to lift a safety-list entry). It
// is a package of its own so that only the functions that need the key link the Secrets Manager client.
package phonekey

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"

	"borgerfeedback/shared/config"
	"borgerfeedback/shared/resources"
)

// Read returns the key named by PHONE_HASH_SECRET_ARN. Check env.Err() before calling it.
func Read(ctx context.Context, cfg aws.Config, secretARN string) ([]byte, error) {
	sec, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(secretARN)})
	if err != nil {
		return nil, fmt.Errorf("read phone-hash key from %s: %w", resources.EnvPhoneHashSecretARN, err)
	}
	return []byte(aws.ToString(sec.SecretString)), nil
}

// ARN reads PHONE_HASH_SECRET_ARN (required).
func ARN(env *config.Env) string { return env.Required(resources.EnvPhoneHashSecretARN) }

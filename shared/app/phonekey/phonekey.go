// Package phonekey gives the functions that hash phone numbers the HMAC keys from Secrets Manager
// (invite hashes callers' numbers with them; triage hashes a number staff type in to lift a
// safety-list entry or an opt-out; the reminder sweep opens sealed numbers). The secret is read on
// first use, not at start-up, so no function makes a network call before it can answer its first
// event. It is a package of its own so that only the functions that need the key link the Secrets
// Manager call (secret.Client, not the SDK's client).
package phonekey

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/config"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/secret"
)

// Loader returns the keys named by PHONE_HASH_SECRET_ARN (invite.ParsePhoneKeys: the plain key, or
// the current key with previous ones after a rotation), read on the first call and kept; a failed
// read is tried again on the next call (secret.Cached), and a value that does not parse fails every
// call until the secret is fixed and the function recycled. Check env.Err() before calling it.
func Loader(cfg aws.Config, secretARN string) func(context.Context) (invite.PhoneKeys, error) {
	return Parsed(secret.New(secret.NewClient(cfg), secretARN).Bytes)
}

// Parsed turns a loader of the secret's value into a loader of its keys, parsed once.
func Parsed(read func(context.Context) ([]byte, error)) func(context.Context) (invite.PhoneKeys, error) {
	var (
		mu   sync.Mutex
		keys *invite.PhoneKeys
	)
	return func(ctx context.Context) (invite.PhoneKeys, error) {
		mu.Lock()
		defer mu.Unlock()
		if keys != nil {
			return *keys, nil
		}
		value, err := read(ctx)
		if err != nil {
			return invite.PhoneKeys{}, err
		}
		k, err := invite.ParsePhoneKeys(value)
		if err != nil {
			return invite.PhoneKeys{}, err
		}
		keys = &k
		return k, nil
	}
}

// ARN reads PHONE_HASH_SECRET_ARN (required).
func ARN(env *config.Env) string { return env.Required(resources.EnvPhoneHashSecretARN) }

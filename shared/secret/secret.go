// Package secret reads a Secrets Manager secret on first use and keeps it for the life of the
// process, so a function makes no network call before it can answer its first event. Client makes
// the one call (GetSecretValue) without the SDK's Secrets Manager client (see Client).
package secret

import (
	"context"
	"fmt"
	"sync"
)

// API reads a secret's string value (nil when the secret has only a binary value): Client.
type API interface {
	SecretString(ctx context.Context, id string) (*string, error)
}

// Cached is one secret's string value, read on the first call of Bytes. A failed read is not kept:
// the next call reads again (the refresh on failure). A value read is kept until the process ends
// (after rotating the secret, recycle the function's execution environments: docs/ops.md).
type Cached struct {
	api API
	id  string

	mu    sync.Mutex // held across the read, so concurrent first uses make one call
	value []byte
}

// New returns the secret id (name or ARN) read through api.
func New(api API, id string) *Cached { return &Cached{api: api, id: id} }

// Bytes returns the secret's string value.
func (c *Cached) Bytes(ctx context.Context) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.value != nil {
		return c.value, nil
	}
	s, err := c.api.SecretString(ctx, c.id)
	if err != nil {
		return nil, fmt.Errorf("read secret %s: %w", c.id, err)
	}
	if s == nil {
		return nil, fmt.Errorf("secret %s has no string value", c.id)
	}
	c.value = []byte(*s)
	return c.value, nil
}

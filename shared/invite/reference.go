package invite

import "crypto/rand"

// referenceAlphabet is Crockford's base32 without the letters people confuse (I, L, O, U).
const referenceAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// NewReference draws a random FB-XXXXXXXX reference (40 bits). Uniqueness is enforced by the store's
// conditional claim, not by chance.
func NewReference() (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	out := []byte("FB-")
	for _, x := range b {
		out = append(out, referenceAlphabet[x&31])
	}
	return string(out), nil
}

package invite

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
)

// PhoneKeys is the phone-hash key set read from the secret: Current hashes every number stored from
// now on; Previous are the keys of earlier rotations (docs/ops.md, "Rotating the phone-hash key"),
// under which invite still looks for a safety-list entry, an opt-out and a frequency row (and moves
// what it finds to Current's hash), triage still lifts, and the reminder sweep still opens.
type PhoneKeys struct {
	Current  []byte
	Previous [][]byte
}

// phoneKeysDocument is the secret's JSON form after a rotation.
type phoneKeysDocument struct {
	Current  string   `json:"current"`
	Previous []string `json:"previous"`
}

// ParsePhoneKeys reads the phone-hash secret's value. Two forms:
//
//   - the key itself (what the stack generates: 64 letters and digits), taken byte for byte as
//     before rotations existed, with no previous key;
//   - a JSON document {"current": "<key>", "previous": ["<older key>", …]} once a key was rotated.
//
// A value whose first non-blank character is "{" must be that document: a typo in it is an error,
// never read as a plain key (which would change every hash and in effect empty the safety list).
// Every key must be at least 16 bytes; previous keys must differ from the current one and from each
// other.
func ParsePhoneKeys(secret []byte) (PhoneKeys, error) {
	if !bytes.HasPrefix(bytes.TrimSpace(secret), []byte("{")) {
		if len(secret) < minPhoneKeyBytes {
			return PhoneKeys{}, fmt.Errorf("phone-hash key is %d bytes, want at least %d", len(secret), minPhoneKeyBytes)
		}
		return PhoneKeys{Current: secret}, nil
	}
	var doc phoneKeysDocument
	dec := json.NewDecoder(bytes.NewReader(secret))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return PhoneKeys{}, fmt.Errorf(`phone-hash secret: want {"current": "<key>", "previous": ["<key>", …]}: %w`, err)
	}
	if dec.More() {
		return PhoneKeys{}, errors.New("phone-hash secret: text after the JSON document")
	}
	keys := PhoneKeys{Current: []byte(doc.Current)}
	seen := map[string]bool{doc.Current: true}
	if len(doc.Current) < minPhoneKeyBytes {
		return PhoneKeys{}, fmt.Errorf("phone-hash secret: current key is %d bytes, want at least %d", len(doc.Current), minPhoneKeyBytes)
	}
	for i, p := range doc.Previous {
		switch {
		case len(p) < minPhoneKeyBytes:
			return PhoneKeys{}, fmt.Errorf("phone-hash secret: previous key %d is %d bytes, want at least %d", i+1, len(p), minPhoneKeyBytes)
		case seen[p]:
			return PhoneKeys{}, fmt.Errorf("phone-hash secret: previous key %d repeats the current key or an earlier previous key", i+1)
		}
		seen[p] = true
		keys.Previous = append(keys.Previous, []byte(p))
	}
	return keys, nil
}

// validate checks keys given directly (tests, tools) or by a loader as ParsePhoneKeys would.
func (k PhoneKeys) validate() error {
	if len(k.Current) < minPhoneKeyBytes {
		return fmt.Errorf("phone-hash key is %d bytes, want at least %d", len(k.Current), minPhoneKeyBytes)
	}
	for i, p := range k.Previous {
		if len(p) < minPhoneKeyBytes {
			return fmt.Errorf("previous phone-hash key %d is %d bytes, want at least %d", i+1, len(p), minPhoneKeyBytes)
		}
	}
	return nil
}

// Hash is the number's keyed hash under the current key: the one everything is stored under.
func (k PhoneKeys) Hash(phone string) string { return PhoneHash(k.Current, phone) }

// PreviousHashes are the number's hashes under the previous keys, in their order (none when no key
// was rotated).
func (k PhoneKeys) PreviousHashes(phone string) []string {
	if len(k.Previous) == 0 {
		return nil
	}
	hashes := make([]string, len(k.Previous))
	for i, p := range k.Previous {
		hashes[i] = PhoneHash(p, phone)
	}
	return hashes
}

// PhoneHash is the keyed hash under which a phone number is stored.
func PhoneHash(key []byte, phone string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(NormalisePhone(phone)))
	return hex.EncodeToString(m.Sum(nil))
}

package triage_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"

	"borgerfeedback/shared/app/phonekey"
	"borgerfeedback/shared/app/triageapp"
	"borgerfeedback/shared/auth/cognitologin"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/triage"
)

// recordedSMS is the SMS provider of the rotation test: it records every number texted.
type recordedSMS struct {
	mu   sync.Mutex
	sent map[string]int
}

func (r *recordedSMS) Send(_ context.Context, phone, _ string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sent[phone]++
	return nil
}
func (r *recordedSMS) OptedOut(context.Context, string) (bool, error) { return false, nil }
func (r *recordedSMS) to(phone string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sent[phone]
}

// TestKeyRotationOnTheEmulator follows docs/ops.md's rotation on moto, through the functions' own
// key loading (Secrets Manager, shared/app/phonekey): a number listed, one invited and one opted
// out under the generated (plain) key; the secret rotated to {"current": new, "previous": [old]}
// and the functions recycled; contacts from the three numbers get no SMS (safetyList, frequency,
// optedOut) and their rows are moved to the new key's hash with their original values; staff lift
// the listing and the opt-out through the API, which lifts them under both keys, and the next
// contact from each number is invited.
func TestKeyRotationOnTheEmulator(t *testing.T) {
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	out, err := motostack.Provision(ctx, cfg, motostack.Options{})
	if err != nil {
		t.Fatal(err)
	}
	store := dynamo.New(dynamocall.New(cfg), out.TableName, dynamo.Retention{})
	db := dynamodb.NewFromConfig(cfg)
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	sms := &recordedSMS{sent: map[string]int{}}
	at := time.Now().UTC().Add(-2 * time.Hour)
	// inviteService is invite as a (re)started function: a fresh execution environment, which
	// reads the secret on its first contact.
	inviteService := func() *invite.Service {
		c := invite.Config{PublicBaseURL: "https://feedback.politi.dk", SamplingRate: 1, LoadPhoneKey: phonekey.Loader(cfg, out.PhoneHashSecretARN)}
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
		return invite.NewService(c, store, sms, func() time.Time { return at }, log)
	}
	contact := func(svc *invite.Service, id, phone string, sensitive bool) {
		t.Helper()
		c := feedback.Contact{ContactID: id, Channel: "114", EndedAt: at, Language: "da", Sensitive: sensitive,
			Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Caller: feedback.Caller{Phone: phone}}
		if err := svc.Handle(ctx, c); err != nil {
			t.Fatalf("contact %s: %v", id, err)
		}
	}
	outcome := func(id, hash string) string {
		t.Helper()
		o, err := store.ContactOutcome(ctx, id, hash)
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	row := func(hash, sk string) map[string]types.AttributeValue {
		t.Helper()
		got, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(out.TableName), ConsistentRead: aws.Bool(true), Key: map[string]types.AttributeValue{
			"PK": &types.AttributeValueMemberS{Value: "PHONE#" + hash}, "SK": &types.AttributeValueMemberS{Value: sk}}})
		if err != nil {
			t.Fatal(err)
		}
		return got.Item
	}
	const listed, invited, optedOut = "+4520111111", "+4520222222", "+4520333333"

	// Before: the secret as the stack generates it, one key.
	sm := secretsmanager.NewFromConfig(cfg)
	sec, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(out.PhoneHashSecretARN)})
	if err != nil {
		t.Fatal(err)
	}
	oldKey := aws.ToString(sec.SecretString)
	before := inviteService()
	contact(before, "c-sensitive", listed, true)
	contact(before, "c-invited", invited, false)
	if err := store.OptOut(ctx, invite.PhoneHash([]byte(oldKey), optedOut), at); err != nil { // the link's "no more SMS"
		t.Fatal(err)
	}
	if sms.to(listed) != 0 || sms.to(invited) != 1 {
		t.Fatalf("before the rotation: %v SMS, want one to the invited number only", sms.sent)
	}

	// The rotation (docs/ops.md): the new key current, the old one previous; then recycle.
	newKey := strings.Repeat("n3wK", 16)
	doc, _ := json.Marshal(map[string]any{"current": newKey, "previous": []string{oldKey}})
	if _, err := sm.PutSecretValue(ctx, &secretsmanager.PutSecretValueInput{SecretId: aws.String(out.PhoneHashSecretARN), SecretString: aws.String(string(doc))}); err != nil {
		t.Fatal(err)
	}
	after := inviteService()
	at = at.Add(24 * time.Hour) // a day later: within the invited number's 30-day window
	for _, tc := range []struct{ id, phone, want, sk string }{
		{"c-listed-after", listed, "suppressed:" + invite.ReasonSafetyList, "SAFETY"},
		{"c-invited-after", invited, "suppressed:" + invite.ReasonFrequency, "PHONE"},
		{"c-optedout-after", optedOut, "suppressed:" + invite.ReasonOptedOut, "OPTOUT"},
		{"c-listed-again", listed, "suppressed:" + invite.ReasonSafetyList, "SAFETY"}, // now found under the new key
	} {
		oldHash, newHash := invite.PhoneHash([]byte(oldKey), tc.phone), invite.PhoneHash([]byte(newKey), tc.phone)
		contact(after, tc.id, tc.phone, false)
		if got := outcome(tc.id, newHash); got != tc.want {
			t.Errorf("%s after the rotation: %q, want %q", tc.id, got, tc.want)
		}
		moved, orig := row(newHash, tc.sk), row(oldHash, tc.sk)
		if len(orig) == 0 || len(moved) != len(orig) {
			t.Fatalf("%s: %s row with %d attributes under the new key, %d under the old: want it moved whole", tc.id, tc.sk, len(moved), len(orig))
		}
		for k, v := range orig {
			if k == "PK" {
				continue
			}
			if !attrEqual(moved[k], v) {
				t.Errorf("%s: %s row moved with %s = %v, want the original %v", tc.id, tc.sk, k, moved[k], v)
			}
		}
	}
	for _, p := range []string{listed, invited, optedOut} {
		if n := sms.to(p); n != map[string]int{invited: 1}[p] {
			t.Errorf("%d SMS to %s after the rotation, want none", n-map[string]int{invited: 1}[p], p)
		}
	}

	// Staff lift the listing and the opt-out under the new key (triage recycled too).
	env := config.FromMap(map[string]string{resources.EnvUserPoolID: out.UserPoolID, resources.EnvUserPoolClientID: out.UserPoolClientID,
		resources.EnvAuthMode: resources.AuthModeLocal})
	h, err := triageapp.Handler(cfg, env, store, triage.Config{SLA: feedback.DefaultSLA(), Log: log, LoadPhoneKey: phonekey.Loader(cfg, out.PhoneHashSecretARN)}, cognitologin.LocalSignIn)
	if err != nil {
		t.Fatal(err)
	}
	tok := stack{out: out, store: store, handler: h}.login(t)
	if rec := call(t, h, "POST", "/api/safety-list/lifts", tok, `{"phone":"`+listed+`","reason":"Opført ved en fejl; vurderet forsvarligt"}`); rec.Code != 201 ||
		!strings.Contains(rec.Body.String(), `"class":"sensitive"`) {
		t.Fatalf("lift: %d %s", rec.Code, rec.Body)
	}
	if rec := call(t, h, "POST", "/api/opt-outs/lifts", tok, `{"phone":"`+optedOut+`","consent":"Borgeren ringede 114 og bad selv om SMS igen"}`); rec.Code != 201 {
		t.Fatalf("opt-out lift: %d %s", rec.Code, rec.Body)
	}
	for _, k := range []string{oldKey, newKey} {
		if _, err := store.SafetyEntry(ctx, invite.PhoneHash([]byte(k), listed)); !errors.Is(err, feedback.ErrNotFound) {
			t.Errorf("safety-list entry after the lift, under the %s key: %v", map[string]string{oldKey: "old", newKey: "new"}[k], err)
		}
		if opted, err := store.OptedOut(ctx, invite.PhoneHash([]byte(k), optedOut)); err != nil || opted {
			t.Errorf("opt-out after the lift, under the %s key: %v %v", map[string]string{oldKey: "old", newKey: "new"}[k], opted, err)
		}
	}
	rec := call(t, h, "GET", "/api/safety-list/lifts", tok, "")
	if lifts := decode[triage.Lifts](t, rec.Body); len(lifts.Lifts) != 2 {
		t.Errorf("%d audit records of the lift, want one per key it was stored under (2): %s", len(lifts.Lifts), rec.Body)
	}
	// Nothing under the old key brings them back: the next contacts are invited.
	at = at.Add(time.Hour)
	contact(after, "c-listed-lifted", listed, false)
	contact(after, "c-optedout-lifted", optedOut, false)
	if sms.to(listed) != 1 || sms.to(optedOut) != 1 {
		t.Errorf("after the lifts: %d SMS to the listed number, %d to the opted-out one; want 1 each", sms.to(listed), sms.to(optedOut))
	}
}

// attrEqual compares two stored attribute values (strings and numbers, as the phone rows hold).
func attrEqual(a, b types.AttributeValue) bool {
	switch av := a.(type) {
	case *types.AttributeValueMemberS:
		bv, ok := b.(*types.AttributeValueMemberS)
		return ok && av.Value == bv.Value
	case *types.AttributeValueMemberN:
		bv, ok := b.(*types.AttributeValueMemberN)
		return ok && av.Value == bv.Value
	}
	return false
}

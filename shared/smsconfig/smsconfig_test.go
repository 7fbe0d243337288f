package smsconfig

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/cfn"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

type fakeSNS struct {
	got []map[string]string
	err error
}

func (f *fakeSNS) SetSMSAttributes(_ context.Context, in *sns.SetSMSAttributesInput, _ ...func(*sns.Options)) (*sns.SetSMSAttributesOutput, error) {
	f.got = append(f.got, in.Attributes)
	return &sns.SetSMSAttributesOutput{}, f.err
}

func TestHandler(t *testing.T) {
	props := map[string]any{PropMonthlySpendLimit: "25", PropSenderID: "Politiet"}
	cases := []struct {
		name    string
		ev      cfn.Event
		snsErr  error
		want    map[string]string // nil: no call
		wantErr string
		wantID  string
	}{
		{"create", cfn.Event{RequestType: cfn.RequestCreate, ResourceProperties: props}, nil,
			map[string]string{"MonthlySpendLimit": "25", "DefaultSenderID": "Politiet", "DefaultSMSType": "Transactional"}, "", PhysicalID},
		{"update", cfn.Event{RequestType: cfn.RequestUpdate, PhysicalResourceID: PhysicalID, ResourceProperties: props}, nil,
			map[string]string{"MonthlySpendLimit": "25", "DefaultSenderID": "Politiet", "DefaultSMSType": "Transactional"}, "", PhysicalID},
		{"delete leaves the settings", cfn.Event{RequestType: cfn.RequestDelete, PhysicalResourceID: PhysicalID, ResourceProperties: props}, nil, nil, "", PhysicalID},
		{"bad limit", cfn.Event{RequestType: cfn.RequestCreate, ResourceProperties: map[string]any{PropMonthlySpendLimit: "ten", PropSenderID: "Politiet"}}, nil, nil, PropMonthlySpendLimit, PhysicalID},
		{"bad sender id", cfn.Event{RequestType: cfn.RequestCreate, ResourceProperties: map[string]any{PropMonthlySpendLimit: "1", PropSenderID: "Rigspolitiet!"}}, nil, nil, PropSenderID, PhysicalID},
		{"quota exceeded", cfn.Event{RequestType: cfn.RequestCreate, ResourceProperties: props}, errors.New("InvalidParameter"),
			map[string]string{"MonthlySpendLimit": "25", "DefaultSenderID": "Politiet", "DefaultSMSType": "Transactional"}, "support case", PhysicalID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := &fakeSNS{err: c.snsErr}
			id, _, err := Handler(f, slog.New(slog.NewJSONHandler(io.Discard, nil)))(context.Background(), c.ev)
			if c.wantErr == "" && err != nil || c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
				t.Fatalf("err = %v, want %q", err, c.wantErr)
			}
			if id != c.wantID {
				t.Errorf("physical id %q, want %q", id, c.wantID)
			}
			if c.want == nil && len(f.got) > 0 || c.want != nil && (len(f.got) != 1 || !equal(f.got[0], c.want)) {
				t.Errorf("SetSMSAttributes calls %v, want %v", f.got, c.want)
			}
		})
	}
}

func equal(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

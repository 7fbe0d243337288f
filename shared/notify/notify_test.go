package notify_test

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/sns"

	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/notify"
)

// TestSMSAgainstEmulator: the adapter publishes to a phone number and reads SNS's opt-out list
// (moto treats numbers ending in 99 as opted out), or skips the check when told to.
func TestSMSAgainstEmulator(t *testing.T) {
	ctx := context.Background()
	api := sns.NewFromConfig(motostack.AWSConfig(ctx, motostack.StartMoto(t)))
	tests := []struct {
		name  string
		check bool
		phone string
		want  bool
	}{
		{"opted out at the provider", true, "+4520000099", true},
		{"not opted out", true, "+4520000098", false},
		{"check off", false, "+4520000099", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := notify.NewSMS(api, "Politiet", tt.check).OptedOut(ctx, tt.phone)
			if err != nil || got != tt.want {
				t.Errorf("OptedOut(%s) = %v, %v; want %v", tt.phone, got, err, tt.want)
			}
		})
	}
	if err := notify.NewSMS(api, "Politiet", true).Send(ctx, "+4520000098", "Tak"); err != nil {
		t.Fatal(err)
	}
}

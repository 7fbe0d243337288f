// Package smsconfig applies the account's SNS text-messaging settings (monthly spend limit, sender
// id, transactional type) as a CloudFormation custom resource: SNS has no resource type for them.
package smsconfig

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strconv"

	"github.com/aws/aws-lambda-go/cfn"
	"github.com/aws/aws-sdk-go-v2/service/sns"
)

// Custom resource properties (set by infra/stack).
const (
	PropMonthlySpendLimit = "MonthlySpendLimit" // whole US dollars
	PropSenderID          = "SenderId"          // alphanumeric, 1–11 characters
)

// PhysicalID names the one set of account settings the resource stands for.
const PhysicalID = "borgerfeedback-sms-settings"

// API is the SNS call this package uses.
type API interface {
	SetSMSAttributes(ctx context.Context, in *sns.SetSMSAttributesInput, opts ...func(*sns.Options)) (*sns.SetSMSAttributesOutput, error)
}

var senderID = regexp.MustCompile(`^[A-Za-z0-9]{1,11}$`)

// Settings are the validated properties.
type Settings struct {
	MonthlySpendLimit int
	SenderID          string
}

// Parse validates a custom resource's properties.
func Parse(props map[string]any) (Settings, error) {
	var s Settings
	limit, _ := props[PropMonthlySpendLimit].(string)
	n, err := strconv.Atoi(limit)
	if err != nil || n < 0 {
		return s, fmt.Errorf("%s=%q: want a whole number of US dollars", PropMonthlySpendLimit, limit)
	}
	s.MonthlySpendLimit = n
	s.SenderID, _ = props[PropSenderID].(string)
	if !senderID.MatchString(s.SenderID) {
		return s, fmt.Errorf("%s=%q: want 1 to 11 letters or digits", PropSenderID, s.SenderID)
	}
	return s, nil
}

// Handler applies the settings on Create and Update. Delete leaves them: they are account-wide,
// and the limit staying in force is the safe side.
func Handler(api API, log *slog.Logger) cfn.CustomResourceFunction {
	return func(ctx context.Context, ev cfn.Event) (string, map[string]any, error) {
		if ev.RequestType == cfn.RequestDelete {
			return ev.PhysicalResourceID, nil, nil
		}
		s, err := Parse(ev.ResourceProperties)
		if err != nil {
			return PhysicalID, nil, err
		}
		_, err = api.SetSMSAttributes(ctx, &sns.SetSMSAttributesInput{Attributes: map[string]string{
			"MonthlySpendLimit": strconv.Itoa(s.MonthlySpendLimit),
			"DefaultSenderID":   s.SenderID,
			"DefaultSMSType":    "Transactional",
		}})
		if err != nil {
			return PhysicalID, nil, fmt.Errorf("set SMS attributes (a limit above the account's SMS quota needs an AWS support case first): %w", err)
		}
		log.InfoContext(ctx, "SMS settings applied", "monthlySpendLimit", s.MonthlySpendLimit, "senderId", s.SenderID)
		return PhysicalID, nil, nil
	}
}

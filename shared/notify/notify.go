// Package notify is the SNS adapter: invitation SMS to citizens and urgent-feedback alerts to staff.
package notify

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sns/types"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
)

// API is the part of the SNS client the adapters use.
type API interface {
	Publish(ctx context.Context, in *sns.PublishInput, opts ...func(*sns.Options)) (*sns.PublishOutput, error)
	CheckIfPhoneNumberIsOptedOut(ctx context.Context, in *sns.CheckIfPhoneNumberIsOptedOutInput, opts ...func(*sns.Options)) (*sns.CheckIfPhoneNumberIsOptedOutOutput, error)
}

// SMS sends transactional text messages directly to phone numbers.
type SMS struct {
	api         API
	senderID    string // alphanumeric sender id, e.g. "Politiet"; empty leaves the account default
	checkOptOut bool
}

var _ invite.SMS = (*SMS)(nil)

// NewSMS returns the SMS adapter. checkOptOut asks SNS's opt-out list before each invitation; the
// local stack turns it off because moto reports every number ending in 99 as opted out.
func NewSMS(api API, senderID string, checkOptOut bool) *SMS {
	return &SMS{api: api, senderID: senderID, checkOptOut: checkOptOut}
}

// Send implements invite.SMS.
func (s *SMS) Send(ctx context.Context, phone, message string) error {
	attrs := map[string]types.MessageAttributeValue{
		"AWS.SNS.SMS.SMSType": {DataType: aws.String("String"), StringValue: aws.String("Transactional")},
	}
	if s.senderID != "" {
		attrs["AWS.SNS.SMS.SenderID"] = types.MessageAttributeValue{DataType: aws.String("String"), StringValue: aws.String(s.senderID)}
	}
	_, err := s.api.Publish(ctx, &sns.PublishInput{PhoneNumber: aws.String(phone), Message: aws.String(message), MessageAttributes: attrs})
	return err
}

// OptedOut implements invite.SMS with SNS's own opt-out list (people who replied STOP).
func (s *SMS) OptedOut(ctx context.Context, phone string) (bool, error) {
	if !s.checkOptOut {
		return false, nil
	}
	out, err := s.api.CheckIfPhoneNumberIsOptedOut(ctx, &sns.CheckIfPhoneNumberIsOptedOutInput{PhoneNumber: aws.String(phone)})
	if err != nil {
		return false, err
	}
	return out.IsOptedOut, nil
}

// Alerts publishes urgent feedback to the alert topic: reference and routing only, never free text.
type Alerts struct {
	api   API
	topic string
}

// NewAlerts returns the alert publisher for a topic ARN.
func NewAlerts(api API, topicARN string) *Alerts { return &Alerts{api: api, topic: topicARN} }

// Urgent publishes an alert for an urgent item.
func (a *Alerts) Urgent(ctx context.Context, it feedback.Item) error {
	body, err := json.Marshal(map[string]any{
		"type": "urgent_feedback", "reference": it.ID, "priority": it.Priority, "team": it.Team,
		"district": it.District, "channel": it.Channel, "centre": it.CentreID, "category": it.Category,
		"submittedAt": it.SubmittedAt,
	})
	if err != nil {
		return err
	}
	subject := fmt.Sprintf("Urgent feedback %s (%s)", it.ID, it.Team)
	_, err = a.api.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(a.topic), Subject: aws.String(subject), Message: aws.String(string(body))})
	return err
}

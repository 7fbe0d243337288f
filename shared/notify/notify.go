// Package notify is the SNS adapter: invitation SMS to citizens and urgent-feedback alerts to staff.
package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/awscall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
)

// API is the part of SNS the adapters use: Client.
type API interface {
	Publish(ctx context.Context, in *PublishInput) error
	CheckIfPhoneNumberIsOptedOut(ctx context.Context, phone string) (bool, error)
}

// Client is SNS's Publish and CheckIfPhoneNumberIsOptedOut, made by shared/awscall (the query
// protocol): the requests the SDK's client sends, signed and retried the same way, without linking
// that client (its types, XML serializers and start-up schema registry cost invite and classify
// about 0.5 MB of linux/arm64 binary each; issue 13, docs/benchmarks.md).
type Client struct{ cfg aws.Config }

// NewClient returns a client for cfg's region, credentials and endpoint.
func NewClient(cfg aws.Config) *Client { return &Client{cfg: cfg} }

var snsService = awscall.Service{ID: "SNS", SigningName: "sns", Endpoint: "sns", Version: "2010-03-31"}

// PublishInput is a message to a topic or to a phone number, its fields named as the SDK's (see
// awscall).
type PublishInput struct {
	TopicArn          *string // the API's own names
	PhoneNumber       *string
	Subject           *string
	Message           *string
	MessageAttributes map[string]string // name → string value (DataType String)
}

// Form implements awscall.Form as the SDK serialises the input: attributes in name order.
func (in *PublishInput) Form() url.Values {
	v := url.Values{}
	for _, f := range []struct {
		name  string
		value *string
	}{{"TopicArn", in.TopicArn}, {"PhoneNumber", in.PhoneNumber}, {"Subject", in.Subject}, {"Message", in.Message}} {
		if f.value != nil {
			v.Set(f.name, *f.value)
		}
	}
	names := make([]string, 0, len(in.MessageAttributes))
	for n := range in.MessageAttributes {
		names = append(names, n)
	}
	sort.Strings(names)
	for i, n := range names {
		p := fmt.Sprintf("MessageAttributes.entry.%d.", i+1)
		v.Set(p+"Name", n)
		v.Set(p+"Value.DataType", "String")
		v.Set(p+"Value.StringValue", in.MessageAttributes[n])
	}
	return v
}

// Publish implements API.
func (c *Client) Publish(ctx context.Context, in *PublishInput) error {
	out, err := awscall.Query(ctx, c.cfg, snsService, "Publish", in)
	if err != nil {
		return err
	}
	if out["MessageId"] == "" {
		return fmt.Errorf("SNS Publish: no message id in the answer")
	}
	return nil
}

// CheckIfPhoneNumberIsOptedOutInput is the opt-out question, its field named as the SDK's.
type CheckIfPhoneNumberIsOptedOutInput struct {
	PhoneNumber *string
}

// Form implements awscall.Form (the API names the parameter phoneNumber).
func (in *CheckIfPhoneNumberIsOptedOutInput) Form() url.Values {
	return url.Values{"phoneNumber": {aws.ToString(in.PhoneNumber)}}
}

// CheckIfPhoneNumberIsOptedOut implements API.
func (c *Client) CheckIfPhoneNumberIsOptedOut(ctx context.Context, phone string) (bool, error) {
	out, err := awscall.Query(ctx, c.cfg, snsService, "CheckIfPhoneNumberIsOptedOut", &CheckIfPhoneNumberIsOptedOutInput{PhoneNumber: aws.String(phone)})
	if err != nil {
		return false, err
	}
	v, ok := out["isOptedOut"]
	if !ok {
		return false, nil // as encoding/xml read it: no element, not opted out
	}
	optedOut, err := strconv.ParseBool(strings.TrimSpace(v))
	if err != nil {
		return false, fmt.Errorf("SNS CheckIfPhoneNumberIsOptedOut: isOptedOut %q in the answer", out["isOptedOut"])
	}
	return optedOut, nil
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
	attrs := map[string]string{"AWS.SNS.SMS.SMSType": "Transactional"}
	if s.senderID != "" {
		attrs["AWS.SNS.SMS.SenderID"] = s.senderID
	}
	return s.api.Publish(ctx, &PublishInput{PhoneNumber: aws.String(phone), Message: aws.String(message), MessageAttributes: attrs})
}

// OptedOut implements invite.SMS with SNS's own opt-out list (people who replied STOP).
func (s *SMS) OptedOut(ctx context.Context, phone string) (bool, error) {
	if !s.checkOptOut {
		return false, nil
	}
	return s.api.CheckIfPhoneNumberIsOptedOut(ctx, phone)
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
	return a.api.Publish(ctx, &PublishInput{TopicArn: aws.String(a.topic), Subject: aws.String(subject), Message: aws.String(string(body))})
}

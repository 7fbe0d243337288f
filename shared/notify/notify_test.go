package notify_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"borgerfeedback/shared/awsrecord"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/notify"
)

// TestSMSAgainstEmulator: the adapter publishes to a phone number and reads SNS's opt-out list
// (moto treats numbers ending in 99 as opted out), or skips the check when told to.
func TestSMSAgainstEmulator(t *testing.T) {
	ctx := context.Background()
	api := notify.NewClient(motostack.AWSConfig(ctx, motostack.StartMoto(t)))
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

// Alerts against the emulator: a topic that exists takes the alert; one that does not is an error
// with SNS's code.
func TestAlertsAgainstEmulator(t *testing.T) {
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	topic, err := sns.NewFromConfig(cfg).CreateTopic(ctx, &sns.CreateTopicInput{Name: aws.String("alerts")})
	if err != nil {
		t.Fatal(err)
	}
	it := feedback.Item{ID: "FB-ABCDEFGH", Team: "duty-fyn"}
	if err := notify.NewAlerts(notify.NewClient(cfg), aws.ToString(topic.TopicArn)).Urgent(ctx, it); err != nil {
		t.Fatal(err)
	}
	if err := notify.NewAlerts(notify.NewClient(cfg), aws.ToString(topic.TopicArn)+"-gone").Urgent(ctx, it); err == nil || !strings.Contains(err.Error(), "NotFound") {
		t.Errorf("publishing to a missing topic: %v, want SNS's NotFound", err)
	}
}

// The configuration's options see the calls as the SDK's client would show them: make preflight's
// recorder checks them against the roles (an SMS is a publish to a phone, not to a topic).
func TestClientCallsAreRecorded(t *testing.T) {
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	topic, err := sns.NewFromConfig(cfg).CreateTopic(ctx, &sns.CreateTopicInput{Name: aws.String("alerts")})
	if err != nil {
		t.Fatal(err)
	}
	rec := awsrecord.New()
	client := notify.NewClient(rec.Config(cfg, "fn"))
	sms := notify.NewSMS(client, "Politiet", true)
	if _, err := sms.OptedOut(ctx, "+4520000098"); err != nil {
		t.Fatal(err)
	}
	if err := sms.Send(ctx, "+4520000098", "Tak"); err != nil {
		t.Fatal(err)
	}
	if err := notify.NewAlerts(client, aws.ToString(topic.TopicArn)).Urgent(ctx, feedback.Item{ID: "FB-ABCDEFGH"}); err != nil {
		t.Fatal(err)
	}
	want := []awsrecord.Call{{Action: "sns:CheckIfPhoneNumberIsOptedOut", Resource: "*"}, {Action: "sns:Publish", Resource: "phone"},
		{Action: "sns:Publish", Resource: "topic:" + aws.ToString(topic.TopicArn)}}
	if got := rec.Calls("fn"); !reflect.DeepEqual(got, want) {
		t.Errorf("recorded %v, want %v", got, want)
	}
}

// What goes on the wire: the form the SDK's client sends (message attributes in name order), signed;
// the XML answers read, and SNS's error with its code and message.
func TestClientRequest(t *testing.T) {
	tests := []struct {
		name     string
		call     func(notify.API) error
		wantForm string
		status   int
		answer   string
		wantErr  string
	}{
		{"an SMS with its sender id", func(a notify.API) error {
			return notify.NewSMS(a, "Politiet", false).Send(context.Background(), "+4520000098", "Tak & farvel")
		},
			"Action=Publish&Message=Tak+%26+farvel&MessageAttributes.entry.1.Name=AWS.SNS.SMS.SMSType&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=Transactional&MessageAttributes.entry.2.Name=AWS.SNS.SMS.SenderID&MessageAttributes.entry.2.Value.DataType=String&MessageAttributes.entry.2.Value.StringValue=Politiet&PhoneNumber=%2B4520000098&Version=2010-03-31",
			200, `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>`, ""},
		{"opted out", func(a notify.API) error {
			out, err := notify.NewSMS(a, "", true).OptedOut(context.Background(), "+4520000099")
			if err == nil && !out {
				return errors.New("not opted out")
			}
			return err
		}, "Action=CheckIfPhoneNumberIsOptedOut&Version=2010-03-31&phoneNumber=%2B4520000099",
			200, `<CheckIfPhoneNumberIsOptedOutResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><CheckIfPhoneNumberIsOptedOutResult><isOptedOut>true</isOptedOut></CheckIfPhoneNumberIsOptedOutResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CheckIfPhoneNumberIsOptedOutResponse>`, ""},
		{"a refused SMS", func(a notify.API) error {
			return notify.NewSMS(a, "", false).Send(context.Background(), "+4520000098", "Tak")
		},
			"Action=Publish&Message=Tak&MessageAttributes.entry.1.Name=AWS.SNS.SMS.SMSType&MessageAttributes.entry.1.Value.DataType=String&MessageAttributes.entry.1.Value.StringValue=Transactional&PhoneNumber=%2B4520000098&Version=2010-03-31",
			400, `<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>Invalid parameter: PhoneNumber</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
			"InvalidParameter: Invalid parameter: PhoneNumber"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				got, _ := io.ReadAll(r.Body)
				if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/x-www-form-urlencoded" || string(got) != tc.wantForm ||
					!strings.Contains(r.Header.Get("Authorization"), "/eu-north-1/sns/aws4_request") {
					t.Errorf("request %s %q\n%s\nwant\n%s\nAuthorization %q", r.Method, r.Header.Get("Content-Type"), got, tc.wantForm, r.Header.Get("Authorization"))
				}
				w.Header().Set("Content-Type", "text/xml")
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.answer))
			}))
			defer srv.Close()
			cfg := aws.Config{Region: "eu-north-1", BaseEndpoint: aws.String(srv.URL), Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", "")}
			err := tc.call(notify.NewClient(cfg))
			if (err == nil) != (tc.wantErr == "") || err != nil && !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("error %v, want %q", err, tc.wantErr)
			}
		})
	}
}

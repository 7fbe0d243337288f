package stack

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/customresources"
	"github.com/aws/jsii-runtime-go"
)

// smsSettings sets the account's SNS SMS attributes: the monthly spend limit (a guard against a run
// of invitations costing more than planned) and transactional delivery. These are account-wide
// settings with no CloudFormation resource, so a custom resource calls SNS SetSMSAttributes on
// every deploy. A limit above the account's SMS quota (1 USD until AWS support raises it) makes
// the call, and so the deploy, fail: raise the quota first (docs/ops.md).
func (s *feedbackStack) smsSettings() customresources.AwsCustomResource {
	call := &customresources.AwsSdkCall{
		Service: jsii.String("SNS"),
		Action:  jsii.String("setSMSAttributes"),
		Parameters: map[string]any{
			"attributes": map[string]any{
				"MonthlySpendLimit": s.params.smsSpendLimit.ValueAsString(),
				"DefaultSMSType":    "Transactional",
				"DefaultSenderID":   s.params.smsSenderID.ValueAsString(),
			},
		},
		PhysicalResourceId: customresources.PhysicalResourceId_Of(jsii.String("borgerfeedback-sms-attributes")),
	}
	return customresources.NewAwsCustomResource(s.Stack, jsii.String("SmsSettings"), &customresources.AwsCustomResourceProps{
		OnCreate:            call,
		OnUpdate:            call,
		InstallLatestAwsSdk: jsii.Bool(false),
		MemorySize:          jsii.Number(256),
		Policy: customresources.AwsCustomResourcePolicy_FromSdkCalls(&customresources.SdkCallsPolicyOptions{
			Resources: customresources.AwsCustomResourcePolicy_ANY_RESOURCE(),
		}),
		LogGroup: awslogs.NewLogGroup(s.Stack, jsii.String("SmsSettingsLogs"), &awslogs.LogGroupProps{
			Retention:     s.settings.logRetention,
			RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
		}),
	})
}

package stack

import (
	"time"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/smsconfig"
)

// smsSettings sets the account's SNS SMS settings: the monthly spend limit (a guard against a run
// of invitations costing more than planned), the default sender id and transactional delivery.
// They are account-wide settings without a CloudFormation resource type, so a custom resource
// backed by the Go function smssettings (shared/smsconfig) calls SNS SetSMSAttributes on every
// deploy that changes them. A limit above the account's SMS quota (1 USD until AWS support raises
// it) fails that call, and so the deploy (docs/ops.md).
func (s *feedbackStack) smsSettings() awslambda.Function {
	fn := s.function(resources.FunctionSMSSettings)
	fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:       jsii.String("SetAccountSmsSettings"),
		Effect:    awsiam.Effect_ALLOW,
		Actions:   jsii.Strings("sns:SetSMSAttributes"),
		Resources: jsii.Strings("*"),
	}))
	awscdk.NewCustomResource(s.Stack, jsii.String("SmsSettings"), &awscdk.CustomResourceProps{
		ServiceToken:   fn.FunctionArn(),
		ResourceType:   jsii.String("Custom::SmsSettings"),
		ServiceTimeout: dur(5 * time.Minute),
		Properties: &map[string]any{
			smsconfig.PropMonthlySpendLimit: s.params.smsSpendLimit.ValueAsString(),
			smsconfig.PropSenderID:          s.params.smsSenderID.ValueAsString(),
		},
	})
	return fn
}

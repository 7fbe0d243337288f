package stack

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdklabs/cdk-nag-go/cdknag/v2"

	"borgerfeedback/shared/resources"
)

// suppressions records, next to the resources, why each cdk-nag finding (AwsSolutions and
// Serverless packs) that remains is accepted. Each is as narrow as cdk-nag allows: one resource,
// and for IAM wildcards the exact wildcard.
func (s *feedbackStack) suppressions(d *dataResources, fns functionResources, sms awslambda.Function) {
	for _, fn := range resources.Functions {
		f := fns[fn]
		suppress(f.Role(), true,
			rule("AwsSolutions-IAM4", "AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch Logs; it is the AWS-maintained minimum for every Lambda function, not a *FullAccess policy.",
				"Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
			rule("AwsSolutions-IAM5", "Actions without resource-level permissions, whose resource must be *: xray:PutTraceSegments and xray:PutTelemetryRecords (Tracing: Active, every function) and, for invite and reminder only, sns:CheckIfPhoneNumberIsOptedOut (a read of the account's SMS opt-out list).",
				"Resource::*"),
			rule("AwsSolutions-IAM5", "CDK's DynamoDB grant covers the table's global secondary indexes (<table arn>/index/*): the triage and store queries read them, and the index names are this table's alone.",
				regex(`/^Resource::<Table[0-9A-F]{8}\.Arn>\/index\/\*$/g`)),
			rule("AwsSolutions-IAM5", "CDK's KMS grants for the one data key (a single resource, not a wildcard): kms:GenerateDataKey* and kms:ReEncrypt* name the action families that SQS, DynamoDB, SNS and Secrets Manager use for envelope encryption with that key.",
				"Action::kms:GenerateDataKey*", "Action::kms:ReEncrypt*"),
		)
		suppress(f, false, rule("Serverless-LambdaDLQ",
			"A function DLQ only catches failed asynchronous invocations. invite and classify are polled from SQS (a failing message goes to its queue's DLQ after a bounded number of receives, with an alarm), form and triage answer API Gateway synchronously. retention is invoked by its daily EventBridge schedule, whose event carries nothing: EventBridge retries a failed run twice, the error alarm fires, and the next day's run resumes the work (it is idempotent), so a DLQ would only keep copies of an empty event. reminder is invoked every 5 minutes by its EventBridge schedule, with an empty event too: a failed run is retried, raises its error alarm, and the next run reads the failed hour again from its checkpoint."))
	}
	for _, fn := range []string{resources.FunctionInvite, resources.FunctionClassify} {
		for _, c := range *fns[fn].Node().Children() {
			if isEventSourceMapping(c) {
				suppress(c, true, rule("Serverless-LambdaEventSourceMappingDestination",
					"SQS event source mappings do not support on-failure destinations; failed messages go to the source queue's redrive DLQ (maxReceiveCount from shared/resources) and the DLQ depth alarm fires."))
			}
		}
	}
	for _, q := range []awscdk.Resource{d.contactDLQ, d.feedbackDLQ} {
		suppress(q, true, rule("Serverless-SQSRedrivePolicy",
			"This queue is itself the dead-letter queue of a work queue; a DLQ of a DLQ would only move the problem. Its depth alarms at one message."))
	}
	suppress(d.secret, true, rule("AwsSolutions-SMG4",
		"The phone-hash key is an HMAC key, not a credential: an automatic rotation would silently change every phone hash and break the opt-out list and the frequency window. It is rotated by the documented manual procedure (docs/ops.md, Rotating the phone-hash key)."))
	suppress(s.Stack.Node().FindChild(jsii.String("AlertEmailSubscription")), true, rule("Serverless-SNSRedrivePolicy",
		"E-mail subscription for people on duty; SNS retries e-mail delivery itself, and every alarm stays visible in CloudWatch (dashboard) and every urgent item in the console, so an SQS DLQ of undelivered e-mails would add nothing anyone reads."))
	suppress(sms.Role(), true,
		rule("AwsSolutions-IAM4", "AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch Logs; it is the AWS-maintained minimum for every Lambda function, not a *FullAccess policy.",
			"Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
		rule("AwsSolutions-IAM5", "Actions without resource-level permissions, whose resource must be *: sns:SetSMSAttributes (the SMS settings are account settings) and X-Ray's xray:PutTraceSegments and xray:PutTelemetryRecords.",
			"Resource::*"),
	)
	suppress(sms, false, rule("Serverless-LambdaDLQ",
		"CloudFormation invokes the custom-resource function and waits for its answer; a failure fails the deployment visibly, so a DLQ would keep nothing anyone needs."))
	suppress(s.Stack.Node().FindChild(jsii.String("RetentionSchedule")), true, rule("Serverless-EventBusDLQ",
		"The daily retention schedule's event carries nothing: a failed delivery is retried by EventBridge, a failed run raises the retention function's error alarm, and the next day's run does the work (it is idempotent and resumes from its checkpoint), so a DLQ would only keep copies of an empty event."))
	suppress(s.Stack.Node().FindChild(jsii.String("ReminderSchedule")), true, rule("Serverless-EventBusDLQ",
		"The reminder sweep's 5-minute schedule carries an empty event: a failed delivery is retried by EventBridge, a failed run raises the reminder function's error alarm, and the next run (5 minutes on) reads every hour from its checkpoint, so a DLQ would only keep copies of an empty event."))
	api := s.Stack.Node().FindChild(jsii.String("Api"))
	for _, route := range []string{"GET--f--{token}", "POST--f--{token}", "POST--f--{token}--stop", "POST--f--{token}--withdraw"} {
		suppress(api.Node().FindChild(jsii.String(route)), true, rule("AwsSolutions-APIG4",
			"The citizen's feedback form: citizens have no accounts. The unguessable link token (>= 128 bits, expiring) in the path is the authorization for the reply, the opt-out and the withdrawal, checked by the form function; the stage's throttling bounds abuse."))
	}
	suppress(api.Node().FindChild(jsii.String("GET--favicon.ico")), true, rule("AwsSolutions-APIG4",
		"The citizen pages' icon, which browsers fetch on their own before anything else; a fixed public image that holds no data."))
	for _, route := range []string{"GET--console", "GET--console--{proxy+}"} {
		suppress(api.Node().FindChild(jsii.String(route)), true, rule("AwsSolutions-APIG4",
			"The staff console's static files (HTML, CSS, JS, sign-in settings) must load before sign-in; they hold no data. Every /api route, where the data is, requires a Cognito JWT."))
	}
	suppress(api.Node().FindChild(jsii.String("POST--console--auth--{action}")), true, rule("AwsSolutions-APIG4",
		"The console's session endpoints are how a token is obtained, so they cannot require one: the code exchange needs the managed login's authorization code and its PKCE verifier, refresh and logout the session's httpOnly SameSite=Strict cookie; cross-site requests are refused (shared/triage/session.go). They return no data but tokens."))
}

func isEventSourceMapping(c constructs.IConstruct) bool {
	id := *c.Node().Id()
	return len(id) >= len("SqsEventSource:") && id[:len("SqsEventSource:")] == "SqsEventSource:"
}

func rule(id, reason string, appliesTo ...any) *cdknag.NagPackSuppression {
	s := &cdknag.NagPackSuppression{Id: jsii.String(id), Reason: jsii.String(reason)}
	if len(appliesTo) > 0 {
		to := make([]any, len(appliesTo))
		for i, a := range appliesTo {
			if str, ok := a.(string); ok {
				a = jsii.String(str)
			}
			to[i] = a
		}
		s.AppliesTo = &to
	}
	return s
}

func regex(re string) any { return &cdknag.RegexAppliesTo{Regex: jsii.String(re)} }

func suppress(c constructs.IConstruct, children bool, rules ...*cdknag.NagPackSuppression) {
	cdknag.NagSuppressions_AddResourceSuppressions(c, &rules, jsii.Bool(children))
}

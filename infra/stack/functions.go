package stack

import (
	"path/filepath"
	"sort"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsevents"
	"github.com/aws/aws-cdk-go/awscdk/v2/awseventstargets"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/aws-cdk-go/awscdk/v2/awskms"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambdaeventsources"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/triage"
)

// functionResources are the four Go functions by resources.Function* name.
type functionResources map[string]awslambda.Function

// FunctionName is a function's physical name.
func FunctionName(fn string) string { return resources.Table.Name + "-" + fn }

// functions builds every function with the settings STYLE asks for (provided.al2023, arm64, JSON
// logs to its own log group, X-Ray) and gives each only the access it uses. Environment that
// depends on the HTTP API or the user pool is added by httpAPI.
func (s *feedbackStack) functions(d *dataResources) functionResources {
	fns := functionResources{}
	for _, fn := range resources.Functions {
		fns[fn] = s.function(fn)
	}

	invite := fns[resources.FunctionInvite]
	s.grantTable(invite, d)
	d.secret.GrantRead(invite, nil)
	// Direct-to-phone SMS has no resource ARN, so sns:Publish cannot name one. NotResource on every
	// topic ARN allows phone numbers only: invite cannot publish to any topic with this.
	invite.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:          jsii.String("SendSmsToPhoneNumbersOnly"),
		Effect:       awsiam.Effect_ALLOW,
		Actions:      jsii.Strings("sns:Publish"),
		NotResources: &[]*string{awscdk.Fn_Join(jsii.String(""), &[]*string{jsii.String("arn:"), awscdk.Aws_PARTITION(), jsii.String(":sns:*:*:*")})},
	}))
	// Checking SNS's opt-out list (citizens who replied STOP) is an account-level read without a
	// resource: its resource must be *.
	invite.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:       jsii.String("CheckSmsOptOut"),
		Effect:    awsiam.Effect_ALLOW,
		Actions:   jsii.Strings("sns:CheckIfPhoneNumberIsOptedOut"),
		Resources: jsii.Strings("*"),
	}))
	env(invite, map[string]*string{
		resources.EnvLinkTTLDays:                  s.params.linkTTLDays.ValueAsString(),
		resources.EnvFrequencyWindowDays:          s.params.frequencyDays.ValueAsString(),
		resources.EnvPhoneHashSecretARN:           d.secret.SecretArn(),
		resources.EnvSMSSenderID:                  s.params.smsSenderID.ValueAsString(),
		resources.EnvSamplingRate:                 s.params.samplingRate.ValueAsString(),
		resources.EnvSMSBudgetDKK:                 s.params.smsBudgetDKK.ValueAsString(),
		resources.EnvSafetyListMonthsDoNotContact: s.params.safetyMonthsDoNotContact.ValueAsString(),
		resources.EnvSafetyListMonthsSensitive:    s.params.safetyMonthsSensitive.ValueAsString(),
		resources.EnvSafetyListMonthsMinor:        s.params.safetyMonthsMinor.ValueAsString(),
		resources.EnvQuietHours:                   s.params.quietHours.ValueAsString(),
		resources.EnvContactQueueURL:              d.contact.QueueUrl(),
	})
	// Quiet hours: invite puts a contact back on its own queue with a delay (invite.QuietHours).
	d.contact.GrantSendMessages(invite)
	s.consume(invite, d.contact, resources.ContactQueue)

	form := fns[resources.FunctionForm]
	s.grantTable(form, d) // reads the invitation behind a token and marks it used
	d.feedback.GrantSendMessages(form)
	env(form, map[string]*string{
		resources.EnvFeedbackQueueURL: d.feedback.QueueUrl(),
		resources.EnvSMSSenderID:      s.params.smsSenderID.ValueAsString(), // the trust page names it
		resources.EnvWithdrawalDays:   s.params.withdrawalDays.ValueAsString(),
	})

	classify := fns[resources.FunctionClassify]
	s.grantTable(classify, d)
	d.topic.GrantPublish(classify)
	env(classify, map[string]*string{
		resources.EnvAlertTopicARN: d.topic.TopicArn(),
		resources.EnvSLA:           s.params.sla.ValueAsString(),
	})
	s.consume(classify, d.feedback, resources.FeedbackQueue)

	// Every function opens the store, which reads the table name and the retention settings.
	for _, f := range fns {
		env(f, map[string]*string{
			resources.EnvTableName:           d.table.TableName(),
			resources.EnvFeedbackRetention:   s.params.feedbackDays.ValueAsString(),
			resources.EnvInvitationRetention: s.params.invitationDays.ValueAsString(),
		})
	}

	// retention reads, anonymises and deletes items on its daily schedule; no batch operations.
	ret := fns[resources.FunctionRetention]
	grantActions(ret, d, s.key, "dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem")
	env(ret, map[string]*string{resources.EnvTextRetention: s.params.textDays.ValueAsString()})
	s.schedule(ret)

	tri := fns[resources.FunctionTriage]
	s.grantTable(tri, d)
	// Lifting a safety-list entry hashes the number staff type in with the same key as invite.
	d.secret.GrantRead(tri, nil)
	env(tri, map[string]*string{
		triage.EnvAuthMode:              jsii.String(triage.AuthModeAPIGateway),
		resources.EnvSLA:                s.params.sla.ValueAsString(),
		resources.EnvPhoneHashSecretARN: d.secret.SecretArn(),
		// the console shows the sampling controller's plan
		resources.EnvSamplingRate: s.params.samplingRate.ValueAsString(),
		resources.EnvSMSBudgetDKK: s.params.smsBudgetDKK.ValueAsString(),
	})
	return fns
}

func (s *feedbackStack) function(fn string) awslambda.Function {
	settings := resources.Settings(fn)
	id := exportName(fn)
	logs := awslogs.NewLogGroup(s.Stack, jsii.String(id+"Logs"), &awslogs.LogGroupProps{
		LogGroupName:  jsii.String("/aws/lambda/" + FunctionName(fn)),
		Retention:     s.settings.logRetention,
		RemovalPolicy: s.settings.removal,
	})
	return awslambda.NewFunction(s.Stack, jsii.String(id+"Function"), &awslambda.FunctionProps{
		FunctionName:          jsii.String(FunctionName(fn)),
		Description:           jsii.String("borgerfeedback " + fn),
		Runtime:               awslambda.Runtime_PROVIDED_AL2023(),
		Architecture:          awslambda.Architecture_ARM_64(),
		Handler:               jsii.String("bootstrap"),
		Code:                  awslambda.Code_FromAsset(jsii.String(filepath.Join(s.props.DistDir, fn)), nil),
		MemorySize:            jsii.Number(settings.MemoryMB),
		Timeout:               dur(settings.Timeout),
		LoggingFormat:         awslambda.LoggingFormat_JSON,
		LogGroup:              logs,
		ApplicationLogLevelV2: awslambda.ApplicationLogLevel_INFO,
		SystemLogLevelV2:      awslambda.SystemLogLevel_WARN,
		Tracing:               awslambda.Tracing_ACTIVE,
		RecursiveLoop:         awslambda.RecursiveLoop_TERMINATE,
	})
}

// tableActions are the item operations the functions use. Unlike CDK's grantReadWriteData it
// leaves out Scan (no request path scans) and the stream reads (the table has no stream).
var tableActions = []string{
	"dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query",
	"dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem",
	"dynamodb:ConditionCheckItem", "dynamodb:DescribeTable",
}

// grantTable lets fn read and write the table's items and indexes and use the table's key.
func (s *feedbackStack) grantTable(fn awslambda.Function, d *dataResources) {
	grantActions(fn, d, s.key, tableActions...)
}

// grantActions lets fn use the given item operations on the table and its indexes, and the key.
func grantActions(fn awslambda.Function, d *dataResources, key awskms.Key, tableOps ...string) {
	actions := make([]*string, len(tableOps))
	for i, a := range tableOps {
		actions[i] = jsii.String(a)
	}
	d.table.Grant(fn, actions...)
	key.GrantEncryptDecrypt(fn)
}

// schedule runs fn daily (resources.RetentionSchedule). A failed run is retried twice by
// EventBridge; the function's error alarm reports it, and the next day's run resumes its work.
func (s *feedbackStack) schedule(fn awslambda.Function) {
	awsevents.NewRule(s.Stack, jsii.String("RetentionSchedule"), &awsevents.RuleProps{
		RuleName:    jsii.String(resources.Table.Name + "-" + s.props.stage() + "-retention"),
		Description: jsii.String("borgerfeedback: the daily retention run (docs/privacy.md)"),
		Schedule:    awsevents.Schedule_Expression(jsii.String(resources.RetentionSchedule)),
		Targets: &[]awsevents.IRuleTarget{awseventstargets.NewLambdaFunction(fn, &awseventstargets.LambdaFunctionProps{
			RetryAttempts: jsii.Number(2),
			MaxEventAge:   awscdk.Duration_Hours(jsii.Number(6)),
		})},
	})
}

// consume attaches the queue's event source mapping as resources defines it.
func (s *feedbackStack) consume(fn awslambda.Function, q awssqs.Queue, def resources.QueueDef) {
	fn.AddEventSource(awslambdaeventsources.NewSqsEventSource(q, &awslambdaeventsources.SqsEventSourceProps{
		BatchSize:               jsii.Number(def.BatchSize),
		MaxBatchingWindow:       dur(def.MaxBatchingWindow),
		MaxConcurrency:          jsii.Number(def.MaxConcurrency),
		ReportBatchItemFailures: jsii.Bool(true),
	}))
}

func env(fn awslambda.Function, vars map[string]*string) {
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys) // a stable template
	for _, k := range keys {
		fn.AddEnvironment(jsii.String(k), vars[k], nil)
	}
}

// exportName turns "invite" into "Invite" for construct ids.
func exportName(fn string) string {
	if fn == "" {
		return fn
	}
	return string(fn[0]-'a'+'A') + fn[1:]
}

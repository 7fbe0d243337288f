package stack

import (
	"path/filepath"
	"sort"
	"time"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsevents"
	"github.com/aws/aws-cdk-go/awscdk/v2/awseventstargets"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambdaeventsources"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/shared/resources"
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
	s.grantTable(invite, d, resources.FunctionInvite)
	grantSecretValue(invite, d)
	grantSMS(invite)
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
		resources.EnvReminderPolicy:               s.params.reminderPolicy.ValueAsString(),
		resources.EnvReminderDelay:                s.params.reminderDelay.ValueAsString(),
	})
	// Quiet hours: invite puts a contact back on its own queue with a delay (invite.QuietHours).
	d.contact.GrantSendMessages(invite)
	s.consume(invite, d.contact, resources.ContactQueue)

	form := fns[resources.FunctionForm]
	s.grantTable(form, d, resources.FunctionForm) // reads the invitation behind a token and marks it used
	// SendMessage only: CDK's GrantSendMessages adds GetQueueAttributes and GetQueueUrl, which the
	// form never calls (make preflight); the queue's key is granted with the table's (one key).
	form.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Effect:    awsiam.Effect_ALLOW,
		Actions:   jsii.Strings("sqs:SendMessage"),
		Resources: &[]*string{d.feedback.QueueArn()},
	}))
	env(form, map[string]*string{
		resources.EnvFeedbackQueueURL: d.feedback.QueueUrl(),
		resources.EnvSMSSenderID:      s.params.smsSenderID.ValueAsString(), // the trust page names it
		resources.EnvWithdrawalDays:   s.params.withdrawalDays.ValueAsString(),
	})

	classify := fns[resources.FunctionClassify]
	s.grantTable(classify, d, resources.FunctionClassify)
	d.topic.GrantPublish(classify)
	env(classify, map[string]*string{
		resources.EnvAlertTopicARN: d.topic.TopicArn(),
		resources.EnvSLA:           s.params.sla.ValueAsString(),
	})
	s.consume(classify, d.feedback, resources.FeedbackQueue)

	// Every function opens the store, which reads the table name and the retention settings; the
	// form's store (shared/dynamo/formstore) writes no row that expires with the invitations.
	for name, f := range fns {
		vars := map[string]*string{
			resources.EnvTableName:         d.table.TableName(),
			resources.EnvFeedbackRetention: s.params.feedbackDays.ValueAsString(),
		}
		if name != resources.FunctionForm {
			vars[resources.EnvInvitationRetention] = s.params.invitationDays.ValueAsString()
		}
		env(f, vars)
	}

	// retention reads, anonymises and deletes items on its daily schedule; no batch operations.
	ret := fns[resources.FunctionRetention]
	s.grantTable(ret, d, resources.FunctionRetention)
	env(ret, map[string]*string{resources.EnvTextRetention: s.params.textDays.ValueAsString()})
	s.schedule(ret)

	// reminder: the sweep reads the due hours' entries and the links, claims a link, sends the
	// reminder to the number (as invite does) and deletes the entry; budget from the controller.
	rem := fns[resources.FunctionReminder]
	s.grantTable(rem, d, resources.FunctionReminder)
	grantSecretValue(rem, d)
	grantSMS(rem)
	env(rem, map[string]*string{
		resources.EnvPhoneHashSecretARN: d.secret.SecretArn(),
		resources.EnvSMSSenderID:        s.params.smsSenderID.ValueAsString(),
		resources.EnvSamplingRate:       s.params.samplingRate.ValueAsString(),
		resources.EnvSMSBudgetDKK:       s.params.smsBudgetDKK.ValueAsString(),
		resources.EnvQuietHours:         s.params.quietHours.ValueAsString(),
	})
	s.every(rem, resources.FunctionReminder, resources.ReminderSchedule, "borgerfeedback: the reminder sweep (shared/reminder)", 10*time.Minute)

	tri := fns[resources.FunctionTriage]
	s.grantTable(tri, d, resources.FunctionTriage)
	// Lifting a safety-list entry hashes the number staff type in with the same key as invite.
	grantSecretValue(tri, d)
	env(tri, map[string]*string{
		resources.EnvAuthMode:           jsii.String(resources.AuthModeAPIGateway),
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

// tableActions are the item operations each function's paths call (make preflight records them on
// the emulator and fails on a call without a grant or a grant without a call). IAM checks a
// transaction's items by their own actions (PutItem, UpdateItem, DeleteItem, ConditionCheckItem),
// so there is no TransactWriteItems here. indexQueries: the functions that query the table's
// global secondary indexes get <table>/index/* for Query alone.
var (
	tableActions = map[string][]string{
		// invite: Query on the table's own keys, recorded by make preflight on its paths since sampling
		// was wired in (no index).
		// DeleteItem: an invitation whose SMS the provider refused is taken back (CancelInvitation).
		resources.FunctionInvite: {"dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"},
		// form: the invitation behind a token, marking it used, the opt-out row (stop) and the withdrawal.
		resources.FunctionForm: {"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"},
		// classify: Query finds an item's notes to erase when it settles a withdrawal that overtook the reply.
		resources.FunctionClassify: {"dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem"},
		resources.FunctionTriage: {"dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:PutItem",
			"dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem"},
		// retention reads, anonymises and deletes items on its daily schedule; no batch operations.
		resources.FunctionRetention: {"dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem",
			"dynamodb:DeleteItem"},
		// reminder: Query on the due hours' partitions (and the counters, for the budget), GetItem on
		// the links and lists, PutItem (checkpoint, a move past quiet hours), UpdateItem (the claim,
		// the counters), DeleteItem (a handled entry). No index.
		resources.FunctionReminder: {"dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem",
			"dynamodb:DeleteItem"},
	}
	indexQueries = map[string]bool{resources.FunctionTriage: true, resources.FunctionRetention: true}
)

// grantTable lets fn (named name) call its item operations on the table, Query on the indexes
// when it queries them, and use the table's key.
func (s *feedbackStack) grantTable(fn awslambda.Function, d *dataResources, name string) {
	fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Effect:    awsiam.Effect_ALLOW,
		Actions:   jsii.Strings(tableActions[name]...),
		Resources: &[]*string{d.table.TableArn()},
	}))
	if indexQueries[name] {
		fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
			Effect:    awsiam.Effect_ALLOW,
			Actions:   jsii.Strings("dynamodb:Query"),
			Resources: &[]*string{awscdk.Fn_Join(jsii.String(""), &[]*string{d.table.TableArn(), jsii.String("/index/*")})},
		}))
	}
	s.key.GrantEncryptDecrypt(fn)
}

// grantSecretValue lets fn read the phone-hash key's value (GetSecretValue only: CDK's GrantRead
// adds DescribeSecret, which no path calls); the secret's key is granted with the table's.
func grantSecretValue(fn awslambda.Function, d *dataResources) {
	fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Effect:    awsiam.Effect_ALLOW,
		Actions:   jsii.Strings("secretsmanager:GetSecretValue"),
		Resources: &[]*string{d.secret.SecretArn()},
	}))
}

// schedule runs fn daily (resources.RetentionSchedule). A failed run is retried twice by
// EventBridge; the function's error alarm reports it, and the next day's run resumes its work.
func (s *feedbackStack) schedule(fn awslambda.Function) {
	s.every(fn, resources.FunctionRetention, resources.RetentionSchedule, "borgerfeedback: the daily retention run (docs/privacy.md)", 6*time.Hour)
}

// every runs fn (named name) on an EventBridge schedule expression: a failed run is retried twice
// within maxAge (EventBridge's asynchronous invocation), then the function's error alarm reports it.
func (s *feedbackStack) every(fn awslambda.Function, name, expression, description string, maxAge time.Duration) {
	awsevents.NewRule(s.Stack, jsii.String(exportName(name)+"Schedule"), &awsevents.RuleProps{
		RuleName:    jsii.String(resources.Table.Name + "-" + s.props.stage() + "-" + name),
		Description: jsii.String(description),
		Schedule:    awsevents.Schedule_Expression(jsii.String(expression)),
		Targets: &[]awsevents.IRuleTarget{awseventstargets.NewLambdaFunction(fn, &awseventstargets.LambdaFunctionProps{
			RetryAttempts: jsii.Number(2),
			MaxEventAge:   dur(maxAge),
		})},
	})
}

// grantSMS lets fn send SMS to phone numbers and read SNS's opt-out list (invite, reminder).
func grantSMS(fn awslambda.Function) {
	// Direct-to-phone SMS has no resource ARN, so sns:Publish cannot name one. NotResource on every
	// topic ARN allows phone numbers only: fn cannot publish to any topic with this.
	fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:          jsii.String("SendSmsToPhoneNumbersOnly"),
		Effect:       awsiam.Effect_ALLOW,
		Actions:      jsii.Strings("sns:Publish"),
		NotResources: &[]*string{awscdk.Fn_Join(jsii.String(""), &[]*string{jsii.String("arn:"), awscdk.Aws_PARTITION(), jsii.String(":sns:*:*:*")})},
	}))
	// Checking SNS's opt-out list (citizens who replied STOP) is an account-level read without a
	// resource: its resource must be *.
	fn.AddToRolePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{
		Sid:       jsii.String("CheckSmsOptOut"),
		Effect:    awsiam.Effect_ALLOW,
		Actions:   jsii.Strings("sns:CheckIfPhoneNumberIsOptedOut"),
		Resources: jsii.Strings("*"),
	}))
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

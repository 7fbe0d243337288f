// Package stack defines the whole borgerfeedback system as one CDK stack: the Go functions, their
// queues, the table, the alert topic, the phone-hash secret, the HTTP API, the staff user pool, the
// alarms and the dashboard. Names, keys and settings come from shared/resources, the definition the
// local stack uses too.
package stack

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awskms"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/shared/resources"
)

// Stages.
const (
	StageDev  = "dev"
	StageProd = "prod"
)

// FeedbackStackProps configures the stack. Everything the operator chooses at deploy time without
// changing the template's shape is a CloudFormation parameter instead (see parameters.go).
type FeedbackStackProps struct {
	awscdk.StackProps
	// Stage is StageDev (data may be destroyed with the stack) or StageProd (data retained,
	// deletion protection on). Empty means StageDev.
	Stage string
	// DistDir holds <function>/bootstrap for every function in resources.Functions (make build).
	DistDir string
	// DomainName and CertificateARN, both or neither, put the API on a custom domain (the
	// certificate is an ACM certificate in the stack's region). DNS is left to the operator.
	DomainName     string
	CertificateARN string
	// CognitoDomainPrefix is the managed login's domain prefix; empty means
	// borgerfeedback-<stage>-<account id>.
	CognitoDomainPrefix string
}

// stageSettings are what differs between dev and prod.
type stageSettings struct {
	removal            awscdk.RemovalPolicy // for stateful resources: table, key, secret, user pool, log groups
	deletionProtection bool
	logRetention       awslogs.RetentionDays
	smsBudgetDKK       string // default of SmsBudgetDkkMonth: the sampling controller's monthly SMS budget
}

func settingsFor(stage string) (stageSettings, error) {
	switch stage {
	case StageDev:
		return stageSettings{removal: awscdk.RemovalPolicy_DESTROY, logRetention: awslogs.RetentionDays_ONE_MONTH, smsBudgetDKK: "500"}, nil
	case StageProd:
		return stageSettings{removal: awscdk.RemovalPolicy_RETAIN, deletionProtection: true, logRetention: awslogs.RetentionDays_ONE_YEAR, smsBudgetDKK: "40000"}, nil
	}
	return stageSettings{}, fmt.Errorf("stage %q: want %s or %s", stage, StageDev, StageProd)
}

// Validate reports what is wrong with the props, or nil.
func (p *FeedbackStackProps) Validate() error {
	if _, err := settingsFor(p.stage()); err != nil {
		return err
	}
	if (p.DomainName == "") != (p.CertificateARN == "") {
		return fmt.Errorf("domainName and certificateArn go together (got domainName=%q certificateArn=%q)", p.DomainName, p.CertificateARN)
	}
	for _, fn := range append(slices.Clone(resources.Functions), resources.FunctionSMSSettings) {
		if _, err := os.Stat(filepath.Join(p.DistDir, fn, "bootstrap")); err != nil {
			return fmt.Errorf("function %s: %w (run make build)", fn, err)
		}
	}
	return nil
}

func (p *FeedbackStackProps) stage() string {
	if p.Stage == "" {
		return StageDev
	}
	return p.Stage
}

// PropsFromContext reads the stage and options from CDK context (-c stage=prod, or cdk.json).
func PropsFromContext(scope constructs.Construct) FeedbackStackProps {
	get := func(key string) string {
		if v, ok := scope.Node().TryGetContext(jsii.String(key)).(string); ok {
			return v
		}
		return ""
	}
	dist := get("distDir")
	if dist == "" {
		dist = filepath.Join("..", "dist")
	}
	if abs, err := filepath.Abs(dist); err == nil {
		dist = abs
	}
	account, region := os.Getenv("CDK_DEFAULT_ACCOUNT"), os.Getenv("CDK_DEFAULT_REGION")
	var env *awscdk.Environment
	if account != "" || region != "" {
		env = &awscdk.Environment{Account: nilIfEmpty(account), Region: nilIfEmpty(region)}
	}
	return FeedbackStackProps{
		StackProps:          awscdk.StackProps{Env: env},
		Stage:               get("stage"),
		DistDir:             dist,
		DomainName:          get("domainName"),
		CertificateARN:      get("certificateArn"),
		CognitoDomainPrefix: get("cognitoDomainPrefix"),
	}
}

// StackName is the stack's name for a stage.
func StackName(stage string) string { //nolint:revive // exported: stack.StackName reads plainly at its callers (infra/main.go, the preflight tool); Name alone would not say which name
	if stage == "" {
		stage = StageDev
	}
	return "Borgerfeedback-" + stage
}

func nilIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return jsii.String(s)
}

// feedbackStack carries what the parts of the stack hand each other while it is built.
type feedbackStack struct {
	awscdk.Stack
	props    *FeedbackStackProps
	settings stageSettings
	params   parameters
	key      awskms.Key
}

// NewFeedbackStack builds the stack. It panics on invalid props (see Validate): the CDK app
// checks them first and reports the error.
func NewFeedbackStack(scope constructs.Construct, id string, props *FeedbackStackProps) awscdk.Stack {
	if props == nil {
		props = &FeedbackStackProps{}
	}
	if err := props.Validate(); err != nil {
		panic(err)
	}
	settings, _ := settingsFor(props.stage())
	sp := props.StackProps
	if sp.Description == nil {
		sp.Description = jsii.String("borgerfeedback (" + props.stage() + "): citizen feedback after contacts with the police on 112/114")
	}
	s := &feedbackStack{Stack: awscdk.NewStack(scope, &id, &sp), props: props, settings: settings}
	// CloudFormation does not take tags on dashboards.
	tagProps := &awscdk.TagProps{ExcludeResourceTypes: jsii.Strings("AWS::CloudWatch::Dashboard")}
	awscdk.Tags_Of(s.Stack).Add(jsii.String("project"), jsii.String(resources.Table.Name), tagProps)
	awscdk.Tags_Of(s.Stack).Add(jsii.String("stage"), jsii.String(props.stage()), tagProps)

	s.params = newParameters(s.Stack, settings)
	s.key = awskms.NewKey(s.Stack, jsii.String("DataKey"), &awskms.KeyProps{
		Description:       jsii.String("borgerfeedback: encrypts the table, the queues, the alert topic and the phone-hash secret"),
		EnableKeyRotation: jsii.Bool(true),
		Alias:             jsii.String("alias/borgerfeedback-" + props.stage()),
		RemovalPolicy:     settings.removal,
		PendingWindow:     awscdk.Duration_Days(jsii.Number(30)),
	})

	d := s.data()
	fns := s.functions(d)
	api := s.httpAPI(d, fns)
	s.monitoring(d, fns, api)
	sms := s.smsSettings()
	s.outputs(d, api)
	s.suppressions(d, fns, sms)
	return s.Stack
}

func dur(d time.Duration) awscdk.Duration {
	return awscdk.Duration_Seconds(jsii.Number(d.Seconds()))
}

func (s *feedbackStack) outputs(d *dataResources, api *apiResources) {
	out := func(id, desc string, v *string) {
		awscdk.NewCfnOutput(s.Stack, jsii.String(id), &awscdk.CfnOutputProps{Value: v, Description: jsii.String(desc)})
	}
	out("ApiUrl", "Base URL of the HTTP API (citizen links are <ApiUrl>/f/<token>)", api.baseURL)
	out("ConsoleUrl", "Staff console", jsii.String(*api.baseURL+"/console/"))
	out("UserPoolId", "Staff user pool", api.pool.UserPoolId())
	out("UserPoolClientId", "Console app client (authorization code + PKCE)", api.client.UserPoolClientId())
	out("CognitoDomain", "Managed login base URL", api.loginURL)
	out("ContactQueueUrl", "The call platform sends contact.completed events here", d.contact.QueueUrl())
	out("ContactQueueArn", "ARN of the contact-events queue (for the call platform's IAM policy)", d.contact.QueueArn())
	out("DataKeyArn", "KMS key of the queues; the call platform's producer needs kms:GenerateDataKey and kms:Decrypt on it", s.key.KeyArn())
	out("FeedbackQueueUrl", "Feedback-intake queue (form → classify)", d.feedback.QueueUrl())
	out("AlertTopicArn", "Urgent feedback and alarms", d.topic.TopicArn())
	out("TableName", "The single DynamoDB table", d.table.TableName())
	out("PhoneHashSecretArn", "Secrets Manager secret holding the phone-hash key", d.secret.SecretArn())
	if api.domainTarget != nil {
		out("CustomDomainTarget", "Point a CNAME (or Route 53 alias) for the custom domain at this name", api.domainTarget)
	}
}

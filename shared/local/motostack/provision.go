package motostack

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider"
	cip "github.com/aws/aws-sdk-go-v2/service/cognitoidentityprovider/types"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddb "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/resources"
)

// Outputs is what `make run` writes to .local/outputs.json (the keys DESIGN.md promises, plus more).
type Outputs struct {
	APIURL             string `json:"apiUrl"`
	ConsoleURL         string `json:"consoleUrl"`
	AWSEndpoint        string `json:"awsEndpoint"`
	Region             string `json:"region"`
	ContactQueueURL    string `json:"contactQueueUrl"`
	ContactDLQURL      string `json:"contactDlqUrl"`
	FeedbackQueueURL   string `json:"feedbackQueueUrl"`
	FeedbackDLQURL     string `json:"feedbackDlqUrl"`
	TableName          string `json:"tableName"`
	AlertTopicARN      string `json:"alertTopicArn"`
	PhoneHashSecretARN string `json:"phoneHashSecretArn"`
	UserPoolID         string `json:"userPoolId"`
	UserPoolClientID   string `json:"userPoolClientId"`
	StaffUsername      string `json:"staffUsername"`
	StaffPassword      string `json:"staffPassword"`
	// SMSLog is a JSON-lines file of every SMS the local stack sent ({"phone_number","message"}):
	// tools read it instead of moto's data API, which dumps the whole emulator and slows with its size.
	SMSLog string `json:"smsLog,omitempty"`
}

// Options adjust the local resources. Zero values take the settings of shared/resources.
type Options struct {
	// VisibilityTimeout overrides the queues' visibility timeout, so tests see redelivery in
	// seconds instead of a minute.
	VisibilityTimeout time.Duration
	// FunctionTimeout overrides the queue consumers' function timeout (their handler's deadline).
	// make loadtest sizes it, with VisibilityTimeout, for the emulator, whose calls are many times
	// slower than DynamoDB's under a burst: a batch cut off there is no finding about the code.
	FunctionTimeout time.Duration
	// BatchSize overrides the consumers' batch size: on a slow emulator a smaller batch fits its
	// records in the timeout, where SQS's 10 would leave the last ones for a retry.
	BatchSize     int
	StaffUsername string // default "staff@borgerfeedback.local"
	StaffPassword string // default: generated
	SMSLog        string // devstack: where to record sent SMS (default: a temporary file)
	// Clock is the invite, form, classify and triage functions' clock (default time.Now): `make contact -days-later`
	// and the safety-list test move it forward to play contacts weeks apart.
	Clock func() time.Time
	// ReminderSweepEvery is how often devstack runs the reminder sweep (the EventBridge
	// schedule's stand-in); default 30 s.
	ReminderSweepEvery time.Duration
}

// Provision creates every resource of the system in the emulator at cfg.
func Provision(ctx context.Context, cfg aws.Config, opt Options) (Outputs, error) {
	out := Outputs{AWSEndpoint: aws.ToString(cfg.BaseEndpoint), Region: cfg.Region, TableName: resources.Table.Name}
	if err := CreateTable(ctx, dynamodb.NewFromConfig(cfg), resources.Table); err != nil {
		return out, err
	}
	q := sqs.NewFromConfig(cfg)
	var err error
	if out.ContactQueueURL, out.ContactDLQURL, err = CreateQueue(ctx, q, resources.ContactQueue, opt.VisibilityTimeout); err != nil {
		return out, err
	}
	if out.FeedbackQueueURL, out.FeedbackDLQURL, err = CreateQueue(ctx, q, resources.FeedbackQueue, opt.VisibilityTimeout); err != nil {
		return out, err
	}
	topic, err := sns.NewFromConfig(cfg).CreateTopic(ctx, &sns.CreateTopicInput{Name: aws.String(resources.AlertTopicName)})
	if err != nil {
		return out, fmt.Errorf("create topic: %w", err)
	}
	out.AlertTopicARN = aws.ToString(topic.TopicArn)
	key, err := randomString(32)
	if err != nil {
		return out, err
	}
	sec, err := secretsmanager.NewFromConfig(cfg).CreateSecret(ctx, &secretsmanager.CreateSecretInput{
		Name: aws.String(resources.PhoneHashSecretName), SecretString: aws.String(key),
	})
	if err != nil {
		return out, fmt.Errorf("create phone-hash secret: %w", err)
	}
	out.PhoneHashSecretARN = aws.ToString(sec.ARN)
	out.StaffUsername, out.StaffPassword = opt.StaffUsername, opt.StaffPassword
	if out.StaffUsername == "" {
		out.StaffUsername = "staff@borgerfeedback.local"
	}
	if out.StaffPassword == "" {
		p, err := randomString(12)
		if err != nil {
			return out, err
		}
		out.StaffPassword = "Bf1!" + p // meets the pool's policy: upper, lower, digit, symbol
	}
	idp := cognitoidentityprovider.NewFromConfig(cfg)
	if out.UserPoolID, out.UserPoolClientID, err = CreateUserPool(ctx, idp); err != nil {
		return out, err
	}
	if err := CreateStaffUser(ctx, cfg, out.UserPoolID, out.StaffUsername, out.StaffPassword, resources.GroupNational); err != nil {
		return out, err
	}
	return out, nil
}

// CreateTable creates a table from its definition: on-demand, string keys, the GSIs with their
// projections, TTL.
func CreateTable(ctx context.Context, db *dynamodb.Client, t resources.TableDef) error {
	attrs := map[string]bool{t.PartitionKey: true, t.SortKey: true}
	in := &dynamodb.CreateTableInput{
		TableName:   aws.String(t.Name),
		BillingMode: ddb.BillingModePayPerRequest,
		KeySchema: []ddb.KeySchemaElement{
			{AttributeName: aws.String(t.PartitionKey), KeyType: ddb.KeyTypeHash},
			{AttributeName: aws.String(t.SortKey), KeyType: ddb.KeyTypeRange},
		},
	}
	for _, ix := range t.Indexes {
		attrs[ix.PartitionKey], attrs[ix.SortKey] = true, true
		in.GlobalSecondaryIndexes = append(in.GlobalSecondaryIndexes, ddb.GlobalSecondaryIndex{
			IndexName: aws.String(ix.Name),
			KeySchema: []ddb.KeySchemaElement{
				{AttributeName: aws.String(ix.PartitionKey), KeyType: ddb.KeyTypeHash},
				{AttributeName: aws.String(ix.SortKey), KeyType: ddb.KeyTypeRange},
			},
			Projection: projection(ix),
		})
	}
	for name := range attrs {
		in.AttributeDefinitions = append(in.AttributeDefinitions, ddb.AttributeDefinition{AttributeName: aws.String(name), AttributeType: ddb.ScalarAttributeTypeS})
	}
	// A table that already exists is what was asked for: the SDK retries a CreateTable whose answer was
	// lost on a busy emulator, and the retry then finds the table the first attempt made.
	var inUse *ddb.ResourceInUseException
	if _, err := db.CreateTable(ctx, in); err != nil && !errors.As(err, &inUse) {
		return fmt.Errorf("create table %s: %w", t.Name, err)
	}
	if _, err := db.UpdateTimeToLive(ctx, &dynamodb.UpdateTimeToLiveInput{
		TableName:               aws.String(t.Name),
		TimeToLiveSpecification: &ddb.TimeToLiveSpecification{AttributeName: aws.String(t.TTLAttribute), Enabled: aws.Bool(true)},
	}); err != nil {
		return fmt.Errorf("enable TTL on %s: %w", t.Name, err)
	}
	return nil
}

// CreateQueue creates a work queue's DLQ first, then the queue redriving to it. visibility, when
// non-zero, overrides the definition's visibility timeout.
func CreateQueue(ctx context.Context, q *sqs.Client, def resources.QueueDef, visibility time.Duration) (queueURL, dlqURL string, err error) {
	dlq, err := q.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String(def.DLQName), Attributes: map[string]string{
		string(sqstypes.QueueAttributeNameMessageRetentionPeriod): strconv.Itoa(int(def.DLQRetention.Seconds())),
		string(sqstypes.QueueAttributeNameSqsManagedSseEnabled):   "true",
	}})
	if err != nil {
		return "", "", fmt.Errorf("create queue %s: %w", def.DLQName, err)
	}
	attr, err := q.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: dlq.QueueUrl, AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameQueueArn}})
	if err != nil {
		return "", "", fmt.Errorf("queue arn of %s: %w", def.DLQName, err)
	}
	if visibility == 0 {
		visibility = def.VisibilityTimeout
	}
	main, err := q.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String(def.Name), Attributes: map[string]string{
		string(sqstypes.QueueAttributeNameVisibilityTimeout):    strconv.Itoa(int(visibility.Seconds())),
		string(sqstypes.QueueAttributeNameSqsManagedSseEnabled): "true",
		string(sqstypes.QueueAttributeNameRedrivePolicy): fmt.Sprintf(`{"deadLetterTargetArn":%q,"maxReceiveCount":"%d"}`,
			attr.Attributes[string(sqstypes.QueueAttributeNameQueueArn)], def.MaxReceiveCount),
	}})
	if err != nil {
		return "", "", fmt.Errorf("create queue %s: %w", def.Name, err)
	}
	return aws.ToString(main.QueueUrl), aws.ToString(dlq.QueueUrl), nil
}

// CreateUserPool creates the staff pool (no self sign-up, strong passwords), its groups, and an app
// client that locally allows USER_PASSWORD_AUTH so the console's login form and tests can get tokens.
func CreateUserPool(ctx context.Context, idp *cognitoidentityprovider.Client) (poolID, clientID string, err error) {
	pool, err := idp.CreateUserPool(ctx, &cognitoidentityprovider.CreateUserPoolInput{
		PoolName:              aws.String(resources.UserPoolName),
		AdminCreateUserConfig: &cip.AdminCreateUserConfigType{AllowAdminCreateUserOnly: true},
		Policies: &cip.UserPoolPolicyType{PasswordPolicy: &cip.PasswordPolicyType{
			MinimumLength: aws.Int32(12), RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true,
		}},
	})
	if err != nil {
		return "", "", fmt.Errorf("create user pool: %w", err)
	}
	poolID = aws.ToString(pool.UserPool.Id)
	client, err := idp.CreateUserPoolClient(ctx, &cognitoidentityprovider.CreateUserPoolClientInput{
		UserPoolId: aws.String(poolID), ClientName: aws.String("console"),
		ExplicitAuthFlows: []cip.ExplicitAuthFlowsType{cip.ExplicitAuthFlowsTypeAllowUserPasswordAuth, cip.ExplicitAuthFlowsTypeAllowRefreshTokenAuth},
	})
	if err != nil {
		return "", "", fmt.Errorf("create user pool client: %w", err)
	}
	for _, g := range resources.StaffGroups(feedback.Districts) {
		// A group that exists is this call's own, created by an attempt whose answer was lost
		// (the SDK retried it on a busy machine): the pool is new.
		var exists *cip.GroupExistsException
		if _, err := idp.CreateGroup(ctx, &cognitoidentityprovider.CreateGroupInput{UserPoolId: aws.String(poolID), GroupName: aws.String(g)}); err != nil && !errors.As(err, &exists) {
			return "", "", fmt.Errorf("create group %s: %w", g, err)
		}
	}
	return poolID, aws.ToString(client.UserPoolClient.ClientId), nil
}

// CreateStaffUser creates a confirmed staff user with a permanent password in the given groups.
func CreateStaffUser(ctx context.Context, cfg aws.Config, poolID, username, password string, groups ...string) error {
	idp := cognitoidentityprovider.NewFromConfig(cfg)
	if _, err := idp.AdminCreateUser(ctx, &cognitoidentityprovider.AdminCreateUserInput{
		UserPoolId: aws.String(poolID), Username: aws.String(username), MessageAction: cip.MessageActionTypeSuppress,
		UserAttributes: []cip.AttributeType{{Name: aws.String("email"), Value: aws.String(username)}, {Name: aws.String("email_verified"), Value: aws.String("true")}},
	}); err != nil {
		return fmt.Errorf("create staff user: %w", err)
	}
	if _, err := idp.AdminSetUserPassword(ctx, &cognitoidentityprovider.AdminSetUserPasswordInput{
		UserPoolId: aws.String(poolID), Username: aws.String(username), Password: aws.String(password), Permanent: true,
	}); err != nil {
		return fmt.Errorf("set staff password: %w", err)
	}
	for _, g := range groups {
		if _, err := idp.AdminAddUserToGroup(ctx, &cognitoidentityprovider.AdminAddUserToGroupInput{
			UserPoolId: aws.String(poolID), Username: aws.String(username), GroupName: aws.String(g),
		}); err != nil {
			return fmt.Errorf("add staff user to %s: %w", g, err)
		}
	}
	return nil
}

func randomString(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", errors.New("crypto/rand failed")
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func projection(ix resources.IndexDef) *ddb.Projection {
	if ix.KeysOnly {
		return &ddb.Projection{ProjectionType: ddb.ProjectionTypeKeysOnly}
	}
	if ix.Include == nil {
		return &ddb.Projection{ProjectionType: ddb.ProjectionTypeAll}
	}
	return &ddb.Projection{ProjectionType: ddb.ProjectionTypeInclude, NonKeyAttributes: ix.Include}
}

package stack

import (
	"time"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsdynamodb"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsiam"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssecretsmanager"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssns"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/shared/resources"
)

// queueRetention is how long an unconsumed work message is kept (the DLQs keep theirs per resources).
const queueRetention = 4 * 24 * time.Hour

// dataResources are the stateful parts: table, queues, topic, secret.
type dataResources struct {
	table             awsdynamodb.Table
	contact, feedback awssqs.Queue
	contactDLQ        awssqs.Queue
	feedbackDLQ       awssqs.Queue
	topic             awssns.Topic
	secret            awssecretsmanager.Secret
}

func (s *feedbackStack) data() *dataResources {
	d := &dataResources{}
	d.table = s.table()
	d.contact, d.contactDLQ = s.queue("ContactEvents", resources.ContactQueue)
	d.feedback, d.feedbackDLQ = s.queue("FeedbackIntake", resources.FeedbackQueue)

	// The call platform's producer may send to contact-events. Without a producer yet, the grant
	// names this account's root, which grants nothing beyond what the account's IAM policies do.
	producer := awsiam.NewArnPrincipal(awscdk.Token_AsString(awscdk.Fn_ConditionIf(s.params.hasProducer.LogicalId(),
		s.params.producerARN.ValueAsString(),
		awscdk.Fn_Join(jsii.String(""), &[]*string{jsii.String("arn:"), awscdk.Aws_PARTITION(), jsii.String(":iam::"), awscdk.Aws_ACCOUNT_ID(), jsii.String(":root")}),
	), nil))
	d.contact.GrantSendMessages(producer)

	d.topic = awssns.NewTopic(s.Stack, jsii.String("AlertTopic"), &awssns.TopicProps{
		TopicName:   jsii.String(resources.AlertTopicName),
		DisplayName: jsii.String("borgerfeedback alerts"),
		MasterKey:   s.key,
		EnforceSSL:  jsii.Bool(true),
	})
	// CloudWatch alarms publish to the encrypted topic; they need the key for that.
	s.key.Grant(awsiam.NewServicePrincipal(jsii.String("cloudwatch.amazonaws.com"), nil), jsii.String("kms:Decrypt"), jsii.String("kms:GenerateDataKey*"))
	sub := awssns.NewSubscription(s.Stack, jsii.String("AlertEmailSubscription"), &awssns.SubscriptionProps{
		Topic:    d.topic,
		Protocol: awssns.SubscriptionProtocol_EMAIL,
		Endpoint: s.params.alertEmail.ValueAsString(),
	})
	sub.Node().DefaultChild().(awscdk.CfnResource).CfnOptions().SetCondition(s.params.hasAlertEmail)

	d.secret = awssecretsmanager.NewSecret(s.Stack, jsii.String("PhoneHashKey"), &awssecretsmanager.SecretProps{
		SecretName:    jsii.String(resources.PhoneHashSecretName),
		Description:   jsii.String("HMAC key for the keyed hash of citizens' phone numbers (invite reads it at start-up)"),
		EncryptionKey: s.key,
		GenerateSecretString: &awssecretsmanager.SecretStringGenerator{
			PasswordLength:     jsii.Number(64),
			ExcludePunctuation: jsii.Bool(true),
			IncludeSpace:       jsii.Bool(false),
		},
		RemovalPolicy: s.settings.removal,
	})
	return d
}

func (s *feedbackStack) table() awsdynamodb.Table {
	def := resources.Table
	str := func(name string) *awsdynamodb.Attribute {
		return &awsdynamodb.Attribute{Name: jsii.String(name), Type: awsdynamodb.AttributeType_STRING}
	}
	t := awsdynamodb.NewTable(s.Stack, jsii.String("Table"), &awsdynamodb.TableProps{
		TableName:     jsii.String(def.Name),
		PartitionKey:  str(def.PartitionKey),
		SortKey:       str(def.SortKey),
		BillingMode:   awsdynamodb.BillingMode_PAY_PER_REQUEST,
		Encryption:    awsdynamodb.TableEncryption_CUSTOMER_MANAGED,
		EncryptionKey: s.key,
		PointInTimeRecoverySpecification: &awsdynamodb.PointInTimeRecoverySpecification{
			PointInTimeRecoveryEnabled: jsii.Bool(true),
		},
		TimeToLiveAttribute: jsii.String(def.TTLAttribute),
		DeletionProtection:  jsii.Bool(s.settings.deletionProtection),
		RemovalPolicy:       s.settings.removal,
	})
	for _, idx := range def.Indexes {
		props := &awsdynamodb.GlobalSecondaryIndexProps{
			IndexName:      jsii.String(idx.Name),
			PartitionKey:   str(idx.PartitionKey),
			SortKey:        str(idx.SortKey),
			ProjectionType: awsdynamodb.ProjectionType_ALL,
		}
		if idx.KeysOnly {
			props.ProjectionType = awsdynamodb.ProjectionType_KEYS_ONLY
		} else if idx.Include != nil {
			props.ProjectionType, props.NonKeyAttributes = awsdynamodb.ProjectionType_INCLUDE, jsii.Strings(idx.Include...)
		}
		t.AddGlobalSecondaryIndex(props)
	}
	return t
}

// queue makes a work queue and its DLQ, both KMS-encrypted and TLS-only.
func (s *feedbackStack) queue(id string, def resources.QueueDef) (queue, dlq awssqs.Queue) {
	dlq = awssqs.NewQueue(s.Stack, jsii.String(id+"DLQ"), &awssqs.QueueProps{
		QueueName:           jsii.String(def.DLQName),
		Encryption:          awssqs.QueueEncryption_KMS,
		EncryptionMasterKey: s.key,
		EnforceSSL:          jsii.Bool(true),
		RetentionPeriod:     dur(def.DLQRetention),
	})
	queue = awssqs.NewQueue(s.Stack, jsii.String(id), &awssqs.QueueProps{
		QueueName:           jsii.String(def.Name),
		Encryption:          awssqs.QueueEncryption_KMS,
		EncryptionMasterKey: s.key,
		EnforceSSL:          jsii.Bool(true),
		VisibilityTimeout:   dur(def.VisibilityTimeout),
		RetentionPeriod:     dur(queueRetention),
		DeadLetterQueue:     &awssqs.DeadLetterQueue{Queue: dlq, MaxReceiveCount: jsii.Number(def.MaxReceiveCount)},
	})
	return queue, dlq
}

// Package awsrecord records the AWS operations a function's code performs, as IAM sees them: the
// action (service:Operation, with DynamoDB's transactions split into the per-item actions IAM
// checks) and the resource the request names (table and index, queue URL, topic or secret ARN, or
// a phone number for direct SMS). It is an aws-sdk-go-v2 middleware added to an aws.Config, so
// every client a function's wiring makes from that configuration is recorded, on its real code
// paths. make preflight (infra/preflight) checks the recorded calls against each function's role in
// the synthesised template. It is for tests and the preflight; the Lambda binaries never link it.
package awsrecord

import (
	"context"
	"reflect"
	"sort"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/smithy-go/middleware"
)

// Call is one IAM action on one resource.
type Call struct {
	Action string `json:"action"` // e.g. dynamodb:Query
	// Resource is what the request named: "table:<name>", "table:<name>/index/<index>",
	// "queue:<url>", "topic:<arn>", "secret:<id>", "phone" (a direct SMS), or "*" (an account-level
	// call without a resource).
	Resource string `json:"resource"`
}

// Recorder collects calls per function. The zero value is not usable; use New.
type Recorder struct {
	mu    sync.Mutex
	calls map[string]map[Call]bool
}

// New returns an empty recorder.
func New() *Recorder { return &Recorder{calls: map[string]map[Call]bool{}} }

// Config returns cfg with the recording middleware for fn added to every client made from it.
func (r *Recorder) Config(cfg aws.Config, fn string) aws.Config {
	cfg = cfg.Copy()
	cfg.APIOptions = append(append([]func(*middleware.Stack) error{}, cfg.APIOptions...), func(st *middleware.Stack) error {
		return st.Initialize.Add(middleware.InitializeMiddlewareFunc("awsrecord", func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			r.add(fn, calls(awsmiddleware.GetServiceID(ctx), awsmiddleware.GetOperationName(ctx), in.Parameters))
			return next.HandleInitialize(ctx, in)
		}), middleware.After)
	})
	return cfg
}

func (r *Recorder) add(fn string, cs []Call) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.calls[fn] == nil {
		r.calls[fn] = map[Call]bool{}
	}
	for _, c := range cs {
		r.calls[fn][c] = true
	}
}

// Calls returns fn's distinct calls, sorted.
func (r *Recorder) Calls(fn string) []Call {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]Call, 0, len(r.calls[fn]))
	for c := range r.calls[fn] {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Action != out[j].Action {
			return out[i].Action < out[j].Action
		}
		return out[i].Resource < out[j].Resource
	})
	return out
}

// Functions returns the functions that made at least one call.
func (r *Recorder) Functions() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, 0, len(r.calls))
	for fn := range r.calls {
		out = append(out, fn)
	}
	sort.Strings(out)
	return out
}

// iamPrefix maps the SDK's service ids to IAM's service prefixes.
var iamPrefix = map[string]string{
	"DynamoDB":                    "dynamodb",
	"SQS":                         "sqs",
	"SNS":                         "sns",
	"Secrets Manager":             "secretsmanager",
	"Cognito Identity Provider":   "cognito-idp",
	"CloudWatch":                  "cloudwatch",
	"CloudWatch Logs":             "logs",
	"KMS":                         "kms",
	"Lambda":                      "lambda",
	"S3":                          "s3",
	"SSM":                         "ssm",
	"STS":                         "sts",
	"Scheduler":                   "scheduler",
	"EventBridge":                 "events",
	"SESv2":                       "ses",
	"Pinpoint SMS Voice V2":       "sms-voice",
	"Application Auto Scaling":    "application-autoscaling",
	"Cost Explorer":               "ce",
	"Budgets":                     "budgets",
	"API Gateway":                 "apigateway",
	"ApiGatewayV2":                "apigateway",
	"CloudFormation":              "cloudformation",
	"IAM":                         "iam",
	"Resource Groups Tagging API": "tag",
	"Cognito Identity":            "cognito-identity",
}

// calls turns one SDK operation into the IAM actions and resources it needs.
func calls(service, op string, params any) []Call {
	prefix, ok := iamPrefix[service]
	if !ok {
		prefix = service // shows up, unmapped, in the report
	}
	v := reflect.Indirect(reflect.ValueOf(params))
	if prefix == "dynamodb" {
		return dynamoCalls(op, v)
	}
	action := prefix + ":" + op
	switch {
	case str(v, "QueueUrl") != "":
		return []Call{{action, "queue:" + str(v, "QueueUrl")}}
	case str(v, "TopicArn") != "":
		return []Call{{action, "topic:" + str(v, "TopicArn")}}
	case str(v, "TargetArn") != "":
		return []Call{{action, "topic:" + str(v, "TargetArn")}}
	case str(v, "PhoneNumber") != "":
		if prefix == "sns" && op == "Publish" {
			return []Call{{action, "phone"}}
		}
		return []Call{{action, "*"}}
	case str(v, "SecretId") != "":
		return []Call{{action, "secret:" + str(v, "SecretId")}}
	case str(v, "UserPoolId") != "":
		return []Call{{action, "userpool:" + str(v, "UserPoolId")}}
	}
	return []Call{{action, "*"}}
}

// dynamoCalls: IAM has no action for the transactions; it checks each item's own action
// (PutItem, UpdateItem, DeleteItem, ConditionCheckItem, GetItem) on that item's table.
func dynamoCalls(op string, v reflect.Value) []Call {
	table := func(name, index string) string {
		if index != "" {
			return "table:" + name + "/index/" + index
		}
		return "table:" + name
	}
	switch op {
	case "TransactWriteItems", "TransactGetItems":
		var out []Call
		items := field(v, "TransactItems")
		for i := 0; items.IsValid() && i < items.Len(); i++ {
			it := items.Index(i)
			for _, kind := range []struct{ field, action string }{
				{"Put", "PutItem"}, {"Update", "UpdateItem"}, {"Delete", "DeleteItem"},
				{"ConditionCheck", "ConditionCheckItem"}, {"Get", "GetItem"},
			} {
				if f := reflect.Indirect(field(it, kind.field)); f.IsValid() {
					out = append(out, Call{"dynamodb:" + kind.action, table(str(f, "TableName"), "")})
				}
			}
		}
		return out
	case "BatchGetItem", "BatchWriteItem":
		var out []Call
		if m := field(v, "RequestItems"); m.IsValid() {
			for _, k := range m.MapKeys() {
				out = append(out, Call{"dynamodb:" + op, table(k.String(), "")})
			}
		}
		return out
	}
	if name := str(v, "TableName"); name != "" {
		return []Call{{"dynamodb:" + op, table(name, str(v, "IndexName"))}}
	}
	return []Call{{"dynamodb:" + op, "*"}}
}

func field(v reflect.Value, name string) reflect.Value {
	v = reflect.Indirect(v)
	if !v.IsValid() || v.Kind() != reflect.Struct {
		return reflect.Value{}
	}
	return v.FieldByName(name)
}

func str(v reflect.Value, name string) string {
	f := reflect.Indirect(field(v, name))
	if f.IsValid() && f.Kind() == reflect.String {
		return f.String()
	}
	return ""
}

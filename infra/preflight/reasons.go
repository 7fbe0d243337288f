package preflight

import (
	"sort"
	"strings"

	"borgerfeedback/shared/awsrecord"
)

// listed are grants no recorded call uses that stay on purpose, by function ("*": every function)
// and action. Keep it short: each entry is a permission a reviewer has to accept.
var listed = map[string]map[string]string{
	"*": {
		// CDK's SqsEventSource grants grantConsumeMessages; the mapping itself needs ReceiveMessage,
		// DeleteMessage and GetQueueAttributes (mapping reasons below) and CDK adds these two.
		"sqs:ChangeMessageVisibility": "granted with the SQS event source by CDK (grantConsumeMessages); on the function's own queue only",
		"sqs:GetQueueUrl":             "granted with the SQS event source by CDK (grantConsumeMessages); on the function's own queue only",
	},
	"invite": {
		"dynamodb:DeleteItem": "an invitation whose SMS the provider refused is taken back (dynamo.CancelInvitation), so the retry sends one; no sample event makes SNS refuse",
	},
}

// reason says why a grant without a recorded call is there, or "".
func reason(t *Template, f *Function, fn, action, res string, calls []awsrecord.Call, values map[string]string) string {
	a := strings.ToLower(action)
	lambda := t.Resources[f.LogicalID]
	switch {
	case strings.HasPrefix(a, "xray:") && res == "*":
		if tc, _ := lambda.Properties["TracingConfig"].(map[string]any); tc != nil && tc["Mode"] == "Active" {
			return "active tracing: Lambda sends the function's trace segments with its role"
		}
	case strings.HasPrefix(a, "kms:"):
		// The key of a resource the function calls: DynamoDB, SQS, SNS and Secrets Manager use it
		// on the function's behalf (server-side encryption with a customer-managed key).
		key := strings.Trim(res, "«»")
		var uses []string
		for _, c := range calls {
			r, ok := templateResource(c.Resource, values)
			if !ok || !strings.HasPrefix(r, "«") {
				continue
			}
			id := strings.Trim(strings.SplitN(r, "/", 2)[0], "«»")
			if encryptedWith(t.Resources[id], key) && !contains(uses, id) {
				uses = append(uses, id)
			}
		}
		if len(uses) > 0 {
			sort.Strings(uses)
			return "the customer-managed key of " + strings.Join(uses, ", ") + ", used by the service on the function's behalf"
		}
	case strings.HasPrefix(a, "sqs:") && (a == "sqs:receivemessage" || a == "sqs:deletemessage" || a == "sqs:getqueueattributes"):
		if consumes(t, f.LogicalID, strings.Trim(res, "«»")) {
			return "the SQS event source mapping polls and deletes with the function's role"
		}
	}
	for _, scope := range []string{fn, "*"} {
		if why, ok := listed[scope][action]; ok {
			if strings.HasPrefix(action, "sqs:") && !consumes(t, f.LogicalID, strings.Trim(res, "«»")) {
				continue
			}
			return why
		}
	}
	return ""
}

// encryptedWith: the resource's server-side encryption names the key.
func encryptedWith(r Resource, key string) bool {
	for _, prop := range []string{"KmsMasterKeyId", "KmsKeyId", "SSESpecification"} {
		if v, ok := r.Properties[prop]; ok && findRef(v) == key {
			return true
		}
	}
	return false
}

// consumes: an event source mapping feeds the queue to the function.
func consumes(t *Template, fnID, queueID string) bool {
	for _, r := range t.Resources {
		if r.Type == "AWS::Lambda::EventSourceMapping" && refID(r.Properties["FunctionName"]) == fnID && refID(r.Properties["EventSourceArn"]) == queueID {
			return true
		}
	}
	return false
}

func contains(s []string, v string) bool {
	for _, e := range s {
		if e == v {
			return true
		}
	}
	return false
}

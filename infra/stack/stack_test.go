package stack

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/resources"
	"borgerfeedback/shared/smsconfig"
)

// tmpl is a synthesized template as plain JSON, for the checks that walk every resource.
type tmpl map[string]any

func (t tmpl) ofType(typ string) map[string]map[string]any {
	out := map[string]map[string]any{}
	for id, r := range t["Resources"].(map[string]any) {
		if r := r.(map[string]any); r["Type"] == typ {
			out[id] = r
		}
	}
	return out
}

func props(r map[string]any) map[string]any {
	p, _ := r["Properties"].(map[string]any)
	return p
}

// byProp finds the one resource of a type whose property key has value want.
func (t tmpl) byProp(tb testing.TB, typ, key string, want any) (string, map[string]any) {
	tb.Helper()
	for id, r := range t.ofType(typ) {
		if eq(props(r)[key], want) {
			return id, r
		}
	}
	tb.Fatalf("no %s with %s=%v", typ, key, want)
	return "", nil
}

func eq(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

func ref(id string) map[string]any          { return map[string]any{"Ref": id} }
func getAtt(id, attr string) map[string]any { return map[string]any{"Fn::GetAtt": []any{id, attr}} }

// stages runs a check on the dev and the prod template.
func stages(t *testing.T, f func(t *testing.T, stage string, tp tmpl)) {
	s := synth(t)
	t.Run(StageDev, func(t *testing.T) { f(t, StageDev, tmpl(s.devJSON)) })
	t.Run(StageProd, func(t *testing.T) { f(t, StageProd, tmpl(s.prodJSON)) })
}

// assertNoPanic turns a failed jsii assertion (a JavaScript error, a panic in Go) into a test error.
func assertNoPanic(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s: %v", what, r)
		}
	}()
	f()
}

func TestFunctions(t *testing.T) {
	s := synth(t)
	goFunctions := len(resources.Functions) + 1 // and the SMS settings custom resource
	assertNoPanic(t, "only Go functions", func() {
		s.prodT.ResourceCountIs(jsii.String("AWS::Lambda::Function"), jsii.Number(goFunctions))
	})
	assertNoPanic(t, "every Go function", func() {
		s.prodT.ResourcePropertiesCountIs(jsii.String("AWS::Lambda::Function"), &map[string]any{
			"Runtime": "provided.al2023", "Architectures": []any{"arm64"}, "Handler": "bootstrap",
			"LoggingConfig": assertions.Match_ObjectLike(&map[string]any{"LogFormat": "JSON", "LogGroup": assertions.Match_AnyValue()}),
			"TracingConfig": map[string]any{"Mode": "Active"},
		}, jsii.Number(goFunctions))
	})
	store := []string{resources.EnvTableName, resources.EnvFeedbackRetention, resources.EnvInvitationRetention}
	wantEnv := map[string][]string{
		resources.FunctionInvite: append(store, resources.EnvPublicBaseURL, resources.EnvPhoneHashSecretARN, resources.EnvSMSSenderID,
			resources.EnvSamplingRate, resources.EnvSMSBudgetDKK, resources.EnvLinkTTLDays, resources.EnvFrequencyWindowDays, resources.EnvQuietHours, resources.EnvContactQueueURL,
			resources.EnvSafetyListMonthsDoNotContact, resources.EnvSafetyListMonthsSensitive, resources.EnvSafetyListMonthsMinor,
			resources.EnvReminderPolicy, resources.EnvReminderDelay),
		resources.FunctionReminder: append(store, resources.EnvPublicBaseURL, resources.EnvPhoneHashSecretARN, resources.EnvSMSSenderID,
			resources.EnvSamplingRate, resources.EnvSMSBudgetDKK, resources.EnvQuietHours),
		resources.FunctionForm: {resources.EnvTableName, resources.EnvFeedbackRetention, // no invitation retention: formstore writes no expiring row
			resources.EnvFeedbackQueueURL, resources.EnvPublicBaseURL, resources.EnvSMSSenderID, resources.EnvWithdrawalDays},
		resources.FunctionRetention:   append(store, resources.EnvTextRetention),
		resources.FunctionClassify:    append(store, resources.EnvAlertTopicARN, resources.EnvSLA),
		resources.FunctionSMSSettings: nil,
		resources.FunctionTriage: append(store, resources.EnvUserPoolID, resources.EnvUserPoolClientID, resources.EnvCognitoDomain, resources.EnvAuthMode, resources.EnvSLA, resources.EnvPhoneHashSecretARN,
			resources.EnvSamplingRate, resources.EnvSMSBudgetDKK),
	}
	stages(t, func(t *testing.T, stage string, tp tmpl) {
		for _, fn := range append(slices.Clone(resources.Functions), resources.FunctionSMSSettings) {
			t.Run(fn, func(t *testing.T) {
				_, r := tp.byProp(t, "AWS::Lambda::Function", "FunctionName", FunctionName(fn))
				p := props(r)
				set := resources.Settings(fn)
				if !eq(p["MemorySize"], set.MemoryMB) || !eq(p["Timeout"], int(set.Timeout.Seconds())) {
					t.Errorf("memory/timeout = %v/%v, want %d/%v", p["MemorySize"], p["Timeout"], set.MemoryMB, set.Timeout)
				}
				if !eq(p["Runtime"], "provided.al2023") || !eq(p["Architectures"], []string{"arm64"}) {
					t.Errorf("runtime/arch = %v/%v", p["Runtime"], p["Architectures"])
				}
				lc := p["LoggingConfig"].(map[string]any)
				lgID := lc["LogGroup"].(map[string]any)["Ref"].(string)
				lg := props(tp["Resources"].(map[string]any)[lgID].(map[string]any))
				if !eq(lg["LogGroupName"], "/aws/lambda/"+FunctionName(fn)) || lg["RetentionInDays"] == nil {
					t.Errorf("log group %v", lg)
				}
				environment, _ := p["Environment"].(map[string]any)
				vars, _ := environment["Variables"].(map[string]any)
				var got []string
				for k := range vars {
					got = append(got, k)
				}
				want := slices.Clone(wantEnv[fn])
				sort.Strings(got)
				sort.Strings(want)
				if !slices.Equal(got, want) {
					t.Errorf("environment = %v, want %v", got, want)
				}
			})
		}
		// Retention and removal differ by stage.
		for id, lg := range tp.ofType("AWS::Logs::LogGroup") {
			ret, _ := props(lg)["RetentionInDays"].(float64)
			wantRet, wantDel := 30.0, "Delete"
			if stage == StageProd {
				wantRet, wantDel = 365, "Retain"
			}
			if ret != wantRet {
				t.Errorf("%s retention %v, want %v", id, ret, wantRet)
			}
			if lg["DeletionPolicy"] != wantDel {
				t.Errorf("%s DeletionPolicy %v, want %v", id, lg["DeletionPolicy"], wantDel)
			}
		}
	})
}

func TestFunctionEnvironmentPointsAtTheResources(t *testing.T) {
	tp := tmpl(synth(t).devJSON)
	tableID, _ := tp.byProp(t, "AWS::DynamoDB::Table", "TableName", resources.Table.Name)
	feedbackQ, _ := tp.byProp(t, "AWS::SQS::Queue", "QueueName", resources.FeedbackQueue.Name)
	topicID, _ := tp.byProp(t, "AWS::SNS::Topic", "TopicName", resources.AlertTopicName)
	secretID, _ := tp.byProp(t, "AWS::SecretsManager::Secret", "Name", resources.PhoneHashSecretName)
	poolID, _ := tp.byProp(t, "AWS::Cognito::UserPool", "UserPoolName", resources.UserPoolName)
	env := func(fn string) map[string]any {
		_, r := tp.byProp(t, "AWS::Lambda::Function", "FunctionName", FunctionName(fn))
		return props(r)["Environment"].(map[string]any)["Variables"].(map[string]any)
	}
	cases := []struct {
		fn, name string
		want     any
	}{
		{resources.FunctionInvite, resources.EnvTableName, ref(tableID)},
		{resources.FunctionInvite, resources.EnvPhoneHashSecretARN, ref(secretID)},
		{resources.FunctionInvite, resources.EnvSMSSenderID, ref("SmsSenderId")},
		{resources.FunctionInvite, resources.EnvSamplingRate, ref("InviteSamplingRate")},
		{resources.FunctionInvite, resources.EnvSMSBudgetDKK, ref("SmsBudgetDkkMonth")},
		{resources.FunctionTriage, resources.EnvSMSBudgetDKK, ref("SmsBudgetDkkMonth")},
		{resources.FunctionInvite, resources.EnvSafetyListMonthsSensitive, ref("SafetyListMonthsSensitive")},
		{resources.FunctionTriage, resources.EnvPhoneHashSecretARN, ref(secretID)},
		{resources.FunctionForm, resources.EnvFeedbackQueueURL, ref(feedbackQ)},
		{resources.FunctionForm, resources.EnvSMSSenderID, ref("SmsSenderId")},
		{resources.FunctionClassify, resources.EnvAlertTopicARN, ref(topicID)},
		{resources.FunctionClassify, resources.EnvSLA, ref("Sla")},
		{resources.FunctionClassify, resources.EnvFeedbackRetention, ref("FeedbackRetentionDays")},
		{resources.FunctionTriage, resources.EnvTableName, ref(tableID)},
		{resources.FunctionTriage, resources.EnvUserPoolID, ref(poolID)},
		{resources.FunctionTriage, resources.EnvAuthMode, resources.AuthModeAPIGateway},
	}
	for _, c := range cases {
		t.Run(c.fn+"/"+c.name, func(t *testing.T) {
			if got := env(c.fn)[c.name]; !eq(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	if got, _ := json.Marshal(env(resources.FunctionInvite)[resources.EnvPublicBaseURL]); !strings.Contains(string(got), "ApiEndpoint") {
		t.Errorf("invite %s = %s, want the API endpoint", resources.EnvPublicBaseURL, got)
	}
	prod := tmpl(synth(t).prodJSON)
	_, inv := prod.byProp(t, "AWS::Lambda::Function", "FunctionName", FunctionName(resources.FunctionInvite))
	if got := props(inv)["Environment"].(map[string]any)["Variables"].(map[string]any)[resources.EnvPublicBaseURL]; got != "https://feedback.example.dk" {
		t.Errorf("prod (custom domain) %s = %v", resources.EnvPublicBaseURL, got)
	}
}

func TestQueues(t *testing.T) {
	stages(t, func(t *testing.T, stage string, tp tmpl) {
		queues := tp.ofType("AWS::SQS::Queue")
		if len(queues) != 2*len(resources.Queues) {
			t.Errorf("%d queues, want %d", len(queues), 2*len(resources.Queues))
		}
		for id, q := range queues {
			if props(q)["KmsMasterKeyId"] == nil {
				t.Errorf("queue %s is not KMS-encrypted", id)
			}
			if !deniesInsecureTransport(tp, "AWS::SQS::QueuePolicy", "Queues", id) {
				t.Errorf("queue %s has no policy denying non-TLS access", id)
			}
		}
		for _, def := range resources.Queues {
			t.Run(def.Name, func(t *testing.T) {
				_, q := tp.byProp(t, "AWS::SQS::Queue", "QueueName", def.Name)
				dlqID, _ := tp.byProp(t, "AWS::SQS::Queue", "QueueName", def.DLQName)
				p := props(q)
				want := map[string]any{"deadLetterTargetArn": getAtt(dlqID, "Arn"), "maxReceiveCount": def.MaxReceiveCount}
				if !eq(p["RedrivePolicy"], want) {
					t.Errorf("redrive %v, want %v", p["RedrivePolicy"], want)
				}
				vis := p["VisibilityTimeout"].(float64)
				if vis != def.VisibilityTimeout.Seconds() || vis < 6*resources.FunctionTimeout(def.Consumer).Seconds() {
					t.Errorf("visibility %vs, want %v (≥ 6 × %s's timeout)", vis, def.VisibilityTimeout, def.Consumer)
				}
			})
		}
	})
	// The call platform's producer may send to contact-events (by parameter).
	tp := tmpl(synth(t).prodJSON)
	contactID, _ := tp.byProp(t, "AWS::SQS::Queue", "QueueName", resources.ContactQueue.Name)
	found := false
	for _, pol := range tp.ofType("AWS::SQS::QueuePolicy") {
		for _, st := range statements(props(pol)["PolicyDocument"]) {
			b, _ := json.Marshal(st)
			if st["Effect"] == "Allow" && strings.Contains(string(b), "sqs:SendMessage") && strings.Contains(string(b), `"Ref":"CallPlatformProducerArn"`) &&
				eq(st["Resource"], getAtt(contactID, "Arn")) {
				found = true
			}
		}
	}
	if !found {
		t.Error("no statement lets CallPlatformProducerArn send to the contact-events queue")
	}
}

func deniesInsecureTransport(tp tmpl, policyType, targetsKey, targetID string) bool {
	for _, pol := range tp.ofType(policyType) {
		p := props(pol)
		if !slices.ContainsFunc(p[targetsKey].([]any), func(v any) bool { return eq(v, ref(targetID)) }) {
			continue
		}
		for _, st := range statements(p["PolicyDocument"]) {
			if st["Effect"] == "Deny" && eq(st["Condition"], map[string]any{"Bool": map[string]any{"aws:SecureTransport": "false"}}) {
				return true
			}
		}
	}
	return false
}

func getID(v any) string {
	if m, ok := v.(map[string]any); ok {
		if ga, ok := m["Fn::GetAtt"].([]any); ok {
			return ga[0].(string)
		}
	}
	return ""
}

func statements(doc any) []map[string]any {
	var out []map[string]any
	if d, ok := doc.(map[string]any); ok {
		for _, s := range d["Statement"].([]any) {
			out = append(out, s.(map[string]any))
		}
	}
	return out
}

func TestEventSourceMappings(t *testing.T) {
	stages(t, func(t *testing.T, stage string, tp tmpl) {
		esms := tp.ofType("AWS::Lambda::EventSourceMapping")
		if len(esms) != len(resources.Queues) {
			t.Errorf("%d event source mappings, want %d", len(esms), len(resources.Queues))
		}
		for _, def := range resources.Queues {
			qID, _ := tp.byProp(t, "AWS::SQS::Queue", "QueueName", def.Name)
			fnID, _ := tp.byProp(t, "AWS::Lambda::Function", "FunctionName", FunctionName(def.Consumer))
			_, m := tp.byProp(t, "AWS::Lambda::EventSourceMapping", "EventSourceArn", getAtt(qID, "Arn"))
			p := props(m)
			want := map[string]any{
				"FunctionName": ref(fnID), "FunctionResponseTypes": []string{"ReportBatchItemFailures"},
				"BatchSize": def.BatchSize, "MaximumBatchingWindowInSeconds": int(def.MaxBatchingWindow.Seconds()),
				"ScalingConfig": map[string]any{"MaximumConcurrency": def.MaxConcurrency},
			}
			for k, v := range want {
				if !eq(p[k], v) {
					t.Errorf("%s: %s = %v, want %v", def.Name, k, p[k], v)
				}
			}
		}
	})
}

func TestTableAndKey(t *testing.T) {
	stages(t, func(t *testing.T, stage string, tp tmpl) {
		keyID, key := tp.byProp(t, "AWS::KMS::Key", "EnableKeyRotation", true)
		_ = key
		_, tb := tp.byProp(t, "AWS::DynamoDB::Table", "TableName", resources.Table.Name)
		p := props(tb)
		def := resources.Table
		checks := map[string]any{
			"BillingMode":                      "PAY_PER_REQUEST",
			"KeySchema":                        []any{map[string]any{"AttributeName": def.PartitionKey, "KeyType": "HASH"}, map[string]any{"AttributeName": def.SortKey, "KeyType": "RANGE"}},
			"PointInTimeRecoverySpecification": map[string]any{"PointInTimeRecoveryEnabled": true},
			"SSESpecification":                 map[string]any{"KMSMasterKeyId": getAtt(keyID, "Arn"), "SSEEnabled": true, "SSEType": "KMS"},
			"TimeToLiveSpecification":          map[string]any{"AttributeName": def.TTLAttribute, "Enabled": true},
			"DeletionProtectionEnabled":        stage == StageProd,
		}
		for k, v := range checks {
			if !eq(p[k], v) {
				t.Errorf("table %s = %v, want %v", k, p[k], v)
			}
		}
		wantPolicy := map[string]string{StageDev: "Delete", StageProd: "Retain"}[stage]
		if tb["DeletionPolicy"] != wantPolicy || key["DeletionPolicy"] != wantPolicy {
			t.Errorf("DeletionPolicy table %v key %v, want %v", tb["DeletionPolicy"], key["DeletionPolicy"], wantPolicy)
		}
		var gsis []map[string]any
		for _, g := range p["GlobalSecondaryIndexes"].([]any) {
			gsis = append(gsis, g.(map[string]any))
		}
		if len(gsis) != len(def.Indexes) {
			t.Errorf("%d GSIs, want %d", len(gsis), len(def.Indexes))
		}
		for _, idx := range def.Indexes {
			include := []any{}
			for _, a := range idx.Include {
				include = append(include, a)
			}
			want := map[string]any{
				"IndexName":  idx.Name,
				"KeySchema":  []any{map[string]any{"AttributeName": idx.PartitionKey, "KeyType": "HASH"}, map[string]any{"AttributeName": idx.SortKey, "KeyType": "RANGE"}},
				"Projection": map[string]any{"ProjectionType": "INCLUDE", "NonKeyAttributes": include},
			}
			if idx.KeysOnly {
				want["Projection"] = map[string]any{"ProjectionType": "KEYS_ONLY"}
			}
			if !slices.ContainsFunc(gsis, func(g map[string]any) bool { return eq(g, want) }) {
				t.Errorf("GSI %s missing or different: want %v", idx.Name, want)
			}
		}
	})
}

func TestTopicSecretAndSMS(t *testing.T) {
	tp := tmpl(synth(t).prodJSON)
	topicID, topic := tp.byProp(t, "AWS::SNS::Topic", "TopicName", resources.AlertTopicName)
	if props(topic)["KmsMasterKeyId"] == nil {
		t.Error("alert topic not KMS-encrypted")
	}
	if !deniesInsecureTransport(tp, "AWS::SNS::TopicPolicy", "Topics", topicID) {
		t.Error("alert topic does not deny non-TLS publishing")
	}
	_, sub := tp.byProp(t, "AWS::SNS::Subscription", "Protocol", "email")
	if !eq(props(sub)["Endpoint"], ref("AlertEmail")) || sub["Condition"] != "HasAlertEmail" {
		t.Errorf("e-mail subscription %v", sub)
	}
	_, sec := tp.byProp(t, "AWS::SecretsManager::Secret", "Name", resources.PhoneHashSecretName)
	if g, ok := props(sec)["GenerateSecretString"].(map[string]any); !ok || g["PasswordLength"].(float64) < 32 {
		t.Errorf("phone-hash key not generated with ≥ 32 characters: %v", props(sec))
	}
	fnID, _ := tp.byProp(t, "AWS::Lambda::Function", "FunctionName", FunctionName(resources.FunctionSMSSettings))
	_, cr := tp.byProp(t, "Custom::SmsSettings", "ServiceToken", getAtt(fnID, "Arn"))
	want := map[string]any{smsconfig.PropMonthlySpendLimit: ref("SmsMonthlySpendLimit"), smsconfig.PropSenderID: ref("SmsSenderId")}
	for k, v := range want {
		if !eq(props(cr)[k], v) {
			t.Errorf("SMS settings %s = %v, want %v", k, props(cr)[k], v)
		}
	}
}

// policyOf returns every statement of the policies attached to a function's role.
func policyOf(t *testing.T, tp tmpl, fn string) []map[string]any {
	_, f := tp.byProp(t, "AWS::Lambda::Function", "FunctionName", FunctionName(fn))
	roleID := getID(props(f)["Role"])
	var out []map[string]any
	for _, p := range tp.ofType("AWS::IAM::Policy") {
		if slices.ContainsFunc(props(p)["Roles"].([]any), func(r any) bool { return eq(r, ref(roleID)) }) {
			out = append(out, statements(props(p)["PolicyDocument"])...)
		}
	}
	return out
}

func actions(st map[string]any) []string {
	switch a := st["Action"].(type) {
	case string:
		return []string{a}
	case []any:
		var out []string
		for _, x := range a {
			out = append(out, x.(string))
		}
		return out
	}
	return nil
}

func TestLeastPrivilege(t *testing.T) {
	tp := tmpl(synth(t).prodJSON)
	topicID, _ := tp.byProp(t, "AWS::SNS::Topic", "TopicName", resources.AlertTopicName)
	secretID, _ := tp.byProp(t, "AWS::SecretsManager::Secret", "Name", resources.PhoneHashSecretName)
	feedbackQ, _ := tp.byProp(t, "AWS::SQS::Queue", "QueueName", resources.FeedbackQueue.Name)
	contactQ, _ := tp.byProp(t, "AWS::SQS::Queue", "QueueName", resources.ContactQueue.Name)
	type grant struct {
		action   string
		resource any // nil: any resource
	}
	cases := []struct {
		fn      string
		want    []grant
		notWant []string
	}{
		// invite sends only to its own queue (quiet hours): checked below.
		{resources.FunctionInvite, []grant{{"secretsmanager:GetSecretValue", ref(secretID)}, {"dynamodb:PutItem", nil}, {"sns:CheckIfPhoneNumberIsOptedOut", "*"}, {"sqs:SendMessage", getAtt(contactQ, "Arn")}}, []string{"dynamodb:Scan", "sns:SetSMSAttributes"}},
		{resources.FunctionRetention, []grant{{"dynamodb:Query", nil}, {"dynamodb:DeleteItem", nil}, {"dynamodb:UpdateItem", nil}},
			[]string{"dynamodb:Scan", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "sqs:SendMessage", "sns:Publish", "secretsmanager:GetSecretValue"}},
		// reminder: the table without an index or Scan, the key, SMS to phone numbers (checked below); no queue, no topic.
		{resources.FunctionReminder, []grant{{"secretsmanager:GetSecretValue", ref(secretID)}, {"dynamodb:Query", nil}, {"dynamodb:DeleteItem", nil}, {"sns:CheckIfPhoneNumberIsOptedOut", "*"}},
			[]string{"dynamodb:Scan", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "sqs:SendMessage", "sns:SetSMSAttributes"}},
		{resources.FunctionForm, []grant{{"sqs:SendMessage", getAtt(feedbackQ, "Arn")}, {"dynamodb:GetItem", nil}}, []string{"sns:Publish", "sns:CheckIfPhoneNumberIsOptedOut", "secretsmanager:GetSecretValue", "dynamodb:Scan"}},
		{resources.FunctionClassify, []grant{{"sns:Publish", ref(topicID)}, {"dynamodb:PutItem", nil}}, []string{"sqs:SendMessage", "sns:CheckIfPhoneNumberIsOptedOut", "secretsmanager:GetSecretValue", "dynamodb:Scan"}},
		{resources.FunctionTriage, []grant{{"dynamodb:Query", nil}, {"secretsmanager:GetSecretValue", ref(secretID)}}, []string{"sns:Publish", "sqs:SendMessage", "dynamodb:Scan", "sns:SetSMSAttributes"}},
		{resources.FunctionSMSSettings, []grant{{"sns:SetSMSAttributes", "*"}}, []string{"sns:Publish", "dynamodb:GetItem", "sqs:SendMessage", "kms:Decrypt"}},
	}
	for _, c := range cases {
		t.Run(c.fn, func(t *testing.T) {
			sts := policyOf(t, tp, c.fn)
			for _, g := range c.want {
				if !slices.ContainsFunc(sts, func(st map[string]any) bool {
					return slices.Contains(actions(st), g.action) && (g.resource == nil || eq(st["Resource"], g.resource))
				}) {
					t.Errorf("missing %s on %v", g.action, g.resource)
				}
			}
			for _, st := range sts {
				for _, a := range actions(st) {
					if slices.Contains(c.notWant, a) {
						t.Errorf("has %s it does not need", a)
					}
				}
			}
		})
	}
	for _, st := range policyOf(t, tp, resources.FunctionInvite) {
		if slices.Contains(actions(st), "sqs:SendMessage") && !eq(st["Resource"], getAtt(contactQ, "Arn")) {
			t.Errorf("invite may send only to the contact queue, got %v", st["Resource"])
		}
	}
	// invite and reminder may publish SMS to phone numbers only: sns:Publish with NotResource every topic.
	for _, fn := range []string{resources.FunctionInvite, resources.FunctionReminder} {
		var sms []map[string]any
		for _, st := range policyOf(t, tp, fn) {
			if slices.Contains(actions(st), "sns:Publish") {
				sms = append(sms, st)
			}
		}
		if len(sms) != 1 || sms[0]["Resource"] != nil || !strings.Contains(mustJSON(sms[0]["NotResource"]), ":sns:*:*:*") {
			t.Errorf("%s's sns:Publish should be NotResource arn:…:sns:*:*:*, got %v", fn, sms)
		}
	}
	// reminder's table grant names the table alone: no index.
	for _, st := range policyOf(t, tp, resources.FunctionReminder) {
		if strings.Contains(mustJSON(st["Resource"]), "/index/") {
			t.Errorf("reminder may not query an index: %v", st)
		}
	}
}

// TestSchedules: retention daily, the reminder sweep every 5 minutes, each rule targeting its
// function with retries.
func TestSchedules(t *testing.T) {
	tp := tmpl(synth(t).prodJSON)
	for fn, expr := range map[string]string{resources.FunctionRetention: resources.RetentionSchedule, resources.FunctionReminder: resources.ReminderSchedule} {
		fnID, _ := tp.byProp(t, "AWS::Lambda::Function", "FunctionName", FunctionName(fn))
		_, r := tp.byProp(t, "AWS::Events::Rule", "ScheduleExpression", expr)
		targets := mustJSON(props(r)["Targets"])
		if !strings.Contains(targets, fnID) || !strings.Contains(targets, `"MaximumRetryAttempts":2`) {
			t.Errorf("%s's schedule %s targets %s", fn, expr, targets)
		}
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestNoFullAccessNoAllowStarOnStar(t *testing.T) {
	stages(t, func(t *testing.T, stage string, tp tmpl) {
		for id, r := range tp.ofType("AWS::IAM::Role") {
			if b := mustJSON(props(r)["ManagedPolicyArns"]); strings.Contains(b, "FullAccess") {
				t.Errorf("%s mentions a *FullAccess managed policy", id)
			}
		}
		for _, typ := range []string{"AWS::IAM::Policy", "AWS::IAM::Role", "AWS::IAM::ManagedPolicy"} {
			for id, r := range tp.ofType(typ) {
				docs := []any{props(r)["PolicyDocument"]}
				if pols, ok := props(r)["Policies"].([]any); ok {
					for _, p := range pols {
						docs = append(docs, p.(map[string]any)["PolicyDocument"])
					}
				}
				for _, d := range docs {
					for _, st := range statements(d) {
						if st["Effect"] == "Allow" && slices.Contains(actions(st), "*") && (st["Resource"] == "*" || eq(st["Resource"], []string{"*"})) {
							t.Errorf("%s allows * on *", id)
						}
					}
				}
			}
		}
	})
}

func TestHTTPAPI(t *testing.T) {
	stages(t, func(t *testing.T, stage string, tp tmpl) {
		apis := tp.ofType("AWS::ApiGatewayV2::Api")
		if len(apis) != 1 {
			t.Fatalf("%d HTTP APIs", len(apis))
		}
		for _, a := range apis {
			if props(a)["CorsConfiguration"] != nil || props(a)["ProtocolType"] != "HTTP" {
				t.Errorf("API %v: want HTTP without CORS (same-origin console)", props(a))
			}
		}
		want := map[string]string{
			"GET /f/{token}": "NONE", "POST /f/{token}": "NONE", "POST /f/{token}/stop": "NONE", "POST /f/{token}/withdraw": "NONE", "ANY /api/{proxy+}": "JWT", "GET /favicon.ico": "NONE",
			"GET /console": "NONE", "GET /console/{proxy+}": "NONE", "POST /console/auth/{action}": "NONE",
		}
		got := map[string]string{}
		for _, r := range tp.ofType("AWS::ApiGatewayV2::Route") {
			p := props(r)
			key := p["RouteKey"].(string)
			got[key] = p["AuthorizationType"].(string)
			if strings.Contains(key, " /api") && (p["AuthorizationType"] != "JWT" || p["AuthorizerId"] == nil) {
				t.Errorf("route %s is not behind the JWT authorizer", key)
			}
		}
		if !eq(got, want) {
			t.Errorf("routes %v, want %v", got, want)
		}
		poolID, _ := tp.byProp(t, "AWS::Cognito::UserPool", "UserPoolName", resources.UserPoolName)
		_, authz := tp.byProp(t, "AWS::ApiGatewayV2::Authorizer", "AuthorizerType", "JWT")
		jwt := props(authz)["JwtConfiguration"].(map[string]any)
		if !strings.Contains(mustJSON(jwt["Issuer"]), "cognito-idp") || !strings.Contains(mustJSON(jwt["Issuer"]), poolID) || jwt["Audience"] == nil {
			t.Errorf("JWT authorizer %v: want the staff pool as issuer and the console client as audience", jwt)
		}
		_, st := tp.byProp(t, "AWS::ApiGatewayV2::Stage", "StageName", "$default")
		p := props(st)
		if !eq(p["DefaultRouteSettings"], map[string]any{"ThrottlingBurstLimit": throttleBurst, "ThrottlingRateLimit": throttleRate}) {
			t.Errorf("stage throttling %v", p["DefaultRouteSettings"])
		}
		als, _ := p["AccessLogSettings"].(map[string]any)
		format, _ := als["Format"].(string)
		var fields map[string]string
		if als["DestinationArn"] == nil || json.Unmarshal([]byte(format), &fields) != nil || fields["routeKey"] == "" {
			t.Errorf("access logging %v: want JSON lines with the route key to a log group", als)
		}
		if dest := mustJSON(als["DestinationArn"]); !strings.Contains(dest, ":log-group:") || strings.HasSuffix(strings.TrimRight(dest, `"]}`), ":*") {
			t.Errorf("access log destination %s: want a log group ARN without the trailing :*", dest)
		}
		if strings.Contains(format, "$context.path") || strings.Contains(format, "sourceIp") {
			t.Errorf("access log format logs paths (link tokens) or IPs: %s", format)
		}
		domains := tp.ofType("AWS::ApiGatewayV2::DomainName")
		if (stage == StageProd) != (len(domains) == 1) {
			t.Errorf("%s: %d custom domains", stage, len(domains))
		}
	})
}

func TestUserPool(t *testing.T) {
	stages(t, func(t *testing.T, stage string, tp tmpl) {
		_, pool := tp.byProp(t, "AWS::Cognito::UserPool", "UserPoolName", resources.UserPoolName)
		p := props(pool)
		if !eq(p["AdminCreateUserConfig"].(map[string]any)["AllowAdminCreateUserOnly"], true) {
			t.Error("self sign-up is possible")
		}
		if p["MfaConfiguration"] != "ON" || !eq(p["EnabledMfas"], []string{"SOFTWARE_TOKEN_MFA"}) {
			t.Errorf("MFA %v %v, want required TOTP", p["MfaConfiguration"], p["EnabledMfas"])
		}
		pw := p["Policies"].(map[string]any)["PasswordPolicy"].(map[string]any)
		if pw["MinimumLength"].(float64) < 12 || pw["RequireSymbols"] != true || pw["RequireNumbers"] != true || pw["RequireUppercase"] != true || pw["RequireLowercase"] != true {
			t.Errorf("weak password policy %v", pw)
		}
		if stage == StageProd && (p["DeletionProtection"] != "ACTIVE" || pool["DeletionPolicy"] != "Retain") {
			t.Errorf("prod pool: deletion protection %v, policy %v", p["DeletionProtection"], pool["DeletionPolicy"])
		}
		var groups []string
		for _, g := range tp.ofType("AWS::Cognito::UserPoolGroup") {
			groups = append(groups, props(g)["GroupName"].(string))
		}
		want := resources.StaffGroups(feedback.Districts)
		sort.Strings(groups)
		sort.Strings(want)
		if !slices.Equal(groups, want) {
			t.Errorf("groups %v, want %v", groups, want)
		}
		_, client := tp.byProp(t, "AWS::Cognito::UserPoolClient", "AllowedOAuthFlows", []string{"code"})
		c := props(client)
		if c["GenerateSecret"] != false || c["AllowedOAuthFlowsUserPoolClient"] != true || c["CallbackURLs"] == nil {
			t.Errorf("console client %v", c)
		}
		if strings.Contains(mustJSON(c["ExplicitAuthFlows"]), "USER_PASSWORD_AUTH") {
			t.Error("console client allows USER_PASSWORD_AUTH (passwords through the app)")
		}
		if !strings.Contains(mustJSON(c["CallbackURLs"]), "ConsoleCallbackUrls") {
			t.Error("callback URLs do not come from the ConsoleCallbackUrls parameter")
		}
		if len(tp.ofType("AWS::Cognito::UserPoolDomain")) != 1 {
			t.Error("no managed login domain")
		}
	})
}

func TestAlarmsAndDashboard(t *testing.T) {
	s := synth(t)
	stages(t, func(t *testing.T, stage string, tp tmpl) {
		topicID, _ := tp.byProp(t, "AWS::SNS::Topic", "TopicName", resources.AlertTopicName)
		alarms := tp.ofType("AWS::CloudWatch::Alarm")
		// Per queue: DLQ depth and age; per function: errors and throttles; API 5xx; urgent;
		// EMF: batch item failures of invite and classify, alert publish failures, no replies in a day,
		// a suppression spike.
		if want := 2*len(resources.Queues) + 2*len(resources.Functions) + 2 + 5; len(alarms) != want {
			t.Errorf("%d alarms, want %d", len(alarms), want)
		}
		for id, a := range alarms {
			if !eq(props(a)["AlarmActions"], []any{ref(topicID)}) {
				t.Errorf("alarm %s does not notify the alert topic", id)
			}
		}
		has := func(what string, match func(p map[string]any) bool) {
			t.Helper()
			for _, a := range alarms {
				if match(props(a)) {
					return
				}
			}
			t.Errorf("no alarm for %s", what)
		}
		for _, def := range resources.Queues {
			dlqID, _ := tp.byProp(t, "AWS::SQS::Queue", "QueueName", def.DLQName)
			qID, _ := tp.byProp(t, "AWS::SQS::Queue", "QueueName", def.Name)
			has(def.DLQName+" depth", func(p map[string]any) bool {
				return p["MetricName"] == "ApproximateNumberOfMessagesVisible" && p["Threshold"] == 0.0 && p["ComparisonOperator"] == "GreaterThanThreshold" &&
					eq(p["Dimensions"], []any{map[string]any{"Name": "QueueName", "Value": getAtt(dlqID, "QueueName")}})
			})
			has(def.Name+" age", func(p map[string]any) bool {
				return p["MetricName"] == "ApproximateAgeOfOldestMessage" && eq(p["Dimensions"], []any{map[string]any{"Name": "QueueName", "Value": getAtt(qID, "QueueName")}})
			})
		}
		for _, fn := range resources.Functions {
			fnID, _ := tp.byProp(t, "AWS::Lambda::Function", "FunctionName", FunctionName(fn))
			for _, m := range []string{"Errors", "Throttles"} {
				has(fn+" "+m, func(p map[string]any) bool {
					return p["MetricName"] == m && p["Namespace"] == "AWS/Lambda" && eq(p["Dimensions"], []any{map[string]any{"Name": "FunctionName", "Value": ref(fnID)}})
				})
			}
		}
		has("API 5xx", func(p map[string]any) bool { return p["Namespace"] == "AWS/ApiGateway" && p["MetricName"] == "5xx" })
		has("urgent feedback", func(p map[string]any) bool {
			return p["Namespace"] == resources.MetricsNamespace && p["MetricName"] == resources.MetricUrgentFeedback && p["Threshold"] == 1.0
		})
		for _, fn := range []string{resources.FunctionInvite, resources.FunctionClassify} {
			has(fn+" batch item failures", func(p map[string]any) bool {
				return p["Namespace"] == resources.MetricsNamespace && p["MetricName"] == metrics.BatchItemFailures &&
					eq(p["Dimensions"], []any{map[string]any{"Name": metrics.DimFunction, "Value": fn}})
			})
		}
		has("alert publish failures", func(p map[string]any) bool {
			return p["Namespace"] == resources.MetricsNamespace && p["MetricName"] == metrics.AlertPublishFails
		})
		has("no replies in a day", func(p map[string]any) bool {
			ms, _ := p["Metrics"].([]any)
			expr := ""
			for _, m := range ms {
				if e, ok := m.(map[string]any)["Expression"].(string); ok {
					expr = e
				}
			}
			return len(ms) == 3 && strings.Contains(expr, "sent > 0") && strings.Contains(expr, "stored")
		})
		has("a suppression spike", func(p map[string]any) bool {
			ms, _ := p["Metrics"].([]any)
			expr, reasons := "", map[string]bool{}
			for _, m := range ms {
				mm := m.(map[string]any)
				if e, ok := mm["Expression"].(string); ok {
					expr = e
				}
				stat, _ := mm["MetricStat"].(map[string]any)
				metric, _ := stat["Metric"].(map[string]any)
				dims, _ := metric["Dimensions"].([]any)
				for _, d := range dims {
					if d.(map[string]any)["Name"] == metrics.DimReason {
						reasons[d.(map[string]any)["Value"].(string)] = true
					}
				}
			}
			return len(ms) == 5 && strings.Contains(expr, ">= 20") && strings.Contains(expr, "> FILL(sent, 0)") &&
				reasons[invite.ReasonSampling] && reasons[invite.ReasonFrequency] && len(reasons) == 2
		})
		classifyLogs, _ := tp.byProp(t, "AWS::Logs::LogGroup", "LogGroupName", "/aws/lambda/"+FunctionName(resources.FunctionClassify))
		_, mf := tp.byProp(t, "AWS::Logs::MetricFilter", "LogGroupName", ref(classifyLogs))
		pattern := props(mf)["FilterPattern"].(string)
		if !strings.Contains(pattern, `$.message = "`+resources.UrgentLogMessage+`"`) || !strings.Contains(pattern, "$.urgent IS TRUE") {
			t.Errorf("urgent metric filter %q", pattern)
		}
	})
	assertNoPanic(t, "dashboard", func() { s.prodT.ResourceCountIs(jsii.String("AWS::CloudWatch::Dashboard"), jsii.Number(1)) })
}

func TestOutputsAndParameters(t *testing.T) {
	tp := tmpl(synth(t).prodJSON)
	outs := tp["Outputs"].(map[string]any)
	for _, o := range []string{"ApiUrl", "ConsoleUrl", "UserPoolId", "UserPoolClientId", "ContactQueueUrl", "FeedbackQueueUrl", "AlertTopicArn", "CustomDomainTarget"} {
		if outs[o] == nil {
			t.Errorf("output %s missing", o)
		}
	}
	if outs["ApiUrl"].(map[string]any)["Value"] != "https://feedback.example.dk" {
		t.Errorf("ApiUrl with a custom domain = %v", outs["ApiUrl"])
	}
	params := tp["Parameters"].(map[string]any)
	for _, p := range []string{"CallPlatformProducerArn", "AlertEmail", "ConsoleCallbackUrls", "SmsSenderId", "SmsMonthlySpendLimit", "InviteSamplingRate", "SmsBudgetDkkMonth", "Sla", "FeedbackRetentionDays", "InvitationRetentionDays", "LinkTtlDays", "FrequencyWindowDays", "SafetyListMonthsDoNotContact", "SafetyListMonthsSensitive", "SafetyListMonthsMinor", "ReminderPolicy", "ReminderDelay"} {
		if params[p] == nil {
			t.Errorf("parameter %s missing", p)
		}
	}
}

// TestCfnLint runs cfn-lint on the synthesized templates: no errors allowed (warnings are shown).
// CI has cfn-lint (see docs/ops.md); BORGERFEEDBACK_SKIP_CFN_LINT=1 skips where it cannot be had.
func TestCfnLint(t *testing.T) {
	s := synth(t)
	lint, err := exec.LookPath("cfn-lint")
	if err != nil {
		if os.Getenv("BORGERFEEDBACK_SKIP_CFN_LINT") == "1" {
			t.Skip("cfn-lint not on PATH and BORGERFEEDBACK_SKIP_CFN_LINT=1")
		}
		t.Fatal("cfn-lint not on PATH: install it (pip install cfn-lint) or set BORGERFEEDBACK_SKIP_CFN_LINT=1")
	}
	for _, name := range []string{testDevStack, testProdStack} {
		file := filepath.Join(s.dir, name+".template.json")
		out, err := exec.Command(lint, "--format", "parseable", file).CombinedOutput()
		var errs []string
		for _, line := range strings.Split(string(out), "\n") {
			if strings.Contains(line, ":E") {
				errs = append(errs, line)
			}
		}
		if code := exitCode(err); code&2 != 0 || len(errs) > 0 || (code != 0 && code&(4|8) == 0) {
			t.Errorf("cfn-lint %s (exit %d):\n%s", name, code, out)
		} else if len(out) > 0 {
			t.Logf("cfn-lint %s warnings:\n%s", name, out)
		}
	}
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}

func TestPropsValidate(t *testing.T) {
	dist := t.TempDir()
	for _, fn := range append(slices.Clone(resources.Functions), resources.FunctionSMSSettings) {
		os.MkdirAll(filepath.Join(dist, fn), 0o755)
		os.WriteFile(filepath.Join(dist, fn, "bootstrap"), []byte("x"), 0o755)
	}
	cases := []struct {
		name    string
		props   FeedbackStackProps
		wantErr string
	}{
		{"dev", FeedbackStackProps{Stage: StageDev, DistDir: dist}, ""},
		{"default stage", FeedbackStackProps{DistDir: dist}, ""},
		{"prod with domain", FeedbackStackProps{Stage: StageProd, DistDir: dist, DomainName: "x.dk", CertificateARN: "arn:aws:acm:eu-north-1:1:certificate/x"}, ""},
		{"unknown stage", FeedbackStackProps{Stage: "test", DistDir: dist}, `stage "test"`},
		{"domain without certificate", FeedbackStackProps{DistDir: dist, DomainName: "x.dk"}, "certificateArn"},
		{"no build", FeedbackStackProps{DistDir: t.TempDir()}, "make build"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.props.Validate()
			if c.wantErr == "" && err != nil || c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
				t.Errorf("Validate() = %v, want %q", err, c.wantErr)
			}
		})
	}
}

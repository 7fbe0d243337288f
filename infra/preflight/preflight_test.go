package preflight_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/infra/preflight"
	"borgerfeedback/infra/stack"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
)

const repo = "../.."

// synthJSON synthesises the dev stack in-process (stand-in binaries: the checks read the
// template) and returns its template's JSON.
func synthJSON(t *testing.T) []byte {
	t.Helper()
	dir := t.TempDir()
	for _, fn := range append(slices.Clone(resources.Functions), resources.FunctionSMSSettings) {
		if err := os.MkdirAll(filepath.Join(dir, "dist", fn), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "dist", fn, "bootstrap"), []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var cdkJSON struct {
		Context map[string]any `json:"context"`
	}
	raw, err := os.ReadFile(filepath.Join(repo, "infra", "cdk.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &cdkJSON); err != nil {
		t.Fatal(err)
	}
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(filepath.Join(dir, "cdk.out")), Context: &cdkJSON.Context})
	st := stack.NewFeedbackStack(app, "PreflightTest", &stack.FeedbackStackProps{
		StackProps: awscdk.StackProps{Env: &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("eu-north-1")}},
		Stage:      stack.StageDev, DistDir: filepath.Join(dir, "dist"),
	})
	b, err := json.Marshal(assertions.Template_FromStack(st, nil).ToJSON())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func parse(t *testing.T, b []byte) *preflight.Template {
	t.Helper()
	tpl, err := preflight.ParseTemplate(b)
	if err != nil {
		t.Fatal(err)
	}
	return tpl
}

// mutate edits a copy of the template's JSON.
func mutate(t *testing.T, b []byte, edit func(res map[string]any)) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	edit(doc["Resources"].(map[string]any))
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// function finds a function's resource by its project name.
func function(res map[string]any, fn string) map[string]any {
	for _, r := range res {
		rm := r.(map[string]any)
		if rm["Type"] == "AWS::Lambda::Function" && strings.HasSuffix(rm["Properties"].(map[string]any)["FunctionName"].(string), "-"+fn) {
			return rm
		}
	}
	return nil
}

// dropAction removes action from every statement of fn's role policies.
func dropAction(res map[string]any, fn, action string) {
	role := function(res, fn)["Properties"].(map[string]any)["Role"].(map[string]any)["Fn::GetAtt"].([]any)[0]
	for _, r := range res {
		rm := r.(map[string]any)
		if rm["Type"] != "AWS::IAM::Policy" {
			continue
		}
		p := rm["Properties"].(map[string]any)
		if p["Roles"].([]any)[0].(map[string]any)["Ref"] != role {
			continue
		}
		for _, s := range p["PolicyDocument"].(map[string]any)["Statement"].([]any) {
			sm := s.(map[string]any)
			var keep []any
			for _, a := range listOf(sm["Action"]) {
				if a != action {
					keep = append(keep, a)
				}
			}
			if len(keep) == 0 {
				keep = []any{"none:Nothing"}
			}
			sm["Action"] = keep
		}
	}
}

func listOf(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	return []any{v}
}

func envOf(res map[string]any, fn string) map[string]any {
	return function(res, fn)["Properties"].(map[string]any)["Environment"].(map[string]any)["Variables"].(map[string]any)
}

func TestPreflight(t *testing.T) {
	if _, err := motostack.MotoCommand(); err != nil {
		t.Skip("moto_server not installed (make deps):", err)
	}
	defer jsii.Close()
	ctx := context.Background()
	base := synthJSON(t)
	tpl := parse(t, base)
	run, err := preflight.Exercise(ctx, tpl, filepath.Join(repo, "events"))
	if err != nil {
		t.Fatal(err)
	}
	rep := preflight.CheckAll(tpl, run, repo)
	t.Run("the stack passes", func(t *testing.T) {
		for _, g := range rep.Gaps {
			t.Error(g)
		}
		for _, fn := range append(slices.Clone(resources.Functions), resources.FunctionSMSSettings) {
			f := rep.Functions[fn]
			if f == nil || !f.Granted || !f.EnvComplete || len(f.Operations) == 0 {
				t.Errorf("%s: %+v, want granted, envComplete and recorded operations", fn, f)
			}
		}
		if len(rep.Routes) == 0 {
			t.Error("no routes in the report")
		}
	})

	// Each removal (or addition) must be found, named, with its fix.
	for _, tc := range []struct {
		name string
		edit func(res map[string]any)
		want []string // in one gap's text
	}{
		{"grant removed", func(res map[string]any) { dropAction(res, "form", "sqs:SendMessage") },
			[]string{"form:", "sqs:SendMessage", "AWS::SQS::Queue", "fix: grant"}},
		{"table grant removed", func(res map[string]any) { dropAction(res, "classify", "dynamodb:PutItem") },
			[]string{"classify:", "dynamodb:PutItem", "AWS::DynamoDB::Table"}},
		{"index query removed", func(res map[string]any) { dropAction(res, "triage", "dynamodb:Query") },
			[]string{"triage:", "dynamodb:Query", "/index/"}},
		{"grant nobody uses", func(res map[string]any) {
			role := function(res, "invite")["Properties"].(map[string]any)["Role"]
			res["ExtraPolicy"] = map[string]any{"Type": "AWS::IAM::Policy", "Properties": map[string]any{
				"Roles": []any{map[string]any{"Ref": role.(map[string]any)["Fn::GetAtt"].([]any)[0]}},
				"PolicyDocument": map[string]any{"Statement": []any{map[string]any{"Effect": "Allow", "Action": "dynamodb:Scan",
					"Resource": map[string]any{"Fn::GetAtt": []any{"Table" + tableSuffix(res), "Arn"}}}}}}}
		}, []string{"invite:", "granted dynamodb:Scan", "no path calls it"}},
		{"variable nobody reads", func(res map[string]any) { envOf(res, "form")["UNUSED_SETTING"] = "1" },
			[]string{"form:", "UNUSED_SETTING", "never reads"}},
		{"route removed", func(res map[string]any) {
			for id, r := range res {
				if p := r.(map[string]any)["Properties"]; p != nil && p.(map[string]any)["RouteKey"] == "POST /f/{token}" {
					delete(res, id)
				}
			}
		}, []string{"form:", "POST /f/{token}", "no HTTP API route forwards it"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := preflight.CheckAll(parse(t, mutate(t, base, tc.edit)), run, repo)
			assertGap(t, got, tc.want)
		})
	}

	// A required variable removed: the wiring fails at start-up, as Lambda's init would.
	t.Run("variable removed", func(t *testing.T) {
		mut := parse(t, mutate(t, base, func(res map[string]any) { delete(envOf(res, "classify"), resources.EnvAlertTopicARN) }))
		run, err := preflight.Exercise(ctx, mut, filepath.Join(repo, "events"))
		if err != nil {
			t.Fatal(err)
		}
		got := preflight.CheckAll(mut, run, repo)
		assertGap(t, got, []string{"classify:", resources.EnvAlertTopicARN, "required"})
		if got.Functions["classify"].EnvComplete {
			t.Error("classify reported envComplete without ALERT_TOPIC_ARN")
		}
	})
}

func tableSuffix(res map[string]any) string {
	for id, r := range res {
		if r.(map[string]any)["Type"] == "AWS::DynamoDB::Table" {
			return strings.TrimPrefix(id, "Table")
		}
	}
	return ""
}

func assertGap(t *testing.T, rep *preflight.Report, want []string) {
	t.Helper()
	for _, g := range rep.Gaps {
		s := g.String()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(s, w)
		}
		if ok {
			return
		}
	}
	var all []string
	for _, g := range rep.Gaps {
		all = append(all, g.String())
	}
	t.Errorf("no gap with %q; gaps:\n%s", want, strings.Join(all, "\n"))
}

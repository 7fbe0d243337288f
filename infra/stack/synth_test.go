package stack

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/assertions"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdklabs/cdk-nag-go/cdknag/v2"

	"borgerfeedback/shared/resources"
)

// Booting jsii (node) and synthesizing takes seconds, so the test binary synthesizes one app with
// a dev and a prod stack, cdk-nag's AwsSolutions and Serverless packs applied, once, and every
// test asserts on that.
type synthesized struct {
	dir       string // cloud assembly: <stack name>.template.json
	dev, prod awscdk.Stack
	devT      assertions.Template
	prodT     assertions.Template
	prodJSON  map[string]any
	devJSON   map[string]any
	nagErrors []string // unsuppressed cdk-nag errors and warnings, both stages
}

var (
	synthOnce sync.Once
	synthRes  *synthesized
	synthErr  error
)

const (
	testDevStack  = "BorgerfeedbackDev"
	testProdStack = "BorgerfeedbackProd"
)

func synth(t *testing.T) *synthesized {
	t.Helper()
	synthOnce.Do(func() { synthRes, synthErr = doSynth() })
	if synthErr != nil {
		t.Fatalf("synth: %v", synthErr)
	}
	return synthRes
}

func doSynth() (res *synthesized, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	root, err := os.MkdirTemp("", "borgerfeedback-cdk-")
	if err != nil {
		return nil, err
	}
	dist := filepath.Join(root, "dist")
	for _, fn := range append(slices.Clone(resources.Functions), resources.FunctionSMSSettings) {
		if err := os.MkdirAll(filepath.Join(dist, fn), 0o755); err != nil {
			return nil, err
		}
		// A stand-in binary: the tests look at the template, not the code.
		if err := os.WriteFile(filepath.Join(dist, fn, "bootstrap"), []byte("#!/bin/sh\necho "+fn+"\n"), 0o755); err != nil {
			return nil, err
		}
	}
	// The same context (feature flags) as `cdk synth` gets from cdk.json.
	var cdkJSON struct {
		Context map[string]any `json:"context"`
	}
	raw, err := os.ReadFile(filepath.Join("..", "cdk.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(raw, &cdkJSON); err != nil {
		return nil, fmt.Errorf("cdk.json: %w", err)
	}
	out := filepath.Join(root, "cdk.out")
	app := awscdk.NewApp(&awscdk.AppProps{Outdir: jsii.String(out), Context: &cdkJSON.Context})
	env := &awscdk.Environment{Account: jsii.String("123456789012"), Region: jsii.String("eu-north-1")}
	res = &synthesized{dir: out}
	res.dev = NewFeedbackStack(app, testDevStack, &FeedbackStackProps{StackProps: awscdk.StackProps{Env: env}, Stage: StageDev, DistDir: dist})
	res.prod = NewFeedbackStack(app, testProdStack, &FeedbackStackProps{
		StackProps: awscdk.StackProps{Env: env}, Stage: StageProd, DistDir: dist,
		DomainName: "feedback.example.dk", CertificateARN: "arn:aws:acm:eu-north-1:123456789012:certificate/11111111-2222-3333-4444-555555555555",
		CognitoDomainPrefix: "borgerfeedback-prod-login",
	})
	awscdk.Aspects_Of(app).Add(cdknag.NewAwsSolutionsChecks(&cdknag.NagPackProps{Verbose: jsii.Bool(true)}), nil)
	awscdk.Aspects_Of(app).Add(cdknag.NewServerlessChecks(&cdknag.NagPackProps{Verbose: jsii.Bool(true)}), nil)
	app.Synth(nil)

	res.devT = assertions.Template_FromStack(res.dev, nil)
	res.prodT = assertions.Template_FromStack(res.prod, nil)
	res.devJSON = *res.devT.ToJSON()
	res.prodJSON = *res.prodT.ToJSON()
	for _, st := range []awscdk.Stack{res.dev, res.prod} {
		a := assertions.Annotations_FromStack(st)
		nag := assertions.Match_StringLikeRegexp(jsii.String("(AwsSolutions|Serverless)-"))
		for _, m := range *a.FindError(jsii.String("*"), nag) {
			res.nagErrors = append(res.nagErrors, fmt.Sprintf("%s %s: %v", *st.StackName(), *m.Id, m.Entry.Data))
		}
		for _, m := range *a.FindWarning(jsii.String("*"), nag) {
			res.nagErrors = append(res.nagErrors, fmt.Sprintf("%s %s: %v", *st.StackName(), *m.Id, m.Entry.Data))
		}
	}
	return res, nil
}

func TestMain(m *testing.M) {
	code := m.Run()
	if synthRes != nil {
		os.RemoveAll(filepath.Dir(synthRes.dir))
	}
	jsii.Close()
	os.Exit(code)
}

func TestNagFindsNothingUnsuppressed(t *testing.T) {
	s := synth(t)
	for _, e := range s.nagErrors {
		t.Error(e)
	}
}

// Command infra is the CDK app: `cdk synth|diff|deploy` (make synth, diff, deploy) runs it after
// `make build`. Choose the stage with -c stage=dev|prod (default dev); see docs/ops.md.
package main

import (
	"fmt"
	"os"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdklabs/cdk-nag-go/cdknag/v2"

	"borgerfeedback/infra/stack"
)

func main() {
	defer jsii.Close()
	app := awscdk.NewApp(nil)
	props := stack.PropsFromContext(app)
	if err := props.Validate(); err != nil {
		fmt.Fprintln(os.Stderr, "infra:", err)
		os.Exit(2)
	}
	stack.NewFeedbackStack(app, stack.StackName(props.Stage), &props)
	// The rule packs a reviewer runs, on every synth: an unexplained finding stops the deploy.
	awscdk.Aspects_Of(app).Add(cdknag.NewAwsSolutionsChecks(&cdknag.NagPackProps{Verbose: jsii.Bool(true)}), nil)
	awscdk.Aspects_Of(app).Add(cdknag.NewServerlessChecks(&cdknag.NagPackProps{Verbose: jsii.Bool(true)}), nil)
	app.Synth(nil)
}

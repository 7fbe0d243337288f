// Command infra is the CDK app: `cdk synth|diff|deploy` (make synth, diff, deploy) runs it after
// `make build`. Choose the stage with -c stage=dev|prod (default dev); see docs/ops.md.
package main

import (
	"fmt"
	"os"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"

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
	app.Synth(nil)
}

package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestFunctionsLinkOnlyWhatTheyUse: the Lambda binaries keep out the packages that issue 13 took
// out of them, as `go list -deps` sees each function built for Lambda (linux/arm64, lambda.norpc):
// none of the SDK's DynamoDB packages (types, schemas, attributevalue, expression, the client:
// shared/dynamocall speaks DynamoDB's JSON), no SDK service client where shared/awscall makes the
// call, no `config` credential chain, no regexp engine, no templates (reflection keeps every
// method), no tz database, no CDK.
func TestFunctionsLinkOnlyWhatTheyUse(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	forbidden := regexp.MustCompile(`^(regexp|html/template|text/template|time/tzdata|` +
		`github\.com/aws/aws-sdk-go-v2/(config|service/.*|feature/.*)|github\.com/aws/aws-cdk-go/.*)$`)
	// smssettings (not on a request path) keeps the SNS client for its one-off settings call.
	allowed := map[string]*regexp.Regexp{
		"smssettings": regexp.MustCompile(`^(regexp|encoding/xml|github\.com/aws/aws-sdk-go-v2/service/(sns|sns/.*))$`),
	}
	entries, err := os.ReadDir("../../functions")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		fn := e.Name()
		t.Run(fn, func(t *testing.T) {
			cmd := exec.Command("go", "list", "-tags", "lambda.norpc", "-deps", "borgerfeedback/functions/"+fn)
			cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("go list: %v", err)
			}
			for _, pkg := range strings.Fields(string(out)) {
				if forbidden.MatchString(pkg) && (allowed[fn] == nil || !allowed[fn].MatchString(pkg)) {
					t.Errorf("%s links %s", fn, pkg)
				}
			}
		})
	}
}

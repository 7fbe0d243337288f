// Command empty is an aws-lambda-go handler that does nothing: the baseline for cold-start
// measurements, built with the same flags as the functions.
package main

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	lambda.Start(func(context.Context, json.RawMessage) (string, error) { return "ok", nil })
}

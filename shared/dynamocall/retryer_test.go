package dynamocall_test

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamocall"
)

// TestOneRetryerPerClient: a client makes its retryer once, when it is made, as the SDK's client
// does, so its calls share one retry quota (the standard retryer's token bucket stops retries when
// most attempts fail; a retryer per call would retry every call of a throttling storm in full).
func TestOneRetryerPerClient(t *testing.T) {
	srv := newServer(t, answer{status: 200, body: `{}`})
	ctx := context.Background()
	counted := func(n *int) aws.Config {
		cfg := config(srv.URL)
		cfg.Retryer = func() aws.Retryer { *n++; return retry.NewStandard() }
		return cfg
	}
	var sdkMade, ourMade int
	sdkClient := dynamodb.NewFromConfig(counted(&sdkMade))
	ours := dynamocall.New(counted(&ourMade))
	for range 3 {
		if _, err := sdkClient.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("t"), Key: map[string]types.AttributeValue{"PK": sdkKey["PK"]}}); err != nil {
			t.Fatal(err)
		}
		if _, err := ours.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String("t"), Key: key}); err != nil {
			t.Fatal(err)
		}
	}
	if ourMade != sdkMade {
		t.Errorf("three calls made %d retryers; the SDK's client makes %d", ourMade, sdkMade)
	}
}

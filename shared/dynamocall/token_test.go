package dynamocall_test

import (
	"context"
	"encoding/json"
	"regexp"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/dynamocall"
)

var uuidV4 = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// tokensOf are the ClientRequestTokens of the requests.
func tokensOf(t *testing.T, reqs []request) []string {
	var tokens []string
	for _, r := range reqs {
		var body struct{ ClientRequestToken string }
		if err := json.Unmarshal([]byte(r.body), &body); err != nil {
			t.Fatal(err)
		}
		tokens = append(tokens, body.ClientRequestToken)
	}
	return tokens
}

// TestTransactionTokenAsTheSDKClient: a transaction sent without a ClientRequestToken carries one,
// as the SDK's client fills it in: a UUID, the same in every attempt of the call (so a retry of a
// transaction that was written is answered as written, not written twice or cancelled by its own
// condition), a new one for the next call; a token the caller gives is sent as it is.
func TestTransactionTokenAsTheSDKClient(t *testing.T) {
	failedOnce := []answer{{status: 500, body: `{"__type":"com.amazon.coral.service#InternalFailure","message":"x"}`}, {status: 200, body: `{}`}}
	clients := []struct {
		name string
		call func(ctx context.Context, endpoint string, token *string) error
	}{
		{"the SDK's client", func(ctx context.Context, endpoint string, token *string) error {
			_, err := dynamodb.NewFromConfig(config(endpoint)).TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{ClientRequestToken: token,
				TransactItems: []types.TransactWriteItem{{Put: &types.Put{TableName: aws.String("t"), Item: sdkKey}}}})
			return err
		}},
		{"ours", func(ctx context.Context, endpoint string, token *string) error {
			in := &dynamocall.TransactWriteItemsInput{ClientRequestToken: token,
				TransactItems: []dynamocall.TransactWriteItem{{Put: &dynamocall.Put{TableName: aws.String("t"), Item: key}}}}
			_, err := dynamocall.New(config(endpoint)).TransactWriteItems(ctx, in)
			if in.ClientRequestToken != token {
				t.Error("the caller's input was changed")
			}
			return err
		}},
	}
	for _, c := range clients {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			srv := newServer(t, append(failedOnce, answer{status: 200, body: `{}`})...)
			for range 2 {
				if err := c.call(ctx, srv.URL, nil); err != nil {
					t.Fatal(err)
				}
			}
			tokens := tokensOf(t, srv.taken())
			if len(tokens) != 3 || !uuidV4.MatchString(tokens[0]) || tokens[1] != tokens[0] || !uuidV4.MatchString(tokens[2]) || tokens[2] == tokens[0] {
				t.Errorf("tokens %q: want one UUID for both attempts of the first call, another for the second call", tokens)
			}
			if err := c.call(ctx, srv.URL, aws.String("mine")); err != nil {
				t.Fatal(err)
			}
			for _, token := range tokensOf(t, srv.taken()) { // two attempts: the server fails the first again
				if token != "mine" {
					t.Errorf("token %q, want the caller's", token)
				}
			}
		})
	}
}

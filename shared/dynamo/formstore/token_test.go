package formstore_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"borgerfeedback/shared/dynamo/formstore"
)

// TestWithdrawalTransactionToken: the withdrawal's transaction carries a ClientRequestToken (a
// UUID, as the SDK's client fills it in), the same in the retry of an attempt whose answer failed,
// so DynamoDB answers a retry of a transaction it wrote as written.
func TestWithdrawalTransactionToken(t *testing.T) {
	var mu sync.Mutex
	var tokens []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		answer := `{}`
		switch r.Header.Get("X-Amz-Target") {
		case "DynamoDB_20120810.GetItem": // the withdrawal's marker, then the stored reply
			answer = `{"Item":{"withdrawRequestedAt":{"S":"2026-12-07T09:00:00Z"},"id":{"S":"FB-AAAAAAAA"},"version":{"N":"3"},"ca":{"S":"2026-12-01T09:00:00Z"}}}`
		case "DynamoDB_20120810.Query":
			answer = `{"Items":[],"Count":0}`
		case "DynamoDB_20120810.TransactWriteItems":
			var in struct{ ClientRequestToken string }
			_ = json.Unmarshal(body, &in)
			mu.Lock()
			tokens = append(tokens, in.ClientRequestToken)
			first := len(tokens) == 1
			mu.Unlock()
			if first { // written, but its answer lost: the retryer sends it again
				w.WriteHeader(500)
				answer = `{"__type":"com.amazon.coral.service#InternalFailure","message":"x"}`
			}
		}
		_, _ = io.WriteString(w, answer)
	}))
	defer srv.Close()
	cfg := aws.Config{Region: "eu-north-1", BaseEndpoint: aws.String(srv.URL), Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", "")}
	if err := formstore.New(cfg, "t", 0).Withdraw(context.Background(), "FB-AAAAAAAA", time.Now()); err != nil {
		t.Fatal(err)
	}
	uuid := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	if len(tokens) != 2 || !uuid.MatchString(tokens[0]) || tokens[1] != tokens[0] {
		t.Errorf("tokens %q: want one UUID, sent again in the retry", tokens)
	}
}

package dynamocall_test

import (
	"context"
	"encoding/json"
	"errors"
	"hash/crc32"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"

	"borgerfeedback/shared/awscall"
	"borgerfeedback/shared/awsrecord"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
)

// A request as the server saw it: what the two clients must agree on.
type request struct {
	target, contentType, acceptEncoding, body string
}

// server answers every request with one status and body, a CRC32 header of the body (as DynamoDB
// sends), and records the requests.
type server struct {
	*httptest.Server
	mu       sync.Mutex
	requests []request
	answers  []answer // per request; the last one repeats
}

type answer struct {
	status  int
	body    string
	badCRC  bool // a checksum that does not match the body
	headers map[string]string
}

func newServer(t *testing.T, answers ...answer) *server {
	s := &server{answers: answers}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		auth := r.Header.Get("Authorization")
		if r.Method != http.MethodPost || r.URL.Path != "/" || !strings.HasPrefix(auth, "AWS4-HMAC-SHA256 Credential=AKID/") ||
			!strings.Contains(auth, "/eu-north-1/dynamodb/aws4_request") || r.Header.Get("X-Amz-Security-Token") != "TOKEN" {
			t.Errorf("request %s %s, Authorization %q", r.Method, r.URL.Path, auth)
		}
		s.mu.Lock()
		a := s.answers[min(len(s.requests), len(s.answers)-1)]
		s.requests = append(s.requests, request{r.Header.Get("X-Amz-Target"), r.Header.Get("Content-Type"), r.Header.Get("Accept-Encoding"), canonical(t, body)})
		s.mu.Unlock()
		sum := crc32.ChecksumIEEE([]byte(a.body))
		if a.badCRC {
			sum++
		}
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		w.Header().Set("X-Amz-Crc32", strconv.FormatUint(uint64(sum), 10))
		w.Header().Set("X-Amzn-Requestid", "REQ1")
		for k, v := range a.headers {
			w.Header().Set(k, v)
		}
		w.WriteHeader(a.status)
		_, _ = io.WriteString(w, a.body)
	}))
	t.Cleanup(s.Close)
	return s
}

// canonical is a JSON body with its objects' keys sorted (a Go map's order differs between runs).
func canonical(t *testing.T, body []byte) string {
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Errorf("body %q: %v", body, err)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func (s *server) taken() []request {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.requests
	s.requests = nil
	return r
}

func config(endpoint string) aws.Config {
	return aws.Config{Region: "eu-north-1", BaseEndpoint: aws.String(endpoint),
		Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", "TOKEN")}
}

// api is the part of both clients under test.
type api interface {
	GetItem(context.Context, *dynamodb.GetItemInput, ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	PutItem(context.Context, *dynamodb.PutItemInput, ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	UpdateItem(context.Context, *dynamodb.UpdateItemInput, ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
	DeleteItem(context.Context, *dynamodb.DeleteItemInput, ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
	Query(context.Context, *dynamodb.QueryInput, ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
	BatchGetItem(context.Context, *dynamodb.BatchGetItemInput, ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error)
	TransactWriteItems(context.Context, *dynamodb.TransactWriteItemsInput, ...func(*dynamodb.Options)) (*dynamodb.TransactWriteItemsOutput, error)
}

var (
	_ api = (*dynamocall.Client)(nil)
	_ api = (*dynamodb.Client)(nil)
)

var key = map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: "FB#1"}, "SK": &types.AttributeValueMemberS{Value: "ITEM"}}

// every kind of attribute value, in an answer
const allKinds = `{"PK":{"S":"FB#1"},"n":{"N":"12.5"},"b":{"B":"AQI="},"t":{"BOOL":true},"z":{"NULL":true},` +
	`"m":{"M":{"x":{"S":"æøå \"q\" <>"}}},"l":{"L":[{"N":"1"},{"SS":["a","b"]}]},"ns":{"NS":["1","2"]},"bs":{"BS":["AQ=="]}}`

// Each operation: the same request on the wire as the SDK's client sends, the same answer read
// back, for every kind of attribute value.
func TestSameAsTheSDKClient(t *testing.T) {
	values := map[string]types.AttributeValue{
		":s": &types.AttributeValueMemberS{Value: "æøå \"q\" <>\u2028"}, ":n": &types.AttributeValueMemberN{Value: "-1e3"},
		":b": &types.AttributeValueMemberB{Value: []byte{0, 1, 255}}, ":t": &types.AttributeValueMemberBOOL{Value: false},
		":z": &types.AttributeValueMemberNULL{Value: true}, ":ss": &types.AttributeValueMemberSS{Value: []string{"a", "b"}},
		":m": &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{"x": &types.AttributeValueMemberL{Value: []types.AttributeValue{&types.AttributeValueMemberN{Value: "1"}}}}},
	}
	tests := []struct {
		name   string
		answer string
		call   func(context.Context, api) (any, error)
	}{
		{"GetItem", `{"Item":` + allKinds + `}`, func(ctx context.Context, c api) (any, error) {
			return c.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("t"), Key: key, ConsistentRead: aws.Bool(true),
				ProjectionExpression: aws.String("#a"), ExpressionAttributeNames: map[string]string{"#a": "a"}})
		}},
		{"PutItem", `{"Attributes":` + allKinds + `}`, func(ctx context.Context, c api) (any, error) {
			item := map[string]types.AttributeValue{"PK": key["PK"], "SK": key["SK"]}
			for k, v := range values {
				item[k[1:]] = v
			}
			return c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("t"), Item: item,
				ConditionExpression: aws.String("attribute_not_exists(PK)"), ReturnValues: types.ReturnValueAllOld})
		}},
		{"UpdateItem", `{"Attributes":{"version":{"N":"2"}},"ConsumedCapacity":{"TableName":"t","CapacityUnits":1.0}}`, func(ctx context.Context, c api) (any, error) {
			return c.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String("t"), Key: key,
				UpdateExpression: aws.String("SET #s = :s, #n = #n + :n REMOVE #r"), ConditionExpression: aws.String("#t = :t"),
				ExpressionAttributeNames:  map[string]string{"#s": "s", "#n": "n", "#r": "r", "#t": "t"},
				ExpressionAttributeValues: values, ReturnValues: types.ReturnValueUpdatedNew,
				ReturnConsumedCapacity: types.ReturnConsumedCapacityTotal})
		}},
		{"DeleteItem", `{}`, func(ctx context.Context, c api) (any, error) {
			return c.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String("t"), Key: key})
		}},
		{"Query", `{"Items":[` + allKinds + `,{"PK":{"S":"FB#2"}}],"Count":2,"ScannedCount":3,"LastEvaluatedKey":{"PK":{"S":"FB#2"}}}`, func(ctx context.Context, c api) (any, error) {
			return c.Query(ctx, &dynamodb.QueryInput{TableName: aws.String("t"), IndexName: aws.String("byList"),
				KeyConditionExpression: aws.String("PK = :s"), FilterExpression: aws.String("attribute_exists(#n)"),
				ExpressionAttributeNames: map[string]string{"#n": "n"}, ExpressionAttributeValues: map[string]types.AttributeValue{":s": values[":s"]},
				Limit: aws.Int32(50), ScanIndexForward: aws.Bool(false), ExclusiveStartKey: key, Select: types.SelectAllAttributes})
		}},
		{"BatchGetItem", `{"Responses":{"t":[` + allKinds + `]},"UnprocessedKeys":{"t":{"Keys":[{"PK":{"S":"FB#3"}}],"ConsistentRead":true}}}`, func(ctx context.Context, c api) (any, error) {
			return c.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: map[string]types.KeysAndAttributes{
				"t": {Keys: []map[string]types.AttributeValue{key, key}, ConsistentRead: aws.Bool(true)}}})
		}},
		{"TransactWriteItems", `{}`, func(ctx context.Context, c api) (any, error) {
			return c.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: []types.TransactWriteItem{
				{Update: &types.Update{TableName: aws.String("t"), Key: key, UpdateExpression: aws.String("SET #s = :s"),
					ConditionExpression: aws.String("version = :n"), ExpressionAttributeNames: map[string]string{"#s": "s"},
					ExpressionAttributeValues: map[string]types.AttributeValue{":s": values[":s"], ":n": values[":n"]}}},
				{Put: &types.Put{TableName: aws.String("t"), Item: key, ConditionExpression: aws.String("attribute_not_exists(PK)")}},
				{ConditionCheck: &types.ConditionCheck{TableName: aws.String("t"), Key: key, ConditionExpression: aws.String("attribute_exists(PK)")}},
				{Delete: &types.Delete{TableName: aws.String("t"), Key: key}},
			}, ClientRequestToken: aws.String("tok")})
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, answer{status: 200, body: tc.answer})
			ctx := context.Background()
			want, err := tc.call(ctx, dynamodb.NewFromConfig(config(srv.URL)))
			if err != nil {
				t.Fatal(err)
			}
			sdkReq := srv.taken()
			got, err := tc.call(ctx, dynamocall.New(config(srv.URL)))
			if err != nil {
				t.Fatal(err)
			}
			ourReq := srv.taken()
			if len(sdkReq) != 1 || !reflect.DeepEqual(ourReq, sdkReq) {
				t.Errorf("request\n%+v, the SDK's client sends\n%+v", ourReq, sdkReq)
			}
			if ourReq[0].target != "DynamoDB_20120810."+tc.name {
				t.Errorf("X-Amz-Target %q", ourReq[0].target)
			}
			withoutMetadata(want)
			withoutMetadata(got)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("answer read as\n%#v, the SDK's client reads\n%#v", got, want)
			}
		})
	}
}

// withoutMetadata clears an output's ResultMetadata (each client's own bookkeeping).
func withoutMetadata(out any) {
	f := reflect.ValueOf(out).Elem().FieldByName("ResultMetadata")
	f.Set(reflect.ValueOf(middleware.Metadata{}))
}

// Errors: the SDK's typed errors, a throttled or damaged answer retried (four attempts in all, as
// the SDK's DynamoDB client), a client error not retried, the status and request id readable.
func TestErrorsAndRetries(t *testing.T) {
	conditionFailed := answer{status: 400, body: `{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed","Item":{"PK":{"S":"FB#1"}}}`}
	throttled := answer{status: 400, body: `{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"slow down"}`}
	cancelled := answer{status: 400, body: `{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","Message":"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]",` +
		`"CancellationReasons":[{"Code":"None"},{"Code":"ConditionalCheckFailed","Message":"The conditional request failed"}]}`}
	serverError := answer{status: 500, body: `{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"oops"}`}
	ok := answer{status: 200, body: `{"Attributes":{"PK":{"S":"FB#1"}}}`}
	tests := []struct {
		name      string
		answers   []answer
		wantCalls int
		check     func(*testing.T, error)
	}{
		{"answered", []answer{ok}, 1, func(t *testing.T, err error) {
			if err != nil {
				t.Error(err)
			}
		}},
		{"a failed condition is the SDK's typed error, not retried", []answer{conditionFailed}, 1, func(t *testing.T, err error) {
			var cf *types.ConditionalCheckFailedException
			if !errors.As(err, &cf) || cf.Item["PK"].(*types.AttributeValueMemberS).Value != "FB#1" {
				t.Errorf("error %v, want a ConditionalCheckFailedException with the item", err)
			}
			var re *awshttp.ResponseError
			if !errors.As(err, &re) || re.HTTPStatusCode() != 400 || re.RequestID != "REQ1" {
				t.Errorf("error %v: want its status 400 and request id REQ1", err)
			}
		}},
		{"a cancelled transaction carries its reasons", []answer{cancelled}, 1, func(t *testing.T, err error) {
			var tc *types.TransactionCanceledException
			if !errors.As(err, &tc) || len(tc.CancellationReasons) != 2 || aws.ToString(tc.CancellationReasons[1].Code) != "ConditionalCheckFailed" {
				t.Errorf("error %v, want a TransactionCanceledException with two reasons", err)
			}
		}},
		{"a throttled call is retried", []answer{throttled, ok}, 2, func(t *testing.T, err error) {
			if err != nil {
				t.Error(err)
			}
		}},
		{"a server error is retried, four attempts in all", []answer{serverError}, 4, func(t *testing.T, err error) {
			var apiErr smithy.APIError
			if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "InternalServerError" {
				t.Errorf("error %v, want InternalServerError", err)
			}
		}},
		{"an answer damaged on the way is retried", []answer{{status: 200, body: ok.body, badCRC: true}, ok}, 2, func(t *testing.T, err error) {
			if err != nil {
				t.Error(err)
			}
		}},
		{"an answer damaged every time is an error", []answer{{status: 200, body: ok.body, badCRC: true}}, 4, func(t *testing.T, err error) {
			var ce *awscall.ChecksumError
			if !errors.As(err, &ce) {
				t.Errorf("error %v, want a checksum error", err)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, tc.answers...)
			_, err := dynamocall.New(config(srv.URL)).PutItem(context.Background(), &dynamodb.PutItemInput{TableName: aws.String("t"), Item: key})
			tc.check(t, err)
			if got := len(srv.taken()); got != tc.wantCalls {
				t.Errorf("%d calls, want %d", got, tc.wantCalls)
			}
		})
	}
}

// Per-call options are refused rather than ignored.
func TestOptionsRefused(t *testing.T) {
	srv := newServer(t, answer{status: 200, body: `{}`})
	_, err := dynamocall.New(config(srv.URL)).GetItem(context.Background(), &dynamodb.GetItemInput{TableName: aws.String("t"), Key: key},
		func(o *dynamodb.Options) { o.RetryMaxAttempts = 1 })
	if err == nil || len(srv.taken()) != 0 {
		t.Errorf("error %v, want a refusal before any call", err)
	}
}

// Against the emulator: writes, reads, a failed condition and a cancelled transaction, recorded as
// IAM sees them (make preflight's recorder).
func TestAgainstEmulator(t *testing.T) {
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	def := resources.Table
	if err := motostack.CreateTable(ctx, dynamodb.NewFromConfig(cfg), def); err != nil {
		t.Fatal(err)
	}
	rec := awsrecord.New()
	c := dynamocall.New(rec.Config(cfg, "fn"))
	table := aws.String(def.Name)
	item := map[string]types.AttributeValue{"PK": key["PK"], "SK": key["SK"], "text": &types.AttributeValueMemberS{Value: "hej æøå"},
		"n": &types.AttributeValueMemberN{Value: "1"}}
	put := &dynamodb.PutItemInput{TableName: table, Item: item, ConditionExpression: aws.String("attribute_not_exists(PK)")}
	if _, err := c.PutItem(ctx, put); err != nil {
		t.Fatal(err)
	}
	var cf *types.ConditionalCheckFailedException
	if _, err := c.PutItem(ctx, put); !errors.As(err, &cf) {
		t.Fatalf("second conditional put: %v, want ConditionalCheckFailedException", err)
	}
	got, err := c.GetItem(ctx, &dynamodb.GetItemInput{TableName: table, Key: key, ConsistentRead: aws.Bool(true)})
	if err != nil || !reflect.DeepEqual(got.Item, item) {
		t.Fatalf("read %#v, %v; want %#v", got, err, item)
	}
	if _, err := c.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: table, Key: key, UpdateExpression: aws.String("SET n = n + :one"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":one": &types.AttributeValueMemberN{Value: "1"}}}); err != nil {
		t.Fatal(err)
	}
	q, err := c.Query(ctx, &dynamodb.QueryInput{TableName: table, KeyConditionExpression: aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": key["PK"]}})
	if err != nil || len(q.Items) != 1 || q.Items[0]["n"].(*types.AttributeValueMemberN).Value != "2" {
		t.Fatalf("query %#v, %v", q, err)
	}
	b, err := c.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: map[string]types.KeysAndAttributes{def.Name: {Keys: []map[string]types.AttributeValue{key}}}})
	if err != nil || len(b.Responses[def.Name]) != 1 {
		t.Fatalf("batch get %#v, %v", b, err)
	}
	_, err = c.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: []types.TransactWriteItem{
		{Put: &types.Put{TableName: table, Item: map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: "FB#2"}, "SK": key["SK"]}}},
		{ConditionCheck: &types.ConditionCheck{TableName: table, Key: key, ConditionExpression: aws.String("n = :zero"),
			ExpressionAttributeValues: map[string]types.AttributeValue{":zero": &types.AttributeValueMemberN{Value: "0"}}}},
	}})
	var tc *types.TransactionCanceledException
	if !errors.As(err, &tc) || len(tc.CancellationReasons) != 2 || aws.ToString(tc.CancellationReasons[1].Code) != "ConditionalCheckFailed" {
		t.Fatalf("transaction: %v, want cancelled on its condition", err)
	}
	if _, err := c.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: table, Key: key}); err != nil {
		t.Fatal(err)
	}
	if got, err := c.GetItem(ctx, &dynamodb.GetItemInput{TableName: table, Key: key}); err != nil || got.Item != nil {
		t.Fatalf("after delete: %#v, %v", got, err)
	}
	var actions []string
	for _, call := range rec.Calls("fn") {
		actions = append(actions, call.Action)
	}
	want := []string{"dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem"}
	if !reflect.DeepEqual(actions, want) {
		t.Errorf("recorded %v, want %v", actions, want)
	}
}

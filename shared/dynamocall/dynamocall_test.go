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

	"borgerfeedback/shared/awscall"
	"borgerfeedback/shared/awsrecord"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/sdkvalue"
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

// sdkKey and key are the same key in the SDK's types and in ours.
var (
	sdkKey = map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: "FB#1"}, "SK": &types.AttributeValueMemberS{Value: "ITEM"}}
	key    = sdkvalue.ItemFromSDK(sdkKey)
)

// every kind of attribute value, in an answer
const allKinds = `{"PK":{"S":"FB#1"},"n":{"N":"12.5"},"b":{"B":"AQI="},"t":{"BOOL":true},"z":{"NULL":true},` +
	`"m":{"M":{"x":{"S":"æøå \"q\" <>"}}},"l":{"L":[{"N":"1"},{"SS":["a","b"]}]},"ns":{"NS":["1","2"]},"bs":{"BS":["AQ=="]},"e":{"L":[]},"em":{"M":{}}}`

// Each operation: the same request on the wire as the SDK's client sends for the same input, and
// the same answer read back, for every kind of attribute value.
func TestSameAsTheSDKClient(t *testing.T) {
	sdkValues := map[string]types.AttributeValue{
		":s": &types.AttributeValueMemberS{Value: "æøå \"q\" <>\u2028"}, ":n": &types.AttributeValueMemberN{Value: "-1e3"},
		":b": &types.AttributeValueMemberB{Value: []byte{0, 1, 255}}, ":t": &types.AttributeValueMemberBOOL{Value: false},
		":z": &types.AttributeValueMemberNULL{Value: true}, ":ss": &types.AttributeValueMemberSS{Value: []string{"a", "b"}},
		":ns": &types.AttributeValueMemberNS{Value: []string{"1", "2.5"}}, ":bs": &types.AttributeValueMemberBS{Value: [][]byte{{1}, {2, 3}}},
		":m":  &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{"x": &types.AttributeValueMemberL{Value: []types.AttributeValue{&types.AttributeValueMemberN{Value: "1"}}}}},
		":el": &types.AttributeValueMemberL{Value: []types.AttributeValue{}}, ":em": &types.AttributeValueMemberM{Value: map[string]types.AttributeValue{}},
	}
	values := sdkvalue.ItemFromSDK(sdkValues)
	sdkItem := map[string]types.AttributeValue{"PK": sdkKey["PK"], "SK": sdkKey["SK"]}
	for k, v := range sdkValues {
		sdkItem[k[1:]] = v
	}
	item := sdkvalue.ItemFromSDK(sdkItem)
	names := map[string]string{"#s": "s", "#n": "n", "#r": "r", "#t": "t"}
	tests := []struct {
		name   string
		answer string
		sdk    func(context.Context, *dynamodb.Client) (any, error) // the answer read, in our types
		ours   func(context.Context, *dynamocall.Client) (any, error)
	}{
		{"GetItem", `{"Item":` + allKinds + `}`, func(ctx context.Context, c *dynamodb.Client) (any, error) {
			out, err := c.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("t"), Key: sdkKey, ConsistentRead: aws.Bool(true),
				ProjectionExpression: aws.String("#a"), ExpressionAttributeNames: map[string]string{"#a": "a"}})
			if err != nil {
				return nil, err
			}
			return sdkvalue.ItemFromSDK(out.Item), nil
		}, func(ctx context.Context, c *dynamocall.Client) (any, error) {
			out, err := c.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String("t"), Key: key, ConsistentRead: aws.Bool(true),
				ProjectionExpression: aws.String("#a"), ExpressionAttributeNames: map[string]string{"#a": "a"}})
			if err != nil {
				return nil, err
			}
			return out.Item, nil
		}},
		{"PutItem", `{"Attributes":` + allKinds + `}`, func(ctx context.Context, c *dynamodb.Client) (any, error) {
			out, err := c.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("t"), Item: sdkItem,
				ConditionExpression: aws.String("attribute_not_exists(PK)"), ReturnValues: types.ReturnValueAllOld})
			if err != nil {
				return nil, err
			}
			return sdkvalue.ItemFromSDK(out.Attributes), nil
		}, func(ctx context.Context, c *dynamocall.Client) (any, error) {
			out, err := c.PutItem(ctx, &dynamocall.PutItemInput{TableName: aws.String("t"), Item: item,
				ConditionExpression: aws.String("attribute_not_exists(PK)"), ReturnValues: "ALL_OLD"})
			if err != nil {
				return nil, err
			}
			return out.Attributes, nil
		}},
		{"UpdateItem", `{"Attributes":{"version":{"N":"2"}},"ConsumedCapacity":{"TableName":"t","CapacityUnits":1.0}}`, func(ctx context.Context, c *dynamodb.Client) (any, error) {
			out, err := c.UpdateItem(ctx, &dynamodb.UpdateItemInput{TableName: aws.String("t"), Key: sdkKey,
				UpdateExpression: aws.String("SET #s = :s, #n = #n + :n REMOVE #r"), ConditionExpression: aws.String("#t = :t"),
				ExpressionAttributeNames: names, ExpressionAttributeValues: sdkValues, ReturnValues: types.ReturnValueUpdatedNew})
			if err != nil {
				return nil, err
			}
			return sdkvalue.ItemFromSDK(out.Attributes), nil
		}, func(ctx context.Context, c *dynamocall.Client) (any, error) {
			out, err := c.UpdateItem(ctx, &dynamocall.UpdateItemInput{TableName: aws.String("t"), Key: key,
				UpdateExpression: aws.String("SET #s = :s, #n = #n + :n REMOVE #r"), ConditionExpression: aws.String("#t = :t"),
				ExpressionAttributeNames: names, ExpressionAttributeValues: values, ReturnValues: "UPDATED_NEW"})
			if err != nil {
				return nil, err
			}
			return out.Attributes, nil
		}},
		{"DeleteItem", `{}`, func(ctx context.Context, c *dynamodb.Client) (any, error) {
			out, err := c.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String("t"), Key: sdkKey,
				ConditionExpression: aws.String("#t = :t"), ExpressionAttributeNames: map[string]string{"#t": "t"},
				ExpressionAttributeValues: map[string]types.AttributeValue{":t": sdkValues[":t"]}})
			if err != nil {
				return nil, err
			}
			return sdkvalue.ItemFromSDK(out.Attributes), nil
		}, func(ctx context.Context, c *dynamocall.Client) (any, error) {
			out, err := c.DeleteItem(ctx, &dynamocall.DeleteItemInput{TableName: aws.String("t"), Key: key,
				ConditionExpression: aws.String("#t = :t"), ExpressionAttributeNames: map[string]string{"#t": "t"},
				ExpressionAttributeValues: map[string]dynamocall.AttributeValue{":t": values[":t"]}})
			if err != nil {
				return nil, err
			}
			return out.Attributes, nil
		}},
		{"Query", `{"Items":[` + allKinds + `,{"PK":{"S":"FB#2"}}],"Count":2,"ScannedCount":3,"LastEvaluatedKey":{"PK":{"S":"FB#2"}}}`, func(ctx context.Context, c *dynamodb.Client) (any, error) {
			out, err := c.Query(ctx, &dynamodb.QueryInput{TableName: aws.String("t"), IndexName: aws.String("byList"),
				KeyConditionExpression: aws.String("PK = :s"), FilterExpression: aws.String("attribute_exists(#n)"), ProjectionExpression: aws.String("#n"),
				ExpressionAttributeNames: map[string]string{"#n": "n"}, ExpressionAttributeValues: map[string]types.AttributeValue{":s": sdkValues[":s"]},
				Limit: aws.Int32(50), ScanIndexForward: aws.Bool(false), ConsistentRead: aws.Bool(false), ExclusiveStartKey: sdkKey, Select: types.SelectCount})
			if err != nil {
				return nil, err
			}
			var its []map[string]dynamocall.AttributeValue
			for _, it := range out.Items {
				its = append(its, sdkvalue.ItemFromSDK(it))
			}
			return dynamocall.QueryOutput{Items: its, Count: out.Count, ScannedCount: out.ScannedCount, LastEvaluatedKey: sdkvalue.ItemFromSDK(out.LastEvaluatedKey)}, nil
		}, func(ctx context.Context, c *dynamocall.Client) (any, error) {
			out, err := c.Query(ctx, &dynamocall.QueryInput{TableName: aws.String("t"), IndexName: aws.String("byList"),
				KeyConditionExpression: aws.String("PK = :s"), FilterExpression: aws.String("attribute_exists(#n)"), ProjectionExpression: aws.String("#n"),
				ExpressionAttributeNames: map[string]string{"#n": "n"}, ExpressionAttributeValues: map[string]dynamocall.AttributeValue{":s": values[":s"]},
				Limit: aws.Int32(50), ScanIndexForward: aws.Bool(false), ConsistentRead: aws.Bool(false), ExclusiveStartKey: key, Select: dynamocall.SelectCount})
			if err != nil {
				return nil, err
			}
			return *out, nil
		}},
		{"BatchGetItem", `{"Responses":{"t":[` + allKinds + `]},"UnprocessedKeys":{"t":{"Keys":[{"PK":{"S":"FB#3"}}],"ConsistentRead":true}}}`, func(ctx context.Context, c *dynamodb.Client) (any, error) {
			out, err := c.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{RequestItems: map[string]types.KeysAndAttributes{
				"t": {Keys: []map[string]types.AttributeValue{sdkKey, sdkKey}, ConsistentRead: aws.Bool(true), ProjectionExpression: aws.String("#a"),
					ExpressionAttributeNames: map[string]string{"#a": "a"}}}})
			if err != nil {
				return nil, err
			}
			ours := dynamocall.BatchGetItemOutput{Responses: map[string][]map[string]dynamocall.AttributeValue{}, UnprocessedKeys: map[string]dynamocall.KeysAndAttributes{}}
			for table, its := range out.Responses {
				for _, it := range its {
					ours.Responses[table] = append(ours.Responses[table], sdkvalue.ItemFromSDK(it))
				}
			}
			for table, ka := range out.UnprocessedKeys {
				var keys []map[string]dynamocall.AttributeValue
				for _, k := range ka.Keys {
					keys = append(keys, sdkvalue.ItemFromSDK(k))
				}
				ours.UnprocessedKeys[table] = dynamocall.KeysAndAttributes{Keys: keys, ConsistentRead: ka.ConsistentRead,
					ProjectionExpression: ka.ProjectionExpression, ExpressionAttributeNames: ka.ExpressionAttributeNames}
			}
			return ours, nil
		}, func(ctx context.Context, c *dynamocall.Client) (any, error) {
			out, err := c.BatchGetItem(ctx, &dynamocall.BatchGetItemInput{RequestItems: map[string]dynamocall.KeysAndAttributes{
				"t": {Keys: []map[string]dynamocall.AttributeValue{key, key}, ConsistentRead: aws.Bool(true), ProjectionExpression: aws.String("#a"),
					ExpressionAttributeNames: map[string]string{"#a": "a"}}}})
			if err != nil {
				return nil, err
			}
			return *out, nil
		}},
		{"TransactWriteItems", `{}`, func(ctx context.Context, c *dynamodb.Client) (any, error) {
			_, err := c.TransactWriteItems(ctx, &dynamodb.TransactWriteItemsInput{TransactItems: []types.TransactWriteItem{
				{Update: &types.Update{TableName: aws.String("t"), Key: sdkKey, UpdateExpression: aws.String("SET #s = :s"),
					ConditionExpression: aws.String("version = :n"), ExpressionAttributeNames: map[string]string{"#s": "s"},
					ExpressionAttributeValues: map[string]types.AttributeValue{":s": sdkValues[":s"], ":n": sdkValues[":n"]}}},
				{Put: &types.Put{TableName: aws.String("t"), Item: sdkKey, ConditionExpression: aws.String("attribute_not_exists(PK)")}},
				{ConditionCheck: &types.ConditionCheck{TableName: aws.String("t"), Key: sdkKey, ConditionExpression: aws.String("attribute_exists(PK)")}},
				{Delete: &types.Delete{TableName: aws.String("t"), Key: sdkKey}},
			}, ClientRequestToken: aws.String("tok")})
			return nil, err
		}, func(ctx context.Context, c *dynamocall.Client) (any, error) {
			_, err := c.TransactWriteItems(ctx, &dynamocall.TransactWriteItemsInput{TransactItems: []dynamocall.TransactWriteItem{
				{Update: &dynamocall.Update{TableName: aws.String("t"), Key: key, UpdateExpression: aws.String("SET #s = :s"),
					ConditionExpression: aws.String("version = :n"), ExpressionAttributeNames: map[string]string{"#s": "s"},
					ExpressionAttributeValues: map[string]dynamocall.AttributeValue{":s": values[":s"], ":n": values[":n"]}}},
				{Put: &dynamocall.Put{TableName: aws.String("t"), Item: key, ConditionExpression: aws.String("attribute_not_exists(PK)")}},
				{ConditionCheck: &dynamocall.ConditionCheck{TableName: aws.String("t"), Key: key, ConditionExpression: aws.String("attribute_exists(PK)")}},
				{Delete: &dynamocall.Delete{TableName: aws.String("t"), Key: key}},
			}, ClientRequestToken: aws.String("tok")})
			return nil, err
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, answer{status: 200, body: tc.answer})
			ctx := context.Background()
			want, err := tc.sdk(ctx, dynamodb.NewFromConfig(config(srv.URL)))
			if err != nil {
				t.Fatal(err)
			}
			sdkReq := srv.taken()
			got, err := tc.ours(ctx, dynamocall.New(config(srv.URL)))
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
			if !reflect.DeepEqual(got, want) {
				t.Errorf("answer read as\n%#v, the SDK's client reads\n%#v", got, want)
			}
		})
	}
}

// Errors: the typed errors as the SDK's (the item, the cancellation reasons), a throttled or
// damaged answer retried (four attempts in all, as the SDK's DynamoDB client), a client error not
// retried, the status and request id readable.
func TestErrorsAndRetries(t *testing.T) {
	conditionFailed := answer{status: 400, body: `{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed","Item":{"PK":{"S":"FB#1"}}}`}
	throttled := answer{status: 400, body: `{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"slow down"}`}
	throttling := answer{status: 400, body: `{"__type":"com.amazon.coral.availability#ThrottlingException","message":"Rate exceeded"}`}
	cancelled := answer{status: 400, body: `{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","Message":"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]",` +
		`"CancellationReasons":[{"Code":"None"},{"Code":"ConditionalCheckFailed","Message":"The conditional request failed","Item":{"PK":{"S":"FB#1"}}}]}`}
	validation := answer{status: 400, body: `{"__type":"com.amazon.coral.validate#ValidationException","message":"bad"}`}
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
		{"a failed condition is its typed error with the item, not retried", []answer{conditionFailed}, 1, func(t *testing.T, err error) {
			var cf *dynamocall.ConditionalCheckFailedException
			if !errors.As(err, &cf) || cf.Item["PK"].(*dynamocall.AttributeValueMemberS).Value != "FB#1" || cf.ErrorMessage() != "The conditional request failed" {
				t.Errorf("error %v, want a ConditionalCheckFailedException with the item", err)
			}
			var re *awshttp.ResponseError
			if !errors.As(err, &re) || re.HTTPStatusCode() != 400 || re.RequestID != "REQ1" {
				t.Errorf("error %v: want its status 400 and request id REQ1", err)
			}
		}},
		{"a cancelled transaction carries its reasons", []answer{cancelled}, 1, func(t *testing.T, err error) {
			var tc *dynamocall.TransactionCanceledException
			if !errors.As(err, &tc) || len(tc.CancellationReasons) != 2 || aws.ToString(tc.CancellationReasons[0].Code) != "None" ||
				aws.ToString(tc.CancellationReasons[1].Code) != "ConditionalCheckFailed" || tc.CancellationReasons[1].Item["PK"] == nil {
				t.Errorf("error %v, want a TransactionCanceledException with two reasons", err)
			}
		}},
		{"another client error is its code, not retried", []answer{validation}, 1, func(t *testing.T, err error) {
			var apiErr smithy.APIError
			var cf *dynamocall.ConditionalCheckFailedException
			if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ValidationException" || errors.As(err, &cf) {
				t.Errorf("error %v, want ValidationException", err)
			}
		}},
		{"a call over the table's throughput is retried", []answer{throttled, ok}, 2, func(t *testing.T, err error) {
			if err != nil {
				t.Error(err)
			}
		}},
		{"a throttled call is retried, four attempts in all", []answer{throttling}, 4, func(t *testing.T, err error) {
			var apiErr smithy.APIError
			if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "ThrottlingException" {
				t.Errorf("error %v, want ThrottlingException", err)
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
			_, err := dynamocall.New(config(srv.URL)).PutItem(context.Background(), &dynamocall.PutItemInput{TableName: aws.String("t"), Item: key})
			tc.check(t, err)
			if got := len(srv.taken()); got != tc.wantCalls {
				t.Errorf("%d calls, want %d", got, tc.wantCalls)
			}
		})
	}
}

// Against the emulator: writes, reads, a failed condition and a cancelled transaction, recorded as
// IAM sees them (make preflight's recorder), and read back through the SDK's client.
func TestAgainstEmulator(t *testing.T) {
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, motostack.StartMoto(t))
	def := resources.Table
	sdk := dynamodb.NewFromConfig(cfg)
	if err := motostack.CreateTable(ctx, sdk, def); err != nil {
		t.Fatal(err)
	}
	rec := awsrecord.New()
	c := dynamocall.New(rec.Config(cfg, "fn"))
	table := aws.String(def.Name)
	item := map[string]dynamocall.AttributeValue{"PK": key["PK"], "SK": key["SK"], "text": &dynamocall.AttributeValueMemberS{Value: "hej æøå"},
		"n": &dynamocall.AttributeValueMemberN{Value: "1"}, "b": &dynamocall.AttributeValueMemberB{Value: []byte{0, 255}},
		"l": &dynamocall.AttributeValueMemberL{Value: []dynamocall.AttributeValue{&dynamocall.AttributeValueMemberBOOL{Value: true}, &dynamocall.AttributeValueMemberNULL{Value: true}}},
		"m": &dynamocall.AttributeValueMemberM{Value: map[string]dynamocall.AttributeValue{"ss": &dynamocall.AttributeValueMemberSS{Value: []string{"a"}}}}}
	put := &dynamocall.PutItemInput{TableName: table, Item: item, ConditionExpression: aws.String("attribute_not_exists(PK)")}
	if _, err := c.PutItem(ctx, put); err != nil {
		t.Fatal(err)
	}
	var cf *dynamocall.ConditionalCheckFailedException
	if _, err := c.PutItem(ctx, put); !errors.As(err, &cf) {
		t.Fatalf("second conditional put: %v, want ConditionalCheckFailedException", err)
	}
	got, err := c.GetItem(ctx, &dynamocall.GetItemInput{TableName: table, Key: key, ConsistentRead: aws.Bool(true)})
	if err != nil || !reflect.DeepEqual(got.Item, item) {
		t.Fatalf("read %#v, %v; want %#v", got, err, item)
	}
	viaSDK, err := sdk.GetItem(ctx, &dynamodb.GetItemInput{TableName: table, Key: sdkKey, ConsistentRead: aws.Bool(true)})
	if err != nil || !reflect.DeepEqual(viaSDK.Item, sdkvalue.ItemToSDK(item)) {
		t.Fatalf("the SDK's client reads %#v, %v; want %#v", viaSDK.Item, err, sdkvalue.ItemToSDK(item))
	}
	if _, err := c.UpdateItem(ctx, &dynamocall.UpdateItemInput{TableName: table, Key: key, UpdateExpression: aws.String("SET n = n + :one"),
		ExpressionAttributeValues: map[string]dynamocall.AttributeValue{":one": &dynamocall.AttributeValueMemberN{Value: "1"}}}); err != nil {
		t.Fatal(err)
	}
	q, err := c.Query(ctx, &dynamocall.QueryInput{TableName: table, KeyConditionExpression: aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]dynamocall.AttributeValue{":pk": key["PK"]}})
	if err != nil || len(q.Items) != 1 || q.Items[0]["n"].(*dynamocall.AttributeValueMemberN).Value != "2" {
		t.Fatalf("query %#v, %v", q, err)
	}
	b, err := c.BatchGetItem(ctx, &dynamocall.BatchGetItemInput{RequestItems: map[string]dynamocall.KeysAndAttributes{def.Name: {Keys: []map[string]dynamocall.AttributeValue{key}}}})
	if err != nil || len(b.Responses[def.Name]) != 1 {
		t.Fatalf("batch get %#v, %v", b, err)
	}
	_, err = c.TransactWriteItems(ctx, &dynamocall.TransactWriteItemsInput{TransactItems: []dynamocall.TransactWriteItem{
		{Put: &dynamocall.Put{TableName: table, Item: map[string]dynamocall.AttributeValue{"PK": &dynamocall.AttributeValueMemberS{Value: "FB#2"}, "SK": key["SK"]}}},
		{ConditionCheck: &dynamocall.ConditionCheck{TableName: table, Key: key, ConditionExpression: aws.String("n = :zero"),
			ExpressionAttributeValues: map[string]dynamocall.AttributeValue{":zero": &dynamocall.AttributeValueMemberN{Value: "0"}}}},
	}})
	var tc *dynamocall.TransactionCanceledException
	if !errors.As(err, &tc) || len(tc.CancellationReasons) != 2 || aws.ToString(tc.CancellationReasons[1].Code) != "ConditionalCheckFailed" {
		t.Fatalf("transaction: %v, want cancelled on its condition", err)
	}
	if _, err := c.DeleteItem(ctx, &dynamocall.DeleteItemInput{TableName: table, Key: key}); err != nil {
		t.Fatal(err)
	}
	if got, err := c.GetItem(ctx, &dynamocall.GetItemInput{TableName: table, Key: key}); err != nil || got.Item != nil {
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

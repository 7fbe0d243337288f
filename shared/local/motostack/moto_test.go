package motostack

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddb "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

// syncBuffer is moto's log, written by the process's output copier and read by the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runPatchedMoto starts a moto server for one test and fails it unless moto's log says each patch
// (motopatch/sitecustomize.py) applied.
func runPatchedMoto(t *testing.T, patches ...string) *Moto {
	t.Helper()
	var log syncBuffer
	m, err := RunMoto(context.Background(), 0, &log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(m.Stop)
	for _, patch := range patches {
		if !strings.Contains(log.String(), patch) {
			t.Fatalf("moto's log does not say %q:\n%s", patch, log.String())
		}
	}
	return m
}

// TestSQSClockPatch: with SQS reading the clock through time.time() (motopatch/sitecustomize.py),
// a delayed message stays hidden until its delay passes, a received one until its visibility
// timeout passes, and the queue's counts say so meanwhile.
func TestSQSClockPatch(t *testing.T) {
	ctx := context.Background()
	m := runPatchedMoto(t, "motostack: SQS clock patch applied")
	q := sqs.NewFromConfig(AWSConfig(ctx, m.Endpoint))
	created, err := q.CreateQueue(ctx, &sqs.CreateQueueInput{QueueName: aws.String("clock")})
	if err != nil {
		t.Fatal(err)
	}
	url := created.QueueUrl
	receive := func(visibility int32) int {
		t.Helper()
		out, err := q.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: visibility})
		if err != nil {
			t.Fatal(err)
		}
		return len(out.Messages)
	}
	counts := func() string {
		t.Helper()
		out, err := q.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: url, AttributeNames: []sqstypes.QueueAttributeName{sqstypes.QueueAttributeNameAll}})
		if err != nil {
			t.Fatal(err)
		}
		a := out.Attributes
		return a["ApproximateNumberOfMessages"] + "/" + a["ApproximateNumberOfMessagesNotVisible"] + "/" + a["ApproximateNumberOfMessagesDelayed"]
	}
	if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: url, MessageBody: aws.String("x"), DelaySeconds: 2}); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name       string
		wait       time.Duration
		visibility int32
		received   int
		counts     string // visible/in flight/delayed after the receive
	}{
		{"delayed: not received", 0, 2, 0, "0/0/1"},
		{"delay over: received, then in flight", 2500 * time.Millisecond, 2, 1, "0/1/0"},
		{"in flight: not received again", 0, 2, 0, "0/1/0"},
		{"visibility timeout over: received again", 2500 * time.Millisecond, 30, 1, "0/1/0"},
	}
	for _, st := range steps {
		time.Sleep(st.wait)
		if got := receive(st.visibility); got != st.received {
			t.Errorf("%s: received %d, want %d", st.name, got, st.received)
		}
		if got := counts(); got != st.counts {
			t.Errorf("%s: visible/in flight/delayed %s, want %s", st.name, got, st.counts)
		}
	}
}

// TestPartitionQueryPatch: moto starts with motopatch/sitecustomize.py applied, and a Query on the
// partition key still answers exactly what DynamoDB would: the partition's items in sort-key
// order (or reversed), the key condition on the sort key, pages by Limit, nothing of the
// neighbouring partitions, nothing for a partition that does not exist.
func TestPartitionQueryPatch(t *testing.T) {
	ctx := context.Background()
	m := runPatchedMoto(t, "motostack: partition-query patch applied", "motostack: SQS clock patch applied")
	db := dynamodb.NewFromConfig(AWSConfig(ctx, m.Endpoint))
	s := func(v string) ddb.AttributeValue { return &ddb.AttributeValueMemberS{Value: v} }
	_, err := db.CreateTable(ctx, &dynamodb.CreateTableInput{TableName: aws.String("t"), BillingMode: ddb.BillingModePayPerRequest,
		AttributeDefinitions: []ddb.AttributeDefinition{{AttributeName: aws.String("PK"), AttributeType: ddb.ScalarAttributeTypeS}, {AttributeName: aws.String("SK"), AttributeType: ddb.ScalarAttributeTypeS}},
		KeySchema:            []ddb.KeySchemaElement{{AttributeName: aws.String("PK"), KeyType: ddb.KeyTypeHash}, {AttributeName: aws.String("SK"), KeyType: ddb.KeyTypeRange}}})
	if err != nil {
		t.Fatal(err)
	}
	// Three partitions, written interleaved and out of sort order.
	for _, sk := range []string{"C#3", "A#1", "C#1", "B#2", "A#2", "C#2"} {
		for _, pk := range []string{"P#2", "P#1", "P#3"} {
			if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("t"), Item: map[string]ddb.AttributeValue{"PK": s(pk), "SK": s(sk), "v": s(pk + "/" + sk)}}); err != nil {
				t.Fatal(err)
			}
		}
	}
	query := func(pk, cond string, vals map[string]ddb.AttributeValue, forward bool, limit int32) string {
		t.Helper()
		if vals == nil {
			vals = map[string]ddb.AttributeValue{}
		}
		vals[":pk"] = s(pk)
		in := &dynamodb.QueryInput{TableName: aws.String("t"), KeyConditionExpression: aws.String("PK = :pk" + cond),
			ExpressionAttributeValues: vals, ScanIndexForward: aws.Bool(forward), ConsistentRead: aws.Bool(true)}
		if limit > 0 {
			in.Limit = aws.Int32(limit)
		}
		var got []string
		for page := 0; ; page++ {
			out, err := db.Query(ctx, in)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range out.Items {
				got = append(got, it["v"].(*ddb.AttributeValueMemberS).Value)
			}
			if out.LastEvaluatedKey == nil {
				return strings.Join(got, " ")
			}
			got = append(got, "|")
			in.ExclusiveStartKey = out.LastEvaluatedKey
			if page > 10 {
				t.Fatal("pagination does not end")
			}
		}
	}
	tests := []struct {
		name, pk, cond string
		vals           map[string]ddb.AttributeValue
		forward        bool
		limit          int32
		want           string
	}{
		{"whole partition in sort-key order", "P#1", "", nil, true, 0, "P#1/A#1 P#1/A#2 P#1/B#2 P#1/C#1 P#1/C#2 P#1/C#3"},
		{"reversed", "P#3", "", nil, false, 0, "P#3/C#3 P#3/C#2 P#3/C#1 P#3/B#2 P#3/A#2 P#3/A#1"},
		{"begins_with", "P#2", " AND begins_with(SK, :p)", map[string]ddb.AttributeValue{":p": s("C#")}, true, 0, "P#2/C#1 P#2/C#2 P#2/C#3"},
		{"between", "P#1", " AND SK BETWEEN :a AND :b", map[string]ddb.AttributeValue{":a": s("A#2"), ":b": s("C#1")}, true, 0, "P#1/A#2 P#1/B#2 P#1/C#1"},
		{"pages of two", "P#2", "", nil, true, 2, "P#2/A#1 P#2/A#2 | P#2/B#2 P#2/C#1 | P#2/C#2 P#2/C#3"},
		{"no such partition", "P#9", "", nil, true, 0, ""},
	}
	for _, tt := range tests {
		got := query(tt.pk, tt.cond, tt.vals, tt.forward, tt.limit)
		// DynamoDB may end the last full page with a LastEvaluatedKey and an empty page after it.
		got = strings.TrimSuffix(strings.TrimSpace(got), " |")
		if got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
	// The tally names what went to the emulator.
	var puts int
	for _, c := range Calls() {
		if c.Op == "DynamoDB.PutItem" {
			puts = c.Calls
		}
	}
	if puts < 18 {
		t.Errorf("Calls() counts %d DynamoDB.PutItem, want at least 18", puts)
	}
}

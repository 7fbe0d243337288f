// Package dynamocall is the functions' DynamoDB client: the operations shared/dynamo uses, in
// DynamoDB's own JSON, sent through shared/awscall, with attribute values, inputs, outputs and
// errors of its own (named and shaped as the SDK's, so code written on the SDK's reads the same).
// It links none of the SDK's DynamoDB packages: their types' schema registry, built at every
// start, was 15 % of classify's and triage's cold start, and with the client's endpoint tables,
// attributevalue and expression about 1.2 MB of each linux/arm64 binary (issue 13,
// docs/benchmarks.md). The local stack and the tools keep the SDK's client.
//
// The call is the client's: the same endpoint (AWS_ENDPOINT_URL, else dynamodb.<region>.amazonaws.com),
// SigV4, the client's retries (the standard retryer with 4 attempts and a 25 ms base delay, so a
// throttled call is retried; cfg.Retryer when set), its CRC32 check of each answer and its
// uncompressed answers; configuration options (cfg.APIOptions: X-Ray, make preflight's recorder)
// see the service id "DynamoDB", the operation and an input whose fields are named as the SDK's.
// A failed condition is a *ConditionalCheckFailedException, a cancelled transaction a
// *TransactionCanceledException with its reasons, any other error answer a smithy.APIError with
// DynamoDB's error code (ProvisionedThroughputExceededException, ThrottlingException …).
// TestSameAsTheSDKClient holds each operation's request and answer to the SDK client's.
package dynamocall

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go"

	"borgerfeedback/shared/awscall"
)

// Client makes DynamoDB calls from an aws.Config.
type Client struct{ cfg aws.Config }

// New returns a client for cfg's region, credentials and endpoint, with one retryer for all its
// calls (one retry quota, as the SDK's client).
func New(cfg aws.Config) *Client { return &Client{cfg: awscall.WithRetryer(cfg, service)} }

var service = awscall.Service{ID: "DynamoDB", SigningName: "dynamodb", Endpoint: "dynamodb", TargetPrefix: "DynamoDB_20120810",
	ContentType: "application/x-amz-json-1.0", MaxAttempts: 4, BaseDelay: 25 * time.Millisecond, CRC32: true, Errors: typedError}

// Select is what a Query returns.
type Select string

// SelectCount makes a Query answer its count only.
const SelectCount Select = "COUNT"

// The inputs, their fields named and typed as the SDK's (make preflight's recorder reads them).
type (
	// GetItemInput is GetItem's input.
	GetItemInput struct {
		TableName                *string `json:",omitempty"`
		Key                      map[string]AttributeValue
		ConsistentRead           *bool             `json:",omitempty"`
		ProjectionExpression     *string           `json:",omitempty"`
		ExpressionAttributeNames map[string]string `json:",omitempty"`
	}
	// PutItemInput is PutItem's input.
	PutItemInput struct {
		TableName                 *string `json:",omitempty"`
		Item                      map[string]AttributeValue
		ConditionExpression       *string                   `json:",omitempty"`
		ExpressionAttributeNames  map[string]string         `json:",omitempty"`
		ExpressionAttributeValues map[string]AttributeValue `json:",omitempty"`
		ReturnValues              string                    `json:",omitempty"`
	}
	// UpdateItemInput is UpdateItem's input.
	UpdateItemInput struct {
		TableName                 *string `json:",omitempty"`
		Key                       map[string]AttributeValue
		UpdateExpression          *string                   `json:",omitempty"`
		ConditionExpression       *string                   `json:",omitempty"`
		ExpressionAttributeNames  map[string]string         `json:",omitempty"`
		ExpressionAttributeValues map[string]AttributeValue `json:",omitempty"`
		ReturnValues              string                    `json:",omitempty"`
	}
	// DeleteItemInput is DeleteItem's input.
	DeleteItemInput struct {
		TableName                 *string `json:",omitempty"`
		Key                       map[string]AttributeValue
		ConditionExpression       *string                   `json:",omitempty"`
		ExpressionAttributeNames  map[string]string         `json:",omitempty"`
		ExpressionAttributeValues map[string]AttributeValue `json:",omitempty"`
		ReturnValues              string                    `json:",omitempty"`
	}
	// QueryInput is Query's input.
	QueryInput struct {
		TableName                 *string                   `json:",omitempty"`
		IndexName                 *string                   `json:",omitempty"`
		KeyConditionExpression    *string                   `json:",omitempty"`
		FilterExpression          *string                   `json:",omitempty"`
		ProjectionExpression      *string                   `json:",omitempty"`
		ExpressionAttributeNames  map[string]string         `json:",omitempty"`
		ExpressionAttributeValues map[string]AttributeValue `json:",omitempty"`
		ConsistentRead            *bool                     `json:",omitempty"`
		ScanIndexForward          *bool                     `json:",omitempty"`
		Limit                     *int32                    `json:",omitempty"`
		ExclusiveStartKey         map[string]AttributeValue `json:",omitempty"`
		Select                    Select                    `json:",omitempty"`
	}
	// BatchGetItemInput is BatchGetItem's input.
	BatchGetItemInput struct {
		RequestItems map[string]KeysAndAttributes
	}
	// KeysAndAttributes is the keys of one table a BatchGetItem reads.
	KeysAndAttributes struct {
		Keys                     []map[string]AttributeValue
		ConsistentRead           *bool             `json:",omitempty"`
		ProjectionExpression     *string           `json:",omitempty"`
		ExpressionAttributeNames map[string]string `json:",omitempty"`
	}
	// TransactWriteItemsInput is TransactWriteItems's input.
	TransactWriteItemsInput struct {
		TransactItems      []TransactWriteItem
		ClientRequestToken *string `json:",omitempty"`
	}
	// TransactWriteItem is one write of a transaction.
	TransactWriteItem struct {
		ConditionCheck *ConditionCheck `json:",omitempty"`
		Put            *Put            `json:",omitempty"`
		Update         *Update         `json:",omitempty"`
		Delete         *Delete         `json:",omitempty"`
	}
	// ConditionCheck is a transaction's condition on an item it does not write.
	ConditionCheck struct {
		TableName                 *string `json:",omitempty"`
		Key                       map[string]AttributeValue
		ConditionExpression       *string                   `json:",omitempty"`
		ExpressionAttributeNames  map[string]string         `json:",omitempty"`
		ExpressionAttributeValues map[string]AttributeValue `json:",omitempty"`
	}
	// Put is a transaction's put.
	Put struct {
		TableName                 *string `json:",omitempty"`
		Item                      map[string]AttributeValue
		ConditionExpression       *string                   `json:",omitempty"`
		ExpressionAttributeNames  map[string]string         `json:",omitempty"`
		ExpressionAttributeValues map[string]AttributeValue `json:",omitempty"`
	}
	// Update is a transaction's update.
	Update struct {
		TableName                 *string `json:",omitempty"`
		Key                       map[string]AttributeValue
		UpdateExpression          *string                   `json:",omitempty"`
		ConditionExpression       *string                   `json:",omitempty"`
		ExpressionAttributeNames  map[string]string         `json:",omitempty"`
		ExpressionAttributeValues map[string]AttributeValue `json:",omitempty"`
	}
	// Delete is a transaction's delete.
	Delete struct {
		TableName                 *string `json:",omitempty"`
		Key                       map[string]AttributeValue
		ConditionExpression       *string                   `json:",omitempty"`
		ExpressionAttributeNames  map[string]string         `json:",omitempty"`
		ExpressionAttributeValues map[string]AttributeValue `json:",omitempty"`
	}
)

// The outputs: the parts of the SDK's that the store reads.
type (
	// GetItemOutput is the part of GetItem's output the store reads.
	GetItemOutput struct{ Item map[string]AttributeValue }
	// PutItemOutput is the part of PutItem's output the store reads.
	PutItemOutput struct{ Attributes map[string]AttributeValue }
	// UpdateItemOutput is the part of UpdateItem's output the store reads.
	UpdateItemOutput struct{ Attributes map[string]AttributeValue }
	// DeleteItemOutput is the part of DeleteItem's output the store reads.
	DeleteItemOutput struct{ Attributes map[string]AttributeValue }
	// QueryOutput is the part of Query's output the store reads.
	QueryOutput struct {
		Items            []map[string]AttributeValue
		Count            int32
		ScannedCount     int32
		LastEvaluatedKey map[string]AttributeValue
	}
	// BatchGetItemOutput is the part of BatchGetItem's output the store reads.
	BatchGetItemOutput struct {
		Responses       map[string][]map[string]AttributeValue
		UnprocessedKeys map[string]KeysAndAttributes
	}
	// TransactWriteItemsOutput is the part of TransactWriteItems's output the store reads.
	TransactWriteItemsOutput struct{}
)

// GetItem reads one item.
func (c *Client) GetItem(ctx context.Context, in *GetItemInput) (*GetItemOutput, error) {
	var w struct{ Item map[string]wireValue }
	if err := awscall.JSON(ctx, c.cfg, service, "GetItem", in, &w); err != nil {
		return nil, err
	}
	it, err := item(w.Item)
	return &GetItemOutput{Item: it}, err
}

// PutItem writes one item.
func (c *Client) PutItem(ctx context.Context, in *PutItemInput) (*PutItemOutput, error) {
	a, err := attributesCall(ctx, c, "PutItem", in)
	return &PutItemOutput{Attributes: a}, err
}

// UpdateItem updates (or creates) one item.
func (c *Client) UpdateItem(ctx context.Context, in *UpdateItemInput) (*UpdateItemOutput, error) {
	a, err := attributesCall(ctx, c, "UpdateItem", in)
	return &UpdateItemOutput{Attributes: a}, err
}

// DeleteItem deletes one item.
func (c *Client) DeleteItem(ctx context.Context, in *DeleteItemInput) (*DeleteItemOutput, error) {
	a, err := attributesCall(ctx, c, "DeleteItem", in)
	return &DeleteItemOutput{Attributes: a}, err
}

func attributesCall(ctx context.Context, c *Client, op string, in any) (map[string]AttributeValue, error) {
	var w struct{ Attributes map[string]wireValue }
	if err := awscall.JSON(ctx, c.cfg, service, op, in, &w); err != nil {
		return nil, err
	}
	return item(w.Attributes)
}

// Query reads one page of a partition (of the table or an index).
func (c *Client) Query(ctx context.Context, in *QueryInput) (*QueryOutput, error) {
	var w struct {
		Items            []map[string]wireValue
		Count            int32
		ScannedCount     int32
		LastEvaluatedKey map[string]wireValue
	}
	if err := awscall.JSON(ctx, c.cfg, service, "Query", in, &w); err != nil {
		return nil, err
	}
	out := &QueryOutput{Count: w.Count, ScannedCount: w.ScannedCount}
	var err error
	if out.Items, err = items(w.Items); err != nil {
		return nil, err
	}
	if out.LastEvaluatedKey, err = item(w.LastEvaluatedKey); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchGetItem reads up to 100 items by key.
func (c *Client) BatchGetItem(ctx context.Context, in *BatchGetItemInput) (*BatchGetItemOutput, error) {
	var w struct {
		Responses       map[string][]map[string]wireValue
		UnprocessedKeys map[string]struct {
			Keys                     []map[string]wireValue
			ConsistentRead           *bool
			ProjectionExpression     *string
			ExpressionAttributeNames map[string]string
		}
	}
	if err := awscall.JSON(ctx, c.cfg, service, "BatchGetItem", in, &w); err != nil {
		return nil, err
	}
	out := &BatchGetItemOutput{}
	for table, ws := range w.Responses {
		its, err := items(ws)
		if err != nil {
			return nil, err
		}
		if out.Responses == nil {
			out.Responses = map[string][]map[string]AttributeValue{}
		}
		out.Responses[table] = its
	}
	for table, k := range w.UnprocessedKeys {
		keys, err := items(k.Keys)
		if err != nil {
			return nil, err
		}
		if out.UnprocessedKeys == nil {
			out.UnprocessedKeys = map[string]KeysAndAttributes{}
		}
		out.UnprocessedKeys[table] = KeysAndAttributes{Keys: keys, ConsistentRead: k.ConsistentRead,
			ProjectionExpression: k.ProjectionExpression, ExpressionAttributeNames: k.ExpressionAttributeNames}
	}
	return out, nil
}

// TransactWriteItems writes up to 100 items in one transaction. Without a ClientRequestToken it
// gets a new one (a random UUID, as the SDK's client fills it in), the same for each of the call's
// attempts: a transaction that was written but whose answer was lost is then answered as written
// when the retryer sends it again, instead of being written twice (an ADD) or cancelled by its own
// condition (a failed write that happened).
func (c *Client) TransactWriteItems(ctx context.Context, in *TransactWriteItemsInput) (*TransactWriteItemsOutput, error) {
	if in.ClientRequestToken == nil {
		token, err := awscall.IdempotencyToken()
		if err != nil {
			return nil, fmt.Errorf("DynamoDB TransactWriteItems: idempotency token: %w", err)
		}
		withToken := *in // the caller's input is left as it was: its next call is another transaction
		withToken.ClientRequestToken = &token
		in = &withToken
	}
	if err := awscall.JSON(ctx, c.cfg, service, "TransactWriteItems", in, &struct{}{}); err != nil {
		return nil, err
	}
	return &TransactWriteItemsOutput{}, nil
}

// ConditionalCheckFailedException is the error of a write whose condition did not hold.
type ConditionalCheckFailedException struct {
	Message *string
	Item    map[string]AttributeValue // with ReturnValuesOnConditionCheckFailure
}

func (e *ConditionalCheckFailedException) Error() string {
	return "ConditionalCheckFailedException: " + aws.ToString(e.Message)
}

// ErrorCode is DynamoDB's code of the error.
func (*ConditionalCheckFailedException) ErrorCode() string { return "ConditionalCheckFailedException" }

// ErrorMessage is the error's message.
func (e *ConditionalCheckFailedException) ErrorMessage() string { return aws.ToString(e.Message) }

// ErrorFault is the client's.
func (*ConditionalCheckFailedException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// TransactionCanceledException is the error of a cancelled transaction: one reason per write, in order
// (Code "None" for the writes that were not the cause).
type TransactionCanceledException struct {
	Message             *string
	CancellationReasons []CancellationReason
}

// CancellationReason is why one write of a cancelled transaction did not happen.
type CancellationReason struct {
	Code    *string
	Message *string
	Item    map[string]AttributeValue
}

func (e *TransactionCanceledException) Error() string {
	return "TransactionCanceledException: " + aws.ToString(e.Message)
}

// ErrorCode is DynamoDB's code of the error.
func (*TransactionCanceledException) ErrorCode() string { return "TransactionCanceledException" }

// ErrorMessage is the error's message.
func (e *TransactionCanceledException) ErrorMessage() string { return aws.ToString(e.Message) }

// ErrorFault is the client's.
func (*TransactionCanceledException) ErrorFault() smithy.ErrorFault { return smithy.FaultClient }

// typedError is the typed error of an error answer with these two codes (nil for the others).
func typedError(code, message string, body []byte) smithy.APIError {
	switch code {
	case "ConditionalCheckFailedException":
		var w struct{ Item map[string]wireValue }
		_ = json.Unmarshal(body, &w) // the item is optional
		it, _ := item(w.Item)
		return &ConditionalCheckFailedException{Message: aws.String(message), Item: it}
	case "TransactionCanceledException":
		var w struct {
			CancellationReasons []struct {
				Code, Message *string
				Item          map[string]wireValue
			}
		}
		_ = json.Unmarshal(body, &w) // the reasons are optional
		e := &TransactionCanceledException{Message: aws.String(message)}
		for _, r := range w.CancellationReasons {
			it, _ := item(r.Item)
			e.CancellationReasons = append(e.CancellationReasons, CancellationReason{Code: r.Code, Message: r.Message, Item: it})
		}
		return e
	}
	return nil
}

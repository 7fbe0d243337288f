// Package dynamocall is the functions' DynamoDB client: the operations shared/dynamo uses, with the
// SDK's own input and output types, sent through shared/awscall instead of the SDK's
// dynamodb.Client. The request body, the answer and the typed errors
// (*types.ConditionalCheckFailedException, *types.TransactionCanceledException …) are made by the
// SDK's generated code (its schemas, the awsJson1_0 protocol and its error registry), so they are
// the client's own; what is not linked is the client: its endpoint rules and their tables,
// endpoint discovery, options and per-operation middleware, 0.6 MB of each linux/arm64 binary and
// the tables' start-up (issue 13, docs/benchmarks.md).
//
// The call is the client's: the same endpoint (AWS_ENDPOINT_URL, else dynamodb.<region>.amazonaws.com),
// SigV4, the client's retries (the standard retryer with 4 attempts and a 25 ms base delay, so a
// throttled call is retried; cfg.Retryer when set), its CRC32 check of each answer and its
// uncompressed answers; configuration options (cfg.APIOptions: X-Ray, make preflight's recorder)
// see the service id "DynamoDB", the operation and the SDK's input as they do with the client.
// Not carried over: per-call option functions (an error, so none is silently ignored), the
// client's input validation before sending (DynamoDB answers a ValidationException instead), and
// account-based endpoints (Lambda gives no account id; the regional endpoint serves every account).
package dynamocall

import (
	"context"
	"errors"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/schemas"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/transport/http/protocol/awsjson"

	"borgerfeedback/shared/awscall"
)

// Client makes DynamoDB calls from an aws.Config. It has the methods of the SDK's client that
// shared/dynamo's API names.
type Client struct{ cfg aws.Config }

// New returns a client for cfg's region, credentials and endpoint.
func New(cfg aws.Config) *Client { return &Client{cfg: cfg} }

var (
	service = awscall.Service{ID: dynamodb.ServiceID, SigningName: "dynamodb", Endpoint: "dynamodb",
		MaxAttempts: 4, BaseDelay: 25 * time.Millisecond, CRC32: true}
	shapes = awscall.Shapes{Protocol: awsjson.New10(schemas.DynamoDB_20120810), Errors: dynamodb.TypeRegistry}
	// Each operation's schema, as the client's middleware names it.
	getItem            = smithy.NewOperationSchema(schemas.GetItem, schemas.GetItemInput, schemas.GetItemOutput)
	putItem            = smithy.NewOperationSchema(schemas.PutItem, schemas.PutItemInput, schemas.PutItemOutput)
	updateItem         = smithy.NewOperationSchema(schemas.UpdateItem, schemas.UpdateItemInput, schemas.UpdateItemOutput)
	deleteItem         = smithy.NewOperationSchema(schemas.DeleteItem, schemas.DeleteItemInput, schemas.DeleteItemOutput)
	query              = smithy.NewOperationSchema(schemas.Query, schemas.QueryInput, schemas.QueryOutput)
	batchGetItem       = smithy.NewOperationSchema(schemas.BatchGetItem, schemas.BatchGetItemInput, schemas.BatchGetItemOutput)
	transactWriteItems = smithy.NewOperationSchema(schemas.TransactWriteItems, schemas.TransactWriteItemsInput, schemas.TransactWriteItemsOutput)
)

// errOptions: the client's per-call options are not supported here.
var errOptions = errors.New("dynamocall: per-call options are not supported")

// do sends one operation and returns out, or nil and the error.
func do[In smithy.Serializable, Out smithy.Deserializable](ctx context.Context, c *Client, op *smithy.OperationSchema, in In, out Out, opts int) (Out, error) {
	var zero Out
	if opts > 0 {
		return zero, errOptions
	}
	if err := awscall.Shaped(ctx, c.cfg, service, shapes, op, in, out); err != nil {
		return zero, err
	}
	return out, nil
}

// GetItem is the client's GetItem.
func (c *Client) GetItem(ctx context.Context, in *dynamodb.GetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	return do(ctx, c, getItem, in, &dynamodb.GetItemOutput{}, len(opts))
}

// PutItem is the client's PutItem.
func (c *Client) PutItem(ctx context.Context, in *dynamodb.PutItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	return do(ctx, c, putItem, in, &dynamodb.PutItemOutput{}, len(opts))
}

// UpdateItem is the client's UpdateItem.
func (c *Client) UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	return do(ctx, c, updateItem, in, &dynamodb.UpdateItemOutput{}, len(opts))
}

// DeleteItem is the client's DeleteItem.
func (c *Client) DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	return do(ctx, c, deleteItem, in, &dynamodb.DeleteItemOutput{}, len(opts))
}

// Query is the client's Query.
func (c *Client) Query(ctx context.Context, in *dynamodb.QueryInput, opts ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	return do(ctx, c, query, in, &dynamodb.QueryOutput{}, len(opts))
}

// BatchGetItem is the client's BatchGetItem.
func (c *Client) BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	return do(ctx, c, batchGetItem, in, &dynamodb.BatchGetItemOutput{}, len(opts))
}

// TransactWriteItems is the client's TransactWriteItems.
func (c *Client) TransactWriteItems(ctx context.Context, in *dynamodb.TransactWriteItemsInput, opts ...func(*dynamodb.Options)) (*dynamodb.TransactWriteItemsOutput, error) {
	return do(ctx, c, transactWriteItems, in, &dynamodb.TransactWriteItemsOutput{}, len(opts))
}

// Package redactexisting is the one-off maintenance pass behind `make redact-existing`: it applies the
// current redaction rules (shared/redact) to the free text already stored — each feedback item's text and
// reasons and the notes in its history — so items stored under older rules lose what those missed. It
// pages through the feedback index by key queries (never a Scan), records a checkpoint after each page so
// an interrupted run resumes where it stopped, and reports counts only, never content.
package redactexisting

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/redact"
)

// API is the part of the DynamoDB client the pass uses.
type API interface {
	GetItem(ctx context.Context, in *dynamodb.GetItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	UpdateItem(ctx context.Context, in *dynamodb.UpdateItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error)
	Query(ctx context.Context, in *dynamodb.QueryInput, opts ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
}

// The table's layout as shared/dynamo writes it: every feedback item is in the byCreated index, in
// the partition gsiAll "OPEN" or "CLOSED" by its status; an item and its history share the
// partition FB#<reference>.
const (
	indexName    = "byCreated"
	checkpointPK = "MAINT#redact-existing"
	checkpointSK = "CHECKPOINT"
)

// partitions are byCreated's partitions, in the order a run goes through them. An item whose status
// moves between them during a run may be checked twice or, moving back, next run (-again).
var partitions = []string{"OPEN", "CLOSED"}

// Options of a run.
type Options struct {
	PageSize int  // index entries per page and checkpoint; default 100
	Again    bool // start over even when a run with the current rules finished
}

// Report is what a run did: counts only.
type Report struct {
	Rules        string // redact.Version the run applied
	AlreadyDone  bool   // a run with these rules had finished; nothing was done
	Resumed      bool   // continued from an interrupted run's checkpoint
	Items        int    // feedback items checked in this run
	TextsChanged int    // items whose text or reasons were redacted
	NotesChanged int    // history notes redacted
	Conflicts    int    // changed concurrently while being redacted: left for the next run
}

func (r Report) String() string {
	switch {
	case r.AlreadyDone:
		return fmt.Sprintf("redact-existing: already done with rules %s (use -again to check every item again)", r.Rules)
	default:
		resumed := ""
		if r.Resumed {
			resumed = ", resumed from the checkpoint"
		}
		return fmt.Sprintf("redact-existing with rules %s%s: %d items checked, %d texts redacted, %d notes redacted, %d conflicts",
			r.Rules, resumed, r.Items, r.TextsChanged, r.NotesChanged, r.Conflicts)
	}
}

// checkpoint is the progress of the pass, kept in the table itself.
type checkpoint struct {
	Rules     string `dynamodbav:"rules"`
	Partition string `dynamodbav:"partition"` // the byCreated partition in progress ("" the first)
	Cursor    string `dynamodbav:"cursor"`    // the byCreated sort key of the last item done in it
	Done      bool   `dynamodbav:"done"`
}

// Run applies the current rules to every stored feedback item of table.
func Run(ctx context.Context, db API, table string, o Options) (Report, error) {
	if o.PageSize <= 0 {
		o.PageSize = 100
	}
	rep := Report{Rules: redact.Version}
	cp, err := loadCheckpoint(ctx, db, table)
	if err != nil {
		return rep, err
	}
	switch {
	case cp.Rules != redact.Version || o.Again:
		cp = checkpoint{Rules: redact.Version}
	case cp.Done:
		rep.AlreadyDone = true
		return rep, nil
	case cp.Cursor != "":
		rep.Resumed = true
	}
	if cp.Partition == "" {
		cp.Partition = partitions[0]
	}
	for {
		in, err := pageQuery(table, cp.Partition, cp.Cursor, o.PageSize)
		if err != nil {
			return rep, err
		}
		page, err := db.Query(ctx, in)
		if err != nil {
			return rep, fmt.Errorf("list feedback after the checkpoint: %w", err)
		}
		for _, entry := range page.Items {
			pk, created := str(entry["PK"]), str(entry["created"])
			if err := redactPartition(ctx, db, table, pk, &rep); err != nil {
				return rep, err
			}
			rep.Items++
			cp.Cursor = created
		}
		if len(page.LastEvaluatedKey) == 0 { // this partition is done: the next, or all
			i := slices.Index(partitions, cp.Partition)
			cp.Done = i < 0 || i == len(partitions)-1
			if !cp.Done {
				cp.Partition, cp.Cursor = partitions[i+1], ""
			}
		}
		if err := saveCheckpoint(ctx, db, table, cp); err != nil {
			return rep, err
		}
		if cp.Done {
			return rep, nil
		}
	}
}

// pageQuery is the Query of a byCreated partition's page after cursor (from the start when empty).
func pageQuery(table, partition, cursor string, limit int) (*dynamodb.QueryInput, error) {
	keys := expression.Key("gsiAll").Equal(expression.Value(partition))
	if cursor != "" {
		keys = keys.And(expression.Key("created").GreaterThan(expression.Value(cursor)))
	}
	expr, err := expression.NewBuilder().WithKeyCondition(keys).
		WithProjection(expression.NamesList(expression.Name("PK"), expression.Name("created"))).Build()
	if err != nil {
		return nil, fmt.Errorf("feedback page query: %w", err)
	}
	return &dynamodb.QueryInput{
		TableName: aws.String(table), IndexName: aws.String(indexName), Limit: aws.Int32(int32(limit)), //nolint:gosec // G115: the tool's page size (-page, at most 1000)
		KeyConditionExpression: expr.KeyCondition(), ProjectionExpression: expr.Projection(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	}, nil
}

// redactPartition redacts the item and the history notes of one feedback partition.
func redactPartition(ctx context.Context, db API, table, pk string, rep *Report) error {
	expr, err := expression.NewBuilder().WithKeyCondition(expression.Key("PK").Equal(expression.Value(pk))).
		WithProjection(expression.NamesList(expression.Name("PK"), expression.Name("SK"), expression.Name("text"),
			expression.Name("reasons"), expression.Name("note"))).Build()
	if err != nil {
		return fmt.Errorf("read %s: expression: %w", pk, err)
	}
	var start map[string]types.AttributeValue
	for {
		out, err := db.Query(ctx, &dynamodb.QueryInput{
			TableName: aws.String(table), ConsistentRead: aws.Bool(true), ExclusiveStartKey: start,
			KeyConditionExpression: expr.KeyCondition(), ProjectionExpression: expr.Projection(),
			ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
		})
		if err != nil {
			return fmt.Errorf("read %s: %w", pk, err)
		}
		for _, row := range out.Items {
			if err := redactRow(ctx, db, table, row, rep); err != nil {
				return err
			}
		}
		if len(out.LastEvaluatedKey) == 0 {
			return nil
		}
		start = out.LastEvaluatedKey
	}
}

// redactRow updates the free text of one row when the rules change it, on the condition that it is
// still what was read.
func redactRow(ctx context.Context, db API, table string, row map[string]types.AttributeValue, rep *Report) error {
	pk, sk := str(row["PK"]), str(row["SK"])
	var sets expression.UpdateBuilder
	var conds []expression.ConditionBuilder
	change := func(attr string, old, updated types.AttributeValue) {
		sets = sets.Set(expression.Name(attr), expression.Value(updated))
		conds = append(conds, expression.Name(attr).Equal(expression.Value(old)))
	}
	isNote := strings.HasPrefix(sk, "H#")
	if v, ok := row["text"].(*types.AttributeValueMemberS); ok && !isNote {
		if red := redact.Text(v.Value); red != v.Value {
			change("text", v, &types.AttributeValueMemberS{Value: red})
		}
	}
	if v, ok := row["reasons"].(*types.AttributeValueMemberL); ok && !isNote {
		var reasons []string
		if err := attributevalue.Unmarshal(v, &reasons); err == nil {
			red := make([]string, len(reasons))
			for i, r := range reasons {
				red[i] = redact.Text(r)
			}
			if !slices.Equal(red, reasons) {
				nv, err := attributevalue.Marshal(red)
				if err != nil {
					return err
				}
				change("reasons", v, nv)
			}
		}
	}
	if v, ok := row["note"].(*types.AttributeValueMemberS); ok && isNote {
		if red := redact.Text(v.Value); red != v.Value {
			change("note", v, &types.AttributeValueMemberS{Value: red})
		}
	}
	if len(conds) == 0 {
		return nil
	}
	unchanged := conds[0]
	if len(conds) > 1 {
		unchanged = conds[0].And(conds[1], conds[2:]...)
	}
	expr, err := expression.NewBuilder().WithUpdate(sets).WithCondition(unchanged).Build()
	if err != nil {
		return fmt.Errorf("redact %s %s: expression: %w", pk, sk, err)
	}
	_, err = db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName: aws.String(table),
		Key: map[string]types.AttributeValue{
			"PK": &types.AttributeValueMemberS{Value: pk}, "SK": &types.AttributeValueMemberS{Value: sk}},
		UpdateExpression: expr.Update(), ConditionExpression: expr.Condition(),
		ExpressionAttributeNames: expr.Names(), ExpressionAttributeValues: expr.Values(),
	})
	var cf *types.ConditionalCheckFailedException
	switch {
	case errors.As(err, &cf):
		rep.Conflicts++
		return nil
	case err != nil:
		return fmt.Errorf("redact %s %s: %w", pk, sk, err) // keys only: no content in errors
	case isNote:
		rep.NotesChanged++
	default:
		rep.TextsChanged++
	}
	return nil
}

func loadCheckpoint(ctx context.Context, db API, table string) (checkpoint, error) {
	var cp checkpoint
	out, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table), ConsistentRead: aws.Bool(true),
		Key: map[string]types.AttributeValue{
			"PK": &types.AttributeValueMemberS{Value: checkpointPK}, "SK": &types.AttributeValueMemberS{Value: checkpointSK}}})
	if err != nil {
		return cp, fmt.Errorf("read the checkpoint: %w", err)
	}
	if out.Item == nil {
		return cp, nil
	}
	return cp, attributevalue.UnmarshalMap(out.Item, &cp)
}

func saveCheckpoint(ctx context.Context, db API, table string, cp checkpoint) error {
	av, err := attributevalue.MarshalMap(cp)
	if err != nil {
		return err
	}
	av["PK"] = &types.AttributeValueMemberS{Value: checkpointPK}
	av["SK"] = &types.AttributeValueMemberS{Value: checkpointSK}
	if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table), Item: av}); err != nil {
		return fmt.Errorf("save the checkpoint: %w", err)
	}
	return nil
}

func str(v types.AttributeValue) string {
	if s, ok := v.(*types.AttributeValueMemberS); ok {
		return s.Value
	}
	return ""
}

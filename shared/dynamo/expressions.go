package dynamo

// Every expression of the store is built with shared/dynamocall/expression (the API of the SDK's
// feature/dynamodb/expression, and the same text), never by hand: names and values are aliased
// (#0, :0 …), so no attribute can clash with a reserved word or another placeholder. These are the
// few pieces the store's expressions share.

import (
	"context"
	"fmt"

	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/expression"
	"github.com/aws/aws-sdk-go-v2/aws"
)

// build builds b; what names the operation in the error.
func build(b expression.Builder, what string) (expression.Expression, error) {
	expr, err := b.Build()
	if err != nil {
		return expr, fmt.Errorf("%s: expression: %w", what, err)
	}
	return expr, nil
}

// onlyIf is the expression of a write whose only expression is its condition (a Put, a Delete, a
// ConditionCheck).
func onlyIf(c expression.ConditionBuilder, what string) (expression.Expression, error) {
	return build(expression.NewBuilder().WithCondition(c), what)
}

// partitionIs is the key condition of a Query on one partition of the table.
func partitionIs(pk string) expression.KeyConditionBuilder {
	return expression.Key(attrPK).Equal(expression.Value(pk))
}

// rowAbsent holds while the row does not exist (a write that must not overwrite one).
func rowAbsent() expression.ConditionBuilder {
	return expression.AttributeNotExists(expression.Name(attrPK))
}

// rowPresent holds while the row exists (an update that must not create one).
func rowPresent() expression.ConditionBuilder {
	return expression.AttributeExists(expression.Name(attrPK))
}

// attrIs holds while attr equals v.
func attrIs(attr string, v any) expression.ConditionBuilder {
	return expression.Name(attr).Equal(expression.Value(v))
}

// putNew puts item unless a row with its key exists (a ConditionalCheckFailedException then).
func (st *Store) putNew(ctx context.Context, item map[string]dynamocall.AttributeValue, what string) error {
	expr, err := onlyIf(rowAbsent(), what)
	if err != nil {
		return err
	}
	_, err = st.db.PutItem(ctx, &dynamocall.PutItemInput{TableName: aws.String(st.table), Item: item,
		ConditionExpression: expr.Condition(), ExpressionAttributeNames: expr.Names()})
	return err
}

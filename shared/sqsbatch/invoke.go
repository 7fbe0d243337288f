package sqsbatch

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"
)

// sqsRecords is the part of Lambda's SQS event that Handle reads.
type sqsRecords struct {
	Records []struct {
		MessageID string `json:"messageId"`
		Body      string `json:"body"`
	} `json:"Records"`
}

// Invoke is HandleSQS as aws-lambda-go's lambda.Handler, for lambda.Start(consumer) in
// functions/*/main.go: aws-lambda-go calls it directly instead of by reflection, and the event is
// decoded into the two fields Handle reads, so encoding/json's first-use reflection does not walk
// the ten other fields of an SQS message (issue 13). The answer is encoded as aws-lambda-go encodes
// HandleSQS's (TestInvokeSameAnswers).
func (c *Consumer[T]) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	var in sqsRecords
	if err := json.Unmarshal(payload, &in); err != nil {
		return nil, err
	}
	ev := events.SQSEvent{Records: make([]events.SQSMessage, len(in.Records))}
	for i, r := range in.Records {
		ev.Records[i].MessageId, ev.Records[i].Body = r.MessageID, r.Body
	}
	resp, err := c.HandleSQS(ctx, ev)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false) // as aws-lambda-go's encoder
	if err := enc.Encode(resp); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

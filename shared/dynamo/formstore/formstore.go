// Package formstore is the citizen form's DynamoDB adapter (feedback.InvitationStore): the
// invitation's read, the mark-used write, the opt-out and the withdrawal, on the items
// shared/dynamo writes, made in DynamoDB's own JSON through shared/awscall. It links neither the
// SDK's DynamoDB client nor its types, attributevalue or expression packages: their schema
// registry and endpoint tables were a sixth of the form's cold start and 1.2 MB of its binary
// (issue 13, docs/benchmarks.md). shared/dynamo stays the one description of the table; this
// package writes and reads the same attributes as it does, which TestSameAsDynamo checks item by
// item on the emulator, operation by operation, against dynamo.Store.
//
// The calls are the SDK's: the same endpoint, signing, retries (the standard retryer with 4
// attempts and a 25 ms base delay, as the SDK's DynamoDB client; throttling is retried), CRC32 check
// of each answer; a failed condition is the error code ConditionalCheckFailedException, a cancelled
// transaction TransactionCanceledException, each mapped to the domain's error as shared/dynamo does.
package formstore

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go"

	"borgerfeedback/shared/awscall"
	"borgerfeedback/shared/feedback"
)

// Store is the form's view of the table.
type Store struct {
	cfg       aws.Config
	table     string
	retention time.Duration // of feedback: a history event expires with its item
}

var _ feedback.InvitationStore = (*Store)(nil)

// New returns the store of table; a zero feedback retention takes shared/dynamo's default (2 years).
func New(cfg aws.Config, table string, feedbackRetention time.Duration) *Store {
	if feedbackRetention == 0 {
		feedbackRetention = 2 * 365 * 24 * time.Hour
	}
	return &Store{cfg: awscall.WithRetryer(cfg, service), table: table, retention: feedbackRetention} // one retry quota, as an SDK client
}

var service = awscall.Service{ID: "DynamoDB", SigningName: "dynamodb", Endpoint: "dynamodb", TargetPrefix: "DynamoDB_20120810",
	ContentType: "application/x-amz-json-1.0", MaxAttempts: 4, BaseDelay: 25 * time.Millisecond, CRC32: true}

// The table's names, as shared/dynamo writes them (keys.go, encoding.go, rights.go).
const (
	attrPK              = "PK"
	attrSK              = "SK"
	skItem              = "ITEM"
	skOptOut            = "OPTOUT"
	skHistoryPrefix     = "H#"
	expiresAttr         = "expiresAt"
	retainTextAttr      = "retainText"
	retainTextValue     = "TEXT"
	withdrawRequestAttr = "withdrawRequestedAt"
	storedTokenHash     = "tk"
	storedPhoneHash     = "ph"
)

func feedbackPK(ref string) string { return "FB#" + ref }
func phonePK(hash string) string   { return "PHONE#" + hash }

// historySK is shared/dynamo's HistorySK.
func historySK(t time.Time, n int) string {
	return skHistoryPrefix + t.UTC().Format("2006-01-02T15:04:05.000000000Z") + fmt.Sprintf("#%03d", n)
}

// value is one attribute value in DynamoDB's JSON ({"S":"…"}, {"N":"…"}, {"B":"<base64>"}, …);
// the kinds the form's attributes use.
type value struct {
	S    *string          `json:",omitempty"`
	N    *string          `json:",omitempty"`
	B    []byte           `json:",omitempty"`
	BOOL *bool            `json:",omitempty"`
	NULL *bool            `json:",omitempty"`
	M    map[string]value `json:",omitempty"`
	L    []value          `json:",omitempty"`
}

type item map[string]value

func s(v string) value { return value{S: &v} }
func n(v int64) value  { x := strconv.FormatInt(v, 10); return value{N: &x} }
func b(v []byte) value { return value{B: v} }
func boolean(v bool) value {
	return value{BOOL: &v}
}

// tm is a time as attributevalue stores it: RFC 3339 with nanoseconds, in the time's own zone.
func tm(t time.Time) value { return s(t.Format(time.RFC3339Nano)) }

func key(pk, sk string) item { return item{attrPK: s(pk), attrSK: s(sk)} }

// The requests, their fields named as the SDK's inputs (make preflight's recorder reads them).
type (
	getItemInput struct {
		TableName                string
		Key                      item
		ConsistentRead           bool              `json:",omitempty"`
		ProjectionExpression     string            `json:",omitempty"`
		ExpressionAttributeNames map[string]string `json:",omitempty"`
	}
	putItemInput struct {
		TableName                 string
		Item                      item
		ConditionExpression       string            `json:",omitempty"`
		ExpressionAttributeNames  map[string]string `json:",omitempty"`
		ExpressionAttributeValues item              `json:",omitempty"`
	}
	updateItemInput struct {
		TableName                 string
		Key                       item
		UpdateExpression          string
		ConditionExpression       string            `json:",omitempty"`
		ExpressionAttributeNames  map[string]string `json:",omitempty"`
		ExpressionAttributeValues item              `json:",omitempty"`
	}
	queryInput struct {
		TableName                 string
		KeyConditionExpression    string
		FilterExpression          string `json:",omitempty"`
		ExpressionAttributeNames  map[string]string
		ExpressionAttributeValues item
		ConsistentRead            bool `json:",omitempty"`
		ExclusiveStartKey         item `json:",omitempty"`
	}
	transactWriteItemsInput struct {
		TransactItems      []transactItem
		ClientRequestToken string // the SDK's client fills it in: a retry of a written transaction is answered as written
	}
	transactItem struct {
		Put    *putItemInput    `json:",omitempty"`
		Update *updateItemInput `json:",omitempty"`
	}
)

func (st *Store) call(ctx context.Context, op string, in, out any) error {
	if out == nil {
		out = &struct{}{}
	}
	return awscall.JSON(ctx, st.cfg, service, op, in, out)
}

// errorCode is the service's error code of err ("" for another error).
func errorCode(err error) string {
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) {
		return apiErr.ErrorCode()
	}
	return ""
}

func isConditionFailed(err error) bool { return errorCode(err) == "ConditionalCheckFailedException" }

// getItem reads one item strongly consistently (nil when there is none).
func (st *Store) getItem(ctx context.Context, pk, sk string, projection ...string) (item, error) {
	in := &getItemInput{TableName: st.table, Key: key(pk, sk), ConsistentRead: true}
	if len(projection) > 0 {
		in.ExpressionAttributeNames = map[string]string{}
		for i, name := range projection {
			placeholder := "#" + strconv.Itoa(i)
			in.ExpressionAttributeNames[placeholder] = name
			if i > 0 {
				in.ProjectionExpression += ", "
			}
			in.ProjectionExpression += placeholder
		}
	}
	var out struct{ Item item }
	if err := st.call(ctx, "GetItem", in, &out); err != nil {
		return nil, err
	}
	return out.Item, nil
}

// Invitation implements feedback.InvitationStore: the item under the token's reference, when it
// holds this token (answered or not). It reads what shared/dynamo's decodeInvitation reads.
func (st *Store) Invitation(ctx context.Context, tokenHash string) (feedback.Invitation, error) {
	ref := feedback.ReferenceOf(tokenHash)
	it, err := st.getItem(ctx, feedbackPK(ref), skItem)
	if err != nil {
		return feedback.Invitation{}, err
	}
	if hex.EncodeToString(it[storedTokenHash].B) != tokenHash || tokenHash == "" {
		return feedback.Invitation{}, feedback.ErrNotFound
	}
	return decodeInvitation(it, ref)
}

// decodeInvitation is shared/dynamo's: the invitation's attributes under their stored names, the
// link's use in usedAt (not answered) or the reply's submittedAt ("sa"), the centre as a map (not
// answered) or as the reply's centreId/centreKind/district.
func decodeInvitation(it item, ref string) (feedback.Invitation, error) {
	d := decoder{}
	inv := feedback.Invitation{
		Reference: ref, TokenHash: hex.EncodeToString(it[storedTokenHash].B),
		ContactID: d.str(it, "contactId"), Channel: d.str(it, "channel"), EndedAt: d.time(it, "ce"),
		Language: d.str(it, "sl"), CallLanguage: d.str(it, "cl"), CreatedAt: d.time(it, "ia"), ExpiresAt: d.time(it, "lx"),
		UsedAt: d.timePtr(it, "usedAt"), RemindedAt: d.timePtr(it, "remindedAt"),
	}
	switch v := it[storedPhoneHash]; {
	case v.B != nil:
		inv.PhoneHash = hex.EncodeToString(v.B)
	case v.S != nil: // as shared/dynamo reads it: a hash stored as text is taken as it is
		inv.PhoneHash = *v.S
	}
	if _, ok := it["usedAt"]; !ok {
		inv.UsedAt = d.timePtr(it, "sa") // answered: the reply is the link's use
	}
	if c, ok := it["centre"]; ok {
		inv.Centre = feedback.Centre{ID: d.str(c.M, "id"), Kind: d.str(c.M, "kind"), District: d.str(c.M, "district")}
	} else {
		inv.Centre = feedback.Centre{ID: text(it["ci"]), Kind: text(it["ck"]), District: text(it["district"])}
	}
	if v, ok := it["sample"]; ok && v.M != nil {
		inv.Sample = &feedback.Sample{Probability: d.float(v.M, "probability"), Multiplier: d.float(v.M, "multiplier"),
			HighRisk: d.bool(v.M, "highRisk"), Group: d.str(v.M, "group"), Reminded: d.bool(v.M, "reminded")}
	}
	if d.err != nil {
		return feedback.Invitation{}, fmt.Errorf("unmarshal invitation %s: %w", ref, d.err)
	}
	return inv, nil
}

// text is a string attribute's value, "" for any other kind (shared/dynamo's strAttr).
func text(v value) string {
	if v.S != nil {
		return *v.S
	}
	return ""
}

// decoder reads attributes as attributevalue decodes them into shared/dynamo's records: an absent
// or NULL attribute is the zero value, another kind than the field's is an error (the first kept).
type decoder struct{ err error }

func (d *decoder) fail(name, want string) {
	if d.err == nil {
		d.err = fmt.Errorf("attribute %s: not %s", name, want)
	}
}

func (d *decoder) str(m map[string]value, name string) string {
	v, ok := m[name]
	switch {
	case !ok || v.NULL != nil:
		return ""
	case v.S == nil:
		d.fail(name, "a string")
		return ""
	}
	return *v.S
}

func (d *decoder) timePtr(m map[string]value, name string) *time.Time {
	if v, ok := m[name]; !ok || v.NULL != nil {
		return nil
	}
	t := d.time(m, name)
	return &t
}

func (d *decoder) time(m map[string]value, name string) time.Time {
	v, ok := m[name]
	if !ok || v.NULL != nil {
		return time.Time{}
	}
	if v.S == nil {
		d.fail(name, "a time")
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, *v.S)
	if err != nil && d.err == nil {
		d.err = fmt.Errorf("attribute %s: %w", name, err)
	}
	return t
}

func (d *decoder) number(m map[string]value, name string) string {
	v, ok := m[name]
	switch {
	case !ok || v.NULL != nil:
		return ""
	case v.N == nil:
		d.fail(name, "a number")
		return ""
	}
	return *v.N
}

func (d *decoder) float(m map[string]value, name string) float64 {
	x := d.number(m, name)
	if x == "" {
		return 0
	}
	f, err := strconv.ParseFloat(x, 64)
	if err != nil && d.err == nil {
		d.err = fmt.Errorf("attribute %s: %w", name, err)
	}
	return f
}

func (d *decoder) int(m map[string]value, name string) int {
	x := d.number(m, name)
	if x == "" {
		return 0
	}
	i, err := strconv.ParseInt(x, 10, 0)
	if err != nil && d.err == nil {
		d.err = fmt.Errorf("attribute %s: %w", name, err)
	}
	return int(i)
}

func (d *decoder) bool(m map[string]value, name string) bool {
	v, ok := m[name]
	switch {
	case !ok || v.NULL != nil:
		return false
	case v.BOOL == nil:
		d.fail(name, "a boolean")
		return false
	}
	return *v.BOOL
}

// MarkUsed implements feedback.InvitationStore: a conditional update of the invitation's item.
func (st *Store) MarkUsed(ctx context.Context, tokenHash string, at time.Time) error {
	hash, err := hex.DecodeString(tokenHash)
	if err != nil {
		return feedback.ErrNotFound
	}
	err = st.call(ctx, "UpdateItem", &updateItemInput{
		TableName: st.table, Key: key(feedbackPK(feedback.ReferenceOf(tokenHash)), skItem),
		UpdateExpression:          "SET #used = :at",
		ConditionExpression:       "#tk = :hash AND attribute_not_exists(#used) AND attribute_not_exists(#id)",
		ExpressionAttributeNames:  map[string]string{"#used": "usedAt", "#tk": storedTokenHash, "#id": "id"},
		ExpressionAttributeValues: item{":at": tm(at), ":hash": b(hash)},
	}, nil)
	if isConditionFailed(err) {
		return feedback.ErrGone
	}
	return err
}

// OptOut implements feedback.InvitationStore: the phone hash's opt-out row, put once (putting it
// again keeps the first time).
func (st *Store) OptOut(ctx context.Context, phoneHash string, at time.Time) error {
	it := key(phonePK(phoneHash), skOptOut)
	it["optedOutAt"] = tm(at.UTC())
	err := st.call(ctx, "PutItem", &putItemInput{TableName: st.table, Item: it,
		ConditionExpression: "attribute_not_exists(#pk)", ExpressionAttributeNames: map[string]string{"#pk": attrPK}}, nil)
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// Withdraw implements feedback.InvitationStore as shared/dynamo's Store.Withdraw does: the
// withdrawal is recorded on the reference's item (so a reply still on the intake queue is
// withdrawn too: classify settles it when it stores the reply), then the stored reply, if any, is
// erased. A second withdrawal changes nothing and returns feedback.ErrGone; it does finish an
// erasure a crash cut short.
func (st *Store) Withdraw(ctx context.Context, reference string, at time.Time) error {
	err := st.call(ctx, "UpdateItem", &updateItemInput{
		TableName: st.table, Key: key(feedbackPK(reference), skItem),
		UpdateExpression:          "SET #w = :at",
		ConditionExpression:       "attribute_exists(#pk) AND attribute_not_exists(#w)",
		ExpressionAttributeNames:  map[string]string{"#w": withdrawRequestAttr, "#pk": attrPK},
		ExpressionAttributeValues: item{":at": tm(at.UTC())},
	}, nil)
	before := false
	switch {
	case isConditionFailed(err):
		it, gerr := st.getItem(ctx, feedbackPK(reference), skItem, attrPK)
		if gerr != nil {
			return gerr
		}
		if it == nil {
			return fmt.Errorf("reference %s: %w", reference, feedback.ErrNotFound)
		}
		before = true
	case err != nil:
		return fmt.Errorf("withdraw %s: %w", reference, err)
	}
	if err := st.settleWithdrawal(ctx, reference); err != nil {
		return err
	}
	if before {
		return fmt.Errorf("reply %s was withdrawn before: %w", reference, feedback.ErrGone)
	}
	return nil
}

// settleWithdrawal is shared/dynamo's SettleWithdrawal: when the reference was withdrawn, its
// stored reply is erased (once).
func (st *Store) settleWithdrawal(ctx context.Context, reference string) error {
	marker, err := st.getItem(ctx, feedbackPK(reference), skItem, withdrawRequestAttr)
	if err != nil {
		return fmt.Errorf("withdrawal of %s: %w", reference, err)
	}
	d := decoder{}
	requested := d.timePtr(marker, withdrawRequestAttr)
	if d.err != nil {
		return fmt.Errorf("withdrawal of %s: %w", reference, d.err)
	}
	if marker == nil || requested == nil {
		return nil
	}
	err = st.erase(ctx, reference, requested.UTC())
	if errors.Is(err, feedback.ErrNotFound) {
		return nil // not stored yet: classify settles it when it stores the reply
	}
	return err
}

// erase is shared/dynamo's erase with the withdrawal's change: the notes' text first, then the
// reply's personal fields and its "withdrawn" history event in one transaction on the item's
// version, tried again (up to five times) when the item changed meanwhile.
func (st *Store) erase(ctx context.Context, reference string, at time.Time) error {
	for attempt := 0; ; attempt++ {
		it, err := st.getItem(ctx, feedbackPK(reference), skItem, "id", "version", "ca", "withdrawnAt", "anonymisedAt")
		if err != nil {
			return fmt.Errorf("get feedback %s: %w", reference, err)
		}
		if _, ok := it["id"]; !ok { // none, or an invitation not answered yet
			return fmt.Errorf("feedback %s: %w", reference, feedback.ErrNotFound)
		}
		d := decoder{}
		version, created := d.int(it, "version"), d.time(it, "ca")
		withdrawn, anonymised := d.timePtr(it, "withdrawnAt"), d.timePtr(it, "anonymisedAt")
		if d.err != nil {
			return fmt.Errorf("feedback %s: unmarshal feedback: %w", reference, d.err)
		}
		if withdrawn != nil { // erased before
			if anonymised != nil {
				return st.leaveTextRetention(ctx, reference)
			}
			return nil
		}
		if err := st.eraseNotes(ctx, reference); err != nil {
			return err
		}
		err = st.replacePersonal(ctx, reference, version, created, anonymised, at, attempt)
		if errors.Is(err, feedback.ErrConflict) && attempt < 5 {
			continue
		}
		return err
	}
}

// replacePersonal is shared/dynamo's for a withdrawal: text, contact id and consent blanked, the
// contact and the two answers removed, the reasons removed, withdrawnAt and updatedAt set, the
// version raised, the item put in byTextRetention (retainText) unless anonymised; with the history
// event, in one transaction.
func (st *Store) replacePersonal(ctx context.Context, reference string, version int, created time.Time, anonymised *time.Time, at time.Time, nth int) error {
	names := map[string]string{"#text": "text", "#cid": "contactId", "#cok": "contactOk", "#v": "version", "#reasons": "reasons",
		"#contact": "contact", "#taken": "takenSeriously", "#wait": "waitAcceptable", "#wd": "withdrawnAt", "#upd": "updatedAt",
		"#rt": retainTextAttr, "#id": "id"}
	values := item{":text": s(""), ":cid": s(""), ":cok": boolean(false), ":next": n(int64(version + 1)), ":at": tm(at),
		":v": n(int64(version))}
	set := "SET #text = :text, #cid = :cid, #cok = :cok, #v = :next, #wd = :at, #upd = :at"
	remove := " REMOVE #reasons, #contact, #taken, #wait"
	if anonymised != nil {
		names["#an"] = "anonymisedAt"
		values[":an"] = tm(anonymised.UTC())
		set += ", #an = :an"
		remove += ", #rt"
	} else {
		// Withdrawn: in byTextRetention from now on, so retention later erases the notes staff
		// may add after the withdrawal and marks the item anonymised.
		values[":rt"] = s(retainTextValue)
		set += ", #rt = :rt"
	}
	history := key(feedbackPK(reference), historySK(at, nth))
	history["at"], history["actor"], history["type"] = tm(at), s(feedback.ActorCitizen), s(feedback.EventWithdrawn)
	if !created.IsZero() {
		history[expiresAttr] = n(created.Add(st.retention).Unix())
	}
	token, err := awscall.IdempotencyToken()
	if err != nil {
		return fmt.Errorf("erase %s: %w", reference, err)
	}
	err = st.call(ctx, "TransactWriteItems", &transactWriteItemsInput{ClientRequestToken: token, TransactItems: []transactItem{
		{Update: &updateItemInput{TableName: st.table, Key: key(feedbackPK(reference), skItem),
			UpdateExpression: set + remove, ConditionExpression: "attribute_exists(#id) AND #v = :v",
			ExpressionAttributeNames: names, ExpressionAttributeValues: values}},
		{Put: &putItemInput{TableName: st.table, Item: history,
			ConditionExpression: "attribute_not_exists(#pk)", ExpressionAttributeNames: map[string]string{"#pk": attrPK}}},
	}}, nil)
	if errorCode(err) == "TransactionCanceledException" {
		return fmt.Errorf("erase %s: changed meanwhile: %w", reference, feedback.ErrConflict)
	}
	if err != nil {
		return fmt.Errorf("erase %s: %w", reference, err)
	}
	return nil
}

// leaveTextRetention takes an item whose personal data is gone out of byTextRetention.
func (st *Store) leaveTextRetention(ctx context.Context, reference string) error {
	err := st.call(ctx, "UpdateItem", &updateItemInput{TableName: st.table, Key: key(feedbackPK(reference), skItem),
		UpdateExpression: "REMOVE #rt", ConditionExpression: "attribute_exists(#pk)",
		ExpressionAttributeNames: map[string]string{"#rt": retainTextAttr, "#pk": attrPK}}, nil)
	if isConditionFailed(err) {
		return nil
	}
	return err
}

// eraseNotes blanks the text of an item's note events; the events (who, when) stay.
func (st *Store) eraseNotes(ctx context.Context, reference string) error {
	in := &queryInput{
		TableName: st.table, KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :h)",
		FilterExpression:          "#type = :note AND attribute_exists(#note)",
		ExpressionAttributeNames:  map[string]string{"#pk": attrPK, "#sk": attrSK, "#type": "type", "#note": "note"},
		ExpressionAttributeValues: item{":pk": s(feedbackPK(reference)), ":h": s(skHistoryPrefix), ":note": s("note")},
		ConsistentRead:            true,
	}
	for {
		var out struct {
			Items            []item
			LastEvaluatedKey item
		}
		if err := st.call(ctx, "Query", in, &out); err != nil {
			return fmt.Errorf("notes of %s: %w", reference, err)
		}
		for _, raw := range out.Items {
			err := st.call(ctx, "UpdateItem", &updateItemInput{TableName: st.table, Key: item{attrPK: raw[attrPK], attrSK: raw[attrSK]},
				UpdateExpression: "REMOVE #note SET #erased = :true", ConditionExpression: "attribute_exists(#pk)",
				ExpressionAttributeNames:  map[string]string{"#note": "note", "#erased": "erased", "#pk": attrPK},
				ExpressionAttributeValues: item{":true": boolean(true)}}, nil)
			if err != nil && !isConditionFailed(err) {
				return fmt.Errorf("erase a note of %s: %w", reference, err)
			}
		}
		if len(out.LastEvaluatedKey) == 0 {
			return nil
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey
	}
}

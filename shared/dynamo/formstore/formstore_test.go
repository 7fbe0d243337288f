package formstore_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"borgerfeedback/shared/awsrecord"
	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamo/formstore"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/resources"
)

var tables atomic.Int64

// pair is one scenario's two tables, set up alike: shared/dynamo's store acts on the first, the
// form's store on the second, and afterwards the two tables must hold the same items.
type pair struct {
	t            *testing.T
	db           *dynamodb.Client
	dyn, form    *dynamo.Store // shared/dynamo on each table (setting up, and the reference)
	formTable    string
	dynTable     string
	fs           *formstore.Store
	rec          *awsrecord.Recorder
	feedbackKeep time.Duration
}

func newPair(t *testing.T, endpoint string) *pair {
	t.Helper()
	ctx := context.Background()
	cfg := motostack.AWSConfig(ctx, endpoint)
	db := dynamodb.NewFromConfig(cfg)
	p := &pair{t: t, db: db, rec: awsrecord.New(), feedbackKeep: 400 * 24 * time.Hour}
	var names []string
	for range 2 {
		def := resources.Table
		def.Name = fmt.Sprintf("%s-%d", def.Name, tables.Add(1))
		if err := motostack.CreateTable(ctx, db, def); err != nil {
			t.Fatal(err)
		}
		names = append(names, def.Name)
	}
	p.dynTable, p.formTable = names[0], names[1]
	retention := dynamo.Retention{Feedback: p.feedbackKeep}
	p.dyn = dynamo.New(dynamocall.New(cfg), p.dynTable, retention)
	p.form = dynamo.New(dynamocall.New(cfg), p.formTable, retention)
	p.fs = formstore.New(p.rec.Config(cfg, "form"), p.formTable, p.feedbackKeep)
	return p
}

// both runs a setup step on both tables.
func (p *pair) both(step func(*dynamo.Store) error) {
	p.t.Helper()
	for _, st := range []*dynamo.Store{p.dyn, p.form} {
		if err := step(st); err != nil {
			p.t.Fatal(err)
		}
	}
}

// scan is a table's items, sorted by key, without the table's name anywhere.
func (p *pair) scan(table string) []map[string]types.AttributeValue {
	p.t.Helper()
	out, err := p.db.Scan(context.Background(), &dynamodb.ScanInput{TableName: aws.String(table), ConsistentRead: aws.Bool(true)})
	if err != nil {
		p.t.Fatal(err)
	}
	items := out.Items
	key := func(it map[string]types.AttributeValue) string {
		return it["PK"].(*types.AttributeValueMemberS).Value + "|" + it["SK"].(*types.AttributeValueMemberS).Value
	}
	sort.Slice(items, func(i, j int) bool { return key(items[i]) < key(items[j]) })
	return items
}

// sameTables fails when the two tables' items differ.
func (p *pair) sameTables() {
	p.t.Helper()
	want, got := p.scan(p.dynTable), p.scan(p.formTable)
	if !reflect.DeepEqual(got, want) {
		p.t.Errorf("the form's store left\n%s\nshared/dynamo's left\n%s", show(got), show(want))
	}
}

func show(items []map[string]types.AttributeValue) string {
	s := ""
	for _, it := range items {
		keys := make([]string, 0, len(it))
		for k := range it {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		s += "  {"
		for _, k := range keys {
			s += fmt.Sprintf(" %s=%s", k, attr(it[k]))
		}
		s += " }\n"
	}
	return s
}

func attr(v types.AttributeValue) string {
	switch v := v.(type) {
	case *types.AttributeValueMemberS:
		return fmt.Sprintf("S:%q", v.Value)
	case *types.AttributeValueMemberN:
		return "N:" + v.Value
	case *types.AttributeValueMemberB:
		return fmt.Sprintf("B:%x", v.Value)
	case *types.AttributeValueMemberBOOL:
		return fmt.Sprintf("BOOL:%v", v.Value)
	case *types.AttributeValueMemberM:
		s := "M{"
		for k, x := range v.Value {
			s += k + ":" + attr(x) + " "
		}
		return s + "}"
	case *types.AttributeValueMemberL:
		s := "L["
		for _, x := range v.Value {
			s += attr(x) + " "
		}
		return s + "]"
	}
	return fmt.Sprintf("%T", v)
}

var (
	created = time.Date(2026, 11, 26, 14, 3, 0, 123456789, time.UTC)
	cph     = time.FixedZone("CET", 3600)
)

func invitation(name string, sample bool) feedback.Invitation {
	hash := feedback.HashToken("tok-" + name)
	inv := feedback.Invitation{TokenHash: hash, Reference: feedback.ReferenceOf(hash), ContactID: "c-" + name, Channel: "112",
		EndedAt: created.Add(-time.Hour), Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"},
		Language: "en", CallLanguage: "ar", CreatedAt: created, ExpiresAt: created.Add(7 * 24 * time.Hour),
		PhoneHash: feedback.HashToken("phone-" + name)}
	if sample {
		inv.Sample = &feedback.Sample{Probability: 0.35, Multiplier: 1.5, HighRisk: true, Group: "signal"}
	}
	return inv
}

func reply(inv feedback.Invitation, at time.Time) feedback.Item {
	return feedback.Item{ID: inv.Reference, ContactID: inv.ContactID, Channel: inv.Channel, CentreID: inv.Centre.ID,
		CentreKind: inv.Centre.Kind, District: inv.Centre.District, FormLanguage: "da", SubmittedAt: at, CreatedAt: at.Add(time.Second),
		Rating: 2, TakenSeriously: "no", WaitAcceptable: "yes", Text: "ventede længe, ring 20123456", ContactOK: true,
		Contact: "borger@example.dk", Reasons: []string{"ventede længe"}, Category: "response_time", Priority: "P2",
		Team: "citizen-service", Status: "new", Version: 1, UpdatedAt: at.Add(time.Second), Sample: inv.Sample}
}

// Each operation on the same starting items: the same answer (value or error) from both stores, and
// the same items left in the table.
func TestSameAsDynamo(t *testing.T) {
	endpoint := motostack.StartMoto(t)
	ctx := context.Background()
	inv := invitation("a", true)
	other := feedback.HashToken("tok-other") // a token whose reference holds no invitation
	sameRef := []byte(inv.TokenHash)         // a token with the invitation's reference, not its own
	copy(sameRef[10:], "0000000000")
	answered := func(p *pair) {
		p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, inv) })
		p.both(func(st *dynamo.Store) error {
			_, err := st.SaveFeedback(ctx, reply(inv, created.Add(time.Hour)))
			return err
		})
	}
	withNotes := func(p *pair) {
		answered(p)
		it := reply(inv, created.Add(time.Hour))
		for i, note := range []string{"ringede op på 20123456", "sendt videre"} {
			ev := feedback.HistoryEvent{At: created.Add(time.Duration(2+i) * time.Hour), Actor: "anna", Type: "note", Note: note}
			p.both(func(st *dynamo.Store) error { return st.AppendHistory(ctx, it, ev) })
		}
	}
	tests := []struct {
		name  string
		setup func(*pair)
		// op runs the operation on a store; its result is compared between the two.
		op func(feedback.InvitationStore) (any, error)
	}{
		{"an invitation not answered yet", func(p *pair) { p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, inv) }) },
			func(s feedback.InvitationStore) (any, error) { return s.Invitation(ctx, inv.TokenHash) }},
		{"an invitation without a sample, in Danish", func(p *pair) {
			i := invitation("b", false)
			i.Language, i.CallLanguage, i.PhoneHash = "da", "", ""
			p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, i) })
		}, func(s feedback.InvitationStore) (any, error) {
			return s.Invitation(ctx, invitation("b", false).TokenHash)
		}},
		{"an answered invitation", answered,
			func(s feedback.InvitationStore) (any, error) { return s.Invitation(ctx, inv.TokenHash) }},
		{"an invitation used and reminded", func(p *pair) {
			i := inv
			used, reminded := created.Add(2*time.Hour).In(cph), created.Add(time.Hour)
			i.UsedAt, i.RemindedAt = &used, &reminded
			p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, i) })
		}, func(s feedback.InvitationStore) (any, error) { return s.Invitation(ctx, inv.TokenHash) }},
		{"an unknown token", nil, func(s feedback.InvitationStore) (any, error) { return s.Invitation(ctx, other) }},
		{"another token of the same reference", func(p *pair) { p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, inv) }) },
			func(s feedback.InvitationStore) (any, error) { return s.Invitation(ctx, string(sameRef)) }},
		{"an empty token", nil, func(s feedback.InvitationStore) (any, error) { return s.Invitation(ctx, "") }},

		{"marking a link used", func(p *pair) { p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, inv) }) },
			func(s feedback.InvitationStore) (any, error) {
				return nil, s.MarkUsed(ctx, inv.TokenHash, created.Add(90*time.Minute+123).In(cph))
			}},
		{"marking a used link used again", func(p *pair) {
			p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, inv) })
			p.both(func(st *dynamo.Store) error { return st.MarkUsed(ctx, inv.TokenHash, created.Add(time.Hour)) })
		}, func(s feedback.InvitationStore) (any, error) {
			return nil, s.MarkUsed(ctx, inv.TokenHash, created.Add(2*time.Hour))
		}},
		{"marking an answered link used", answered,
			func(s feedback.InvitationStore) (any, error) {
				return nil, s.MarkUsed(ctx, inv.TokenHash, created.Add(2*time.Hour))
			}},
		{"marking another token of the reference used", func(p *pair) { p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, inv) }) },
			func(s feedback.InvitationStore) (any, error) { return nil, s.MarkUsed(ctx, string(sameRef), created) }},
		{"marking a token that is not hex used", nil,
			func(s feedback.InvitationStore) (any, error) { return nil, s.MarkUsed(ctx, "not-hex", created) }},

		{"opting out", nil, func(s feedback.InvitationStore) (any, error) {
			return nil, s.OptOut(ctx, inv.PhoneHash, created.Add(time.Nanosecond).In(cph))
		}},
		{"opting out again keeps the first time", func(p *pair) {
			p.both(func(st *dynamo.Store) error { return st.OptOut(ctx, inv.PhoneHash, created) })
		}, func(s feedback.InvitationStore) (any, error) {
			return nil, s.OptOut(ctx, inv.PhoneHash, created.Add(time.Hour))
		}},

		{"withdrawing before the reply is stored", func(p *pair) { p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, inv) }) },
			func(s feedback.InvitationStore) (any, error) {
				return nil, s.Withdraw(ctx, inv.Reference, created.Add(time.Hour).In(cph))
			}},
		{"withdrawing a stored reply with notes", withNotes,
			func(s feedback.InvitationStore) (any, error) {
				return nil, s.Withdraw(ctx, inv.Reference, created.Add(5*time.Hour+7))
			}},
		{"withdrawing twice", func(p *pair) {
			withNotes(p)
			p.both(func(st *dynamo.Store) error { return st.Withdraw(ctx, inv.Reference, created.Add(5*time.Hour)) })
		}, func(s feedback.InvitationStore) (any, error) {
			return nil, s.Withdraw(ctx, inv.Reference, created.Add(6*time.Hour))
		}},
		{"withdrawing an anonymised reply", func(p *pair) {
			withNotes(p)
			p.both(func(st *dynamo.Store) error {
				_, err := st.AnonymiseFeedback(ctx, inv.Reference, created.Add(48*time.Hour), created.Add(48*time.Hour))
				return err
			})
		}, func(s feedback.InvitationStore) (any, error) {
			return nil, s.Withdraw(ctx, inv.Reference, created.Add(72*time.Hour))
		}},
		{"withdrawing an unknown reference", nil,
			func(s feedback.InvitationStore) (any, error) { return nil, s.Withdraw(ctx, "FB-ZZZZZZZZ", created) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := newPair(t, endpoint)
			if tc.setup != nil {
				tc.setup(p)
			}
			want, wantErr := tc.op(p.dyn)
			got, gotErr := tc.op(p.fs)
			if class(gotErr) != class(wantErr) {
				t.Errorf("error %v, shared/dynamo's %v", gotErr, wantErr)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("answer\n%#v, shared/dynamo's\n%#v", got, want)
			}
			p.sameTables()
			for _, c := range p.rec.Calls("form") {
				if c.Resource != "table:"+p.formTable {
					t.Errorf("call %v: want it on the table %s", c, p.formTable)
				}
			}
		})
	}
}

// class is what the form does with an error: the domain's error, another one, or none.
func class(err error) string {
	for _, e := range []error{feedback.ErrNotFound, feedback.ErrGone, feedback.ErrConflict} {
		if errors.Is(err, e) {
			return e.Error()
		}
	}
	if err != nil {
		return "other: " + err.Error()
	}
	return ""
}

// A withdrawal whose transaction meets a changed item reads it again and erases it on the next
// try, as shared/dynamo's does: the history event then carries the try's number.
func TestWithdrawRetriesAChangedItem(t *testing.T) {
	p := newPair(t, motostack.StartMoto(t))
	ctx := context.Background()
	inv := invitation("c", false)
	p.both(func(st *dynamo.Store) error { return st.CreateInvitation(ctx, inv) })
	p.both(func(st *dynamo.Store) error { _, err := st.SaveFeedback(ctx, reply(inv, created)); return err })
	at := created.Add(time.Hour)
	// the "withdrawn" history row of the first try exists already: that try's transaction fails
	ev := feedback.HistoryEvent{At: at, Actor: "anna", Type: "status", From: "new", To: "triaged"}
	p.both(func(st *dynamo.Store) error { return st.AppendHistory(ctx, reply(inv, created), ev) })
	for _, s := range []feedback.InvitationStore{p.dyn, p.fs} {
		if err := s.Withdraw(ctx, inv.Reference, at); err != nil {
			t.Fatal(err)
		}
	}
	p.sameTables()
}

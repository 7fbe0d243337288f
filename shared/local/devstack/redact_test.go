package devstack_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	dtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/dynamo"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/redactexisting"
)

// The CPR number of the end-to-end test (21 September 1985; it fails the modulus-11 check, as numbers
// issued since 2007 may), a phone number and an e-mail address, in the spellings of issue 20.
const (
	e2eCPR   = "2109854417"
	e2ePhone = "61728394"
	e2eEmail = "ole.hansen@example.dk"
)

var e2eVariants = []string{
	"210985-4417", "2109854417", "cpr2109854417", "CPR210985-4417", "210985 - 4417", "210985  4417",
	"210985/4417", "210985\u20114417", "210985\u22124417", "210985—4417", "２１０９８５－４４１７",
	"2109854417kr", "21.09.85-4417", "21 09 85 4417", "cpr-nr. 2109 854417", "personnummer:\n210985-4417",
	"210985-\n4417", "210985\u00a04417", "21098\u200b54417",
}

// lockedBuffer is the stack's log, written by several goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestNoCPRStoredLoggedOrShown posts each spelling as a comment on the local stack, adds a staff note
// with one, stores an item the old way and runs the redact-existing pass; then no DynamoDB item, no log
// line, no staff API answer and no export cell holds the number, the phone number or the e-mail address.
func TestNoCPRStoredLoggedOrShown(t *testing.T) {
	var logs lockedBuffer
	st, stop, err := devstack.ServeLogging(motostack.Options{VisibilityTimeout: time.Second}, devstack.Faults{}, &logs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	t.Cleanup(func() {
		if t.Failed() { // what the stack said, to tell a slow machine from a fault (redacted, as everything it logs)
			lines := strings.Split(logs.String(), "\n")
			t.Logf("last log lines:\n%s", strings.Join(lines[max(0, len(lines)-30):], "\n"))
		}
	})
	cfg := motostack.AWSConfig(context.Background(), st.Outputs.AWSEndpoint)
	e := &env{t: t, stack: st, api: st.Outputs.APIURL, moto: st.Outputs.AWSEndpoint, db: dynamodb.NewFromConfig(cfg), dbcall: dynamocall.New(cfg)}
	e.sqs = sqs.NewFromConfig(cfg)
	e.phoneN.Store(time.Now().UnixNano() % 1_000_000)
	ctx := context.Background()

	// One invitation and reply at a time, as citizens come (all at once overloads a busy test machine).
	var refs []string
	for _, v := range e2eVariants {
		link := e.invite(nil)
		comment := fmt.Sprintf("Mit cpr er %s. Ring på %s eller skriv til %s", v, e2ePhone, e2eEmail)
		status, body := e.do("POST", link, url.Values{"rating": {"2"}, "comment": {comment}, "contact_ok": {"no"}}, "")
		ref := refPattern.FindString(body)
		if status != 200 || ref == "" {
			t.Fatalf("variant %q: POST %d", v, status)
		}
		refs = append(refs, ref)
	}
	for _, ref := range refs {
		if it := e.waitItem(ref); !strings.Contains(it.Text, redact.CPRPlaceholder) {
			t.Errorf("%s: stored %q without a [CPR]", ref, it.Text)
		}
	}

	// As staff: a note quoting the number, the list, each item, both exports.
	token := e.staffLogin()
	if status, body := e.staff("POST", "/api/feedback/"+refs[0]+"/notes", token, `{"text":"borgeren oplyste cpr 210985-4417"}`); status != 201 {
		t.Fatalf("note: %d %s", status, body)
	}
	status, body := e.staff("GET", "/api/feedback?limit=100", token, "")
	if status != 200 {
		t.Fatalf("list: %d", status)
	}
	checkJSON(t, "GET /api/feedback", body)
	for _, ref := range refs {
		status, body := e.staff("GET", "/api/feedback/"+ref, token, "")
		if status != 200 {
			t.Fatalf("detail %s: %d", ref, status)
		}
		checkJSON(t, "GET /api/feedback/"+ref, body)
	}
	for _, delim := range []struct {
		query string
		comma rune
	}{{"", ','}, {"&delimiter=semicolon", ';'}} {
		status, body := e.staff("GET", "/api/export.csv?district=fyn"+delim.query, token, "")
		if status != 200 {
			t.Fatalf("export: %d", status)
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\ufeff")))
		r.Comma = delim.comma
		rows, err := r.ReadAll()
		if err != nil || len(rows) < len(refs)+1 {
			t.Fatalf("export %q: %d rows, %v", delim.comma, len(rows), err)
		}
		for _, row := range rows {
			for _, cell := range row {
				checkText(t, "export", cell)
			}
		}
	}

	scanTable(t, e, st.Outputs.TableName, 2*len(refs)) // per reply: its item, its phone row, counter rows, notes

	// The stack's log: every line.
	sc := bufio.NewScanner(strings.NewReader(logs.String()))
	lines := 0
	for sc.Scan() {
		lines++
		checkText(t, "log", sc.Text())
	}
	if lines < len(refs) {
		t.Errorf("only %d log lines captured", lines)
	}

	// An item stored the old way, before these rules: the redact-existing pass fixes it.
	old := feedback.Item{ID: "FB-OLD00001", ContactID: "c-old", Channel: "114", CentreID: "fyn-vagtcentral", CentreKind: "duty",
		District: "fyn", FormLanguage: "da", SubmittedAt: time.Now().UTC(), CreatedAt: time.Now().UTC(), Rating: 1,
		Text: "cpr 21.09.85-4417, tlf " + e2ePhone, Category: feedback.CategoryOther, Priority: feedback.P3, Team: "citizen-service",
		TextLanguage: "da", Reasons: []string{"rating 1"}, ClassifierVersion: "old", Status: feedback.StatusNew, UpdatedAt: time.Now().UTC(), Version: 1}
	if _, err := dynamo.New(e.dbcall, st.Outputs.TableName, dynamo.Retention{}).SaveFeedback(ctx, old); err != nil {
		t.Fatal(err)
	}
	rep, err := redactexisting.Run(ctx, e.db, st.Outputs.TableName, redactexisting.Options{})
	if err != nil || rep.TextsChanged != 1 {
		t.Errorf("redact-existing: %v, %v; want the one old item redacted", rep, err)
	}
	t.Log(rep)

	status, body = e.staff("GET", "/api/feedback/"+old.ID, token, "")
	if status != 200 {
		t.Fatalf("detail %s: %d", old.ID, status)
	}
	checkJSON(t, "GET /api/feedback/"+old.ID, body)
	scanTable(t, e, st.Outputs.TableName, 2*len(refs)) // per reply: its item, its phone row, counter rows, notes
}

// scanTable checks every attribute of every item of the table (a Scan: a test may read it all).
func scanTable(t *testing.T, e *env, table string, atLeast int) {
	t.Helper()
	var start map[string]dtypes.AttributeValue
	items := 0
	for {
		out, err := e.db.Scan(context.Background(), &dynamodb.ScanInput{TableName: aws.String(table), ExclusiveStartKey: start})
		if err != nil {
			t.Fatal(err)
		}
		for _, item := range out.Items {
			items++
			for name, v := range item {
				for _, s := range attrStrings(v) {
					checkText(t, fmt.Sprintf("DynamoDB %s.%s", str(item["PK"]), name), s)
				}
			}
		}
		if len(out.LastEvaluatedKey) == 0 {
			break
		}
		start = out.LastEvaluatedKey
	}
	if items < atLeast {
		t.Errorf("only %d items in the table", items)
	}
}

// checkText fails when s holds the test's CPR number (whatever stands between its digits), any other
// CPR-like number, its phone number or its e-mail address.
func checkText(t *testing.T, where, s string) {
	t.Helper()
	// Keyed hashes and token hashes (64 hex digits, also inside keys such as PHONE#<hash>) are not text:
	// by chance one holds ten digits in a row that read as a date and four more, which is no CPR number.
	s = hexRun.ReplaceAllString(s, "#")
	digits := digitsOnly(s)
	switch {
	case strings.Contains(digits, e2eCPR):
		t.Errorf("%s holds the CPR number: %q", where, s)
	case redact.CPR(s) != redact.Normalise(s):
		t.Errorf("%s holds a CPR-like number: %q", where, s)
	case strings.Contains(digits, e2ePhone) || strings.Contains(s, e2eEmail):
		t.Errorf("%s holds the phone number or e-mail address: %q", where, s)
	}
}

// checkJSON checks every string in a JSON document.
func checkJSON(t *testing.T, where, body string) {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			checkText(t, where, x)
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
}

var hexRun = regexp.MustCompile(`[0-9a-f]{32,}`)

func digitsOnly(s string) string {
	var b strings.Builder
	for _, r := range redact.Normalise(s) {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// attrStrings lists every string inside a DynamoDB attribute value.
func attrStrings(v dtypes.AttributeValue) []string {
	switch x := v.(type) {
	case *dtypes.AttributeValueMemberS:
		return []string{x.Value}
	case *dtypes.AttributeValueMemberSS:
		return x.Value
	case *dtypes.AttributeValueMemberL:
		var out []string
		for _, e := range x.Value {
			out = append(out, attrStrings(e)...)
		}
		return out
	case *dtypes.AttributeValueMemberM:
		var out []string
		for _, e := range x.Value {
			out = append(out, attrStrings(e)...)
		}
		return out
	}
	return nil
}

func str(v dtypes.AttributeValue) string {
	if s, ok := v.(*dtypes.AttributeValueMemberS); ok {
		return s.Value
	}
	return ""
}

func (e *env) staffLogin() string {
	e.t.Helper()
	body, _ := json.Marshal(map[string]string{"username": e.stack.Outputs.StaffUsername, "password": e.stack.Outputs.StaffPassword})
	status, resp := e.staff("POST", "/console/auth/login", "", string(body))
	var got struct {
		IDToken string `json:"idToken"`
	}
	if status != 200 || json.Unmarshal([]byte(resp), &got) != nil || got.IDToken == "" {
		e.t.Fatalf("staff login: %d", status)
	}
	return got.IDToken
}

func (e *env) staff(method, path, token, body string) (int, string) {
	e.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = bytes.NewReader([]byte(body))
	}
	req, _ := http.NewRequest(method, e.api+path, rd)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

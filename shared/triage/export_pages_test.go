package triage_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"borgerfeedback/shared/browsertest"
	"borgerfeedback/shared/dynamocall"
	"borgerfeedback/shared/dynamocall/sdkvalue"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/httpapi"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/triage"
)

// lambdaResponseLimit is Lambda's limit on a synchronous invocation's response document.
const lambdaResponseLimit = 6 << 20

var nextLink = regexp.MustCompile(`^<([^>]+)>; rel="next"$`)

// lambdaGet is a GET through the Lambda adapter as API Gateway sends it, bearer token tok; it fails
// the test when the response document passes Lambda's limit.
func lambdaGet(t *testing.T, h http.Handler, tok string) func(target string) events.APIGatewayV2HTTPResponse {
	lambda := httpapi.Lambda(h)
	return func(target string) events.APIGatewayV2HTTPResponse {
		t.Helper()
		u, err := url.Parse(target)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := lambda(context.Background(), events.APIGatewayV2HTTPRequest{RawPath: u.Path, RawQueryString: u.RawQuery,
			Headers:        map[string]string{"authorization": "Bearer " + tok, "accept-encoding": "identity"},
			RequestContext: events.APIGatewayV2HTTPRequestContext{HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "GET", Path: u.Path}}})
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := json.Marshal(resp)
		if len(doc) > lambdaResponseLimit {
			t.Fatalf("%s: a response document of %d bytes, over Lambda's %d", target, len(doc), lambdaResponseLimit)
		}
		return resp
	}
}

// exportPages follows an export from its first page through each Link rel="next" and returns the
// pages' bodies put together, checking each page's Export-Rows; it stops at the first answer that
// is not 200 and returns it too.
func exportPages(t *testing.T, get func(string) events.APIGatewayV2HTTPResponse, first, idPrefix string) (file []byte, pages int, failed *events.APIGatewayV2HTTPResponse) {
	t.Helper()
	var buf bytes.Buffer
	for next := first; next != ""; pages++ {
		resp := get(next)
		if resp.StatusCode != 200 {
			return buf.Bytes(), pages, &resp
		}
		body := []byte(resp.Body)
		if resp.IsBase64Encoded {
			var err error
			if body, err = base64.StdEncoding.DecodeString(resp.Body); err != nil {
				t.Fatal(err)
			}
		}
		if pages > 0 && bytes.HasPrefix(body, []byte("\ufeff")) {
			t.Fatalf("page %d starts a new file (BOM): pages after the first carry rows only", pages+1)
		}
		rowsHeader, _ := strconv.Atoi(resp.Headers["Export-Rows"])
		if got := bytes.Count(append([]byte("\r\n"), body...), []byte("\r\n\""+idPrefix)); got != rowsHeader {
			t.Errorf("page %d: Export-Rows %d, %d rows in the body", pages+1, rowsHeader, got)
		}
		buf.Write(body)
		next = ""
		if l := resp.Headers["Link"]; l != "" {
			m := nextLink.FindStringSubmatch(l)
			if m == nil {
				t.Fatalf("page %d: Link %q, want <…>; rel=\"next\"", pages+1, l)
			}
			next = m[1]
		}
		if pages > 200 {
			t.Fatal("more than 200 pages: the cursor does not move on")
		}
	}
	return buf.Bytes(), pages, nil
}

// checkExportedOnce reads an assembled export (semicolons) and checks it holds the header once and
// every id of want exactly once.
func checkExportedOnce(t *testing.T, file []byte, want map[string]bool) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(file, []byte("\ufeff"))))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the assembled file is not CSV: %v", err)
	}
	if len(rows) != len(want)+1 || rows[0][0] != "id" {
		t.Fatalf("the assembled file has %d rows (header %q), want the header and %d", len(rows), rows[0][0], len(want))
	}
	left := maps.Clone(want)
	for _, row := range rows[1:] {
		if !left[row[0]] {
			t.Fatalf("row %q twice or not asked for", row[0])
		}
		delete(left, row[0])
	}
}

// worstText is a comment of the longest length that grows most in Lambda's response document: JSON
// escapes each of < & > as six bytes.
var worstText = strings.Repeat("<&>", 2000/3)

// orderedStore lists its items in the order given, unfiltered, a page after an index cursor: a
// cheap store for many items (memStore sorts all of them on every call).
type orderedStore struct {
	*memStore
	items []feedback.Item
}

func (o orderedStore) ListFeedback(_ context.Context, q feedback.ListQuery) (feedback.Page, error) {
	start := 0
	if q.Cursor != "" {
		var err error
		if start, err = strconv.Atoi(q.Cursor); err != nil || start < 0 || start > len(o.items) {
			return feedback.Page{}, fmt.Errorf("bad cursor: %w", feedback.ErrInvalid)
		}
	}
	end := min(start+max(q.Limit, 1), len(o.items))
	p := feedback.Page{Items: o.items[start:end]}
	if end < len(o.items) {
		p.Next = strconv.Itoa(end)
	}
	return p, nil
}

// TestExportOf50000Items: 50,000 replies, some with the worst text, exported in pages through the
// Lambda adapter: complete, each reply once, every answer under Lambda's limit.
func TestExportOf50000Items(t *testing.T) {
	var items []feedback.Item
	want := map[string]bool{}
	for i := range 50000 {
		it := fixture(fmt.Sprintf("FB-FT%06d", i), "fyn", false, feedback.StatusNew, feedback.P3, time.Duration(i)*time.Second)
		if i%500 < 40 {
			it.Text = worstText
		}
		items = append(items, it)
		want[it.ID] = true
	}
	h := triage.NewHandler(triage.Config{SLA: feedback.DefaultSLA(), Now: func() time.Time { return now }, Log: slog.New(slog.DiscardHandler)},
		orderedStore{memStore: newMemStore(), items: items}, staff)
	file, pages, failed := exportPages(t, lambdaGet(t, h, "national"), "/api/export.csv?paged=true&delimiter=semicolon", "FB-FT")
	if failed != nil {
		t.Fatalf("page %d: %d %s", pages+1, failed.StatusCode, failed.Body)
	}
	t.Logf("%d pages", pages)
	checkExportedOnce(t, file, want)
}

// TestExportPagesUnderTheLambdaLimit: 2,400 replies, a third of them with the worst text (about 10 MB
// as Lambda counts it), come in pages that each stay under Lambda's response limit and together are the whole
// file; without paged=true the same export is a 422 that names paged; a page that fails is a 500
// problem, never part of a file with 200.
func TestExportPagesUnderTheLambdaLimit(t *testing.T) {
	var items []feedback.Item
	want := map[string]bool{}
	for i := range 2400 {
		it := fixture(fmt.Sprintf("FB-PU%06d", i), "fyn", false, feedback.StatusNew, feedback.P3, time.Duration(i)*time.Minute)
		if i%3 == 0 {
			it.Text = worstText
		}
		items = append(items, it)
		want[it.ID] = true
	}
	store := newMemStore(items...)
	get := lambdaGet(t, newTestHandler(t, store), "national")
	file, pages, failed := exportPages(t, get, "/api/export.csv?paged=true&delimiter=semicolon", "FB-PU")
	if failed != nil {
		t.Fatalf("page %d: %d %s", pages+1, failed.StatusCode, failed.Body)
	}
	if pages < 3 {
		t.Errorf("%d pages: the export should not fit in fewer than 3", pages)
	}
	checkExportedOnce(t, file, want)

	if whole := get("/api/export.csv?delimiter=semicolon"); whole.StatusCode != 422 || !strings.Contains(whole.Body, `"field":"paged"`) {
		t.Errorf("the whole export without pages: %d %.300s, want a 422 naming paged", whole.StatusCode, whole.Body)
	}
	if small := get("/api/export.csv?district=fyn&status=closed"); small.StatusCode != 200 || small.Headers["Link"] != "" || small.Headers["Export-Rows"] != "0" {
		t.Errorf("an export that fits one answer: %d Link %q rows %q, want 200, no Link, 0 rows", small.StatusCode, small.Headers["Link"], small.Headers["Export-Rows"])
	}
	if bad := get("/api/export.csv?cursor=3"); bad.StatusCode != 422 || !strings.Contains(bad.Body, `"field":"cursor"`) {
		t.Errorf("a cursor without paged=true: %d %.300s, want a 422 naming cursor", bad.StatusCode, bad.Body)
	}

	first := get("/api/export.csv?paged=true&delimiter=semicolon")
	m := nextLink.FindStringSubmatch(first.Headers["Link"])
	if first.StatusCode != 200 || m == nil {
		t.Fatalf("first page: %d, Link %q", first.StatusCode, first.Headers["Link"])
	}
	store.mu.Lock()
	store.fail = errors.New("injected: the table did not answer")
	store.mu.Unlock()
	if second := get(m[1]); second.StatusCode != 500 || !strings.HasPrefix(second.Headers["Content-Type"], "application/problem+json") || strings.Contains(second.Body, "FB-PU") {
		t.Errorf("a page whose store query fails: %d %s %.200s, want a 500 problem and no rows", second.StatusCode, second.Headers["Content-Type"], second.Body)
	}
}

// TestExportOnTheEmulator exports replies stored in DynamoDB on the emulator through the Lambda
// adapter, page by page as the console does: every response document stays under Lambda's 6 MB,
// and the pages put together are the whole file — every reply exactly once, the header once. Some
// replies carry the worst text, so the pages' size guard is what keeps them under the limit.
// 3,000 replies by default; BF_EXPORT_ITEMS=50000 is the run (moto sorts the whole table on
// every index query and reads a batch of 100 items in about half a second, so that run takes tens
// of minutes: it is not part of make test; TestExportOf50000Items is, on the in-memory store).
func TestExportOnTheEmulator(t *testing.T) {
	n := 3000
	if v := os.Getenv("BF_EXPORT_ITEMS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			t.Fatalf("BF_EXPORT_ITEMS=%q: want a number of replies", v)
		}
	}
	s := newStack(t)
	ctx := context.Background()
	db := dynamodb.NewFromConfig(motostack.AWSConfig(ctx, s.out.AWSEndpoint))
	start := time.Now()
	base := time.Now().UTC().Add(-time.Duration(n) * time.Second)
	want := map[string]bool{}
	items := make([]feedback.Item, n)
	for i := range items {
		created := base.Add(time.Duration(i) * time.Second)
		text := fmt.Sprintf("Svar %d: jeg ventede længe, men betjenten var venlig.", i)
		if i%100 < 20 { // runs of 20 worst-case rows in every 100: several pages however many replies
			text = worstText
		}
		id := fmt.Sprintf("FB-EX%06d", i)
		want[id] = true
		items[i] = feedback.Item{ID: id, ContactID: "c-" + id, Channel: "114", CentreID: "fyn-vagtcentral", CentreKind: "duty",
			District: "fyn", FormLanguage: "da", SubmittedAt: created, CreatedAt: created, Rating: 1 + i%5, Text: text,
			Category: feedback.CategoryResponseTime, Priority: feedback.P3, Team: feedback.TeamCitizenService, ClassifierVersion: "test",
			Status: feedback.StatusNew, DueAt: created.Add(10 * 24 * time.Hour), UpdatedAt: created, Version: 1}
	}
	batchWrite(t, db, s.out.TableName, s.store.FeedbackRecord, items)
	t.Logf("seeded %d items in %v", n, time.Since(start).Round(time.Millisecond))

	start = time.Now()
	file, pages, failed := exportPages(t, lambdaGet(t, s.handler, s.login(t)), "/api/export.csv?paged=true&delimiter=semicolon", "FB-EX")
	if failed != nil {
		t.Fatalf("page %d: %d %s", pages+1, failed.StatusCode, failed.Body)
	}
	t.Logf("exported in %d pages in %v", pages, time.Since(start).Round(time.Millisecond))
	checkExportedOnce(t, file, want)
}

// batchWrite stores items with BatchWriteItem, 25 to a request, from a few writers at once.
func batchWrite(t *testing.T, db *dynamodb.Client, table string, record func(feedback.Item) (map[string]dynamocall.AttributeValue, error), items []feedback.Item) {
	t.Helper()
	batches := make(chan []feedback.Item)
	errs := make(chan error, 8)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for batch := range batches {
				var reqs []types.WriteRequest
				for _, it := range batch {
					av, err := record(it)
					if err != nil {
						errs <- err
						return
					}
					reqs = append(reqs, types.WriteRequest{PutRequest: &types.PutRequest{Item: sdkvalue.ItemToSDK(av)}})
				}
				req := map[string][]types.WriteRequest{table: reqs}
				for attempt := 0; len(req) > 0; attempt++ {
					if attempt == 10 {
						errs <- fmt.Errorf("batch write: unprocessed items after %d attempts", attempt)
						return
					}
					out, err := db.BatchWriteItem(context.Background(), &dynamodb.BatchWriteItemInput{RequestItems: req})
					if err != nil {
						errs <- err
						return
					}
					req = out.UnprocessedItems
				}
			}
		}()
	}
	for lo := 0; lo < len(items); lo += 25 {
		select {
		case batches <- items[lo:min(lo+25, len(items))]:
		case err := <-errs:
			close(batches)
			wg.Wait()
			t.Fatal(err)
		}
	}
	close(batches)
	wg.Wait()
	select {
	case err := <-errs:
		t.Fatal(err)
	default:
	}
}

// failingPages answers every request for a later page of a list (one with a cursor) with a 500
// problem while failing is set: the second page of an export fails, as when the table stops
// answering halfway.
type failingPages struct {
	next    http.Handler
	failing atomic.Bool
}

func (f *failingPages) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if f.failing.Load() && r.URL.Query().Get("cursor") != "" {
		httpapi.WriteProblem(w, http.StatusInternalServerError, "Internal Server Error", "", nil)
		return
	}
	f.next.ServeHTTP(w, r)
}

// TestConsoleExportInPages: the console exports a list of several pages — it shows its progress and
// offers one file with every reply once — and when a page fails halfway it says the export failed
// and offers no file at all.
func TestConsoleExportInPages(t *testing.T) {
	const n = 700 // at the longest text, about three pages
	s := newStack(t)
	db := dynamodb.NewFromConfig(motostack.AWSConfig(context.Background(), s.out.AWSEndpoint))
	base := time.Now().UTC().Add(-n * time.Minute)
	items := make([]feedback.Item, n)
	for i := range items {
		created := base.Add(time.Duration(i) * time.Minute)
		id := fmt.Sprintf("FB-PG%06d", i)
		items[i] = feedback.Item{ID: id, ContactID: "c-" + id, Channel: "112", CentreID: "koebenhavn-alarmcentral", CentreKind: "alarm",
			District: "koebenhavn", FormLanguage: "da", SubmittedAt: created, CreatedAt: created, Rating: 3,
			Text: worstText, Category: feedback.CategoryOther, Priority: feedback.P4, Team: feedback.TeamCitizenService,
			ClassifierVersion: "test", Status: feedback.StatusNew, DueAt: created.Add(30 * 24 * time.Hour), UpdatedAt: created, Version: 1}
	}
	batchWrite(t, db, s.out.TableName, s.store.FeedbackRecord, items)
	faults := &failingPages{next: s.handler}
	srv := httptest.NewServer(faults)
	defer srv.Close()
	ctx := browsertest.New(t, 1280, 900, 180*time.Second)
	pageErrors := browsertest.PageErrors(ctx, func(m chromedp.ConsoleMessage) bool {
		return m.Source == "network" && strings.Contains(m.Text, "status of 500")
	})
	step := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		browsertest.Step(t, ctx, what, actions...)
	}
	// The file the console offers is a blob URL: count them, and the rows of the last one.
	const watchDownloads = `window.__files = 0; window.__rows = -1;
		const made = URL.createObjectURL;
		URL.createObjectURL = (b) => { window.__files++; b.text().then((t) => { window.__rows = t.split("\r\n").filter((l) => l.startsWith('"FB-PG')).length; }); return made(b); };`
	step("log in and open the list",
		chromedp.Navigate(srv.URL+"/console/"),
		chromedp.WaitVisible(`#login-form`),
		chromedp.SendKeys(`#username`, s.out.StaffUsername),
		chromedp.SendKeys(`#password`, s.out.StaffPassword+kb.Enter),
		chromedp.WaitVisible(`#list-body tr[data-id="`+items[n-1].ID+`"]`),
		chromedp.WaitVisible(`#export`),
		chromedp.Evaluate[chromedp.Void](watchDownloads),
	)
	step("export: every page, one file",
		chromedp.Click(`#export`),
		chromedp.WaitVisible(`//p[@id="flash"][contains(., "Eksporten er hentet: 700 sager.")]`),
		chromedp.Poll[chromedp.Void](`window.__rows === 700`, chromedp.WithPollingTimeout(10*time.Second)),
	)
	if files, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`window.__files`)); files != 1 {
		t.Fatalf("%d files offered for one export", files)
	}
	faults.failing.Store(true)
	step("a page fails halfway: the export says so and offers no file",
		chromedp.Evaluate[chromedp.Void](`window.__files = 0`),
		chromedp.Click(`#export`),
		chromedp.WaitVisible(`//p[@id="flash"][contains(., "Eksporten mislykkedes efter") and contains(., "(side 2)") and contains(., "der er ikke gemt nogen fil")]`),
	)
	if files, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`window.__files`)); files != 0 {
		t.Errorf("a failed export offered %d file(s)", files)
	}
	if disabled, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("export").disabled`)); disabled {
		t.Error("the export button stays disabled after the failure")
	}
	if errs := pageErrors(); len(errs) > 0 {
		t.Errorf("page errors: %v", errs)
	}
}

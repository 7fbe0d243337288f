package form

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/httpapi"
)

const sampleToken = "q8Wv3nB0kZ1xY7tR2mLp4cHd" // the token in events/form-*.json

func sampleEvent(t *testing.T, name string) events.APIGatewayV2HTTPRequest {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "events", name))
	if err != nil {
		t.Fatal(err)
	}
	var ev events.APIGatewayV2HTTPRequest
	if err := json.Unmarshal(b, &ev); err != nil {
		t.Fatal(err)
	}
	return ev
}

// TestLambdaSampleEvents runs the form behind the Lambda adapter on the sample events.
func TestLambdaSampleEvents(t *testing.T) {
	store, queue := newFixture()
	inv := invitation(sampleToken, "FB-SAMPLE00", "da")
	store.invs[inv.TokenHash] = inv
	fn := httpapi.Lambda(newTestHandler(Config{HSTS: true, ClientLimit: Limit{Requests: 2}}, store, queue))
	ctx := context.Background()

	get, err := fn(ctx, sampleEvent(t, "form-get.json"))
	if err != nil || get.StatusCode != 200 || get.IsBase64Encoded {
		t.Fatalf("GET: %d %v", get.StatusCode, err)
	}
	if !strings.Contains(get.Body, `<html lang="en">`) || !strings.Contains(get.Body, `name="rating"`) {
		t.Errorf("GET ?lang=en: not the English form")
	}
	for _, k := range []string{"Content-Security-Policy", "Strict-Transport-Security", "Referrer-Policy", "X-Content-Type-Options"} {
		if get.Headers[k] == "" {
			t.Errorf("GET: no %s", k)
		}
	}

	post, err := fn(ctx, sampleEvent(t, "form-post.json"))
	if err != nil || post.StatusCode != 200 || !strings.Contains(post.Body, "FB-SAMPLE00") {
		t.Fatalf("POST: %d %v\n%.300s", post.StatusCode, err, post.Body)
	}
	if len(queue.subs) != 1 || queue.subs[0].Answers.Rating != 2 || queue.subs[0].Answers.Comment != "Jeg ventede længe i telefonkøen." ||
		queue.subs[0].Answers.TakenSeriously != "partly" || queue.subs[0].Answers.WaitAcceptable != "no" {
		t.Errorf("queued %+v", queue.subs)
	}

	// The client is the event's sourceIp: its third request within the minute is refused.
	third, _ := fn(ctx, sampleEvent(t, "form-get.json"))
	if third.StatusCode != 429 || third.Headers["Retry-After"] == "" {
		t.Errorf("third request from %s: %d", "203.0.113.7", third.StatusCode)
	}
	other := sampleEvent(t, "form-get.json")
	other.RequestContext.HTTP.SourceIP = "198.51.100.1"
	if resp, _ := fn(ctx, other); resp.StatusCode != 410 {
		t.Errorf("another client on the used link: %d, want 410", resp.StatusCode)
	}
}

// TestLambdaTrustPage: API Gateway routes /f/aegte through the form's GET /f/{token} route (no route
// of its own); behind the adapter it is the trust page, naming the configured sender and domain.
func TestLambdaTrustPage(t *testing.T) {
	store, queue := newFixture()
	fn := httpapi.Lambda(newTestHandler(Config{HSTS: true, SMSSenderID: "Politiet", PublicBaseURL: "https://feedback.example.politi.dk"}, store, queue))
	resp, err := fn(context.Background(), sampleEvent(t, "form-trust.json"))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /f/aegte: %d %v", resp.StatusCode, err)
	}
	for _, want := range []string{`<html lang="uk">`, "Чи справжнє це SMS?", "Відправник завжди Politiet.", "https://feedback.example.politi.dk/f/", "MitID"} {
		if !strings.Contains(resp.Body, want) {
			t.Errorf("lacks %q", want)
		}
	}
}

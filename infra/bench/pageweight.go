package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
)

var (
	linkRe     = regexp.MustCompile(`https?://\S+(/f/[A-Za-z0-9_-]+)`)
	resourceRe = regexp.MustCompile(`(?:href|src)="([^"]+)"`)
)

// pageWeight fetches the citizen's form and receipt from a running dev stack, with every
// same-origin resource they load, and reports bytes and any third-party reference.
func pageWeight(ctx context.Context, report *bytes.Buffer) error {
	st, stop, err := devstack.Serve(motostack.Options{}, devstack.Faults{})
	if err != nil {
		return err
	}
	defer stop()
	base := st.Outputs.APIURL
	c := feedback.Contact{ContactID: "c-bench-1", Channel: "114", EndedAt: time.Now(), Language: "da",
		Centre: feedback.Centre{ID: "fyn-vagtcentral", Kind: "duty", District: "fyn"}, Caller: feedback.Caller{Phone: "+4520999111"}}
	body, _ := json.Marshal(c)
	q := sqs.NewFromConfig(motostack.AWSConfig(ctx, st.Outputs.AWSEndpoint))
	if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(st.Outputs.ContactQueueURL), MessageBody: aws.String(string(body))}); err != nil {
		return err
	}
	var link string
	for end := time.Now().Add(20 * time.Second); link == "" && time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		msgs, _ := devstack.LoggedSMS(st.Outputs.SMSLog)
		for _, m := range msgs {
			if m.Phone == c.Caller.Phone {
				if g := linkRe.FindStringSubmatch(m.Message); g != nil {
					link = g[1]
				}
			}
		}
	}
	if link == "" {
		return fmt.Errorf("page weight: no SMS")
	}
	fmt.Fprintf(report, "\n## Citizen page weight\n\nEverything the browser loads for the page (HTML plus same-origin resources), uncompressed. Goal: ≤ 20 KB, zero third-party requests.\n\n| page | HTML | resources | total | third-party references |\n|---|---|---|---|---|\n")
	form, err := fetch(base+link, nil)
	if err != nil {
		return err
	}
	writeWeight(report, base, "form (GET /f/{token})", form)
	receipt, err := fetch(base+link, url.Values{"rating": {"4"}, "comment": {"Tak for hjælpen, men jeg ventede længe i telefonen."}})
	if err != nil {
		return err
	}
	writeWeight(report, base, "receipt (POST /f/{token})", receipt)
	return nil
}

func fetch(u string, form url.Values) (string, error) {
	var resp *http.Response
	var err error
	if form != nil {
		resp, err = http.PostForm(u, form)
	} else {
		resp, err = http.Get(u)
	}
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return "", fmt.Errorf("%s: %d", u, resp.StatusCode)
	}
	return string(b), err
}

func writeWeight(report *bytes.Buffer, origin, name, html string) {
	res, third := 0, 0
	for _, m := range resourceRe.FindAllStringSubmatch(html, -1) {
		ref := m[1]
		switch {
		case strings.HasPrefix(ref, "/") && !strings.HasPrefix(ref, "//"):
			if strings.HasPrefix(ref, "/f/") && (strings.HasSuffix(ref, ".css") || strings.Contains(ref, "/static/")) {
				if b, err := fetch(origin+ref, nil); err == nil {
					res += len(b)
				}
			}
		case strings.HasPrefix(ref, "?") || strings.HasPrefix(ref, "#"):
		default:
			// an absolute link the user may follow (e.g. DUP's site) is not a request the page makes;
			// count only what would be fetched: stylesheets, scripts, images.
			if strings.Contains(m[0], "src=") || strings.HasSuffix(ref, ".css") {
				third++
			}
		}
	}
	fmt.Fprintf(report, "| %s | %.1f KB | %.1f KB | %.1f KB | %d |\n", name, float64(len(html))/1024, float64(res)/1024, float64(len(html)+res)/1024, third)
}

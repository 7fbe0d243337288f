package dynamocall_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"borgerfeedback/shared/dynamocall"
)

// checkSignature verifies a request's Signature Version 4 as the service does: the canonical
// request rebuilt from what arrived (its signed headers, its body), signed with the secret key.
func checkSignature(r *http.Request, body []byte) error {
	auth := r.Header.Get("Authorization")
	fields := map[string]string{}
	for _, part := range strings.Split(strings.TrimPrefix(auth, "AWS4-HMAC-SHA256 "), ", ") {
		k, v, _ := strings.Cut(part, "=")
		fields[k] = v
	}
	at, err := time.Parse("20060102T150405Z", r.Header.Get("X-Amz-Date"))
	if err != nil {
		return fmt.Errorf("X-Amz-Date: %v", err)
	}
	if fields["Credential"] != "AKID/"+at.Format("20060102")+"/eu-north-1/dynamodb/aws4_request" {
		return fmt.Errorf("credential %q", fields["Credential"])
	}
	again, err := http.NewRequest(r.Method, "http://"+r.Host+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		return err
	}
	for _, h := range strings.Split(fields["SignedHeaders"], ";") {
		if h != "host" {
			again.Header[http.CanonicalHeaderKey(h)] = r.Header.Values(h)
		}
	}
	again.ContentLength = r.ContentLength
	sum := sha256.Sum256(body)
	creds := aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", SessionToken: "TOKEN"}
	if err := v4.NewSigner().SignHTTP(context.Background(), creds, again, hex.EncodeToString(sum[:]), "dynamodb", "eu-north-1", at); err != nil {
		return err
	}
	if got, want := auth, again.Header.Get("Authorization"); got != want {
		return fmt.Errorf("Authorization\n%s\nthe signature of what arrived\n%s", got, want)
	}
	for _, h := range []string{"Content-Type", "X-Amz-Target"} {
		if !strings.Contains(fields["SignedHeaders"], strings.ToLower(h)) {
			return fmt.Errorf("%s not signed (SignedHeaders=%s)", h, fields["SignedHeaders"])
		}
	}
	return nil
}

// TestSignedAsTheService: each attempt of a call (a first one that fails, its retry) carries a
// signature the service accepts over the body and headers as they arrive, as the SDK's client's do.
func TestSignedAsTheService(t *testing.T) {
	var mu sync.Mutex
	var calls int
	var problems []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		calls++
		first := calls%2 == 1
		if err := checkSignature(r, body); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", r.Header.Get("X-Amz-Target"), err))
		}
		mu.Unlock()
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		if first { // every call is retried once
			w.WriteHeader(500)
			_, _ = io.WriteString(w, `{"__type":"com.amazon.coral.service#InternalFailure","message":"x"}`)
			return
		}
		_, _ = io.WriteString(w, `{}`)
	}))
	defer srv.Close()
	ctx := context.Background()
	if _, err := dynamodb.NewFromConfig(config(srv.URL)).GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("t"), Key: sdkKey}); err != nil {
		t.Fatal(err)
	}
	c := dynamocall.New(config(srv.URL))
	if _, err := c.GetItem(ctx, &dynamocall.GetItemInput{TableName: aws.String("t"), Key: key}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.PutItem(ctx, &dynamocall.PutItemInput{TableName: aws.String("t"), Item: key}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.TransactWriteItems(ctx, &dynamocall.TransactWriteItemsInput{TransactItems: []dynamocall.TransactWriteItem{{Put: &dynamocall.Put{TableName: aws.String("t"), Item: key}}}}); err != nil {
		t.Fatal(err)
	}
	if calls != 8 {
		t.Errorf("%d calls, want 8 (4 calls, each retried once)", calls)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

package triage_test

import (
	"bytes"
	"mime"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"borgerfeedback/shared/triage"
)

// The OpenAPI document is checked against the handler's real responses: every response a test
// makes through call() must be documented for its route, method, status and media type, and a
// JSON body must match the documented schema.

const docURL = "file:///openapi.json"

var openAPI = sync.OnceValues(func() (map[string]any, *jsonschema.Compiler) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(triage.OpenAPI()))
	if err != nil {
		panic("openapi.json is not JSON: " + err.Error())
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	if err := c.AddResource(docURL, doc); err != nil {
		panic(err)
	}
	return doc.(map[string]any), c
})

var schemaCache sync.Map // pointer → *jsonschema.Schema

func pointerEscape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// checkOpenAPI fails the test when a response is not what the document promises.
func checkOpenAPI(t *testing.T, method, path string, rec *httptest.ResponseRecorder) {
	t.Helper()
	doc, compiler := openAPI()
	paths := doc["paths"].(map[string]any)
	var tpl string
	for p := range paths {
		re := "^" + regexp.MustCompile(`\\\{[^}]+\\\}`).ReplaceAllString(regexp.QuoteMeta(p), `[^/]+`) + "$"
		if regexp.MustCompile(re).MatchString(path) {
			tpl = p
		}
	}
	if tpl == "" {
		t.Fatalf("openapi: %s %s is not documented", method, path)
	}
	op, ok := paths[tpl].(map[string]any)[strings.ToLower(method)].(map[string]any)
	if !ok {
		t.Fatalf("openapi: method %s of %s is not documented", method, tpl)
	}
	status := strconv.Itoa(rec.Code)
	resp, ok := op["responses"].(map[string]any)[status].(map[string]any)
	if !ok && rec.Code >= 500 {
		resp, ok = op["responses"].(map[string]any)["default"].(map[string]any)
		status = "default"
	}
	if !ok {
		t.Fatalf("openapi: status %s of %s %s is not documented (body %s)", status, method, tpl, rec.Body.String())
	}
	ptr := "/paths/" + pointerEscape(tpl) + "/" + strings.ToLower(method) + "/responses/" + status
	if ref, ok := resp["$ref"].(string); ok {
		ptr = strings.TrimPrefix(ref, "#")
		name := ref[strings.LastIndex(ref, "/")+1:]
		resp = doc["components"].(map[string]any)["responses"].(map[string]any)[name].(map[string]any)
	}
	mt, _, err := mime.ParseMediaType(rec.Header().Get("Content-Type"))
	if err != nil {
		t.Fatalf("openapi: %s %s answered without a content type", method, path)
	}
	if _, ok := resp["content"].(map[string]any)[mt]; !ok {
		t.Fatalf("openapi: %s %s %s answered %s, not documented", method, tpl, status, mt)
	}
	if !strings.HasSuffix(mt, "json") {
		return
	}
	loc := docURL + "#" + ptr + "/content/" + pointerEscape(mt) + "/schema"
	var sch *jsonschema.Schema
	if v, ok := schemaCache.Load(loc); ok {
		sch = v.(*jsonschema.Schema)
	} else {
		if sch, err = compiler.Compile(loc); err != nil {
			t.Fatalf("openapi: compile %s: %v", loc, err)
		}
		schemaCache.Store(loc, sch)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(rec.Body.Bytes()))
	if err != nil {
		t.Fatalf("openapi: %s %s body is not JSON: %v", method, path, err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("openapi: %s %s %s does not match the document: %v\nbody: %s", method, tpl, status, err, rec.Body.String())
	}
}

// call runs one request through h and checks the response against the OpenAPI document.
func call(t *testing.T, h http.Handler, method, target, token string, body string) *httptest.ResponseRecorder {
	t.Helper()
	var r *http.Request
	if body != "" {
		r = httptest.NewRequest(method, target, strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
	} else {
		r = httptest.NewRequest(method, target, nil)
	}
	if token != "" {
		r.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	if strings.HasPrefix(r.URL.Path, "/api/") {
		checkOpenAPI(t, method, r.URL.Path, rec)
	}
	return rec
}

func TestOpenAPIDocumentCompiles(t *testing.T) {
	doc, compiler := openAPI()
	if doc["openapi"] != "3.1.0" {
		t.Errorf("openapi = %v, want 3.1.0", doc["openapi"])
	}
	for name := range doc["components"].(map[string]any)["schemas"].(map[string]any) {
		if _, err := compiler.Compile(docURL + "#/components/schemas/" + name); err != nil {
			t.Errorf("schema %s: %v", name, err)
		}
	}
}

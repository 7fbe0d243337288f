package form

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
)

// The citizen pages' icon: browsers ask for /favicon.ico on their own, so it must not 404.
func TestFavicon(t *testing.T) {
	store, queue := newFixture()
	w := httptest.NewRecorder()
	newTestHandler(Config{}, store, queue).ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/favicon.ico", nil))
	if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "image/x-icon" || !bytes.HasPrefix(w.Body.Bytes(), []byte{0, 0, 1, 0}) {
		t.Errorf("GET /favicon.ico: %d %q, %d bytes starting %x", w.Code, w.Header().Get("Content-Type"), w.Body.Len(), w.Body.Bytes()[:min(4, w.Body.Len())])
	}
	if cc := w.Header().Get("Cache-Control"); cc == "" || cc == "no-store" {
		t.Errorf("Cache-Control %q: the icon should be cached", cc)
	}
}

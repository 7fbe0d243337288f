package form

import (
	_ "embed"
	"net/http"
	"strconv"
)

// faviconICO is the citizen pages' icon (32×32, police blue with a speech bubble). Browsers ask for
// /favicon.ico on their own; without it every page view logged a 404.
//
//go:embed favicon.ico
var faviconICO []byte

func serveFavicon(w http.ResponseWriter, _ *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "image/x-icon")
	h.Set("Content-Length", strconv.Itoa(len(faviconICO)))
	h.Set("Cache-Control", "public, max-age=604800")
	_, _ = w.Write(faviconICO)
}

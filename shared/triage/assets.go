package triage

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

// consoleAssets are the console's script and style sheet, minified and served under a name with
// their content hash (app.<hash>.js), cacheable for a year: a new deploy changes the name, and
// index.html (no-cache) names the current ones. Built once, on the first console request, not at
// start-up (the API's cold start does not pay for it).
type consoleAssets struct {
	once  sync.Once
	index []byte            // index.html naming the fingerprinted files
	files map[string][]byte // "app.<hash>.js" → minified body
}

var assets consoleAssets

// Fingerprinted file names are served with this Cache-Control.
const immutableCache = "public, max-age=31536000, immutable"

func (a *consoleAssets) build(static fs.FS) {
	a.once.Do(func() {
		a.files = map[string][]byte{}
		index, _ := fs.ReadFile(static, "index.html")
		for _, name := range []string{"app.js", "app.css"} {
			body, err := fs.ReadFile(static, name)
			if err != nil {
				continue
			}
			body = minify(body)
			if strings.HasSuffix(name, ".css") {
				body = []byte(cssSpaces.Replace(string(body)))
			}
			sum := sha256.Sum256(body)
			ext := name[strings.LastIndexByte(name, '.'):]
			hashed := "app." + hex.EncodeToString(sum[:5]) + ext
			a.files[hashed] = body
			index = bytes.Replace(index, []byte(`"`+name+`"`), []byte(`"`+hashed+`"`), 1)
		}
		a.index = index
	})
}

// minify drops what the browser does not need from the console's own JavaScript and CSS: leading
// indentation, blank lines and lines that are only a comment. It keeps every line break, so
// JavaScript's automatic semicolons are unchanged; the files have no template literals or line
// continuations, which a line-based pass could break (TestConsoleAssetsFingerprinted runs the
// result in the browser tests).
func minify(src []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(src))
	inComment := false
	for _, line := range strings.Split(string(src), "\n") {
		l := strings.TrimSpace(line)
		switch {
		case inComment:
			inComment = !strings.Contains(l, "*/")
			continue
		case l == "", strings.HasPrefix(l, "//"):
			continue
		case strings.HasPrefix(l, "/*"):
			inComment = !strings.Contains(l, "*/")
			continue
		}
		out.WriteString(l)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

// cssSpaces drops the spaces CSS does not need around braces, semicolons, declarations' colons and
// commas (the style sheet has no selector with a space after a colon).
var cssSpaces = strings.NewReplacer(" {", "{", "{ ", "{", " }", "}", "; ", ";", ": ", ":", ", ", ",")

// serveAsset answers a fingerprinted file or index.html; false when name is neither.
func (a *consoleAssets) serve(w http.ResponseWriter, name string) bool {
	var body []byte
	if name == "" || name == "index.html" {
		body = a.index
		w.Header().Set("Cache-Control", "no-cache")
	} else if b, ok := a.files[name]; ok {
		body = b
		w.Header().Set("Cache-Control", immutableCache)
	} else {
		return false
	}
	w.Header().Set("Content-Type", consoleTypes[path.Ext(name)]) // "" for the directory: HTML
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body)
	return true
}

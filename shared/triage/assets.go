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
// a hash of their source (app.<hash>.js), cacheable for a year: a new deploy that changes a file
// changes its name, and index.html (no-cache) names the current ones. The names are made on the
// first console request and each file is minified on its own first request, not at start-up (the
// API's cold start does not pay for it), and not before index.html is answered: the console's cold
// start (issue 13) pays only for hashing the two sources (about a tenth of minifying them).
type consoleAssets struct {
	once  sync.Once
	index []byte                   // index.html naming the fingerprinted files
	files map[string]*consoleAsset // "app.<hash>.js" → its source
}

// consoleAsset is one fingerprinted file: its source's name and, once asked for, its minified body.
type consoleAsset struct {
	source string
	once   sync.Once
	body   []byte
}

var assets consoleAssets

// Fingerprinted file names are served with this Cache-Control.
const immutableCache = "public, max-age=31536000, immutable"

// minifyVersion is hashed with each source into its file name: bump it whenever minify or
// cssSpaces change what they make, so no browser keeps an older minified body under the same name.
const minifyVersion = "minify-1"

func (a *consoleAssets) build(static fs.FS) {
	a.once.Do(func() {
		a.files = map[string]*consoleAsset{}
		index, _ := fs.ReadFile(static, "index.html")
		for _, name := range []string{"app.js", "app.css"} {
			src, err := fs.ReadFile(static, name)
			if err != nil {
				continue
			}
			h := sha256.New()
			h.Write([]byte(minifyVersion))
			h.Write(src)
			ext := name[strings.LastIndexByte(name, '.'):]
			hashed := "app." + hex.EncodeToString(h.Sum(nil)[:5]) + ext
			a.files[hashed] = &consoleAsset{source: name}
			index = bytes.Replace(index, []byte(`"`+name+`"`), []byte(`"`+hashed+`"`), 1)
		}
		a.index = index
	})
}

// minified is the file's minified body, made on its first request.
func (f *consoleAsset) minified(static fs.FS) []byte {
	f.once.Do(func() {
		body, _ := fs.ReadFile(static, f.source)
		body = minify(body)
		if strings.HasSuffix(f.source, ".css") {
			body = []byte(cssSpaces.Replace(string(body)))
		}
		f.body = body
	})
	return f.body
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
func (a *consoleAssets) serve(w http.ResponseWriter, static fs.FS, name string) bool {
	var body []byte
	if name == "" || name == "index.html" {
		body = a.index
		w.Header().Set("Cache-Control", "no-cache")
	} else if f, ok := a.files[name]; ok {
		body = f.minified(static)
		w.Header().Set("Cache-Control", immutableCache)
	} else {
		return false
	}
	w.Header().Set("Content-Type", consoleTypes[path.Ext(name)]) // "" for the directory: HTML
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	_, _ = w.Write(body)
	return true
}

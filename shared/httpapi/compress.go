package httpapi

import (
	"bytes"
	"compress/gzip"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// MinCompressBytes is the smallest body Compress compresses: below it gzip's header and the CPU
// cost more than the bytes saved.
const MinCompressBytes = 1024

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(io.Discard, gzip.DefaultCompression)
	return w
}}

// Compress gzips h's text answers (HTML, CSS, JavaScript, JSON, CSV, SVG, ...) of at least
// MinCompressBytes when the request's Accept-Encoding allows gzip. API Gateway's HTTP API does not
// compress, so the functions do. Every answer says Vary: Accept-Encoding; a compressed one loses
// its Content-Length (the length is no longer known up front; the Lambda adapter and net/http set
// the real one). HEAD, range requests and answers that already have a Content-Encoding pass as they
// are.
func Compress(h http.Handler) http.Handler {
	return wrapped{inner: h, HandlerFunc: func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		if r.Method == http.MethodHead || r.Header.Get("Range") != "" || !acceptsGzip(r.Header.Get("Accept-Encoding")) {
			h.ServeHTTP(w, r)
			return
		}
		cw := &compressWriter{w: w}
		defer cw.finish()
		h.ServeHTTP(cw, r)
	}}
}

// acceptsGzip reads an Accept-Encoding header: gzip (or *) with a quality above zero.
func acceptsGzip(header string) bool {
	ok := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != "gzip" && name != "*" {
			continue
		}
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		if name == "gzip" {
			return q > 0 // an explicit gzip wins over *
		}
		ok = q > 0
	}
	return ok
}

// compressible reports whether a content type is text worth compressing.
func compressible(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	switch {
	case strings.HasPrefix(mt, "text/"), mt == "application/json", mt == "application/javascript",
		mt == "application/xml", mt == "image/svg+xml", strings.HasSuffix(mt, "+json"), strings.HasSuffix(mt, "+xml"):
		return true
	}
	return false
}

// compressWriter holds the answer back until it knows whether to compress: until the body
// reaches MinCompressBytes, or the handler ends.
type compressWriter struct {
	w       http.ResponseWriter
	status  int
	buf     bytes.Buffer
	decided bool
	gz      *gzip.Writer
}

func (c *compressWriter) Header() http.Header { return c.w.Header() }

func (c *compressWriter) WriteHeader(status int) {
	if c.status == 0 {
		c.status = status
	}
}

func (c *compressWriter) Write(b []byte) (int, error) {
	if c.status == 0 {
		c.status = http.StatusOK
	}
	if !c.decided {
		c.buf.Write(b)
		if c.buf.Len() < MinCompressBytes {
			return len(b), nil
		}
		if err := c.decide(true); err != nil {
			return 0, err
		}
		return len(b), nil
	}
	if c.gz != nil {
		return c.gz.Write(b)
	}
	return c.w.Write(b)
}

// decide sends the header and what is buffered, compressed when big is true and the answer
// qualifies.
func (c *compressWriter) decide(big bool) error {
	c.decided = true
	h := c.w.Header()
	if c.status == 0 {
		c.status = http.StatusOK
	}
	if h.Get("Content-Type") == "" && c.buf.Len() > 0 {
		h.Set("Content-Type", http.DetectContentType(c.buf.Bytes()))
	}
	if big && h.Get("Content-Encoding") == "" && c.status != http.StatusNoContent && c.status != http.StatusNotModified &&
		c.status != http.StatusPartialContent && compressible(h.Get("Content-Type")) {
		h.Del("Content-Length")
		h.Set("Content-Encoding", "gzip")
		if et := h.Get("ETag"); et != "" && !strings.HasPrefix(et, "W/") {
			h.Set("ETag", "W/"+et) // the bytes differ from the identity answer's
		}
		c.gz = gzipWriters.Get().(*gzip.Writer)
		c.gz.Reset(c.w)
		c.w.WriteHeader(c.status)
		_, err := c.gz.Write(c.buf.Bytes())
		c.buf.Reset()
		return err
	}
	c.w.WriteHeader(c.status)
	_, err := c.w.Write(c.buf.Bytes())
	c.buf.Reset()
	return err
}

func (c *compressWriter) finish() {
	if !c.decided {
		if c.status == 0 && c.buf.Len() == 0 {
			return // the handler wrote nothing: net/http answers 200 with no body as usual
		}
		_ = c.decide(false)
	}
	if c.gz != nil {
		_ = c.gz.Close()
		gzipWriters.Put(c.gz)
		c.gz = nil
	}
}

// Flush sends what is compressed so far (a long CSV export reaches the client as it is written).
func (c *compressWriter) Flush() {
	if !c.decided {
		_ = c.decide(c.buf.Len() >= MinCompressBytes)
	}
	if c.gz != nil {
		_ = c.gz.Flush()
	}
	if f, ok := c.w.(http.Flusher); ok {
		f.Flush()
	}
}

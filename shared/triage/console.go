package triage

import (
	"embed"
	"errors"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"

	"borgerfeedback/shared/auth"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/httpapi"
)

//go:embed console
var consoleFiles embed.FS

//go:embed openapi.json
var openAPIDoc []byte

// OpenAPI returns the OpenAPI 3.1 document of the staff API.
func OpenAPI() []byte { return openAPIDoc }

func serveOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(openAPIDoc)
}

// ConsoleSettings is /console/config.json: how the page signs staff in.
type ConsoleSettings struct {
	Mode         string `json:"mode"` // "local": username/password form; "cognito": managed login with PKCE
	ClientID     string `json:"clientId,omitempty"`
	AuthorizeURL string `json:"authorizeUrl,omitempty"`
	LogoutURL    string `json:"logoutUrl,omitempty"`
}

// consoleTypes are the console files' content types, set before the file server runs: left to it,
// the first request would call mime.TypeByExtension, which reads the system's mime.types files
// (about 20 ms of a cold start here). "" is the directory, served as index.html.
var consoleTypes = map[string]string{
	"":      "text/html; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
}

func (h *handler) routeConsole(mux *httpapi.Mux) {
	static, _ := fs.Sub(consoleFiles, "console")
	files := http.FileServerFS(static)
	mux.HandleFunc("GET /console", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/console/", http.StatusMovedPermanently)
	})
	mux.Handle("GET /console/", http.StripPrefix("/console", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assets.build(static)
		if assets.serve(w, static, strings.TrimPrefix(r.URL.Path, "/")) {
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		if ct, ok := consoleTypes[path.Ext(r.URL.Path)]; ok {
			w.Header().Set("Content-Type", ct)
		}
		files.ServeHTTP(w, r)
	})))
	mux.HandleFunc("GET /console/config.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		s := ConsoleSettings{Mode: "local"}
		if h.cfg.Login == nil {
			d := strings.TrimRight(h.cfg.CognitoDomain, "/")
			s = ConsoleSettings{Mode: "cognito", ClientID: h.cfg.ClientID,
				AuthorizeURL: d + "/oauth2/authorize", LogoutURL: d + "/logout"}
		}
		writeJSON(w, http.StatusOK, s)
	})
	if h.cfg.Login != nil {
		mux.HandleFunc("POST /console/auth/login", h.authEndpoint(h.login))
	}
	if h.cfg.Sessions != nil {
		mux.HandleFunc("POST /console/auth/refresh", h.authEndpoint(h.refresh))
		mux.HandleFunc("POST /console/auth/logout", h.authEndpoint(h.logout))
		if _, ok := h.cfg.Sessions.(CodeExchange); ok {
			mux.HandleFunc("POST /console/auth/code", h.authEndpoint(h.exchange))
		}
	}
}

// login is the local stack's username/password sign-in: it returns the pool's ID token, which the
// page keeps in memory and sends as a bearer token, and sets the refresh cookie (session.go).
func (h *handler) login(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	var b struct {
		Username string `json:"username"`
		Password string `json:"password"`
	}
	if err := decodeBody(r, &b); err != nil {
		h.fail(w, r, err)
		return
	}
	if b.Username == "" || b.Password == "" || !utf8.ValidString(b.Username) || len(b.Username) > 256 || len(b.Password) > 256 {
		h.fail(w, r, &feedback.ValidationError{Fields: []feedback.FieldError{{Field: "username", Message: "username and password are required"}}})
		return
	}
	tok, err := h.cfg.Login.Login(r.Context(), b.Username, b.Password)
	if errors.Is(err, auth.ErrUnauthenticated) {
		h.log.InfoContext(r.Context(), "login failed")
		httpapi.WriteProblem(w, http.StatusUnauthorized, "Unauthorized", "wrong username or password", nil)
		return
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.startSession(w, tok)
}

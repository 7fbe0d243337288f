package preflight

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

// checkRoutes compares three lists: the HTTP API's routes in the template, the method patterns the
// functions' handlers serve (served: function → patterns, from their wiring), and the staff API's
// paths in the OpenAPI document (openAPI file). A handler pattern no template route forwards is a
// 404 from API Gateway; a template route no pattern serves is dead; the OpenAPI document must list
// exactly the staff API's patterns.
func checkRoutes(routes []Route, served map[string][]string, openAPI string) []Gap {
	var gaps []Gap
	for fn, patterns := range served {
		for _, p := range patterns {
			method, path, ok := strings.Cut(p, " ")
			if !ok { // a method-less pattern is the handler's own fallback (its 404 page)
				continue
			}
			forwarded := false
			for _, r := range routes {
				forwarded = forwarded || (r.Function == fn && routeMatches(r.Key, method, path))
			}
			if !forwarded {
				gaps = append(gaps, Gap{Function: fn, What: fmt.Sprintf("serves %s but no HTTP API route forwards it (404 from API Gateway)", p),
					Fix: fmt.Sprintf("add the route %s to the %s integration in infra/stack/api.go", routeKey(method, path), fn)})
			}
		}
	}
	for _, r := range routes {
		method, _, _ := strings.Cut(r.Key, " ")
		servedBy := false
		for _, p := range served[r.Function] {
			pm, pp, ok := strings.Cut(p, " ")
			servedBy = servedBy || (ok && (method == "ANY" || pm == method || (pm == "GET" && method == "HEAD")) && routeMatches(r.Key, pm, pp))
		}
		if !servedBy {
			gaps = append(gaps, Gap{Function: r.Function, What: fmt.Sprintf("the HTTP API route %s forwards to it, but its handler serves nothing there", r.Key),
				Fix: "remove the route from infra/stack/api.go, or serve it"})
		}
	}
	if openAPI == "" {
		return gaps
	}
	listed, err := openAPIRoutes(openAPI)
	if err != nil {
		return append(gaps, Gap{What: err.Error(), Fix: "fix the OpenAPI document"})
	}
	api := map[string]bool{}
	for _, p := range served["triage"] {
		if m, path, ok := strings.Cut(p, " "); ok && strings.HasPrefix(path, "/api/") {
			api[m+" "+path] = true
		}
	}
	for _, k := range sortedKeys(api) {
		if !listed[k] {
			gaps = append(gaps, Gap{Function: "triage", What: "serves " + k + " but the OpenAPI document does not list it", Fix: "describe it in " + openAPI})
		}
	}
	for _, k := range sortedKeys(listed) {
		if !api[k] {
			gaps = append(gaps, Gap{Function: "triage", What: "the OpenAPI document lists " + k + " but the handler does not serve it", Fix: "serve it in shared/triage, or remove it from " + openAPI})
		}
	}
	return gaps
}

// routeMatches: the template route key (API Gateway's {name} is one segment, {name+} the rest of
// the path, ANY every method) forwards requests for the handler pattern's method and path.
func routeMatches(key, method, path string) bool {
	km, kp, _ := strings.Cut(key, " ")
	if km != "ANY" && km != method {
		return false
	}
	// A concrete path for the pattern: wildcards become a segment, a trailing slash a subtree.
	sample := regexp.MustCompile(`\{[^}]+\}`).ReplaceAllString(path, "x")
	if strings.HasSuffix(sample, "/") {
		sample += "x"
	}
	re := regexp.QuoteMeta(kp)
	re = regexp.MustCompile(`\\\{[^}]+\\\+\\\}`).ReplaceAllString(re, `.+`)
	re = regexp.MustCompile(`\\\{[^}]+\\\}`).ReplaceAllString(re, `[^/]+`)
	return regexp.MustCompile("^" + re + "$").MatchString(sample)
}

func routeKey(method, path string) string { return method + " " + strings.TrimSuffix(path, "/") }

// openAPIRoutes lists "METHOD /path" for every operation in an OpenAPI document.
func openAPIRoutes(file string) (map[string]bool, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	out := map[string]bool{}
	for path, ops := range doc.Paths {
		for m := range ops {
			switch m {
			case "get", "put", "post", "delete", "patch", "head", "options":
				out[strings.ToUpper(m)+" "+path] = true
			}
		}
	}
	return out, nil
}

func sortedRoutes(m map[string][]string) []string {
	var out []string
	for fn, ps := range m {
		for _, p := range ps {
			out = append(out, fn+": "+p)
		}
	}
	sort.Strings(out)
	return out
}

// Package preflight checks a synthesised template against what the code does (make preflight):
// every AWS call each function made on the emulator, run through its own wiring with the
// template's environment, is allowed by its role (action and resource); nothing is granted that no
// call uses unless a reason is listed; each function's environment holds every variable its wiring
// requires and nothing it does not read; and the HTTP API routes equal the routes the handlers
// serve and the OpenAPI document lists.
package preflight

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"borgerfeedback/shared/awsrecord"
)

// Gap is one thing that would break (or over-grant) in AWS.
type Gap struct {
	Function string `json:"function,omitempty"`
	What     string `json:"what"`
	Fix      string `json:"fix"`
}

func (g Gap) String() string {
	if g.Function == "" {
		return g.What + " — fix: " + g.Fix
	}
	return g.Function + ": " + g.What + " — fix: " + g.Fix
}

// FunctionReport is one function's line in preflight.json.
type FunctionReport struct {
	Operations  []string          `json:"operations"` // distinct IAM actions its paths used
	Calls       []awsrecord.Call  `json:"calls"`      // action and resource, as recorded
	Env         []string          `json:"env"`        // the template's variables
	Required    []string          `json:"required"`   // what its wiring requires
	Optional    []string          `json:"optional"`   // read, with a default when unset
	Granted     bool              `json:"granted"`
	EnvComplete bool              `json:"envComplete"`
	Reasons     map[string]string `json:"grantedWithoutCall,omitempty"` // grant → why it is there
}

// Report is infra/cdk.out/preflight.json.
type Report struct {
	Functions map[string]*FunctionReport `json:"functions"`
	Routes    []Route                    `json:"routes"`
	Served    []string                   `json:"served"` // "<fn>: METHOD /path" as the handlers serve them
	Gaps      []Gap                      `json:"gaps"`
}

// Check compares the template with the run.
func Check(t *Template, run *Recorded) *Report {
	rep := &Report{Functions: map[string]*FunctionReport{}, Routes: t.Routes(), Gaps: append([]Gap{}, run.Problems...)}
	for fn, f := range t.Functions() {
		fr := &FunctionReport{Granted: true, EnvComplete: true, Reasons: map[string]string{}, Calls: run.Recorder.Calls(fn)}
		rep.Functions[fn] = fr
		gap := func(ok *bool, what, fix string) {
			*ok = false
			rep.Gaps = append(rep.Gaps, Gap{Function: fn, What: what, Fix: fix})
		}
		for _, p := range run.Problems {
			if p.Function == fn {
				fr.Granted, fr.EnvComplete = false, false
			}
		}

		// Every call allowed.
		ops := map[string]bool{}
		used := map[string]bool{} // action|resource pattern of a statement that allowed a call
		for _, c := range fr.Calls {
			ops[c.Action] = true
			res, ok := templateResource(c.Resource, run.Values)
			if !ok {
				gap(&fr.Granted, fmt.Sprintf("calls %s on %s, which its environment does not name", c.Action, c.Resource),
					"give the function the resource's name or ARN in its environment (infra/stack/functions.go)")
				continue
			}
			if !allowed(f.Statements, c.Action, res, used) {
				gap(&fr.Granted, fmt.Sprintf("its role does not allow %s on %s (AccessDenied at the first real call)", c.Action, describe(t, res)),
					fmt.Sprintf("grant %s on %s to the function in infra/stack/functions.go", c.Action, describe(t, res)))
			}
		}
		fr.Operations = sortedKeys(ops)

		// Nothing granted without a call, or a reason.
		for _, st := range f.Statements {
			if st.Effect != "Allow" {
				continue
			}
			targets := st.Resources
			if targets == nil {
				targets = []string{"NotResource " + strings.Join(st.NotResources, ",")}
			}
			for _, a := range st.Actions {
				for _, r := range targets {
					if used[a+"|"+r] {
						continue
					}
					grant := a + " on " + describe(t, r)
					if why := reason(t, f, fn, a, r, fr.Calls, run.Values); why != "" {
						fr.Reasons[grant] = why
						continue
					}
					gap(&fr.Granted, "granted "+grant+" but no path calls it",
						"remove the grant from infra/stack/functions.go, or list why it is needed in infra/preflight/reasons.go")
				}
			}
		}

		// The environment.
		reads := run.Reads[fn]
		for name := range f.Env {
			fr.Env = append(fr.Env, name)
		}
		sort.Strings(fr.Env)
		for name, req := range reads {
			if req {
				fr.Required = append(fr.Required, name)
			} else {
				fr.Optional = append(fr.Optional, name)
			}
			if _, set := f.Env[name]; req && !set {
				gap(&fr.EnvComplete, fmt.Sprintf("environment variable %s is required by its wiring but not set in the template (init error in Lambda)", name),
					fmt.Sprintf("set %s on the function in infra/stack/functions.go", name))
			}
		}
		sort.Strings(fr.Required)
		sort.Strings(fr.Optional)
		for _, name := range fr.Env {
			if _, read := reads[name]; !read && reads != nil {
				gap(&fr.EnvComplete, fmt.Sprintf("environment variable %s is set in the template but its wiring never reads it", name),
					fmt.Sprintf("remove %s from the function in infra/stack/functions.go, or read it in the wiring (shared/app)", name))
			}
		}
	}
	sort.Slice(rep.Gaps, func(i, j int) bool { return rep.Gaps[i].String() < rep.Gaps[j].String() })
	return rep
}

// templateResource turns a recorded resource into the rendered form policies use.
func templateResource(r string, values map[string]string) (string, bool) {
	kind, v, _ := strings.Cut(r, ":")
	switch kind {
	case "*", "phone":
		return r, true
	case "table":
		name, index, hasIndex := strings.Cut(v, "/index/")
		id, ok := values[name]
		if !ok {
			return "", false
		}
		if hasIndex {
			return "«" + id + "»/index/" + index, true
		}
		return "«" + id + "»", true
	}
	id, ok := values[v]
	if !ok {
		return "", false
	}
	// A queue's URL is what the code names; policies name its ARN. Both render as «id».
	return "«" + id + "»", true
}

// allowed is IAM's decision for one action on one resource: an explicit deny wins, then any
// allow. used collects the statement entries that allowed it.
func allowed(sts []Statement, action, res string, used map[string]bool) bool {
	match := func(st Statement) (bool, []string) {
		var acts []string
		for _, a := range st.Actions {
			if globMatch(strings.ToLower(a), strings.ToLower(action)) {
				acts = append(acts, a)
			}
		}
		if len(acts) == 0 {
			return false, nil
		}
		var keys []string
		if st.Resources != nil {
			for _, r := range st.Resources {
				if resourceMatch(r, res) {
					for _, a := range acts {
						keys = append(keys, a+"|"+r)
					}
				}
			}
			return len(keys) > 0, keys
		}
		for _, r := range st.NotResources {
			if resourceMatch(r, res) {
				return false, nil
			}
		}
		for _, a := range acts {
			keys = append(keys, a+"|NotResource "+strings.Join(st.NotResources, ","))
		}
		return true, keys
	}
	for _, st := range sts {
		if ok, _ := match(st); ok && st.Effect == "Deny" {
			return false
		}
	}
	ok := false
	for _, st := range sts {
		if m, keys := match(st); m && st.Effect == "Allow" {
			ok = true
			for _, k := range keys {
				used[k] = true
			}
		}
	}
	return ok
}

// resourceMatch: a policy's resource pattern against a required resource. "*" in the policy
// matches anything; a direct SMS ("phone") is no ARN, so only "*" or a NotResource of ARNs
// allows it; an account-level call ("*") needs "*".
func resourceMatch(pattern, res string) bool {
	if pattern == "*" {
		return true
	}
	if res == "*" || res == "phone" {
		return false
	}
	return globMatch(pattern, res)
}

// describe names a rendered resource by its type: «Table»/index/byX → "AWS::DynamoDB::Table Table
// index byX".
func describe(t *Template, r string) string {
	out := r
	for id, res := range t.Resources {
		out = strings.ReplaceAll(out, "«"+id+"»", res.Type+" "+id)
	}
	switch out {
	case "phone":
		return "a phone number (direct SMS)"
	case "*":
		return `"*"`
	}
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Run reads the template, exercises the functions on an emulator and checks the template against
// what they did and against the routes.
// repo is the repository's root (the events/ samples, the OpenAPI document).
func Run(ctx context.Context, templateFile, repo string) (*Report, error) {
	t, err := ReadTemplate(templateFile)
	if err != nil {
		return nil, err
	}
	return RunTemplate(ctx, t, repo)
}

// OpenAPIFile is the staff API's OpenAPI document, from the repository's root.
const OpenAPIFile = "shared/triage/openapi.json"

// RunTemplate is Run on a parsed template.
func RunTemplate(ctx context.Context, t *Template, repo string) (*Report, error) {
	run, err := Exercise(ctx, t, filepath.Join(repo, "events"))
	if err != nil {
		return nil, err
	}
	return CheckAll(t, run, repo), nil
}

// CheckAll is Check plus the routes.
func CheckAll(t *Template, run *Recorded, repo string) *Report {
	rep := Check(t, run)
	rep.Served = sortedRoutes(run.Served)
	rep.Gaps = append(rep.Gaps, checkRoutes(rep.Routes, run.Served, filepath.Join(repo, OpenAPIFile))...)
	sort.Slice(rep.Gaps, func(i, j int) bool { return rep.Gaps[i].String() < rep.Gaps[j].String() })
	return rep
}

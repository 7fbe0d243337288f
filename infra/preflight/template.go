package preflight

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Template is a synthesised CloudFormation template, read as plain JSON (the checks look at what
// CloudFormation will get, not at CDK's objects).
type Template struct {
	Parameters map[string]struct {
		Default any `json:"Default"`
	} `json:"Parameters"`
	Resources map[string]Resource `json:"Resources"`
}

// Resource is one template resource.
type Resource struct {
	Type       string         `json:"Type"`
	Properties map[string]any `json:"Properties"`
}

// ReadTemplate reads a template file (infra/cdk.out/<stack>.template.json).
func ReadTemplate(file string) (*Template, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return ParseTemplate(b)
}

// ParseTemplate parses a template's JSON.
func ParseTemplate(b []byte) (*Template, error) {
	var t Template
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("template: %w", err)
	}
	return &t, nil
}

// Function is what the template gives one Lambda function.
type Function struct {
	LogicalID  string
	Env        map[string]any // variable → value expression
	Statements []Statement    // every statement of every policy attached to its role
	Managed    []string       // managed policy ARNs (rendered)
}

// Statement is one IAM policy statement.
type Statement struct {
	Sid          string
	Effect       string
	Actions      []string
	Resources    []string // rendered (see render); nil when NotResource is used
	NotResources []string
	Policy       string // the policy's logical id
}

// Functions returns the template's functions by the name the project gives them (FunctionName
// "<prefix>-<fn>" → fn).
func (t *Template) Functions() map[string]*Function {
	out := map[string]*Function{}
	for id, r := range t.Resources {
		if r.Type != "AWS::Lambda::Function" {
			continue
		}
		name, _ := r.Properties["FunctionName"].(string)
		fn := name[strings.LastIndex(name, "-")+1:]
		if fn == "" {
			continue
		}
		f := &Function{LogicalID: id, Env: map[string]any{}}
		if e, ok := r.Properties["Environment"].(map[string]any); ok {
			if vars, ok := e["Variables"].(map[string]any); ok {
				f.Env = vars
			}
		}
		role := refID(r.Properties["Role"])
		if rr, ok := t.Resources[role]; ok {
			for _, m := range list(rr.Properties["ManagedPolicyArns"]) {
				f.Managed = append(f.Managed, t.render(m))
			}
		}
		for pid, p := range t.Resources {
			if p.Type != "AWS::IAM::Policy" {
				continue
			}
			attached := false
			for _, r := range list(p.Properties["Roles"]) {
				attached = attached || refID(r) == role
			}
			if !attached {
				continue
			}
			doc, _ := p.Properties["PolicyDocument"].(map[string]any)
			for _, s := range list(doc["Statement"]) {
				sm, _ := s.(map[string]any)
				st := Statement{Policy: pid}
				st.Sid, _ = sm["Sid"].(string)
				st.Effect, _ = sm["Effect"].(string)
				for _, a := range list(sm["Action"]) {
					if as, ok := a.(string); ok {
						st.Actions = append(st.Actions, as)
					}
				}
				for _, r := range list(sm["Resource"]) {
					st.Resources = append(st.Resources, t.render(r))
				}
				for _, r := range list(sm["NotResource"]) {
					st.NotResources = append(st.NotResources, t.render(r))
				}
				f.Statements = append(f.Statements, st)
			}
		}
		out[fn] = f
	}
	return out
}

// Route is one HTTP API route and the function behind it.
type Route struct {
	Key      string `json:"route"` // "GET /f/{token}"
	Function string `json:"function"`
	Auth     string `json:"auth"` // JWT or NONE
}

// Routes returns the HTTP API's routes, sorted.
func (t *Template) Routes() []Route {
	fnByLogical := map[string]string{}
	for fn, f := range t.Functions() {
		fnByLogical[f.LogicalID] = fn
	}
	var out []Route
	for _, r := range t.Resources {
		if r.Type != "AWS::ApiGatewayV2::Route" {
			continue
		}
		key, _ := r.Properties["RouteKey"].(string)
		rt := Route{Key: key, Auth: "NONE"}
		if a, _ := r.Properties["AuthorizationType"].(string); a != "" {
			rt.Auth = a
		}
		// Target: integrations/<integration>; the integration's IntegrationUri names the function.
		if integ, ok := t.Resources[findRef(r.Properties["Target"])]; ok {
			rt.Function = fnByLogical[findRef(integ.Properties["IntegrationUri"])]
		}
		out = append(out, rt)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// render writes a value expression as a string where each resource reference becomes «LogicalId»
// (a Ref, or a GetAtt of Arn: for the resources the policies name, these are the ARNs), pseudo
// parameters their usual values, and a join its parts joined.
func (t *Template) render(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		if r, ok := x["Ref"].(string); ok {
			switch r {
			case "AWS::Partition":
				return "aws"
			case "AWS::URLSuffix":
				return "amazonaws.com"
			case "AWS::Region", "AWS::AccountId":
				return "*"
			}
			return "«" + r + "»"
		}
		if ga, ok := x["Fn::GetAtt"].([]any); ok && len(ga) == 2 {
			id, _ := ga[0].(string)
			if attr, _ := ga[1].(string); attr != "Arn" {
				return "«" + id + "." + attr + "»"
			}
			return "«" + id + "»"
		}
		if j, ok := x["Fn::Join"].([]any); ok && len(j) == 2 {
			sep, _ := j[0].(string)
			var parts []string
			for _, p := range list(j[1]) {
				parts = append(parts, t.render(p))
			}
			return strings.Join(parts, sep)
		}
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// refID is the logical id a Ref or GetAtt names ("" otherwise).
func refID(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return ""
	}
	if r, ok := m["Ref"].(string); ok {
		return r
	}
	if ga, ok := m["Fn::GetAtt"].([]any); ok && len(ga) > 0 {
		s, _ := ga[0].(string)
		return s
	}
	return ""
}

// findRef is the first logical id referenced anywhere inside v.
func findRef(v any) string {
	if id := refID(v); id != "" {
		return id
	}
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if id := findRef(x[k]); id != "" {
				return id
			}
		}
	case []any:
		for _, e := range x {
			if id := findRef(e); id != "" {
				return id
			}
		}
	}
	return ""
}

func list(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	}
	return []any{v}
}

// globMatch matches * across slashes too (path.Match does not).
func globMatch(p, s string) bool {
	for len(p) > 0 {
		switch p[0] {
		case '*':
			for i := len(s); i >= 0; i-- {
				if globMatch(p[1:], s[i:]) {
					return true
				}
			}
			return false
		case '?':
			if s == "" {
				return false
			}
			p, s = p[1:], s[1:]
		default:
			if s == "" || p[0] != s[0] {
				return false
			}
			p, s = p[1:], s[1:]
		}
	}
	return s == ""
}

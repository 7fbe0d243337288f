package triage

// consoleCSP is the Content-Security-Policy of every response: only the console's own files, no
// inline script or style, no framing, and Trusted Types so no string can ever become HTML. The
// Cognito domain is allowed for the token exchange of the managed login.
func consoleCSP(cognitoDomain string) string {
	connect := "'self'"
	if cognitoDomain != "" {
		connect += " " + cognitoDomain
	}
	return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src " + connect +
		"; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'"
}

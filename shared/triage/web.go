package triage

// consoleCSP is the Content-Security-Policy of every response: only the console's own files, no
// inline script or style, no framing, and Trusted Types so no string can ever become HTML. The
// page talks to its own origin only: the managed login's token exchange, refresh and revocation
// run in the function (session.go), and the login itself is a navigation, not a fetch.
const consoleCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'" +
	"; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types 'none'"

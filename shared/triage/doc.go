// Package triage is the staff side of borgerfeedback: the JSON API the citizen-service unit and the
// districts work feedback with, the authorisation per staff group, and the console (static files
// embedded in the binary) that calls it. NewHandler serves both; FromEnv wires it from the
// environment for Lambda and for the local stack.
//
// Authentication: Cognito user-pool tokens. In AWS (AUTH_MODE=apigateway) API Gateway's JWT
// authorizer verifies them and the handler reads its claims; locally (AUTH_MODE=local) the handler
// verifies them itself against the pool's JWKS (shared/auth) and the console gets a username and
// password form (POST /console/auth/login). No or a bad token: 401.
//
// Authorisation: see Principal. In short: national sees and works everything; district-<id> staff
// their district except conduct (DUP) items; dup-liaison the conduct items; supervisor adds
// reassigning, export and statistics. A refusal is 403 and logged with the pool subject, never a
// name or e-mail address. Contact details a citizen gave are never in lists, details or exports;
// POST /api/feedback/{id}/contact shows them to staff who may work the item and records each view
// in the history (contact_viewed). Free text is shown with phone numbers and e-mail addresses
// masked again on the way out (redact.Text), for items stored before the redaction rules they missed.
//
// Workflow: new → triaged → in_progress → resolved → closed, forward with skips, reopen from
// resolved/closed to triaged or in_progress (the outcome is cleared); closing needs an outcome
// (Outcomes) and a confirmed category (the root cause). PATCH carries the version it was made
// against: a stale one is 409, enforced by a conditional write. Every change and note is an
// append-only history event with actor and time. Due times come from the SLA per priority
// (feedback.SLA, env SLA); open items past due are flagged overdue.
//
// Lists are DynamoDB index queries (never a Scan) with the remaining filters and the caller's scope
// as a filter expression, and an opaque cursor bound to the query (shared/dynamo). Statistics sum
// the daily counters; the mean rating carries a Student's t 95 % interval (CIMethod). The CSV
// export is UTF-8 with a byte-order mark and neutralises cells that start like a formula; it comes
// whole or, with paged=true, in pages under Lambda's response limit, never cut short.
package triage

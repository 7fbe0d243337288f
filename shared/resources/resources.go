// Package resources is the one definition of the names, keys and settings of the AWS resources
// that both the CDK stack (infra/) and the local stack (infra/local) create, so the two never drift.
package resources

import "time"

// Function names of the Lambda functions; dist/<name>/bootstrap is each one's binary.
const (
	FunctionInvite   = "invite"
	FunctionForm     = "form"
	FunctionClassify = "classify"
	FunctionTriage   = "triage"
	// FunctionRetention runs daily on a schedule (EventBridge in AWS, make invoke locally).
	FunctionRetention = "retention"
	// FunctionReminder sweeps the due reminders every few minutes (ReminderSchedule; a local
	// timer on make run).
	FunctionReminder = "reminder"

	// FunctionSMSSettings is the deploy-time CloudFormation custom resource that sets the account's
	// SNS SMS settings. It is on no request path, so it is not in Functions and the local stack
	// does not run it; make build builds it like the others.
	FunctionSMSSettings = "smssettings"
)

// Functions lists every Lambda function the system deploys.
var Functions = []string{FunctionInvite, FunctionForm, FunctionClassify, FunctionTriage, FunctionRetention, FunctionReminder}

// Table is the single DynamoDB table: invitations, tokens, phone throttles, feedback, history and
// daily counters, told apart by their partition-key prefix (see shared/feedback for the item shapes).
var Table = TableDef{
	Name:         "borgerfeedback",
	PartitionKey: "PK",
	SortKey:      "SK",
	TTLAttribute: "expiresAt",
	Indexes: []IndexDef{
		// Every feedback item, newest first, in two partitions: gsiAll "OPEN" (status neither
		// resolved nor closed) and "CLOSED". Lists by status, team, district, category and channel
		// run on it with a FilterExpression on the projected attributes (see ListFilterAttributes),
		// merging the two partitions when both can match, as do the recount's and redact-existing's
		// paging; the urgent order of open items reads the open partition whole and sorts it.
		listIndex("byCreated", "gsiAll", "created"),
		// Closed items only, most urgent first: urgency = "<priority>#<due>#<reference>" is set only
		// on closed items (gsiAll "CLOSED"), so a new reply, open, enters one list index, not two.
		listIndex("byUrgency", "gsiAll", "urgency"),
		// Sparse: only assigned items have an assignee, so a new reply does not enter it.
		listIndex("byAssignee", "assignee", "created"),
		// Retention (shared/retention), both sparse and keys only. byTextRetention lists the
		// feedback items retention may have to anonymise: closed (resolved or closed) or withdrawn
		// items that still hold personal data, oldest first — an open item is kept by retention
		// anyway, so a new reply does not enter it; the update that closes it puts it there
		// (retainText), and anonymising takes it out. byPurgeDay lists the invitation rows (the
		// invitation's item, contact outcomes) by the UTC day their retention ends (purgeDay,
		// YYYY-MM-DD).
		{Name: "byTextRetention", PartitionKey: "retainText", SortKey: "created", KeysOnly: true},
		{Name: "byPurgeDay", PartitionKey: "purgeDay", SortKey: "PK", KeysOnly: true},
	},
}

// ListFilterAttributes are the feedback attributes staff lists filter on. Every index projects
// them and nothing else, so a list's filters run on the index and only the items of the page are
// read from the table. An index entry is then a few hundred bytes whatever the citizen wrote: the
// one list index a new reply enters (byCreated) costs 1 write unit, where
// projecting every attribute would cost one per started kilobyte of the item (up to 4 with a full
// comment), on every change.
//
// Why two list indexes and not one per filter: every index entry is a write unit on every reply and
// on every change of a projected attribute, while a filter costs only reads (an entry is ~250 bytes,
// so one read unit of an eventually consistent index query covers ~30 entries). Staff lists are few
// next to replies, so filtering the newest-first index is the cheaper side of the trade; the lists
// stay key queries on an index, never a Scan.
var ListFilterAttributes = []string{"status", "priority", "team", "district", "category", "channel", "assignee", "conduct", "dueAt"}

// listIndex is a feedback index projecting ListFilterAttributes (an index's own keys are projected
// anyway, and may not be named again).
func listIndex(name, pk, sk string) IndexDef {
	ix := IndexDef{Name: name, PartitionKey: pk, SortKey: sk, Include: []string{}}
	for _, a := range ListFilterAttributes {
		if a != pk && a != sk {
			ix.Include = append(ix.Include, a)
		}
	}
	return ix
}

// TableDef describes a DynamoDB table whose key and index attributes are all strings.
type TableDef struct {
	Name         string
	PartitionKey string
	SortKey      string
	TTLAttribute string
	Indexes      []IndexDef
}

// IndexDef is a global secondary index.
type IndexDef struct {
	Name         string
	PartitionKey string
	SortKey      string
	// Include names the non-key attributes the index projects (ProjectionType INCLUDE); nil
	// projects every attribute (ALL), unless KeysOnly.
	Include []string
	// KeysOnly projects only the table's and the index's keys (ProjectionType KEYS_ONLY).
	KeysOnly bool
}

// QueueDef is an SQS work queue with its dead-letter queue and the Lambda event source mapping
// that consumes it.
type QueueDef struct {
	Name              string
	DLQName           string
	Consumer          string        // function name
	MaxReceiveCount   int           // receives before the message moves to the DLQ
	VisibilityTimeout time.Duration // ≥ 6 × the consumer's timeout, as AWS advises
	BatchSize         int
	MaxBatchingWindow time.Duration
	MaxConcurrency    int
	DLQRetention      time.Duration
}

// Queues: contact-events (from the call platform) and feedback-intake (from the form).
var (
	ContactQueue = QueueDef{
		Name: "borgerfeedback-contact-events", DLQName: "borgerfeedback-contact-events-dlq",
		Consumer: FunctionInvite, MaxReceiveCount: 5, VisibilityTimeout: 6 * FunctionTimeout(FunctionInvite),
		BatchSize: 10, MaxBatchingWindow: time.Second, MaxConcurrency: 5, DLQRetention: 14 * 24 * time.Hour,
	}
	FeedbackQueue = QueueDef{
		Name: "borgerfeedback-feedback-intake", DLQName: "borgerfeedback-feedback-intake-dlq",
		Consumer: FunctionClassify, MaxReceiveCount: 5, VisibilityTimeout: 6 * FunctionTimeout(FunctionClassify),
		BatchSize: 10, MaxBatchingWindow: time.Second, MaxConcurrency: 5, DLQRetention: 14 * 24 * time.Hour,
	}
	Queues = []QueueDef{ContactQueue, FeedbackQueue}
)

// Topics.
const (
	AlertTopicName = "borgerfeedback-alerts" // urgent feedback and alarms
)

// FunctionSettings are the per-function Lambda settings.
type FunctionSettings struct {
	MemoryMB int
	Timeout  time.Duration
}

var functionSettings = map[string]FunctionSettings{
	FunctionInvite:   {MemoryMB: 256, Timeout: 10 * time.Second},
	FunctionForm:     {MemoryMB: 256, Timeout: 10 * time.Second},
	FunctionClassify: {MemoryMB: 256, Timeout: 10 * time.Second},
	FunctionTriage:   {MemoryMB: 512, Timeout: 15 * time.Second},
	// retention stops itself a minute before its timeout and resumes on the next run.
	FunctionRetention: {MemoryMB: 256, Timeout: 10 * time.Minute},
	// reminder stops 10 s before its timeout; the next run goes on from its checkpoint.
	FunctionReminder: {MemoryMB: 256, Timeout: time.Minute},

	FunctionSMSSettings: {MemoryMB: 128, Timeout: 30 * time.Second},
}

// Settings returns the Lambda settings of a function.
func Settings(fn string) FunctionSettings { return functionSettings[fn] }

// FunctionTimeout returns a function's timeout.
func FunctionTimeout(fn string) time.Duration { return functionSettings[fn].Timeout }

// UserPoolName is the staff user pool's name.
const UserPoolName = "borgerfeedback-staff"

// Staff groups (Cognito groups); shared/triage decides what each may do.
const (
	GroupNational       = "national"    // national citizen-service unit: sees and works everything
	GroupSupervisor     = "supervisor"  // also reassigns, exports, sees statistics
	GroupDUP            = "dup-liaison" // handles conduct (DUP) matters
	GroupDistrictPrefix = "district-"   // district-<id>: a district's staff see their district
)

// Environment variable names the functions read at start-up.
const (
	EnvTableName          = "TABLE_NAME"
	EnvContactQueueURL    = "CONTACT_QUEUE_URL"
	EnvFeedbackQueueURL   = "FEEDBACK_QUEUE_URL"
	EnvAlertTopicARN      = "ALERT_TOPIC_ARN"
	EnvPublicBaseURL      = "PUBLIC_BASE_URL"
	EnvPhoneHashSecret    = "PHONE_HASH_SECRET"     //nolint:gosec // G101: a variable's name, not a credential; the key itself (local stack)
	EnvPhoneHashSecretARN = "PHONE_HASH_SECRET_ARN" //nolint:gosec // G101: a variable's name, not a credential; or a Secrets Manager ARN (AWS)
	EnvUserPoolID         = "USER_POOL_ID"
	EnvUserPoolClientID   = "USER_POOL_CLIENT_ID"
	EnvSMSSenderID        = "SMS_SENDER_ID"
	EnvSamplingRate       = "SAMPLING_RATE"        // invite, triage: base rate of a contact without risk signals, 0–1, or "adaptive" (the controller)
	EnvSamplingTarget     = "SAMPLING_TARGET"      // invite, triage: half-width aimed at per centre and month, default 0.05
	EnvSMSPriceDKK        = "SMS_PRICE_DKK"        // invite, triage: price of one SMS, default 0.45
	EnvSMSBudgetDKK       = "SMS_BUDGET_DKK_MONTH" // invite, triage: the stage's monthly SMS budget for the controller; 0 = no cap
	EnvSLA                = "SLA"                  // classify, triage: e.g. "P1=1h,P2=2wd,P3=10d,P4=30d"

	EnvLinkTTLDays         = "LINK_TTL_DAYS"                // invite: link lifetime, default 7
	EnvFrequencyWindowDays = "FREQUENCY_WINDOW_DAYS"        // invite: one SMS per number per window, default 30
	EnvInvitationRetention = "INVITATION_RETENTION_DAYS"    // invite, form: contacts and tokens kept, default 30
	EnvFeedbackRetention   = "FEEDBACK_RETENTION_DAYS"      // classify: feedback and history kept, default 730
	EnvFormClientLimit     = "FORM_CLIENT_LIMIT_PER_MINUTE" // form: requests per client address, default 60; -1 off
	EnvSMSOptOutCheck      = "SMS_OPT_OUT_CHECK"            // invite: ask SNS whether a number replied STOP, default true
	// invite: months a number stays on the safety list after a contact of that class, default 24 each
	EnvSafetyListMonthsDoNotContact = "SAFETY_LIST_MONTHS_DO_NOT_CONTACT"
	EnvSafetyListMonthsSensitive    = "SAFETY_LIST_MONTHS_SENSITIVE"
	EnvSafetyListMonthsMinor        = "SAFETY_LIST_MONTHS_MINOR"
	EnvTextRetention                = "TEXT_RETENTION_DAYS" // retention: free text, contact details, notes kept, default 180
	EnvWithdrawalDays               = "WITHDRAWAL_DAYS"     // form: a reply can be withdrawn this long after submitting, default 14
	EnvQuietHours                   = "QUIET_HOURS"         // invite: no SMS in this local-time window, default 21:00-08:00; "off"
	EnvQuietHoursZone               = "QUIET_HOURS_ZONE"    // invite: the quiet hours' time zone, default Europe/Copenhagen
	EnvReminderDelay                = "REMINDER_DELAY"      // invite: time from the invitation to its one reminder (Go duration), default 48h
	EnvReminderPolicy               = "REMINDER_POLICY"     // invite: which unanswered invitations get it: off, all, highRisk, capped (docs/sampling.md)
	// triage: how /api/ requests are authenticated, AuthModeAPIGateway (default, in AWS) or AuthModeLocal (the local stack)
	EnvAuthMode = "AUTH_MODE"
	// triage: the managed login's base URL, https://<prefix>.auth.<region>.amazoncognito.com (AWS mode; the console's sign-in needs it)
	EnvCognitoDomain = "COGNITO_DOMAIN"
)

// Triage's authentication modes (EnvAuthMode).
const (
	// AuthModeAPIGateway trusts the claims of API Gateway's JWT authorizer, which has verified the token.
	AuthModeAPIGateway = "apigateway"
	// AuthModeLocal verifies tokens in the handler against the pool's JWKS (at the emulator's endpoint
	// when the AWS config has a base endpoint) and enables the console's username/password form.
	AuthModeLocal = "local"
)

// ReminderSchedule is how often the reminder sweep runs (EventBridge rate; make run's timer runs
// it every REMINDER_SWEEP_EVERY, default 30 s).
const ReminderSchedule = "rate(5 minutes)"

// RetentionSchedule is when the retention function runs (EventBridge cron, UTC): 02:15 every day,
// outside office hours and before quiet hours end.
const RetentionSchedule = "cron(15 2 * * ? *)"

// PhoneHashSecretName is the Secrets Manager secret holding the phone-hash HMAC key.
const PhoneHashSecretName = "borgerfeedback/phone-hash-key"

// StaffGroups returns every staff group: the fixed roles and one group per district.
func StaffGroups(districts []string) []string {
	groups := []string{GroupNational, GroupSupervisor, GroupDUP}
	for _, d := range districts {
		groups = append(groups, GroupDistrictPrefix+d)
	}
	return groups
}

// Metrics. classify logs UrgentLogMessage (a JSON line with "urgent": true) once for each urgent
// item it stores; the CDK stack counts those lines as MetricsNamespace/MetricUrgentFeedback and
// alarms on it.
const (
	UrgentLogMessage     = "urgent feedback stored"
	MetricsNamespace     = "Borgerfeedback"
	MetricUrgentFeedback = "UrgentFeedback"
)

// DefaultSMSSenderID is the SMS sender id unless the stack's SmsSenderId parameter says otherwise;
// the form's "Er denne SMS ægte?" page names the configured one.
const DefaultSMSSenderID = "Politiet"

package stack

import (
	"fmt"

	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/shared/reminder"
	"borgerfeedback/shared/resources"
)

// parameters are the deploy-time choices (cdk deploy --parameters Name=value). Each has a default
// that deploys a working system.
type parameters struct {
	producerARN     awscdk.CfnParameter // call platform's principal allowed to send to contact-events
	hasProducer     awscdk.CfnCondition
	alertEmail      awscdk.CfnParameter
	hasAlertEmail   awscdk.CfnCondition
	callbackURLs    awscdk.CfnParameter // console callback/logout URLs; empty: <ApiUrl>/console/
	hasCallbackURLs awscdk.CfnCondition
	smsSenderID     awscdk.CfnParameter
	smsSpendLimit   awscdk.CfnParameter
	samplingRate    awscdk.CfnParameter // a fixed base rate, or "adaptive" (the controller, docs/sampling.md)
	smsBudgetDKK    awscdk.CfnParameter // the controller's monthly SMS budget in DKK
	sla             awscdk.CfnParameter
	feedbackDays    awscdk.CfnParameter // retention of feedback and history
	invitationDays  awscdk.CfnParameter // retention of contacts, invitations and tokens
	linkTTLDays     awscdk.CfnParameter
	frequencyDays   awscdk.CfnParameter
	// months a number stays on the safety list, per class of the contact that listed it
	safetyMonthsDoNotContact, safetyMonthsSensitive, safetyMonthsMinor awscdk.CfnParameter
	textDays                                                           awscdk.CfnParameter // free text, contact details and notes (retention function)
	withdrawalDays                                                     awscdk.CfnParameter
	quietHours                                                         awscdk.CfnParameter
	reminderPolicy, reminderDelay                                      awscdk.CfnParameter // the one reminder (docs/sampling.md)
}

func newParameters(stack awscdk.Stack, settings stageSettings) parameters {
	str := func(id, desc, def, pattern string) awscdk.CfnParameter {
		p := &awscdk.CfnParameterProps{Type: jsii.String("String"), Description: jsii.String(desc), Default: jsii.String(def)}
		if pattern != "" {
			p.AllowedPattern = jsii.String(pattern)
		}
		return awscdk.NewCfnParameter(stack, jsii.String(id), p)
	}
	notEmpty := func(id string, p awscdk.CfnParameter) awscdk.CfnCondition {
		return awscdk.NewCfnCondition(stack, jsii.String(id), &awscdk.CfnConditionProps{
			Expression: awscdk.Fn_ConditionNot(awscdk.Fn_ConditionEquals(p.ValueAsString(), jsii.String(""))),
		})
	}
	var ps parameters
	ps.producerARN = str("CallPlatformProducerArn",
		"ARN of the call platform's IAM principal (role or account root) that sends contact.completed events; empty: none yet",
		"", `^(arn:aws[a-z-]*:iam::\d{12}:(root|role/[\w+=,.@/-]+|user/[\w+=,.@/-]+))?$`)
	ps.hasProducer = notEmpty("HasCallPlatformProducer", ps.producerARN)
	ps.alertEmail = str("AlertEmail", "E-mail address subscribed to the alert topic (urgent feedback, alarms); empty: none", "", `^([^\s@]+@[^\s@]+\.[^\s@]+)?$`)
	ps.hasAlertEmail = notEmpty("HasAlertEmail", ps.alertEmail)
	ps.callbackURLs = str("ConsoleCallbackUrls",
		"Comma-separated https URLs the console's sign-in may return to; empty: <ApiUrl>/console/ (or the custom domain's)", "", "")
	ps.hasCallbackURLs = notEmpty("HasConsoleCallbackUrls", ps.callbackURLs)
	ps.smsSenderID = str("SmsSenderId", "Alphanumeric SMS sender id shown on the citizen's phone (1-11 letters/digits)", resources.DefaultSMSSenderID, `^[A-Za-z0-9]{1,11}$`)
	ps.smsSpendLimit = str("SmsMonthlySpendLimit",
		"Account-wide monthly SMS spend limit in USD; above the account's SNS quota (1 USD for new accounts) it needs an AWS support case first", "1", `^\d+$`)
	ps.samplingRate = str("InviteSamplingRate",
		"Base rate of a contact without risk signals, 0-1 (1: every eligible contact), or adaptive: per-centre rates from the controller (docs/sampling.md)",
		"adaptive", `^(0(\.\d+)?|1(\.0+)?|adaptive)$`)
	ps.smsBudgetDKK = str("SmsBudgetDkkMonth", "Monthly SMS budget in DKK the sampling controller keeps the expected spend within; 0: no cap", settings.smsBudgetDKK, `^\d+$`)
	ps.sla = str("Sla", "Response deadlines per priority, e.g. P1=1h,P2=2wd,P3=10d,P4=30d; empty: the built-in defaults", "", "")
	days := `^[1-9]\d{0,4}$`
	ps.feedbackDays = str("FeedbackRetentionDays", "Days feedback and its history are kept before DynamoDB's TTL deletes them", "730", days)
	ps.invitationDays = str("InvitationRetentionDays", "Days contacts, invitations and link tokens are kept", "30", days)
	ps.linkTTLDays = str("LinkTtlDays", "Days a citizen's feedback link stays valid", "7", days)
	ps.frequencyDays = str("FrequencyWindowDays", "A phone number gets at most one invitation per this many days", "30", days)
	months := `^[1-9]\d{0,3}$`
	ps.safetyMonthsDoNotContact = str("SafetyListMonthsDoNotContact", "Months a number stays on the safety list (no feedback SMS) after a contact the call-taker marked do-not-contact", "24", months)
	ps.safetyMonthsSensitive = str("SafetyListMonthsSensitive", "Months a number stays on the safety list after a sensitive contact (domestic violence, sexual offence, threats, welfare)", "24", months)
	ps.safetyMonthsMinor = str("SafetyListMonthsMinor", "Months a number stays on the safety list after a contact with a minor", "24", months)
	ps.textDays = str("TextRetentionDays", "Days free text, contact details and notes are kept before the retention function erases them (open items and legal holds excepted)", "180", days)
	ps.withdrawalDays = str("WithdrawalDays", "Days after submitting in which a citizen can withdraw a reply", "14", days)
	ps.quietHours = str("QuietHours", "No SMS in this daily window of Danish time (HH:MM-HH:MM), or off; invitations wait until it ends", "21:00-08:00",
		`^(off|([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)$`)
	ps.reminderPolicy = str("ReminderPolicy",
		"Which unanswered invitations get one reminder SMS: off, all, highRisk (a bad-experience signal) or capped (at a centre whose sampling rate is at 1); docs/sampling.md has the simulation behind the default",
		reminder.DefaultPolicy, `^(off|all|highRisk|capped)$`)
	ps.reminderDelay = str("ReminderDelay", "Time from the invitation SMS to its reminder (e.g. 48h); moved out of the quiet hours", fmt.Sprintf("%dh", int(reminder.DefaultDelay.Hours())), `^[1-9]\d{0,3}(h|m)$`)
	return ps
}

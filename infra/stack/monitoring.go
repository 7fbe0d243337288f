package stack

import (
	"strconv"
	"time"

	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudwatch"
	"github.com/aws/aws-cdk-go/awscdk/v2/awscloudwatchactions"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslogs"
	"github.com/aws/aws-cdk-go/awscdk/v2/awssqs"
	"github.com/aws/aws-cdk-go/awscdk/v2/interfaces/interfacesawscloudwatch"
	"github.com/aws/jsii-runtime-go"

	"borgerfeedback/shared/invite"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/resources"
)

// maxMessageAge is how old the oldest message on a work queue may get before someone is told:
// the consumers normally empty a queue within seconds.
const maxMessageAge = 15 * time.Minute

// monitoring adds the alarms (each notifies the alert topic) and the dashboard.
func (s *feedbackStack) monitoring(d *dataResources, fns functionResources, a *apiResources) {
	action := awscloudwatchactions.NewSnsAction(d.topic)
	var alarms []interfacesawscloudwatch.IAlarmRef
	alarm := func(id, what string, m awscloudwatch.IMetric, op awscloudwatch.ComparisonOperator, threshold float64) {
		al := awscloudwatch.NewAlarm(s.Stack, jsii.String(id+"Alarm"), &awscloudwatch.AlarmProps{
			AlarmName:          jsii.String(resources.Table.Name + "-" + s.props.stage() + "-" + id),
			AlarmDescription:   jsii.String(what + " (see docs/ops.md, Alarms)"),
			Metric:             m,
			ComparisonOperator: op,
			Threshold:          jsii.Number(threshold),
			EvaluationPeriods:  jsii.Number(1),
			TreatMissingData:   awscloudwatch.TreatMissingData_NOT_BREACHING,
		})
		al.AddAlarmAction(action)
		alarms = append(alarms, al)
	}
	minute, five := dur(time.Minute), dur(5*time.Minute)
	maxOver := func(p time.Duration) *awscloudwatch.MetricOptions {
		return &awscloudwatch.MetricOptions{Period: dur(p), Statistic: jsii.String("Maximum")}
	}
	sum := &awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String("Sum")}

	queues := []struct {
		id         string
		queue, dlq awssqs.Queue
		def        resources.QueueDef
	}{
		{"ContactEvents", d.contact, d.contactDLQ, resources.ContactQueue},
		{"FeedbackIntake", d.feedback, d.feedbackDLQ, resources.FeedbackQueue},
	}
	for _, q := range queues {
		alarm(q.id+"DLQ", "A message is in "+q.def.DLQName+": it failed "+strconv.Itoa(q.def.MaxReceiveCount)+" times; inspect and redrive",
			q.dlq.MetricApproximateNumberOfMessagesVisible(maxOver(time.Minute)), awscloudwatch.ComparisonOperator_GREATER_THAN_THRESHOLD, 0)
		alarm(q.id+"Age", "The oldest message on "+q.def.Name+" is older than "+maxMessageAge.String()+": its consumer is not keeping up or failing",
			q.queue.MetricApproximateAgeOfOldestMessage(maxOver(5*time.Minute)), awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, maxMessageAge.Seconds())
	}
	for _, fn := range resources.Functions {
		f := fns[fn]
		alarm(exportName(fn)+"Errors", "Function "+FunctionName(fn)+" failed (errors in 5 minutes)",
			f.MetricErrors(sum), awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1)
		alarm(exportName(fn)+"Throttles", "Function "+FunctionName(fn)+" was throttled",
			f.MetricThrottles(sum), awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1)
	}
	alarm("Api5xx", "The HTTP API answered 5xx", a.api.MetricServerError(sum), awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1)

	// Urgent feedback: classify logs resources.UrgentLogMessage with "urgent": true per urgent item.
	mf := awslogs.NewMetricFilter(s.Stack, jsii.String("UrgentFeedbackFilter"), &awslogs.MetricFilterProps{
		LogGroup: fns[resources.FunctionClassify].LogGroup(),
		FilterPattern: awslogs.FilterPattern_All(
			awslogs.FilterPattern_StringValue(jsii.String("$.message"), jsii.String("="), jsii.String(resources.UrgentLogMessage)),
			awslogs.FilterPattern_BooleanValue(jsii.String("$.urgent"), jsii.Bool(true)),
		),
		MetricNamespace: jsii.String(resources.MetricsNamespace),
		MetricName:      jsii.String(resources.MetricUrgentFeedback),
		MetricValue:     jsii.String("1"),
		Unit:            awscloudwatch.Unit_COUNT,
	})
	urgent := mf.Metric(&awscloudwatch.MetricOptions{Period: minute, Statistic: jsii.String("Sum")})
	alarm("UrgentFeedback", "Urgent feedback was received: open the console, filter priority P1", urgent, awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1)

	// Someone is not being heard: the functions' EMF metrics (shared/metrics).
	emf := func(fn, name, stat string, p time.Duration, dims ...string) awscloudwatch.Metric {
		m := map[string]*string{metrics.DimFunction: jsii.String(fn)}
		for i := 0; i+1 < len(dims); i += 2 {
			m[dims[i]] = jsii.String(dims[i+1])
		}
		return awscloudwatch.NewMetric(&awscloudwatch.MetricProps{Namespace: jsii.String(resources.MetricsNamespace),
			MetricName: jsii.String(name), DimensionsMap: &m, Statistic: jsii.String(stat), Period: dur(p)})
	}
	for _, fn := range []string{resources.FunctionInvite, resources.FunctionClassify} {
		alarm(exportName(fn)+"BatchItemFailures", "Function "+FunctionName(fn)+" handed SQS records back for retry (partial batch failures do not count as Errors)",
			emf(fn, metrics.BatchItemFailures, "Sum", 5*time.Minute), awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1)
	}
	alarm("AlertPublishFailures", "An urgent-feedback alert could not be published to SNS (it is retried; check the topic)",
		emf(resources.FunctionClassify, metrics.AlertPublishFails, "Sum", 5*time.Minute), awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1)
	day := 24 * time.Hour
	alarm("NoRepliesInADay", "Invitations were sent in the last day but no reply was stored: the form or the intake may be broken",
		awscloudwatch.NewMathExpression(&awscloudwatch.MathExpressionProps{
			Expression: jsii.String("IF(sent > 0 AND FILL(stored, 0) == 0, 1, 0)"),
			UsingMetrics: &map[string]awscloudwatch.IMetric{
				"sent":   emf(resources.FunctionInvite, metrics.SMSSent, "Sum", day),
				"stored": emf(resources.FunctionClassify, metrics.Classified, "Sum", day),
			},
			Label: jsii.String("Invitations sent, no reply stored"), Period: dur(day),
		}), awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1)

	// A spike of suppressions by the rules — not by sampling or the frequency window, which suppress
	// many by design: more than half of an hour's contacts and at least 20 not invited for a flag,
	// a withheld or non-mobile number, the safety or opt-out list. A changed event format at the call
	// platform, or a broken list, looks like this: people not asked who should have been.
	hour := time.Hour
	rules := "(FILL(suppressed, 0) - FILL(sampling, 0) - FILL(frequency, 0))"
	alarm("SuppressionSpike", "More than half of the last hour's contacts (at least 20) were suppressed by a rule other than sampling or frequency: check the contact events and the safety and opt-out lists",
		awscloudwatch.NewMathExpression(&awscloudwatch.MathExpressionProps{
			Expression: jsii.String("IF(" + rules + " >= 20 AND " + rules + " > FILL(sent, 0), 1, 0)"),
			UsingMetrics: &map[string]awscloudwatch.IMetric{
				"suppressed": emf(resources.FunctionInvite, metrics.Suppressed, "Sum", hour),
				"sampling":   emf(resources.FunctionInvite, metrics.Suppressed, "Sum", hour, metrics.DimReason, invite.ReasonSampling),
				"frequency":  emf(resources.FunctionInvite, metrics.Suppressed, "Sum", hour, metrics.DimReason, invite.ReasonFrequency),
				"sent":       emf(resources.FunctionInvite, metrics.SMSSent, "Sum", hour),
			},
			Label: jsii.String("Contacts suppressed by a rule, more than were invited"), Period: dur(hour),
		}), awscloudwatch.ComparisonOperator_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 1)

	s.dashboard(d, fns, a, urgent, alarms, emf)
}

func (s *feedbackStack) dashboard(d *dataResources, fns functionResources, a *apiResources, urgent awscloudwatch.IMetric, alarms []interfacesawscloudwatch.IAlarmRef,
	emf func(fn, name, stat string, p time.Duration, dims ...string) awscloudwatch.Metric) {
	five := dur(5 * time.Minute)
	opt := func(stat string) *awscloudwatch.MetricOptions {
		return &awscloudwatch.MetricOptions{Period: five, Statistic: jsii.String(stat)}
	}
	graph := func(title string, left ...awscloudwatch.IMetric) awscloudwatch.IWidget {
		return awscloudwatch.NewGraphWidget(&awscloudwatch.GraphWidgetProps{Title: jsii.String(title), Left: &left, Width: jsii.Number(8), Height: jsii.Number(6)})
	}
	var inv, errs, durs []awscloudwatch.IMetric
	for _, fn := range resources.Functions {
		inv = append(inv, fns[fn].MetricInvocations(opt("Sum")))
		errs = append(errs, fns[fn].MetricErrors(opt("Sum")), fns[fn].MetricThrottles(opt("Sum")))
		durs = append(durs, fns[fn].MetricDuration(opt("p95")))
	}
	db := awscloudwatch.NewDashboard(s.Stack, jsii.String("Dashboard"), &awscloudwatch.DashboardProps{
		DashboardName: jsii.String(resources.Table.Name + "-" + s.props.stage()),
	})
	db.AddWidgets(awscloudwatch.NewAlarmStatusWidget(&awscloudwatch.AlarmStatusWidgetProps{
		Title: jsii.String("Alarms"), Alarms: &alarms, Width: jsii.Number(24), Height: jsii.Number(4),
	}))
	db.AddWidgets(
		graph("Queue depth (visible)", d.contact.MetricApproximateNumberOfMessagesVisible(opt("Maximum")), d.feedback.MetricApproximateNumberOfMessagesVisible(opt("Maximum"))),
		graph("Oldest message age (s)", d.contact.MetricApproximateAgeOfOldestMessage(opt("Maximum")), d.feedback.MetricApproximateAgeOfOldestMessage(opt("Maximum"))),
		graph("Dead-letter queues", d.contactDLQ.MetricApproximateNumberOfMessagesVisible(opt("Maximum")), d.feedbackDLQ.MetricApproximateNumberOfMessagesVisible(opt("Maximum"))),
	)
	db.AddWidgets(graph("Invocations", inv...), graph("Errors and throttles", errs...), graph("Duration p95 (ms)", durs...))
	db.AddWidgets(
		graph("API requests and errors", a.api.MetricCount(opt("Sum")), a.api.MetricClientError(opt("Sum")), a.api.MetricServerError(opt("Sum"))),
		graph("API latency p95 (ms)", a.api.MetricLatency(opt("p95")), a.api.MetricIntegrationLatency(opt("p95"))),
		graph("Urgent feedback", urgent),
	)
	fiveMin := 5 * time.Minute
	var outcomes []awscloudwatch.IMetric
	for _, status := range []string{"200", "404", "410", "413", "422", "429", "500"} {
		outcomes = append(outcomes, emf(resources.FunctionForm, metrics.FormOutcome, "Sum", fiveMin, metrics.DimStatus, status))
	}
	db.AddWidgets(
		graph("Invitations: SMS sent and suppressed", emf(resources.FunctionInvite, metrics.SMSSent, "Sum", fiveMin), emf(resources.FunctionInvite, metrics.Suppressed, "Sum", fiveMin)),
		graph("Form answers by status", outcomes...),
		graph("Replies stored (classified)", emf(resources.FunctionClassify, metrics.Classified, "Sum", fiveMin)),
	)
	db.AddWidgets(
		graph("Batch item failures and alert publish failures", emf(resources.FunctionInvite, metrics.BatchItemFailures, "Sum", fiveMin),
			emf(resources.FunctionClassify, metrics.BatchItemFailures, "Sum", fiveMin), emf(resources.FunctionClassify, metrics.AlertPublishFails, "Sum", fiveMin)),
		graph("Classifier latency p95 (ms)", emf(resources.FunctionClassify, metrics.ClassifierLatency, "p95", fiveMin)),
		graph("Reminders: sent and skipped", emf(resources.FunctionReminder, metrics.ReminderSent, "Sum", fiveMin),
			emf(resources.FunctionReminder, metrics.ReminderSkipped, "Sum", fiveMin)),
	)
}

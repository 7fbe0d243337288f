// Package formapp wires the citizen form from its configuration (see package app).
package formapp

import (
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"borgerfeedback/shared/config"
	"borgerfeedback/shared/dynamo/formstore"
	"borgerfeedback/shared/feedback"
	"borgerfeedback/shared/form"
	"borgerfeedback/shared/metrics"
	"borgerfeedback/shared/queue"
	"borgerfeedback/shared/resources"
)

// NewForm wires the citizen's form.
// now is the form's clock: time.Now in Lambda; the local stack can move it forward.
func NewForm(cfg aws.Config, env *config.Env, log *slog.Logger, now func() time.Time) (http.Handler, error) {
	// Not app.Store: the form's own store speaks DynamoDB's JSON, so the form links neither the
	// SDK's DynamoDB types nor their start-up (shared/dynamo/formstore, issue 13).
	store := formstore.New(cfg, env.Required(resources.EnvTableName), env.Days(resources.EnvFeedbackRetention, 730*24*time.Hour))
	q := queue.New(queue.NewClient(cfg), env.Required(resources.EnvFeedbackQueueURL))
	base := env.Optional(resources.EnvPublicBaseURL, "")
	c := form.Config{HSTS: base == "" || strings.HasPrefix(base, "https://"), PublicBaseURL: base,
		SMSSenderID: env.Optional(resources.EnvSMSSenderID, resources.DefaultSMSSenderID)}
	if v := env.Optional(resources.EnvFormClientLimit, ""); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n == 0 || n < -1 {
			env.Fail(fmt.Errorf("environment variable %s=%q: want a positive number, or -1 for no limit", resources.EnvFormClientLimit, v))
		}
		c.ClientLimit = form.Limit{Requests: n, Window: time.Minute}
	}
	c.WithdrawalWindow = env.Days(resources.EnvWithdrawalDays, feedback.DefaultWithdrawalWindow)
	if err := env.Err(); err != nil {
		return nil, err
	}
	// Metrics: the outcome of every answer to a form link (/f/...), by status.
	m := metrics.New(os.Stdout, resources.MetricsNamespace, resources.FunctionForm)
	isForm := func(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/f/") }
	return metrics.Outcomes(form.NewHandler(c, store, q, now, log), m, metrics.FormOutcome, isForm), nil
}

// Command simulate runs a year of synthetic contacts at every centre, sampled at a fixed rate and
// by the adaptive controller (shared/sampling), and prints a table per centre; its last stdout
// line is the JSON object of DESIGN.md's `make simulate` contract. -svg writes the plot of
// docs/sampling.md.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"borgerfeedback/shared/reminder"
	"borgerfeedback/shared/sampling"
)

func main() {
	seed := flag.Uint64("seed", 2026, "random seed")
	badResponse := flag.Float64("bad-response", 1.5, "response rate of a caller with a bad experience relative to one without (>1 answers more, <1 less)")
	ratingResponse := flag.Float64("rating-response", 1, "response of an unsatisfied caller beyond the signals (1: none; no weighting removes the bias this causes)")
	biasSE := flag.Float64("bias-se", 0.3, "standard error in points to measure each centre's bias to (more simulated years for a smaller value)")
	svg := flag.String("svg", "", "write the SMS-and-margin plot to this file")
	fromJSON := flag.String("from-json", "", "read a result (the JSON line of an earlier run) instead of simulating: to redraw the plot")
	reminderResponse := flag.Float64("reminder-response", 0.4, "chance that an invited caller who did not answer answers the one reminder, relative to their chance of answering the invitation")
	reminderPolicy := flag.String("reminder-policy", sampling.ReminderAll, "the reminder policy whose figures are the JSON's reminderSms, extraReplies, badExperiencesHeardWithReminder (all: one reminder to every unanswered invitation): "+strings.Join(sampling.ReminderPolicies, ", "))
	flag.Parse()
	if *badResponse <= 0 || *ratingResponse <= 0 || *biasSE <= 0 || *reminderResponse < 0 {
		fmt.Fprintln(os.Stderr, "simulate: -bad-response, -rating-response and -bias-se must be positive, -reminder-response not negative")
		os.Exit(2)
	}
	if !slices.Contains(sampling.ReminderPolicies, *reminderPolicy) {
		fmt.Fprintf(os.Stderr, "simulate: -reminder-policy %q: want one of %s\n", *reminderPolicy, strings.Join(sampling.ReminderPolicies, ", "))
		os.Exit(2)
	}
	var res sampling.SimResult
	if *fromJSON != "" {
		b, err := os.ReadFile(*fromJSON)
		if err == nil {
			lines := strings.Split(strings.TrimSpace(string(b)), "\n")
			err = json.Unmarshal([]byte(lines[len(lines)-1]), &res)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "simulate: -from-json:", err)
			os.Exit(1)
		}
	} else {
		res = sampling.Simulate(sampling.SimConfig{Seed: *seed, BadResponse: *badResponse, RatingResponse: *ratingResponse, BiasSE: *biasSE,
			Controller: sampling.DefaultControllerConfig(), Weights: sampling.DefaultWeights(),
			ReminderResponse: *reminderResponse, ReminderPolicy: *reminderPolicy})
	}
	fmt.Printf("%-42s %8s %7s %7s %6s %7s %6s %9s %9s %6s\n", "centre", "eligible", "target", "margin", "bias", "fxMarg", "fxBias", "fixedSMS", "adaptSMS", "rate")
	for _, c := range res.Centres {
		fmt.Printf("%-42s %8.0f %7.3f %7.4f %6.2f %7.4f %6.2f %9.0f %9.0f %6.3f\n", c.ID, c.Eligible, c.Target, c.Margin, c.BiasPoints, c.FixedMargin, c.FixedBias, c.FixedSMS, c.AdaptiveSMS, c.MeanRate)
	}
	fmt.Printf("fixed rate %.2f: %.0f SMS a year; adaptive: %.0f SMS a year (%.0f %%); bad experiences heard: fixed %.1f %%, adaptive %.1f %%\n",
		res.FixedRate, res.FixedSMS, res.AdaptiveSMS, 100*res.AdaptiveSMS/res.FixedSMS, 100*res.BadHeardFixed, 100*res.BadHeardAdapt)
	fmt.Printf("\none reminder to an unanswered invitation (adaptive design, same targets; a reminder answered %.2f × as often as the invitation):\n", res.ReminderResponse)
	fmt.Printf("%-9s %9s %9s %9s %9s %10s %8s %11s\n", "policy", "SMS", "reminders", "extraRepl", "badHeard", "SMS/bad", "worst", "overTarget")
	for _, f := range res.Reminders {
		mark := ""
		if f.Policy == res.BetterReminderPolicy {
			mark = "  better"
		}
		if f.Policy == reminder.DefaultPolicy {
			mark += "  (shipped default)"
		}
		fmt.Printf("%-9s %9.0f %9.0f %9.0f %8.1f%% %10.2f %8.3f %11d%s\n", f.Policy, f.SMS, f.ReminderSMS, f.ExtraReplies, 100*f.BadHeard, f.SMSPerBadHeard, f.WorstMarginShare, f.CentresOverTarget, mark)
	}
	if res.BetterReminderPolicy != reminder.DefaultPolicy {
		fmt.Printf("the simulation finds %q better; the shipped default (reminder.DefaultPolicy) is %q\n", res.BetterReminderPolicy, reminder.DefaultPolicy)
	}
	if *svg != "" {
		if err := os.WriteFile(*svg, []byte(sampling.PlotSVG(res)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "simulate:", err)
			os.Exit(1)
		}
	}
	out, err := json.Marshal(res)
	if err != nil {
		fmt.Fprintln(os.Stderr, "simulate:", err)
		os.Exit(1)
	}
	fmt.Println(string(out))
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/aws/aws-lambda-go/events"

	"borgerfeedback/shared/app/classifyapp"
	"borgerfeedback/shared/app/formapp"
	"borgerfeedback/shared/app/inviteapp"
	"borgerfeedback/shared/app/reminderapp"
	"borgerfeedback/shared/app/retentionapp"
	"borgerfeedback/shared/app/triageapp"
	"borgerfeedback/shared/auth/cognitologin"
	"borgerfeedback/shared/config"
	"borgerfeedback/shared/httpapi"
	"borgerfeedback/shared/local/devstack"
	"borgerfeedback/shared/local/motostack"
	"borgerfeedback/shared/redact"
	"borgerfeedback/shared/resources"
)

// invoke runs one function's Lambda handler on one sample event and prints its response. It uses
// the running stack (.local/outputs.json) when there is one, else a throwaway emulator.
func invoke(ctx context.Context, args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: invoke <%s> <event.json>", strings.Join(resources.Functions, "|"))
	}
	fn, path := args[0], args[1]
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := readOutputs()
	if err != nil {
		fmt.Fprintln(os.Stderr, "no running stack: starting a throwaway emulator")
		moto, err := motostack.RunMoto(ctx, 0, io.Discard)
		if err != nil {
			return err
		}
		defer moto.Stop()
		if out, err = motostack.Provision(ctx, motostack.AWSConfig(ctx, moto.Endpoint), motostack.Options{}); err != nil {
			return err
		}
		out.APIURL = "http://127.0.0.1:8080"
	}
	cfg := motostack.AWSConfig(ctx, out.AWSEndpoint)
	env := config.FromMap(devstack.Env(out))
	log := redact.Logger(slog.New(slog.NewJSONHandler(os.Stderr, nil)))
	resp, err := handle(ctx, fn, raw, cfg, env, log)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(resp)
}

// handle decodes the event for the function's trigger and runs its Lambda handler.
func handle(ctx context.Context, fn string, raw []byte, cfg aws.Config, env *config.Env, log *slog.Logger) (any, error) {
	switch fn {
	case resources.FunctionInvite, resources.FunctionClassify:
		var ev events.SQSEvent
		if err := json.Unmarshal(raw, &ev); err != nil {
			return nil, fmt.Errorf("not an SQS event: %w", err)
		}
		var h motostack.SQSHandler
		if fn == resources.FunctionInvite {
			svc, err := inviteapp.NewInvite(cfg, env, log, time.Now)
			if err != nil {
				return nil, err
			}
			h = svc.HandleSQS
		} else {
			svc, err := classifyapp.NewClassify(cfg, env, log, localClock)
			if err != nil {
				return nil, err
			}
			h = svc.HandleSQS
		}
		return h(ctx, ev)
	case resources.FunctionForm, resources.FunctionTriage:
		var ev events.APIGatewayV2HTTPRequest
		if err := json.Unmarshal(raw, &ev); err != nil {
			return nil, fmt.Errorf("not an HTTP API event: %w", err)
		}
		var h http.Handler
		var err error
		if fn == resources.FunctionForm {
			h, err = formapp.NewForm(cfg, env, log, localClock)
		} else {
			h, err = triageapp.NewTriage(ctx, cfg, env, log, time.Now, cognitologin.LocalSignIn)
		}
		if err != nil {
			return nil, err
		}
		return httpapi.Lambda(h)(ctx, ev)
	case resources.FunctionRetention:
		var ev events.EventBridgeEvent
		if err := json.Unmarshal(raw, &ev); err != nil {
			return nil, fmt.Errorf("not an EventBridge event: %w", err)
		}
		svc, err := retentionapp.NewRetention(cfg, env, log, localClock)
		if err != nil {
			return nil, err
		}
		return retentionapp.Handler(svc)(ctx, ev)
	case resources.FunctionReminder:
		// One sweep on the running stack's clock, besides the one make run runs on its timer: the
		// SMS it sends shows in moto's /moto-api/data.json (not in the make run window).
		var ev events.EventBridgeEvent
		if err := json.Unmarshal(raw, &ev); err != nil {
			return nil, fmt.Errorf("not an EventBridge event: %w", err)
		}
		svc, err := reminderapp.NewReminder(cfg, env, log, localClock)
		if err != nil {
			return nil, err
		}
		return reminderapp.Handler(svc)(ctx, ev)
	}
	return nil, fmt.Errorf("unknown function %q", fn)
}

# borgerfeedback — see README.md. `make run` starts the whole system locally; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# smssettings is the CDK stack's custom resource for the account's SMS settings (not run locally).
FUNCTIONS := invite form classify triage retention reminder smssettings
GO        ?= go
GOFLAGS_LAMBDA := -tags lambda.norpc -trimpath -ldflags="-s -w"
MOTO_VERSION := 5.2.1
# moto_server: the machine's when present, else one installed into .venv by `make deps`.
MOTO := $(shell command -v moto_server 2>/dev/null || echo .venv/bin/moto_server)
export MOTO_SERVER := $(abspath $(MOTO))
# The pinned CDK CLI and Node 22 (npm packages aws-cdk and node@22) live in infra/node_modules.
export PATH := $(CURDIR)/infra/node_modules/.bin:$(PATH)
STAGE ?= dev
CDK := cd infra && cdk

.PHONY: help deps run contact test build invoke classify eval firstsight verdicts train simulate

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | column -t -s$$'\t'

deps: $(MOTO) ## install what the local stack needs (moto server) when the machine lacks it

.venv/bin/moto_server:
	python3 -m venv .venv
	.venv/bin/pip install --quiet 'moto[server]==$(MOTO_VERSION)'

run: deps ## the whole system on 127.0.0.1:$${PORT:-8080} (Ctrl-C stops it)
	$(GO) run ./infra/local run

contact: ## send a contact.completed event with a fresh contactId to the running stack (ARGS="-lang en")
	$(GO) run ./infra/local contact $(ARGS)

test: deps cdk-deps ## every test CI runs
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 12m ./...

build: ## dist/<fn>/bootstrap for linux/arm64, for Lambda's provided.al2023
	@for fn in $(FUNCTIONS); do \
	  echo "build $$fn"; \
	  GOOS=linux GOARCH=arm64 CGO_ENABLED=0 $(GO) build $(GOFLAGS_LAMBDA) -o dist/$$fn/bootstrap ./functions/$$fn || exit 1; \
	done

classify: ## JSON lines {"id","text","rating","channel"} on stdin → classification JSON lines on stdout (nothing else)
	@$(GO) run ./infra/tools/classify

train: ## retrain the classifier's models (urgent, conduct, categories on dev; the foreign urgent/conduct models on the multilingual training texts) into shared/classify/models.bin and print their cross-validated trade-offs
	$(GO) run ./infra/tools/train

eval: ## classifier scores on the labelled corpus → stdout and docs/classification.md (HOLDOUT=file.jsonl adds a set)
	$(GO) run ./infra/tools/eval $(if $(HOLDOUT),-holdout $(HOLDOUT))

firstsight: ## each tuned blind set classified by the rules it was first measured with, with the models' probabilities → OUT (default .local/firstsight.jsonl)
	@mkdir -p .local
	$(GO) run ./infra/tools/firstsight -out $(or $(OUT),.local/firstsight.jsonl)

verdicts: ## the classifier's verdict on every labelled text not held out → OUT (default .local/verdicts.jsonl); COMPARE=file prints what moved since that run; HELDOUT=1 the held-out sets' counts only
	$(GO) run ./infra/tools/verdicts $(if $(HELDOUT),-heldout,$(if $(COMPARE),-compare $(COMPARE),-out $(or $(OUT),.local/verdicts.jsonl)))

simulate: ## a year of synthetic contacts at every centre, fixed-rate vs adaptive sampling (docs/sampling.md); last stdout line is JSON (ARGS="-bad-response 0.6 -svg docs/sampling.svg")
	@$(GO) run ./infra/tools/simulate $(ARGS)

invoke: deps ## run one handler on one sample event: make invoke FN=invite EVENT=events/invite-sqs.json
	@test -n "$(FN)" -a -n "$(EVENT)" || { echo "usage: make invoke FN=<$(FUNCTIONS)> EVENT=events/<file>.json" >&2; exit 2; }
	$(GO) run ./infra/local invoke $(FN) $(EVENT)

.PHONY: loadtest redrive redact-existing recount bench lighthouse coldstart fuzz lint
N ?= 1000
loadtest: deps ## N contacts → SMS → replies against the running stack (or its own): make loadtest N=1000
	$(GO) run ./infra/local loadtest -n $(N)

redrive: ## move a DLQ's messages back to its queue on the running stack: make redrive QUEUE=feedback|contact
	@test -n "$(QUEUE)" || { echo "usage: make redrive QUEUE=feedback|contact" >&2; exit 2; }
	$(GO) run ./infra/local redrive $(QUEUE)

redact-existing: ## apply the current redaction rules to feedback stored before them, on the running stack (ARGS="-again", "-table NAME" in AWS); resumable, counts only
	$(GO) run ./infra/local redact-existing $(ARGS)

recount: ## rebuild a day's reply counters from the stored replies on the running stack: make recount DAY=2026-12-01 [ARGS=-apply] (ARGS="-table NAME" in AWS)
	@test -n "$(DAY)" || { echo "usage: make recount DAY=YYYY-MM-DD [ARGS=-apply]" >&2; exit 2; }
	$(GO) run ./infra/local recount -day $(DAY) $(ARGS)

bench: deps ## cold starts, sizes, Go benchmarks, page weight, a load run of LOAD_N (1000), Lighthouse → docs/benchmarks.md, docs/cost.md
	$(GO) run ./infra/bench -out docs/benchmarks.md -load $(or $(LOAD_N),1000)
	$(MAKE) lighthouse

lighthouse: deps infra/lighthouse/node_modules/.package-lock.json ## Lighthouse (mobile) on the console's list of 200, item and statistics and the citizen form, signed in, offline → its section of docs/benchmarks.md
	$(GO) run ./infra/tools/lighthouse -out docs/benchmarks.md

# Lighthouse apart from infra/node_modules: make test does not need it.
infra/lighthouse/node_modules/.package-lock.json: infra/lighthouse/package.json infra/lighthouse/package-lock.json
	cd infra/lighthouse && npm ci --no-audit --no-fund
	@touch $@

coldstart: deps ## only bench's cold-start and size table (interleaved with the SDK floor programs), to stdout; writes nothing (RUNS=31)
	$(GO) run ./infra/bench -start-only -runs $(or $(RUNS),31)

# golangci-lint through the Go module proxy at a pinned version (built once into Go's cache); the
# linters and their exclusions are in .golangci.yml.
GOLANGCI_LINT_VERSION := v2.15.0
lint: ## golangci-lint (gosec, errorlint, revive, contextcheck): no finding outside tests and tools without a //nolint and its reason
	$(GO) run github.com/golangci/golangci-lint/v2/cmd/golangci-lint@$(GOLANGCI_LINT_VERSION) run ./...

FUZZTIME ?= 60s
fuzz: ## run every Go fuzz target for FUZZTIME each (default 60s); crashers land in testdata/fuzz as regression seeds
	@set -e; for pkg in $$($(GO) list ./...); do \
	  for fn in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$fn ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

.PHONY: cdk-deps synth diff deploy preflight aws-credentials
cdk-deps: infra/node_modules/.package-lock.json ## the pinned CDK CLI and Node 22 into infra/node_modules

infra/node_modules/.package-lock.json: infra/package.json infra/package-lock.json
	cd infra && npm ci --no-audit --no-fund
	@touch $@

synth: cdk-deps ## CloudFormation templates into infra/cdk.out/ (STAGE=dev|prod; builds the functions first)
	$(CDK) synth -q -c stage=$(STAGE)

diff: cdk-deps ## what a deploy would change (STAGE=dev|prod)
	@$(GO) run ./infra/tools/awscheck diff 2> >(grep -v "^exit status" >&2)
	$(CDK) diff -c stage=$(STAGE) $(ARGS)

deploy: cdk-deps ## cdk deploy (STAGE=dev|prod, ARGS='--parameters AlertEmail=…'); run make preflight first
	@$(GO) run ./infra/tools/awscheck deploy 2> >(grep -v "^exit status" >&2)
	$(CDK) deploy -c stage=$(STAGE) $(ARGS)

# The stack's template as make synth writes it.
TEMPLATE = infra/cdk.out/Borgerfeedback-$(STAGE).template.json
# W3005: CDK writes a DependsOn on each function's role that its GetAtt already implies (harmless).
CFN_LINT_IGNORE := W3005

preflight: deps synth ## synth (with cdk-nag) + every function run on the emulator against the template (calls granted, variables set, routes) + cfn-lint → infra/cdk.out/preflight.json
	$(GO) run ./infra/tools/preflight -template $(TEMPLATE) -out infra/cdk.out/preflight.json
	@command -v cfn-lint >/dev/null || { echo "make preflight: cfn-lint is not installed: pip install cfn-lint" >&2; exit 1; }
	cfn-lint --ignore-checks $(CFN_LINT_IGNORE) -- $(TEMPLATE)

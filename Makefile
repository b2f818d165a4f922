# Précis build and test entry points. `make test` is what CI runs (.ci/run).
GO          ?= go
# Build and test with the toolchain go.mod names (it carries the standard library's security
# fixes), fetched through the module proxy when the local Go is older.
export GOTOOLCHAIN ?= auto
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME    ?= 30s
FUZZ_TARGETS = ./shared/summarizer/decode:FuzzDecode ./shared/summarizer/clean:FuzzClean ./shared/summarizer/text:FuzzSentences ./shared/summarizer/quotes:FuzzQuotes ./shared/api:FuzzAPI

.PHONY: test lint unit fuzz bench build

## test: lint, every unit and integration test, each fuzz target for FUZZTIME (30 s;
## `make test FUZZTIME=5s` for a quicker local run), and the vulnerability check
test: lint cfnlint openapi-lint unit fuzz vulncheck

lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) ./...

## unit: every test, after installing the servers they start (make servers). go test shows
## skips only with -v: each server whose tests skipped is printed, with how many skipped.
## The use cases (ingest, api) run on the in-process minidyn, then again on dynalite.
PKGS ?= ./...
unit: servers
	@skips=$$(mktemp); \
	  PRECIS_SKIP_LOG=$$skips $(GO) test -count=1 $(PKGS); rc=$$?; \
	  if [ $$rc -eq 0 ] && [ "$(PKGS)" = "./..." ] && [ -f .ci/servers/node_modules/dynalite/cli.js ]; then \
	    echo "the use cases again, on dynalite (PRECIS_TEST_DYNAMODB=dynalite)"; \
	    PRECIS_TEST_DYNAMODB=dynalite $(GO) test -count=1 ./shared/ingest ./shared/api; rc=$$?; \
	  fi; \
	  sort $$skips | uniq -c | sed 's/^ *\([0-9]*\) /skipped \1 tests for want of /'; \
	  rm -f $$skips; exit $$rc

## servers: what the integration tests start, installed when missing: dynalite (npm, into
## .ci/servers) and the AWS Lambda Runtime Interface Emulator (go install). What cannot be
## installed here is said, and its tests skip (or fail under PRECIS_REQUIRE_SERVERS=1).
RIE_MODULE ?= github.com/aws/aws-lambda-runtime-interface-emulator/cmd/aws-lambda-rie@v0.0.0-20261030222936-bef5c4ba774d
.PHONY: servers
servers:
	@test -f .ci/servers/node_modules/dynalite/cli.js || \
	  npm install --no-audit --no-fund --prefix .ci/servers || \
	  echo "servers: dynalite could not be installed (needs node and npm): the DynamoDB tests will skip"
	@command -v aws-lambda-rie >/dev/null || test -x "$$($(GO) env GOPATH)/bin/aws-lambda-rie" || \
	  GOBIN="$$($(GO) env GOPATH)/bin" $(GO) install $(RIE_MODULE) || \
	  echo "servers: aws-lambda-rie could not be installed: the Lambda emulator tests will skip"

## openapi-lint: the API's OpenAPI document under Redocly's CLI, every recommended rule as an
## error (.ci/lint/redocly.yaml); installed from .ci/lint's lockfile on first use.
REDOCLY = .ci/lint/node_modules/.bin/redocly
.PHONY: openapi-lint
openapi-lint: | $(REDOCLY)
	REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $(REDOCLY) lint --config .ci/lint/redocly.yaml shared/api/openapi.json

$(REDOCLY):
	npm ci --no-audit --no-fund --prefix .ci/lint

## fuzz: each fuzz target for FUZZTIME (make fuzz FUZZTIME=30s). Minimising each new input
## stalls the workers for seconds at a time and, at the deadline, fails the run spuriously
## ("context deadline exceeded", Go's fuzzer); a crasher is still written out whole. So a
## run that ends with that message and wrote no failing input counts as a pass, said so.
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; name=$${t##*:}; \
	  echo "fuzz $$pkg $$name for $(FUZZTIME)"; \
	  log=$$(mktemp); \
	  if ! $(GO) test $$pkg -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 0 >$$log 2>&1; then \
	    if grep -q 'context deadline exceeded' $$log && ! grep -q 'Failing input written' $$log; then \
	      echo "fuzz $$name: the fuzzer stopped at its deadline with no failing input (counted as a pass)"; \
	    else \
	      grep -v '^fuzz: elapsed' $$log; rm -f $$log; exit 1; \
	    fi; \
	  fi; rm -f $$log; \
	done

## bench: pipeline and stage benchmarks, several runs for a median
bench:
	$(GO) test ./shared/summarizer -run '^$$' -bench . -benchmem -count 5

VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo devel)
build:
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o bin/precis ./cmd/precis

## Lambda bootstraps, as `sam build` calls them (BuildMethod: makefile) and for local tests.
LAMBDA_BUILD = CGO_ENABLED=0 GOOS=linux GOARCH=$${GOARCH:-arm64} $(GO) build -tags lambda.norpc -trimpath -ldflags='-s -w'

build-SummarizeFunction:
	$(LAMBDA_BUILD) -o $(ARTIFACTS_DIR)/bootstrap ./functions/summarize

build-ApiFunction:
	$(LAMBDA_BUILD) -o $(ARTIFACTS_DIR)/bootstrap ./functions/api

.PHONY: bootstraps
bootstraps:
	$(MAKE) build-SummarizeFunction ARTIFACTS_DIR=bin/summarize
	$(MAKE) build-ApiFunction ARTIFACTS_DIR=bin/api

## vulncheck: known vulnerabilities in what the code calls. The Go vulnerability database is
## taken from the golang.org/x/vulndb module (through the module proxy, which CI can reach)
## and indexed locally; bump VULNDB_VERSION to pick up newer entries.
VULNDB_VERSION ?= v0.0.0-20261105234957-e22db6528018
GOVULNCHECK    ?= $(GO) run golang.org/x/vuln/cmd/govulncheck@v1.9.0
VULNDB_DIR      = .cache/vulndb-$(VULNDB_VERSION)

.PHONY: vulncheck
vulncheck: $(VULNDB_DIR)/index/db.json
	$(GOVULNCHECK) -db file://$(CURDIR)/$(VULNDB_DIR) ./...

$(VULNDB_DIR)/index/db.json:
	@src=$$($(GO) mod download -json golang.org/x/vulndb@$(VULNDB_VERSION) | sed -n 's/^\t"Dir": "\(.*\)",$$/\1/p'); \
	  test -n "$$src" || { echo "vulncheck: could not fetch golang.org/x/vulndb"; exit 1; }; \
	  rm -rf $(CURDIR)/$(VULNDB_DIR).tmp; \
	  cd "$$src" && GOFLAGS=-mod=mod $(GO) run ./cmd/indexdb -vulns "$$src/data/osv" -out $(CURDIR)/$(VULNDB_DIR).tmp
	rm -rf $(VULNDB_DIR) && mv $(VULNDB_DIR).tmp $(VULNDB_DIR)

## cfnlint: template.yaml through the real SAM translator and cfn-lint (vendored beside the
## checkout, in ../shared/tools/cfn-lint; it installs Debian's Python packages with apt-get,
## non-interactively, when run as root). Any finding fails, informational ones included.
CFNLINT ?= ../shared/tools/cfn-lint/run

.PHONY: cfnlint
cfnlint:
	@if [ ! -x $(CFNLINT) ]; then echo "cfnlint: skipped, $(CFNLINT) is absent"; exit 0; fi; \
	  out=$$(DEBIAN_FRONTEND=noninteractive $(CFNLINT) template.yaml 2>&1); rc=$$?; echo "$$out" | grep -v '^  [A-Za-z0-9]*: AWS::'; \
	  if [ $$rc -ne 0 ] || echo "$$out" | grep -Eq '^[EWI][0-9]{4} '; then echo "cfnlint: template.yaml has findings"; exit 1; fi

# Précis build and test entry points. `make test` is what CI runs (.ci/run).
GO          ?= go
# Build and test with the toolchain go.mod names (it carries the standard library's security
# fixes), fetched through the module proxy when the local Go is older.
export GOTOOLCHAIN ?= auto
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME    ?= 30s
FUZZ_TARGETS = ./shared/decode:FuzzDecode ./shared/clean:FuzzClean ./shared/text:FuzzSentences ./shared/quotes:FuzzQuotes ./shared/api:FuzzAPI

.PHONY: test lint unit fuzz bench build

## test: lint, every unit and integration test, each fuzz target for FUZZTIME (30 s;
## `make test FUZZTIME=5s` for a quicker local run), and the vulnerability check
test: lint openapi-lint unit fuzz vulncheck

lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) ./...

unit:
	$(GO) test -count=1 ./...

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
## ("context deadline exceeded", Go's fuzzer); a crasher is still written out whole.
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; name=$${t##*:}; \
	  echo "fuzz $$pkg $$name for $(FUZZTIME)"; \
	  log=$$(mktemp); \
	  if ! $(GO) test $$pkg -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 0 >$$log 2>&1; then \
	    grep -v '^fuzz: elapsed' $$log; rm -f $$log; exit 1; \
	  fi; rm -f $$log; \
	done

## bench: pipeline and stage benchmarks, several runs for a median
bench:
	$(GO) test ./shared/pipeline -run '^$$' -bench . -benchmem -count 5

build:
	$(GO) build -trimpath -o bin/precis ./cmd/precis

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

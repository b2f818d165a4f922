# Précis build and test entry points. `make test` is what CI runs (.ci/run).
GO          ?= go
STATICCHECK ?= $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME    ?= 30s
FUZZ_TARGETS = ./shared/decode:FuzzDecode ./shared/clean:FuzzClean ./shared/text:FuzzSentences ./shared/quotes:FuzzQuotes ./shared/api:FuzzAPI

.PHONY: test lint unit fuzz bench build

## test: lint, every unit and integration test, and each fuzz target for FUZZTIME (30 s;
## `make test FUZZTIME=5s` for a quicker local run)
test: lint unit fuzz

lint:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) ./...

unit:
	$(GO) test -count=1 ./...

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

## vulncheck: known vulnerabilities in the code's dependencies (needs the Go vulnerability
## database, which the CI machines cannot reach; run it where it can)
.PHONY: vulncheck
vulncheck:
	$(GO) run golang.org/x/vuln/cmd/govulncheck@latest ./...

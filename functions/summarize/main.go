// Command summarize is the S3-triggered Lambda function: it summarises each uploaded article
// and stores the result in DynamoDB; invoked by the re-processing state machine, it brings
// a batch of listed articles up to the current algorithm version. This file is only the
// composition root.
//
// Environment (a bad or missing value stops the function at start, naming it): TABLE_NAME
// (required), INPUT_PREFIX (default "articles/"), OUTPUT_PREFIX
// (default "text/"), MAX_BYTES (default 8 MiB), LEASE_SECONDS (default 960), EVENT_BUS_NAME
// (the EventBridge bus told of each finished article, a name or an ARN; unset, none is told;
// AWS_ENDPOINT_URL_EVENTBRIDGE overrides the endpoint).
package main

import (
	"log/slog"
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/client"
	"github.com/precis-news/precis/shared/aws/eventbus"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/ingest"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	env := client.FromOS()
	clients := client.FromEnv(env)
	// A soft memory limit under the function's memory: the collector works harder on a large
	// article instead of Lambda ending the process.
	if mb := env.Int("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", 0, 128, 10240); mb > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(mb << 20 * 3 / 4)
	}
	cfg := ingest.Config{
		InputPrefix:  env.String("INPUT_PREFIX", "articles/"),
		OutputPrefix: env.String("OUTPUT_PREFIX", "text/"),
		MaxBytes:     env.Int("MAX_BYTES", article.DefaultMaxBytes, 1, 1<<30),
		Lease:        time.Duration(env.Int("LEASE_SECONDS", 960, 1, 86400)) * time.Second,
	}
	if ingest.PrefixesOverlap(cfg.InputPrefix, cfg.OutputPrefix) {
		env.Refuse("OUTPUT_PREFIX", "a prefix apart from INPUT_PREFIX "+strconv.Quote(cfg.InputPrefix)+" (writing the text must never trigger the function)")
	}
	table := env.Required("TABLE_NAME", "the articles table's name")
	bus := env.String("EVENT_BUS_NAME", "")
	if bus != "" && eventbus.CheckBus(bus) != nil {
		env.Refuse("EVENT_BUS_NAME", "an EventBridge bus name or ARN")
	}
	busEndpoint := env.String("AWS_ENDPOINT_URL_EVENTBRIDGE", "")
	if err := env.Err(); err != nil {
		fail(log, err)
	}
	if bus != "" {
		events, err := eventbus.NewEventBridge(clients.Config, bus, busEndpoint)
		if err != nil {
			fail(log, err)
		}
		cfg.Events = events
	}
	svc, err := ingest.New(store.New(clients.DynamoDB, table), objects.New(clients.S3), cfg, log)
	if err != nil {
		fail(log, err)
	}
	lambda.Start(s3event.Handler(svc))
}

// fail refuses to start: Lambda reports the init error, and every invocation fails with it
// until the configuration is mended.
func fail(log *slog.Logger, err error) {
	log.Error("start", "error", err.Error())
	os.Exit(1)
}

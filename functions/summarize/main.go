// Command summarize is the S3-triggered Lambda function: it summarises each uploaded article
// and stores the result in DynamoDB; invoked by the re-processing state machine, it brings
// a batch of listed articles up to the current algorithm version. This file is only the
// composition root.
//
// Environment: TABLE_NAME, BUCKET_NAME, INPUT_PREFIX (default "articles/"), OUTPUT_PREFIX
// (default "text/"), MAX_BYTES (default 8 MiB), LEASE_SECONDS (default 960), EVENT_BUS_NAME
// (the EventBridge bus told of each finished article, a name or an ARN; unset, none is told;
// AWS_ENDPOINT_URL_EVENTBRIDGE overrides the endpoint).
package main

import (
	"log/slog"
	"os"
	"runtime/debug"
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
	clients, err := client.FromEnv()
	if err != nil {
		log.Error("start", "error", err.Error())
		os.Exit(1)
	}
	// A soft memory limit under the function's memory: the collector works harder on a large
	// article instead of Lambda ending the process.
	if mb := client.EnvInt("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", 0); mb > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(mb << 20 * 3 / 4)
	}
	var events ingest.Publisher
	if bus := os.Getenv("EVENT_BUS_NAME"); bus != "" {
		if events, err = eventbus.NewEventBridge(clients.Config, bus, os.Getenv("AWS_ENDPOINT_URL_EVENTBRIDGE")); err != nil {
			log.Error("start", "error", err.Error())
			os.Exit(1)
		}
	}
	svc, err := ingest.New(
		store.New(clients.DynamoDB, client.Env("TABLE_NAME", "precis-articles")),
		objects.New(clients.S3),
		ingest.Config{
			InputPrefix:  client.Env("INPUT_PREFIX", "articles/"),
			OutputPrefix: client.Env("OUTPUT_PREFIX", "text/"),
			MaxBytes:     client.EnvInt("MAX_BYTES", article.DefaultMaxBytes),
			Lease:        time.Duration(client.EnvInt("LEASE_SECONDS", 960)) * time.Second,
			Events:       events,
		},
		log,
	)
	if err != nil {
		log.Error("start", "error", err.Error())
		os.Exit(1)
	}
	lambda.Start(s3event.Handler(svc))
}

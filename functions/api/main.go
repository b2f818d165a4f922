// Command api is the Lambda function behind the HTTP API (payload format 2.0): the API's
// ServeMux run through the API Gateway adapter. This file is only the composition root.
//
// Environment: TABLE_NAME, BUCKET_NAME, INPUT_PREFIX (default "articles/"), MAX_BYTES,
// CURSOR_KEY (signs listing cursors; defaults to the table name, which makes cursors
// tamper-evident, not secret).
package main

import (
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/awsclient"
	"github.com/precis-news/precis/shared/objects"
	"github.com/precis-news/precis/shared/result"
	"github.com/precis-news/precis/shared/store"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	clients, err := awsclient.FromEnv()
	if err != nil {
		log.Error("start", "error", err.Error())
		os.Exit(1)
	}
	table := awsclient.Env("TABLE_NAME", "precis-articles")
	handler := api.New(store.New(clients.DynamoDB, table), objects.New(clients.S3), api.Config{
		Bucket:         awsclient.Env("BUCKET_NAME", ""),
		InputPrefix:    awsclient.Env("INPUT_PREFIX", "articles/"),
		MaxUploadBytes: awsclient.EnvInt("MAX_BYTES", result.DefaultMaxBytes),
		CursorKey:      []byte(awsclient.Env("CURSOR_KEY", table)),
	}, log)
	lambda.Start(httpadapter.NewV2(handler).ProxyWithContext)
}

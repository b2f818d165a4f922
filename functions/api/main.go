// Command api is the Lambda function behind the HTTP API (payload format 2.0): the API's
// ServeMux run through the API Gateway adapter. This file is only the composition root.
//
// Environment (a bad or missing value stops the function at start, naming it): TABLE_NAME
// and BUCKET_NAME (required), BUCKET_NAME, INPUT_PREFIX (default "articles/"), MAX_BYTES,
// CURSOR_KEY (signs listing cursors; defaults to the table name, which makes cursors
// tamper-evident, not secret), REQUEST_TIMEOUT_MS (each request's deadline, default 6000:
// well inside the function's timeout, so that an unresponsive DynamoDB or S3 gets a JSON
// error rather than Lambda's timeout), BASE_PATH (a custom domain's API mapping path, such
// as /prod, which API Gateway leaves in the request path; stripped when present).
package main

import (
	"context"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"log/slog"
	"net/http"
	"os"
	"regexp"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/client"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/store"
)

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	env := client.FromOS()
	timeout := time.Duration(env.Int("REQUEST_TIMEOUT_MS", 6000, 100, 30000)) * time.Millisecond
	base := env.String("BASE_PATH", "")
	if !basePath.MatchString(base) {
		env.Refuse("BASE_PATH", "empty or a path such as /prod")
	}
	clients := client.FromEnv(env, func(o *client.Options) {
		// A request's calls fit its deadline: three attempts of at most a third of it each
		// (the SDK's defaults, 5 attempts of 10 s, outlast the function).
		o.MaxAttempts = 3
		o.HTTPTimeout = timeout / 3
		o.RetryMaxBackoff = timeout / 10
	})
	table := env.Required("TABLE_NAME", "the articles table's name")
	cfg := api.Config{
		Bucket:         env.Required("BUCKET_NAME", "the articles bucket's name"),
		InputPrefix:    env.String("INPUT_PREFIX", "articles/"),
		MaxUploadBytes: env.Int("MAX_BYTES", article.DefaultMaxBytes, 1, 1<<30),
		CursorKey:      []byte(env.String("CURSOR_KEY", table)),
		SpeakerKeys:    quotes.LookupKeys,
	}
	if err := env.Err(); err != nil {
		log.Error("start", "error", err.Error())
		os.Exit(1)
	}
	handler := api.New(store.New(clients.DynamoDB, table), objects.New(clients.S3), cfg, log)
	lambda.Start(httpadapter.NewV2(withDeadline(stripBase(handler, base), timeout)).ProxyWithContext)
}

var basePath = regexp.MustCompile(`^(/[A-Za-z0-9._~-]+)*$`)

// withDeadline gives every request a deadline of timeout.
func withDeadline(next http.Handler, timeout time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// stripBase removes base from the front of request paths that carry it: API Gateway passes
// a custom domain's mapping path (rawPath "/prod/summaries") to the function. Paths without
// it, as on the API's own URL, are served unchanged.
func stripBase(next http.Handler, base string) http.Handler {
	if base == "" {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rest, ok := strings.CutPrefix(r.URL.Path, base); ok && (rest == "" || rest[0] == '/') {
			r2 := r.Clone(r.Context())
			r2.URL.Path, r2.URL.RawPath = "/"+strings.TrimPrefix(rest, "/"), ""
			next.ServeHTTP(w, r2)
			return
		}
		next.ServeHTTP(w, r)
	})
}

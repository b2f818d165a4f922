package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/checkout"
	"github.com/precis-news/precis/internal/devstack"
)

// Default loopback addresses of `precis local`.
const (
	defaultS3Addr       = "127.0.0.1:9000"
	defaultAPIAddr      = "127.0.0.1:8080"
	defaultDynamoDBAddr = "127.0.0.1:8000"
	defaultAPIURL       = "http://" + defaultAPIAddr
)

// localCmd runs the whole upload → summary → API flow on this machine until interrupted.
func localCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "bench" {
		return benchCmd(ctx, args[1:], stdout)
	}
	fs := newFlagSet("local", "")
	data := fs.String("data", ".precis", "folder where uploads and cleaned text persist")
	memory := fs.Bool("memory", false, "keep everything in memory (nothing persists)")
	s3Addr := fs.String("s3-addr", defaultS3Addr, "S3 endpoint address")
	apiAddr := fs.String("api-addr", defaultAPIAddr, "HTTP API address")
	ddbAddr := fs.String("dynamodb-addr", defaultDynamoDBAddr, "embedded DynamoDB endpoint address")
	ddbEndpoint := fs.String("dynamodb-endpoint", os.Getenv("PRECIS_DYNAMODB_ENDPOINT"), "use this DynamoDB endpoint (dynalite, DynamoDB Local, AWS) instead of the embedded one")
	workers := fs.Int("workers", 2, "articles summarised at once")
	logFormat := fs.String("log-format", "text", "text or json")
	drain := fs.Duration("drain", 30*time.Second, "at a stop, how long queued articles may take to finish")
	printEvents := fs.Bool("events", false, "print each article's event (as EventBridge delivers it) on standard output, one JSON line each")
	webhook := fs.String("webhook", "", "POST each article's event as JSON to this http(s) URL")
	if _, err := parseInterleaved(fs, args, stdout); err != nil {
		return err
	}
	// Events of the uploads a restart queues are held, as logs are, until the banner is out.
	eventsOut := &heldWriter{w: stdout, held: new(bytes.Buffer)}
	defer eventsOut.release()
	events, err := localEvents(*printEvents, *webhook, eventsOut)
	if err != nil {
		return err
	}
	if *workers < 1 || *drain < 0 {
		return fmt.Errorf("%w: --workers must be at least 1 and --drain not negative", errUsage)
	}
	if *memory && *ddbEndpoint != "" {
		// The records would outlive the uploads they summarise.
		return fmt.Errorf("%w: --memory keeps uploads in memory only, but the records would persist in --dynamodb-endpoint (or PRECIS_DYNAMODB_ENDPOINT) %s: use one or the other", errUsage, *ddbEndpoint)
	}
	// The stack logs from its start (the uploads a restart queues): hold its lines until
	// the banner is out.
	logs := &heldWriter{w: stderr, held: new(bytes.Buffer)}
	defer logs.release()
	log, err := newLogger(*logFormat, logs)
	if err != nil {
		return err
	}
	cfg := devstack.Config{
		Template: precis.Template,
		DataDir:  *data, S3Addr: *s3Addr, APIAddr: *apiAddr, DynamoDBAddr: *ddbAddr,
		DynamoDBEndpoint: *ddbEndpoint, Workers: *workers, Log: log, Events: events,
	}
	if *memory {
		cfg.DataDir = ""
	}
	st, err := devstack.Start(ctx, cfg)
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, banner(st, cfg)+eventsNote(*printEvents, *webhook))
	eventsOut.release()
	logs.release()
	<-ctx.Done()
	fmt.Fprintln(stdout, "stopping: queued articles may finish for", *drain)
	stopCtx, cancel := context.WithTimeout(context.Background(), *drain)
	defer cancel()
	return st.Shutdown(stopCtx)
}

// heldWriter keeps what is written to it until release, and from then on passes it through.
type heldWriter struct {
	mu   sync.Mutex
	w    io.Writer
	held *bytes.Buffer // nil once released
}

func (h *heldWriter) Write(p []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.held != nil {
		return h.held.Write(p)
	}
	return h.w.Write(p)
}

// release writes what was held and lets later writes through.
func (h *heldWriter) release() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.held != nil {
		_, _ = h.held.WriteTo(h.w)
		h.held = nil
	}
}

func newLogger(format string, w io.Writer) (*slog.Logger, error) {
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	}
	return nil, fmt.Errorf("%w: --log-format is text or json, not %q", errUsage, format)
}

// banner says where everything is, what to paste to try it, and what persists.
func banner(st *devstack.Stack, cfg devstack.Config) string {
	var suffixes []string
	seen := map[string]bool{}
	for _, n := range st.Deployment.Notifications {
		if !seen[n.Suffix] {
			seen[n.Suffix] = true
			suffixes = append(suffixes, n.Suffix)
		}
	}
	ddb := "embedded, in memory"
	if cfg.DynamoDBEndpoint != "" {
		ddb = "external"
	}
	api := st.APIURL
	var b strings.Builder
	fmt.Fprintf(&b, "Précis local stack\n")
	fmt.Fprintf(&b, "  S3        %s   bucket %s; uploads under %s (%s) are summarised\n", st.S3URL, st.Bucket, st.Deployment.InputPrefix, strings.Join(suffixes, " "))
	fmt.Fprintf(&b, "  DynamoDB  %s   table %s (%s)\n", st.DynamoDBURL, st.Table, ddb)
	fmt.Fprintf(&b, "  API       %s\n", st.APIURL)
	fmt.Fprintf(&b, "  Page      %s/   open in a browser: read summaries and quotes, upload by drag and drop\n\n", st.APIURL)
	fmt.Fprintf(&b, "Try:\n")
	fmt.Fprintf(&b, "  precis upload --api %s --wait FILE   # prints the article's id and key\n", api)
	fmt.Fprintf(&b, "  precis get --api %s ID               # or KEY\n", api)
	fmt.Fprintf(&b, "  curl -s '%s/summaries/ID'\n", api)
	fmt.Fprintf(&b, "  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local aws s3 cp FILE s3://%s/%s --endpoint-url %s --region %s\n", st.Bucket, st.Deployment.InputPrefix, st.S3URL, devstack.Region)
	fmt.Fprintf(&b, "  curl -s '%s/summaries?key=%sFILE'   # the key aws s3 cp writes\n", api, st.Deployment.InputPrefix)
	fmt.Fprintf(&b, "  curl -s '%s/summaries?limit=10'\n\n", api)
	switch {
	case cfg.DataDir == "":
		fmt.Fprintf(&b, "Nothing persists: uploads, cleaned text and records are in memory.\n")
	default:
		abs, _ := filepath.Abs(cfg.DataDir)
		fmt.Fprintf(&b, "Persists across restarts: uploads and cleaned text, in %s.\n", abs)
		if cfg.DynamoDBEndpoint == "" {
			fmt.Fprintf(&b, "Does not: records in the embedded DynamoDB; they are rebuilt from the uploads at each start.\n")
		} else {
			fmt.Fprintf(&b, "Records are in the DynamoDB at %s: they persist if it keeps them.\n", st.DynamoDBURL)
		}
	}
	if st.Recovered > 0 {
		fmt.Fprintf(&b, "Queued at start: %d uploads without a finished record.\n", st.Recovered)
	}
	fmt.Fprintf(&b, "Stop with Ctrl-C or kill -INT %d: queued articles finish, and what cannot is processed at the next start.\n\n", os.Getpid())
	return b.String()
}

// benchCmd uploads many articles to an in-memory stack and reports latency and throughput.
func benchCmd(ctx context.Context, args []string, stdout io.Writer) error {
	fs := newFlagSet("local bench", "[FILE]")
	n := fs.Int("n", 1000, "uploads")
	concurrency := fs.Int("c", 8, "concurrent uploads")
	workers := fs.Int("workers", 2, "articles summarised at once")
	timeout := fs.Duration("timeout", 10*time.Minute, "how long to wait for every summary")
	files, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	if *n < 1 || *concurrency < 1 || *workers < 1 || *timeout <= 0 {
		return fmt.Errorf("%w: -n, -c and --workers must be at least 1 and --timeout positive", errUsage)
	}
	var article []byte
	switch len(files) {
	case 0:
		article, err = os.ReadFile(filepath.Join(checkout.SharedDir(), checkout.SampleArticle))
		if err != nil {
			return fmt.Errorf("%w: give an article file (the sample in ../shared is not here: %v)", errUsage, err)
		}
	case 1:
		if article, err = os.ReadFile(files[0]); err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w: one article file at most", errUsage)
	}
	st, err := devstack.Start(ctx, devstack.Config{Template: precis.Template, Workers: *workers})
	if err != nil {
		return err
	}
	defer st.Shutdown(context.Background())
	// Each upload differs (a numbered first line), so none is a duplicate of another.
	res, err := devstack.Load(ctx, st, *n, *concurrency, *timeout, func(i int) []byte {
		return append(fmt.Appendf(nil, "Article number %d.\n\n", i), article...)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s\n(%d upload workers, %d summarize workers)\n", res, *concurrency, *workers)
	if res.Lost > 0 {
		return errors.New("articles were lost")
	}
	return nil
}

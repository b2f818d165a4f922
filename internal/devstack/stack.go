// Package devstack runs the whole product on one machine with no AWS account, the way it
// runs in AWS: an S3-compatible server (gofakes3, persisted in a data folder) that invokes
// the summarize function's handler with real S3 events under the notification filters of
// template.yaml, a DynamoDB-compatible server (minidyn, embedded, or any endpoint), and the
// HTTP API's handler on localhost.
//
// The S3 endpoint checks every request's Signature Version 4 as S3 does, with the key pair
// AccessKeyID/SecretAccessKey: in the Authorization header (the stack's clients, the AWS
// CLI), in a presigned URL (uploads through the API), or chunk by chunk for streamed uploads.
// A presigned upload with another key, length or content type than signed is refused, so
// that presigned-URL abuse can be tried here as against AWS. The key pair is public, so the
// endpoint refuses a request over MaxRequestBytes before reading it, and allows CORS from the
// stack's own page only; the API answers its own loopback names only (no DNS rebinding).
//
// Uploads and cleaned text persist in the data folder. Records in the embedded DynamoDB do
// not: at start every upload without a finished record of its current version is processed
// again, so summaries come back after a restart, and an upload accepted but not processed
// before a stop is never lost.
package devstack

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
	bolt "go.etcd.io/bbolt"

	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/client"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/ingest"
)

// Region is the region the local clients sign for.
const Region = "us-east-1"

// Config configures a local stack. Zero values take the defaults.
type Config struct {
	// Template is the SAM template the stack stands in for (template.yaml, embedded as
	// precis.Template): its S3 notifications and parameter defaults configure the stack.
	Template []byte
	// DataDir is where uploads and cleaned text persist; empty keeps them in memory.
	DataDir string
	// Bucket and Table name the bucket and the table (default "precis-local" for both).
	Bucket, Table string
	// S3Addr, APIAddr and DynamoDBAddr are the loopback addresses to listen on; port 0 takes
	// a free port.
	S3Addr, APIAddr, DynamoDBAddr string
	// DynamoDBEndpoint, when set, is used instead of the embedded server: dynalite, DynamoDB
	// Local or AWS itself.
	DynamoDBEndpoint string
	// Workers is how many articles are summarised at once (default 2).
	Workers int
	// Log receives the stack's logs, one line per article processed among them.
	Log *slog.Logger
	// Events, when set, is told of each article that reaches done or failed, as EventBridge
	// is in AWS.
	Events ingest.Publisher
}

// Processed reports one article's processing.
type Processed struct {
	Key, ID string
	// Status is the stored status, or "removed" after a removal.
	Status string
	Reason string
	// Took is from the event to the result, retries included.
	Took time.Duration
	// Err is set when the event failed after its retries: the article stays pending and is
	// processed again at the next start.
	Err error
}

// Stack is a running local stack.
type Stack struct {
	// S3URL, APIURL and DynamoDBURL are the endpoints.
	S3URL, APIURL, DynamoDBURL string
	Bucket, Table              string
	Deployment                 Deployment
	// S3 and DynamoDB are clients for the stack's servers.
	S3       *s3.Client
	DynamoDB *dynamodb.Client
	// Recovered is how many uploads were queued at start for want of a finished record.
	Recovered int

	cfg     Config
	log     *slog.Logger
	backend gofakes3.Backend
	db      *bolt.DB
	svc     *ingest.Service
	store   *store.DynamoDB
	servers []*http.Server
	api     *http.Server
	// apiAddr is the API's listening address, known before any server serves.
	apiAddr string
	// intake guards accepting against the queue's closing: writes hold it for reading.
	intake    sync.RWMutex
	closed    bool
	queue     chan events.S3Event
	workers   sync.WaitGroup
	ctx       context.Context
	cancel    context.CancelFunc
	lastSeq   atomic.Int64
	stopOnce  sync.Once
	obsMu     sync.Mutex
	observers []func(Processed)
}

// OnProcessed registers f to be called after each article is processed.
func (s *Stack) OnProcessed(f func(Processed)) {
	s.obsMu.Lock()
	defer s.obsMu.Unlock()
	s.observers = append(s.observers, f)
}

// Start starts the servers, queues the uploads left unprocessed by an earlier run, and
// returns when every endpoint accepts connections.
func Start(ctx context.Context, cfg Config) (*Stack, error) {
	dep, err := FromTemplate(cfg.Template, "SummarizeFunction")
	if err != nil {
		return nil, err
	}
	cfg = withDefaults(cfg)
	s := &Stack{Bucket: cfg.Bucket, Table: cfg.Table, Deployment: dep, cfg: cfg, log: cfg.Log, queue: make(chan events.S3Event, 1024)}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	ok := false
	defer func() {
		if !ok {
			_ = s.Shutdown(context.Background())
		}
	}()

	// The API's address first: the S3 endpoint allows CORS from its page only.
	apiL, err := net.Listen("tcp", cfg.APIAddr)
	if err != nil {
		return nil, fmt.Errorf("devstack: API: %w", err)
	}
	defer func() {
		if !ok {
			_ = apiL.Close()
		}
	}()
	s.apiAddr = apiL.Addr().String()
	if err := s.startS3(); err != nil {
		return nil, err
	}
	if s.DynamoDBURL = cfg.DynamoDBEndpoint; s.DynamoDBURL == "" {
		if s.DynamoDBURL, err = s.serve(cfg.DynamoDBAddr, EmbeddedDynamoDB()); err != nil {
			return nil, fmt.Errorf("devstack: DynamoDB: %w", err)
		}
	}
	clients := client.New(client.Options{
		Region: Region, AccessKeyID: AccessKeyID, SecretAccessKey: SecretAccessKey,
		S3Endpoint: s.S3URL, DynamoDBEndpoint: s.DynamoDBURL, PathStyle: true,
	})
	s.S3, s.DynamoDB = clients.S3, clients.DynamoDB
	if err := store.CreateTable(ctx, s.DynamoDB, cfg.Table); err != nil {
		return nil, fmt.Errorf("devstack: %w", err)
	}
	s.store = store.New(s.DynamoDB, cfg.Table)
	obj := objects.New(s.S3)
	s.svc, err = ingest.New(s.store, obj, ingest.Config{
		InputPrefix: dep.InputPrefix, OutputPrefix: dep.OutputPrefix, MaxBytes: dep.MaxBytes,
		// Longer than an invocation, as in AWS; short, so that an article a killed process
		// left pending is taken over soon.
		Lease:  2 * time.Minute,
		Events: cfg.Events,
	}, s.log)
	if err != nil {
		return nil, err
	}
	handler, stopReprocessing := s.reprocessRoute(api.New(s.store, obj, api.Config{
		Bucket: cfg.Bucket, InputPrefix: dep.InputPrefix, MaxUploadBytes: dep.MaxBytes, CursorKey: []byte(cfg.Table),
		UploadOrigins: []string{s.S3URL}, SpeakerKeys: quotes.LookupKeys,
	}, s.log))
	s.APIURL = s.serveOn(apiL, handler)
	s.api = s.servers[len(s.servers)-1]
	s.api.RegisterOnShutdown(stopReprocessing)
	for range cfg.Workers {
		s.workers.Add(1)
		go s.work()
	}
	if s.Recovered, err = s.recover(ctx); err != nil {
		return nil, err
	}
	ok = true
	return s, nil
}

func withDefaults(cfg Config) Config {
	def := func(v *string, d string) {
		if *v == "" {
			*v = d
		}
	}
	def(&cfg.Bucket, "precis-local")
	def(&cfg.Table, "precis-local")
	def(&cfg.S3Addr, "127.0.0.1:0")
	def(&cfg.APIAddr, "127.0.0.1:0")
	def(&cfg.DynamoDBAddr, "127.0.0.1:0")
	if cfg.Workers <= 0 {
		cfg.Workers = 2
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return cfg
}

// startS3 opens the backend and serves it, with notifications.
func (s *Stack) startS3() error {
	if s.cfg.DataDir == "" {
		s.backend = s3mem.New()
	} else {
		if err := os.MkdirAll(s.cfg.DataDir, 0o700); err != nil {
			return fmt.Errorf("devstack: data folder: %w", err)
		}
		path := filepath.Join(s.cfg.DataDir, "s3.db")
		db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
		if err != nil {
			return fmt.Errorf("devstack: open %s (is another precis local using it?): %w", path, err)
		}
		s.db = db
		s.backend = newBoltBackend(db)
	}
	if exists, err := s.backend.BucketExists(s.cfg.Bucket); err != nil {
		return fmt.Errorf("devstack: bucket: %w", err)
	} else if !exists {
		if err := s.backend.CreateBucket(s.cfg.Bucket); err != nil {
			return fmt.Errorf("devstack: create bucket: %w", err)
		}
	}
	var err error
	// Every request is signed, as in S3: the stack's own clients and the AWS CLI sign with
	// the local keys, uploads through the API with the URLs it presigns.
	auth := signer{accessKeyID: AccessKeyID, secret: SecretAccessKey, region: Region, now: time.Now}
	if s.S3URL, err = s.serve(s.cfg.S3Addr, s.cors(auth.wrap(s.notify(gofakes3.New(s.backend).Server())))); err != nil {
		return fmt.Errorf("devstack: S3: %w", err)
	}
	return nil
}

// serve serves h on addr and returns its URL.
func (s *Stack) serve(addr string, h http.Handler) (string, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return "", err
	}
	return s.serveOn(l, h), nil
}

// serveOn serves h on l and returns its URL.
func (s *Stack) serveOn(l net.Listener, h http.Handler) string {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	s.servers = append(s.servers, srv)
	go func() { _ = srv.Serve(l) }()
	return "http://" + l.Addr().String()
}

// notify wraps the S3 server: after each successful write or delete of an object in the
// bucket, it queues the event S3 would send, when template.yaml's filters send it.
func (s *Stack) notify(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		var batch []string
		if r.Method == http.MethodPost && q.Has("delete") {
			body, err := io.ReadAll(io.LimitReader(r.Body, 4<<20))
			if err != nil {
				http.Error(w, "bad request body", http.StatusBadRequest)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			batch = deletedKeys(body)
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			// A write and its event are one step for Shutdown: none is accepted unqueued.
			// Writes that send no event (the summarizer's own cleaned text, while queued
			// articles finish) go on.
			s.intake.RLock()
			defer s.intake.RUnlock()
			if s.closed && s.notifies(r.URL.Path, batch) {
				w.Header().Set("Retry-After", "5")
				http.Error(w, "the local stack is stopping", http.StatusServiceUnavailable)
				return
			}
		}
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		if sw.status >= 300 {
			return
		}
		bucket, key, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
		if bucket != s.cfg.Bucket {
			return
		}
		switch {
		case r.Method == http.MethodPut && key != "" && !q.Has("partNumber") && !q.Has("uploadId") && !q.Has("tagging") && !q.Has("acl"):
			name := "ObjectCreated:Put"
			if r.Header.Get("X-Amz-Copy-Source") != "" {
				name = "ObjectCreated:Copy"
			}
			s.created(bucket, key, name)
		case r.Method == http.MethodPost && key != "" && q.Has("uploadId"):
			s.created(bucket, key, "ObjectCreated:CompleteMultipartUpload")
		case r.Method == http.MethodDelete && key != "" && !q.Has("uploadId"):
			s.removed(bucket, key)
		case batch != nil:
			for _, k := range batch {
				s.removed(bucket, k)
			}
		}
	})
}

// notifies reports whether a write to path (or a DeleteObjects of batch) may send an event
// under the template's filters.
func (s *Stack) notifies(path string, batch []string) bool {
	if batch != nil {
		return true
	}
	bucket, key, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	if bucket != s.cfg.Bucket || key == "" {
		return bucket == s.cfg.Bucket // bucket-level writes: refused as before
	}
	return s.Deployment.Matches("ObjectCreated:Put", key) || s.Deployment.Matches("ObjectRemoved:Delete", key)
}

func (s *Stack) created(bucket, key, name string) {
	if !s.Deployment.Matches(name, key) {
		return
	}
	obj, err := s.backend.HeadObject(bucket, key)
	if err != nil {
		s.log.Error("object written but not readable", "key", key, "error", err.Error())
		return
	}
	s.enqueue(name, bucket, key, obj.Size, hex.EncodeToString(obj.Hash))
}

func (s *Stack) removed(bucket, key string) {
	if s.Deployment.Matches("ObjectRemoved:Delete", key) {
		s.enqueue("ObjectRemoved:Delete", bucket, key, 0, "")
	}
}

// enqueue queues the event S3 sends for name on key (callers have checked the template's
// filters). It blocks when the queue is full, which holds back the upload's response:
// backpressure rather than unbounded memory.
func (s *Stack) enqueue(name, bucket, key string, size int64, etag string) {
	s.queue <- s.event(name, bucket, key, size, etag)
}

// event builds the S3 event as S3 sends it (the key URL-encoded, spaces as "+") and decodes
// it as Lambda does, so the handler sees exactly what it sees in AWS.
func (s *Stack) event(name, bucket, key string, size int64, etag string) events.S3Event {
	raw, _ := json.Marshal(events.S3Event{Records: []events.S3EventRecord{{
		EventVersion: "2.1", EventSource: "aws:s3", AWSRegion: Region, EventTime: time.Now().UTC(), EventName: name,
		S3: events.S3Entity{
			SchemaVersion: "1.0", ConfigurationID: "precis-local",
			Bucket: events.S3Bucket{Name: bucket, Arn: "arn:aws:s3:::" + bucket},
			Object: events.S3Object{
				Key:  strings.ReplaceAll(url.QueryEscape(key), "%2F", "/"),
				Size: size, ETag: etag, Sequencer: s.sequencer(),
			},
		},
	}}})
	var ev events.S3Event
	_ = json.Unmarshal(raw, &ev)
	return ev
}

// sequencer is increasing, across restarts too (it starts from the clock), like S3's for one
// key.
func (s *Stack) sequencer() string {
	for {
		last := s.lastSeq.Load()
		next := max(last+1, time.Now().UnixNano())
		if s.lastSeq.CompareAndSwap(last, next) {
			return fmt.Sprintf("%016X", next)
		}
	}
}

// work runs the summarize handler on queued events, retrying a failed one twice with
// backoff as Lambda does for asynchronous invocations.
func (s *Stack) work() {
	defer s.workers.Done()
	for ev := range s.queue {
		if s.ctx.Err() != nil {
			continue // stopping: what is left stays for the next start
		}
		r := ev.Records[0]
		start := time.Now()
		var err error
		for attempt := range 3 {
			if attempt > 0 {
				select {
				case <-s.ctx.Done():
				case <-time.After(time.Duration(attempt) * time.Second):
				}
			}
			if s.ctx.Err() != nil {
				break
			}
			ctx, cancel := context.WithTimeout(s.ctx, 60*time.Second) // the function's timeout
			err = s.svc.Handle(ctx, s3event.Changes(ev)...)
			cancel()
			if err == nil {
				break
			}
		}
		s.report(r, time.Since(start), err)
	}
}

// report tells the observers how an article ended. The handler itself logs each article's
// outcome, as in Lambda; only a failure after the retries is logged here.
func (s *Stack) report(r events.S3EventRecord, took time.Duration, err error) {
	key := r.S3.Object.URLDecodedKey
	if err != nil {
		s.log.Error("article not processed; it is retried at the next start", "key", key, "error", err.Error())
	}
	s.obsMu.Lock()
	obs := slices.Clone(s.observers)
	s.obsMu.Unlock()
	if len(obs) == 0 {
		return // nobody asks for the stored status: no need to read it
	}
	p := Processed{Key: key, ID: article.ID(r.S3.Bucket.Name, key), Took: took, Err: err}
	switch {
	case err != nil:
		p.Status = string(article.Pending)
	case strings.HasPrefix(r.EventName, "ObjectRemoved:"):
		p.Status = "removed"
	default:
		rec, gerr := s.store.Get(context.Background(), p.ID)
		if gerr != nil {
			p.Status, p.Err = "unknown", gerr
		} else {
			p.Status, p.Reason = string(rec.Status), rec.Reason
		}
	}
	for _, f := range obs {
		f(p)
	}
}

// recover queues every upload under the input prefix whose record is missing, pending, or of
// another version: what a stop left unprocessed, and, with the embedded DynamoDB, everything.
func (s *Stack) recover(ctx context.Context) (int, error) {
	n := 0
	pages := s3.NewListObjectsV2Paginator(s.S3, &s3.ListObjectsV2Input{Bucket: aws.String(s.cfg.Bucket), Prefix: aws.String(s.Deployment.InputPrefix)})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return n, fmt.Errorf("devstack: list uploads: %w", err)
		}
		for _, o := range page.Contents {
			key := aws.ToString(o.Key)
			if !s.Deployment.Matches("ObjectCreated:Put", key) {
				continue
			}
			etag := strings.Trim(aws.ToString(o.ETag), `"`)
			rec, err := s.store.Get(ctx, article.ID(s.cfg.Bucket, key))
			switch {
			case errors.Is(err, article.ErrNotFound):
				if err := s.dropTexts(ctx, article.ID(s.cfg.Bucket, key)); err != nil {
					return n, err
				}
			case err != nil:
				return n, fmt.Errorf("devstack: read record of %s: %w", key, err)
			case rec.Status != article.Pending && rec.ETag == etag:
				continue
			}
			ev := s.event("ObjectCreated:Put", s.cfg.Bucket, key, aws.ToInt64(o.Size), etag)
			// The upload's own time, as S3's event has it: the listing keeps its order.
			ev.Records[0].EventTime = aws.ToTime(o.LastModified).UTC()
			s.queue <- ev
			n++
		}
	}
	return n, nil
}

// Shutdown stops taking uploads and API requests, then lets the queued articles finish
// until ctx ends; what is not finished by then stays pending (or unrecorded) and is processed
// at the next start. Nothing accepted is lost.
func (s *Stack) Shutdown(ctx context.Context) error {
	var err error
	s.stopOnce.Do(func() {
		s.intake.Lock()
		s.closed = true
		close(s.queue)
		s.intake.Unlock()
		if s.api != nil {
			err = s.api.Shutdown(ctx)
		}
		done := make(chan struct{})
		go func() { s.workers.Wait(); close(done) }()
		select {
		case <-done:
		case <-ctx.Done():
			s.cancel()
			<-done
		}
		s.close()
	})
	return err
}

// close releases what Start opened.
func (s *Stack) close() {
	s.cancel()
	for _, srv := range s.servers {
		_ = srv.Close()
	}
	if s.db != nil {
		_ = s.db.Close()
	}
}

// deletedKeys reads the keys of a DeleteObjects request body.
func deletedKeys(body []byte) []string {
	var req struct {
		Objects []struct {
			Key string `xml:"Key"`
		} `xml:"Object"`
	}
	if xml.Unmarshal(body, &req) != nil {
		return nil
	}
	keys := make([]string, len(req.Objects))
	for i, o := range req.Objects {
		keys[i] = o.Key
	}
	return keys
}

// statusWriter records the status code a handler writes.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

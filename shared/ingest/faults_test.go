package ingest_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/truora/minidyn/server"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/client"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/ingest"
)

// lambdaRetries is how many times Lambda retries a failed asynchronous invocation
// (template.yaml's MaximumRetryAttempts) before the event goes to the on-failure queue.
const lambdaRetries = 2

// faultEnv is the summarize handler with S3 and DynamoDB behind fault-injecting proxies.
type faultEnv struct {
	svc       *ingest.Service
	direct    *store.DynamoDB // the store without faults, to check the outcome
	s3        *s3.Client      // S3 without faults, to upload
	s3p, ddbp *testserver.FaultProxy
	// invocation is the function's timeout; the claim's lease is twice as long and Lambda's
	// retries come one and two timeouts later (template.yaml: a 60 s timeout and
	// LEASE_SECONDS 120; AWS retries after one and two minutes).
	invocation time.Duration

	mu   sync.Mutex
	errs map[string]int // failed invocations by cause
}

// errKind names the cause of a failed invocation.
func errKind(err error) string {
	switch {
	case errors.Is(err, ingest.ErrInProgress):
		return "in progress elsewhere"
	case errors.Is(err, context.DeadlineExceeded):
		return "deadline"
	}
	return "injected error"
}

func newFaultEnv(t *testing.T) *faultEnv {
	t.Helper()
	s3srv := testserver.StartS3(t, bucket)
	ddb := httptest.NewServer(server.NewServer())
	t.Cleanup(ddb.Close)
	direct := testserver.DynamoDBClient(ddb.URL)
	if err := store.CreateTable(context.Background(), direct, "articles"); err != nil {
		t.Fatal(err)
	}
	e := &faultEnv{
		direct: store.New(direct, "articles"), s3: s3srv.Client,
		s3p: testserver.StartFaultProxy(t, s3srv.URL, 1), ddbp: testserver.StartFaultProxy(t, ddb.URL, 2),
		invocation: time.Second,
	}
	e.s3p.Hold, e.ddbp.Hold = 3*e.invocation, 3*e.invocation // past every deadline
	// The functions' own clients (package client, the SDK's standard retryer with backoff), with
	// the backoff capped so that a thousand articles fit in a test.
	clients := client.New(client.Options{
		Region: testserver.Region, AccessKeyID: "test", SecretAccessKey: "test",
		S3Endpoint: e.s3p.URL, DynamoDBEndpoint: e.ddbp.URL, PathStyle: true, RetryMaxBackoff: 100 * time.Millisecond,
	})
	svc, err := ingest.New(store.New(clients.DynamoDB, "articles"), objects.New(clients.S3), ingest.Config{
		InputPrefix: "articles/", OutputPrefix: "text/", MaxBytes: 1 << 20, Lease: 2 * time.Second, Reserve: 300 * time.Millisecond,
	}, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	e.svc = svc
	e.errs = map[string]int{}
	return e
}

// deliver invokes the handler as Lambda does an asynchronous event: with the function's
// timeout as the context's deadline, retried twice on error. It reports false when the
// event would go to the on-failure queue.
func (e *faultEnv) deliver(ev events.S3Event) (attempts int, ok bool) {
	for attempts = 1; attempts <= 1+lambdaRetries; attempts++ {
		if attempts > 1 {
			time.Sleep(time.Duration(attempts-1) * e.invocation)
		}
		ctx, cancel := context.WithTimeout(context.Background(), e.invocation)
		err := e.svc.Handle(ctx, s3event.Changes(ev)...)
		cancel()
		if err == nil {
			return attempts, true
		}
		e.mu.Lock()
		e.errs[errKind(err)]++
		e.mu.Unlock()
	}
	return attempts - 1, false
}

func createdEvent(key, seq string, size int) events.S3Event {
	return events.S3Event{Records: []events.S3EventRecord{{
		EventName: "ObjectCreated:Put",
		S3: events.S3Entity{
			Bucket: events.S3Bucket{Name: bucket},
			Object: events.S3Object{Key: key, URLDecodedKey: key, Size: int64(size), Sequencer: seq},
		},
	}}}
}

// TestFaultRun uploads a thousand articles, fails a fifth of all S3 and DynamoDB requests
// in every way the proxies know, and accounts for every article: done with its own content,
// or dead-lettered after Lambda's retries (and then done when the queue is redriven).
// Nothing is lost and nothing is processed twice into conflicting results.
func TestFaultRun(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	e := newFaultEnv(t)
	sample := fixture.Read(t, fixture.SampleArticle)
	keys, hashes, evs := make([]string, n), make([]string, n), make([]events.S3Event, n)
	for i := range n {
		body := append(fmt.Appendf(nil, "Article number %d.\n\n", i), sample...)
		keys[i] = fmt.Sprintf("articles/fault/%04d.txt", i)
		sum := sha256.Sum256(body)
		hashes[i] = hex.EncodeToString(sum[:])
		if _, err := e.s3.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(keys[i]), Body: bytes.NewReader(body)}); err != nil {
			t.Fatal(err)
		}
		evs[i] = createdEvent(keys[i], fmt.Sprintf("%018X", i+1), len(body))
	}

	e.s3p.SetRate(0.2)
	e.ddbp.SetRate(0.2)
	var (
		mu       sync.Mutex
		dlq      []int
		attempts int
		wg       sync.WaitGroup
		next     = make(chan int)
	)
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, ok := e.deliver(evs[i])
				mu.Lock()
				attempts += a
				if !ok {
					dlq = append(dlq, i)
				}
				mu.Unlock()
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	e.s3p.SetRate(0)
	e.ddbp.SetRate(0)

	inDLQ := map[int]bool{}
	for _, i := range dlq {
		inDLQ[i] = true
	}
	done, pending, failed, conflicting, lost := 0, 0, 0, 0, 0
	ctx := context.Background()
	for i, k := range keys {
		rec, err := e.direct.Get(ctx, article.ID(bucket, k))
		switch {
		case errors.Is(err, article.ErrNotFound), err == nil && rec.Status == article.Pending:
			pending++
			if !inDLQ[i] {
				lost++
				t.Errorf("%s: pending after a successful delivery", k)
			}
		case err != nil:
			t.Fatal(err)
		case rec.Status == article.Failed:
			failed++
			t.Errorf("%s: failed (%s): a transient fault became a final failure", k, rec.Reason)
		case rec.ContentHash != hashes[i] || len(rec.Summarize(3, 0)) != 3:
			conflicting++
			t.Errorf("%s: done with another article's content or no summary", k)
		default:
			done++
		}
	}
	s3Requests, s3Faults := e.s3p.Counts()
	ddbRequests, ddbFaults := e.ddbp.Counts()
	t.Logf("%d articles, 20%% faults: S3 %d requests, injected %v; DynamoDB %d requests, injected %v",
		n, s3Requests, s3Faults, ddbRequests, ddbFaults)
	t.Logf("%d invocations; after the run: %d done, %d pending, %d failed, %d conflicting, %d lost; %d dead-lettered",
		attempts, done, pending, failed, conflicting, lost, len(dlq))

	t.Logf("failed invocations by cause: %v", e.errs)
	// Redrive the on-failure queue with the faults gone: everything ends done.
	for _, i := range dlq {
		if _, ok := e.deliver(evs[i]); !ok {
			t.Errorf("%s: the redriven event failed again", keys[i])
		}
	}
	for i, k := range keys {
		if rec, err := e.direct.Get(ctx, article.ID(bucket, k)); err != nil || rec.Status != article.Done || rec.ContentHash != hashes[i] {
			t.Errorf("%s after the redrive: %v %v", k, rec.Status, err)
		}
	}
}

// TestDuplicatesAndOutOfOrder delivers the same event three times at once, then an older
// upload's event, each as Lambda would (with retries): the newest version is stored, once.
func TestDuplicatesAndOutOfOrder(t *testing.T) {
	e := newFaultEnv(t)
	sample := fixture.Read(t, fixture.SampleArticle)
	key := "articles/dup.txt"
	if _, err := e.s3.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key), Body: bytes.NewReader(sample)}); err != nil {
		t.Fatal(err)
	}
	newer := createdEvent(key, "0055AED6DCD90281E5", len(sample))
	var wg sync.WaitGroup
	var attempts [3]int
	for i := range attempts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var ok bool
			attempts[i], ok = e.deliver(newer)
			if !ok {
				t.Errorf("delivery %d failed after its retries", i)
			}
		}()
	}
	wg.Wait()
	rec, err := e.direct.Get(context.Background(), article.ID(bucket, key))
	if err != nil || rec.Status != article.Done {
		t.Fatalf("after three deliveries: %v %v", rec.Status, err)
	}
	first := rec.UpdatedAt
	// The older upload's event, late: it changes nothing.
	if _, ok := e.deliver(createdEvent(key, "0055AED6DCD902", 10)); !ok {
		t.Error("the older event failed")
	}
	if again, _ := e.direct.Get(context.Background(), rec.ID); !again.UpdatedAt.Equal(first) || again.Sequencer != article.Sequencer("0055AED6DCD90281E5") {
		t.Errorf("an older or duplicate event rewrote the record")
	}
	t.Logf("three concurrent deliveries took %v invocations; the newest stored once", attempts)
}

package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/ingest"
)

const bucket = "precis-test"

type env struct {
	svc   *ingest.Service
	st    *store.DynamoDB
	db    *dynamodb.Client
	s3    *s3.Client
	event events.S3Event
	key   string
}

func setup(t testing.TB) *env {
	t.Helper()
	return setupOn(t, testserver.StartUseCaseDynamoDB(t).Client)
}

// setupOn is the handler on the in-process S3 and the DynamoDB server of client.
func setupOn(t testing.TB, client *dynamodb.Client) *env {
	t.Helper()
	s3srv := testserver.StartS3(t, bucket)
	ctx := context.Background()
	if err := store.CreateTable(ctx, client, "articles"); err != nil {
		t.Fatal(err)
	}
	st := store.New(client, "articles")
	svc, err := ingest.New(st, objects.New(s3srv.Client), ingest.Config{InputPrefix: "articles/", OutputPrefix: "text/", MaxBytes: 1 << 20}, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../../testdata/events/s3-put.json")
	if err != nil {
		t.Fatal(err)
	}
	var ev events.S3Event
	if err := json.Unmarshal(raw, &ev); err != nil {
		t.Fatal(err)
	}
	return &env{svc: svc, st: st, db: client, s3: s3srv.Client, event: ev, key: ev.Records[0].S3.Object.URLDecodedKey}
}

func (e *env) upload(t testing.TB, key string, body []byte) {
	t.Helper()
	if _, err := e.s3.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key), Body: bytes.NewReader(body)}); err != nil {
		t.Fatal(err)
	}
}

func (e *env) eventFor(seq string, size int, name string) events.S3Event {
	ev := e.event
	ev.Records = append([]events.S3EventRecord(nil), e.event.Records...)
	ev.Records[0].S3.Object.Sequencer = seq
	ev.Records[0].S3.Object.Size = int64(size)
	ev.Records[0].EventName = name
	return ev
}

func TestSampleArticleEndToEnd(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	if e.key != "articles/my article été (draft)+1.txt" {
		t.Fatalf("URL-decoded key = %q", e.key)
	}
	sample := fixture.Read(t, fixture.SampleArticle)
	e.upload(t, e.key, sample)
	ev := e.eventFor("0055AED6DCD90281E5", len(sample), "ObjectCreated:Put")
	if err := e.svc.Handle(ctx, s3event.Changes(ev)...); err != nil {
		t.Fatal(err)
	}
	rec, err := e.st.Get(ctx, article.ID(bucket, e.key))
	if err != nil {
		t.Fatal(err)
	}
	if rec.Status != article.Done || rec.Publisher != "The Washington Times" || len(rec.Summarize(3, 0)) != 3 || len(rec.Quotes) != 16 {
		t.Fatalf("record: status %s publisher %q summary %d quotes %d", rec.Status, rec.Publisher, len(rec.Summarize(3, 0)), len(rec.Quotes))
	}
	// The cleaned text is under the output prefix, the original untouched.
	out, err := e.s3.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(rec.TextKey)})
	if err != nil || !strings.HasPrefix(rec.TextKey, "text/") {
		t.Fatalf("text object %q: %v", rec.TextKey, err)
	}
	text, _ := io.ReadAll(out.Body)
	if !strings.HasPrefix(string(text), "Russia launched dozens") {
		t.Errorf("text object starts %.40q", text)
	}
	orig, _ := e.s3.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(e.key)})
	if b, _ := io.ReadAll(orig.Body); !bytes.Equal(b, sample) {
		t.Errorf("the original object changed")
	}

	// A duplicate delivery writes nothing.
	if err := e.svc.Handle(ctx, s3event.Changes(ev)...); err != nil {
		t.Fatal(err)
	}
	again, _ := e.st.Get(ctx, rec.ID)
	if !again.UpdatedAt.Equal(rec.UpdatedAt) {
		t.Errorf("a duplicate event rewrote the record")
	}
	// An older upload's event arriving late does not overwrite the newer result.
	e.upload(t, e.key, []byte("An older version of the article that must not win, with enough words to summarise it."))
	if err := e.svc.Handle(ctx, s3event.Changes(e.eventFor("0055AED6DCD90281", 50, "ObjectCreated:Put"))...); err != nil {
		t.Fatal(err)
	}
	if got, _ := e.st.Get(ctx, rec.ID); got.Publisher != "The Washington Times" {
		t.Errorf("an older event overwrote the newer result")
	}
	// Removal deletes the record and the text.
	if _, err := e.s3.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(bucket), Key: aws.String(e.key)}); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Handle(ctx, s3event.Changes(e.eventFor("0055AED6DCD90281F0", 0, "ObjectRemoved:Delete"))...); err != nil {
		t.Fatal(err)
	}
	if _, err := e.st.Get(ctx, rec.ID); !errors.Is(err, article.ErrNotFound) {
		t.Errorf("record after removal: %v", err)
	}
	if _, err := e.s3.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(rec.TextKey)}); err == nil {
		t.Errorf("text object survived the removal")
	}
}

func TestBadArticlesFailWithAReason(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	cases := []struct {
		name   string
		body   []byte
		size   int
		reason string
	}{
		{"pdf", []byte("%PDF-1.7\n1 0 obj"), 16, "not a text, HTML or Markdown article (PDF file)"},
		{"empty", []byte(" \n "), 3, "No article text"},
		{"too large by the event", []byte("small"), 2 << 20, "limit is 1048576 bytes"},
		{"too large when read", bytes.Repeat([]byte("word "), 300_000), 10, "over the 1048576-byte limit"},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			key := "articles/bad-" + c.name
			e.upload(t, key, c.body)
			ev := e.eventFor("00A"+string(rune('0'+i)), c.size, "ObjectCreated:Put")
			ev.Records[0].S3.Object.Key = strings.ReplaceAll(key, " ", "+")
			ev.Records[0].S3.Object.URLDecodedKey = key
			if err := e.svc.Handle(ctx, s3event.Changes(ev)...); err != nil {
				t.Fatalf("a bad article is not a retryable error: %v", err)
			}
			rec, err := e.st.Get(ctx, article.ID(bucket, key))
			if err != nil || rec.Status != article.Failed || !strings.Contains(rec.Reason, c.reason) {
				t.Errorf("record %+v, %v; want failed with %q", rec.Reason, err, c.reason)
			}
		})
	}
}

func TestTransientFailureLeavesPendingForRetry(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	// Objects on an endpoint that refuses connections: a transient failure.
	dead := objects.New(testserver.S3Client("http://127.0.0.1:1"))
	// A lease far longer than the test: the failed invocation releases its claim, so the
	// retry need not wait it out.
	svc, err := ingest.New(e.st, dead, ingest.Config{InputPrefix: "articles/", OutputPrefix: "text/", Lease: time.Hour}, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	ev := e.eventFor("00B1", 100, "ObjectCreated:Put")
	if err := svc.Handle(ctx, s3event.Changes(ev)...); err == nil {
		t.Fatal("no error for an unreachable S3: Lambda would not retry")
	}
	rec, err := e.st.Get(ctx, article.ID(bucket, e.key))
	if err != nil || rec.Status != article.Pending {
		t.Fatalf("record %v, %v; want pending", rec.Status, err)
	}
	// The retry, with S3 back, completes it.
	e.upload(t, e.key, fixture.Read(t, fixture.SampleArticle))
	if err := e.svc.Handle(ctx, s3event.Changes(ev)...); err != nil {
		t.Fatal(err)
	}
	if rec, _ := e.st.Get(ctx, article.ID(bucket, e.key)); rec.Status != article.Done {
		t.Errorf("after the retry: %s", rec.Status)
	}
}

func TestOutputPrefixMustNotTrigger(t *testing.T) {
	for _, c := range [][2]string{{"articles/", "articles/out/"}, {"", "text/"}, {"a/", ""}} {
		if _, err := ingest.New(nil, nil, ingest.Config{InputPrefix: c[0], OutputPrefix: c[1]}, slog.Default()); err == nil {
			t.Errorf("input %q, output %q accepted", c[0], c[1])
		}
	}
}

// BenchmarkHandleSample is the summarize handler on the sample article against the local S3
// and DynamoDB servers: claim, read, pipeline, cleaned text out, result stored. Each
// iteration is a newer upload of the same key, so none is skipped as a duplicate.
//
//	go test ./shared/ingest -run '^$' -bench HandleSample -benchmem -count 5
func BenchmarkHandleSample(b *testing.B) {
	e := setup(b)
	sample := fixture.Read(b, fixture.SampleArticle)
	e.upload(b, e.key, sample)
	ctx := context.Background()
	seq := 0
	for b.Loop() {
		seq++
		if err := e.svc.Handle(ctx, s3event.Changes(e.eventFor(fmt.Sprintf("%018X", seq), len(sample), "ObjectCreated:Put"))...); err != nil {
			b.Fatal(err)
		}
	}
	if rec, err := e.st.Get(ctx, article.ID(bucket, e.key)); err != nil || rec.Status != article.Done {
		b.Fatalf("record: %v %v", rec.Status, err)
	}
}

// TestLogsCarryNoArticleText: the logs say what happened to an article, never what it says
// (articles may be embargoed or unpublished; logs are widely readable).
func TestLogsCarryNoArticleText(t *testing.T) {
	e := setup(t)
	var logs bytes.Buffer
	svc, err := ingest.New(e.st, objects.New(e.s3), ingest.Config{InputPrefix: "articles/", OutputPrefix: "text/"}, slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	sample := fixture.Read(t, fixture.SampleArticle)
	e.upload(t, e.key, sample)
	if err := svc.Handle(context.Background(), s3event.Changes(e.eventFor("01", len(sample), "ObjectCreated:Put"))...); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), `"status":"done"`) {
		t.Fatalf("no outcome logged:\n%s", logs.String())
	}
	rec, err := e.st.Get(context.Background(), article.ID(bucket, e.key))
	if err != nil {
		t.Fatal(err)
	}
	var leaked []string
	for _, s := range rec.Summarize(50, 0) {
		if strings.Contains(logs.String(), s.Text[:min(len(s.Text), 40)]) {
			leaked = append(leaked, s.Text)
		}
	}
	for _, q := range rec.Quotes {
		if len(q.Text) > 20 && strings.Contains(logs.String(), q.Text[:20]) {
			leaked = append(leaked, q.Text)
		}
	}
	if len(leaked) > 0 {
		t.Errorf("article text in the logs: %q", leaked)
	}
}

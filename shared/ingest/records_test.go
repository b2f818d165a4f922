package ingest_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/ingest"
	"github.com/precis-news/precis/shared/summarizer"
)

// onEachServer runs f with the handler on each DynamoDB-compatible server the product runs on.
func onEachServer(t *testing.T, f func(t *testing.T, e *env)) {
	for _, srv := range testserver.DynamoDBServers() {
		t.Run(srv.Name, func(t *testing.T) { f(t, setupOn(t, srv.Start(t))) })
	}
}

// texts lists the cleaned-text objects of the article id.
func (e *env) texts(t *testing.T, id string) []string {
	t.Helper()
	out, err := e.s3.ListObjectsV2(context.Background(), &s3.ListObjectsV2Input{Bucket: aws.String(bucket), Prefix: aws.String("text/" + id)})
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, o := range out.Contents {
		keys = append(keys, aws.ToString(o.Key))
	}
	return keys
}

func (e *env) read(t *testing.T, key string) string {
	t.Helper()
	out, err := e.s3.GetObject(context.Background(), &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		t.Fatalf("read %s: %v", key, err)
	}
	defer out.Body.Close()
	b, _ := io.ReadAll(out.Body)
	return string(b)
}

// TestCreatedAtIsTheUploadTime: the record's created_at is the upload's time (the event's),
// on both servers and as the API shows it, and stays so when the upload is processed again.
func TestCreatedAtIsTheUploadTime(t *testing.T) {
	onEachServer(t, func(t *testing.T, e *env) {
		ctx := context.Background()
		sample := fixture.Read(t, fixture.SampleArticle)
		e.upload(t, e.key, sample)
		ev := e.eventFor("0A", len(sample), "ObjectCreated:Put")
		uploaded := ev.Records[0].EventTime
		if uploaded.IsZero() {
			t.Fatal("the test event has no time")
		}
		if err := e.svc.Handle(ctx, s3event.Changes(ev)...); err != nil {
			t.Fatal(err)
		}
		id := article.ID(bucket, e.key)
		rec, err := e.st.Get(ctx, id)
		if err != nil || !rec.CreatedAt.Equal(uploaded) {
			t.Fatalf("created_at = %v, %v; want the upload's time %v", rec.CreatedAt, err, uploaded)
		}
		h := api.New(e.st, objects.New(e.s3), api.Config{Bucket: bucket, InputPrefix: "articles/", CursorKey: []byte("k")}, slog.New(slog.NewJSONHandler(io.Discard, nil)))
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/summaries/"+id, nil))
		var body struct {
			CreatedAt time.Time `json:"created_at"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil || !body.CreatedAt.Equal(uploaded) {
			t.Errorf("API: %d created_at %v, %v; want %v", w.Code, body.CreatedAt, err, uploaded)
		}
	})
}

// gatedObjects holds the first read of the object until released: the invocation that made
// it is then slow, as one summarising a large article is.
type gatedObjects struct {
	ingest.Objects
	once    sync.Once
	read    chan struct{} // closed once the held read has its object
	release chan struct{}
}

func (g *gatedObjects) Get(ctx context.Context, bucket, key string, limit int64) (article.Object, error) {
	obj, err := g.Objects.Get(ctx, bucket, key, limit)
	g.once.Do(func() {
		close(g.read)
		<-g.release
	})
	return obj, err
}

// TestOlderUploadProcessedLateKeepsNewerText: an upload's invocation reads its version, a
// newer version is uploaded and processed while the first is still summarising, then the
// first finishes. The record, and the cleaned text it points at, are the newer version's, and
// no other text of the article is left.
func TestOlderUploadProcessedLateKeepsNewerText(t *testing.T) {
	onEachServer(t, func(t *testing.T, e *env) {
		ctx := context.Background()
		older := fixture.Read(t, fixture.SampleArticle)
		newer := []byte("The council approved the new budget on Tuesday after a long debate about schools.\n\n" +
			"The mayor said the plan would be reviewed next year, and the vote was seven to two.\n")
		gate := &gatedObjects{Objects: objects.New(e.s3), read: make(chan struct{}), release: make(chan struct{})}
		slow, err := ingest.New(e.st, gate, ingest.Config{InputPrefix: "articles/", OutputPrefix: "text/", MaxBytes: 1 << 20}, slog.New(slog.NewJSONHandler(io.Discard, nil)))
		if err != nil {
			t.Fatal(err)
		}
		e.upload(t, e.key, older)
		first := make(chan error, 1)
		go func() {
			first <- slow.Handle(ctx, s3event.Changes(e.eventFor("0A01", len(older), "ObjectCreated:Put"))...)
		}()
		<-gate.read
		e.upload(t, e.key, newer)
		if err := e.svc.Handle(ctx, s3event.Changes(e.eventFor("0A02", len(newer), "ObjectCreated:Put"))...); err != nil {
			t.Fatal(err)
		}
		close(gate.release)
		if err := <-first; err != nil {
			t.Fatalf("the older upload's invocation: %v", err)
		}
		id := article.ID(bucket, e.key)
		rec, err := e.st.Get(ctx, id)
		if err != nil || rec.Sequencer != article.Sequencer("0A02") || rec.Status != article.Done {
			t.Fatalf("record %s %s, %v; want the newer upload's", rec.Sequencer, rec.Status, err)
		}
		if got := e.read(t, rec.TextKey); !strings.HasPrefix(got, "The council approved") {
			t.Errorf("the record's text is another version's: %.60q", got)
		}
		if keys := e.texts(t, id); !slices.Equal(keys, []string{rec.TextKey}) {
			t.Errorf("text objects %q, want only the record's %q", keys, rec.TextKey)
		}
	})
}

// TestTextRemovedWithItsArticle: the cleaned text goes when the article's record does: the
// upload deleted, or replaced by a newer upload that cannot be summarised.
func TestTextRemovedWithItsArticle(t *testing.T) {
	cases := []struct {
		name   string
		then   func(t *testing.T, e *env) events.S3Event
		status article.Status // of the record after; "" for none
	}{
		{"upload deleted", func(t *testing.T, e *env) events.S3Event {
			if _, err := e.s3.DeleteObject(context.Background(), &s3.DeleteObjectInput{Bucket: aws.String(bucket), Key: aws.String(e.key)}); err != nil {
				t.Fatal(err)
			}
			return e.eventFor("0B02", 0, "ObjectRemoved:Delete")
		}, ""},
		{"newer upload fails", func(t *testing.T, e *env) events.S3Event {
			pdf := []byte("%PDF-1.7\n1 0 obj")
			e.upload(t, e.key, pdf)
			return e.eventFor("0B02", len(pdf), "ObjectCreated:Put")
		}, article.Failed},
		{"newer upload done", func(t *testing.T, e *env) events.S3Event {
			body := []byte("The council approved the new budget on Tuesday after a long debate about schools.\n")
			e.upload(t, e.key, body)
			return e.eventFor("0B02", len(body), "ObjectCreated:Put")
		}, article.Done},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := setup(t)
			ctx := context.Background()
			sample := fixture.Read(t, fixture.SampleArticle)
			e.upload(t, e.key, sample)
			if err := e.svc.Handle(ctx, s3event.Changes(e.eventFor("0B01", len(sample), "ObjectCreated:Put"))...); err != nil {
				t.Fatal(err)
			}
			id := article.ID(bucket, e.key)
			if keys := e.texts(t, id); len(keys) != 1 {
				t.Fatalf("text objects after the first upload: %q", keys)
			}
			if err := e.svc.Handle(ctx, s3event.Changes(c.then(t, e))...); err != nil {
				t.Fatal(err)
			}
			rec, err := e.st.Get(ctx, id)
			var want []string
			switch {
			case c.status == "" && !errors.Is(err, article.ErrNotFound):
				t.Fatalf("record after the removal: %v %v", rec.Status, err)
			case c.status != "" && (err != nil || rec.Status != c.status):
				t.Fatalf("record %v %v, want %s", rec.Status, err, c.status)
			case rec.TextKey != "":
				want = []string{rec.TextKey}
			}
			if keys := e.texts(t, id); !slices.Equal(keys, want) {
				t.Errorf("text objects %q, want %q", keys, want)
			}
		})
	}
}

// slowObjects reads an object and holds it until the invocation's working time is up, as a
// slow S3 would.
type slowObjects struct{ ingest.Objects }

func (o slowObjects) Get(ctx context.Context, bucket, key string, limit int64) (article.Object, error) {
	obj, err := o.Objects.Get(ctx, bucket, key, limit)
	<-ctx.Done()
	return obj, err
}

// TestArticleOutOfTimeFailsAfterItsRetry: an article that cannot be summarised in the
// function's time ends failed, with a reason, at its retry: not pending for ever with a
// retryable deadline error. Time lost before the summarising (a slow S3) is not the
// article's fault: the event is retried as for any transient failure.
func TestArticleOutOfTimeFailsAfterItsRetry(t *testing.T) {
	// The pipeline on an article that needs more than the function's time: here it is given
	// none, whatever this machine's speed (a huge article needs minutes).
	slowPipeline := func(ctx context.Context, raw []byte, opts summarizer.Options) (article.Result, error) {
		<-ctx.Done()
		return summarizer.Process(ctx, raw, opts)
	}
	cases := []struct {
		name     string
		slowRead bool
		want     []article.Status // after each attempt
	}{
		{"slow article", false, []article.Status{article.Pending, article.Failed}},
		{"slow read", true, []article.Status{article.Pending, article.Pending}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			onEachServer(t, func(t *testing.T, e *env) {
				const reserve, work = time.Second, 3 * time.Second
				var obj ingest.Objects = objects.New(e.s3)
				if c.slowRead {
					obj = slowObjects{obj}
				}
				slow, err := ingest.New(e.st, obj, ingest.Config{
					InputPrefix: "articles/", OutputPrefix: "text/", MaxBytes: 1 << 20, Lease: time.Minute, Reserve: reserve,
				}, slog.New(slog.NewJSONHandler(io.Discard, nil)))
				if err != nil {
					t.Fatal(err)
				}
				ingest.SetProcess(slow, slowPipeline)
				sample := fixture.Read(t, fixture.SampleArticle)
				e.upload(t, e.key, sample)
				ev := e.eventFor("0C01", len(sample), "ObjectCreated:Put")
				id := article.ID(bucket, e.key)
				for attempt, want := range c.want {
					// The function's timeout: the work gets what is left after the reserve.
					ctx, cancel := context.WithTimeout(context.Background(), reserve+work)
					err := slow.Handle(ctx, s3event.Changes(ev)...)
					cancel()
					if (err != nil) != (want == article.Pending) {
						t.Errorf("attempt %d: error %v", attempt+1, err)
					}
					rec, gerr := e.st.Get(context.Background(), id)
					if gerr != nil || rec.Status != want {
						t.Fatalf("after attempt %d: %s (%s), %v; want %s", attempt+1, rec.Status, rec.Reason, gerr, want)
					}
					if want == article.Failed && !strings.Contains(rec.Reason, "took too long") {
						t.Errorf("reason %q", rec.Reason)
					}
				}
				if keys := e.texts(t, id); len(keys) != 0 {
					t.Errorf("text objects of an unfinished article: %q", keys)
				}
			})
		})
	}
}

// TestFailureRecordsItsAlgorithmVersion: a refused article records the version that refused
// it, so that re-processing the archive skips it until the algorithm changes.
func TestFailureRecordsItsAlgorithmVersion(t *testing.T) {
	e := setup(t)
	pdf := []byte("%PDF-1.7\n1 0 obj")
	e.upload(t, e.key, pdf)
	if err := e.svc.Handle(context.Background(), s3event.Changes(e.eventFor("0D01", len(pdf), "ObjectCreated:Put"))...); err != nil {
		t.Fatal(err)
	}
	rec, err := e.st.Get(context.Background(), article.ID(bucket, e.key))
	if err != nil || rec.Status != article.Failed || rec.AlgorithmVersion != summarizer.AlgorithmVersion {
		t.Fatalf("record %s version %q, %v; want failed at %q", rec.Status, rec.AlgorithmVersion, err, summarizer.AlgorithmVersion)
	}
}

package ingest_test

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/ingest"
	"github.com/precis-news/precis/shared/summarizer"
)

const olderVersion = "precis-0.9.0"

// articleBody is the i-th distinct article of a re-processing test.
func articleBody(t testing.TB, i int) []byte {
	t.Helper()
	body, err := os.ReadFile("../../testdata/articles/council.md")
	if err != nil {
		t.Fatal(err)
	}
	return append(fmt.Appendf(nil, "Article number %d.\n\n", i), body...)
}

// summarized uploads body at key and summarises it through its S3 event, then marks the
// record as made by olderVersion, as if an earlier release had summarised it.
func (e *env) summarized(t testing.TB, key string, body []byte, seq string) {
	t.Helper()
	e.upload(t, key, body)
	ev := createdEvent(key, seq, len(body))
	sum := md5.Sum(body)
	ev.Records[0].S3.Object.ETag = hex.EncodeToString(sum[:])
	if err := e.svc.Handle(context.Background(), s3event.Changes(ev)...); err != nil {
		t.Fatal(err)
	}
	e.setVersion(t, key, olderVersion)
}

func (e *env) setVersion(t testing.TB, key, version string) {
	t.Helper()
	_, err := e.db.UpdateItem(context.Background(), &dynamodb.UpdateItemInput{
		TableName:                 aws.String("articles"),
		Key:                       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: article.ID(bucket, key)}},
		UpdateExpression:          aws.String("SET algorithm_version = :v"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":v": &types.AttributeValueMemberS{Value: version}},
	})
	if err != nil {
		t.Fatal(err)
	}
}

func (e *env) records(t testing.TB, keys []string) map[string]article.Record {
	t.Helper()
	out := map[string]article.Record{}
	for _, k := range keys {
		rec, err := e.st.Get(context.Background(), article.ID(bucket, k))
		if err != nil {
			t.Fatal(err)
		}
		out[k] = rec
	}
	return out
}

// TestReprocessArchive summarises 200 articles at an older algorithm version, stops a
// re-processing run midway, and checks that the next run finishes the rest without redoing
// what the first finished, and that a third run does nothing.
func TestReprocessArchive(t *testing.T) {
	e := setup(t)
	const n = 200
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("articles/archive/%03d.md", i)
		e.summarized(t, keys[i], articleBody(t, i), fmt.Sprintf("%016X", i+1))
	}
	list := objects.New(e.s3).List(context.Background(), bucket, "articles/archive/")

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var progressed atomic.Int64
	first, err := e.svc.ReprocessAll(ctx, bucket, list, 4, func(t ingest.Tally) {
		progressed.Add(1)
		if t.Done >= n/3 {
			stop()
		}
	})
	if err == nil {
		t.Error("a stopped run reports no error")
	}
	if first.Done < n/3 || first.Done >= n || first.Errors+first.Failed+first.Skipped != 0 || int(progressed.Load()) != first.Total() {
		t.Fatalf("first run: %v, %d progress calls; want a third done, no errors, one call each", first, progressed.Load())
	}
	afterFirst := e.records(t, keys)
	current := 0
	for k, rec := range afterFirst {
		switch {
		case rec.Status != article.Done || len(rec.Sentences) == 0:
			t.Errorf("%s: %s with %d sentences during re-processing; want its summary kept", k, rec.Status, len(rec.Sentences))
		case rec.AlgorithmVersion == summarizer.AlgorithmVersion:
			current++
		case rec.AlgorithmVersion != olderVersion:
			t.Errorf("%s at version %q", k, rec.AlgorithmVersion)
		}
	}
	if current != first.Done {
		t.Errorf("%d records at the current version after the first run, which counted %d done", current, first.Done)
	}

	second, err := e.svc.ReprocessAll(context.Background(), bucket, list, 4, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := (ingest.Tally{Done: n - first.Done, Skipped: first.Done}); second != want {
		t.Errorf("second run: %v, want %v", second, want)
	}
	for k, rec := range e.records(t, keys) {
		before := afterFirst[k]
		if rec.Status != article.Done || rec.AlgorithmVersion != summarizer.AlgorithmVersion {
			t.Errorf("%s: %s at %q after the second run", k, rec.Status, rec.AlgorithmVersion)
		}
		if before.AlgorithmVersion == summarizer.AlgorithmVersion && !rec.UpdatedAt.Equal(before.UpdatedAt) {
			t.Errorf("%s was finished by the first run and redone by the second", k)
		}
		if rec.Sequencer != before.Sequencer || rec.ETag != before.ETag || !rec.CreatedAt.Equal(before.CreatedAt) {
			t.Errorf("%s: source or creation time changed: %+v, was %+v", k, rec, before)
		}
	}

	third, err := e.svc.ReprocessAll(context.Background(), bucket, list, 4, nil)
	if err != nil || third != (ingest.Tally{Skipped: n}) {
		t.Errorf("third run: %v, %v; want all skipped", third, err)
	}
}

// TestReprocessCases covers each kind of listed object re-processing meets.
func TestReprocessCases(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	body := articleBody(t, 1)
	sum := md5.Sum(body)
	etag := hex.EncodeToString(sum[:])
	cases := []struct {
		name    string
		prepare func(key string) article.Listed
		want    ingest.Outcome
		status  article.Status
		version string
	}{
		{"older version", func(key string) article.Listed {
			e.summarized(t, key, body, "0A")
			return article.Listed{Key: key, ETag: `"` + etag + `"`, Size: int64(len(body))}
		}, ingest.Done, article.Done, summarizer.AlgorithmVersion},
		{"current version", func(key string) article.Listed {
			e.summarized(t, key, body, "0A")
			e.setVersion(t, key, summarizer.AlgorithmVersion)
			return article.Listed{Key: key, ETag: etag, Size: int64(len(body))}
		}, ingest.Skipped, article.Done, summarizer.AlgorithmVersion},
		{"changed since its record", func(key string) article.Listed {
			e.summarized(t, key, body, "0A")
			return article.Listed{Key: key, ETag: "0123456789abcdef0123456789abcdef", Size: int64(len(body))}
		}, ingest.Skipped, article.Done, olderVersion},
		{"no record", func(key string) article.Listed {
			e.upload(t, key, body)
			return article.Listed{Key: key, ETag: etag, Size: int64(len(body))}
		}, ingest.Done, article.Done, summarizer.AlgorithmVersion},
		{"failure without a version", func(key string) article.Listed {
			e.upload(t, key, []byte(" \n "))
			if err := e.svc.Handle(ctx, s3event.Changes(createdEvent(key, "0B", 3))...); err != nil {
				t.Fatal(err)
			}
			e.setVersion(t, key, "") // as failures were recorded before they carried one
			return article.Listed{Key: key, Size: 3}
		}, ingest.Failed, article.Failed, summarizer.AlgorithmVersion},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			key := "articles/cases/" + strings.ReplaceAll(c.name, " ", "-") + ".md"
			it := c.prepare(key)
			got, err := e.svc.Reprocess(ctx, bucket, it)
			if err != nil || got != c.want {
				t.Fatalf("Reprocess: %q, %v; want %q", got, err, c.want)
			}
			rec, err := e.st.Get(ctx, article.ID(bucket, key))
			if err != nil || rec.Status != c.status || rec.AlgorithmVersion != c.version {
				t.Fatalf("record: %s at %q (%v); want %s at %q", rec.Status, rec.AlgorithmVersion, err, c.status, c.version)
			}
			// Idempotent: a second pass has nothing to do.
			if again, err := e.svc.Reprocess(ctx, bucket, it); err != nil || again != ingest.Skipped {
				t.Errorf("second pass: %q, %v; want skipped", again, err)
			}
		})
	}
	for _, key := range []string{"text/x.txt", "articles/photo.jpg"} {
		e.upload(t, key, []byte("not an article"))
		if got, err := e.svc.Reprocess(ctx, bucket, article.Listed{Key: key}); err != nil || got != ingest.Skipped {
			t.Errorf("%s: %q, %v; want skipped", key, got, err)
		}
		if _, err := e.st.Get(ctx, article.ID(bucket, key)); err == nil {
			t.Errorf("%s was recorded", key)
		}
	}
}

// BenchmarkReprocess re-processes an archive of 200 articles at an older algorithm version
// with two workers (this machine's cores) against gofakes3 and dynalite, and reports
// articles re-summarised a second.
func BenchmarkReprocess(b *testing.B) {
	e := setup(b)
	const n = 200
	for i := range n {
		e.summarized(b, fmt.Sprintf("articles/bench/%03d.md", i), articleBody(b, i), fmt.Sprintf("%016X", i+1))
	}
	list := objects.New(e.s3).List(context.Background(), bucket, "articles/bench/")
	var total time.Duration
	for b.Loop() {
		b.StopTimer()
		for i := range n {
			e.setVersion(b, fmt.Sprintf("articles/bench/%03d.md", i), olderVersion)
		}
		b.StartTimer()
		start := time.Now()
		tally, err := e.svc.ReprocessAll(context.Background(), bucket, list, 2, nil)
		total += time.Since(start)
		if err != nil || tally.Done != n {
			b.Fatalf("%v, %v", tally, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/total.Seconds(), "articles/s")
}

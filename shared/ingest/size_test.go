package ingest_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/ingest"
)

// TestWorstHTMLArticleIsDone: an HTML page with a 560 KB <title> and byline, many long
// quotes and sentences, is summarised and stored done (on dynalite, which refuses items
// over 400 KB as DynamoDB does), never left pending for ever.
func TestWorstHTMLArticleIsDone(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	var b strings.Builder
	title := strings.Repeat("Breaking news héadline ", 560<<10/24)
	fmt.Fprintf(&b, "<html><head><title>%s</title><meta name=\"author\" content=\"%s\"></head><body><article>", title, title[:100<<10])
	for i := range 300 {
		fmt.Fprintf(&b, "<p>The council of district %d approved the plan for the new bridge after a long debate that lasted well into the night, members said. “We have waited %d years for this bridge and the people of the district deserve it now,” said councillor %s.</p>",
			i, i, strings.Repeat("Maximilian ", 40))
	}
	b.WriteString("</article></body></html>")
	key := "articles/worst.html"
	e.upload(t, key, []byte(b.String()))
	ev := e.eventFor("00C1", b.Len(), "ObjectCreated:Put")
	ev.Records[0].S3.Object.Key, ev.Records[0].S3.Object.URLDecodedKey = key, key
	if err := e.svc.Handle(ctx, s3event.Changes(ev)...); err != nil {
		t.Fatalf("the worst article: %v", err)
	}
	rec, err := e.st.Get(ctx, article.ID(bucket, key))
	if err != nil || rec.Status != article.Done {
		t.Fatalf("record %s %q, %v; want done", rec.Status, rec.Reason, err)
	}
	if len(rec.Title) > 1100 || len(rec.Summarize(3, 0)) == 0 {
		t.Errorf("title %d bytes, summary %d sentences", len(rec.Title), len(rec.Summarize(3, 0)))
	}
}

// refusingStore is the real store, except that DynamoDB refuses every finished summary.
type refusingStore struct{ *store.DynamoDB }

func (s refusingStore) Finish(ctx context.Context, rec article.Record, now time.Time) error {
	if rec.Status == article.Done {
		return fmt.Errorf("put %s: %w", rec.ID, article.ErrRefused)
	}
	return s.DynamoDB.Finish(ctx, rec, now)
}

// TestRefusedSummaryIsAFinalFailure: a summary DynamoDB refuses (ValidationException) is a
// final failure with a reason, not an error that Lambda retries until the event is dropped
// with the article pending.
func TestRefusedSummaryIsAFinalFailure(t *testing.T) {
	e := setup(t)
	ctx := context.Background()
	svc, err := ingest.New(refusingStore{e.st}, objects.New(e.s3), ingest.Config{InputPrefix: "articles/", OutputPrefix: "text/"}, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	body := []byte("The council approved the plan for the new bridge on Monday. “We have waited years,” said the mayor. The work starts in May and will take two years.")
	e.upload(t, e.key, body)
	if err := svc.Handle(ctx, s3event.Changes(e.eventFor("00D1", len(body), "ObjectCreated:Put"))...); err != nil {
		t.Fatalf("a refused summary is retried: %v", err)
	}
	rec, err := e.st.Get(ctx, article.ID(bucket, e.key))
	if err != nil || rec.Status != article.Failed || rec.Reason == "" || len(rec.Sentences) != 0 {
		t.Fatalf("record %s %q with %d sentences, %v; want failed with a reason, no summary", rec.Status, rec.Reason, len(rec.Sentences), err)
	}
}

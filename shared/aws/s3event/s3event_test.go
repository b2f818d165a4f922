package s3event_test

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/ingest"
)

func TestChangeKinds(t *testing.T) {
	at := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		event, key string
		want       ingest.ChangeKind
		wantKey    string
	}{
		{"ObjectCreated:Put", "articles/a.txt", ingest.Created, "articles/a.txt"},
		{"ObjectCreated:CompleteMultipartUpload", "articles/my+article.txt", ingest.Created, "articles/my article.txt"},
		{"ObjectRemoved:Delete", "articles/a%C3%A9.txt", ingest.Deleted, "articles/aé.txt"},
		{"ObjectRemoved:DeleteMarkerCreated", "articles/a.txt", ingest.DeleteMarked, "articles/a.txt"},
		{"s3:TestEvent", "", ingest.Other, ""},
	}
	for _, c := range cases {
		var r events.S3EventRecord
		r.EventName, r.EventTime = c.event, at
		r.S3.Bucket.Name = "b"
		r.S3.Object.Key, r.S3.Object.ETag, r.S3.Object.Size, r.S3.Object.Sequencer = c.key, "e", 7, "0A"
		got := s3event.Changes(events.S3Event{Records: []events.S3EventRecord{r}})
		want := ingest.Change{Kind: c.want, Event: c.event, Bucket: "b", Key: c.wantKey, ETag: "e", Size: 7, Sequencer: "0A", Time: at}
		if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
			t.Errorf("%s %q: got %+v, want %+v", c.event, c.key, got, want)
		}
	}
}

// recorder is the use case as the handler sees it: what it was called with.
type recorder struct {
	changes []ingest.Change
	bucket  string
	items   []article.Listed
}

func (r *recorder) Handle(_ context.Context, changes ...ingest.Change) error {
	r.changes = append(r.changes, changes...)
	return nil
}

func (r *recorder) HandleBatch(_ context.Context, bucket string, items []article.Listed) (ingest.Tally, error) {
	r.bucket, r.items = bucket, items
	if bucket == "" {
		return ingest.Tally{}, ingest.ErrNoBucket
	}
	return ingest.Tally{Done: len(items)}, nil
}

func TestHandlerDispatch(t *testing.T) {
	cases := []struct {
		name, payload string
		changes       int
		items         []article.Listed
		bucket        string
		wantErr       error
		bad           bool
	}{
		{name: "notification", payload: `{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"key":"articles/x+y.txt"}}}]}`, changes: 1},
		{name: "batch", payload: `{"Items":[{"Key":"articles/a.md","Etag":"\"e1\"","Size":3}],"BatchInput":{"Bucket":"b"}}`,
			items: []article.Listed{{Key: "articles/a.md", ETag: `"e1"`, Size: 3}}, bucket: "b"},
		{name: "batch without bucket", payload: `{"Items":[]}`, items: []article.Listed{}, wantErr: ingest.ErrNoBucket},
		{name: "not an object", payload: `[1,2]`, bad: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := &recorder{}
			_, err := s3event.Handler(rec)(context.Background(), json.RawMessage(c.payload))
			switch {
			case c.bad:
				if err == nil {
					t.Fatal("a malformed payload was accepted")
				}
				return
			case c.wantErr != nil:
				if !errors.Is(err, c.wantErr) {
					t.Fatalf("error %v, want %v", err, c.wantErr)
				}
			case err != nil:
				t.Fatal(err)
			}
			if len(rec.changes) != c.changes || rec.bucket != c.bucket || !reflect.DeepEqual(rec.items, c.items) {
				t.Errorf("handled %+v, batch %q %+v", rec.changes, rec.bucket, rec.items)
			}
			if c.changes > 0 && rec.changes[0].Key != "articles/x y.txt" {
				t.Errorf("key %q, want it decoded", rec.changes[0].Key)
			}
		})
	}
}

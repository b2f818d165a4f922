// Package s3event adapts the summarize function's Lambda payloads to ingest: S3's object
// notifications become ingest.Changes, and the batches of the re-processing state machine
// (a Step Functions distributed map over the bucket's listing) become listed articles.
package s3event

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/aws/aws-lambda-go/events"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/ingest"
)

// Changes are the object changes an S3 notification tells of, in its order.
func Changes(ev events.S3Event) []ingest.Change {
	out := make([]ingest.Change, len(ev.Records))
	for i, r := range ev.Records {
		out[i] = Change(r)
	}
	return out
}

// Change is the object change one notification record tells of.
func Change(r events.S3EventRecord) ingest.Change {
	return ingest.Change{
		Kind: kind(r.EventName), Event: r.EventName,
		Bucket: r.S3.Bucket.Name, Key: objectKey(r),
		ETag: r.S3.Object.ETag, Size: r.S3.Object.Size, Sequencer: r.S3.Object.Sequencer,
		Time: r.EventTime,
	}
}

func kind(name string) ingest.ChangeKind {
	switch {
	case strings.HasPrefix(name, "ObjectCreated:"):
		return ingest.Created
	case name == "ObjectRemoved:DeleteMarkerCreated":
		return ingest.DeleteMarked
	case strings.HasPrefix(name, "ObjectRemoved:"):
		return ingest.Deleted
	}
	return ingest.Other
}

// objectKey is the record's object key decoded: S3 sends it URL-encoded ("my+article.txt").
// The events package decodes it when it unmarshals JSON; a record built in code may not be.
func objectKey(r events.S3EventRecord) string {
	if r.S3.Object.URLDecodedKey != "" {
		return r.S3.Object.URLDecodedKey
	}
	if k, err := url.QueryUnescape(r.S3.Object.Key); err == nil {
		return k
	}
	return r.S3.Object.Key
}

// Batch is what the re-processing state machine (template.yaml, ReprocessStateMachine) sends
// the function: a batch of a distributed map over the bucket's listing (its ItemBatcher's
// Items, S3's ListObjectsV2 entries), with the bucket in BatchInput.
type Batch struct {
	Items []struct {
		Key  string `json:"Key"`
		ETag string `json:"Etag"`
		Size int64  `json:"Size"`
	} `json:"Items"`
	BatchInput struct {
		Bucket string `json:"Bucket"`
	} `json:"BatchInput"`
}

// Service is what the function's handler calls.
type Service interface {
	Handle(ctx context.Context, changes ...ingest.Change) error
	HandleBatch(ctx context.Context, bucket string, items []article.Listed) (ingest.Tally, error)
}

// Handler is the summarize function's handler: an S3 notification (Records) goes to Handle,
// a re-processing batch (Items) to HandleBatch, whose tally it returns.
func Handler(svc Service) func(ctx context.Context, payload json.RawMessage) (any, error) {
	return func(ctx context.Context, payload json.RawMessage) (any, error) {
		var probe struct {
			Items json.RawMessage `json:"Items"`
		}
		if err := json.Unmarshal(payload, &probe); err != nil {
			return nil, fmt.Errorf("s3event: the payload is not a JSON object: %w", err)
		}
		if probe.Items == nil {
			var ev events.S3Event
			if err := json.Unmarshal(payload, &ev); err != nil {
				return nil, fmt.Errorf("s3event: not an S3 notification: %w", err)
			}
			return nil, svc.Handle(ctx, Changes(ev)...)
		}
		var b Batch
		if err := json.Unmarshal(payload, &b); err != nil {
			return nil, fmt.Errorf("s3event: not a re-processing batch: %w", err)
		}
		items := make([]article.Listed, len(b.Items))
		for i, it := range b.Items {
			items[i] = article.Listed{Key: it.Key, ETag: it.ETag, Size: it.Size}
		}
		return svc.HandleBatch(ctx, b.BatchInput.Bucket, items)
	}
}

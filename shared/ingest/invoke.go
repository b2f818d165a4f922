package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aws/aws-lambda-go/events"
)

// Batch is what the re-processing state machine (template.yaml, ReprocessStateMachine) sends
// the function: a batch of a Step Functions distributed map over the bucket's listing (its
// ItemBatcher's Items), with the bucket in BatchInput.
type Batch struct {
	Items      []Item `json:"Items"`
	BatchInput struct {
		Bucket string `json:"Bucket"`
	} `json:"BatchInput"`
}

// ErrBadBatch means a batch names no bucket.
var ErrBadBatch = errors.New("ingest: a re-processing batch must name its bucket (BatchInput.Bucket)")

// Invoke is the function's handler: an S3 event (Records) goes to Handle, a re-processing
// batch (Items) to HandleBatch, whose tally it returns.
func (s *Service) Invoke(ctx context.Context, payload json.RawMessage) (any, error) {
	var probe struct {
		Items json.RawMessage `json:"Items"`
	}
	if err := json.Unmarshal(payload, &probe); err != nil {
		return nil, fmt.Errorf("ingest: event is not a JSON object: %w", err)
	}
	if probe.Items == nil {
		var ev events.S3Event
		if err := json.Unmarshal(payload, &ev); err != nil {
			return nil, fmt.Errorf("ingest: not an S3 event: %w", err)
		}
		return nil, s.Handle(ctx, ev)
	}
	var b Batch
	if err := json.Unmarshal(payload, &b); err != nil {
		return nil, fmt.Errorf("ingest: not a re-processing batch: %w", err)
	}
	return s.HandleBatch(ctx, b)
}

// HandleBatch re-processes a batch's items one after the other and returns their tally. It
// returns an error when any item met a transient failure, so that the state machine retries
// the batch: the retry skips what this attempt finished.
func (s *Service) HandleBatch(ctx context.Context, b Batch) (Tally, error) {
	if b.BatchInput.Bucket == "" {
		return Tally{}, ErrBadBatch
	}
	var (
		tally Tally
		errs  []error
	)
	for _, it := range b.Items {
		o, err := s.Reprocess(ctx, b.BatchInput.Bucket, it)
		tally.Add(o, err)
		if err != nil {
			errs = append(errs, err)
		}
	}
	s.log.Info("batch re-processed", "bucket", b.BatchInput.Bucket, "items", len(b.Items),
		"done", tally.Done, "failed", tally.Failed, "skipped", tally.Skipped, "errors", tally.Errors)
	return tally, errors.Join(errs...)
}

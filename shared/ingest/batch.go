package ingest

import (
	"context"
	"errors"

	"github.com/precis-news/precis/shared/article"
)

// ErrNoBucket means a re-processing batch names no bucket.
var ErrNoBucket = errors.New("ingest: a re-processing batch must name its bucket")

// HandleBatch re-processes a batch's items one after the other and returns their tally. It
// returns an error when any item met a transient failure, so that the state machine retries
// the batch: the retry skips what this attempt finished.
func (s *Service) HandleBatch(ctx context.Context, bucket string, items []article.Listed) (Tally, error) {
	if bucket == "" {
		return Tally{}, ErrNoBucket
	}
	var (
		tally Tally
		errs  []error
	)
	for _, it := range items {
		o, err := s.Reprocess(ctx, bucket, it)
		tally.Add(o, err)
		if err != nil {
			errs = append(errs, err)
		}
	}
	s.log.Info("batch re-processed", "bucket", bucket, "items", len(items),
		"done", tally.Done, "failed", tally.Failed, "skipped", tally.Skipped, "errors", tally.Errors)
	return tally, errors.Join(errs...)
}

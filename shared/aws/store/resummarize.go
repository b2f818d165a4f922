package store

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/expression"

	"github.com/precis-news/precis/shared/article"
)

// Resummarize replaces a finished record with rec, a summary of the same object version
// (rec.Sequencer) made by another algorithm version (rec.AlgorithmVersion), without a claim:
// the old summary stays readable until the new one replaces it. The write is conditional on
// the record still being finished for that object version and not yet at rec's algorithm
// version; otherwise (a newer upload, a removal, a concurrent re-run that finished first) it
// returns article.ErrSuperseded. rec keeps the record's created_at (rec.CreatedAt).
func (s *DynamoDB) Resummarize(ctx context.Context, rec article.Record, now time.Time) error {
	rec.UpdatedAt = now
	rec.LeaseUntil = 0
	rec.ClaimToken = ""
	version := expression.Name("algorithm_version")
	cond := expression.Name("sequencer").Equal(expression.Value(rec.Sequencer)).
		And(expression.Name("status").In(expression.Value(article.Done), expression.Value(article.Failed))).
		And(expression.AttributeNotExists(version).Or(version.NotEqual(expression.Value(rec.AlgorithmVersion))))
	err := s.put(ctx, rec, cond)
	if isConditionFailed(err) {
		return fmt.Errorf("store: re-summarise %s: %w", rec.ID, article.ErrSuperseded)
	}
	if err != nil {
		return err
	}
	return s.indexQuotes(ctx, rec)
}

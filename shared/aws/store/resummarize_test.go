package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/store"
)

// TestResummarize: a re-summary replaces a finished record of the same object version at
// another algorithm version, and nothing else: not a record at that version already, not a
// pending one, not a newer upload's, not a removed one.
func TestResummarize(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *store.DynamoDB) {
		ctx := context.Background()
		now := time.Now()
		// stored writes r through a claim and a finish, as an S3 event does.
		stored := func(t *testing.T, r article.Record, status article.Status, version string) {
			t.Helper()
			if _, err := s.Claim(ctx, r, now, time.Minute); err != nil {
				t.Fatal(err)
			}
			if status == article.Pending {
				return
			}
			r.Status, r.AlgorithmVersion = status, version
			if err := s.Finish(ctx, r, now); err != nil {
				t.Fatal(err)
			}
		}
		cases := []struct {
			name    string
			prepare func(t *testing.T, r article.Record)
			seq     string
			want    error
		}{
			{"done at an older version", func(t *testing.T, r article.Record) { stored(t, r, article.Done, "v1") }, "0A", nil},
			{"failed without a version", func(t *testing.T, r article.Record) { stored(t, r, article.Failed, "") }, "0A", nil},
			{"already at the version", func(t *testing.T, r article.Record) { stored(t, r, article.Done, "v2") }, "0A", article.ErrSuperseded},
			{"pending", func(t *testing.T, r article.Record) { stored(t, r, article.Pending, "") }, "0A", article.ErrSuperseded},
			{"a newer upload", func(t *testing.T, r article.Record) { stored(t, r, article.Done, "v1") }, "09", article.ErrSuperseded},
			{"removed", func(t *testing.T, r article.Record) {}, "0A", article.ErrSuperseded},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				key := c.name + ".txt"
				c.prepare(t, rec(key, "0A"))
				re := rec(key, c.seq)
				re.Status, re.AlgorithmVersion, re.Title = article.Done, "v2", "re-summarised"
				err := s.Resummarize(ctx, re, now.Add(time.Second))
				if !errors.Is(err, c.want) {
					t.Fatalf("Resummarize: %v, want %v", err, c.want)
				}
				got, err := s.Get(ctx, re.ID)
				replaced := err == nil && got.Title == "re-summarised" && got.AlgorithmVersion == "v2" && got.Status == article.Done
				if replaced != (c.want == nil) {
					t.Errorf("record after: %+v, %v", got, err)
				}
			})
		}
	})
}

package eval_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/summarizer"
)

// BenchmarkProcessBBC is the whole pipeline over 100 development articles, per article: the
// figure the ≥ 2,000 articles/s/core target is about.
func BenchmarkProcessBBC(b *testing.B) {
	// Both halves: the same 100 articles whichever half the scorer was fitted on.
	ds, err := eval.LoadExtractive(filepath.Join(fixture.Path(b, "eval/summarization"), "bbc-news-summary"), 100)
	if err != nil || len(ds.Articles) == 0 {
		b.Skipf("skipping: no BBC articles: %v", err)
	}
	arts := ds.Articles
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := summarizer.Process(context.Background(), arts[i%len(arts)].Raw, summarizer.Options{}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

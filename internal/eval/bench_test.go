package eval_test

import (
	"context"
	"testing"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/summarizer"
)

// BenchmarkProcessBBC is the whole pipeline over 100 development articles, per article: the
// figure the ≥ 2,000 articles/s/core target is about.
func BenchmarkProcessBBC(b *testing.B) {
	sets, err := eval.SummarizationDatasets(fixture.Path(b, "eval/summarization"), 100)
	if err != nil || len(sets) == 0 {
		b.Skipf("skipping: no summarization dataset: %v", err)
	}
	arts := sets[0].Articles
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := summarizer.Process(context.Background(), arts[i%len(arts)].Raw, summarizer.Options{}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

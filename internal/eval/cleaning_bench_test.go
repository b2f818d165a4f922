package eval_test

import (
	"testing"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/summarizer/clean"
)

// BenchmarkCleanScrapes is the plain-text cleaner over the benchmark pages as a naive scraper
// saves them, per page: the figure the ≥ 2,000 pages/s/core target is about.
func BenchmarkCleanScrapes(b *testing.B) {
	pages, err := eval.ExtractionPages(fixture.Path(b, "eval/html-extraction"), 0)
	if err != nil {
		b.Fatal(err)
	}
	scrapes := make([]string, len(pages))
	for i, p := range pages {
		scrapes[i] = eval.NaiveScrape(p.HTML)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		clean.Text(scrapes[i%len(scrapes)])
		i++
	}
}

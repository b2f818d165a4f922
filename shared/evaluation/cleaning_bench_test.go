package evaluation_test

import (
	"testing"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/clean"
	"github.com/precis-news/precis/shared/evaluation"
)

// BenchmarkCleanScrapes is the plain-text cleaner over the benchmark pages as a naive scraper
// saves them, per page: the figure the ≥ 2,000 pages/s/core target is about.
func BenchmarkCleanScrapes(b *testing.B) {
	pages, err := evaluation.ExtractionPages(fixture.Path(b, "eval/html-extraction"), 0)
	if err != nil {
		b.Fatal(err)
	}
	scrapes := make([]string, len(pages))
	for i, p := range pages {
		scrapes[i] = evaluation.NaiveScrape(p.HTML)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		clean.Text(scrapes[i%len(scrapes)])
		i++
	}
}

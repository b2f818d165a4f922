package extract_test

import (
	"testing"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/summarizer/extract"
)

// BenchmarkExtractPages is the HTML reader (body and metadata) over the benchmark pages, one
// page per iteration.
func BenchmarkExtractPages(b *testing.B) {
	pages, err := eval.ExtractionPages(fixture.Path(b, "eval/html-extraction"), 0)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_, _ = extract.HTML(pages[i%len(pages)].HTML)
		i++
	}
}

package summarizer_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/summarizer"
	"github.com/precis-news/precis/shared/summarizer/clean"
	"github.com/precis-news/precis/shared/summarizer/decode"
	"github.com/precis-news/precis/shared/summarizer/extract"
	"github.com/precis-news/precis/shared/summarizer/keywords"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"github.com/precis-news/precis/shared/summarizer/rank"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// BenchmarkProcess is the whole pipeline on the sample article.
func BenchmarkProcess(b *testing.B) {
	raw := fixture.Read(b, fixture.SampleArticle)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := summarizer.Process(context.Background(), raw, summarizer.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStage measures each stage alone on the sample article.
func BenchmarkStage(b *testing.B) {
	raw := fixture.Read(b, fixture.SampleArticle)
	dec, err := decode.Decode(raw)
	if err != nil {
		b.Fatal(err)
	}
	doc := clean.Text(dec.Text)
	paras := text.Segment(doc.Blocks)
	sents := text.AllSentences(paras)
	var sentTexts []string
	for _, s := range sents {
		sentTexts = append(sentTexts, s.Text)
	}
	page, err := os.ReadFile("../../testdata/articles/council.html")
	if err != nil {
		b.Fatal(err)
	}
	stages := []struct {
		name string
		run  func()
	}{
		{"decode", func() { _, _ = decode.Decode(raw) }},
		{"clean", func() { clean.Text(dec.Text) }},
		{"segment", func() { text.Segment(doc.Blocks) }},
		{"quotes", func() { quotes.Extract(paras) }},
		{"summarize", func() { rank.DefaultParams.Rank(rank.Input{Sentences: sents}) }},
		{"keywords", func() { keywords.Extract(sentTexts, 8) }},
		{"extract-html", func() { _, _ = extract.HTML(string(page)) }},
	}
	for _, s := range stages {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.run()
			}
		})
	}
}

// BenchmarkScaling runs the pipeline on 1, 4, 16 and 64 copies of the sample's body: ns/op
// and B/op should grow in proportion (linear time and memory).
func BenchmarkScaling(b *testing.B) {
	raw := fixture.Read(b, fixture.SampleArticle)
	body := raw[bytes.Index(raw, []byte("\n\n"))+2 : bytes.Index(raw, []byte("• Mike Glenn"))]
	for _, n := range []int{1, 4, 16, 64} {
		in := bytes.Repeat(body, n)
		b.Run(fmt.Sprintf("x%d-%dKB", n, len(in)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := summarizer.Process(context.Background(), in, summarizer.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package rank_test

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/summarizer"
	"github.com/precis-news/precis/shared/summarizer/rank"
)

func TestEmbeddedModelLoads(t *testing.T) {
	b, err := os.ReadFile("model.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := rank.LoadModel(b)
	if err != nil {
		t.Fatalf("committed model: %v", err)
	}
	if !slices.Equal(m.Weights, rank.LearnedModel.Weights) || rank.DefaultParams.Model != rank.LearnedModel {
		t.Error("the default ranker does not use the committed model")
	}
	nonzero := 0
	for _, w := range m.Weights {
		if w != 0 {
			nonzero++
		}
	}
	if nonzero < len(m.Weights)/2 || m.Trained["seed"] == "" || m.Trained["data"] == "" {
		t.Errorf("model has %d non-zero weights of %d; provenance %v", nonzero, len(m.Weights), m.Trained)
	}
	// Written back, it is the same file: what the trainer writes is what is committed.
	again, err := m.Marshal()
	if err != nil || string(again) != string(b) {
		t.Errorf("model.json does not round-trip (%v)", err)
	}
}

func TestLoadModelRefusesBadModels(t *testing.T) {
	good, _ := rank.LearnedModel.Marshal()
	edit := func(f func(m *rank.Model)) []byte {
		m, err := rank.LoadModel(good)
		if err != nil {
			t.Fatal(err)
		}
		m.Weights, m.Features = slices.Clone(m.Weights), slices.Clone(m.Features)
		m.Scale = slices.Clone(m.Scale)
		if m.Paragraphs != nil {
			part := *m.Paragraphs
			part.Features = slices.Clone(part.Features)
			part.Trees = slices.Clone(part.Trees)
			m.Paragraphs = &part
		}
		f(m)
		b, _ := m.Marshal()
		return b
	}
	cases := map[string][]byte{
		"not JSON":        []byte("{"),
		"renamed feature": edit(func(m *rank.Model) { m.Features[1] = "headline" }),
		"missing weight":  edit(func(m *rank.Model) { m.Weights = m.Weights[1:] }),
		"zero scale":      edit(func(m *rank.Model) { m.Scale[2] = 0 }),
		"infinite weight": edit(func(m *rank.Model) { m.Weights[3] = math.Inf(1) }),
		"renamed paragraph feature": edit(func(m *rank.Model) {
			m.Paragraphs.Features[0] = "headline"
		}),
		"paragraph tree off the row": edit(func(m *rank.Model) {
			tr := m.Paragraphs.Trees[0]
			tr.Feature = slices.Clone(tr.Feature)
			tr.Feature[0] = len(rank.FeatureNames) + len(rank.ParagraphFeatureNames)
			m.Paragraphs.Trees[0] = tr
		}),
	}
	for name, b := range cases {
		if _, err := rank.LoadModel(b); !errors.Is(err, rank.ErrModel) {
			t.Errorf("%s: err = %v, want ErrModel", name, err)
		}
	}
}

// TestSummariesOfRealArticles checks what no score shows, on the sample article, HTML pages
// and the shortest and longest news articles at hand: every prefix of the ranking is the
// summary one sentence shorter; long stories get three sentences; a summary is never made
// only of direct quotations when the story has other sentences to offer.
func TestSummariesOfRealArticles(t *testing.T) {
	type doc struct {
		name string
		raw  []byte
	}
	docs := []doc{{"sample", fixture.Read(t, fixture.SampleArticle)}}
	pages, err := eval.ExtractionPages(fixture.Path(t, "eval/html-extraction"), 25)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		docs = append(docs, doc{"html " + p.ID, []byte(p.HTML)})
	}
	val, err := eval.LoadHighlights(filepath.Join(fixture.Path(t, "eval/summarization"), "cnndm-val"), 0)
	if err != nil {
		t.Fatal(err)
	}
	arts := slices.Clone(val.Articles)
	slices.SortStableFunc(arts, func(a, b eval.Article) int { return len(a.SourceSentences) - len(b.SourceSentences) })
	for _, a := range append(arts[:5], arts[len(arts)-5:]...) {
		docs = append(docs, doc{a.ID, a.Raw})
	}
	docs = append(docs,
		doc{"one sentence", []byte("The council approved the new budget for schools and roads on Tuesday night.")},
		doc{"two sentences", []byte("The council approved the new budget on Tuesday night.\n\nCritics said it leaves the roads underfunded for another year.")},
	)
	for _, d := range docs {
		res, err := summarizer.Process(context.Background(), d.raw, summarizer.Options{})
		if err != nil {
			t.Errorf("%s: %v", d.name, err)
			continue
		}
		eligible := 0
		for _, s := range res.Sentences {
			if s.Rank >= 0 {
				eligible++
			}
		}
		var prev []int
		for k := 1; k <= 6; k++ {
			var idx []int
			for _, s := range res.Summarize(k, 0) {
				idx = append(idx, s.SentenceIndex)
			}
			if len(idx) != min(k, eligible) || !subset(prev, idx) {
				t.Errorf("%s: summary of %d = %v after %v (%d eligible)", d.name, k, idx, prev, eligible)
			}
			prev = idx
		}
		if len(res.Sentences) >= 10 && len(res.Summarize(3, 0)) != 3 {
			t.Errorf("%s: %d sentences, summary of %d", d.name, len(res.Sentences), len(res.Summarize(3, 0)))
		}
		quoted := 0
		for _, s := range res.Summarize(3, 0) {
			if quoteOnly(s.Text) {
				quoted++
			}
		}
		if quoted == 3 {
			t.Errorf("%s: a summary of quotations only: %v", d.name, res.Summarize(3, 0))
		}
	}
}

func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// quoteOnly reports a sentence that is a quotation from its first mark to its last.
func quoteOnly(s string) bool {
	s = strings.TrimSpace(s)
	return strings.IndexAny(s, "“\"‘") == 0 && strings.LastIndexAny(s, "”\"’") >= len(s)-4
}

// BenchmarkLoadModel is the cold-start cost of the learned scorer: decoding and checking the
// embedded weights, which happens once per process.
func BenchmarkLoadModel(b *testing.B) {
	raw, err := rank.LearnedModel.Marshal()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rank.LoadModel(raw); err != nil {
			b.Fatal(err)
		}
	}
}

package eval

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"github.com/precis-news/precis/internal/eval/rouge"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"github.com/precis-news/precis/shared/summarizer/rank"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// Trial is one configuration of the parameter search and its mean ROUGE F1 (×100): at the
// reference's length and at three sentences.
type Trial struct {
	Params         rank.Params
	RefMean, Three float64
	R1, R2, Lsum   float64 // at reference length
	R1at3, Lsumat3 float64
}

// Grid is the search space: every combination of these values, other fields as in Base.
type Grid struct {
	Base                                  rank.Params
	Centrality, Position, Title, Backward []float64
	PositionDecay, QuoteDiscount          []float64
	MinWords                              []int
	LengthBoost                           []float64
}

// configs expands the grid into every combination of its values.
func (g Grid) configs() []rank.Params {
	base := g.Base
	base.Model = nil // the grid searches the weighted sum, which a learned model replaces
	out := []rank.Params{base}
	expand := func(n int, set func(p *rank.Params, i int)) {
		if n == 0 {
			return
		}
		next := make([]rank.Params, 0, len(out)*n)
		for _, p := range out {
			for i := 0; i < n; i++ {
				q := p
				set(&q, i)
				next = append(next, q)
			}
		}
		out = next
	}
	expand(len(g.Centrality), func(p *rank.Params, i int) { p.Centrality = g.Centrality[i] })
	expand(len(g.Position), func(p *rank.Params, i int) { p.Position = g.Position[i] })
	expand(len(g.Title), func(p *rank.Params, i int) { p.Title = g.Title[i] })
	expand(len(g.Backward), func(p *rank.Params, i int) { p.BackwardWeight = g.Backward[i] })
	expand(len(g.PositionDecay), func(p *rank.Params, i int) { p.PositionDecay = g.PositionDecay[i] })
	expand(len(g.QuoteDiscount), func(p *rank.Params, i int) { p.QuoteDiscount = g.QuoteDiscount[i] })
	expand(len(g.MinWords), func(p *rank.Params, i int) { p.MinWords = g.MinWords[i] })
	expand(len(g.LengthBoost), func(p *rank.Params, i int) { p.LengthBoost = g.LengthBoost[i] })
	return out
}

// Tune scores every configuration of the grid on the articles, ranking sentences only (the
// articles are read, cleaned, segmented and quoted once), best first by the mean of ROUGE-1,
// ROUGE-2 and ROUGE-Lsum at reference length.
func Tune(articles []Article, g Grid, progress io.Writer) []Trial {
	type prepared struct {
		a     Article
		in    rank.Input
		sents []string
		words []int
	}
	var ready []prepared
	for _, a := range articles {
		in, err := RankerInput(a)
		if err != nil {
			continue
		}
		p := prepared{a: a, in: in}
		for _, s := range in.Sentences {
			p.sents = append(p.sents, s.Text)
			p.words = append(p.words, text.CountWords(s.Text))
		}
		ready = append(ready, p)
	}
	var trials []Trial
	for _, p := range g.configs() {
		t := Trial{Params: p}
		for _, r := range ready {
			ranks := rank.Ranks(p.Rank(r.in))
			ref := rouge.Score(join(r.sents, article.Select(ranks, r.words, r.a.RefSentences, 0)), r.a.Reference)
			three := rouge.Score(join(r.sents, article.Select(ranks, r.words, 3, 0)), r.a.Reference)
			t.R1 += ref.R1.F
			t.R2 += ref.R2.F
			t.Lsum += ref.Lsum.F
			t.R1at3 += three.R1.F
			t.Lsumat3 += three.Lsum.F
			t.Three += (three.R1.F + three.R2.F + three.Lsum.F) / 3
		}
		n := float64(len(ready)) / 100
		t.R1, t.R2, t.Lsum, t.R1at3, t.Lsumat3, t.Three = t.R1/n, t.R2/n, t.Lsum/n, t.R1at3/n, t.Lsumat3/n, t.Three/n
		t.RefMean = (t.R1 + t.R2 + t.Lsum) / 3
		trials = append(trials, t)
		if progress != nil && len(trials)%50 == 0 {
			fmt.Fprintf(progress, "%d trials\n", len(trials))
		}
	}
	slices.SortFunc(trials, func(a, b Trial) int { return cmp.Compare(b.RefMean, a.RefMean) })
	return trials
}

// RankerInput reads an article the way the pipeline does (decode, clean, segment, quotes)
// up to what the ranker reads.
func RankerInput(a Article) (rank.Input, error) {
	doc, _, _, err := summarizer.Read(a.Raw, a.ID)
	if err != nil {
		return rank.Input{}, err
	}
	paras := text.Segment(doc.Blocks)
	return summarizer.SummaryInput(paras, doc.Title, quotes.Extract(paras)), nil
}

// Package rank ranks the sentences of an article into an extractive summary.
//
// By default each sentence is scored by a learned model (Model: logistic regression plus
// boosted trees, fitted by cmd/trainsummarizer to greedy-oracle labels against journalists'
// highlights) on features of position, length, centrality, similarity to the opening and the
// whole article, novelty, numbers, names and quotation; in articles written in long
// paragraphs, a paragraph part (ParagraphModel) adds what paragraphing and a length-sensitive
// centrality say, learned from such articles. Without a model, the score is a
// weighted sum of position-aware centrality (PacSum's observation), a lead prior, similarity
// to the headline and opening, a length factor and a quote discount. Either way the ranking
// is then made greedy and redundancy-aware, so that every prefix of it is a good summary: a
// summary of any length is served from the stored ranking without recomputing.
package rank

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// Params are the weights of the scoring function: what the evaluation harness tunes.
type Params struct {
	// Weights of the score's parts.
	Centrality, Position, Title float64
	// BackwardWeight scales similarity to earlier sentences in centrality (forward edges count 1).
	BackwardWeight float64
	// PositionDecay sets how fast the lead prior falls with the sentence index.
	PositionDecay float64
	// ParagraphLead is the bonus for the first sentence of a paragraph.
	ParagraphLead float64
	// MinWords is the length below which a sentence is discounted; MaxWords the one above.
	MinWords, MaxWords int
	// LengthBoost favours sentences longer than the article's mean: the score is scaled by
	// (words/mean)^LengthBoost, within [0.5, 2]. Long sentences carry more of the story.
	LengthBoost float64
	// QuoteDiscount is how much a sentence that is entirely direct quotation loses.
	QuoteDiscount float64
	// Redundancy is the cosine similarity above which a sentence repeats one already chosen.
	Redundancy float64
	// Window bounds how far apart two sentences may be to be compared, keeping long inputs linear.
	Window int
	// Model, when set, scores sentences instead of the weighted sum above (whose weights
	// are then unused); eligibility and redundancy apply as before.
	Model *Model
}

// DefaultParams is the tuned configuration; docs/evaluation.md says on what and how.
var DefaultParams = Params{
	Centrality: 0.7, Position: 0.1, Title: 0,
	BackwardWeight: 1, PositionDecay: 0.15, ParagraphLead: 0.05,
	MinWords: 10, MaxWords: 70, LengthBoost: 0.25, QuoteDiscount: 0,
	Redundancy: 0.35, Window: 400, Model: LearnedModel,
}

// Input is what the ranker reads.
type Input struct {
	Sentences []text.Sentence
	// Title and Lead (the first paragraph) anchor the topic; either may be empty.
	Title string
	// QuoteShare is, per sentence, the share of its characters inside a direct quotation.
	// It may be nil.
	QuoteShare []float64
}

// Ranked is the score and rank of one sentence.
type Ranked struct {
	Score float64
	// Rank is the sentence's place in the greedy summary order (0 first); -1 for sentences
	// that are never chosen (fragments, near-duplicates).
	Rank int
}

// Rank scores every sentence and orders them into a summary ranking.
func (p Params) Rank(in Input) []Ranked {
	n := len(in.Sentences)
	out := make([]Ranked, n)
	if n == 0 {
		return out
	}
	vecs := vectors(in.Sentences)
	if p.Model != nil {
		return p.rankLearned(in, vecs, out)
	}
	cent := p.centrality(vecs)
	var anchor vector
	if in.Title != "" {
		anchor = vectorOf(text.Terms(in.Title), vecs.idf, vecs.ids)
	}
	lead := in.Sentences[0].Paragraph
	var leadTerms []string
	for _, s := range in.Sentences {
		if s.Paragraph != lead {
			break
		}
		leadTerms = append(leadTerms, s.Terms...)
	}
	anchor = anchor.add(vectorOf(leadTerms, vecs.idf, vecs.ids))
	words := make([]int, n)
	meanWords := 0.0
	for i, s := range in.Sentences {
		words[i] = text.CountWords(s.Text)
		meanWords += float64(words[i]) / float64(n)
	}
	for i, s := range in.Sentences {
		pos := 1 / (1 + p.PositionDecay*float64(i))
		if i == 0 || in.Sentences[i-1].Paragraph != s.Paragraph {
			pos += p.ParagraphLead
		}
		title := 0.0
		if i > 0 || in.Title != "" {
			title = cosine(vecs.v[i], anchor)
		}
		score := p.Centrality*cent[i] + p.Position*pos + p.Title*title
		switch w := words[i]; {
		case w < p.MinWords:
			score *= float64(w) / float64(p.MinWords)
		case w > p.MaxWords:
			score *= math.Sqrt(float64(p.MaxWords) / float64(w))
		}
		if p.LengthBoost != 0 && words[i] > 0 {
			score *= min(2, max(0.5, math.Pow(float64(words[i])/meanWords, p.LengthBoost)))
		}
		if in.QuoteShare != nil {
			score *= 1 - p.QuoteDiscount*in.QuoteShare[i]
		}
		out[i].Score = math.Round(score*1e4) / 1e4
	}
	p.order(out, vecs, eligibility(in.Sentences, words))
	return out
}

// rankLearned scores with the model; fragments are never chosen unless nothing else is.
func (p Params) rankLearned(in Input, vecs *vectorSet, out []Ranked) []Ranked {
	words := make([]int, len(in.Sentences))
	for i, s := range in.Sentences {
		words[i] = text.CountWords(s.Text)
	}
	for i, x := range features(in, vecs, words, p.Window) {
		out[i].Score = math.Round(p.Model.Score(x)*1e4) / 1e4
	}
	p.order(out, vecs, eligibility(in.Sentences, words))
	narrativeFirst(out, in.Sentences)
	return out
}

// narrativeFirst moves the best-ranked sentence that is not a quotation to the head of the
// ranking when a quotation heads it: a summary of quotations alone does not tell the story.
// A summary that already holds such a sentence keeps the same sentences.
func narrativeFirst(out []Ranked, sents []text.Sentence) {
	first, best := -1, -1
	for i, r := range out {
		if r.Rank == 0 {
			first = i
		}
		if r.Rank >= 0 && !opensQuote(sents[i].Text) && (best < 0 || r.Rank < out[best].Rank) {
			best = i
		}
	}
	if first < 0 || best < 0 || !opensQuote(sents[first].Text) {
		return
	}
	moved := out[best].Rank
	for i := range out {
		if out[i].Rank >= 0 && out[i].Rank < moved {
			out[i].Rank++
		}
	}
	out[best].Rank = 0
}

// eligibility marks the sentences a summary may use: those that stand alone.
func eligibility(sents []text.Sentence, words []int) []bool {
	eligible := make([]bool, len(sents))
	for i, s := range sents {
		eligible[i] = !fragment(s.Text)
	}
	if !slices.Contains(eligible, true) {
		// Nothing stands alone (run-on text cut to length, lists): rank what has a few words
		// rather than serve no summary at all.
		for i := range eligible {
			eligible[i] = words[i] >= 4
		}
	}
	return eligible
}

// order assigns ranks greedily: best score first, skipping sentences too similar to one
// already ranked.
func (p Params) order(out []Ranked, vecs *vectorSet, eligible []bool) {
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
		out[i].Rank = -1
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(out[b].Score, out[a].Score) })
	var chosen []int
	for _, i := range idx {
		if !eligible[i] {
			continue
		}
		dup := false
		for _, j := range chosen {
			if cosine(vecs.v[i], vecs.v[j]) > p.Redundancy {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		out[i].Rank = len(chosen)
		chosen = append(chosen, i)
		if len(chosen) >= 1000 {
			break // a summary is never longer; keeps pathological inputs linear
		}
	}
}

// Ranks is each sentence's Rank, the form article.Select reads a ranking in.
func Ranks(ranked []Ranked) []int {
	out := make([]int, len(ranked))
	for i, r := range ranked {
		out[i] = r.Rank
	}
	return out
}

// fragment reports whether a sentence cannot stand alone in a summary: too short, no closing
// punctuation, or starting mid-thought.
func fragment(s string) bool {
	if text.CountWords(s) < 4 {
		return true
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "“\"‘'([ "))
	if unicode.IsLower(first) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "”\"’') "))
	return !strings.ContainsRune(".!?…", last)
}

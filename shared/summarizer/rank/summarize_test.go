package rank_test

import (
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/rank"
	"github.com/precis-news/precis/shared/summarizer/text"
)

func sentences(paras ...string) []text.Sentence {
	var blocks []article.Block
	for _, p := range paras {
		blocks = append(blocks, article.Block{Text: p})
	}
	return text.AllSentences(text.Segment(blocks))
}

func TestRankPrefersCentralSentencesAndSkipsDuplicates(t *testing.T) {
	s := sentences(
		"The city council approved a new budget for schools and roads on Tuesday night.",
		"The budget for schools and roads was approved by the city council on Tuesday night.",
		"Council members debated the budget for schools for four hours before the vote.",
		"The mayor's dog attended the meeting.",
		"Ok.",
		"Critics said the schools budget leaves roads underfunded and raises taxes.",
	)
	ranked := rank.DefaultParams.Rank(rank.Input{Sentences: s, Title: "Council approves schools budget"})
	// The lead and its near-duplicate are the most central: one of them comes first, and the
	// other is never chosen.
	if first, dup := min(ranked[0].Rank, ranked[1].Rank), max(ranked[0].Rank, ranked[1].Rank); first != -1 || dup != 0 {
		t.Errorf("ranks of the lead and its near-duplicate = %d, %d; want 0 and -1", ranked[0].Rank, ranked[1].Rank)
	}
	if ranked[4].Rank != -1 {
		t.Errorf("fragment %q ranked %d, want -1", s[4].Text, ranked[4].Rank)
	}
	if ranked[3].Score >= ranked[2].Score {
		t.Errorf("off-topic sentence scored %.3f >= on-topic %.3f", ranked[3].Score, ranked[2].Score)
	}
}

func TestRankEmpty(t *testing.T) {
	if got := rank.DefaultParams.Rank(rank.Input{}); len(got) != 0 {
		t.Errorf("Rank of nothing = %v", got)
	}
}

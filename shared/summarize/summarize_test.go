package summarize_test

import (
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarize"
	"github.com/precis-news/precis/shared/text"
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
	ranked := summarize.DefaultParams.Rank(summarize.Input{Sentences: s, Title: "Council approves schools budget"})
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

func TestSelect(t *testing.T) {
	ranked := []summarize.Ranked{{Score: .9, Rank: 0}, {Score: .1, Rank: -1}, {Score: .5, Rank: 2}, {Score: .7, Rank: 1}}
	words := []int{10, 5, 30, 8}
	cases := []struct {
		n, budget int
		want      []int
	}{
		{1, 0, []int{0}},
		{2, 0, []int{0, 3}},
		{3, 0, []int{0, 2, 3}},
		{9, 0, []int{0, 2, 3}},
		{0, 20, []int{0, 3}},
		{0, 5, []int{0}}, // the best sentence even when over budget
	}
	for _, c := range cases {
		got := summarize.Select(ranked, words, c.n, c.budget)
		if len(got) != len(c.want) {
			t.Errorf("Select(n=%d, budget=%d) = %v, want %v", c.n, c.budget, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Select(n=%d, budget=%d) = %v, want %v", c.n, c.budget, got, c.want)
				break
			}
		}
	}
}

func TestRankEmpty(t *testing.T) {
	if got := summarize.DefaultParams.Rank(summarize.Input{}); len(got) != 0 {
		t.Errorf("Rank of nothing = %v", got)
	}
}

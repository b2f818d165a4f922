package rank

import (
	"slices"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// A ranking headed by a quotation puts the best sentence that is not one first, so that a
// summary never holds quotations alone; a ranking headed by a narrative sentence stays.
func TestNarrativeFirst(t *testing.T) {
	sents := []text.Sentence{
		{Text: "A British director has won the Oscar for best short film."},
		{Text: "“I felt so privileged to have a thousand people watching my film,” says Arnold."},
		{Text: "“The other nominees made their films for this reason or that.”"},
		{Text: "\"I'd still be proud of it even if it hadn't won,\" she said."},
		{Text: "The film follows a young woman on a night out in Glasgow."},
	}
	cases := []struct {
		name      string
		ranks     []int
		wantRanks []int
	}{
		{"quotations ranked first", []int{3, 0, 1, 2, 4}, []int{0, 1, 2, 3, 4}},
		{"a quotation first, a narrative sentence next", []int{4, 0, 2, 3, 1}, []int{4, 1, 2, 3, 0}},
		{"a narrative sentence first", []int{0, 1, 2, 3, 4}, []int{0, 1, 2, 3, 4}},
		{"unranked sentences stay unranked", []int{-1, 0, 1, 2, 3}, []int{-1, 1, 2, 3, 0}},
		{"quotations only", []int{-1, 0, 1, 2, -1}, []int{-1, 0, 1, 2, -1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := make([]Ranked, len(c.ranks))
			for i, r := range c.ranks {
				out[i].Rank = r
			}
			narrativeFirst(out, sents)
			if got := Ranks(out); !slices.Equal(got, c.wantRanks) {
				t.Errorf("ranks = %v, want %v", got, c.wantRanks)
			}
		})
	}
}

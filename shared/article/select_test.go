package article_test

import (
	"testing"

	"github.com/precis-news/precis/shared/article"
)

func TestSelect(t *testing.T) {
	ranks := []int{0, -1, 2, 1}
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
		got := article.Select(ranks, words, c.n, c.budget)
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

package article

import (
	"cmp"
	"slices"
)

// Select returns the indexes of the summary of at most n sentences, or of at most budget
// words when budget > 0, in document order, from a stored ranking: ranks[i] is sentence i's place in
// the summary order (0 first), -1 when it is never chosen; words[i] is its length in words.
func Select(ranks, words []int, n, budget int) []int {
	order := make([]int, 0, len(ranks))
	for i, r := range ranks {
		if r >= 0 {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(ranks[a], ranks[b]) })
	var out []int
	total := 0
	for _, i := range order {
		if budget > 0 {
			if total+words[i] > budget && len(out) > 0 {
				continue
			}
			total += words[i]
		} else if len(out) >= n {
			break
		}
		out = append(out, i)
	}
	slices.Sort(out)
	return out
}

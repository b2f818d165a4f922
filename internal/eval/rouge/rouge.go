// Package rouge scores a summary against a reference with ROUGE-1, ROUGE-2 and ROUGE-Lsum,
// following the conventions of the reference implementation used in papers (rouge-score):
// text is lowercased, tokens are runs of [a-z0-9], tokens longer than three characters are
// stemmed, and ROUGE-Lsum takes the union LCS of every reference sentence with the summary's
// sentences (sentences are separated by newlines).
package rouge

import (
	"strings"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// PRF is precision, recall and F1.
type PRF struct {
	P, R, F float64
}

// Scores are the three measures of one summary.
type Scores struct {
	R1, R2, Lsum PRF
}

// Tokens splits s the way the reference implementation does.
func Tokens(s string) []string {
	var out []string
	s = strings.ToLower(s)
	start := -1
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9')
		if alnum && start < 0 {
			start = i
		}
		if !alnum && start >= 0 {
			out = append(out, text.Stem(s[start:i]))
			start = -1
		}
	}
	return out
}

// Score compares a candidate summary with a reference, both with one sentence per line.
func Score(candidate, reference string) Scores {
	candSents, refSents := sentences(candidate), sentences(reference)
	cand, ref := flatten(candSents), flatten(refSents)
	return Scores{
		R1:   ngram(cand, ref, 1),
		R2:   ngram(cand, ref, 2),
		Lsum: lsum(candSents, refSents),
	}
}

func sentences(s string) [][]string {
	var out [][]string
	for _, line := range strings.Split(s, "\n") {
		if t := Tokens(line); len(t) > 0 {
			out = append(out, t)
		}
	}
	return out
}

func flatten(sents [][]string) []string {
	var out []string
	for _, s := range sents {
		out = append(out, s...)
	}
	return out
}

func fmeasure(p, r float64) PRF {
	if p+r == 0 {
		return PRF{P: p, R: r}
	}
	return PRF{P: p, R: r, F: 2 * p * r / (p + r)}
}

func ngrams(tokens []string, n int) map[string]int {
	m := map[string]int{}
	for i := 0; i+n <= len(tokens); i++ {
		m[strings.Join(tokens[i:i+n], " ")]++
	}
	return m
}

func ngram(cand, ref []string, n int) PRF {
	c, r := ngrams(cand, n), ngrams(ref, n)
	var overlap, nc, nr int
	for g, k := range c {
		overlap += min(k, r[g])
		nc += k
	}
	for _, k := range r {
		nr += k
	}
	if nc == 0 || nr == 0 {
		return PRF{}
	}
	return fmeasure(float64(overlap)/float64(nc), float64(overlap)/float64(nr))
}

// lsum is summary-level LCS: for each reference sentence, the union of its LCS with every
// candidate sentence; each token counted at most as often as it occurs on both sides.
func lsum(cand, ref [][]string) PRF {
	m, n := 0, 0
	refCounts, candCounts := map[string]int{}, map[string]int{}
	for _, s := range ref {
		m += len(s)
		for _, t := range s {
			refCounts[t]++
		}
	}
	for _, s := range cand {
		n += len(s)
		for _, t := range s {
			candCounts[t]++
		}
	}
	if m == 0 || n == 0 {
		return PRF{}
	}
	hits := 0
	for _, r := range ref {
		union := map[int]bool{}
		for _, c := range cand {
			for _, i := range lcsIndexes(r, c) {
				union[i] = true
			}
		}
		for i := range r {
			if !union[i] {
				continue
			}
			t := r[i]
			if candCounts[t] > 0 && refCounts[t] > 0 {
				hits++
				candCounts[t]--
				refCounts[t]--
			}
		}
	}
	return fmeasure(float64(hits)/float64(n), float64(hits)/float64(m))
}

// lcsIndexes returns the indexes in r of one longest common subsequence of r and c, found by
// the same backtracking as the reference implementation.
func lcsIndexes(r, c []string) []int {
	rows, cols := len(r), len(c)
	table := make([][]int, rows+1)
	for i := range table {
		table[i] = make([]int, cols+1)
	}
	for i := 1; i <= rows; i++ {
		for j := 1; j <= cols; j++ {
			if r[i-1] == c[j-1] {
				table[i][j] = table[i-1][j-1] + 1
			} else {
				table[i][j] = max(table[i-1][j], table[i][j-1])
			}
		}
	}
	var out []int
	i, j := rows, cols
	for i > 0 && j > 0 {
		switch {
		case r[i-1] == c[j-1]:
			out = append(out, i-1)
			i, j = i-1, j-1
		case table[i][j-1] > table[i-1][j]:
			j--
		default:
			i--
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// Package keywords picks a handful of key phrases from an article: runs of content words
// (RAKE-style candidates) scored by how often their words recur, with a bonus for the lead.
package keywords

import (
	"cmp"
	"slices"
	"strings"

	"github.com/precis-news/precis/shared/text"
)

type candidate struct {
	key     string // stems, space-joined
	surface map[string]int
	count   int
	first   int
	stems   []string
}

// Extract returns up to n key phrases of the sentences, most important first.
func Extract(sentences []string, n int) []string {
	freq := map[string]int{}
	cands := map[string]*candidate{}
	var order []*candidate
	pos := 0
	for _, s := range sentences {
		words := text.WordsAsWritten(s)
		var run []string
		flush := func() {
			for len(run) > 3 {
				run = run[1:]
			}
			if len(run) == 0 {
				return
			}
			stems := make([]string, len(run))
			for i, w := range run {
				stems[i] = text.Stem(strings.TrimSuffix(strings.ToLower(strings.ReplaceAll(w, "’", "'")), "'s"))
			}
			key := strings.Join(stems, " ")
			c := cands[key]
			if c == nil {
				c = &candidate{key: key, surface: map[string]int{}, first: pos, stems: stems}
				cands[key] = c
				order = append(order, c)
			}
			c.count++
			c.surface[strings.Join(run, " ")]++
			run = run[:0]
		}
		for _, w := range words {
			pos++
			lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
			if text.IsStopword(lw) || len(w) < 3 || isNumber(w) {
				flush()
				continue
			}
			freq[text.Stem(strings.TrimSuffix(lw, "'s"))]++
			run = append(run, w)
		}
		flush()
	}
	score := func(c *candidate) float64 {
		s := 0.0
		for _, st := range c.stems {
			s += float64(freq[st])
		}
		s = s / float64(len(c.stems)) * (1 + 0.5*float64(len(c.stems)-1))
		s *= float64(c.count)
		if c.first < 60 {
			s *= 1.5
		}
		return s
	}
	slices.SortStableFunc(order, func(a, b *candidate) int { return cmp.Compare(score(b), score(a)) })
	var out []string
	used := map[string]bool{}
	for _, c := range order {
		if len(out) >= n || score(c) < 3 {
			break
		}
		overlap := false
		for _, st := range c.stems {
			if used[st] {
				overlap = true
			}
		}
		if overlap {
			continue
		}
		for _, st := range c.stems {
			used[st] = true
		}
		out = append(out, mostCommon(c.surface))
	}
	return out
}

func mostCommon(m map[string]int) string {
	best, n := "", -1
	for s, c := range m {
		if c > n || (c == n && s < best) {
			best, n = s, c
		}
	}
	return best
}

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

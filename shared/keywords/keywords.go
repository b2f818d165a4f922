// Package keywords picks a handful of key phrases from an article: runs of content words
// (RAKE-style candidates) scored by how often their words recur, with a bonus for the lead.
package keywords

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
			if text.IsStopword(lw) || len(w) < 3 || isNumber(w) || breakers[lw] {
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
		if c.count < 2 && (len(c.stems) == 1 || score(c) < 6) {
			continue // a phrase said once is rarely what the article is about
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

// mostCommon returns the most frequent way a phrase is written, lower case first on a tie
// (sentence-initial capitals are not part of the phrase).
func mostCommon(m map[string]int) string {
	type form struct {
		s     string
		n     int
		lower bool
	}
	forms := make([]form, 0, len(m))
	for s, c := range m {
		r, size := utf8.DecodeRuneInString(s)
		lower := unicode.IsLower(r)
		if lower {
			c += m[string(unicode.ToUpper(r))+s[size:]] // "Families" at a sentence start counts for "families"
		}
		forms = append(forms, form{s, c, lower})
	}
	// A total order, so that the same article always gives the same keywords.
	slices.SortFunc(forms, func(a, b form) int {
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		if a.lower != b.lower {
			if a.lower {
				return -1
			}
			return 1
		}
		return strings.Compare(a.s, b.s)
	})
	return forms[0].s
}

// breakers end a candidate phrase although they are not stopwords: numbers in words, days
// and months carry no topic.
var breakers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`one two three four five six seven eight nine ten eleven twelve hundred
	hundreds thousand thousands million millions billion billions dozen dozens first second third
	monday tuesday wednesday thursday friday saturday sunday january february march april june july
	august september october november december today yesterday tomorrow week weeks month months year
	years day days mr mrs ms dr percent per cent`) {
		breakers[w] = true
	}
}

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

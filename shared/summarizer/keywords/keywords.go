// Package keywords picks a handful of key phrases from an article: runs of content words
// (RAKE-style candidates) scored by how often their words recur, with a bonus for the lead.
package keywords

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

type candidate struct {
	surface map[string]int
	count   int
	first   int
	stems   []string
	score   float64
}

// Extract returns up to n key phrases of the sentences, most important first.
func Extract(sentences []string, n int) []string {
	freq := map[string]int{}
	cands := map[string]*candidate{}
	var order []*candidate
	pos := 0
	var run, runStems []string
	flush := func() {
		if len(run) > 3 {
			run, runStems = run[len(run)-3:], runStems[len(runStems)-3:]
		}
		if len(run) == 0 {
			return
		}
		key := strings.Join(runStems, " ")
		c := cands[key]
		if c == nil {
			c = &candidate{surface: map[string]int{}, first: pos, stems: slices.Clone(runStems)}
			cands[key] = c
			order = append(order, c)
		}
		c.count++
		c.surface[strings.Join(run, " ")]++
		run, runStems = run[:0], runStems[:0]
	}
	for _, s := range sentences {
		last := 0 // the end of the word before
		text.EachWord(s, func(start, end int) {
			w := s[start:end]
			pos++
			// Punctuation between two words ends a phrase, as a stopword does: "Main
			// Street, ending …" holds no "Main Street ending".
			if strings.TrimSpace(s[last:start]) != "" {
				flush()
			}
			last = end
			lw := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
			if stopword(lw) || len(w) < 3 || isNumber(w) || breakers[lw] {
				flush()
				return
			}
			st := text.Stem(strings.TrimSuffix(lw, "'s"))
			freq[st]++
			run = append(run, w)
			runStems = append(runStems, st)
		})
		flush()
	}
	for _, c := range order {
		sum := 0.0
		for _, st := range c.stems {
			sum += float64(freq[st])
		}
		c.score = sum / float64(len(c.stems)) * (1 + 0.5*float64(len(c.stems)-1)) * float64(c.count)
		if c.first < 60 {
			c.score *= 1.5
		}
	}
	slices.SortStableFunc(order, func(a, b *candidate) int { return cmp.Compare(b.score, a.score) })
	var out []string
	used := map[string]bool{}
	for _, c := range order {
		if len(out) >= n || c.score < 3 {
			break
		}
		if c.count < 2 && (len(c.stems) == 1 || c.score < 6) {
			continue // a phrase said once is rarely what the article is about
		}
		overlap := false
		for _, st := range c.stems {
			overlap = overlap || used[st]
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
// and months, and the verbs that attribute speech ("according to" is no topic) carry none.
var breakers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`one two three four five six seven eight nine ten eleven twelve hundred
	hundreds thousand thousands million millions billion billions dozen dozens first second third
	monday tuesday wednesday thursday friday saturday sunday january february march april june july
	august september october november december today yesterday tomorrow week weeks month months year
	years day days mr mrs ms dr percent per cent
	said says told tells added asked asks explained wrote writes stated noted replied recalled
	insisted warned argued according`) {
		breakers[w] = true
	}
}

// stopword reports whether lower-case word w is a stopword, or one contracted with a verb
// ("there'll", "they've", "who'd"), which is no topic either.
func stopword(w string) bool {
	if text.IsStopword(w) {
		return true
	}
	i := strings.LastIndexByte(w, '\'')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "ll", "re", "ve", "d", "m", "s":
		return text.IsStopword(w[:i])
	}
	return false
}

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

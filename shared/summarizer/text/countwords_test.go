package text_test

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// countWordsByRune is CountWordsUpTo as first written, rune by rune: a word is a run of
// letters and digits, joined across apostrophes and hyphens.
func countWordsByRune(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if n >= limit {
			return limit
		}
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		if !(w || r == '\'' || r == '’' || r == '-') {
			in = false
		} else if w {
			in = true
		}
	}
	return n
}

func TestCountWordsUpToMatchesRunes(t *testing.T) {
	inputs := []string{"", " ", "a", "-a-", "it's", "rock'n'roll", "co-op — 9/11", "l’été à Paris",
		"Москва 2024", "北京 news", "ab\xffcd", "\xe2\x80", "x-'-y", "’’a’’", "Mr. Putin’s visit, on Dec. 19 — a one-day trip."}
	inputs = append(inputs, newsCases...)
	for _, s := range inputs {
		for _, limit := range []int{0, 1, 2, 3, 5, 8, math.MaxInt} {
			if got, want := text.CountWordsUpTo(s, limit), countWordsByRune(s, limit); got != want {
				t.Errorf("CountWordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
	// Generated texts, long enough to be read eight bytes at a time, of the characters that
	// start, join, end or cut short a word.
	parts := []string{"a", "Z", "m", "0", "9", " ", "'", "-", "’", ".", ",", "@", "[", "`", "{", "/", ":", "\n",
		"é", "Ж", "北", "—", "\xff", "\xe2\x80"}
	rng := rand.New(rand.NewPCG(7, 11))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		for _, limit := range []int{0, 1, 3, 7, math.MaxInt} {
			if got, want := text.CountWordsUpTo(s, limit), countWordsByRune(s, limit); got != want {
				t.Fatalf("CountWordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
	if got := text.CountWords(strings.Repeat("word ", 40)); got != 40 {
		t.Errorf("CountWords of 40 words = %d", got)
	}
}

package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestOpensWithMonth: every block whose first word monthOf reads as a month passes the
// cheap test datedItem asks first, and a block opening with another word does not.
func TestOpensWithMonth(t *testing.T) {
	var firsts []string
	for _, m := range []string{"January", "Feb", "MARCH", "apr.", "May", "june", "Jul.", "AUGUST", "Sept", "oct", "November", "Dec.", "Ja", "Monday", "Mayor", "Décembre", "\u212Aan", "Jİn"} {
		firsts = append(firsts, m, strings.ToLower(m), strings.ToUpper(m))
	}
	months := 0
	for _, f := range firsts {
		for _, rest := range []string{"", " 9 – West Palm Beach, FL @ Coral Sky", ": 10 de março"} {
			// A block of Params.Blocks is not squeezed: one byte of white space may lead.
			for _, lead := range []string{"", " ", "\t"} {
				text := lead + f + rest
				want := monthOf(strings.Fields(text)[0]) != 0
				if want {
					months++
				}
				if want && !opensWithMonth(text) {
					t.Errorf("opensWithMonth(%q) = false, but its first word is a month", text)
				}
			}
		}
	}
	if months < 30 {
		t.Fatalf("only %d generated blocks open with a month: the test checks too little", months)
	}
	for _, text := range []string{"", "Ma", "Home", "Monday, June 9", "2019-06-09 – Tampa", "  June 9", "\u00a0June 9"} {
		if opensWithMonth(text) {
			t.Errorf("opensWithMonth(%q) = true", text)
		}
	}
}

// TestBlockSentence: a classified block tells whether it is a sentence, and prose, as its
// text does when asked afresh.
func TestBlockSentence(t *testing.T) {
	share := func(string, wordStats) float64 { return 0.3 }
	var sc scanner
	for _, text := range []string{"", "Home", "Read more.", "One two three.", "One two three four.", "One two three four five six.",
		"One two three four five six", "“One two three four five six.”", "一二三四五六。", "Yes! (Really.)", "A b c d e f g h i j k l m n o p."} {
		b := DefaultParams.classify(text, sc.stats(text, nil, nil), share)
		if got, want := b.sentence(), sentence(text); got != want {
			t.Errorf("%q: sentence() = %v, want %v", text, got, want)
		}
		if got, want := b.prose(), endsSentence(text) && wordsAtLeast(text, minProseWords); got != want {
			t.Errorf("%q: prose() = %v, want %v", text, got, want)
		}
	}
}

// TestByteSearches: the tests that find a block's quotation marks and copyright sign by
// searching for a byte answer as the plain statement of their rule does, on generated
// blocks of those characters, others that open with the same byte, and bytes that are not
// UTF-8.
func TestByteSearches(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want func(string) bool
		parts     []string
	}{
		{"holdsQuotation", holdsQuotation, func(t string) bool {
			return strings.Contains(t, "“") && strings.Contains(t, "”") || strings.Count(t, `"`) >= 2 || strings.Contains(t, "‘") && strings.Contains(t, "’")
		}, []string{"a", " said ", `"`, "“", "”", "‘", "’", "—", "…", "é", "\xe2", "\xe2\x80"}},
		{"holdsCopyright", holdsCopyright, func(t string) bool { return strings.ContainsRune(t, '©') },
			[]string{"a", "©", "\u00a0", "«", "»", "°", "\xc2", "\xa9", "é", " "}},
	} {
		rng := rand.New(rand.NewPCG(5, 6))
		hits := 0
		for range 50000 {
			s := randomText(rng, c.parts, 9)
			want := c.want(s)
			if got := c.got(s); got != want {
				t.Fatalf("%s(%q) = %v", c.name, s, got)
			}
			if want {
				hits++
			}
		}
		if hits < 1000 {
			t.Fatalf("%s: only %d generated blocks hold what it looks for: the test checks too little", c.name, hits)
		}
	}
}

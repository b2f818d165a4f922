package text

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// nextWordReference is NextWord as first written, rune by rune: the quicker loops must
// find the same bounds.
func nextWordReference(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r < utf8.RuneSelf {
			if asciiWord[r] {
				if start < 0 {
					start = i
				}
				i++
				continue
			}
		} else if r, n = utf8.DecodeRuneInString(s[i:]); isWordRune(r) {
			if start < 0 {
				start = i
			}
			i += n
			continue
		}
		if start >= 0 && joins(s, i, r, n) {
			i += n
			continue
		}
		if start >= 0 {
			return start, i
		}
		i += n
	}
	if start >= 0 {
		return start, len(s)
	}
	return -1, -1
}

// nextWordCases are the joiners at every place a word may hold them, between ASCII and
// other characters, at the ends of the text, and bytes that are not UTF-8.
var nextWordCases = []string{
	"", "a", "'", "-a", "a-", "a-b", "a--b", "a'b", "a'_b", "a-_b", "a’b", "’a", "a’", "a‘b",
	"3.5", "3,000", "a.5", "3.a", "3..5", "3.", ".5", "٣.٥", "3.٥", "x,y", "a-é", "é-a",
	"don't stop", "bread-and-salt", "“We’ll vote.”", "caf\xe9 x\xff-y", "a-\xffb", "a'\u0301",
	"市议会 - Public", "İSTANBUL-ẞtraße", "_a_", "a_b", "  \t\n", "—a—b—",
}

// TestNextWordMatchesReference: NextWord finds the words the rune-by-rune loop found.
func TestNextWordMatchesReference(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for i := 0; ; {
			gs, ge := NextWord(s, i)
			ws, we := nextWordReference(s, i)
			if gs != ws || ge != we {
				t.Fatalf("%q from %d: NextWord = %d, %d; reference = %d, %d", s, i, gs, ge, ws, we)
			}
			if gs < 0 {
				return
			}
			i = ge
		}
	}
	for _, s := range nextWordCases {
		check(s)
		check(string(AppendLower(nil, s)))
	}
	// Random texts over an alphabet of word characters, joiners and separators.
	alphabet := []string{"a", "Z", "7", "é", "’", "‘", "'", "-", ".", ",", "_", " ", "—", "\xff", "市", "\u0301", "٣"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, alphabet[rng.IntN(len(alphabet))]...)
		}
		check(string(b))
	}
}

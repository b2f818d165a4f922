package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSqueezeTwoByteCharacters: squeeze, which skips the characters of two bytes without
// looking them up, still turns the two of them that are white space (U+0085, U+00A0) into a
// space, and keeps bytes that are not UTF-8, as strings.Fields does.
func TestSqueezeTwoByteCharacters(t *testing.T) {
	alphabet := []string{"a", " ", "  ", "\t", "Ж", "é", "\u0085", "\u00a0", "\u07ff", "\xc3", "\xc3(", "\xc2", "\x80", "\xe2\x80\xa8", "’"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := squeeze(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("squeeze(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestShortWord: shortWord counts the characters of a lower-cased word as utf8.RuneCount
// does.
func TestShortWord(t *testing.T) {
	alphabet := []string{"a", "é", "ж", "市", "𝄞", "'", "\u0301"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(9) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		w := []byte(b.String())
		if got, want := shortWord(w), utf8.RuneCount(w) <= maxShortWord; got != want {
			t.Fatalf("shortWord(%q) = %v, want %v", w, got, want)
		}
	}
}

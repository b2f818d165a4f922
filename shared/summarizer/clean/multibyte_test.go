package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// randomText joins up to max-1 of parts, drawn at random.
func randomText(rng *rand.Rand, parts []string, max int) string {
	var b strings.Builder
	for range rng.IntN(max) {
		b.WriteString(parts[rng.IntN(len(parts))])
	}
	return b.String()
}

// TestSqueezeTwoByteCharacters: squeeze, which skips the characters of two bytes without
// looking them up, still turns the two of them that are white space (U+0085, U+00A0) into a
// space, and keeps bytes that are not UTF-8, as strings.Fields does.
func TestSqueezeTwoByteCharacters(t *testing.T) {
	alphabet := []string{"a", " ", "  ", "\t", "Ж", "é", "\u0085", "\u00a0", "\u07ff", "\xc3", "\xc3(", "\xc2", "\x80", "\xe2\x80\xa8", "’"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		s := randomText(rng, alphabet, 24)
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
		w := []byte("ж" + randomText(rng, alphabet, 8))
		if got, want := shortWord(w), utf8.RuneCount(w) <= maxShortWord; got != want {
			t.Fatalf("shortWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTwoByteRun8: twoByteRun8 takes eight bytes when they are whole characters of one or
// two bytes, seven when the eighth opens such a character, as utf8 decodes them, and no
// other bytes.
func TestTwoByteRun8(t *testing.T) {
	reference := func(b []byte) (k, chars int) {
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			switch {
			case r == utf8.RuneError && n == 1 && i == 7 && b[i] >= 0xC2 && b[i] < 0xE0:
				return 7, chars // a character of two bytes cut short at the end
			case r == utf8.RuneError && n == 1, n > 2:
				return 0, 0
			}
			i, chars = i+n, chars+1
		}
		return 8, chars
	}
	alphabet := []byte{'a', ' ', 0x7F, 0x80, 0x85, 0xBF, 0xC0, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0, 0xE3, 0xF0, 0xFF}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 200000 {
		var b [8]byte
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		if rng.IntN(2) == 0 { // mostly whole characters
			s := []byte(strings.Repeat("жa", 4))
			copy(b[:], s[rng.IntN(2):])
			b[rng.IntN(8)] = alphabet[rng.IntN(len(alphabet))]
		}
		wantK, wantChars := reference(b[:])
		if k, chars := twoByteRun8(text.Load8(string(b[:]), 0)); k != wantK || k != 0 && chars != wantChars {
			t.Fatalf("twoByteRun8(% x) = %d, %d, want %d, %d", b, k, chars, wantK, wantChars)
		}
	}
}

// TestHasUnspacedEveryRune: hasUnspaced, which decodes only the characters whose lead byte
// may open an unspaced script's, finds every character unspaced reports, alone and among
// other text, and no other.
func TestHasUnspacedEveryRune(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		s := string(r)
		if got, want := hasUnspaced(s), unspaced(r); got != want {
			t.Fatalf("hasUnspaced(%U) = %v, want %v", r, got, want)
		}
		if got, want := hasUnspaced("한국어 "+s+" text"), unspaced(r); got != want {
			t.Fatalf("hasUnspaced(한국어 %U text) = %v, want %v", r, got, want)
		}
	}
}

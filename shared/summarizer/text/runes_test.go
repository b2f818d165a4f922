package text

import (
	"testing"
	"unicode"
)

// TestRuneClassesMatchUnicode: the bitmaps and the quick lower-casing agree with unicode's
// tables on every rune.
func TestRuneClassesMatchUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		letterOrDigit := unicode.IsLetter(r) || unicode.IsDigit(r)
		if got := IsLetterOrDigit(r); got != letterOrDigit {
			t.Fatalf("IsLetterOrDigit(%U) = %v, want %v", r, got, letterOrDigit)
		}
		if got, want := isWordRune(r), letterOrDigit || unicode.Is(unicode.Mn, r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, want %U", r, got, want)
		}
		if got, want := r < 1<<16 && runeClasses().lowers(uint32(r)), r < 1<<16 && unicode.ToLower(r) != r; got != want {
			t.Fatalf("lowers(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestStopwordSet: the stoplist as a WordSet holds each stopword, and no word one letter
// longer or shorter unless the stoplist holds that too.
func TestStopwordSet(t *testing.T) {
	for w := range stopwords {
		if !IsStopwordBytes([]byte(w)) {
			t.Errorf("IsStopwordBytes(%q) = false", w)
		}
		for _, v := range []string{w + "x", "x" + w, w[1:], w[:len(w)-1]} {
			if got, want := IsStopwordBytes([]byte(v)), stopwords[v]; got != want {
				t.Errorf("IsStopwordBytes(%q) = %v, want %v", v, got, want)
			}
		}
	}
}

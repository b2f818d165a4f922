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
	}
}

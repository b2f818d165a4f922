package clean

import (
	"testing"
	"unicode"
)

// TestRuneShortcuts: spaceRune and upperRune answer as unicode.IsSpace and unicode.IsUpper
// for every rune.
func TestRuneShortcuts(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if spaceRune(r) != unicode.IsSpace(r) {
			t.Errorf("spaceRune(%U) = %v", r, spaceRune(r))
		}
		if upperRune(r) != unicode.IsUpper(r) {
			t.Errorf("upperRune(%U) = %v", r, upperRune(r))
		}
	}
}

package text

import (
	"strings"
	"testing"
)

// lower agrees with strings.ToLower on ASCII, on punctuation without case and on letters
// outside ASCII.
func TestLower(t *testing.T) {
	for _, s := range []string{"", "abc", "The Council’s “Plan” — Approved", "ÉCOLE Élève", "Straße İstanbul", "MIXED ’ Ä", "don’t…"} {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}

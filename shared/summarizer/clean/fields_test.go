package clean

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestFieldsUpTo: the first fields and whether more follow, as strings.Fields tells, on
// generated strings of words, ASCII and Unicode spaces, and bytes that are not UTF-8.
func TestFieldsUpTo(t *testing.T) {
	parts := []string{"a", "Word", "é", "Ж", "中", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\u00a0", "\u0085", "\u2003", "\u3000", "\xff", "\xe2\x80", "’", "("}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		s := randomText(rng, parts, 30)
		all := strings.Fields(s)
		for _, size := range []int{0, 1, 4, 21} {
			buf := make([]string, size)
			got, more := fieldsUpTo(s, buf)
			want := all[:min(size, len(all))]
			if !slices.Equal(got, want) || more != (len(all) > size) {
				t.Fatalf("fieldsUpTo(%q, %d) = %q, %v; want %q, %v", s, size, got, more, want, len(all) > size)
			}
		}
	}
}

// TestUpperRune: upperRune is unicode.IsUpper for every rune.
func TestUpperRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if upperRune(r) != unicode.IsUpper(r) {
			t.Fatalf("upperRune(%U) = %v", r, upperRune(r))
		}
	}
}

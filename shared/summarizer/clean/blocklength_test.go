package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestBlockLength: blockLength is the character count with each character of an unspaced
// script counted unspacedWidth times, invalid bytes one character each.
func TestBlockLength(t *testing.T) {
	reference := func(s string) int {
		n := 0
		for _, r := range s {
			n++
			if unspaced(r) {
				n += unspacedWidth - 1
			}
		}
		return n
	}
	cases := []string{"", "a", "12345678", "123456789", "The council’s vote", "市议会周二批准了", "caf\xe9 \xff\xfe\xe4\xb8", "ไทย and 日本語 text", strings.Repeat("abcdefg", 9) + "é"}
	alphabet := []string{"a", "Z", " ", "é", "’", "市", "ก", "\xff", "\xe4\xb8", "𝄞", "Ж", "\u07ff", "\xc3", "\xc1\x81", "\x80"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		cases = append(cases, randomText(rng, alphabet, 30))
	}
	for _, s := range cases {
		if got, want := blockLength(s), reference(s); got != want {
			t.Fatalf("blockLength(%q) = %d, want %d", s, got, want)
		}
	}
	if got := blockLength("市议会 ab"); got != 3*unspacedWidth+3 {
		t.Errorf("blockLength(市议会 ab) = %d, want %d", got, 3*unspacedWidth+3)
	}
}

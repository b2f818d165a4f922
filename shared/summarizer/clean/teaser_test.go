package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// gluedTeaserReference is gluedTeaser as first written: every seam of the block is tried,
// however far into it.
func gluedTeaserReference(t string) bool {
	if len(t) < 60 || len(t) > 600 {
		return false
	}
	prev := rune(0)
	for i := 0; i < len(t); {
		// Most characters are ASCII, and most of those are no capital: eight bytes at a
		// time while they are.
		for ; i+8 <= len(t); i += 8 {
			if x := text.Load8(t, i); x&0x8080808080808080 != 0 || !noSeam8(x, prev) {
				break
			}
			prev = rune(t[i+7])
		}
		if i >= len(t) {
			break
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if r < utf8.RuneSelf && (r < 'A' || r > 'Z') {
			prev = r
			i += n
			continue
		}
		if i > 0 && upperRune(r) && seamAfter(prev) {
			if headlineBefore(t[:i]) && teaserAfter(t[i:]) {
				return true
			}
		}
		prev = r
		i += n
	}
	return false
}

// TestGluedTeaserStopsEarly: gluedTeaser, which stops reading where no seam can open a
// teaser any more, agrees with the reference that reads every seam, on generated blocks of
// headlines, teasers, brackets, spaces of every kind and capitals of other alphabets.
func TestGluedTeaserStopsEarly(t *testing.T) {
	words := []string{"Customers", "Leave", "Without", "Paying", "At", "Troy", "Steakhouse", "the", "a", "party", "of", "six",
		"left.", "iPhone", "McDonald", "(CNN)", "Hong", "Kong", "2019", "Ещё", "Москва", "über", "Ölpreis", "“Quote”", "it’s",
		"Dr.", "U.S.", "said", "on", "Friday", "news", "(", "Ü(a", "x(Y"}
	seps := []string{" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "", ". ", "\n"}
	rng := rand.New(rand.NewPCG(3, 4))
	agree, teasers := 0, 0
	for range 200000 {
		var b strings.Builder
		for range 5 + rng.IntN(60) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		s := b.String()
		got, want := gluedTeaser(s), gluedTeaserReference(s)
		if got != want {
			t.Fatalf("gluedTeaser(%q) = %v, want %v", s, got, want)
		}
		agree++
		if want {
			teasers++
		}
	}
	if teasers < 100 {
		t.Fatalf("only %d of %d generated blocks are teasers: the test checks too little", teasers, agree)
	}
}

package clean

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// hasUnspaced finds a character of an unspaced script wherever it stands among the eight
// bytes it reads at a time, and is not misled by other characters of three bytes.
func TestHasUnspacedAtEveryOffset(t *testing.T) {
	for _, c := range []struct {
		char string
		want bool
	}{
		{"中", true}, {"の", true}, {"ก", true}, {"’", false}, {"€", false}, {"é", false}, {"\xff", false},
	} {
		for pad := 0; pad <= 17; pad++ {
			for _, tail := range []int{0, 1, 9} {
				s := strings.Repeat("a", pad) + c.char + strings.Repeat(" b", tail)
				if got := hasUnspaced(s); got != c.want {
					t.Errorf("hasUnspaced(%q) = %v, want %v", s, got, c.want)
				}
			}
		}
	}
}

// squeeze reads eight bytes at a time where it can, and still trims the block and turns
// each run of white space into one space wherever the run stands.
func TestSqueezeAtEveryOffset(t *testing.T) {
	for _, space := range []string{" ", "  ", "\t", "\n", " \n ", "\u00a0", "\u3000", "’"} {
		for pad := 0; pad <= 17; pad++ {
			for _, tail := range []int{0, 1, 9} {
				for _, edge := range []string{"", " ", "\n"} {
					s := edge + strings.Repeat("ab ", pad/3) + strings.Repeat("x", pad%3) + space + strings.Repeat("cd ", tail) + "e" + edge
					if got, want := squeeze(s), strings.Join(strings.Fields(s), " "); got != want {
						t.Errorf("squeeze(%q) = %q, want %q", s, got, want)
					}
				}
			}
		}
	}
	if got := text.ZeroBytes(0x2000ff0100002000); got != 0x0080000080800080 {
		t.Errorf("zeroBytes: %#x", got)
	}
}

// noSeam8 finds a capital that follows a lower-case letter, a digit or closing punctuation
// wherever the two stand among eight bytes (or the first follows prev), as the byte-by-byte
// test does, and nothing else.
func TestNoSeam8(t *testing.T) {
	alphabet := []byte("aZmA09 ?!'\".,-(@[`{")
	prevs := []rune{0, ' ', 'a', 'Z', '7', '?', '"', '’', '”', 'é', 'É', '—', '“'}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 200000 {
		var b [8]byte
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		prev := prevs[rng.IntN(len(prevs))]
		seam := false
		for k, c := range b {
			before := prev
			if k > 0 {
				before = rune(b[k-1])
			}
			seam = seam || 'A' <= c && c <= 'Z' && seamAfter(before)
		}
		if got := noSeam8(text.Load8(string(b[:]), 0), prev); got == seam {
			t.Fatalf("%q after %q: noSeam8 = %v", b, prev, got)
		}
	}
}

// singleSpaced8 tells eight bytes of printable ASCII with no two spaces in a row from the
// rest, as a byte-by-byte reading does, wherever the bytes stand.
func TestSingleSpaced8(t *testing.T) {
	alphabet := []byte{' ', ' ', 'a', '~', '!', '\t', '\n', 0x1f, 0x7f, 0x80, 0xc3, 0xff, 0}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 200000 {
		var b [8]byte
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		want := true
		for k, c := range b {
			if c < ' ' || c >= 0x80 || c == ' ' && k > 0 && b[k-1] == ' ' {
				want = false
			}
		}
		if got := singleSpaced8(text.Load8(string(b[:]), 0)); got != want {
			t.Fatalf("singleSpaced8(%q) = %v, want %v", b, got, want)
		}
	}
}

// squeeze leaves a line that needs no change as it is, and squeezes one that does, whatever
// its length and wherever its white space stands.
func TestSqueezeRandomLines(t *testing.T) {
	alphabet := []string{"a", "b", " ", " ", "  ", "\t", "é", "’", "\u00a0", ".", "\n"}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 50000 {
		s := randomText(rng, alphabet, 30)
		if got, want := squeeze(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("squeeze(%q) = %q, want %q", s, got, want)
		}
	}
}

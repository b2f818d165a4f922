package clean

import (
	"strings"
	"testing"
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
	if got := zeroBytes(0x2000ff0100002000); got != 0x0080000080800080 {
		t.Errorf("zeroBytes: %#x", got)
	}
}

// capitalOrWide finds an ASCII capital or a byte beyond ASCII wherever it stands among eight
// bytes, and nothing in ASCII text without capitals.
func TestCapitalOrWide(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := 'A' <= c && c <= 'Z' || c >= 0x80
		for at := 0; at < 8; at++ {
			b := []byte("@[az`{09")
			b[at] = byte(c)
			if got := capitalOrWide(load8(string(b), 0)); got != want {
				t.Errorf("byte %#x at %d: %v, want %v", c, at, got, want)
			}
		}
	}
}

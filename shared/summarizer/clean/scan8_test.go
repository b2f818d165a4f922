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

package language

import "testing"

func TestASCIILetters4MatchesBytes(t *testing.T) {
	isLetter := func(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
	for _, fill := range []byte{0, ' ', '@', 'A', 'Z', '[', '`', 'a', 'z', '{', 0x7f} {
		for pos := range 4 {
			for c := range 128 {
				b := [4]byte{fill, fill, fill, fill}
				b[pos] = byte(c)
				want := 0
				for _, x := range b {
					if isLetter(x) {
						want++
					}
				}
				x := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
				if got := asciiLetters4(x); got != want {
					t.Fatalf("asciiLetters4(%q) = %d, want %d", b[:], got, want)
				}
			}
		}
	}
}

package clean

import "testing"

func TestLowerASCII4MatchesLowerByte(t *testing.T) {
	// Every byte value in every position, with neighbours that carry or not.
	for _, fill := range []byte{0, 'A', 'Z', '@', '[', 'z', 0x7f, 0x80, 0xc1, 0xda, 0xff} {
		for pos := range 4 {
			for c := range 256 {
				var b [4]byte
				for i := range b {
					b[i] = fill
				}
				b[pos] = byte(c)
				s := string(b[:])
				var want uint32
				for i := range 4 {
					want |= uint32(lowerByte(s[i])) << (8 * i)
				}
				if got := foldKey(s); got != want {
					t.Fatalf("foldKey(%q) = %#x, want %#x", s, got, want)
				}
			}
		}
	}
}

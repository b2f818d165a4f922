package text

import (
	"math/rand/v2"
	"testing"
)

// TestEightBytes: load8, zeroBytes and inRange7 answer for each of the eight bytes as a
// loop over them does.
func TestEightBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		var b [9]byte
		for k := range b {
			b[k] = byte(rng.IntN(256))
			if rng.IntN(4) == 0 {
				b[k] = 0
			}
		}
		x := Load8(string(b[:]), 1)
		lo, hi := byte(rng.IntN(128)), byte(rng.IntN(128))
		var zero, in, x7 uint64
		for k, c := range b[1:] {
			if byte(x>>(8*k)) != c {
				t.Fatalf("Load8(% x, 1) = %#x", b, x)
			}
			if c == 0 {
				zero |= 0x80 << (8 * k)
			}
			if c&0x7F >= lo && c&0x7F <= hi {
				in |= 0x80 << (8 * k)
			}
			x7 |= uint64(c&0x7F) << (8 * k)
		}
		if got := ZeroBytes(x); got != zero {
			t.Fatalf("ZeroBytes(%#x) = %#x, want %#x", x, got, zero)
		}
		if got := InRange7(x7, lo, hi); lo <= hi && got != in {
			t.Fatalf("InRange7(%#x, %#x, %#x) = %#x, want %#x", x7, lo, hi, got, in)
		}
	}
}

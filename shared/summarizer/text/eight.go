package text

// Text is mostly ASCII: the loops that read it eight bytes at a time (word starts, runs of
// letters, white space), here and in the cleaner, test the eight at once on one 64-bit
// word, one bit per byte.

// HighBits holds the top bit of each of eight bytes.
const HighBits = 0x8080808080808080

// Load8 packs the eight bytes of s from i, the first lowest.
func Load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// ZeroBytes returns the top bit of each byte of x that is 0, the other bits clear.
func ZeroBytes(x uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((x&low7 + low7) | x | low7)
}

// InRange7 returns the top bit of each byte of x, all below 0x80, that lies in [lo, hi].
func InRange7(x uint64, lo, hi byte) uint64 {
	const ones = 0x0101010101010101
	// Adding 0x80-lo sets the top bit of those from lo on, adding 0x80-hi-1 that of those
	// past hi, and no sum carries into the next byte.
	return (x + uint64(0x80-lo)*ones) &^ (x + uint64(0x80-hi-1)*ones) & HighBits
}

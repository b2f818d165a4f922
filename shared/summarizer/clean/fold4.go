package clean

// lowerASCII4 lower-cases the ASCII capitals among the four bytes packed in x, as
// lowerByte does for one, all four at once: foldKey runs at most word starts of a block.
func lowerASCII4(x uint32) uint32 {
	const ones = 0x01010101
	low := x & (0x7f * ones)          // each byte without its high bit: no carry below
	atLeastA := low + (0x80-'A')*ones // high bit set where the byte is 'A' or above
	pastZ := low + (0x80-'Z'-1)*ones  // high bit set where it is above 'Z'
	upper := (atLeastA &^ pastZ) &^ x & (0x80 * ones)
	return x | upper>>2 // 0x80>>2 is 'a'-'A'
}

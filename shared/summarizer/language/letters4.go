package language

import "math/bits"

// asciiLetters4 counts the ASCII letters among the four ASCII bytes packed in x.
func asciiLetters4(x uint32) int {
	const ones = 0x01010101
	folded := x | 0x20*ones              // capitals to lower case; no byte passes 0x7f
	atLeastA := folded + (0x80-'a')*ones // high bit set where the byte is 'a' or above
	pastZ := folded + (0x80-'z'-1)*ones  // high bit set where it is above 'z'
	return bits.OnesCount32((atLeastA &^ pastZ) & (0x80 * ones))
}

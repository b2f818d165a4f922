package text

import (
	"sync/atomic"
	"unicode"
)

// runeClassTable holds, for each rune of the Basic Multilingual Plane, whether it is a
// letter or a digit (L, Nd) and whether it is a nonspacing mark (Mn): the classes words are
// made of. unicode's tables answer by binary search, a cost every curly quote and dash of
// an English page and every letter of a Cyrillic or Korean one paid several times over;
// the bitmaps (16 KB) answer at once.
type runeClassTable [2][1 << 16 / 64]uint64

// runeClassesBuilt is the table once built, on first use: not at initialisation, which
// every Lambda cold start would pay for.
var runeClassesBuilt atomic.Pointer[runeClassTable]

// runeClasses returns the table, building it from unicode's tables the first time.
func runeClasses() *runeClassTable {
	if c := runeClassesBuilt.Load(); c != nil {
		return c
	}
	return buildRuneClasses()
}

// letterOrDigit is IsLetterOrDigit(rune(x)) for x in the Basic Multilingual Plane, small
// enough to be inlined.
func (c *runeClassTable) letterOrDigit(x uint32) bool { return c[0][x/64]&(1<<(x%64)) != 0 }

// wordRune is isWordRune(rune(x)) for x in the Basic Multilingual Plane, small enough to be
// inlined.
func (c *runeClassTable) wordRune(x uint32) bool {
	return (c[0][x/64]|c[1][x/64])&(1<<(x%64)) != 0
}

// buildRuneClasses builds the table, apart from runeClasses so that runeClasses is inlined.
func buildRuneClasses() *runeClassTable {
	var c runeClassTable
	fill := func(set *[1 << 16 / 64]uint64, t *unicode.RangeTable) {
		for _, r := range t.R16 {
			for x := uint32(r.Lo); x <= uint32(r.Hi); x += uint32(r.Stride) {
				set[x/64] |= 1 << (x % 64)
			}
		}
	}
	fill(&c[0], unicode.Letter)
	fill(&c[0], unicode.Digit)
	fill(&c[1], unicode.Mn)
	// Goroutines that build it at once build the same table.
	runeClassesBuilt.Store(&c)
	return &c
}

// IsLetterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r), quicker on the BMP.
func IsLetterOrDigit(r rune) bool {
	if r < 0x80 {
		return asciiWord[r]
	}
	if r < 1<<16 {
		return runeClasses().letterOrDigit(uint32(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordRune reports whether r belongs to a word: a letter, a digit or a nonspacing mark.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return asciiWord[r]
	}
	if r < 1<<16 {
		return runeClasses().wordRune(uint32(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// toLower is unicode.ToLower, answered at once for the scripts news is most often written
// in besides ASCII: Latin-1, basic Cyrillic, and the CJK and Hangul blocks, which have no
// case.
func toLower(r rune) rune {
	switch {
	case r >= 0xC0 && r <= 0xDE && r != 0xD7, r >= 0x410 && r <= 0x42F:
		return r + 0x20
	case r >= 0xDF && r <= 0xFF, r >= 0x430 && r <= 0x45F, r >= 0x3040 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3:
		return r
	case r >= 0x400 && r <= 0x40F:
		return r + 0x50
	}
	return unicode.ToLower(r)
}

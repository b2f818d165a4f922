package text

import "unicode/utf8"

// DecodeRuneAt is utf8.DecodeRuneInString(s[i:]) (utf8.DecodeRune for a byte slice): the
// character at byte i and its length in bytes, utf8.RuneError and 1 for a byte that does
// not start one. Characters of two or three bytes (the scripts news is written in, but for
// emoji and rare Han) are decoded here, without the call to the standard library's slow
// path that each character above ASCII costs, and without copying s[i:] to a string.
func DecodeRuneAt[S ~string | ~[]byte](s S, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c < 0xE0 {
		// 0xC2 to 0xDF lead a two-byte character (below are continuation bytes and the
		// overlong 0xC0, 0xC1).
		if c >= 0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
		}
	} else if c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		// Overlong forms (below U+0800) and surrogates are not UTF-8.
		if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return decodeRuneSlow(s, i)
}

// decodeRuneSlow is DecodeRuneAt for the characters of four bytes and the bytes that are
// not UTF-8.
func decodeRuneSlow[S ~string | ~[]byte](s S, i int) (rune, int) {
	var b [utf8.UTFMax]byte
	return utf8.DecodeRune(b[:copy(b[:], s[i:min(len(s), i+utf8.UTFMax)])])
}

// DecodeRune2At returns the character at s[i] when it is one of two bytes (U+0080 to
// U+07FF: the letters of Latin-1 and Latin Extended, Greek, Cyrillic, Hebrew, Arabic), or
// -1: what DecodeRuneAt returns for those, small enough to be inlined in a loop that meets
// them at every letter.
func DecodeRune2At[S ~string | ~[]byte](s S, i int) rune {
	if c := s[i]; c-0xC2 < 0xE0-0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
	}
	return -1
}

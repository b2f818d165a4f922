package text

import (
	"unicode"
	"unicode/utf8"
)

// AppendLower appends s to dst as Words reads it: lower-cased, curly apostrophes made
// straight, and each byte that is not UTF-8 written as U+FFFD. Words(s) are the words of
// that text; a caller that only counts them walks it with EachWord and allocates nothing.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '’' || r == '‘':
			dst = append(dst, '\'')
		case r >= 0x2000 && r <= 0x206F: // General Punctuation, which has no case
			dst = utf8.AppendRune(dst, r)
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// EachWord calls yield with the bounds of each word of s, in order, as WordsAsWritten splits
// them.
func EachWord[S ~string | ~[]byte](s S, yield func(start, end int)) {
	start := -1
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r < utf8.RuneSelf {
			// Most text is ASCII: its letters and digits need no decoding.
			if asciiWord[r] {
				if start < 0 {
					start = i
				}
				i++
				continue
			}
		} else if r, n = runeAt(s, i); isWordRune(r) {
			if start < 0 {
				start = i
			}
			i += n
			continue
		}
		if start >= 0 && joins(s, i, r, n) {
			i += n
			continue
		}
		if start >= 0 {
			yield(start, i)
			start = -1
		}
		i += n
	}
	if start >= 0 {
		yield(start, len(s))
	}
}

// runeAt decodes the rune at s[i:].
func runeAt[S ~string | ~[]byte](s S, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	var b [utf8.UTFMax]byte
	return utf8.DecodeRune(b[:copy(b[:], s[i:min(len(s), i+utf8.UTFMax)])])
}

// runeBefore decodes the rune that ends at s[:i].
func runeBefore[S ~string | ~[]byte](s S, i int) rune {
	if i > 0 && s[i-1] < utf8.RuneSelf {
		return rune(s[i-1])
	}
	var b [utf8.UTFMax]byte
	r, _ := utf8.DecodeLastRune(b[:copy(b[:], s[max(0, i-utf8.UTFMax):i])])
	return r
}

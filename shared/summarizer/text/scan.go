package text

import (
	"cmp"
	"math"
	"slices"
	"unicode/utf8"
)

// AppendLower appends s to dst as Words reads it: lower-cased, curly apostrophes made
// straight, and each byte that is not UTF-8 written as U+FFFD. Words(s) are the words of
// that text; a caller that only counts them walks it with EachWord and allocates nothing.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// A run of ASCII, copied at once and lower-cased in place.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			n := len(dst)
			dst = append(dst, s[i:j]...)
			for k, c := range dst[n:] {
				if 'A' <= c && c <= 'Z' {
					dst[n+k] = c + 'a' - 'A'
				}
			}
			i = j
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
			dst = utf8.AppendRune(dst, toLower(r))
		}
	}
	return dst
}

// EachWord calls yield with the bounds of each word of s, in order, as WordsAsWritten splits
// them.
func EachWord[S ~string | ~[]byte](s S, yield func(start, end int)) {
	for i := 0; ; {
		start, end := NextWord(s, i)
		if start < 0 {
			return
		}
		yield(start, end)
		i = end
	}
}

// NextWord returns the bounds of the first word of s that starts at byte i or after it (i at
// the start of s or at the end of a word), or -1, -1 when there is none. A loop over the
// words of s with it does without EachWord's callback.
func NextWord[S ~string | ~[]byte](s S, i int) (start, end int) {
	start = -1
	for i < len(s) {
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
			return start, i
		}
		i += n
	}
	if start >= 0 {
		return start, len(s)
	}
	return -1, -1
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

// WordSet is a set of lower-case words that answers for a word held in a byte slice, as
// EachWord finds it in AppendLower's text, without copying it. A word is compared only
// with the set's few words of its first byte and length, which costs less than hashing it.
type WordSet struct {
	// words holds the set's words below maxShaped bytes by first byte and length; byShape
	// the bounds of each first byte and length's run in it.
	words   []string
	byShape [256 * maxShaped]struct{ from, to uint16 }
	// long holds the longer words.
	long []string
}

// maxShaped bounds the length of the words a WordSet files by their shape.
const maxShaped = 32

// NewWordSet returns the set of words.
func NewWordSet(words ...string) *WordSet {
	s := &WordSet{}
	var shaped []string
	for _, w := range words {
		switch {
		case w == "" || slices.Contains(shaped, w) || slices.Contains(s.long, w):
		case len(w) < maxShaped:
			shaped = append(shaped, w)
		default:
			s.long = append(s.long, w)
		}
	}
	key := func(w string) int { return int(w[0])*maxShaped + len(w) }
	if len(shaped) > math.MaxUint16 {
		panic("text: a WordSet holds at most 65,535 words")
	}
	slices.SortFunc(shaped, func(a, b string) int { return cmp.Compare(key(a), key(b)) })
	s.words = shaped
	for i, w := range shaped {
		r := &s.byShape[key(w)]
		if r.to == 0 {
			r.from = uint16(i)
		}
		r.to = uint16(i + 1)
	}
	return s
}

// Has reports whether w is in the set.
func (s *WordSet) Has(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	if len(w) >= maxShaped {
		return slices.Contains(s.long, string(w))
	}
	r := s.byShape[int(w[0])*maxShaped+len(w)]
	for _, x := range s.words[r.from:r.to] {
		if x == string(w) {
			return true
		}
	}
	return false
}

// stopwordSet is stopwords as a WordSet.
var stopwordSet = func() *WordSet {
	words := make([]string, 0, len(stopwords))
	for w := range stopwords {
		words = append(words, w)
	}
	return NewWordSet(words...)
}()

// IsStopwordBytes is IsStopword for a word held in a byte slice.
func IsStopwordBytes(w []byte) bool { return stopwordSet.Has(w) }

package text

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// AppendLower appends s to dst as Words reads it: lower-cased, curly apostrophes made
// straight, and each byte that is not UTF-8 written as U+FFFD. Words(s) are the words of
// that text; a caller that only counts them walks it with EachWord and allocates nothing.
func AppendLower(dst []byte, s string) []byte {
	// s[from:i] is still to be copied as it is written: the characters past ASCII that
	// lower-case to themselves (most, in any script) are copied a run at a time.
	from := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// A run of ASCII, copied at once and lower-cased in place.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			n := len(dst) + i - from
			dst = append(dst, s[from:j]...)
			for k, c := range dst[n:] {
				if 'A' <= c && c <= 'Z' {
					dst[n+k] = c + 'a' - 'A'
				}
			}
			i, from = j, j
			continue
		}
		r, n := DecodeRune2At(s, i), 2
		if r < 0 {
			r, n = DecodeRuneAt(s, i)
		}
		var l rune // what is written in place of r
		switch {
		case r == '’' || r == '‘':
			l = '\''
		case n == 1: // not UTF-8: U+FFFD
			l = utf8.RuneError
		case r >= 0x2000 && r <= 0x206F: // General Punctuation, which has no case
			i += n
			continue
		default:
			if l = toLower(r); l == r {
				i += n
				continue
			}
		}
		dst = append(dst, s[from:i]...)
		if l >= 0x80 && l < 0x800 { // two bytes, as most letters with case past ASCII
			dst = append(dst, 0xC0|byte(l>>6), 0x80|byte(l)&0x3F)
		} else {
			dst = utf8.AppendRune(dst, l)
		}
		i += n
		from = i
	}
	return append(dst, s[from:]...)
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
	// Up to the word's first character: most text is ASCII, whose letters and digits need
	// no decoding, and a joining character opens no word.
	for ; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			continue
		}
		if r := DecodeRune2At(s, i); r >= 0 { // most letters past ASCII, decoded in line
			if runeClasses().wordRune(uint32(r)) {
				break
			}
			i++
			continue
		}
		r, n := DecodeRuneAt(s, i)
		if isWordRune(r) {
			break
		}
		i += n - 1
	}
	if i >= len(s) {
		return -1, -1
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				i++
				continue
			}
			// Of ASCII, only these may join two parts of a word.
			if (c == '\'' || c == '-' || c == '.' || c == ',') && joins(s, i, rune(c), 1) {
				i++
				continue
			}
			return start, i
		}
		if r := DecodeRune2At(s, i); r >= 0 {
			if !runeClasses().wordRune(uint32(r)) { // and no character of two bytes joins words
				return start, i
			}
			i += 2
			continue
		}
		r, n := DecodeRuneAt(s, i)
		if !isWordRune(r) && !joins(s, i, r, n) {
			return start, i
		}
		i += n
	}
	return start, len(s)
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
// Each word may carry a tag (NewTaggedWordSet), so that one look-up tells which of several
// lists it is on.
type WordSet struct {
	// words holds the set's words below maxShaped bytes by first byte and length, tags
	// their tags; byShape the bounds of each first byte and length's run in them.
	words   []string
	tags    []uint8
	byShape [256 * maxShaped]struct{ from, to uint16 }
	// long holds the longer words, longTags their tags.
	long     []string
	longTags []uint8
}

// maxShaped bounds the length of the words a WordSet files by their shape.
const maxShaped = 32

// NewWordSet returns the set of words.
func NewWordSet(words ...string) *WordSet {
	tags := make(map[string]uint8, len(words))
	for _, w := range words {
		tags[w] = 1
	}
	return NewTaggedWordSet(tags)
}

// NewTaggedWordSet returns the set of the words of tags, each with its tag, which Tag
// returns. The words tagged 0, and "", are left out.
func NewTaggedWordSet(tags map[string]uint8) *WordSet {
	s := &WordSet{}
	var shaped []string
	for w, tag := range tags {
		switch {
		case w == "" || tag == 0:
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
	slices.SortFunc(shaped, func(a, b string) int { return cmp.Or(cmp.Compare(key(a), key(b)), strings.Compare(a, b)) })
	slices.Sort(s.long)
	s.words = shaped
	for i, w := range shaped {
		s.tags = append(s.tags, tags[w])
		r := &s.byShape[key(w)]
		if r.to == 0 {
			r.from = uint16(i)
		}
		r.to = uint16(i + 1)
	}
	for _, w := range s.long {
		s.longTags = append(s.longTags, tags[w])
	}
	return s
}

// Has reports whether w is in the set.
func (s *WordSet) Has(w []byte) bool { return s.Tag(w) != 0 }

// Tag returns the tag of w, 0 when w is not in the set.
func (s *WordSet) Tag(w []byte) uint8 {
	if len(w) == 0 {
		return 0
	}
	if len(w) >= maxShaped {
		if i := slices.Index(s.long, string(w)); i >= 0 {
			return s.longTags[i]
		}
		return 0
	}
	r := s.byShape[int(w[0])*maxShaped+len(w)]
	for i := r.from; i < r.to; i++ {
		if s.words[i] == string(w) {
			return s.tags[i]
		}
	}
	return 0
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

// Stopwords returns the stoplist's words, sorted.
func Stopwords() []string { return slices.Sorted(maps.Keys(stopwords)) }

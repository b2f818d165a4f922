package clean

import (
	"math"
	"math/bits"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// Chinese, Japanese and Thai are written without spaces between words: a sentence is one
// "word" to text.Words, so word counts, stopword shares and lengths in characters mean
// nothing there. The cleaner counts each character of these scripts as a word (about what
// one carries), and as unspacedWidth characters of length.

// unspacedWidth is the length a character of an unspaced script counts for: about the
// characters an English word of the same weight takes.
const unspacedWidth = 3

// unspaced reports whether r belongs to a script written without spaces.
func unspaced(r rune) bool {
	switch {
	case r < 0x0E00:
		return false
	case r <= 0x0E7F: // Thai
		return unspacedBMP().has(uint32(r))
	case r < 0x2E80: // below the CJK blocks: punctuation, other scripts
		return false
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs, all Han
		return true
	case r >= 0xA000 && r < 0xF900: // Yi, Hangul, private use: none of the three
		return false
	case r < 1<<16: // kana, the other Han blocks
		return unspacedBMP().has(uint32(r))
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// runeSet is a set of the characters of the Basic Multilingual Plane, a bit each.
type runeSet [1 << 16 / 64]uint64

// has reports whether x, below 1<<16, is in the set.
func (s *runeSet) has(x uint32) bool { return s[x/64]&(1<<(x%64)) != 0 }

// unspacedBMPBuilt is the set of the characters of the Basic Multilingual Plane that
// unspaced reports, once built: unicode's tables answer by binary search, three of them for
// a kana. Built on first use, not at initialisation, which every Lambda cold start would pay
// for.
var unspacedBMPBuilt atomic.Pointer[runeSet]

// unspacedBMP returns the set, building it the first time.
func unspacedBMP() *runeSet {
	if s := unspacedBMPBuilt.Load(); s != nil {
		return s
	}
	return buildUnspacedBMP()
}

// buildUnspacedBMP builds the set, apart from unspacedBMP so that unspacedBMP is inlined.
func buildUnspacedBMP() *runeSet {
	s := new(runeSet)
	for _, t := range []*unicode.RangeTable{unicode.Thai, unicode.Han, unicode.Hiragana, unicode.Katakana} {
		for _, rg := range t.R16 {
			for x := uint32(rg.Lo); x <= uint32(rg.Hi); x += uint32(rg.Stride) {
				s[x/64] |= 1 << (x % 64)
			}
		}
	}
	// Goroutines that build it at once build the same set.
	unspacedBMPBuilt.Store(s)
	return s
}

// hasUnspaced reports whether s holds a character of a script written without spaces.
func hasUnspaced(s string) bool {
	for i := 0; i < len(s); i++ {
		// Eight bytes at a time while none is a lead byte of 0xE0 or more (its top three
		// bits set): most text has none.
		for i+8 <= len(s) && !leadE0(text.Load8(s, i)) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		// Those characters are U+0E00 and up: three bytes or four, their lead byte 0xE0 or
		// more, which no other byte of UTF-8 is. Only such runes need decoding.
		// 0xEA to 0xEE lead U+A000 to U+EFFF (Yi, Hangul, private use): none of them, and a
		// Korean page's every letter.
		if c := s[i]; c >= 0xE0 && c-0xEA > 0xEE-0xEA {
			if r, _ := text.DecodeRuneAt(s, i); unspaced(r) {
				return true
			}
		}
	}
	return false
}

// leadE0 reports whether one of the eight bytes packed in x has its top three bits set.
func leadE0(x uint64) bool { return x&(x<<1)&(x<<2)&0x8080808080808080 != 0 }

// countWords counts the words of t as blockWords splits them: text.CountWords, and each
// character of an unspaced script one more.
func countWords(t string) int { return countWordsUpTo(t, math.MaxInt) }

// wordsAtLeast reports whether t has n words or more (countWords(t) >= n), reading no
// further than the nth: a paragraph need not be counted to the end to tell it has six.
func wordsAtLeast(t string, n int) bool { return countWordsUpTo(t, n) >= n }

// countWordsUpTo is min(countWords(t), limit), reading t no further than the limit needs
// (unless it holds an unspaced script).
func countWordsUpTo(t string, limit int) int {
	n := text.CountWordsUpTo(t, limit)
	if n < limit {
		n += unspacedCount(t)
	}
	return min(n, limit)
}

// blockLength is t's length in characters, an unspaced script's counting unspacedWidth:
// utf8.RuneCountInString(t) + (unspacedWidth-1)*unspacedCount(t), in one pass that reads
// ASCII eight bytes at a time and decodes only the other characters.
func blockLength(t string) int {
	n := 0
	for i := 0; i < len(t); {
		if i+8 <= len(t) {
			x := text.Load8(t, i)
			if x&0x8080808080808080 == 0 {
				n, i = n+8, i+8
				continue
			}
			// From a letter of two bytes, the eight bytes are likely more of them.
			if t[i]-0xC2 < 0xE0-0xC2 {
				if k, chars := twoByteRun8(x); k > 0 {
					n, i = n+chars, i+k
					continue
				}
			}
		}
		if t[i] < utf8.RuneSelf {
			n, i = n+1, i+1
			continue
		}
		if text.DecodeRune2At(t, i) >= 0 { // none of the unspaced scripts
			n, i = n+1, i+2
			continue
		}
		if r := text.DecodeRune3At(t, i); r >= 0 { // kana, Han, Hangul
			if n, i = n+1, i+3; unspaced(r) {
				n += unspacedWidth - 1
			}
			continue
		}
		// An invalid byte is one character, as RuneCountInString counts it.
		r, size := text.DecodeRuneAt(t, i)
		if n, i = n+1, i+size; unspaced(r) {
			n += unspacedWidth - 1
		}
	}
	return n
}

// twoByteRun8 reads the eight bytes packed in x, from the start of a character, when they
// are ASCII and whole characters of two bytes (U+0080 to U+07FF: accented Latin, Greek,
// Cyrillic, Hebrew, Arabic, none of them unspaced) but that the last may open one: it
// returns how many bytes those characters take, 7 or 8, and how many they are; 0, 0 when
// the bytes are anything else.
func twoByteRun8(x uint64) (k, chars int) {
	const high = 0x8080808080808080
	lead := x & (x << 1) &^ (x << 2) & high // 110xxxxx, which opens a character of two bytes
	cont := x &^ (x << 1) & high            // 10xxxxxx, which continues one
	longer := x & (x << 1) & (x << 2) & high
	// Each continuation byte follows a lead byte and each lead byte but the last is followed
	// by one; 0xC0 and 0xC1 open no character (an overlong form).
	if longer != 0 || cont != lead<<8 || text.ZeroBytes(x&0xFEFEFEFEFEFEFEFE^0xC0C0C0C0C0C0C0C0)&lead != 0 {
		return 0, 0
	}
	k = 8 - int(lead>>63) // a character cut short at the end is left to the next read
	return k, k - bits.OnesCount64(cont)
}

// unspacedCount counts the characters of unspaced scripts in t.
func unspacedCount(t string) int {
	if !hasUnspaced(t) {
		return 0
	}
	n := 0
	for i := 0; i < len(t); {
		r, size := text.DecodeRune3At(t, i), 3
		if r < 0 {
			r, size = text.DecodeRuneAt(t, i)
		}
		if unspaced(r) {
			n++
		}
		i += size
	}
	return n
}

// endsSentence reports whether t, past closing quotes and brackets, ends as a sentence does:
// a full stop, question or exclamation mark, in Latin or full-width form.
func endsSentence(t string) bool {
	// Read from the end, rune by rune: what strings.TrimRight with these closers as its
	// cutset does, without its look-ups in the cutset.
	for len(t) > 0 {
		r, n := utf8.DecodeLastRuneInString(t)
		switch r {
		case '”', '"', '’', '\'', ')', '」', '』', '）':
			t = t[:len(t)-n]
		case '.', '!', '?', '。', '！', '？':
			return true
		default:
			return false
		}
	}
	return false
}

package clean

import (
	"strings"
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
	case r >= 0x0E00 && r <= 0x0E7F:
		return unicode.Is(unicode.Thai, r)
	case r < 0x2E80: // below the CJK blocks: punctuation, other scripts
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// hasUnspaced reports whether s holds a character of a script written without spaces.
func hasUnspaced(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE0 { // the lead byte of a three-byte sequence, U+0800 and up
			for _, r := range s[i:] {
				if unspaced(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// countWords counts the words of t as blockWords splits them.
func countWords(t string) int { return text.CountWords(t) + unspacedCount(t) }

// blockLength is t's length in characters, an unspaced script's counting unspacedWidth.
func blockLength(t string) int {
	return utf8.RuneCountInString(t) + (unspacedWidth-1)*unspacedCount(t)
}

// unspacedCount counts the characters of unspaced scripts in t.
func unspacedCount(t string) int {
	if !hasUnspaced(t) {
		return 0
	}
	n := 0
	for _, r := range t {
		if unspaced(r) {
			n++
		}
	}
	return n
}

// endsSentence reports whether t, past closing quotes and brackets, ends as a sentence does:
// a full stop, question or exclamation mark, in Latin or full-width form.
func endsSentence(t string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "”\"’')」』）"))
	return strings.ContainsRune(".!?。！？", last)
}

package clean

import (
	"math/bits"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// gluedTeaser reports whether t is a feed item as a naive scraper saves it: another story's
// headline in Title Case run straight into its teaser sentence, with no space where the two
// elements met ("Customers Leave Without Paying At Troy SteakhouseA party of six left…").
// Such an item reads as prose but is a link to another story.
func gluedTeaser(t string) bool {
	if len(t) < 60 || len(t) > 600 {
		return false
	}
	const high = 0x8080808080808080
	prev := rune(0)
	// headlineBefore reads no more than maxHeadlineWords words, and no bracket, before a
	// seam: once the text has begun more, or held one, no seam further on opens a teaser,
	// and the rest of a long paragraph is not read. words counts the words begun so far
	// (strings.Fields); space tells whether the last character was white space.
	words, space := 0, true
	for i := 0; i < len(t); {
		// Most characters are ASCII, and most of those are no capital: eight bytes at a
		// time while they are.
		for ; i+8 <= len(t); i += 8 {
			x := text.Load8(t, i)
			if x&high != 0 || !noSeam8(x, prev) {
				break
			}
			spaces := asciiSpaces8(x)
			before := spaces << 8
			if space {
				before |= 0x80
			}
			words += bits.OnesCount64(^spaces & before & high)
			if words > maxHeadlineWords || text.ZeroBytes(x^'('*0x0101010101010101) != 0 {
				return false
			}
			space, prev = spaces>>63 != 0, rune(t[i+7])
		}
		if i >= len(t) {
			break
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if i > 0 && (r >= utf8.RuneSelf || 'A' <= r && r <= 'Z') && upperRune(r) && seamAfter(prev) {
			if headlineBefore(t[:i]) && teaserAfter(t[i:]) {
				return true
			}
		}
		if r < utf8.RuneSelf && asciiSpace(byte(r)) || r >= utf8.RuneSelf && spaceRune(r) {
			space = true
		} else if space {
			words, space = words+1, false
		}
		if words > maxHeadlineWords || r == '(' {
			return false
		}
		prev = r
		i += n
	}
	return false
}

// asciiSpaces8 returns the top bit of each of the eight bytes packed in x, all below 0x80,
// that is white space to strings.Fields, the other bits clear.
func asciiSpaces8(x uint64) uint64 {
	return text.ZeroBytes(x^0x2020202020202020) | text.InRange7(x, '\t', '\r')
}

// upperRune is unicode.IsUpper, answered at once for ASCII, for the alphabets below U+0800
// (Latin, Greek, Cyrillic, Armenian: a bitmap) and for general punctuation, super- and
// subscripts and currency signs (U+2000 to U+20FF), which hold no capital: a news page's
// curly quotes and dashes, and every letter of a Russian one, are not looked up.
func upperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	if r < upperTableLen {
		return upperTable()[r/64]&(1<<(r%64)) != 0
	}
	if 0x2000 <= r && r <= 0x20FF {
		return false
	}
	return unicode.IsUpper(r)
}

// upperTableLen bounds the runes upperTable answers for: those of two bytes in UTF-8.
const upperTableLen = 0x800

// upperTable is unicode.IsUpper below upperTableLen as a bitmap, built on first use.
var upperTable = sync.OnceValue(func() *[upperTableLen / 64]uint64 {
	var t [upperTableLen / 64]uint64
	for r := rune(0); r < upperTableLen; r++ {
		if unicode.IsUpper(r) {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return &t
})

// seamAfter reports whether a capital that follows prev with no space may open a teaser
// glued to a headline: prev ends a word or a sentence.
func seamAfter(prev rune) bool {
	return unicode.IsLower(prev) || unicode.IsDigit(prev) || strings.ContainsRune("?!’”'\"", prev)
}

// noSeam8 reports whether none of the eight ASCII bytes packed in x is a capital that
// follows, with no space, what seamAfter accepts: the byte before it, or prev for the
// first. Most stretches of eight bytes hold no seam, even those that hold capitals (which
// a space precedes), and gluedTeaser skips them at once.
func noSeam8(x uint64, prev rune) bool {
	const ones = 0x0101010101010101
	caps := text.InRange7(x, 'A', 'Z')
	if caps == 0 {
		return true
	}
	var first uint64 // the byte before the first, when it is ASCII; 0 matches nothing below
	if prev < utf8.RuneSelf {
		first = uint64(prev)
	} else if caps&0x80 != 0 && seamAfter(prev) {
		return false
	}
	before := x<<8 | first
	ends := text.InRange7(before, 'a', 'z') | text.InRange7(before, '0', '9') | text.ZeroBytes(before^'?'*ones) |
		text.ZeroBytes(before^'!'*ones) | text.ZeroBytes(before^'\''*ones) | text.ZeroBytes(before^'"'*ones)
	return caps&ends == 0
}

// maxHeadlineWords is the most words a headline glued to a teaser has.
const maxHeadlineWords = 20

// headlineBefore reports whether s, the text before a glued capital, reads as a headline:
// four words or more, nearly all capitalised, no full stop inside, and a last word of
// three letters or more (so "iPhone" and "McDonald" are not seams). A dateline ("Hong Kong
// (CNN)A muddled view…") is the story's own.
func headlineBefore(s string) bool {
	if strings.Contains(s, "(") {
		return false
	}
	// A seam late in a paragraph is told at its first word too many.
	var buf [maxHeadlineWords + 1]string
	words, more := fieldsUpTo(s, buf[:])
	if len(words) < 4 || more || len(words) > maxHeadlineWords {
		return false
	}
	last := words[len(words)-1]
	if n := utf8.RuneCountInString(last); n < 3 && !unicode.IsDigit(rune(last[len(last)-1])) {
		return false
	}
	capital := 0
	for i, w := range words {
		if i < len(words)-1 && strings.HasSuffix(w, ".") && len(w) > 3 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) || !unicode.IsLetter(r) {
			capital++
		}
	}
	return capital*5 >= len(words)*4
}

// fieldsUpTo returns the first len(buf) fields of s as strings.Fields splits them, held in
// buf, and whether s holds more: a caller that needs only the first few reads no further
// and allocates nothing.
func fieldsUpTo(s string, buf []string) (fields []string, more bool) {
	fields = buf[:0]
	start := -1 // the start of the field being read, or -1 between fields
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		space := c < utf8.RuneSelf && asciiSpace(byte(c)) || c >= utf8.RuneSelf && spaceRune(c)
		switch {
		case space && start >= 0:
			fields = append(fields, s[start:i])
			start = -1
		case !space && start < 0:
			if len(fields) == len(buf) {
				return fields, true
			}
			start = i
		}
		i += size
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	return fields, false
}

// teaserAfter reports whether s, the text from the glued capital on, is a teaser sentence.
func teaserAfter(s string) bool {
	return endsSentence(s) && wordsAtLeast(s, 8) || wordsAtLeast(s, 12)
}

// nameLine matches a byline that is only a person's name: two to four capitalised words.
var nameLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[Bb]y )?\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}$`)
})

// maybeNameLine reports whether t may match nameLine, for what costs little to tell: a space
// between words, and only the characters a name is written with. Most lines of a page fail
// it, and need no expression.
func maybeNameLine(t string) bool {
	return strings.IndexByte(t, ' ') >= 0 && nameAlphabet().admits(t)
}

// bylinedTeasers marks the blocks that are the teaser of a feed item written as another
// story's headline, its author's name and a sentence of it. It marks nothing unless the page
// has two such items at least: one may be the article's own headline, byline and lead.
func bylinedTeasers(raw []string) []bool {
	marks := make([]bool, len(raw))
	n := 0
	for i := 2; i < len(raw); i++ {
		head, name, teaser := raw[i-2], raw[i-1], raw[i]
		if len(name) > 40 || !maybeNameLine(name) {
			continue
		}
		if len(head) > 160 || endsSentence(head) && !strings.HasSuffix(head, "?") || !wordsAtLeast(head, 3) {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(first) && !unicode.IsDigit(first) {
			continue
		}
		// The name's expression last: a menu's short items read as names.
		if teaserAfter(teaser) && isNameLine(name) {
			marks[i] = true
			n++
		}
	}
	if n < 2 {
		return nil
	}
	return marks
}

package clean

import (
	"maps"
	"math/bits"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/language"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// The classes of a byte, as the word count reads a block in place (asciiClass).
const (
	wordByte   = 1 << iota // an ASCII letter or digit: part of a word
	letterByte             // an ASCII letter
	digitByte              // an ASCII digit
	joinsWord              // ' or -: inside a word when a letter or digit follows
	joinsDigit             // . or ,: inside a word between two digits
	wideByte               // not ASCII: the lower-cased path takes over
)

// asciiClass holds each byte's classes; asciiFold its lower case.
var asciiClass, asciiFold = func() (class [256]uint8, fold [256]byte) {
	for c := range 256 {
		fold[c] = lowerByte(byte(c))
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			class[c] = wordByte | letterByte
		case '0' <= c && c <= '9':
			class[c] = wordByte | digitByte
		case c == '\'' || c == '-':
			class[c] = joinsWord
		case c == '.' || c == ',':
			class[c] = joinsDigit
		case c >= utf8.RuneSelf:
			class[c] = wideByte
		}
	}
	return class, fold
}()

// wordKind is what the word count needs of a word: its wordTags tag and the languages
// whose function word it is.
type wordKind struct {
	tag   uint8
	votes language.Votes
}

// asciiTableBits is the log of the number of slots of an asciiWordTable, asciiTableSize:
// about five times the words it holds, so that most words that are not in it meet an empty
// slot.
const (
	asciiTableBits = 11
	asciiTableSize = 1 << asciiTableBits
)

// asciiWordTable holds the ASCII words the count looks up (the stopwords, the reporting
// verbs and every language's function words) by a hash of their bytes, with open
// addressing: a word costs one hash computed while it is read and, mostly, one slot.
type asciiWordTable struct {
	words [asciiTableSize]string // "" for empty
	kinds [asciiTableSize]wordKind
	n     int // the words held
	// shapes holds, by a word's first byte OR-ed with 0x20, the shapeBit of the table's
	// words: most words that are not in the table cost one load, not a hash and a slot.
	shapes [256]uint64
}

// shapeHash hashes a word (not empty) by its length and its first two and last bytes, each
// OR-ed with 0x20, which lower-cases the ASCII letters without a table look-up, so that
// words that differ only in their case hash alike: read once the word's end is found, where
// a hash of every byte would cost the count a multiplication per byte. The table's few
// words seldom share a shape.
func shapeHash(w string) uint32 {
	n := len(w)
	key := (uint32(w[0]) | uint32(w[min(1, n-1)])<<8 | uint32(w[n-1])<<16 | 0x202020) ^ uint32(n)<<24
	return key * 0x9E3779B1
}

// slot is where a word of hash h is looked for first.
func slot(h uint32) uint32 { return h >> (32 - asciiTableBits) }

// asciiWords is the table of the words wordTags tags and the function words of
// language.Counter that are written in Latin-1: no word a count reads in place is another.
var asciiWords = sync.OnceValue(func() *asciiWordTable {
	x := &asciiWordTable{}
	kinds := map[string]wordKind{}
	tags := wordTags()
	for _, w := range append(text.Stopwords(), language.FunctionWords()...) {
		kinds[w] = wordKind{tags.Tag([]byte(w)), language.VotesOf(w)}
	}
	for w := range reportingVerbs {
		kinds[w] = wordKind{tags.Tag([]byte(w)), language.VotesOf(w)}
	}
	// In a fixed order, so that the words that share a slot's neighbourhood, and the cost of
	// a look-up, are the same on every run.
	for _, w := range slices.Sorted(maps.Keys(kinds)) {
		k := kinds[w]
		if !latin1(w) || k == (wordKind{}) {
			continue
		}
		s := slot(shapeHash(w))
		for x.words[s] != "" {
			s = (s + 1) & (asciiTableSize - 1)
		}
		x.words[s], x.kinds[s] = w, k
		x.n++
		x.shapes[w[0]|0x20] |= 1 << shapeBit(w)
	}
	if x.n*4 > asciiTableSize {
		panic("clean: the ASCII word table is too full")
	}
	return x
})

// shapeBit is the bit of asciiWordTable.shapes that a word (not empty) of its first byte
// sets: its length and its last byte, OR-ed with 0x20 as in shapeHash, mixed into 0 to 63.
func shapeBit(w string) uint { return (uint(w[len(w)-1]|0x20) ^ uint(len(w))<<2) & 63 }

// latin1 reports whether s is written in Latin-1 (ASCII and U+0080 to U+00FF), the
// characters the count reads in place.
func latin1(s string) bool {
	for _, r := range s {
		if r > 0xFF {
			return false
		}
	}
	return true
}

// count is stats(t, detect, kept). It reads the words of t in place while they are written
// in Latin-1 (ASCII, and the letters of French, German, Spanish or Portuguese) and what
// separates them is Latin-1 or general punctuation (curly quotes and apostrophes, dashes),
// which needs no lower-cased copy of the block (a word that holds other than ASCII is
// lower-cased alone for its look-up); from the first other character, it hands the rest of
// the block, from the start of the word it was in, to the lower-cased path. Up to there
// the text and its lower-cased copy split alike.
func (s *scanner) count(t string, detect *language.Counter, kept *shortWords) wordStats {
	if s.table == nil {
		s.table = asciiWords()
	}
	s.ws, s.detect, s.kept, s.room, s.latin = wordStats{}, detect, kept, 0, 0
	if detect != nil {
		s.room = detect.Room()
	}
	for i := 0; i < len(t); {
		k := asciiClass[t[i]]
		if k&wordByte == 0 {
			if k&wideByte == 0 {
				i++
				continue
			}
			kind, n := wideAt(t, i)
			if kind == otherWide {
				return s.handOver(t[i:])
			}
			if kind != latinLetter {
				i += n // no word starts with punctuation
				continue
			}
		}
		start, letters, wide := i, 0, false
		for {
			// wordRun in line for a run that ends within eight bytes of ASCII: most words,
			// which spares the call and what it makes the loop keep in memory.
			if i+8 <= len(t) {
				const high = 0x8080808080808080
				x := text.Load8(t, i)
				alpha := text.InRange7(x|0x2020202020202020, 'a', 'z')
				if run := alpha | text.InRange7(x, '0', '9'); x&high == 0 && run != high {
					k := uint(bits.TrailingZeros64(^run & high)) // the top bit of the first byte out
					i, letters = i+int(k>>3), letters+highBits(alpha&(1<<k-1))
				} else {
					end, l := wordRun(t, i)
					i, letters = end, letters+l
				}
			} else {
				end, l := wordRun(t, i)
				i, letters = end, letters+l
			}
			if i == len(t) {
				break
			}
			k, n := asciiClass[t[i]], 1
			if k&wideByte != 0 {
				var kind int
				switch kind, n = wideAt(t, i); kind {
				case otherWide:
					return s.handOver(t[start:])
				case latinLetter:
					i, letters, wide = i+n, letters+1, true
					continue
				}
				if kind == punctuation {
					break
				}
				k = joinsWord // an apostrophe, which the lower-cased text holds straight
			}
			if k&(joinsWord|joinsDigit) == 0 || i+n == len(t) {
				break
			}
			next := asciiClass[t[i+n]]
			if next&wideByte != 0 {
				kind, _ := wideAt(t, i+n)
				if kind == otherWide {
					return s.handOver(t[start:])
				}
				if kind != latinLetter || k&joinsWord == 0 {
					break // punctuation, an apostrophe or a letter after . or ,: joins nothing
				}
				next = wordByte
			}
			if k&joinsWord != 0 && next&wordByte == 0 || k&joinsDigit != 0 && (next&digitByte == 0 || asciiClass[t[i-1]]&digitByte == 0) {
				break
			}
			wide = wide || n > 1
			i += n
		}
		s.word(t[start:i], letters, wide)
		if i < len(t) && t[i] < utf8.RuneSelf {
			i++ // the ASCII byte that ended the word starts none: skipped without a look
		}
	}
	s.addLatin()
	return s.ws
}

// word counts w, a word of the block count reads, which holds letters letters and, when
// wide, other than ASCII, and returns its kind, which it looks up in the table (w in any
// case) in line. Out of count's loop, so that the loop keeps little across the call it
// costs, and a word's counts stay in the scanner.
func (s *scanner) word(w string, letters int, wide bool) wordKind {
	s.ws.n++
	if wide {
		s.buf = text.AppendLower(s.buf[:0], w)
		w = string(s.buf)
		if s.kept != nil && shortWord(s.buf) {
			s.kept.add(s.buf)
		}
	} else if s.kept != nil && len(w) <= maxShortWord {
		s.kept.addASCII(w)
	}
	var kind wordKind // most words that are not in the table are turned away by their shape
	if x := s.table; x.shapes[w[0]|0x20]&(1<<shapeBit(w)) != 0 {
		for at := slot(shapeHash(w)); x.words[at] != ""; at = (at + 1) & (asciiTableSize - 1) {
			if v := x.words[at]; len(v) == len(w) && hasPrefixFold(w, v) {
				kind = x.kinds[at]
				break
			}
		}
	}
	if kind.tag&stopTag != 0 {
		s.ws.stop++
	}
	s.ws.reporting = s.ws.reporting || kind.tag&reportingTag != 0
	if s.ws.n <= s.room {
		s.latin += letters
		if kind.votes != 0 {
			s.detect.AddVotes(kind.votes)
		}
	}
	return kind
}

// handOver hands the rest of the block, t, to the lower-cased path, with the counts so far.
func (s *scanner) handOver(t string) wordStats {
	s.addLatin()
	return s.statsFrom(t, s.detect, s.kept, s.ws)
}

// addLatin hands the language counter, when there is one, the first room of the words the
// count read and their letters (language.Counter.AddLatinRun).
func (s *scanner) addLatin() {
	if s.detect != nil {
		s.detect.AddLatinRun(min(s.ws.n, s.room), s.latin)
	}
}

// The kinds of character wideAt tells apart.
const (
	punctuation = iota // general punctuation other than a curly apostrophe, and Latin-1's symbols: no word, no joiner
	apostrophe         // ‘ or ’, which the lower-cased text holds as '
	latinLetter        // a letter of Latin-1 (à, É, ß, µ, ª), two bytes lower-cased too
	otherWide          // anything else: the lower-cased path reads it
)

// wideAt tells the kind of the character at t[i], not ASCII, and its length.
func wideAt(t string, i int) (kind, n int) {
	r, n := text.DecodeRuneAt(t, i)
	switch {
	case r == '‘' || r == '’':
		return apostrophe, n
	case 0x2000 <= r && r <= 0x206F: // General Punctuation: spaces, dashes, quotes, marks
		return punctuation, n
	case r == 0xAA || r == 0xB5 || r == 0xBA || 0xC0 <= r && r <= 0xFF && r != 0xD7 && r != 0xF7:
		return latinLetter, n
	case r < 0xC0: // C1 controls and Latin-1's signs: ©, «, », ·, °, ½, no-break space
		return punctuation, n
	}
	return otherWide, n
}

// highBits counts the top bits of x's bytes, x holding no other bit: a multiplication sums
// them into the top byte, without the test of the processor bits.OnesCount64 makes.
func highBits(x uint64) int { return int((x >> 7) * 0x0101010101010101 >> 56) }

// wordRun returns the end of the run of ASCII letters and digits of t from i, and how many
// of them are letters: eight bytes at a time while they are ASCII, most words in one step.
func wordRun(t string, i int) (end, letters int) {
	const high = 0x8080808080808080
	for ; i+8 <= len(t); i += 8 {
		x := text.Load8(t, i)
		if x&high != 0 {
			break
		}
		// OR-ing 0x20 lower-cases the capitals and sends no other byte among the letters.
		alpha := text.InRange7(x|0x2020202020202020, 'a', 'z')
		word := alpha | text.InRange7(x, '0', '9')
		if word != high {
			k := uint(bits.TrailingZeros64(^word & high)) // the top bit of the first byte out of the run
			return i + int(k>>3), letters + highBits(alpha&(1<<k-1))
		}
		letters += highBits(alpha)
	}
	for ; i < len(t); i++ {
		k := asciiClass[t[i]]
		if k&wordByte == 0 {
			break
		}
		letters += int(k>>1) & 1 // letterByte
	}
	return i, letters
}

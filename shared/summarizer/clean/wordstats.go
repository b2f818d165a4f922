package clean

import (
	"sync"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/language"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// wordStats are what the cleaner reads from a block's words, blockWords(t), counted in one
// pass over the block without building them: a page's words cost a slice and a lower-cased
// copy per block otherwise, more than all its rules.
type wordStats struct {
	n    int // the words
	stop int // English stopwords among them
	// reporting: a reporting verb is among them.
	reporting bool
}

// scanner walks blocks' words as blockWords splits them. It lower-cases each block into a
// buffer it reuses, so it allocates nothing once the buffer has grown. Not safe for
// concurrent use.
type scanner struct {
	buf []byte
	// table is asciiWords(), taken on the first count rather than for every block.
	table *asciiWordTable
	// The counts of the block count reads, and where its words go: kept here, so that
	// count's loop keeps little across the call a word costs.
	ws          wordStats
	detect      *language.Counter
	kept        *shortWords
	room, latin int // detect counts the first room words, which hold latin letters
}

// each calls yield with each word of t as blockWords splits it, lower-case. The word is a
// slice of the scanner's buffer, valid until the next call.
func (s *scanner) each(t string, yield func(w []byte)) {
	s.buf = text.AppendLower(s.buf[:0], t)
	b := s.buf
	if !hasUnspaced(t) {
		text.EachWord(b, func(start, end int) { yield(b[start:end]) })
		return
	}
	text.EachWord(b, func(start, end int) {
		w := b[start:end]
		if !hasUnspaced(string(w)) {
			yield(w)
			return
		}
		from := 0 // a run of other letters (Latin) inside the word stays one word
		for i := 0; i < len(w); {
			r, n := text.DecodeRuneAt(w, i)
			if unspaced(r) {
				if from < i {
					yield(w[from:i])
				}
				yield(w[i : i+n])
				from = i + n
			}
			i += n
		}
		if from < len(w) {
			yield(w[from:])
		}
	})
}

// stats counts the words of t; detect, when not nil, counts them too, and kept, when not
// nil, gets every short word (shortWord), lower-case, as each yields it: the words that can
// be function words, all a language without a stoplist needs.
func (s *scanner) stats(t string, detect *language.Counter, kept *shortWords) wordStats {
	return s.count(t, detect, kept)
}

// maxShortWord is the most characters a short word has.
const maxShortWord = 4

// shortWord reports whether w, UTF-8 as AppendLower writes it, has at most maxShortWord
// characters.
func shortWord(w []byte) bool {
	if len(w) <= maxShortWord {
		return true
	}
	if len(w) > utf8.UTFMax*maxShortWord {
		return false
	}
	// The characters of UTF-8 are its bytes but for the continuation bytes (10xxxxxx).
	n := 0
	for _, c := range w {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n <= maxShortWord
}

// shortWords lists short words in the order they were read, in one buffer: the j-th is
// text[ends[j-1]:ends[j]]. Once grown, adding to it allocates nothing. The ASCII words are
// lower-cased only when a word is read, all at once: most pages are English, whose list is
// never read.
type shortWords struct {
	text []byte
	ends []int32
	// folded is how many bytes of text are lower-cased.
	folded int
}

// add appends w.
func (l *shortWords) add(w []byte) {
	l.text = append(l.text, w...)
	l.ends = append(l.ends, int32(len(l.text)))
}

// addASCII appends w, ASCII, to be lower-cased when it is read.
func (l *shortWords) addASCII(w string) {
	l.text = append(l.text, w...)
	l.ends = append(l.ends, int32(len(l.text)))
}

// len returns the number of words.
func (l *shortWords) len() int { return len(l.ends) }

// word returns the j-th word.
func (l *shortWords) word(j int) []byte {
	if l.folded < len(l.text) {
		// The words add appended are lower-case already, which asciiFold keeps.
		for k := l.folded; k < len(l.text); k++ {
			l.text[k] = asciiFold[l.text[k]]
		}
		l.folded = len(l.text)
	}
	from := int32(0)
	if j > 0 {
		from = l.ends[j-1]
	}
	return l.text[from:l.ends[j]]
}

// reset empties the list, keeping its buffers.
func (l *shortWords) reset() { l.text, l.ends, l.folded = l.text[:0], l.ends[:0], 0 }

// statsFrom is stats, adding to the counts ws.
func (s *scanner) statsFrom(t string, detect *language.Counter, kept *shortWords, ws wordStats) wordStats {
	tags := wordTags()
	count := func(w []byte) {
		ws.n++
		// One look-up for both lists.
		if tag := tags.Tag(w); tag != 0 {
			if tag&stopTag != 0 {
				ws.stop++
			}
			ws.reporting = ws.reporting || tag&reportingTag != 0
		}
		if detect != nil {
			detect.AddBytes(w)
		}
		if kept != nil && shortWord(w) {
			kept.add(w)
		}
	}
	if hasUnspaced(t) {
		s.each(t, count)
		return ws
	}
	// The common case, without each's callbacks.
	s.buf = text.AppendLower(s.buf[:0], t)
	for i := 0; ; {
		start, end := text.NextWord(s.buf, i)
		if start < 0 {
			return ws
		}
		count(s.buf[start:end])
		i = end
	}
}

// The tags of wordTags.
const (
	stopTag      = 1 // an English stopword (text.IsStopword)
	reportingTag = 2 // a reporting verb (reportingVerbs)
)

// wordTags tags the English stopwords and the reporting verbs, which the cleaner looks up
// for every word it counts.
var wordTags = sync.OnceValue(func() *text.WordSet {
	tags := map[string]uint8{}
	for _, w := range text.Stopwords() {
		tags[w] |= stopTag
	}
	for w := range reportingVerbs {
		tags[w] |= reportingTag
	}
	return text.NewTaggedWordSet(tags)
})

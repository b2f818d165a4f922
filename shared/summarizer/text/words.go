package text

import (
	"math"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Words returns the words of s in order, lowercased: runs of letters and digits, with
// apostrophes and hyphens inside a word kept ("wasn't", "bread-and-salt", "3.5").
func Words(s string) []string {
	// Lower-cased as a whole, the text is copied once rather than once per capitalised
	// word; case does not move word boundaries.
	return WordsAsWritten(normalizeWord(s))
}

// WordsAsWritten returns the words of s as Words does, but in their original case.
func WordsAsWritten(s string) []string {
	out := make([]string, 0, len(s)/6)
	EachWord(s, func(start, end int) { out = append(out, s[start:end]) })
	return out
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [128]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// joins reports whether the rune r at s[i:i+n], inside a word, joins it to what follows: an
// apostrophe or hyphen before a letter or digit ("don't", "bread-and-salt"), a point or comma
// between digits ("3.5", "1,000").
func joins[S ~string | ~[]byte](s S, i int, r rune, n int) bool {
	if i+n >= len(s) {
		return false
	}
	switch r {
	case '\'', '’', '‘', '-':
		next, _ := DecodeRuneAt(s, i+n)
		return isWordRune(next) && next != '_'
	case '.', ',':
		prev := runeBefore(s, i)
		next, _ := DecodeRuneAt(s, i+n)
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

func normalizeWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || ('A' <= c && c <= 'Z') {
			w = lower(w)
			// Most words hold no curly apostrophe; the replacer is slow to find that out.
			if strings.Contains(w, "’") || strings.Contains(w, "‘") {
				w = apostrophes.Replace(w)
			}
			return w
		}
	}
	return w
}

// lower is strings.ToLower, quicker on text whose only non-ASCII characters are
// punctuation (curly quotes, dashes), which have no case.
func lower(s string) string {
	ascii := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x2000 || r > 0x206F { // outside General Punctuation
			ascii = false
			break
		}
		i += n
	}
	if !ascii {
		return strings.ToLower(s)
	}
	b := []byte(s)
	changed := false
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// CountWords counts the words of s without allocating them.
func CountWords(s string) int { return CountWordsUpTo(s, math.MaxInt) }

// CountWordsUpTo is min(CountWords(s), limit), reading s no further than the limit's word.
func CountWordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		if n >= limit {
			return limit
		}
		// Eight bytes at a time while they are ASCII and hold no apostrophe or hyphen, which
		// may join two words into one: a word starts at each letter or digit after none.
		if i+8 <= len(s) && s[i] < utf8.RuneSelf {
			if x := Load8(s, i); x&HighBits == 0 && ZeroBytes(x^0x2727272727272727)|ZeroBytes(x^0x2d2d2d2d2d2d2d2d) == 0 {
				// OR-ing 0x20 lower-cases the capitals and sends no other byte among the letters.
				word := InRange7(x|0x2020202020202020, 'a', 'z') | InRange7(x, '0', '9')
				before := word << 8 // the top bit of each byte: whether the byte before is in a word
				if in {
					before |= 0x80
				}
				n += bits.OnesCount64(word &^ before)
				in = word>>63 != 0
				i += 8
				continue
			}
		}
		var w, joins bool
		if c := s[i]; c < utf8.RuneSelf { // most of a news text: no decoding
			w, joins = asciiWord[c], c == '\'' || c == '-'
			i++
		} else if r := DecodeRune2At(s, i); r >= 0 { // most letters past ASCII, decoded in line
			w = runeClasses().letterOrDigit(uint32(r))
			i += 2
		} else if r := DecodeRune3At(s, i); r >= 0 && r != '’' { // kana, Han, Hangul
			w = runeClasses().letterOrDigit(uint32(r))
			i += 3
		} else {
			r, size := DecodeRuneAt(s, i)
			w, joins = IsLetterOrDigit(r), r == '’'
			i += size
		}
		if w && !in {
			n++
		}
		if !(w || joins) {
			in = false
		} else if w {
			in = true
		}
	}
	return min(n, limit)
}

// stemCacheLimit bounds the stem cache: a long-lived process (a warm Lambda, precis local,
// a re-processing run) sees unbounded vocabulary, and a hostile article can be all made-up
// words. News vocabulary that repeats is cached long before the limit.
const stemCacheLimit = 1 << 16

var (
	stemCache     sync.Map
	stemCacheSize atomic.Int64
)

// Stem reduces a lowercase word to its Porter2 (Snowball English) stem. Results are cached
// (up to stemCacheLimit words): news vocabulary repeats heavily across articles.
func Stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	if s, ok := stemCache.Load(w); ok {
		return s.(string)
	}
	s := porter2(w)
	if stemCacheSize.Load() < stemCacheLimit {
		// Copies: w is often a slice of a whole article, which the cache must not keep alive.
		if _, loaded := stemCache.LoadOrStore(strings.Clone(w), strings.Clone(s)); !loaded {
			stemCacheSize.Add(1)
		}
	}
	return s
}

// Terms returns the stems of the content words of s: stopwords, one-letter words and bare
// numbers left out. It is what sentence similarity is computed on.
func Terms(s string) []string {
	words := Words(s)
	out := words[:0]
	for _, w := range words {
		if IsStopword(w) || len(w) < 2 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) && len(w) < 4 {
			continue
		}
		out = append(out, Stem(strings.ReplaceAll(w, "'s", "")))
	}
	return out
}

// IsStopword reports whether a lowercase word is an English function word.
func IsStopword(w string) bool { return stopwords[w] }

// StopwordShare is the share of the words of s that are stopwords, jusText's main signal.
func StopwordShare(words []string) float64 { return ShareIn(words, stopwords) }

// ShareIn is the share of words that are in set (0 for no words): StopwordShare with another
// language's function words.
func ShareIn(words []string, set map[string]bool) float64 {
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if set[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

var stopwords = set(strings.Fields(`a about above across after afterwards again against all almost alone along
already also although always am among amongst an and another any anyhow anyone anything anyway anywhere are
around as at back be became because become becomes becoming been before beforehand behind being below beside
besides between beyond both but by can cannot could did do does doing done down due during each either else
elsewhere enough even ever every everyone everything everywhere except few for former formerly from further
had has have having he hence her here hereafter hereby herein hereupon hers herself him himself his how however
i if in indeed into is it its itself just last latter latterly least less many may me meanwhile might mine
more moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor
not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out
over own per perhaps please rather re same seem seemed seeming seems several she should since so some somehow
someone something sometime sometimes somewhere still such than that the their theirs them themselves then
thence there thereafter thereby therefore therein thereupon these they this those though through throughout
thru thus to together too toward towards under until up upon us very via was we well were what whatever when
whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who
whoever whole whom whose why will with within without would yet you your yours yourself yourselves it's he's
she's that's there's i'm we're they're you're i've we've they've don't doesn't didn't isn't aren't wasn't
weren't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't let's also said says say just like
get got go going went make made take took`)...)

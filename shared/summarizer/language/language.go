// Package language identifies the language of an article from its function words, well
// enough to tell English from the other languages news is commonly written in.
package language

import (
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// English is the code of the one language the pipeline summarises today.
const English = "en"

// Undetermined is returned when the text has too few words to tell.
const Undetermined = "und"

var lists = map[string]map[string]bool{
	"en": set("the of and to in is that for it was on with as he be by at his are this from have not but they had were which she has its their said will would been who an or we there"),
	"de": set("der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein"),
	"fr": set("le la les de des et un une du en est que qui dans pour pas au sur ne se par il elle plus avec sont ce cette mais ou comme nous vous ils été aux leur son sa ses être a"),
	"es": set("el la los las de del y en que un una es por con para no se su al lo como más pero sus le ya o fue este ha sí porque esta son entre cuando muy sin sobre también me hasta hay donde quien desde"),
	"it": set("il lo la i gli le di del della e che è un una per in con non si da al alla dei delle sono come anche più ma ha nel nella questo questa essere stato"),
	"pt": set("o a os as de do da dos das e que um uma é em no na para com não se por mais mas como foi ao ele ela seu sua são também pelo pela até isso já"),
	"nl": set("de het een en van in is dat op te zijn met voor niet aan er die als ook bij door om maar dan was nog wordt naar werd heeft hij zij ze"),
}

// codes fixes the order languages are tried in, so ties always break the same way.
var codes = []string{"en", "de", "fr", "es", "it", "pt", "nl"}

// memberships maps each function word to the languages (bit i for codes[i]) whose list
// holds it.
var memberships = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for i, code := range codes {
		for w := range lists[code] {
			m[w] |= 1 << i
		}
	}
	return m
})

// functionShapes holds, by first byte, a bit for each length of the function words
// (all shorter than 64 bytes): most other words are told apart without a look-up.
var functionShapes = sync.OnceValue(func() *[256]uint64 {
	var t [256]uint64
	for w := range memberships() {
		t[w[0]] |= 1 << len(w)
	}
	return &t
})

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// scripts name the languages of text mostly in a script other than Latin: an ISO 639-1 code
// where the script nearly settles the language, a BCP 47 "und-" script tag where it does not.
var scripts = []struct {
	table *unicode.RangeTable
	code  string
}{
	{unicode.Arabic, "und-Arab"}, {unicode.Cyrillic, "und-Cyrl"}, {unicode.Devanagari, "und-Deva"},
	{unicode.Hebrew, "he"}, {unicode.Greek, "el"}, {unicode.Hangul, "ko"},
	{unicode.Hiragana, "ja"}, {unicode.Katakana, "ja"}, {unicode.Han, "zh"}, {unicode.Thai, "th"},
}

// Detect returns the language of the lowercase words: an ISO 639-1 code, a BCP 47
// "und-Script" tag for text in a script shared by several languages, or Undetermined.
func Detect(words []string) string {
	var c Counter
	for _, w := range words {
		c.Add(w)
	}
	return c.Language()
}

// maxWords is how many words Detect reads: more do not change the verdict.
const maxWords = 5000

// Counter tallies words one at a time for Detect's verdict, for a caller that walks its
// words rather than holding them in a slice. The zero Counter is ready to use.
type Counter struct {
	// member and shapes are memberships() and functionShapes(), fetched on the first word.
	member map[string]uint8
	shapes *[256]uint64
	words  int
	// counts holds the function words of each language (codes' order).
	counts [8]int
	// scripts holds the letters of each of scripts; letters counts every letter, other
	// those of the scripts.
	scripts        [16]int
	letters, other int
}

// Add counts one lowercase word; the words past Detect's limit are ignored.
func (c *Counter) Add(w string) { add(c, w) }

// AddBytes is Add for a word held in a byte slice, which it does not copy: a caller that
// walks a buffer of lower-cased text counts its words as they lie there.
func (c *Counter) AddBytes(w []byte) { add(c, w) }

func add[S ~string | ~[]byte](c *Counter, w S) {
	if c.words == maxWords {
		return
	}
	if c.member == nil {
		c.member, c.shapes = memberships(), functionShapes()
	}
	c.words++
	addScript(c, w)
	// One look-up per word for all languages at once, for a word that may be a function word.
	if len(w) == 0 || len(w) >= 64 || c.shapes[w[0]]&(1<<len(w)) == 0 {
		return
	}
	c.addVotes(c.member[string(w)])
}

// addVotes counts a function word of the languages of votes (bit i for codes[i]).
func (c *Counter) addVotes(votes uint8) {
	for votes != 0 {
		c.counts[bits.TrailingZeros8(votes)]++
		votes &= votes - 1
	}
}

// Language returns the language of the words counted, as Detect does.
func (c *Counter) Language() string {
	if code := c.script(); code != "" {
		return code
	}
	if c.words < 8 {
		return Undetermined
	}
	best, bestShare, english := Undetermined, 0.0, 0.0
	for i, code := range codes {
		share := float64(c.counts[i]) / float64(c.words)
		if code == English {
			english = share
		}
		if share > bestShare {
			best, bestShare = code, share
		}
	}
	if bestShare < 0.08 {
		return Undetermined
	}
	// Short function words are shared between languages ("is", "in"): English keeps the text
	// unless another language is clearly ahead.
	if english >= 0.75*bestShare {
		return English
	}
	return best
}

// addScript counts the letters of w by script.
func addScript[S ~string | ~[]byte](c *Counter, w S) {
	i := 0
	for ; i+4 <= len(w); i += 4 { // most words open with ASCII: four bytes at a time
		x := uint32(w[i]) | uint32(w[i+1])<<8 | uint32(w[i+2])<<16 | uint32(w[i+3])<<24
		if x&0x80808080 != 0 {
			break
		}
		c.letters += asciiLetters4(x)
	}
	for i < len(w) {
		if b := w[i]; b < utf8.RuneSelf { // ASCII: a Latin letter or not a letter
			if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				c.letters++
			}
			i++
			continue
		}
		r, n := text.DecodeRune2At(w, i), 2 // most letters past ASCII, decoded in line
		if r < 0 {
			r, n = text.DecodeRuneAt(w, i)
		}
		i += n
		var class uint8
		if r < 1<<16 {
			class = letterClasses()[r]
		} else {
			class = letterClass(r)
		}
		if class == notLetter {
			continue
		}
		c.letters++
		if class >= firstScript {
			c.scripts[class-firstScript]++
			c.other++
		}
	}
}

// The classes of letterClass.
const (
	notLetter   = 0 // not a letter
	otherLetter = 1 // a letter of none of scripts (Latin among them)
	firstScript = 2 // a letter of scripts[k] is of class firstScript+k
)

// letterClass returns the class of r: whether it is a letter, and of which of scripts.
func letterClass(r rune) uint8 {
	if !unicode.IsLetter(r) {
		return notLetter
	}
	for k, s := range scripts {
		if unicode.Is(s.table, r) {
			return firstScript + uint8(k)
		}
	}
	return otherLetter
}

// letterClassTable holds letterClass of each rune of the Basic Multilingual Plane: unicode
// answers by binary search in a table per script, a cost every letter of a Cyrillic or
// Japanese page paid twice or more.
type letterClassTable [1 << 16]uint8

// letterClassesBuilt is the table once built, on first use: not at initialisation, which
// every Lambda cold start would pay for, and only once a word holds a character past ASCII.
var letterClassesBuilt atomic.Pointer[letterClassTable]

// letterClasses returns the table, building it the first time.
func letterClasses() *letterClassTable {
	if t := letterClassesBuilt.Load(); t != nil {
		return t
	}
	return buildLetterClasses()
}

// buildLetterClasses builds the table, apart from letterClasses so that letterClasses is
// inlined.
func buildLetterClasses() *letterClassTable {
	t := new(letterClassTable)
	// mark gives class to the runes of ranges that are letters (all runes, for unicode.Letter
	// itself), a stride of 1 as a slice: most of the BMP's letters are in a few long ranges.
	mark := func(ranges []unicode.Range16, class uint8) {
		for _, rg := range ranges {
			if rg.Stride == 1 {
				for k, c := range t[rg.Lo : int(rg.Hi)+1] {
					if c != notLetter || class == otherLetter {
						t[int(rg.Lo)+k] = class
					}
				}
				continue
			}
			for r := uint32(rg.Lo); r <= uint32(rg.Hi); r += uint32(rg.Stride) {
				if t[r] != notLetter || class == otherLetter {
					t[r] = class
				}
			}
		}
	}
	mark(unicode.Letter.R16, otherLetter)
	for k, s := range scripts {
		mark(s.table.R16, firstScript+uint8(k))
	}
	// Goroutines that build it at once build the same table.
	letterClassesBuilt.Store(t)
	return t
}

// script returns the language of words mostly written in a non-Latin script, or "".
func (c *Counter) script() string {
	counts := c.scripts[:len(scripts)]
	letters, other := c.letters, c.other
	if letters < 20 || other*2 < letters {
		return ""
	}
	// Japanese mixes kana with Han: any kana makes it Japanese.
	best := 0
	for i, n := range counts {
		if n > counts[best] {
			best = i
		}
		if scripts[i].code == "ja" && n*10 > other {
			return "ja"
		}
	}
	return scripts[best].code
}

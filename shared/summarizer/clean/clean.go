// Package clean reduces scraped plain text to the article body. It classifies blocks the way
// jusText does (length, stopword density, the class of neighbouring blocks) and adds explicit
// patterns for what scrapers leave behind: publisher and date lines, bylines, "SEE ALSO"
// teasers, contact lines, copyright, comment prompts, share buttons, newsletter sign-ups,
// photo credits. Metadata found on the way (publisher, date, author, title) is kept.
package clean

import (
	"iter"
	"math/bits"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/language"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// Params are the jusText thresholds. The defaults are jusText's, adjusted to our stoplist.
type Params struct {
	LengthLow, LengthHigh         int
	StopwordsLow, StopwordsHigh   float64
	MaxHeadingDistance            int
	MaxHeadingWords, MaxTitleWord int
}

// DefaultParams are the thresholds Text uses.
var DefaultParams = Params{
	LengthLow: 70, LengthHigh: 200,
	StopwordsLow: 0.26, StopwordsHigh: 0.30,
	MaxHeadingDistance: 200, MaxHeadingWords: 12, MaxTitleWord: 25,
}

type class int

const (
	bad class = iota
	short
	nearGood
	good
)

type block struct {
	text    string
	class   class
	heading bool // a candidate heading: short, no closing punctuation, starts upper-case
	length  int
	// speech: the block quotes someone or reports what they said. Such a block is body
	// however short it is: a story's quotes are its substance.
	speech bool
	// feed: a related-content header ("More in World", "Trending") or a feed item's time
	// stamp ("32M ago") came just before this block, after the body began.
	feed bool
	// repeated: the same text appears elsewhere on the page, as teasers of a feed shown in
	// two widgets do; an article's paragraphs are its own.
	repeated bool
	// teaser: another story's headline run into its teaser (gluedTeaser).
	teaser bool
	// stampNext: a short time stamp follows the block on the page.
	stampNext bool
	// cell: a cell of a table the article announces (markTables).
	cell bool
	// sentenceWords: the block's words up to minProseWords when it ends as a sentence does,
	// else 0. The passes ask again and again whether a block is a sentence or prose;
	// its words are counted once.
	sentenceWords int
	// at is the block's index among the blocks Blocks was given.
	at int
}

// The fewest words of prose and of a sentence.
const (
	minProseWords    = 6
	minSentenceWords = 4
)

// prose reports whether b reads as running text: several words ending in a full stop.
func (b block) prose() bool { return b.sentenceWords >= minProseWords }

// sentence reports whether b reads as a sentence: sentence(b.text), told once.
func (b block) sentence() bool { return b.sentenceWords >= minSentenceWords }

// Text cleans plain text with the default parameters.
func Text(s string) article.Document { return DefaultParams.Text(s) }

// Text cleans plain text to the article body.
func (p Params) Text(s string) article.Document { return p.Blocks(splitBlocks(s)) }

// Blocks cleans text that is already split into blocks (a page's every block, in order).
func (p Params) Blocks(raw []string) article.Document {
	var doc article.Document
	blocks := make([]block, 0, len(raw))
	sawBody := false
	var sc scanner
	words := make([]wordStats, len(raw)) // each block's word counts, taken once
	counted := make([]bool, len(raw))
	wordsOf := func(i int) wordStats {
		if !counted[i] {
			words[i], counted[i] = sc.stats(raw[i], nil, nil), true
		}
		return words[i]
	}
	share := stopwordShare(raw, func(i int, detect *language.Counter, kept *shortWords) int {
		ws := sc.stats(raw[i], detect, kept)
		words[i], counted[i] = ws, true
		return ws.n
	}, &sc)
	seen := repeats(raw)
	feed := false // a feed header or a feed item's time stamp was just seen
	bylined := bylinedTeasers(raw)
	nameAfterBy := -1 // the block that holds the name a lone "By" announced
	for i, t := range raw {
		top := !sawBody && i < 12
		// A byline split over two lines, "By" and then the name, as pages that link the
		// name save it.
		if i == nameAfterBy {
			continue
		}
		if strings.EqualFold(t, "by") && i+1 < len(raw) && isNameLine(raw[i+1]) {
			if doc.Author == "" {
				doc.Author = raw[i+1]
			}
			nameAfterBy = i + 1
			continue
		}
		// A label ending in a colon ("Don't Miss:") introduces one link, not a feed.
		if sawBody && (feedMarker(t) && !strings.HasSuffix(t, ":") || bylined != nil && bylined[i]) {
			feed = true
		}
		if trimmed := trimCredit(t); trimmed != t {
			t = trimmed
			words[i] = sc.stats(t, nil, nil)
		}
		scan := literalScan{t: t}
		if boilerplateScanned(t, top, &doc.Metadata, &scan) || leftoverScanned(t, &scan) {
			continue
		}
		b := p.classify(t, wordsOf(i), func(t string, ws wordStats) float64 { return share(i, t, ws) })
		if legalNoticeScanned(b, &scan) {
			continue
		}
		b.feed, feed = feed, false
		b.repeated = b.length >= minRepeatLen && seen[t] > 1
		// Every rule that asks whether a block is a teaser asks first whether it is a
		// heading, which no teaser is: a heading's seams are not looked for.
		b.teaser = !b.heading && gluedTeaser(t)
		b.stampNext = signsComment(t) && i+1 < len(raw) && len(raw[i+1]) < 60 && stamped(raw[i+1])
		if b.class == good {
			sawBody = true
		}
		b.at = i
		blocks = append(blocks, b)
	}
	p.promoteStretches(blocks)
	before := make([]class, len(blocks))
	for i, b := range blocks {
		before[i] = b.class
	}
	p.context(blocks)
	// A short article may have no block long enough to be good on its own; then its
	// near-good blocks that read as prose are the body (a near-good line of a menu or a
	// footer is not).
	if !anyGood(blocks) {
		for i := range blocks {
			blocks[i].class = before[i]
			if before[i] == nearGood && (blocks[i].prose() || blocks[i].speech) {
				blocks[i].class = good
			}
		}
		p.context(blocks)
	}
	// A very short article (a paragraph or two): keep what reads as prose.
	if !anyGood(blocks) {
		for i, b := range blocks {
			if before[i] != bad && !b.heading && b.prose() {
				blocks[i].class = good
			}
		}
	}
	n := commentsStart(blocks)
	blocks, before = blocks[:n], before[:n]
	mainRegion(blocks, before)
	dropTrailingBios(blocks)
	// The body starts at the first good block that is not a heading; the title is the last
	// heading-like block above it.
	firstBody := len(blocks)
	for i, b := range blocks {
		if b.class == good && !b.heading {
			firstBody = i
			break
		}
	}
	if title := p.title(blocks, firstBody); title >= 0 {
		doc.Title = blocks[title].text
		end := len(raw)
		if firstBody < len(blocks) {
			end = blocks[firstBody].at
		}
		headMetadata(raw[:end], doc.Title, &doc.Metadata)
	}
	for _, b := range blocks[firstBody:] {
		if b.class != good {
			continue
		}
		kind := article.Paragraph
		if b.heading {
			kind = article.Heading
		}
		doc.Blocks = append(doc.Blocks, article.Block{Kind: kind, Text: b.text})
	}
	// A body never ends in a heading.
	for len(doc.Blocks) > 0 && doc.Blocks[len(doc.Blocks)-1].Kind == article.Heading {
		doc.Blocks = doc.Blocks[:len(doc.Blocks)-1]
	}
	return doc
}

// Filter drops boilerplate blocks from a document that another reader (HTML, Markdown) has
// already reduced to its body, keeping the metadata they reveal.
func Filter(doc article.Document) article.Document {
	out := doc
	out.Blocks = make([]article.Block, 0, len(doc.Blocks))
	for i, b := range doc.Blocks {
		if boilerplate(b.Text, i < 3, &out.Metadata) {
			continue
		}
		out.Blocks = append(out.Blocks, b)
	}
	return out
}

// splitBlocks splits on blank lines, or on every line when the text has few blank lines (a
// naive scraper's one block per line).
func splitBlocks(s string) []string {
	if out, ok := splitLines(s); ok {
		return out
	}
	blank, nonBlank := 0, 0
	for l := range lines(s) {
		if blankLine(l) {
			blank++
		} else {
			nonBlank++
		}
	}
	var out []string
	if blank*4 < nonBlank {
		out = make([]string, 0, nonBlank)
		for l := range lines(s) {
			if t := squeeze(l); t != "" {
				out = append(out, t)
			}
		}
		return out
	}
	for _, para := range strings.Split(s, "\n\n") {
		if headerLines(para) || bulletLines(para) {
			for l := range lines(para) {
				if t := squeeze(l); t != "" {
					out = append(out, t)
				}
			}
			continue
		}
		if t := squeeze(para); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// maxBlankLead is how many blank lines more than a quarter of the others splitLines reads
// before it gives up: a text split on blank lines has them from its first paragraphs.
const maxBlankLead = 32

// splitLines is splitBlocks for a text with few blank lines, which it squeezes as it counts
// them, in one pass: false when the text has too many, or it met so many that it gave up.
func splitLines(s string) ([]string, bool) {
	out := make([]string, 0, strings.Count(s, "\n")+1)
	blank := 0
	for l := range lines(s) {
		// squeeze leaves nothing of a blank line (strings.TrimSpace(l) == "") and something
		// of any other.
		if t := squeeze(l); t != "" {
			out = append(out, t)
		} else if blank++; blank*4 >= len(out)+maxBlankLead {
			return nil, false
		}
	}
	return out, blank*4 < len(out)
}

// lines yields the lines of s as strings.Split(s, "\n") returns them, without the slice.
func lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for {
			i := strings.IndexByte(s, '\n')
			if i < 0 {
				yield(s)
				return
			}
			if !yield(s[:i]) {
				return
			}
			s = s[i+1:]
		}
	}
}

// blankLine reports whether l holds nothing but white space (strings.TrimSpace(l) == "").
func blankLine(l string) bool {
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case asciiSpace(c):
		case c < utf8.RuneSelf:
			return false
		default:
			r, n := utf8.DecodeRuneInString(l[i:])
			if !spaceRune(r) {
				return false
			}
			i += n - 1
		}
	}
	return true
}

// squeeze trims s and turns each run of white space inside it into one space. Most lines
// need neither, and are returned without a copy.
func squeeze(s string) string {
	// Most lines open and end with printable ASCII other than the space: nothing to trim.
	if s == "" || !solidASCII(s[0]) || !solidASCII(s[len(s)-1]) {
		s = strings.TrimSpace(s)
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		// Eight bytes at a time while they are printable ASCII and single spaces.
		for ; i+8 <= len(s); i += 8 {
			x := text.Load8(s, i)
			if !singleSpaced8(x) || prevSpace && x&0xff == ' ' {
				break
			}
			prevSpace = x>>56 == ' '
		}
		if i >= len(s) {
			break
		}
		if len(s) >= 8 && i > len(s)-8 && singleSpaced8(text.Load8(s, len(s)-8)) {
			// The last eight bytes, which hold the byte before i: the rest is as clean.
			break
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := text.DecodeRune2At(s, i), 2
			if r < 0 {
				if r, n = text.DecodeRune3At(s, i), 3; r < 0 {
					r, n = text.DecodeRuneAt(s, i)
				}
			}
			if spaceRune(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			// The characters of two bytes past U+00BF (letters of Cyrillic, Greek, Hebrew,
			// Arabic...) are none of them white space: a run of them at once.
			for i+n+1 < len(s) && s[i+n]-0xC3 < 0xE0-0xC3 && s[i+n+1]&0xC0 == 0x80 {
				n += 2
			}
			i += n - 1
			prevSpace = false
			continue
		}
		// Printable ASCII other than the space is never white space.
		space := c == ' ' || c < ' ' && unicode.IsSpace(rune(c))
		if space && (c != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	return s
}

// solidASCII reports whether c is printable ASCII other than the space.
func solidASCII(c byte) bool { return ' ' < c && c < utf8.RuneSelf }

// singleSpaced8 reports whether the eight bytes of x are printable ASCII with no two spaces
// in a row.
func singleSpaced8(x uint64) bool {
	// Taking the space from each byte sets the top bit of those below it (tabs, line breaks)
	// but for a borrow, which comes only from a lower byte below it; x's own top bit is set
	// on bytes past ASCII.
	if ((x-0x2020202020202020)|x)&0x8080808080808080 != 0 {
		return false
	}
	spaces := text.ZeroBytes(x ^ 0x2020202020202020)
	return spaces&(spaces<<8) == 0
}

// asciiSpace reports whether c is ASCII white space, as strings.Fields and
// strings.TrimSpace see it.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// spaceRune is unicode.IsSpace, answered at once for the characters between the Latin-1
// spaces and U+1680 and for general punctuation's dashes, quotes and marks (U+200B to
// U+2027): a news page's curly quotes and dashes are not looked up.
func spaceRune(r rune) bool {
	if 0x100 <= r && r < 0x1680 || 0x200B <= r && r <= 0x2027 {
		return false
	}
	return unicode.IsSpace(r)
}

func anyGood(blocks []block) bool {
	for _, b := range blocks {
		if b.class == good {
			return true
		}
	}
	return false
}

func (p Params) classify(t string, words wordStats, share func(string, wordStats) float64) block {
	b := block{text: t, length: blockLength(t)}
	if endsSentence(t) {
		b.sentenceWords = countWordsUpTo(t, minProseWords)
	}
	b.heading = headingLike(t, words.n, p.MaxHeadingWords)
	b.speech = words.n >= 3 && reportsSpeech(t, words)
	density := share(t, words)
	copyright := holdsCopyright(t)
	switch {
	case b.speech && !copyright:
		b.class = nearGood
		if b.length > p.LengthHigh && density >= p.StopwordsHigh {
			b.class = good
		}
	case copyright:
		b.class = bad
	case b.length < p.LengthLow:
		b.class = short
	case density >= p.StopwordsHigh && b.length > p.LengthHigh:
		b.class = good
	case density >= p.StopwordsLow:
		b.class = nearGood
	case density >= p.StopwordsLow/2 && b.prose() && text.OneSentence(t):
		// A paragraph of one sentence, as many news sites write, is too short for its
		// stopword share to mean much: names and numbers crowd a news lead. It is judged
		// by its neighbours, like any near-good block, instead of being dropped.
		b.class = nearGood
	default:
		b.class = bad
	}
	return b
}

// bylineWords reports whether t is short enough to be a byline or a dateline: 12 words, or 24
// for a byline (byline), which may carry its day, time and topic.
func bylineWords(t string, byline bool) bool {
	if byline {
		return text.CountWordsUpTo(t, 25) <= 24
	}
	return text.CountWordsUpTo(t, 13) <= 12
}

// holdsCopyright reports whether t holds the sign ©: its first byte in UTF-8, 0xC2, found
// by one search, opens few characters of a page (a no-break space, «, », °).
func holdsCopyright(t string) bool {
	for i := strings.IndexByte(t, 0xC2); i >= 0 && i+1 < len(t); {
		if t[i+1] == 0xA9 {
			return true
		}
		j := strings.IndexByte(t[i+1:], 0xC2)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

func headingLike(t string, words, max int) bool {
	if words == 0 || words > max {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	switch last {
	case '.', '!', ',', ';', ':', '”', '"', '’', ')', '…', '|':
		return false
	case '\'':
		if closesQuotation(t) {
			return false
		}
	}
	return !strings.Contains(t, "@") && !strings.Contains(t, "://")
}

// closesQuotation reports whether t, ending in a straight apostrophe, ends a quotation
// rather than a quoted title: a mark after the sentence's own punctuation, or doubled
// apostrophes, the marks some newspapers quote with, around words that are no title ("a
// terrible waste" in them closes a quotation, "The Art of the Deal" ends a heading).
func closesQuotation(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(strings.TrimSuffix(t, "'"), "'"))
	if strings.ContainsRune(".!?,;:…", r) {
		return true
	}
	inner, ok := strings.CutSuffix(t, "''")
	if !ok {
		return false
	}
	open := strings.LastIndex(inner, "''")
	return open < 0 || !quotedTitle(inner[open+2:])
}

// quotedTitle reports whether s reads as a title: every word capitalised but short joining
// words after the first ("The Art of the Deal").
func quotedTitle(s string) bool {
	words := strings.Fields(s)
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && (i == 0 || utf8.RuneCountInString(w) > 3) {
			return false
		}
	}
	return len(words) > 0
}

// context is jusText's context-sensitive pass: short and near-good blocks take the class of
// their neighbours; headings close above good text become good. It returns the number of
// blocks it visited, which tests hold to a linear bound: a run of thousands of short blocks
// must not be walked once per block.
func (p Params) context(blocks []block) (visits int) {
	visits = p.headingsNearGood(blocks)
	orig := make([]class, len(blocks))
	for i, b := range blocks {
		orig[i] = b.class
	}
	// Each block's nearest neighbours on either side that are not short (loose), and that
	// are neither short nor near-good (strict), found in one pass each way.
	prev, next := nearest(orig, false)
	prevStrict, nextStrict := nearest(orig, true)
	visits += 5 * len(blocks)
	for i := range blocks {
		visits++
		if orig[i] != short {
			continue
		}
		before, after := prevStrict[i], nextStrict[i]
		switch {
		case before == good && after == good:
			blocks[i].class = good
		case before == bad && after == bad:
			blocks[i].class = bad
		case (before == bad && prev[i] == nearGood) || (after == bad && next[i] == nearGood):
			blocks[i].class = good
		default:
			blocks[i].class = bad
		}
	}
	for i := range blocks {
		visits++
		if orig[i] != nearGood {
			continue
		}
		if prevStrict[i] == bad && nextStrict[i] == bad {
			blocks[i].class = bad
		} else {
			blocks[i].class = good
		}
	}
	return visits + p.keepHeadings(blocks)
}

// headingsNearGood makes short headings near-good when good text follows closely, so the
// context pass can keep them. It returns the blocks it visited.
func (p Params) headingsNearGood(blocks []block) (visits int) {
	follows := p.goodAhead(blocks)
	for i := range blocks {
		if blocks[i].heading && blocks[i].class == short && follows[i] {
			blocks[i].class = nearGood
		}
	}
	return 2 * len(blocks)
}

// keepHeadings keeps a heading only if good text follows it closely and good text precedes
// it. It returns the blocks it visited.
func (p Params) keepHeadings(blocks []block) (visits int) {
	// What follows a block is told before the block changes, and no block changes what
	// follows one before it.
	follows := p.goodAhead(blocks)
	for i := range blocks {
		if blocks[i].heading && blocks[i].class != good && follows[i] && i > 0 && blocks[i-1].class == good {
			blocks[i].class = good
		}
	}
	return 2 * len(blocks)
}

// goodAhead reports, for each block, whether a good block follows it within
// MaxHeadingDistance characters: the nearest good block after it, with no more than that
// between them. One pass from the end tells it for every block, where a look ahead from
// each heading of a long menu would walk the menu once per heading.
func (p Params) goodAhead(blocks []block) []bool {
	follows := make([]bool, len(blocks))
	// gap: the characters between block i and the nearest good block after it; -1 for none.
	// Past MaxHeadingDistance it grows no more (a cap of MaxHeadingDistance+1 would wrap
	// round for the largest int, a caller's "no limit").
	gap := -1
	for i := len(blocks) - 1; i >= 0; i-- {
		follows[i] = gap >= 0 && gap <= p.MaxHeadingDistance
		switch {
		case blocks[i].class == good:
			gap = 0
		case follows[i]:
			gap += blocks[i].length
		}
	}
	return follows
}

// nearest returns, for each block, the class of the nearest block before it and after it
// that is not short (nor near-good, if strict); bad where there is none.
func nearest(classes []class, strict bool) (prev, next []class) {
	counts := func(c class) bool { return c != short && !(strict && c == nearGood) }
	prev, next = make([]class, len(classes)), make([]class, len(classes))
	last := bad
	for i, c := range classes {
		prev[i] = last
		if counts(c) {
			last = c
		}
	}
	last = bad
	for i := len(classes) - 1; i >= 0; i-- {
		next[i] = last
		if counts(classes[i]) {
			last = classes[i]
		}
	}
	return prev, next
}

// month and weekday are ordered so that the parser factors their common openings ("ma",
// "t"), and share endings ("ember"): no two names open alike, so the order changes no match,
// and the smaller program keeps the date expressions within regexp's backtracker (500
// instructions), much quicker than its NFA.
const (
	month   = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|may|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|(?:nov|dec)(?:ember)?)\.?`
	weekday = `(?:(?:mon|tues?|thu(?:rs?)?|wed(?:nes)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?`
)

// contactWords end a contact line's name ("Jane Roe can be reached at …").
const contactWords = `can be (?:reached|contacted|emailed) at`

// patterns are the cleaner's regular expressions, compiled on first use rather than at
// package initialisation, which every Lambda cold start would pay for.
type patterns struct {
	boilerplate []pattern
	// index finds the boilerplate patterns a block may match.
	index                             literalIndex
	contactLine, bylineLine, dateExpr *regexp.Regexp
}

var compiled = sync.OnceValue(func() *patterns {
	p := &patterns{
		// Each pattern matches a whole block that is never article text. Repeats are unbounded
		// because only blocks up to maxBoilerplateLen are tried (bounded repeats blow up the
		// compiled program and the matching time).
		boilerplate: compileAll([]string{
			`(?:see also|see more|read more|read also|also read|related|related stories|related articles|related coverage|more from [^:]+|more on this story|recommended|watch|listen|trending|popular|most read|must read|don'?t miss|editor'?s picks?|top stories|latest news|up next|what to read next)\s*[:|»›>-].*`,
			`(?:see also|see more|read more|related stories|related articles|more stories|recommended for you|most popular|most read|trending now|you may also like|you might also like|more like this|top stories|latest news|breaking news(?: emails| alerts)?)\W*`,
			`.*\((?:image|photo|picture|pictured|video|credit|source)s?(?: credit)?:[^)]*\)`,
			`image \d+ of \d+`,
			`.*\bby clicking here\W*`,
			`(?:published|posted|updated) \d+ (?:second|minute|hour|day|week|month)s? ago`,
			`this (?:slideshow|video|content|feature) requires javascript.*`,
			`this (?:website|site) uses cookies.*`,
			`tell us what you think.*`,
			`(?:\d+ )?comments?`,
			`click (?:here|to)\b.*`,
			`(?:please )?read our comment policy.*`,
			`.*\bcomments? (?:policy|section|are closed|have been disabled|guidelines).*`,
			`(?:view|show|load|hide|post|add|leave) (?:a )?comments?.*`,
			`sponsored(?: stories| content| links| by .+)?`,
			`advertisements?|ad(?:vert)?|promoted(?: content| stories)?|paid (?:content|post|partner content)|partner content`,
			`story continues below(?: advertisement)?|continue reading(?: below| the main story)?|article continues (?:after|below).*`,
			`(?:copyright|\(c\)|©).*`,
			`all rights reserved.*`,
			`.*reprint(?:s| permission| rights).*`,
			`(?:photo|image|picture|video|graphic|illustration)(?: credit| courtesy)?s?\s*[:/|].*`,
			`(?:getty images|ap photo|reuters|afp|shutterstock|epa)(?:/[^.]*)?`,
			`(?:share|tweet|email|e-mail|print|pin|save|copy link|copy|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|flipboard|messenger|telegram)(?:\s*(?:\||/|·|•|,)?\s*(?:share|tweet|email|e-mail|print|pin|save|copy link|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|flipboard|messenger|telegram|this|article|story|on|via))*`,
			`share (?:this|on|via) .*`,
			`follow (?:us|me) on .*`,
			`(?:sign up|subscribe|register)\b.*(?:newsletter|inbox|updates|email|alerts?).*`,
			`.*\bnewsletters?\b.*(?:sign up|subscribe|inbox)?`,
			`(?:skip to (?:main )?content|skip navigation|jump to|back to top|loading(?:\.\.\.|…)?|menu|search|home|log ?in|sign in|subscribe|next article|previous article)`,
			`(?:download|get) (?:the|our) (?:free )?app.*`,
			`this (?:article|story) (?:was )?(?:originally )?(?:appeared|published|first appeared).*`,
			`(?:updated|published|posted|last updated|last modified)\s*:?\s*.*\d{1,2}:\d{2}.*`,
			`(?:terms of (?:use|service)|privacy policy|cookie policy|contact us|about us|site ?map|accessibility).*`,
			`we (?:use|value) (?:cookies|your privacy).*`,
			`.*\bcan be (?:reached|contacted|emailed) at\b.*`,
			`.*\b(?:reported|contributed) (?:to )?(?:this|the) (?:report|story|article)\b.*`,
			`\(?(?:reporting|writing|editing|additional reporting) by .*`,
			`tags?:.*|topics?:.*|filed under:?.*|trends?:.*`,
			// Prompts: newsletters, donations, deals, affiliate notes, sharing.
			`(?:want|like|enjoy|liked|enjoyed) (?:more )?(?:stories|articles|news|content|this (?:story|article|post))(?: like this)?\?.*`,
			`(?:every|each) (?:day|week|morning|evening|weekday) we send.*`,
			`(?:stay|keep) (?:up to date|informed|in the know|updated)\b.*`,
			`.*\bno,? thanks\W*`,
			`you(?:'ve| have) (?:successfully |succesfully )?subscribed.*`,
			`.*\bactivate your subscription.*`,
			`this (?:post|article|page|story) (?:may )?contains? (?:affiliate|sponsored|referral).*`,
			`(?:please )?(?:donate|support (?:us|our (?:work|journalism))|become a (?:member|supporter|patron)|make a (?:donation|contribution))\b.*`,
			`sharing is caring\W*|\d+ shares?|share (?:it )?with (?:a friend|friends).*`,
			`.*\bshare it with a friend\W*`,
			`(?:previous|next|older|newer) (?:post|article|story|entry)\W*.*`,
			`.*\baffiliate (?:links?|partnerships?|commissions?|programs?)\b.*`,
			`.*\b(?:earn|receive|get) (?:a )?(?:small )?(?:share of (?:the )?sales|commission|compensation)\b.*`,
			`by (?:registering|signing up|subscribing|creating an account|clicking)\b.*`,
			`follow .{1,40} on(?: .{1,40})?|where to watch|all podcasts|podcasts`,
			`undo|ad ?choices|(?:sponsored|promoted|recommended) by .{1,40}`,
			`if you (?:enjoyed|liked|value|appreciate)d? (?:this|our|reading) (?:article|story|post|journalism|reporting|work|content)\b.*`,
			`(?:do you|if you) rely on .{1,60}\?.*`,
			`.*\bclick here to (?:support|donate|subscribe|help|become)\b.*`,
			`share your thoughts\b.*`,
			`get access to .*\bsubscri.*`,
			`support .{1,40} and make a difference.*`,
			`(?:get|download) (?:the )?(?:latest )?deals?\b.*|shop (?:now|the (?:deal|sale))\W*|see (?:the )?deal\W*|check price.*|view (?:deal|offer|on amazon).*`,
		}),
		contactLine: regexp.MustCompile(`^[\s•·*—–-]*(.{3,60}?) ` + contactWords + `\b`),
		bylineLine:  regexp.MustCompile(`^(?i:by|written by|words by|story by)\s+((?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}(?:(?:and|&)\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4})?)(?:\s*(?:,|\||-|–|—|·|•)\s*(.{0,80}))?$`),
		dateExpr:    regexp.MustCompile(`(?i)\b` + weekday + `(?:(` + month + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(` + month + `),?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?:\b|T)`),
	}
	if len(p.boilerplate) > maxPatterns {
		panic("clean: more boilerplate patterns than a patternSet holds")
	}
	for i, b := range p.boilerplate {
		p.index.add(i, b)
	}
	return p
})

// maxBoilerplateLen bounds the blocks the patterns are tried on: no pattern matches more
// than about 250 characters, and body paragraphs, the bulk of the text, are longer.
const maxBoilerplateLen = 300

// boilerplate reports whether block t is boilerplate, recording the metadata it carries. Near
// the top, publisher/date lines and bylines are metadata too.
func boilerplate(t string, top bool, m *article.Metadata) bool {
	return boilerplateScanned(t, top, m, &literalScan{t: t})
}

// boilerplateScanned is boilerplate, reading the patterns t may match off scan.
func boilerplateScanned(t string, top bool, m *article.Metadata, scan *literalScan) bool {
	if len(t) > maxBoilerplateLen && runesExceed(t, maxBoilerplateLen) {
		return cookieNotice(t)
	}
	x := scan.scan()
	re := x.patterns
	if !scan.found.has(x.contact) {
		// the contact-line pattern needs its words at a word start; most blocks are spared
		// its backtracking
	} else if match := re.contactLine.FindStringSubmatch(t); match != nil {
		if m.Author == "" {
			m.Author = strings.TrimSpace(match[1])
		}
		return true
	}
	byline, dated := bylineStart(t), hasYear(t)
	// A byline may carry its day, time and topic ("By Jason Cipriani | November 18, 2019 --
	// 19:14 GMT | Topic: Hardware"); its expression, capitalised names before a separator,
	// holds it to that.
	if (byline || dated) && (top || bylineWords(t, byline)) {
		if !byline {
			// not a byline
		} else if match := bylineMatch(t); match != nil {
			if m.Author == "" {
				m.Author = strings.TrimSpace(match[1])
			}
			bylineTail(match[2], m)
			return true
		} else if dated && bylineDated(t, m) {
			return true
		}
		if !dated || !holdsMonthOrISO(t) || text.CountWords(t) > 16 {
			// a dateline holds a year and little else
		} else if pub, ok := matchDateline(t); ok {
			if m.Published.IsZero() {
				m.Published = ParseDate(t)
			}
			if pub := strings.TrimSpace(pub); pub != "" && m.Publisher == "" && !re.dateExpr.MatchString(pub) {
				datelineCredits(pub, m)
			}
			return true
		} else if labelledDateline(t, m) {
			return true
		}
	}
	if separators(t) || top && bareLink(t) {
		return true
	}
	maybe := &scan.found
	for i := maybe.next(0); i >= 0 && i < len(re.boilerplate); i = maybe.next(i + 1) {
		if p := &re.boilerplate[i]; p.matches(t) {
			if p.anywhere && quotesSomeone(t) && !promptApart(t, p.re) {
				// A pattern that may match anywhere in a block meets a quotation: the
				// paragraph reports speech and is the story's, unless the prompt stands
				// in a sentence of its own ("Subscribe to our newsletter today.").
				continue
			}
			return true
		}
	}
	return false
}

// runesExceed reports whether t holds more than n characters (utf8.RuneCountInString(t) >
// n), counting no further than it must: a paragraph of a few thousand bytes is told after
// its first few hundred.
func runesExceed(t string, n int) bool {
	need := n + 1 // the characters still to find
	if need > 0 && len(t) >= need {
		// Most long blocks open with n+1 ASCII bytes, n+1 characters.
		i := 0
		for ; i+8 <= need; i += 8 {
			if text.Load8(t, i)&0x8080808080808080 != 0 {
				break
			}
		}
		for ; i < need && t[i] < utf8.RuneSelf; i++ {
		}
		if i == need {
			return true
		}
	}
	for need > 0 {
		if len(t) < need {
			return false // fewer bytes than the characters still to find
		}
		// The next need bytes hold at most need characters. No character runs across a
		// byte that opens one, so the counts before it and from it on add up.
		cut := need
		for cut < len(t) && t[cut]&0xC0 == 0x80 {
			cut++
		}
		need -= utf8.RuneCountInString(t[:cut])
		t = t[cut:]
	}
	return true
}

// compileAll compiles each pattern to match a whole block, case-insensitively. Kept apart
// rather than in one alternation: most fail on the first character, where the alternation
// runs the slow NFA over every branch. For the same reason each alternative of a pattern is
// compiled and gated on its own ("menu" runs ^(?:menu)$, not the whole list of menu words).
func compileAll(patterns []string) []pattern {
	out := make([]pattern, 0, len(patterns))
	for _, p := range patterns {
		// A pattern that may match anywhere in the block ("... can be reached at ...") runs
		// the NFA over the whole block: gate it on the literals that must occur in the block,
		// which costs far less.
		if rest, ok := strings.CutPrefix(p, ".*"); ok {
			pat := pattern{re: screen(`(?i)^(?:` + p + `)$`), anywhere: true, chain: sureChainOf(`(?i)` + p)}
			rest, pat.wordStart = strings.CutPrefix(rest, `\b`)
			pat.gate = gateOf(`(?i)` + rest)
			out = append(out, pat)
			continue
		}
		for _, alt := range alternatives(`(?i)` + p) {
			out = append(out, pattern{re: screen(`(?i)^(?:` + alt + `)$`), gate: gateOf(alt), sure: surePrefixes(alt), wholes: sureWholes(alt), chain: sureChainOf(alt)})
		}
	}
	return out
}

// pattern is a boilerplate regexp and its gate: literals every match starts with, or (for
// a pattern that starts with .*) contains, at a word start if wordStart.
type pattern struct {
	re                  *screenedRE
	gate                prefixGate
	anywhere, wordStart bool
	// sure are the literals a block that opens with one of them certainly matches with
	// (surePrefixes); nil for most patterns.
	sure []string
	// wholes are blocks the pattern certainly matches (sureWholes).
	wholes []string
	// chain tells blocks that certainly match a pattern of literals between .* (sureChainOf).
	chain *sureChain
}

// matches reports whether block t matches p: surely, or by its expression.
func (p *pattern) matches(t string) bool {
	return sureMatch(t, p.sure) || sureWhole(t, p.wholes) || p.chain.holds(t) || p.re.MatchString(t)
}

// bylineStart reports whether a block opens as a byline does.
func bylineStart(t string) bool {
	// Most blocks open with none of the prefixes' first letters, b, w and s, in either case.
	if t == "" || t[0]|0x20 != 'b' && t[0]|0x20 != 'w' && t[0]|0x20 != 's' {
		return false
	}
	for _, p := range []string{"by", "written by", "words by", "story by"} {
		if hasPrefixFold(t, p) && len(t) > len(p) && unicode.IsSpace(rune(t[len(p)])) {
			return true
		}
	}
	return false
}

// containsFold reports whether t holds the lower-case literal lit, ignoring the case of
// ASCII letters in t.
func containsFold(t, lit string) bool { return indexFold(t, lit, 0) >= 0 }

// indexFold returns the index of the first lower-case literal lit in t at or after from,
// ignoring the case of ASCII letters in t, or -1.
func indexFold(t, lit string, from int) int {
	// The candidates are where lit's first byte occurs in either case, found by IndexByte.
	c, upper := lit[0], lit[0]
	if 'a' <= c && c <= 'z' {
		upper = c - 'a' + 'A'
	}
	nextLower, nextUpper := from-1, from-1 // the next occurrence at i or after, once found; len(t) for none
	for i := from; i+len(lit) <= len(t); i++ {
		if nextLower < i {
			nextLower = indexByteFrom(t, c, i)
		}
		if nextUpper < i {
			nextUpper = indexByteFrom(t, upper, i)
		}
		if i = min(nextLower, nextUpper); i+len(lit) > len(t) {
			return -1
		}
		if hasPrefixFold(t[i:], lit) {
			return i
		}
	}
	return -1
}

// indexByteFrom is the index of the first c in t at or after i, or len(t).
func indexByteFrom(t string, c byte, i int) int {
	if j := strings.IndexByte(t[i:], c); j >= 0 {
		return i + j
	}
	return len(t)
}

// separators reports whether t holds nothing but white space and separators ("•", "|", "»", "*"):
// what is left of a menu or a share bar.
func separators(t string) bool {
	// strings.Trim(t, "\t\n\f\r •·|/>»-") == "", without Trim's rune-by-rune look-ups in a
	// cutset that is not all ASCII: most blocks fail on their first byte.
	for _, r := range t {
		switch r {
		case '\t', '\n', '\f', '\r', ' ', '•', '·', '|', '/', '>', '»', '-', '*':
		default:
			return false
		}
	}
	return true
}

// bareLink reports whether block t is a web address and nothing else. Near the top of a
// page it is the page's own address printed above the story; further down it may be an
// item of a list of links, which is body.
func bareLink(t string) bool {
	t = strings.TrimSpace(t)
	if strings.ContainsAny(t, " \t") {
		return false
	}
	return hasPrefixFold(t, "http://") || hasPrefixFold(t, "https://") || hasPrefixFold(t, "www.")
}

// holdsMonthOrISO reports whether t holds a month's name or abbreviation, or a date written
// 2006-01-02: a dateline does.
func holdsMonthOrISO(t string) bool {
	for i := 0; i+3 <= len(t); i++ {
		// Only where two bytes in a row open a month or are digits.
		if !monthOrDigitPairs.has(pairKey(t[i], t[i+1])) {
			continue
		}
		if monthKeys[[3]byte{lowerByte(t[i]), lowerByte(t[i+1]), lowerByte(t[i+2])}] {
			return true
		}
		if i+5 <= len(t) && isDigit(t[i]) && isDigit(t[i+1]) && isDigit(t[i+2]) && isDigit(t[i+3]) && t[i+4] == '-' {
			return true
		}
	}
	return false
}

// monthOrDigitPairs holds the first two letters of each month's key, in either case, and
// every two digits.
var monthOrDigitPairs = func() *pairSet {
	var p pairSet
	for k := range monthKeys {
		for _, a := range caseForms(k[0]) {
			for _, b := range caseForms(k[1]) {
				p.add(pairKey(a, b))
			}
		}
	}
	for a := byte('0'); a <= '9'; a++ {
		for b := byte('0'); b <= '9'; b++ {
			p.add(pairKey(a, b))
		}
	}
	return &p
}()

// monthKeys are the months' first three letters.
var monthKeys = func() map[[3]byte]bool {
	m := map[[3]byte]bool{}
	for k := range months {
		m[[3]byte{k[0], k[1], k[2]}] = true
	}
	return m
}()

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// hasYear reports whether s holds four digits in a row.
func hasYear(s string) bool {
	// Eight bytes at a time: a run of four inside them, or one that the digits closing the
	// eight before (run) and those opening these make.
	run, i := 0, 0
	for ; i+8 <= len(s); i += 8 {
		d := digitBytes(text.Load8(s, i))
		if d == 0 {
			run = 0 // as most of a block's eight bytes hold no digit
			continue
		}
		if d&(d>>8)&(d>>16)&(d>>24) != 0 || run+(bits.TrailingZeros64(^d&text.HighBits)-7)/8 >= 4 {
			return true
		}
		run = bits.LeadingZeros64(^d&text.HighBits) / 8
	}
	for ; i < len(s); i++ {
		if !isDigit(s[i]) {
			run = 0
		} else if run++; run == 4 {
			return true
		}
	}
	return false
}

// digitBytes returns the top bit of each byte of x that is an ASCII digit, the other bits
// clear.
func digitBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	low := x & (0x7f * ones)            // each byte without its high bit: no carry below
	atLeast0 := low + (0x80-'0')*ones   // high bit set where the byte is '0' or above
	pastNine := low + (0x80-'9'-1)*ones // high bit set where it is above '9'
	return atLeast0 &^ pastNine &^ x & (0x80 * ones)
}

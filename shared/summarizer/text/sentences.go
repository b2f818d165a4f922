// Package text splits article text into sentences and words, the way news English needs:
// titles (Mr., Lt. Gen.), initials, U.S., dates (Dec. 19), St. Nicholas, decimals and
// sentences that end inside a closing quote mark.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a string.
type Span struct {
	Start, End int
}

// titles never end a sentence: a name follows them.
var titles = set("mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt",
	"sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "rep", "reps", "sen", "sens", "gov", "rev", "hon",
	"st", "ste", "mt", "ft", "pres", "supt", "det", "insp", "gens", "fr", "sr", "jr", "atty", "amb", "sec", "dist", "mme", "mlle")

// shortForms end a sentence only when what follows clearly starts one.
var shortForms = set("inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "vs", "v", "approx", "dept",
	"est", "govt", "univ", "assn", "ave", "blvd", "rd", "no", "nos", "fig", "vol", "vols", "pp", "op", "cf",
	"al", "ed", "eds", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif",
	"colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
	"miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis",
	"wyo", "n.y", "n.j", "d.c", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "e.g", "i.e", "ph.d", "b.a", "m.a")

// timeWords follow a time in the same sentence: days, months, time zones.
var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tonight", "tomorrow",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst", "akdt", "hst",
	"gmt", "utc", "bst", "cet", "cest", "ist", "aest", "aedt", "jst", "eastern", "central", "mountain",
	"pacific", "atlantic", "alaska", "hawaii", "local", "moscow", "london", "washington", "beijing")

// starters are words that begin sentences far more often than they follow an abbreviation.
var starters = set("the", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "a", "an", "this",
	"that", "these", "those", "there", "his", "her", "its", "their", "our", "my", "if", "when", "while",
	"after", "before", "as", "at", "on", "for", "so", "yet", "however", "meanwhile", "still", "also",
	"then", "now", "some", "many", "most", "one", "no", "not", "what", "why", "how", "who", "where",
	"since", "although", "though", "despite", "under", "with", "without", "by", "from", "to", "officials",
	"asked", "both", "all", "each", "other", "such", "even", "only", "last", "earlier", "later", "instead")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}', '›':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '„', '‹', '¿', '¡':
		return true
	}
	return false
}

// Sentences splits one paragraph into sentence spans, trimmed of surrounding white space.
func Sentences(p string) []Span {
	var spans []Span
	for start := 0; start < len(p); {
		end := sentenceEnd(p, start)
		if s := trim(p, start, end); s.End > s.Start {
			spans = append(spans, s)
		}
		start = end
	}
	for _, s := range spans {
		if s.End-s.Start > MaxSentenceWords*2 { // too short to need splitting otherwise
			return capLength(p, spans)
		}
	}
	return spans
}

// sentenceEnd returns the end of the sentence begun at start: the end of the terminal run
// that closes it, or len(p) when none does.
func sentenceEnd(p string, start int) int {
	for i := start; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		// The run of terminal marks and closing quotes/brackets after them.
		j := i
		dots := 0
		for j < len(p) {
			c, n := utf8.DecodeRuneInString(p[j:])
			if c == '.' {
				dots++
			} else if c != '!' && c != '?' && c != '…' {
				break
			}
			j += n
		}
		for j < len(p) {
			c, n := utf8.DecodeRuneInString(p[j:])
			if !isClosing(c) {
				break
			}
			j += n
		}
		if j < len(p) {
			c, _ := utf8.DecodeRuneInString(p[j:])
			if !unicode.IsSpace(c) {
				i = j
				continue
			}
		}
		if boundary(p, start, i, j, r == '.' && dots == 1) {
			return j
		}
		i = j
	}
	return len(p)
}

// MaxSentenceWords is the longest sentence Sentences returns. News sentences stay far below
// it; longer "sentences" come from run-on text without punctuation, and are cut at a clause
// boundary (a comma, semicolon, colon or dash) in their second half, or at the limit.
const MaxSentenceWords = 150

// capLength splits the spans longer than MaxSentenceWords words.
func capLength(p string, spans []Span) []Span {
	var out []Span
	for _, s := range spans {
		for s.End > s.Start {
			cut, words, clause := s.End, 0, -1
			inWord := false
			for i, r := range p[s.Start:s.End] {
				space := unicode.IsSpace(r)
				if !space && !inWord {
					words++
					if words > MaxSentenceWords {
						cut = s.Start + i
						break
					}
				}
				inWord = !space
				if words > MaxSentenceWords/2 && (r == ',' || r == ';' || r == ':' || r == '—' || r == '–') {
					clause = s.Start + i + utf8.RuneLen(r)
				}
			}
			if cut < s.End && clause > 0 {
				cut = clause
			}
			if piece := trim(p, s.Start, cut); piece.End > piece.Start {
				out = append(out, piece)
			}
			s = trim(p, cut, s.End)
		}
	}
	return out
}

// boundary decides whether the terminal run p[mark:end] ends the sentence begun at start.
func boundary(p string, start, mark, end int, singlePeriod bool) bool {
	next := strings.TrimLeftFunc(p[end:], unicode.IsSpace)
	if next == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	// Skip an opening quote or bracket to see the first letter of the next sentence.
	nextWord := next
	if isOpening(first) {
		_, n := utf8.DecodeRuneInString(next)
		nextWord = next[n:]
	}
	nr, _ := utf8.DecodeRuneInString(nextWord)
	if unicode.IsLower(nr) || (!unicode.IsUpper(nr) && !unicode.IsDigit(nr) && !isOpening(first)) {
		return false
	}
	if !singlePeriod {
		return true
	}
	// What stands before the period: the last word, without opening punctuation.
	w := p[start:mark]
	if k := strings.LastIndexFunc(w, func(r rune) bool { return unicode.IsSpace(r) || isOpening(r) || r == '—' || r == '–' }); k >= 0 {
		_, n := utf8.DecodeRuneInString(w[k:])
		w = w[k+n:]
	}
	lw := strings.ToLower(w)
	if titles[lw] {
		return false
	}
	starter := starters[strings.ToLower(firstWord(nextWord))]
	if lw == "a.m" || lw == "p.m" {
		// After a time, a capitalised word starts a sentence unless it says when or where
		// ("9 p.m. Eastern", "10 a.m. Monday").
		w := strings.ToLower(firstWord(nextWord))
		if w == "new" { // "9 p.m. New York time", but "9 a.m. New rules take effect"
			rest := strings.TrimLeft(nextWord[len(w):], " ")
			return !strings.HasPrefix(strings.ToLower(rest), "york")
		}
		return unicode.IsUpper(nr) && !timeWords[w]
	}
	if unicode.IsDigit(nr) && shortForms[lw] {
		return false // Dec. 19, No. 1
	}
	if shortForms[lw] {
		return starter
	}
	// A single capital is an initial (John F. Kennedy); dotted initialisms (U.S.) and
	// abbreviations ending in a lowercase letter run on unless a sentence plainly starts.
	if n := utf8.RuneCountInString(w); n == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return starter
		}
	}
	if strings.Contains(w, ".") && !strings.Contains(w, "..") {
		return starter
	}
	return true
}

func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if end < 0 {
		return s
	}
	return s[:end]
}

func trim(p string, start, end int) Span {
	for start < end {
		r, n := utf8.DecodeRuneInString(p[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(p[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return Span{start, end}
}

package clean

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/language"
)

// reportingVerbs are the verbs news uses to attribute speech.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"asked": true, "asks": true, "explained": true, "wrote": true, "writes": true, "stated": true, "noted": true,
	"replied": true, "recalled": true, "insisted": true, "warned": true, "argued": true, "according": true}

// reportsSpeech reports whether a block holds a quotation (an opening and a closing mark) or
// a reporting verb.
func reportsSpeech(t string, words wordStats) bool {
	if holdsQuotation(t) {
		return true
	}
	// A paragraph that opens or closes a quotation spread over several paragraphs.
	first, _ := utf8.DecodeRuneInString(t)
	if strings.ContainsRune("“‘\"'", first) {
		return true
	}
	if n := len(t); n >= 2 && strings.ContainsRune("”’\"'", rune(t[n-1])) || strings.HasSuffix(t, "”") || strings.HasSuffix(t, "’") {
		trimmed := strings.TrimRight(t, "”’\"'")
		last, _ := utf8.DecodeLastRuneInString(trimmed)
		return strings.ContainsRune(".,!?", last)
	}
	return words.reporting
}

// holdsQuotation reports whether t holds an opening and a closing quotation mark: two
// straight double quotes, or a pair of curly ones. Most blocks hold neither kind, and are
// told by two searches for a byte.
func holdsQuotation(t string) bool {
	if q := strings.IndexByte(t, '"'); q >= 0 && strings.IndexByte(t[q+1:], '"') >= 0 {
		return true
	}
	// The curly marks all open with the byte 0xE2 in UTF-8.
	e := strings.IndexByte(t, 0xE2)
	if e < 0 {
		return false
	}
	t = t[e:]
	return strings.Contains(t, "“") && strings.Contains(t, "”") || strings.Contains(t, "‘") && strings.Contains(t, "’")
}

// quotesSomeone reports whether t quotes someone: a quotation and a reporting verb. Such a
// paragraph is the story's, whatever else it mentions (a source "who runs a politics
// newsletter", a spokesman who "can be reached" later).
func quotesSomeone(t string) bool {
	if !holdsQuotation(t) {
		return false
	}
	var sc scanner
	return sc.stats(t, nil, nil).reporting
}

// promptApart reports whether boilerplate pattern re matches a sentence of t that holds no
// quotation mark: a prompt beside the quotation rather than words about its speaker.
func promptApart(t string, re *screenedRE) bool {
	for len(t) > 0 {
		end := len(t)
		for i := 0; i+1 < len(t); i++ {
			if strings.IndexByte(".!?", t[i]) >= 0 && t[i+1] == ' ' {
				end = i + 1
				break
			}
		}
		sent := strings.TrimSpace(t[:end])
		if !strings.ContainsAny(sent, "“”\"") && re.MatchString(sent) {
			return true
		}
		t = t[end:]
	}
	return false
}

// stopwordShare returns the function-word signal for the text's language: the English
// stoplist for English; for another language, or one the detector cannot tell (a language
// it does not know, or a page that is mostly lists), the text's own most frequent short
// words, which in any language with spaces between words are its function words. Menus and
// footers repeat few words, so they do not enter the list.
// words counts block i's words, adding them to detect and its short words to kept when
// they are not nil (scanner.stats), and returns their number; sc walks a block's words for
// the share. The share is asked of block i, t (raw[i], or what is left of it) and its
// counts ws.
func stopwordShare(raw []string, words func(i int, detect *language.Counter, kept *shortWords) int, sc *scanner) func(i int, t string, ws wordStats) float64 {
	// The blocks counted for the language keep their short words, so that a page in
	// another language is not walked twice: block i's are from blockEnds[i-1] to
	// blockEnds[i] in kept.
	var detect language.Counter
	kept := keptLists.Get().(*shortWords)
	kept.reset()
	defer putKept(kept)
	var blockEnds []int
	for i, n := 0, 0; i < len(raw) && n < 1500; i++ {
		n += words(i, &detect, kept)
		blockEnds = append(blockEnds, kept.len())
	}
	lang := detect.Language()
	if lang == language.English {
		return englishShare
	}
	// Each short word's count, looked up without a copy of the word and stored once. Only
	// short words can be on the list: each block's are kept (as their index in counts,
	// from ends[i-1] to ends[i] in short) so that its share needs no second walk.
	index := map[string]int{}
	var counts []int
	var short []int32
	ends := make([]int, len(raw))
	var more shortWords
	for i := range raw {
		list, from, to := kept, 0, 0
		if i < len(blockEnds) {
			if i > 0 {
				from = blockEnds[i-1]
			}
			to = blockEnds[i]
		} else {
			more.reset()
			words(i, nil, &more)
			list, to = &more, more.len()
		}
		for j := from; j < to; j++ {
			w := list.word(j)
			k, ok := index[string(w)]
			if !ok {
				k = len(counts)
				index[string(w)] = k
				counts = append(counts, 0)
			}
			counts[k]++
			short = append(short, int32(k))
		}
		ends[i] = len(short)
	}
	count := make(map[string]int, len(index))
	for w, k := range index {
		count[w] = counts[k]
	}
	// The 40 most frequent short words seen at least twice.
	stop := map[string]bool{}
	onList := make([]bool, len(counts))
	top, _ := mostFrequent(count, 40)
	for _, w := range top {
		stop[w] = true
		onList[index[w]] = true
	}
	return func(i int, t string, ws wordStats) float64 {
		if ws.n == 0 {
			return 0
		}
		n := 0
		if t == raw[i] {
			start := 0
			if i > 0 {
				start = ends[i-1]
			}
			for _, k := range short[start:ends[i]] {
				if onList[k] {
					n++
				}
			}
		} else {
			var kept shortWords
			sc.stats(t, nil, &kept)
			for j := range kept.len() {
				if stop[string(kept.word(j))] {
					n++
				}
			}
		}
		return float64(n) / float64(ws.n)
	}
}

// keptLists holds the lists of short words stopwordShare keeps while it tells a page's
// language, for the next page: most pages are English, whose list is dropped at once, and
// would otherwise allocate it afresh each time.
var keptLists = sync.Pool{New: func() any { return new(shortWords) }}

// putKept returns a list to keptLists, unless a long page grew it past what a page
// usually needs.
func putKept(l *shortWords) {
	if cap(l.text) <= 1<<16 {
		keptLists.Put(l)
	}
}

// englishShare is the share of a block's words that are English stopwords (0 for no words),
// text.StopwordShare.
func englishShare(_ int, _ string, ws wordStats) float64 {
	if ws.n == 0 {
		return 0
	}
	return float64(ws.stop) / float64(ws.n)
}

// mostFrequent returns the k words counted most often (at least twice), the most frequent
// first and ties in alphabetical order, and the comparisons it made: tests hold them to
// n log n, since a page may hold tens of thousands of distinct words.
func mostFrequent(count map[string]int, k int) (top []string, compares int) {
	type wc struct {
		w string
		n int
	}
	var all []wc
	for w, c := range count {
		if c >= 2 {
			all = append(all, wc{w, c})
		}
	}
	slices.SortFunc(all, func(a, b wc) int {
		compares++
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		return strings.Compare(a.w, b.w)
	})
	for i := 0; i < len(all) && i < k; i++ {
		top = append(top, all[i].w)
	}
	return top, compares
}

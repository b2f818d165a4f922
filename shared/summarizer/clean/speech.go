package clean

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/language"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// reportingVerbs are the verbs news uses to attribute speech.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
	"asked": true, "asks": true, "explained": true, "wrote": true, "writes": true, "stated": true, "noted": true,
	"replied": true, "recalled": true, "insisted": true, "warned": true, "argued": true, "according": true}

// reportsSpeech reports whether a block holds a quotation (an opening and a closing mark) or
// a reporting verb.
func reportsSpeech(t string, words []string) bool {
	if strings.Contains(t, "“") && strings.Contains(t, "”") || strings.Count(t, `"`) >= 2 || strings.Contains(t, "‘") && strings.Contains(t, "’") {
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
	for _, w := range words {
		if reportingVerbs[w] {
			return true
		}
	}
	return false
}

// stopwordShare returns the function-word signal for the text's language: the English
// stoplist for English; for another language, or one the detector cannot tell (a language
// it does not know, or a page that is mostly lists), the text's own most frequent short
// words, which in any language with spaces between words are its function words. Menus and
// footers repeat few words, so they do not enter the list.
func stopwordShare(blocks int, wordsOf func(int) []string) func([]string) float64 {
	var words []string
	for i := 0; i < blocks && len(words) < 1500; i++ {
		words = append(words, wordsOf(i)...)
	}
	lang := language.Detect(words)
	if lang == language.English {
		return text.StopwordShare
	}
	count := map[string]int{}
	for i := 0; i < blocks; i++ {
		for _, w := range wordsOf(i) {
			if utf8.RuneCountInString(w) <= 4 {
				count[w]++
			}
		}
	}
	// The 40 most frequent short words seen at least twice.
	stop := map[string]bool{}
	top, _ := mostFrequent(count, 40)
	for _, w := range top {
		stop[w] = true
	}
	return func(ws []string) float64 { return text.ShareIn(ws, stop) }
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

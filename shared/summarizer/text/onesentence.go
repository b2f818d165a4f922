package text

import "unicode"

// OneSentence reports whether Sentences(p) holds exactly one span. It stops at the end of
// the first sentence instead of splitting the whole paragraph.
func OneSentence(p string) bool {
	for start := 0; start < len(p); {
		end := sentenceEnd(p, start)
		if s := trim(p, start, end); s.End > s.Start {
			// Whatever follows the first sentence would be a second one.
			if rest := trim(p, end, len(p)); rest.End > rest.Start {
				return false
			}
			return s.End-s.Start <= MaxSentenceWords*2 || countFields(p[s.Start:s.End]) <= MaxSentenceWords
		}
		start = end
	}
	return false
}

// countFields counts the runs of non-space runes in s, as capLength does.
func countFields(s string) int {
	words, inWord := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			words++
		}
		inWord = !space
	}
	return words
}

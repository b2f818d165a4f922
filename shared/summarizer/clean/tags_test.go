package clean

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// One look-up of wordTags tells what the stoplist and the reporting verbs would.
func TestWordTagsAgreeWithTheLists(t *testing.T) {
	words := append(text.Stopwords(), strings.Fields("said says according council tells told the' saidx")...)
	reporting := 0
	for _, w := range words {
		tag := wordTags().Tag([]byte(w))
		if got, want := tag&stopTag != 0, text.IsStopword(w); got != want {
			t.Errorf("%q: stopword %v, want %v", w, got, want)
		}
		if got, want := tag&reportingTag != 0, reportingVerbs[w]; got != want {
			t.Errorf("%q: reporting verb %v, want %v", w, got, want)
		}
		if tag&reportingTag != 0 {
			reporting++
		}
	}
	if reporting < 4 {
		t.Errorf("only %d reporting verbs tagged", reporting)
	}
}

package text_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// TestTaggedWordSet: each word of a tagged set answers its own tag, whatever its length;
// words tagged 0 and words not given answer 0.
func TestTaggedWordSet(t *testing.T) {
	long, longer := strings.Repeat("x", 40), strings.Repeat("y", 70)
	set := text.NewTaggedWordSet(map[string]uint8{"the": 1, "said": 2, "says": 3, "tha": 4, long: 5, longer: 6, "off": 0, "": 7})
	for _, c := range []struct {
		w    string
		want uint8
	}{
		{"the", 1}, {"said", 2}, {"says", 3}, {"tha", 4}, {long, 5}, {longer, 6},
		{"off", 0}, {"", 0}, {"thy", 0}, {"sai", 0}, {long + "x", 0}, {longer[1:], 0},
	} {
		if got := set.Tag([]byte(c.w)); got != c.want {
			t.Errorf("Tag(%q) = %d, want %d", c.w, got, c.want)
		}
		if got := set.Has([]byte(c.w)); got != (c.want != 0) {
			t.Errorf("Has(%q) = %v", c.w, got)
		}
	}
	// The stoplist's words are the words IsStopword knows.
	words := text.Stopwords()
	if len(words) < 100 {
		t.Fatalf("only %d stopwords", len(words))
	}
	for _, w := range words {
		if !text.IsStopword(w) {
			t.Errorf("%q is listed but not a stopword", w)
		}
	}
}

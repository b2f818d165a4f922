package text_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/text"
)

func TestOneSentenceMatchesSentences(t *testing.T) {
	words := func(n int) string { return strings.TrimSpace(strings.Repeat("word ", n)) }
	type oneCase struct {
		name, p string
		want    bool
	}
	cases := []oneCase{
		{"empty", "", false},
		{"spaces", " \n\t ", false},
		{"marks only", "...", true},
		{"one", "The talk began at 9 a.m. on Tuesday.", true},
		{"one, padded", "  The talk began at 9 a.m. on Tuesday.  \n", true},
		{"one without a mark", "The talk began on Tuesday", true},
		{"title inside", "Mr. Putin arrived in Minsk on Monday.", true},
		{"two", "The talk began at 9 a.m. | It was sold out.", false},
		{"second without a mark", "The talk began. | It was sold out", false},
		{"150 words", words(150) + ".", true},
		{"151 words", words(151) + ".", false},
		{"151 words, clause", words(100) + ", " + words(51) + ".", false},
		{"long words", strings.Repeat("extraordinarily ", 100) + "long.", true},
	}
	for _, c := range newsCases {
		cases = append(cases,
			oneCase{"news: " + c, strings.ReplaceAll(c, " | ", " "), !strings.Contains(c, " | ")},
			oneCase{"first of: " + c, strings.Split(c, " | ")[0], true})
	}
	for _, c := range cases {
		p := strings.ReplaceAll(c.p, " | ", " ")
		if got, split := text.OneSentence(p), len(text.Sentences(p)) == 1; got != c.want || got != split {
			t.Errorf("%s: OneSentence = %v, want %v; len(Sentences) == 1 is %v", c.name, got, c.want, split)
		}
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// A participle of speech after a name that a place or a medium preposition governs ("on
// TV", "on Fox News") does not give the quotation to that name.
func TestParticipleAfterAMedium(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"on TV", []string{
			`She saw John Smith on TV declaring “victory is ours at last” to a cheering crowd.`},
			[]want{{"victory is ours", "", quotes.Unknown, true}}},
		{"on a network", []string{
			`Millions watched the debate on Fox News saying “this changes everything” afterwards.`},
			[]want{{"this changes everything", "", quotes.Unknown, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// A cue naming a surname that relatives of both genders share, with a title that gives a
// gender ("Ms. Smith said"), names the relative of that gender, not the first one named.
func TestTitledSurnameCueFindsTheRelative(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"Ms. after a man and a woman of one surname", []string{
			`John Smith arrived on Monday. Mary Smith arrived on Tuesday.`,
			`Ms. Smith said, “We are glad to be home at last.”`},
			[]want{{"We are glad to be home", "Mary Smith", quotes.Person, false}}},
		{"Mr. after a woman and a man of one surname", []string{
			`Mary Smith and her son, John Smith, arrived on Monday.`,
			`“We are glad to be home at last,” Mr. Smith said.`},
			[]want{{"We are glad to be home", "John Smith", quotes.Person, false}}},
		{"the surname alone stays the first one's", []string{
			`John Smith arrived on Monday. Mary Smith arrived on Tuesday.`,
			`Smith said, “We are glad to be home at last.”`},
			[]want{{"We are glad to be home", "John Smith", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

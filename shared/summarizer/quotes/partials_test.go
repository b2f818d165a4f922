package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestPartialQuotations pins, one short article per mechanism, phrases quoted inside
// reported speech that are partial quotations, next to titles and terms set off in marks
// that are not.
func TestPartialQuotations(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a pronoun's contraction is no possessive", []string{
			`Senator Ann Becker spoke after the vote.`,
			`Becker said it’s “all about the budget now” and that she's "not going to give up on it."`,
			`She later told MSNBC’s “Morning Joe” that she would run again.`},
			[]want{{"all about the budget now", "Ann Becker", quotes.Person, true}, {"not going to give up on it", "Ann Becker", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestAttributionMechanisms pins, on short articles written for them, the attribution
// mechanisms added for news at large: each case failed before its mechanism.
func TestAttributionMechanisms(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a period before the cue leaves it a sentence of its own", []string{
			`Donald Trump spoke in Florida on Wednesday.`,
			`“I hope you are able to find the emails that are missing.” Trump said.`,
			`“We will look at a lot of different people…” Clinton said. “Nobody knows yet.”`},
			[]want{{"I hope you are able", "Donald Trump", quotes.Person, false}, {"We will look at a lot", "Clinton", quotes.Person, false},
				{"Nobody knows yet.", "Clinton", quotes.Person, false}}},
		{"a reversed mark closing the quotation", []string{
			`The commission met in Columbia on Monday.`,
			`“If she loses Iowa, that could create real problems for her here,“ said Jim Clyburn, a congressman.`,
			`“It is unusual,“ said Larry Noble, an attorney. “It is a hard thing to pull off.”`},
			[]want{{"If she loses Iowa", "Jim Clyburn", quotes.Person, false}, {"It is unusual", "Larry Noble", quotes.Person, false},
				{"It is a hard thing to pull off.", "Larry Noble", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// The agent of a passive naming verb that someone owns ("by John Smith's opponents") is
// not that someone: the owner does not say the words.
func TestPassiveAgentNotItsOwner(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a possessive before the agent", []string{
			`The bill was called “a total disaster for working families” by John Smith's opponents.`},
			[]want{{"a total disaster", "", quotes.Unknown, true}}},
		{"the agent named", []string{
			`The bill was called “a total disaster for working families” by Senator John Smith.`},
			[]want{{"a total disaster", "John Smith", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// A cue coordinated with the verb of a clause joined to the sentence by "and" or "but" after
// a comma has that clause's subject as its speaker, not the sentence's ("John Smith arrived
// late, and Mary Doe smiled and said “No.”").
func TestCoordinatedClauseSubject(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a clause after a comma and and", []string{
			`John Smith arrived late to the meeting, and Mary Doe smiled and said, “We started without you.”`},
			[]want{{"We started without you", "Mary Doe", quotes.Person, false}}},
		{"a clause after but", []string{
			`John Smith wanted to stay, but Mary Doe sighed and said, “We have to leave now.”`},
			[]want{{"We have to leave now", "Mary Doe", quotes.Person, false}}},
		{"the sentence's own subject", []string{
			`John Smith arrived late to the meeting and smiled and said, “We started without you.”`},
			[]want{{"We started without you", "John Smith", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// A paragraph that is only a quotation goes on with the voice of the sentence before it only
// when the one named before its verb of speech is that verb's subject: not someone the
// subject belongs to or speaks of ("Critics of John Smith said").
func TestLeadInNeedsTheSubject(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"the name after a preposition is no subject", []string{
			`Critics of Senator John Smith said on Monday that the plan would fail.`,
			`“He is wrong about the budget and he knows it.”`},
			[]want{{"He is wrong about", "", quotes.Unknown, false}}},
		{"a name after of in a description", []string{
			`The wife of Senator John Smith said on Monday that he was recovering well.`,
			`“He is doing much better and thanks everyone.”`},
			[]want{{"He is doing much better", "", quotes.Unknown, false}}},
		{"a name after for, without a title", []string{
			`A lawyer for John Smith said on Monday that the charges were baseless.`,
			`“He will be cleared of every one of these charges.”`},
			[]want{{"He will be cleared", "", quotes.Unknown, false}}},
		{"the subject speaks: carried over", []string{
			`Senator John Smith said on Monday that the plan would fail.`,
			`“It is wrong about the budget and we know it.”`},
			[]want{{"It is wrong about", "John Smith", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

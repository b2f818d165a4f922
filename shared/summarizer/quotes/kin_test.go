package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestRelativesOfOneSurname pins, on short articles written for them, that relatives of
// another gender under one surname stay two people: each case failed before.
func TestRelativesOfOneSurname(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a title of the other gender finds the relative", []string{
			`Bill Clinton campaigned in Iowa on Monday. Hillary Clinton spoke in New Hampshire.`,
			`At a town hall, a young woman asked Mrs. Clinton about the accusations against her husband.`,
			`Mrs. Clinton did not hesitate. “Everybody should be believed at first,” she said.`},
			[]want{{"Everybody should be believed", "Hillary Clinton", quotes.Person, false}}},
		{"a full name with a given name of the other gender is a person of their own", []string{
			`Donald Trump spoke in Cleveland on Monday.`,
			`Ivanka Trump, 34, could be a bridge to female voters. She has pushed back against accusations of sexism against her father, calling him “a feminist who promotes women.”`},
			[]want{{"a feminist who promotes women", "Ivanka Trump", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestPronounAntecedents pins, on short articles written for them, how he and she find the
// person they stand for: each case failed before its mechanism.
func TestPronounAntecedents(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a possessive name before a cue word used as a noun does not speak", []string{
			`Ted Cruz attacked Marco Rubio on immigration at the debate.`,
			`Asked about Cruz’s charges, Rubio said the reforms did not amount to amnesty. And he argued that “every candidate on the stage” favored some form of legalization.`},
			[]want{{"every candidate on the stage", "Marco Rubio", quotes.Person, true}}},
		{"a possessive or a name used as a modifier is no rival to the subject", []string{
			`French President François Hollande spoke on Tuesday about Donald Trump.`,
			`Hollande denounced Trump’s remarks as “hurtful and humiliating” and warned of the implications a Trump presidency would have.`,
			`“If the Americans choose Trump, that will have consequences,” he said.`},
			[]want{{"hurtful and humiliating", "François Hollande", quotes.Person, true}, {"If the Americans choose Trump", "François Hollande", quotes.Person, false}}},
		{"a name qualifying a role through modifiers does not speak", []string{
			`Donald Trump will air ads in battleground states.`,
			`Trump senior communications adviser Jason Miller said in a statement that the ads would run for a month.`,
			`“We see this as the right time to show voters the benefits,” he added.`},
			[]want{{"We see this as the right time", "Jason Miller", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// A capitalised word opening a sentence before a verb in the past tense names a person only
// when it can be a surname: not a contraction ("I've lived"), a participle ("Having
// worked"), an adverb ("Recently moved"), a country ("China launched") or a word the
// article writes in lower case and never capitalises inside a sentence ("People had turned
// out").
func TestLoneWordsThatAreNoSurname(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a common noun the article writes in lower case", []string{
			`The law is enforceable, and it would become obvious if people flouted it, the minister said.`,
			`Alliance chairman John Jackson said that Saturday had been a “massive demonstration”. People had turned out “to show that the act was a bad law”, he said.`},
			[]want{{"massive demonstration", "John Jackson", quotes.Person, true}, {"to show that the act", "John Jackson", quotes.Person, true}}},
		{"a surname the text lower-cases here and there", []string{
			`Madrid fans whistled at bale in the first half, but the crowd cheered Bale at the end.`,
			`Bale scored twice after the break.`,
			`“I love this club,” he said.`},
			[]want{{"I love this club", "Bale", quotes.Person, false}}},
		{"a country", []string{
			`Chief executive Tim Cook spoke to analysts on Monday.`,
			`China launched an inquiry into the company's sales last week.`,
			`“We will cooperate fully,” he said.`},
			[]want{{"We will cooperate fully", "Tim Cook", quotes.Person, false}}},
		{"a contraction", []string{
			`Manager Slaven Bilic spoke after the game.`,
			`I've lived with pressure since I was 18.`,
			`“We will go up this season,” he said.`},
			[]want{{"We will go up", "Slaven Bilic", quotes.Person, false}}},
		{"a participle and an adverb", []string{
			`Chief executive Charlie Bell spoke to analysts.`,
			`Having worked closely with the board, he focused on existing restaurants. Recently moved to Chicago, he spoke to analysts.`,
			`“We will not grow fat and happy,” he said.`},
			[]want{{"We will not grow fat", "Charlie Bell", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/quotes"
)

// TestPronounAntecedents pins how a pronoun speaker finds the person it stands for: the
// subject of the sentences before it, as news carries its subject from sentence to sentence,
// with people recognised by the age or the role set off after their name.
func TestPronounAntecedents(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"the subject named with an age, not the person named after it", []string{
			`Sen. Walt Brenner is gaining ground with voters.`,
			`Elmer Quade, 58, who lives outside Dayton, says he knew little about Brenner before the race, but now Quade plans to vote for him.`,
			`“Some changes need to be made,” he said.`},
			[]want{{"Some changes need to be made", "Elmer Quade", quotes.Person, false}}},
		{"a role several words into the appositive", []string{
			`President Tom Ruiz won the state in 2008.`,
			`Raynard Jackson, a black Republican campaign consultant, is a resident who crossed party lines. “Nobody expected that,” he said in 2008.`},
			[]want{{"Nobody expected that", "Raynard Jackson", quotes.Person, false}}},
		{"the subject's pronoun carries the chain past an object named later", []string{
			`Gov. Dale Harmon spoke on Monday.`,
			`Odell Pruitt, 44, praised the governor at the rally. He thanked Harmon for the new school.`,
			`“It changed our town,” he said.`},
			[]want{{"It changed our town", "Odell Pruitt", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

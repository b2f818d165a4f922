package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestPronounChains pins, on short articles written for them, how a he or she that a
// sentence already holds, and the words a pronoun's cue reports, bound whom a pronoun may
// stand for: each case failed before its mechanism, or guards one.
func TestPronounChains(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a he in the sentence before carries the chain past a name after it", []string{
			`Bill Bruch, a delegate from Washington, wants a free vote at the convention.`,
			`Bruch said he is ready to fight any attempt to bind the delegation. But during roll call votes, states are called alphabetically, he noted, so it may already be clear whether Donald Trump will be the nominee by then.`,
			`“If for some reason we can’t get a nominee other than Trump, we might abstain,” he said.`},
			[]want{{"If for some reason", "Bill Bruch", quotes.Person, false}}},
		{"a she tied to an unnamed-gender subject outranks a woman named after it", []string{
			`Naureen Jahangir, a volunteer from Hemet, California, is among those who say they will not vote in November.`,
			`The campaign was the first time she had been politically involved, and she doesn't think Hillary Clinton can address their concerns.`,
			`“I will vote for the candidate that best represents my viewpoint,” she said.`},
			[]want{{"I will vote for the candidate", "Naureen Jahangir", quotes.Person, false}}},
		{"a he in an opening phrase stands for the subject after it", []string{
			`Jon Burge ran the police unit that tortured suspects in the 1970s.`,
			`After he lost the vote on the settlement, Mayor Rahm Emanuel met with the families of victims.`,
			`“I am listening to what they have to say,” he said.`},
			[]want{{"I am listening", "Rahm Emanuel", quotes.Person, false}}},
		{"who speaks in the sentence stays a candidate after its he", []string{
			`Mark Jones, a political scientist at Rice University, has followed Ted Cruz for years.`,
			`That could carry Cruz into the primaries in March, which he is expected to win, Jones said.`,
			`“He's gaining momentum, building his base and has a plan,” he said.`},
			[]want{{"He's gaining momentum", "Mark Jones", quotes.Person, false}}},
		{"a name in the words a closing cue reports is not the pronoun's", []string{
			`Naureen Jahangir, a volunteer from Hemet, California, will not vote for Bernie Sanders in November.`,
			`Choosing between Hillary Clinton and Sanders is a “false choice, because there are other candidates on the ballot,” she said.`},
			[]want{{"false choice, because", "Naureen Jahangir", quotes.Person, true}}},
		{"the subject of a clause before a closing cue may be the pronoun's", []string{
			`Elizabeth Warren and Hillary Clinton campaigned together in Ohio on Monday.`,
			`It was a potent one-two punch, as Mrs. Clinton echoed the criticism and Ms. Warren, she said, “exposes him for what he is.”`},
			[]want{{"exposes him for what he is", "Hillary Clinton", quotes.Person, true}}},
		{"a name in a participle phrase before the pronoun is someone else", []string{
			`Wayne Borders, a canvasser, works for the Sanders campaign.`,
			`Dismayed by his memory of Bill Clinton's years in office, he has committed to the Vermont senator.`,
			`“He will do the work that needs to be done,” he said.`},
			[]want{{"He will do the work", "Wayne Borders", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

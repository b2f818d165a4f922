package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestDefiniteDescriptions pins, on short articles written for them, that a definite
// description stands for the one the article named: an organisation's name runs through its
// complement whatever its last word ("Ministry of Defence"), "the ministry" is that
// ministry, "the 56-year-old" the person the story is about. Each case failed before.
func TestDefiniteDescriptions(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"an organisation whose complement is a title word", []string{
			`Russia has moved thousands of troops to its border in recent weeks.`,
			`"The enemy is preparing reserves for an attack from the north," Ukraine's Ministry of Defence said in a statement on Sunday.`},
			[]want{{"The enemy is preparing", "Ministry of Defence", quotes.Organization, false}}},
		{"the ministry is the ministry named before", []string{
			`The Ministry of Defence said on Sunday that the build-up had been going on since October.`,
			`"We see columns of trucks every night," the ministry said.`},
			[]want{{"We see columns", "Ministry of Defence", quotes.Organization, false}}},
		{"the institute is the institute named before", []string{
			`The Institute for the Study of War, a Washington think tank, said the troops were not yet in attack positions.`,
			`"Russian forces are unlikely to attack in the coming weeks," the institute said in its daily update.`},
			[]want{{"Russian forces are unlikely", "Institute for the Study of War", quotes.Organization, false}}},
		{"an age for the person the story is about", []string{
			`José Mourinho was asked about the move on Friday.`,
			`"I am happy here," the 56-year-old said. "I have a contract and I respect it."`},
			[]want{{"I am happy here", "José Mourinho", quotes.Person, false}, {"I have a contract", "José Mourinho", quotes.Person, false}}},
		{"a ministry the article never named stays a description", []string{
			`Troops were seen near the border on Sunday.`,
			`"We see columns of trucks every night," the ministry said.`},
			[]want{{"We see columns", "ministry", quotes.Organization, false}}},
		{"another country's ministry is not the one named", []string{
			`Russia's Defence Ministry said on Monday that its forces had taken two villages in the east.`,
			`Kyiv disputed the claim. "We repelled the attack near the village," the Ukrainian ministry said.`},
			[]want{{"We repelled the attack", "Ukrainian ministry", quotes.Organization, false}}},
		{"an age the article gives another is not the speaker's", []string{
			`Mary Jones, 34, testified on Friday against John Smith, 56.`,
			`"I did nothing wrong," the 56-year-old said.`},
			[]want{{"I did nothing wrong", "56-year-old", quotes.Person, false}}},
		{"two ministries named together are neither", []string{
			`The Ministry of Health and the Ministry of Finance both spoke on Monday.`,
			`"The budget is not enough," the ministry said.`},
			[]want{{"The budget is not enough", "ministry", quotes.Organization, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestPartialQuotations pins, one short article per mechanism, phrases quoted inside
// reported speech that are partial quotations, next to titles and terms set off in marks
// that are not.
func TestPartialQuotations(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a pronoun's contraction is no possessive", []string{
			`Senator Ann Becker spoke after the vote.`,
			`Becker said it’s “all about the budget now” and that she's "not going to give up on it."`,
			`She later told MSNBC’s “Morning Joe” that she would run again.`},
			[]want{{"all about the budget now", "Ann Becker", quotes.Person, true}, {"not going to give up on it", "Ann Becker", quotes.Person, true}}},
		{"a possessive before a clause or a longer phrase", []string{
			`Senator Ann Becker spoke after the vote.`,
			`Becker said the governor’s “plan to cut the budget by half” would fail because his staff’s "mind is made up."`,
			`She called the war Moscow’s “special military operation” twice.`},
			[]want{{"plan to cut the budget by half", "Ann Becker", quotes.Person, true}, {"mind is made up", "Ann Becker", quotes.Person, true}}},
		{"a title with a lower-case joining word", []string{
			`Gov. Chris Christie spoke in Ohio.`,
			`Christie said on “This Week with George Stephanopoulos” that the plan would fail, and he said “I’m with her” as the crowd cheered.`},
			[]want{{"I’m with her", "Chris Christie", quotes.Person, true}}},
		{"a verb of speech or a personal pronoun reports the phrase", []string{
			`Justice Ruth Ginsburg spoke to reporters on Monday.`,
			`In three interviews, the justice sounded off on the candidate, saying she didn't "want to contemplate" the effects on the court.`,
			`On Friday, the room known as “the war room” stood empty.`,
			`David Axelrod has long advised the party.`,
			`And online he has criticized her surrogates as “way off key.”`,
			`That is why he wanted to “go an extra step” for the voters.`},
			[]want{{"want to contemplate", "Ruth Ginsburg", quotes.Person, true}, {"way off key", "David Axelrod", quotes.Person, true},
				{"go an extra step", "David Axelrod", quotes.Person, true}}},
		{"a pronoun with no one before it is not the article's last speaker", []string{
			`The justice sounded off, saying she didn't "want to contemplate" the effects on the court.`,
			`“We will win in November,” said Ann Lee.`},
			[]want{{"want to contemplate", "", quotes.Unknown, true}, {"We will win in November", "Ann Lee", quotes.Person, false}}},
		{"a title in capitals after a preposition of place", []string{
			`Senator Bernie Sanders spoke in Iowa.`,
			`Sanders said on “New Day” that he would stay in the race, and he called his rival “Crooked Hillary” twice.`},
			[]want{{"Crooked Hillary", "Bernie Sanders", quotes.Person, true}}},
		{"a report noun linked to the phrase is its owner's words", []string{
			`Senator Ann Becker and Barack Obama spoke in Boston.`,
			`As the debate went on and Becker stood by her comment Monday that "taxes hurt families," the crowd cheered.`,
			`It was Mr. Obama's lyrical rejection of ''a politics of cynicism'' that dazzled the hall.`,
			`Becker also gave a speech about the “Road to Majority” plan.`},
			[]want{{"taxes hurt families", "Ann Becker", quotes.Person, true}, {"a politics of cynicism", "Barack Obama", quotes.Person, true}}},
		{"a report noun nobody owns or a participle's clause is the sentence subject's", []string{
			`Senator Bernie Sanders, Senator Marco Rubio and Senator Susan Collins spoke on Sunday.`,
			`Sanders pivoted to the dangers of a ''rigged economy.'' And Marco Rubio, after pushing out a new video about the ''clash of civilizations,'' revamped his plans.`,
			`Sen. Susan Collins (Maine) joined the group this week, publishing an op-ed in a newspaper hammering his “unsuitability for office.”`},
			[]want{{"rigged economy", "Bernie Sanders", quotes.Person, true}, {"clash of civilizations", "Marco Rubio", quotes.Person, true},
				{"unsuitability for office", "Susan Collins", quotes.Person, true}}},
		{"a verb of judging or accusing reports the phrase", []string{
			`Donald Trump and Jeb Bush spoke at the debate.`,
			`Trump then accused the audience, which the party selects, of consisting of "donors and special interests" on Saturday.`,
			`Bush mocked “The Art of the Deal” at length.`},
			[]want{{"donors and special interests", "Donald Trump", quotes.Person, true}}},
		{"a verb of thinking reports the phrase, and who stands for the name before it", []string{
			`Marvin Roffman was an analyst in 1990.`,
			`Roffman, who estimates that his legal costs were "in the seven figures," sued the company.`,
			`Voters may feel free to “vote your conscience” in November.`},
			[]want{{"in the seven figures", "Marvin Roffman", quotes.Person, true}}},
		{"a phrase in the sentence after a cued quotation goes on with its speaker", []string{
			`Reporter Jane Reynolds covered the show.`,
			`"It's ambush journalism," Reynolds says. It's "this new in-your-face journalism."`,
			`"We will watch," Reynolds said. The crowd cheered for an hour. It was "a night to remember" for them.`},
			[]want{{"It's ambush journalism", "Jane Reynolds", quotes.Person, false}, {"this new in-your-face journalism", "Jane Reynolds", quotes.Person, true},
				{"We will watch", "Jane Reynolds", quotes.Person, false}}},
		{"a phrase opening a sentence that a later cue attributes", []string{
			`John Schlafly defended his mother on Sunday.`,
			`''Family values people'' are ''not out to bash gays,'' he said.`,
			`''Meet the Press'' was ''a disaster for all of us,'' he added.`},
			[]want{{"Family values people", "John Schlafly", quotes.Person, false}, {"not out to bash gays", "John Schlafly", quotes.Person, true},
				{"a disaster for all of us", "John Schlafly", quotes.Person, true}}},
		{"a space left out before the opening mark", []string{
			`Donald Trump visited Mexico City on Wednesday.`,
			`He waxed poetic about"joint operations between our two countries." and left.`},
			[]want{{"joint operations between our two countries", "Donald Trump", quotes.Person, true}}},
		{"a lower-case pronoun of the first or second person is no title", []string{
			`Republican candidate Donald Trump spoke at a rally in Ohio.`,
			`The candidate has mocked a reporter and recently pointed to a man in the crowd at one of his rallies and called him "my African American."`,
			`He also called his book "The Art of the Deal" twice.`},
			[]want{{"my African American", "Donald Trump", quotes.Person, true}}},
		{"markup left in the text is no quotation", []string{
			`Senator Ann Becker called for action on guns:`,
			`<tweet pic="" author="AnnBecker" timestamp="1449075600">We will win this race.</tweet>`,
			`<a href="https://example.com/story" target="_blank">Read the story</a>.`,
			`“We will win in November,” Becker said.`},
			[]want{{"We will win in November", "Ann Becker", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

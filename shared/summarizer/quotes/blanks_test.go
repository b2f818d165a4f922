package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// A quotation with no cue the lexicon knows gets the speaker a reader gives it; none when
// the text names none.
func TestBlankSpeakers(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a pledge or an assertion is a cue", []string{
			`Donald Trump spoke in Indiana on Tuesday.`,
			`And Mr. Trump vows not to take the company's calls. “They will call me up within 24 hours,” he promises.`,
			`“We will win,” Mr. Trump asserted.`,
			`Clinton has built a campaign focused on equal pay and paid family leave. Her economic plan promises to “lift up participation in the workforce - especially for women.”`},
			[]want{{"They will call me up", "Donald Trump", quotes.Person, false}, {"We will win", "Donald Trump", quotes.Person, false},
				{"lift up participation", "economic plan", quotes.Unknown, true}}},
		{"a long relative clause between the speaker and the verb", []string{
			`The former president spoke on Tuesday.`,
			`California Gov. Jerry Brown, who lost to Bill Clinton in the 1992 Democratic primaries and whose views then on trade and other issues clashed with those of the former Arkansas governor, described the DLC during a Tuesday interview as "a remnant of another period."`},
			[]want{{"a remnant of another period", "Jerry Brown", quotes.Person, true}}},
		{"a full name before 'who' and a cue with no comma", []string{
			`Among many references to the email scandal was this tweet from Rikkie Wells who tweeted, “U see, staff never, ever pay attention to nor respect rules.”`,
		},
			[]want{{"U see, staff never", "Rikkie Wells", quotes.Person, false}}},
		{"a speech noun a person owns", []string{
			`Donald Trump spoke in Iowa on Monday.`,
			`His standing improved after the shootings, and his call for "a total and complete ban" on all Muslims entering the United States.`,
			`Unions have fought the tax. It's the persistent pull of Barack Obama's "if you like your plan, you can keep it" promise: many of them negotiated generous plans.`,
			`The town released a statement saying Trump's comments "are based on his opinion, not actual facts," and welcomed Trump.`},
			[]want{{"a total and complete ban", "Donald Trump", quotes.Person, true}, {"if you like your plan", "Barack Obama", quotes.Person, true},
				{"are based on his opinion", "", quotes.Unknown, true}}},
		{"a closing straight mark with no space after it", []string{
			`Our Principles PAC released a new ad on Thursday.`,
			`"This shocking new ad raises new questions about whether the voters of Iowa can trust him,"Jane Roe said in a statement. "Trump says different things to different audiences."`,
			`An aide added,"We will keep going."`},
			[]want{{"This shocking new ad", "Jane Roe", quotes.Person, false}, {"Trump says different things", "Jane Roe", quotes.Person, false},
				{"We will keep going", "aide", quotes.Person, false}}},
		{"a relative clause with no closing comma before the cue", []string{
			`Our Principles PAC released a new ad on Thursday.`,
			`"This shocking new ad raises new questions," Katie Packer, who is chairman of Our Principles Pac said in a statement provided to POLITICO.`},
			[]want{{"This shocking new ad", "Katie Packer", quotes.Person, false}}},
		{"a closing cue whose appositive holds a comma", []string{
			`Super PACs are spending heavily on television in Iowa.`,
			`"Campaigns are having trouble raising money. Super PACs have the money. They don't have a choice" but to take the lead in advertising, says Evan Tracey, a Republican media consultant with National Media in Alexandria, Va.`},
			[]want{{"Campaigns are having trouble", "Evan Tracey", quotes.Person, false}}},
		{"a space typed before the closing mark", []string{
			`Senate aide Warren Gunnels worked for him for years.`,
			`''The reason he has been so successful is that he built very strong left-right coalitions, '' said Mr. Gunnels, who now works on the campaign.`,
			`"We will win, " said Mr. Gunnels.`},
			[]want{{"The reason he has been", "Warren Gunnels", quotes.Person, false}, {"We will win", "Warren Gunnels", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

// A quotation that opens its sentence and is followed by a speech noun has no possessor
// before it: no speaker, and no panic (a CNN/DailyMail story crashed the extractor so).
func TestSpeechNounAfterAnOpeningQuotation(t *testing.T) {
	got := extract(`The rally went on into the night.`, `“We will win this state” claims were heard across the hall as the candidate spoke.`)
	for _, q := range got {
		if q.Speaker != "" {
			t.Errorf("%q given to %q", q.Text, q.Speaker)
		}
	}
}

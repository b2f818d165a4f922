package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestDescriptionsAndOrganisations pins, on short articles written for them, how a speaker
// phrase with a complement is read: the organisation, the description or the person it
// names, never a capitalised word of its complement. Each case failed before its mechanism.
func TestDescriptionsAndOrganisations(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"an organisation's name runs on through its complement", []string{
			`The police watched Muslim communities for years.`,
			`In October, the U.S. Court of Appeals for the 3rd Circuit reversed a previous decision, ruling that it could not accept "national security" as a reason for the surveillance.`},
			[]want{{"national security", "U.S. Court of Appeals for the 3rd Circuit", quotes.Organization, true}}},
		{"a role with a place as its complement describes the speaker", []string{
			`Bernie Sanders spoke in Iowa on Monday.`,
			`The senator from Vermont said the financial system was "corrupt, and it is very strange that nobody is prosecuted."`},
			[]want{{"corrupt, and it is very strange", "senator", quotes.Person, true}}},
		{"a document with complements is no person named in them", []string{
			`Environmentalists hated the levy.`,
			`"Utilities will instead get paid for keeping their oldest plants on standby," noted a report for Oxfam on Germany's energy policies.`},
			[]want{{"Utilities will instead get paid", "report for Oxfam on Germany", quotes.Unknown, false}}},
		{"a conjunction before a name that two appositives set off from the cue", []string{
			`Hillary Clinton left the State Department in 2013.`,
			`But Tom Fitton, the president of Judicial Watch, a conservative group that has sued to obtain records, said that "the damage is done."`},
			[]want{{"the damage is done", "Tom Fitton", quotes.Person, true}}},
		{"a capitalised preposition opening the sentence is no person a pronoun can stand for", []string{
			`Tom Ruiz, the mayor, spoke on Monday.`,
			`Outside the campaign, there is mounting anxiety that the "March firewall" would be vulnerable.`,
			`“We will win the state,” he said.`},
			// The quoted term has no speaker: a scare quote, not a quotation.
			[]want{{"We will win the state", "Tom Ruiz", quotes.Person, false}}},
		{"a capitalised name ending as an organisation's is an organisation", []string{
			`The race tightened in Iowa.`,
			`“We will spend heavily in the state,” said Priorities USA.`,
			`“Most voters have not decided,” said Pew Research.`},
			[]want{{"We will spend heavily", "Priorities USA", quotes.Organization, false}, {"Most voters have not decided", "Pew Research", quotes.Organization, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

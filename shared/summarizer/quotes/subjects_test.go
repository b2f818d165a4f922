package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestPronounSubjects pins, on short articles written for them, how the subject of the
// sentence before a he or she is read: each case failed before its mechanism.
func TestPronounSubjects(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a relation after a possessive names the person in apposition", []string{
			`Two men were leaning on a gatepost near the river, about to go fishing.`,
			`One of the men, Jessie Elkins, 70, had served in Vietnam and said he feared a war. The other man, his cousin James York, 40, cited Mr. Trump's fondness for President Vladimir Putin as a danger.`,
			`“He's talking too much trash,” he said.`},
			[]want{{"He's talking too much trash", "James York", quotes.Person, false}}},
		{"an adverb set off alone, then a role that titles a name", []string{
			`Mark Wynn, a delegate from Lake County, backs Ted Cruz.`,
			`There, the district GOP Chairman Chuck Williams declined to name the delegates, though Mark Wynn said one was a Trump supporter.`,
			`“Donald Trump has his share of support in our district,” he said.`},
			[]want{{"Donald Trump has his share", "Chuck Williams", quotes.Person, false}}},
		{"a given name of either gender tells none", []string{
			`Justice Sonia Sotomayor wrote a lashing dissent this month, according to an analysis by Lee Epstein, a law professor.`,
			`In all, though, the justices are doing what they can to find common ground, Professor Epstein said.`,
			`“Without Scalia, it's still the Kennedy Court,” she said.`},
			[]want{{"Without Scalia", "Lee Epstein", quotes.Person, false}}},
		{"a known surname after a word that opens the sentence is mentioned", []string{
			`Donald Trump spoke to Laura Ingraham about Ted Cruz on Tuesday.`,
			`While Trump said that he likes Cruz, he also stated a day earlier, “If Cruz catches on, I guess we’ll have to go to war.”`},
			[]want{{"If Cruz catches on", "Donald Trump", quotes.Person, false}}},
		{"a description stands for the subject of its opening clause", []string{
			`Donald Trump spoke to Laura Ingraham on Tuesday.`,
			`Corey Lewandowski, the manager of his campaign, hired a new spokeswoman last week.`,
			`Though Trump was not willing to name his running mate, the front-runner did offer his opinion on who would not be the nominee.`,
			`“It's not going to be Rubio,” he said.`},
			[]want{{"It's not going to be Rubio", "Donald Trump", quotes.Person, false}}},
		{"a description by what someone does, that the sentence's his refers back to", []string{
			`Glenn Beck spoke at a rally in Indiana on Monday.`,
			`Beck, who has called the front-runner a sociopath, clearly intended the audience to turn away from him.`,
			`The radio talker has increasingly filled his rally speeches for Ted Cruz with religious imagery. He has declared Cruz to be “a man who was raised for these times” by God.`},
			[]want{{"a man who was raised for these times", "Glenn Beck", quotes.Person, true}}},
		{"a given name in apposition to a relative is a person", []string{
			`Jan Brewer, the former governor of Arizona, spoke on Monday night.`,
			`Bernie Sanders campaigned in New York. On CNN on Tuesday, his wife, Jane, called for an open primary process. “Shutting people out of the process is not smart,” she said.`},
			[]want{{"Shutting people out", "Jane", quotes.Person, false}}},
		{"a name with an honorific stays a person before 'of' and an organisation", []string{
			`Senator Sheldon Whitehouse has proposed a tax on carbon.`,
			`“There is no way we can keep the promises we have made,” said Mr. Burman of the Tax Policy Center. Proposals so far from the Democratic front-runner, Hillary Clinton, he added, amount to “just kind of tinkering around the edges.”`},
			[]want{{"There is no way", "Burman", quotes.Person, false}, {"just kind of tinkering", "Burman", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

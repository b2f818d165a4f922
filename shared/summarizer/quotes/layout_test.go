package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestSpeakerLayouts pins, one short article each, attributions that rest on where a
// speaker stands in the sentence or on the page rather than on a cue next to the quotation.
func TestSpeakerLayouts(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a name modifying the subject is not who the pronoun stands for", []string{
			`Barack Obama won the state in 2008.`,
			`Obama consultant Cornell Belcher, the pollster, picked up the thread at the time. “Voters are beginning to see it,” he said.`},
			[]want{{"Voters are beginning to see it", "Cornell Belcher", quotes.Person, false}}},
		{"a signature line after a quotation paragraph", []string{
			`Her bill went nowhere in the Senate.`,
			`"Boeing and GE and other multinationals pay zero taxes."`,
			`- Sanders.`,
			`Readers wrote in with their views.`,
			`"The whole idea is wrong and it needs to stop."`,
			`-Michelle Marks, Philadelphia.`},
			[]want{{"Boeing and GE", "Sanders", quotes.Person, false}, {"The whole idea is wrong", "Michelle Marks", quotes.Person, false}}},
		{"a digest's source before a colon: a lead-in, two names", []string{
			`Turnout was high - More from Jones: “The partisanship of states is changing.” [Gallup.]`,
			`VOTERS CARE MORE - Frank Newport and Jim Harter: “We found that voters care.” [Gallup]`},
			[]want{{"The partisanship of states", "Jones", quotes.Person, false}, {"We found that voters care.", "Frank Newport", quotes.Person, false}}},
		{"a description with the name in apposition, before a partial quote and after an inverted cue", []string{
			`Donald Trump sued his former aide on Monday.`,
			`Trump's attorney, Alan Garten, said the aide was "looking for free publicity." He said more later.`,
			`''The odds are even,'' said another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown.`},
			[]want{{"looking for free publicity", "Alan Garten", quotes.Person, true}, {"The odds are even", "Andrew J. Pincus", quotes.Person, false}}},
		{"a long description before the name in apposition, a party tag before an appositive", []string{
			`Search committees like interviews.`,
			`''They are not predictive,'' Google's chief human resources executive, Laszlo Bock, told The New York Times in 2013.`,
			`Former Pennsylvania governor Ed Rendell (D), a Clinton supporter, praised Sanders, calling it "an incredible feat" on Sunday.`},
			[]want{{"They are not predictive", "Laszlo Bock", quotes.Person, false}, {"an incredible feat", "Ed Rendell", quotes.Person, true}}},
		{"a description whose head follows an adjective after its determiner", []string{
			`The Wall Street Journal called on the candidate to drop out.`,
			`“He needs to stop blaming everyone else,” the conservative-leaning newspaper wrote.`,
			`“Even the former chairman believed it was likely the Chinese,” the congressional report said.`,
			`“The system appears to contradict her testimony,” the two chairmen wrote.`},
			[]want{{"He needs to stop blaming", "conservative-leaning newspaper", quotes.Organization, false},
				{"Even the former chairman", "congressional report", quotes.Unknown, false}, {"The system appears", "chairmen", quotes.Person, false}}},
		{"a possessive name is neither the subject nor a rival to it", []string{
			`Ben Carson said he would reboot his campaign. Donald Trump spoke on Monday.`,
			`Armstrong Williams, Carson’s longtime friend and adviser, suggested that the candidate was back. “Dr. Carson is back in charge,” he told the AP.`,
			`Trump's misinformation may be "strategic and deliberate," said Jeffery Hemsley, an assistant professor. "Each candidate is talking to the base," he said.`},
			[]want{{"Dr. Carson is back in charge", "Armstrong Williams", quotes.Person, false}, {"strategic", "Jeffery Hemsley", quotes.Person, true},
				{"Each candidate is talking", "Jeffery Hemsley", quotes.Person, false}}},
		{"a conjunction opening the sentence is no part of the name", []string{
			`Carrier closed the plant.`,
			`But Akhil Johri, the chief financial officer, noted that consolidation was among the reasons. ''They are painful'' but necessary, he said.`},
			[]want{{"They are painful", "Akhil Johri", quotes.Person, false}}},
		{"reported speech whose cue closes the sentence before goes on in the quotation", []string{
			`Hector Ruiz said he would not vote for Trump. Also, Trump isn't a conservative, he said. "He's a liberal!"`,
			`Experts disagree. The numbers are bad, said Robert Mason, a professor. "Facts may be undervalued."`},
			[]want{{"He's a liberal!", "Hector Ruiz", quotes.Person, false}, {"Facts may be undervalued.", "Robert Mason", quotes.Person, false}}},
		{"a quotation standing as a sentence after one about a person", []string{
			`Fox News renewed the host's contract in June.`,
			`Mr. Sean Hannity is unapologetic about his aim. ''I'm not hiding the fact that I want him to win.''`},
			[]want{{"I'm not hiding the fact", "Sean Hannity", quotes.Person, false}}},
		{"an occupation the lexicon lacks, an inverted cue after an opening phrase, a cue completing a verb", []string{
			`The star shape harked back to old stereotypes.`,
			`"I'm in awe of this kind of human being," screenwriter Cole Haddon wrote on Twitter.`,
			`In other words, explained CBS moderator Nancy Cordes: "What does that have to do with donations?"`,
			`Bryne went on to say, “From the bottom of my heart, she hasn’t changed a bit.”`},
			[]want{{"I'm in awe", "Cole Haddon", quotes.Person, false}, {"What does that have to do", "Nancy Cordes", quotes.Person, false},
				{"From the bottom of my heart", "Bryne", quotes.Person, false}}},
		{"a description with a short complement before the name in apposition", []string{
			`He joined a fraternity in college.`,
			`''It may have been a gift to his father,'' said his best friend at Lehigh, Bruce Turry, who spoke on Monday.`},
			[]want{{"It may have been a gift", "Bruce Turry", quotes.Person, false}}},
		{"a pronoun takes who speaks in its sentence before the first name there", []string{
			`Richard Cross voted Republican for forty years.`,
			`With a vote for Donald Trump ruled out, Richard Cross said he is left with two options: vote for Hillary Clinton, whom he called “the most divisive political figure of the past 25 years,” or throw away his vote.`},
			[]want{{"the most divisive political figure", "Richard Cross", quotes.Person, true}}},
		{"a name in apposition after its own role", []string{
			`The campaign opened an office in Ohio.`,
			`''We are ready for the fall,'' said the campaign's spokesman, former anchor Jane Roe.`},
			[]want{{"We are ready for the fall", "Jane Roe", quotes.Person, false}}},
		{"the subject of a cue participle after with", []string{
			`Hillary Clinton apologized on Friday.`,
			`Republicans were quick to chime in, with Donald Trump tweeting that it was a disaster and asking, "How can someone with such bad judgment be our next president?"`,
			`Unions back her, with the American Federation of Teachers calling her “the champion working families need” on Monday.`},
			[]want{{"How can someone", "Donald Trump", quotes.Person, false}, {"the champion working families need", "American Federation of Teachers", quotes.Organization, true}}},
		{"a relative clause that introduces the quotation", []string{
			`Ted Cruz won the state. Hillary Clinton won New York.`,
			`On Thursday, Cruz scored his first endorsement from a Senate colleague, from Mike Lee, who declared in the debate spin room, “It is time to unite.”`,
			`The loss was steep for Mr. Sanders, who said he intended to get ''recharged and take a day off.''`},
			[]want{{"It is time to unite.", "Mike Lee", quotes.Person, false}, {"recharged and take a day off", "Sanders", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

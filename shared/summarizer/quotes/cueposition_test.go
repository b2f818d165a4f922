package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestCuePositions pins, on short articles written for them, where the speaker of a
// quotation stands when the cue is neither the plain "X said" nor "said X": each case
// failed before its mechanism.
func TestCuePositions(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"the agent of a passive asked by speaks the question", []string{
			`Marco Rubio and Rand Paul debated taxes on Tuesday.`,
			`Rubio was asked by Fox Business moderator Gerard Baker whether the plan would risk “adding another expensive entitlement program to the budget.”`,
			`Sanders was asked by host Bill Maher, who supports him, “Are you tired of hearing about the emails?”`,
			`Asked by reporters about the race, Sanders said: “I am not endorsing anyone.”`},
			[]want{{"adding another expensive entitlement", "Gerard Baker", quotes.Person, true},
				{"Are you tired of hearing", "Bill Maher", quotes.Person, false},
				{"I am not endorsing anyone.", "Sanders", quotes.Person, false}}},
		{"as X put it credits the wording to X", []string{
			`Merrick Garland met senators on Tuesday.`,
			`As John Cornyn, the No. 2 in the GOP leadership, put it: "This person will not be confirmed."`,
			`As The Post's Ruth Marcus puts it, Obama is trying to make Republicans "an offer they can't afford to refuse."`},
			[]want{{"This person will not be confirmed.", "John Cornyn", quotes.Person, false},
				{"an offer they can't afford to refuse", "Ruth Marcus", quotes.Person, true}}},
		{"a party tag between the subject and a verb the lexicon lacks", []string{
			`Chicago is in turmoil after the video's release.`,
			`In appealing for the inquiry, Illinois Attorney General Lisa M. Madigan (D) asserted that "trust in the Chicago Police Department is broken."`},
			[]want{{"trust in the Chicago Police Department is broken", "Lisa M. Madigan", quotes.Person, true}}},
		{"an appositive the writer left unclosed before the cue", []string{
			`Protesters gathered outside the debate hall.`,
			`Anthony Anton, president and CEO of Washington Restaurant Association stated, “It’s not a political problem; it’s a math problem.”`,
			`“Clinton needs a strategy for targeting voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.`,
			`Clinton, a top aide said, “is very confident in the contrast” between her and Trump.`},
			[]want{{"It’s not a political problem", "Anthony Anton", quotes.Person, false},
				{"Clinton needs a strategy", "Nate Silver", quotes.Person, false},
				{"is very confident in the contrast", "top aide", quotes.Person, true}}},
		{"a clause with X and a participle, the last before the quotation", []string{
			`Donald Trump held a rally in Alabama on Saturday.`,
			`The attack sparked a debate over how the United States responds to violence, with Senator John McCain telling reporters he viewed Obama as “directly responsible” for it.`,
			`Some supporters punched a protester, with Trump reportedly yelling: “Get him out of here!”`,
			`The campaign has denied it, with Corey Lewandowski taking to Twitter to call the reporter “totally delusional” for the accusation.`},
			[]want{{"directly responsible", "John McCain", quotes.Person, true},
				{"Get him out of here!", "Donald Trump", quotes.Person, false},
				{"totally delusional", "Corey Lewandowski", quotes.Person, true}}},
		{"a subordinate clause with its own cue before the main clause", []string{
			`Justice Antonin Scalia questioned affirmative action in December.`,
			`But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” one of the former prosecutors said the two cases were quite different.`,
			`After Scalia said that minority students might do better at "less advanced schools," Trump said: "I don't like what he said."`},
			[]want{{"General Petraeus got in trouble", "Trump", quotes.Person, true},
				{"less advanced schools", "Antonin Scalia", quotes.Person, true},
				{"I don't like what he said.", "Trump", quotes.Person, false}}},
		{"told is never inverted, and a name in apposition makes a person of a head the lexicon lacks", []string{
			`Rakeem Jones was punched at a rally on Wednesday.`,
			`“He deserved it,” the assailant, John McGraw, told the television program “Inside Edition” after the confrontation. “Next time, we might have to kill him.”`},
			[]want{{"He deserved it", "John McGraw", quotes.Person, false}, {"Next time, we might have to kill him.", "John McGraw", quotes.Person, false}}},
		{"a reply that introduces the next quotation is not the cue of a question before it", []string{
			`Hillary Clinton exchanged emails with her chief of staff, Cheryl Mills, in April 2012.`,
			`Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”`},
			[]want{{"Why now?", "Hillary Clinton", quotes.Person, false}, {"You look cute.", "Cheryl Mills", quotes.Person, false}}},
		{"a pulled quotation signed inside its marks", []string{
			`Economists on the left see budget deficits differently.`,
			`"I worry that we may see a resurgence of Democrats singing the virtues of balanced budgets.`,
			`Dean Baker, Center for Economic and Policy Research."`,
			`The campaign did not respond.`},
			[]want{{"I worry that we may see", "Dean Baker", quotes.Person, false}}},
		{"a cue verb capitalised after an appositive", []string{
			`Mike Murphy runs the super PAC backing Jeb Bush.`,
			`“Not us but can’t argue with it!” Murphy, the head of Right to Rise USA, Tweeted on Friday with an image of the skywriting.`},
			[]want{{"Not us but can’t argue with it!", "Mike Murphy", quotes.Person, false}}},
		{"a person's name before of after an organisation's name in the title", []string{
			`Chris Christie suspended his campaign on Wednesday.`,
			`"It just was never meant to be," said Monmouth University political scientist Patrick Murray of Christie, who finished sixth.`},
			[]want{{"It just was never meant to be", "Patrick Murray", quotes.Person, false}}},
		{"a phrase set off by a pair of dashes between the subject and its verb", []string{
			`Newt Gingrich spoke about the ticket on Friday.`,
			`On Friday, Gingrich — mentioned by Newsmax as the leading choice for Donald Trump’s running mate — told Bill O’Reilly of Fox News, that “you have to look at it very seriously, of course.”`,
			`A former Republican presidential candidate -- John McCain, who lost the 2008 election to Obama -- said the president "offered no changes to his strategy."`},
			[]want{{"you have to look at it very seriously", "Newt Gingrich", quotes.Person, true},
				{"offered no changes to his strategy", "John McCain", quotes.Person, true}}},
		{"an as clause with a cue right after the quotation", []string{
			`Ted Cruz campaigned in Iowa on Monday.`,
			`Still, the fact that the race “is a dead heat right now,” as Cruz said on a radio program on Monday, only magnifies the importance of every tactical decision.`},
			[]want{{"is a dead heat right now", "Ted Cruz", quotes.Person, true}}},
		{"an inverted cue opening the sentence, then the name with an appositive", []string{
			`Mourners gathered at the boyhood home of Muhammad Ali.`,
			`The small pink home was recently turned into a museum. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”`},
			[]want{{"We were all so proud of him.", "Dorothy Poynter", quotes.Person, false}}},
		{"a participial clause with a cue opening the sentence", []string{
			`Tim Allen was asked about Donald Trump.`,
			`Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that his wealth gives him an advantage.`},
			[]want{{"says a lot of stupid stuff", "Tim Allen", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

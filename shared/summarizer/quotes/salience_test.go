package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestSpeakerMechanisms pins, one short article each, the ways news names who speaks that
// the attribution reads: pronouns carried from the subject of the sentences before, people
// recognised by age or role, descriptions and documents as speakers, long appositives,
// quotations in triple apostrophes, questions closed at their mark, quotation paragraphs.
func TestSpeakerMechanisms(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		// Pronouns: the subject of the sentences before, people recognised by age or role.
		{"the subject named with an age, not the person named after it", []string{
			`Sen. Walt Brenner is gaining ground with voters.`,
			`Elmer Quade, 58, who lives outside Dayton, says he knew little about Brenner before the race, but now Quade plans to vote for him.`,
			`“Some changes need to be made,” he said.`},
			[]want{{"Some changes need to be made", "Elmer Quade", quotes.Person, false}}},
		{"a single name as the subject of a cue verb is a person", []string{
			`Tom Ruiz introduced the speakers at the gala on Friday.`,
			`Rhimes declared the need for ambition. “Change the world,” she said.`},
			[]want{{"Change the world", "Rhimes", quotes.Person, false}}},
		{"a role several words into the appositive", []string{
			`President Tom Ruiz won the state in 2008.`,
			`Raynard Jackson, a black Republican campaign consultant, is a resident who crossed party lines. “Nobody expected that,” he said in 2008.`},
			[]want{{"Nobody expected that", "Raynard Jackson", quotes.Person, false}}},
		{"the subject's pronoun carries the chain past an object named later", []string{
			`Gov. Dale Harmon spoke on Monday.`,
			`Odell Pruitt, 44, praised the governor at the rally. He thanked Harmon for the new school.`,
			`“It changed our town,” he said.`},
			[]want{{"It changed our town", "Odell Pruitt", quotes.Person, false}}},
		// Descriptions, documents and names with their outlet as speakers.
		{"a description after an inverted cue", []string{
			`The campaign unveiled a new ad on Monday about taxes and the middle class.`,
			`“In her America, the middle class gets crushed,” says a narrator.`},
			[]want{{"In her America", "narrator", quotes.Person, false}}},
		{"lower-case modifiers before a role and a name, with no comma after the quote", []string{
			`The super PAC released an ad on Tuesday about health care.`,
			`"He has gone through the witness protection program," super PAC spokeswoman Kellyanne Conway said.`,
			`"Elections are a choice," political scientist Christopher Wlezien told Bloomberg in May.`,
			`"He was a man of great quality," a friend said on Facebook.`},
			[]want{{"He has gone through", "Kellyanne Conway", quotes.Person, false}, {"Elections are a choice", "Christopher Wlezien", quotes.Person, false},
				{"He was a man of great quality", "friend", quotes.Person, false}}},
		{"a document as the subject of reported speech", []string{
			`Bernie Sanders released a new television ad in New York on Thursday.`,
			`The ad targets a “corrupt political system that keeps in place a rigged economy.”`},
			[]want{{"corrupt political system", "ad", quotes.Unknown, true}}},
		{"a name before a colon after a dash", []string{
			`The polls in Iowa missed the result by a wide margin for both parties.`,
			`Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”`},
			[]want{{"One of the biggest lessons", "Carl Bialik", quotes.Person, false}}},
		{"a role after a possessive name is the speaker, not the name", []string{
			`Donald Trump proposed to bar Muslims from entering the country.`,
			`In response, Hillary Clinton’s right-hand woman rallied supporters, saying “We have to be ready to stop him.”`},
			[]want{{"We have to be ready to stop him", "Hillary Clinton’s right-hand woman", quotes.Person, true}}},
		{"a document that reads, a person who tweets", []string{
			`Governor Chris Christie appeared on stage with Donald Trump on Tuesday night.`,
			`“Blink twice if you’re in trouble!” one person tweeted.`,
			`The email read: “Trump wants to write racism into our law books.”`},
			[]want{{"Blink twice if you’re in trouble!", "person", quotes.Person, false}, {"Trump wants to write racism", "email", quotes.Unknown, false}}},
		{"a person described by age", []string{
			`The former model spoke on the first night of the convention.`,
			`“He is an amazing leader,” said the 46-year-old. “What if he had lessons?” the 43-year-old asked.`},
			[]want{{"He is an amazing leader", "46-year-old", quotes.Person, false}, {"What if he had lessons?", "43-year-old", quotes.Person, false}}},
		{"a name with its outlet after of", []string{
			`The debate drew a large audience.`,
			`As Joel Pollak of Breitbart California observed, “The clear winner was the network.”`,
			`Conservative commentator Jonah Goldberg of National Review said, “My God, what have I done?”`},
			[]want{{"The clear winner was the network.", "Joel Pollak", quotes.Person, false}, {"My God, what have I done?", "Jonah Goldberg", quotes.Person, false}}},
		// Doubled apostrophes holding a nested quote at their start or end.
		{"nested quote closing with the outer one", []string{
			`Mayor Tom Reyes spoke about the bridge on Tuesday.`,
			`''We are told all the time, 'The bridge is safe,''' Mr. Reyes said. ''It is not.''`},
			[]want{{"We are told all the time", "Tom Reyes", quotes.Person, false}, {"It is not.", "Tom Reyes", quotes.Person, false}}},
		{"nested quote opening with the outer one", []string{
			`Mayor Tom Reyes spoke about the bridge on Tuesday.`,
			`'''Closed for repairs' is what the sign said for a year,'' Mr. Reyes said.`},
			[]want{{"'Closed for repairs' is what the sign said", "Tom Reyes", quotes.Person, false}}},
		// A speaker described at length, with organisations and commas, before the cue.
		{"an appositive with an organisation and commas", []string{
			`The network held its meeting in Texas on Sunday.`,
			`Mark Holden, chairman of the board of Freedom Partners, the network's funding arm, said it would join only if “a candidate were able to garner support.”`},
			[]want{{"a candidate were able to garner support", "Mark Holden", quotes.Person, true}}},
		{"an appositive with a relative clause and a place", []string{
			`Early voting began in Florida this week.`,
			`Rich Heffley, a top Tallahassee GOP operative who is now running the early vote in the state, said the program is a “critical part of our strategy.”`},
			[]want{{"critical part of our strategy", "Rich Heffley", quotes.Person, true}}},
		{"an appositive in several parts after the quote", []string{
			`Moscow freed the reporter after a month.`,
			`''Every minute is like a day,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week.`},
			[]want{{"Every minute is like a day", "Daniloff", quotes.Person, false}}},
		{"a bracket and an appositive before the cue", []string{
			`The platform committee met in Orlando on Friday.`,
			`Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was “open to every viewpoint being expressed.”`},
			[]want{{"open to every viewpoint", "Elijah Cummings", quotes.Person, true}}},
		{"no space after the sentence's period", []string{
			`Senator Ann Becker spoke about trade at a rally on Saturday.`,
			`“China has complete control over the region,” Becker said.Becker claimed she learned it from bankers in the U.S.`},
			[]want{{"China has complete control", "Ann Becker", quotes.Person, false}}},
		{"the cue closing a sentence that opens with the quote, after a completing clause", []string{
			`Hillary Clinton is expected to win the primary in New York on Tuesday.`,
			`"Many would consider that an embarrassment for her" if she won by less than that, said David Wasserman, an elections analyst at the Cook Political Report. "It is a low bar" because she would expand her delegate lead, he said.`},
			[]want{{"Many would consider that", "David Wasserman", quotes.Person, false}, {"It is a low bar", "David Wasserman", quotes.Person, false}}},
		{"a party tag in brackets is not the name", []string{
			`Donald Trump posted a tweet on Saturday.`,
			`Asked about the tweet, the Speaker of the House Rep. Paul Ryan (R-WI) said, “Those images have no place in a campaign.”`},
			[]want{{"Those images have no place", "Paul Ryan", quotes.Person, false}}},
		{"a role word between an organisation and the name", []string{
			`The convention opened in Cleveland on Monday.`,
			`“The distraction gets you off message a little,” said Republican party boss Reince Priebus.`},
			[]want{{"The distraction gets you off message", "Reince Priebus", quotes.Person, false}}},
		// A question or exclamation closed at its mark, then a verb the lexicon lacks.
		{"question, then name and verb", []string{
			`Senator Ann Becker was interviewed by Paul Stone on Monday.`,
			`“Would it be negotiable?” Stone pressed. “I would say this,” Becker answered.`},
			[]want{{"Would it be negotiable?", "Paul Stone", quotes.Person, false}, {"I would say this", "Ann Becker", quotes.Person, false}}},
		{"a person's full name before an outlet joined by on", []string{
			`Senator Ann Becker talked to Sean Hannity on Fox News on Monday.`,
			`“Would it be negotiable?” Hannity pressed.`},
			[]want{{"Would it be negotiable?", "Sean Hannity", quotes.Person, false}}},
		{"exclamation, then pronoun and verb with a particle", []string{
			`Senator Ann Becker was interviewed by Paul Stone on Monday.`,
			`“Never!” she shot back.`},
			[]want{{"Never!", "Ann Becker", quotes.Person, false}}},
		// Quotation paragraphs with no cue after a paragraph about their speaker.
		{"quotation paragraphs after the speaker's paragraph", []string{
			`The interview aired on Sunday night.`,
			`Donald Trump spoke only in broad terms about the plan during the interview.`,
			`“We have to do something and it is the only way you stop it.”`,
			`“We have to be a lot tougher.”`},
			[]want{{"We have to do something", "Donald Trump", quotes.Person, false}, {"We have to be a lot tougher.", "Donald Trump", quotes.Person, false}}},
		{"a lead-in with a colon whose subject is a pronoun", []string{
			`Morton Blackwell, founder of the institute, endorsed Ted Cruz on Sunday.`,
			`“I have decided to endorse Ted Cruz,” Blackwell wrote.`,
			`He then listed the qualities he wants in a nominee:`,
			`"Has the candidate a record of personal activism?"`,
			`"Is the candidate surrounded by people of principle?"`},
			[]want{{"I have decided to endorse", "Morton Blackwell", quotes.Person, false}, {"Has the candidate a record", "Morton Blackwell", quotes.Person, false},
				{"Is the candidate surrounded", "Morton Blackwell", quotes.Person, false}}},
		{"no speaker when the paragraph before is about no one", []string{
			`Donald Trump gave an interview on Sunday.`,
			`The plan would cost billions of dollars over ten years, by most estimates.`,
			`“We have to do something and it is the only way you stop it.”`},
			[]want{{"We have to do something", "", quotes.Unknown, false}}},
		// A capitalised word spelt like a cue verb is not one.
		{"United States before a partial quote", []string{
			`Senator Ann Becker spoke to the mayors on Monday.`,
			`Becker told city leaders that the United States should be guided by “leaders who put the interest of the people first.”`},
			[]want{{"leaders who put the interest", "Ann Becker", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

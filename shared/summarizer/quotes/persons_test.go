package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestWhoCountsAsAPerson pins, on short articles written for them, how a name the
// first-name list does not know becomes a person: each case failed before its mechanism.
func TestWhoCountsAsAPerson(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a name in apposition to a role", []string{
			`Senator Tom Ruiz visited Astana in May.`,
			`China may outnumber the Kazakh population by 80 to 1. Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns.`,
			`“We should get on board that train,” he said in an interview.`},
			[]want{{"We should get on board", "Erlan Idrissov", quotes.Person, false}}},
		{"a generational numeral after the name", []string{
			`Judge Carlton Reeves blocked the law on Thursday.`,
			`Joseph R. Murray II, a onetime lawyer for a conservative group, later came out as gay. He married last year.`,
			`“The politics are just so blatant,” he said in an interview.`},
			[]want{{"The politics are just so blatant", "Joseph R. Murray", quotes.Person, false}}},
		{"a capitalised role before the name is its title", []string{
			`Comedian Bradley Cranston spoke first.`,
			`“I have never seen a crowd like this,” Cranston said.`},
			[]want{{"I have never seen a crowd", "Bradley Cranston", quotes.Person, false}}},
		{"a function word opening the sentence is no part of the name", []string{
			`Senator Tom Ruiz met the committee on Monday.`,
			`As John Cornyn put it in the hallway, the hearing will not happen. “This person will not be confirmed,” he said.`},
			[]want{{"This person will not be confirmed", "John Cornyn", quotes.Person, false}}},
		{"two given names sharing a surname speak as one", []string{
			`Donald Trump spoke on Sunday.`,
			`“We are grateful to this country,” said Khizr and Ghazala Khan.`,
			`Henry Clay's biographers, David and Jeanne Heidler, wrote that Taylor "had a tin ear, was both opinionated and instinctively wrong."`},
			[]want{{"We are grateful", "Khizr and Ghazala Khan", quotes.Person, false},
				{"had a tin ear", "David and Jeanne Heidler", quotes.Person, true}}},
		{"a name set off after a possessive description whose noun the lexicon lacks", []string{
			`Zachary Taylor won in 1848.`,
			`Clay's biographer, Jeanne Heidler, wrote: "Taylor had a tin ear and was instinctively wrong."`},
			[]want{{"Taylor had a tin ear", "Jeanne Heidler", quotes.Person, false}}},
		{"the author of a document", []string{
			`President Obama spoke on Monday.`,
			`The site will cover the campaign as news, according to a post from Arianna Huffington.`,
			`“We will cover the ways the campaign is unique,” she wrote.`},
			[]want{{"We will cover the ways", "Arianna Huffington", quotes.Person, false}}},
		{"common words and abbreviated titles before a given name describe the person", []string{
			`Even Hillary Clinton was surprised by the vote, even though the result was expected.`,
			`“I did not see it coming,” Clinton said.`,
			`“It is a fine law,” said Sens. Ted Cruz.`},
			[]want{{"I did not see it coming", "Hillary Clinton", quotes.Person, false}, {"It is a fine law", "Ted Cruz", quotes.Person, false}}},
		{"a headline's title case gives way to the person's name", []string{
			`Understated Perez raises political profile`,
			`So Labor Secretary Thomas Perez stopped writing his speech.`,
			`"Donald Trump is a fraud," Perez said Sunday.`},
			[]want{{"Donald Trump is a fraud", "Thomas Perez", quotes.Person, false}}},
		{"where a person was born and a preposition opening the sentence describe the name", []string{
			`Officials met on Monday.`,
			`South Korean-born Monte Haines holds little hope for returning.`,
			`"I miss my home," Haines said.`,
			`Despite George Will's objections, the party went ahead.`,
			`"It is a disaster," Will said.`},
			[]want{{"I miss my home", "Monte Haines", quotes.Person, false}, {"It is a disaster", "George Will", quotes.Person, false}}},
		{"a descriptor and a numeral around the name of a speaker the entity pass did not know", []string{
			`Officials met on Monday.`,
			`“It is over,” said Texas-based Matt Mackowiak.`,
			`“The book will sell,” said Harry Hurt III.`},
			[]want{{"It is over", "Matt Mackowiak", quotes.Person, false}, {"The book will sell", "Harry Hurt", quotes.Person, false}}},
		{"an inverted cue before a description whose noun the lexicon lacks, then the name", []string{
			`Zachary Taylor won in 1848.`,
			`"Taylor had a tin ear," wrote Clay's biographers, David and Jeanne Heidler.`,
			`"He was the wrong man," said the biographers, Jeanne Heidler.`},
			[]want{{"Taylor had a tin ear", "David and Jeanne Heidler", quotes.Person, false}, {"He was the wrong man", "Jeanne Heidler", quotes.Person, false}}},
		{"an honour after the name is no organisation's acronym", []string{
			`Officials met on Monday.`,
			`“It was an honour,” said Mary Berry CBE.`,
			`“We will appeal,” said Gary Lineker OBE, the presenter.`},
			[]want{{"It was an honour", "Mary Berry CBE", quotes.Person, false}, {"We will appeal", "Gary Lineker OBE", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestSpeakerCategories pins one short article per kind of attribution news writing uses.
func TestSpeakerCategories(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"doubled apostrophes", []string{
			`Mayor Tom Reyes toured the flooded streets on Tuesday.`,
			`''The water came in minutes,'' said Mr. Reyes. ''Nobody was ready.''`},
			[]want{{"The water came in minutes", "Tom Reyes", quotes.Person, false}, {"Nobody was ready.", "Tom Reyes", quotes.Person, false}}},
		{"appositive after the name", []string{
			`The council met on Monday.`,
			`“We cannot wait another year,” Jane Roe, a Democrat from Ohio, said after the vote.`,
			`“This is the cheapest option,” said Paul Stone, 54, the group's director.`},
			[]want{{"We cannot wait another year", "Jane Roe", quotes.Person, false}, {"This is the cheapest option", "Paul Stone", quotes.Person, false}}},
		{"speaker before the quote", []string{
			`The council met on Monday.`,
			`In a statement, Brian Fallon, a spokesman for the campaign, said: “We have cooperated from the start.”`,
			`Gov. Maria Lopez declared, “The budget is balanced.”`,
			`When the mayor criticised her, Lopez shot back, “I chose to fulfil my profession.”`},
			[]want{{"We have cooperated", "Brian Fallon", quotes.Person, false}, {"The budget is balanced.", "Maria Lopez", quotes.Person, false},
				{"I chose to fulfil", "Maria Lopez", quotes.Person, false}}},
		{"question or exclamation before the cue", []string{
			`Senator Ann Becker spoke to reporters after the hearing.`,
			`“Why would anyone vote for this?” Becker asked. “Never!” she said.`},
			[]want{{"Why would anyone vote for this?", "Ann Becker", quotes.Person, false}, {"Never!", "Ann Becker", quotes.Person, false}}},
		{"pronoun gender from first names", []string{
			`Robert Hale, the treasurer, presented the accounts. Susan Ward had asked for them in March.`,
			`“The numbers do not add up,” she said.`,
			`“They add up perfectly,” he replied.`},
			[]want{{"The numbers do not add up", "Susan Ward", quotes.Person, false}, {"They add up perfectly", "Robert Hale", quotes.Person, false}}},
		{"pronoun prefers a known gender that matches", []string{
			`Dr. Alex Quin met Susan Ward on Monday.`,
			`“It went well,” she said.`},
			[]want{{"It went well", "Susan Ward", quotes.Person, false}}},
		{"pronoun after a sentence with a speaker", []string{
			`Senator Tom Ruiz met Governor Ann Lee on Monday, said Paul Stone, the group's director. “It went well,” he said.`},
			[]want{{"It went well", "Paul Stone", quotes.Person, false}}},
		{"verb the lexicon lacks", []string{
			`Arianna Gil founded the skating crew in 2014.`,
			`“Silly boys acting like they have never seen a girl before,” scoffed Ms. Gil.`,
			`“We skate every day,” Ms. Gil laughed.`},
			[]want{{"Silly boys", "Arianna Gil", quotes.Person, false}, {"We skate every day", "Arianna Gil", quotes.Person, false}}},
		{"lead-in sentence with a colon", []string{
			`Dr. Kelli Ward issued a statement on Friday. Ward stated:`,
			`“The department is no longer about equal justice under law.”`},
			[]want{{"The department is no longer", "Kelli Ward", quotes.Person, false}}},
		{"bare attribution sentence before the quote", []string{
			`Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are running out of time.”`},
			[]want{{"Mainstream Republicans", "Dianne Bystrom", quotes.Person, false}}},
		{"transcript labels", []string{
			`Rep. Trey Gowdy (R-S.C.): “Who told you that?”`,
			`Former secretary of state Hillary Rodham Clinton: “We learned that from the department.”`},
			[]want{{"Who told you that?", "Trey Gowdy", quotes.Person, false}, {"We learned that", "Hillary Rodham Clinton", quotes.Person, false}}},
		{"partial quotes in reported speech", []string{
			`Senator Ann Becker spoke after the vote.`,
			`Becker called the plan “a disaster” and said it was “peanuts” next to the deficit.`},
			[]want{{"a disaster", "Ann Becker", quotes.Person, true}, {"peanuts", "Ann Becker", quotes.Person, true}}},
		{"a one-word partial quote by a speaker introduced before", []string{
			`Senator Ann Becker spoke after the vote.`,
			`Becker, who did not say her rival was unqualified, said on Wednesday that he had not done his “homework” on the budget.`},
			[]want{{"homework", "Ann Becker", quotes.Person, true}}},
		{"titles are not quotations", []string{
			`Senator Ann Becker spoke after the vote.`,
			`Becker told MSNBC's “Morning Joe” that she had read “The Art of the Deal” twice.`},
			nil},
		{"organisations, descriptions and documents", []string{
			`Donald Trump held a rally in Ohio.`,
			`“We are proud of the result,” the Trump campaign said in a statement.`,
			`“The figures are wrong,” a spokesman for the ministry said.`,
			`“Sales fell by half,” the report said.`,
			`“This is crucial for both of them,” said one former leadership aide.`,
			`“I apologize to nobody for that,” the senator said.`},
			[]want{{"I apologize to nobody", "senator", quotes.Person, false},
				{"We are proud", "Trump campaign", quotes.Organization, false}, {"The figures are wrong", "spokesman for the ministry", quotes.Person, false},
				{"Sales fell by half", "report", quotes.Unknown, false}, {"This is crucial", "former leadership aide", quotes.Person, false}}},
		{"a name in apposition to a description", []string{
			`“That would have been fairer,” the White House press secretary, Josh Earnest, said on Tuesday.`,
			`Trump’s Virginia state director, Mike Rubino, reached out to the firm, writing in an email: “We want to use this soon.”`,
			`“Imagine him on the same stage,” mused Blaze co-host Stu Burguiere.`},
			[]want{{"That would have been fairer", "Josh Earnest", quotes.Person, false}, {"We want to use this soon.", "Mike Rubino", quotes.Person, false},
				{"Imagine him on the same stage", "Stu Burguiere", quotes.Person, false}}},
		{"stray capitalised words are not speakers", []string{
			`Kicking off the day at a town hall, the crowd chanted “build the wall” twice.`,
			`Another reportedly said: “It was a disaster for everyone involved.”`},
			[]want{{"It was a disaster", "", quotes.Unknown, false}}},
		{"quotation styles: reversed opening mark, nested quotes, inch marks", []string{
			`Senator Ann Becker spoke after the vote.`,
			`”We will not back down,” Becker said. “He told me, ‘Never again,’ and meant it,” she added.`,
			`Becker, who is 6'3" tall, towered over the crowd.`},
			[]want{{"We will not back down", "Ann Becker", quotes.Person, false}, {"He told me, ‘Never again,’ and meant it", "Ann Becker", quotes.Person, false}}},
		{"closing mark spaced off a nested quote, bracket before the comma, long clause after a question", []string{
			`"It's not just me saying, 'Vote for her,' " Sanders told CNN on Sunday.`,
			`After winning Ohio, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”`,
			`“What can we do to help?” Renteria told reporters during Tuesday’s conference call.`},
			[]want{{"It's not just me saying", "Sanders", quotes.Person, false}, {"I’m getting ready", "John Kasich", quotes.Person, false},
				{"What can we do to help?", "Renteria", quotes.Person, false}}},
		{"a cue after a phrase completing the quoted words", []string{
			`Former Gov. Madeleine Kunin backs the campaign.`,
			`"This will be a challenge" for the party, said Kunin.`},
			[]want{{"This will be a challenge", "Madeleine Kunin", quotes.Person, false}}},
		{"initials are not speakers", []string{
			`“We will see about that,” LN said.`},
			[]want{{"We will see about that", "", quotes.Unknown, false}}},
		{"a description before the name after an inverted cue", []string{
			`“I will not say it is a mistake,” said retired neurosurgeon Ben Carson, asked about his claims.`},
			[]want{{"I will not say it is a mistake", "Ben Carson", quotes.Person, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

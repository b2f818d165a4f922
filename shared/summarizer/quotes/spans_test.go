package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// TestSpeakerSpans pins, on short articles written for them, where a speaker phrase starts
// and ends: a capitalised function word opening a sentence is no name, a description keeps
// its complement, and a name given next to a description is the speaker.
func TestSpeakerSpans(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a subordinate clause opening the sentence is no subject", []string{
			`Bernie Sanders won Rhode Island on Tuesday.`,
			`As voters went to the polls earlier in the day, the Sanders campaign sent out an email and accused Clinton allies of being "traitors" in their treatment of Mr. Sanders.`,
			`As if addressing the magnate directly, the Illinois Board of Elections was conclusive in its findings: “Further discussion on this issue is unnecessary.”`},
			[]want{{"traitors", "Sanders campaign", quotes.Organization, true}, {"Further discussion", "Illinois Board of Elections", quotes.Organization, false}}},
		{"a quotation inside the opening clause is its subject's", []string{
			`Paul Ryan spoke on the second night.`,
			`While Mr. Ryan, representing the party's governing wing, laid out a vision for "a reformed tax code that rewards free enterprise," Ben Carson, the physician who briefly caught fire last year, used part of his address to call Mrs. Clinton a student of Saul Alinsky.`,
			`When Donald Trump used the words, “I’m not quite there yet,” he was echoing Ryan.`},
			[]want{{"a reformed tax code", "Paul Ryan", quotes.Person, true}, {"I’m not quite there yet", "Donald Trump", quotes.Person, false}}},
		{"a description after an inverted cue keeps its complement", []string{
			`Paul Manafort runs the convention team.`,
			`“His knowledge is about 20 years old,” said a longtime adviser to Trump, who declined to be identified.`},
			[]want{{"His knowledge is about", "longtime adviser to Trump", quotes.Person, false}}},
		{"a name next to a description", []string{
			`The film opened on Friday.`,
			`"There never was a stand-down order," said the base chief known as Bob, speaking publicly for the first time.`,
			`“Republicans are so frustrated,” said Oversight ranking Democrat Elijah Cummings (D-Md.).`,
			`His fact-check was retweeted 3,200 times, leading Clinton economic advisers like Gene Sperling to counter that “every cent that went to the auto bail out, Sanders voted against.”`},
			[]want{{"There never was", "Bob", quotes.Person, false}, {"Republicans are so", "Elijah Cummings", quotes.Person, false},
				{"every cent that went", "Gene Sperling", quotes.Person, true}}},
		{"a section heading after a quotation does not sign it", []string{
			`Jorge Ramos is a news anchor.`,
			`Horrified at the prospect of Trump becoming president, Ramos believes in journalism that “takes sides.”`,
			`– Ready to quiz Trump –.`},
			[]want{{"takes sides", "Jorge Ramos", quotes.Person, true}}},
		{"two full names in apposition speak together", []string{
			`Israel is strong in military technology.`,
			`Two military analysts, Patrick Megahan and Chris Harman, found in 2014 that the Israeli Air Force is “the best in the world” and its ground forces “the best in the Middle East.”`},
			[]want{{"the best in the world", "Patrick Megahan and Chris Harman", quotes.Person, true},
				{"the best in the Middle East", "Patrick Megahan and Chris Harman", quotes.Person, true}}},
		{"a lower-case head after a capitalised modifier", []string{
			`Hillary Clinton's emails were released on Friday.`,
			`The U.S. media has always claimed itself to be an “unbiased” review of “the news,” and that its reporters only report.`},
			[]want{{"unbiased", "U.S. media", quotes.Unknown, true}, {"the news", "U.S. media", quotes.Unknown, true}}},
		{"a passive cue's subject is spoken to; a coordinated cue's is who speaks", []string{
			`Hillary Clinton has not held a press conference since December.`,
			`When Robby Mook, Clinton’s campaign manager was asked during a luncheon if Clinton would schedule a press conference, he laughed and said, “We’ll see.”`},
			[]want{{"We’ll see", "Robby Mook", quotes.Person, false}}},
		{"a cue coordinated inside a relative clause goes on from its antecedent", []string{
			`David Petraeus was prosecuted in 2015.`,
			`Petraeus "was handled so lightly for his offense there isn't a whole lot you can do," said a former U.S. law enforcement official who oversaw counterintelligence investigations and described the email controversy as "a lesser set of circumstances."`},
			[]want{{"was handled so lightly", "former U.S. law enforcement official", quotes.Person, true},
				{"a lesser set of circumstances", "former U.S. law enforcement official", quotes.Person, true}}},
		{"a phrase of time closing an appositive is no verb", []string{
			`Barack Obama spoke in Philadelphia on Wednesday.`,
			`In his 2004 convention speech, a testimonial to John Kerry, the Democratic nominee that year, Mr. Obama decried the "spin masters and negative-ad peddlers who embrace the politics of anything goes."`,
			`Donald Trump last week invited Russia to dig up tens of thousands of “missing” emails from Clinton’s time at the State Department.`},
			[]want{{"spin masters and negative-ad", "Barack Obama", quotes.Person, true}, {"missing", "Donald Trump", quotes.Person, true}}},
		{"a description names itself: calling himself, going by", []string{
			`Angela Merkel's page drew thousands of comments.`,
			`"Whoever opens the borders has no place pretending here!" wrote a man calling himself Paul Paul.`,
			`"We don't have freedom of opinion anymore," tweeted a German user from Hanover going by the handle Pulvermann.`},
			[]want{{"Whoever opens the borders", "Paul Paul", quotes.Person, false}, {"We don't have freedom", "Pulvermann", quotes.Person, false}}},
		{"a role's lower-case complement after of stays with the role", []string{
			`Hillary Clinton campaigned with Alison Grimes in Kentucky.`,
			`The clip came from a rally where the secretary of state said she was "not only here to do my job" but also to back her candidate.`},
			[]want{{"not only here to do my job", "secretary of state", quotes.Person, true}}},
		{"a phrase of time opening the sentence before a name and two appositives", []string{
			`The Islamic State is compared to the Nazis.`,
			`Just last week, J.J. Goldberg, editor at large of The Forward, an influential New York-based newspaper catering to American Jews, wrote, "When we think of defeating ISIS, we should think of the world war."`},
			[]want{{"When we think of defeating", "J.J. Goldberg", quotes.Person, false}}},
		{"the agent of a passive naming verb", []string{
			`The committee met for two years.`,
			`While Republicans have faced criticism for the long investigation — often labeled as a “witch hunt” by Democrats — Gowdy may be right.`},
			[]want{{"witch hunt", "Democrats", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

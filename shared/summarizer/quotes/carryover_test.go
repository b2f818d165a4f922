package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// A quotation whose cue is cut off from it, or stands in the sentence or paragraph before,
// gets the speaker a reader carries over to it; none when the text before makes no one speak.
func TestSpeakerCarriedOver(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a paragraph of quotations after a clause that makes someone speak", []string{
			`Donald Trump said on Wednesday that he does not want to kill the families of terrorists.`,
			`What the plan means is left to the imagination of voters, since Trump spoke only in evasive bromides during the interview.`,
			"“We have to do something and it’s the only way you stop it.”\u00a0\n“We have to be a lot tougher.”",
			`At the chair's direction, the DNC issued a statement apologizing to Sanders for the emails.`,
			`“On behalf of everyone at the DNC, we want to offer a deep and sincere apology to Senator Sanders.”`},
			[]want{{"We have to do something", "Donald Trump", quotes.Person, false}, {"We have to be a lot", "Donald Trump", quotes.Person, false},
				{"On behalf of everyone", "DNC", quotes.Organization, false}}},
		{"reported speech gives the paragraph after it to its first speaker", []string{
			`Former CIA Director David Petraeus testified on Capitol Hill on Nov. 12.`,
			`CNN reported that night that Petraeus testifies the attack was terrorism linked to al Qaeda.`,
			`“The hearing was closed but Congressman Pete King spoke to reporters afterwards.”`},
			[]want{{"The hearing was closed", "CNN", quotes.Organization, false}}},
		{"no voice after narration in which no one speaks", []string{
			`Donald Trump held a rally in Cleveland on Thursday.`,
			`The arena went quiet as the lights dimmed over the stage where Trump would stand.`,
			`“Make America great again! We will win, and win, and win again.”`},
			[]want{{"Make America great again", "", quotes.Unknown, false}}},
		{"a title in quotation marks in the speaker's appositive", []string{
			`Jeffery Hemsley teaches at Syracuse University.`,
			`Hemsley, the co-author of "Going Viral," about the rapid spread of information, said the days when the nation had "a somewhat unifying story" are gone.`,
			`“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said as confetti fluttered down.`},
			[]want{{"a somewhat unifying story", "Jeffery Hemsley", quotes.Person, true}, {"We’ve had more successful", "Bill Eastland", quotes.Person, false}}},
		{"a source credited by an opening as-clause", []string{
			`Donald Trump won the primaries on Tuesday.`,
			`But as the nationalist Global Times tabloid noted in an op-ed Thursday, the leading GOP candidate "has surprisingly earned himself a few fans in China."`},
			[]want{{"has surprisingly earned", "Global Times", quotes.Organization, true}}},
		{"partial quotations joined by and share the cue after them", []string{
			`Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd on Tuesday.`},
			[]want{{"the ultimate public health crisis", "Howard Dean", quotes.Person, true}, {"stunt children", "Howard Dean", quotes.Person, true}}},
		{"a partial quotation in the sentence after an attribution", []string{
			`Jeffery Hemsley, a professor at Syracuse University, studies how rumors spread online.`,
			`This makes it increasingly difficult to dislodge misinformation, he said. Good information can still drive out bad, but usually only when "the truth is sexier than the lie."`},
			[]want{{"the truth is sexier than the lie", "Jeffery Hemsley", quotes.Person, true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

// A participle of speech gives its quotation to the name it follows, directly or at the
// head of a chain of participle phrases; not to a place, nor across a verb of its own.
func TestNamedParticiples(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"a participle right after the name", []string{
			`Sen. Chuck Grassley said it is the same thing as Supreme Court Justice Sonia Sotomayor referring to herself as “a wise Latina.”`,
			`What do you think of Ben Carson privately saying “pray for him” in response?`},
			[]want{{"a wise Latina", "Sonia Sotomayor", quotes.Person, true}, {"pray for him", "Ben Carson", quotes.Person, true}}},
		{"the last of a chain of participle phrases", []string{
			`I remember President Jimmy Carter going on TV on April 18, 1977, declaring a ''moral equivalent of war'' against dependence on foreign oil, and telling Americans that ''we need to shift to plentiful coal.'' It seems unfair.`},
			[]want{{"moral equivalent of war", "Jimmy Carter", quotes.Person, true}, {"we need to shift", "Jimmy Carter", quotes.Person, true}}},
		{"a participle after the clause of a name the article gives nowhere else", []string{
			`Like Rove, the Sanders camp has identified Clinton's Wall Street connection as one of her biggest weaknesses.`,
			`At Sunday night’s debate, Sanders compared himself to Clinton, saying, "I don’t get personal speaking fees from Goldman Sachs.”`},
			[]want{{"I don’t get personal", "Sanders", quotes.Person, false}}},
		{"no place and no name across a verb of its own", []string{
			`We laugh as we watch the dear negotiating partners in Tehran relentlessly referring to America as “the Great Satan that will fall.”`,
			`The movie shows Bob wanting to stay behind and depicts one of the contractors asking, "For what, so more guys have to save your ass again?"`},
			[]want{{"the Great Satan", "", quotes.Unknown, true}, {"For what, so more", "", quotes.Unknown, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

// A word quoted after the cue of the sentence's subject is a partial quotation, even when
// the sentence introduces the speaker.
func TestQuotedWordOfTheSubject(t *testing.T) {
	check(t, extract(`Carl Icahn has assured me he's going to keep it ''classy'' and has invited two guests.`,
		`Florida Gov. Rick Scott called the decision "unacceptable."`),
		[]want{{"classy", "Carl Icahn", quotes.Person, true}, {"unacceptable", "Rick Scott", quotes.Person, true}})
}

// Assuring, condemning and accusing report what their subject says.
func TestReportingVerbs(t *testing.T) {
	check(t, extract(`In an address early Friday morning, President François Hollande condemned the "attack whose terrorist nature cannot be denied."`,
		`For much of the performance, Mr. Biden assured his hometown's residents that Mrs. Clinton was ''made of the same stuff,'' even if she could not always show it.`,
		`Sam Nunberg filed a petition on Tuesday. The petition accuses the Trump campaign of "attempting to bully Mr. Nunberg into silence."`),
		[]want{{"attack whose terrorist", "François Hollande", quotes.Person, true}, {"made of the same stuff", "Biden", quotes.Person, true},
			{"attempting to bully", "petition", quotes.Unknown, true}})
}

// An ampersand between capitals joins one name ("P&G").
func TestAmpersandNames(t *testing.T) {
	check(t, extract(`Helal had worked for the multinational firm since 2000. “We are shocked, Ahmed was a friend to us,” one P&G Amiens employee told French television station BFMTV.`),
		[]want{{"We are shocked", "P&G Amiens employee", quotes.Person, false}})
}

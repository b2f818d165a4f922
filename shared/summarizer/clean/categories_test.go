package clean_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
)

// Page parts of the kinds that survived cleaning, each on a short text written for it: the
// story (body1-3) stays, the part goes.
func TestBoilerplateCategories(t *testing.T) {
	story := body1 + "\n" + body2 + "\n" + body3 + "\n"
	cases := []struct {
		name, page string
		junk       []string
	}{
		{"comments signed with a time stamp", story +
			"Milan Griffes on September 12, 2018 at 4:47 pm said:\nAny update on how the follow-up paper will affect the recommendation you made to your readers last year?\n" +
			"Catherine on September 13, 2018 at 5:23 pm said:\nWe have not yet reviewed the paper, but plan to consider it as part of our year-end review of the programme.\n",
			[]string{"Milan Griffes", "follow-up paper", "year-end review"}},
		{"comment author above its time stamp", story +
			"joetoronto says:\nNovember 3, 2019 at 9:15 am\nIt is time for both fans of this team to come to grips with reality, because the season is over yet again and the coach knows it.\n",
			[]string{"joetoronto", "come to grips"}},
		{"headlines glued to their teasers", "Home\nNews\n" +
			"Police Say Two In Custody After Death Of Local Student-AthleteA 24-year-old woman and a 28-year-old man have been arrested in connection with the death of a student.\n" +
			"Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left the steakhouse without paying their bill after a fire alarm went off, the owner said.\n" +
			"Michigan To Mail Redistricting Panel Applications To 250,000The state will mail applications encouraging voters to apply to serve on the new commission this year.\n" +
			"Say Cheese? Detroit's Top 3 Cheese ShopsWondering where to find the best cheese near you? We crunched the numbers to find the top cheese shops around.\n" +
			"Latest Headlines\n" + story,
			[]string{"Student-Athlete", "Steakhouse", "Redistricting", "Cheese Shops"}},
		{"legal lines of a footer", story +
			"Apple logo, Apple TV and App Store are registered trademarks of Apple Inc. Roku is a registered trademark of Roku, Inc. in the United States and other countries. Amazon, Kindle, Fire and all related logos are trademarks of Amazon.com, Inc. or its affiliates, and every other mark shown here belongs to its owner.\n" +
			"Most stock quote data provided by BATS. Market indices are shown in real time, except for the DJIA, which is delayed by two minutes. All times are ET. Morningstar: Copyright 2018 Morningstar, Inc. All Rights Reserved. Factset: FactSet Research Systems Inc. 2018. All rights reserved.\n",
			[]string{"registered trademark", "stock quote data"}},
		{"a comment section's rules", story +
			"As you comment, please be respectful of other commenters and other viewpoints. Our goal with article comments is to provide a space for civil, informative and constructive conversations, and we reserve the right to remove any comment.\n" +
			"This is the worst budget the city has seen in years, and the council should be ashamed of itself for passing it without listening.\n",
			[]string{"As you comment", "worst budget"}},
		{"a contributor's note after the story", story +
			"Meg James is a corporate media reporter for the Los Angeles Times, covering the business of television and digital disruption in the entertainment industry since 2000.\n" +
			"Privacy Policy\n",
			[]string{"Meg James"}},
		{"prompts to subscribe, donate and share", story +
			"If you enjoyed this article, we have a proposition for you: join our members and get all of our content, with no paywalls.\n" +
			"Do you rely on our reporting? Click here to support it.\nShare your thoughts with friends.\nSupport the Review and make a difference for readers everywhere.\n",
			[]string{"proposition", "rely on our", "Share your thoughts", "make a difference"}},
		{"a video feed with time stamps", story + "Popular\n" +
			"Speaking Frankly: Dating apps\nDating apps offer seemingly endless potential matches at your fingertips, turning an intimate experience into something that feels more like a video game.\nNov 7 23:05\n" +
			"How impeachment impacts 2020\nBetween Tuesday's hearings, Senate leaders from both parties provided a preview of how a trial could play out in the coming months.\n7H ago 08:51\n" +
			"Men get stressed if wives make more\nTraditional gender norms may be to blame for husbands getting more stressed the more money their wives earn, a researcher says.\n10H ago 01:09\n" +
			"Closing remarks\nThe committee chairman and the ranking member made their closing remarks on Tuesday following the testimony of the former special envoy to the region.\n11H ago 10:48\n" +
			"More questions for the envoy\nAfter a recess, the chairman tacked on two more sessions of fifteen minutes each, controlled by him and by the ranking member of the committee.\n12H ago 09:12\n",
			[]string{"Dating apps offer", "Senate leaders", "gender norms"}},
		{"a feed of headlines with bylines and teasers", "Budget approved after heated debate\nJane Doe\n" + story + "Opinion\nBudget\nMore Examiner\n" +
			"Prince struggles to dispel the allegations\nRob Crilly\nThe television interview was devised as an opportunity for the prince to set the record straight on his friendship.\n" +
			"What made the film so popular?\nMadeline Fry\nThe film killed at the box office, and critics are still arguing about why it did so well with audiences everywhere.\n" +
			"The report on detention is bogus\nBecket Adams\nVarious outlets reported that a study showed that there are more children in detention than in any other country.\n" +
			"Only one witness has a legitimate gripe\nEddie Scarry\nAfter three days of hearings, only one witness has emerged so far with a legitimate gripe, and it has nothing to do with the substance.\n",
			[]string{"Rob Crilly", "box office", "children in detention", "legitimate gripe"}},
		{"a prompt's sentence above a list of headlines", "Chat with us in Messenger to find out what is happening in the world as it unfolds.\n" +
			strings.Repeat("Trade talks between the two countries are going well\nCensors target everything from cartoons to sport\nThe latest victim of the trade war: manufacturing\n", 6) +
			story,
			[]string{"Chat with us", "Trade talks"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, []string{body1, body2, body3}, c.junk) })
	}
}

// checkParts cleans page and checks that every text of want is kept and none of junk.
func checkParts(t *testing.T, page string, want, junk []string) {
	t.Helper()
	got := strings.Join(blocksOf(page), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("lost %.50q in\n%s", w, got)
		}
	}
	for _, j := range junk {
		if strings.Contains(got, j) {
			t.Errorf("kept %q in\n%s", j, got)
		}
	}
}

// A paragraph of the story about a reporter, a trademark or comments stays: what sets the
// notes and notices apart is where they stand and that they quote no one.
func TestNoticesInTheStory(t *testing.T) {
	paras := []string{
		"Jane Roe is a reporter for the Daily Planet who was detained for three days while covering the protests, her editor said on Monday.",
		"“Our name is a registered trademark of the company, and we will defend it,” the brand’s lawyer told the court on Tuesday.",
	}
	page := "Home\n" + body1 + "\n" + paras[0] + "\n" + body2 + "\n" + paras[1] + "\n" + body3 + "\nPrivacy Policy\n"
	got := strings.Join(blocksOf(page), "\n")
	for _, p := range paras {
		if !strings.Contains(got, p) {
			t.Errorf("lost %.50q in\n%s", p, got)
		}
	}
}

// Seams that are not a headline glued to a teaser: a dateline, brand names in camel case.
func TestNotGluedTeasers(t *testing.T) {
	paras := []string{
		"Hong Kong (CNN Business)A muddled view of US-China trade talks once again seems to be weighing on investors across the region.",
		"The entry-level 13-inch MacBook Pro was last updated in July, while higher-end 13-inch models were refreshed in May of this year.",
		"Sony Said Its New PlayStation Would Reach The Shops Next Year, and the company expects to sell more of them than of any console it has made.",
	}
	page := "Home\nNews\n" + strings.Join(paras, "\n") + "\n" + body1 + "\nPrivacy Policy\n"
	got := strings.Join(blocksOf(page), "\n")
	for _, p := range paras[:2] {
		if !strings.Contains(got, p) {
			t.Errorf("lost %.50q in\n%s", p, got)
		}
	}
}

// A page's body as the HTML reader gives it may open with a stray comment mark and the
// page's own address; neither is the story.
func TestFilterStrayMarksAndAddress(t *testing.T) {
	doc := article.Document{Blocks: []article.Block{
		{Text: "/*"},
		{Text: "https://www.example-gazette.com/sports/article/Lakers-hold-off-OKC-14848253.php"},
		{Text: body1}, {Text: "* * *"}, {Text: body2},
	}}
	var kept []string
	for _, b := range clean.Filter(doc).Blocks {
		kept = append(kept, b.Text)
	}
	if want := []string{body1, body2}; !slices.Equal(kept, want) {
		t.Errorf("kept %q, want the two paragraphs", kept)
	}
}

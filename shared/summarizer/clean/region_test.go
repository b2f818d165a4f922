package clean_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

const (
	body1 = "The council voted on Tuesday to approve the new budget for the city, which includes more money for schools, roads and the police, after a debate that lasted for most of the evening and at times became heated."
	body2 = "Opponents of the plan said that it would raise taxes for the families who can least afford them, and that the council had not listened to the people who came to the meetings to say so."
	body3 = "The mayor is expected to sign the budget into law next week, and the first payments to schools are due in the spring, according to the city's finance office."
)

// blocksOf returns the cleaned blocks' texts.
func blocksOf(in string) []string {
	var out []string
	for _, b := range clean.Text(in).Blocks {
		out = append(out, b.Text)
	}
	return out
}

// Each page is scraped one block per line, as a naive scraper saves it; only the story stays.
func TestPageParts(t *testing.T) {
	menu := "Home\nNews\nSports\nWeather\nOpinion\nObituaries\nSubscribe\n"
	cases := []struct {
		name, page string
		junk       []string
	}{
		{"comment thread", menu + body1 + "\n" + body2 + "\n" + body3 + "\n34 Comments\nLeave a Reply\njoetoronto says:\nIt is time for both fans of this team to come to grips with reality, because the season is over yet again and the coach knows it as well as anyone does.\nReply\nmargo says:\nAnother city suffering from a budget hangover, courtesy of the same old politicians who never listen to the people and never will, in my experience of forty years here.\n",
			[]string{"come to grips", "budget hangover"}},
		{"related feed apart from the story", menu + body1 + "\n" + body2 + "\n" + body3 + "\n" + strings.Repeat("More stories\nSchool board delays vote on new calendar\nSchools\nPolice chief announces retirement after twenty years\nLocal\nRoad repairs to close Main Street for a week\n", 8) + "A new bakery opened on Main Street this week, and the owners said they had waited for years to find the right place to sell their bread.\n",
			[]string{"new bakery"}},
		{"prompts, notices and a bio box", "We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized content and targeted ads, analyze site traffic, and understand where our audience is coming from. " + strings.Repeat("By continuing you agree to our use of cookies and similar technologies as described in the policy. ", 3) + "\n" + menu +
			"This post may contain affiliate links. Please see my disclosure page.\n" + body1 + "\n" + body2 + "\nSupport our journalism: become a member today.\n" + body3 + "\n" +
			"Want more stories like this?\nEvery day we send an email with the top stories of the day.\nAbout the author\nJane Doe is a freelance writer living in Minneapolis, where she covers city hall and the schools for several papers.\nprevious post\n",
			[]string{"cookies", "affiliate", "become a member", "Want more", "we send an email", "freelance writer"}},
		{"teasers repeated in two widgets", body1 + "\n" + body2 + "\n" + body3 + "\nSome people thought the striped cattle in a pasture were a practical joke, but the science behind the camouflaged cows is sound.\nBushfires are spreading across the state, burning more than two million acres and putting homes at risk.\n" + menu +
			"Some people thought the striped cattle in a pasture were a practical joke, but the science behind the camouflaged cows is sound.\nBushfires are spreading across the state, burning more than two million acres and putting homes at risk.\n",
			[]string{"striped cattle", "Bushfires"}},
		{"comment form", body1 + "\n" + body2 + "\n" + body3 + "\nStephanie September 17, 2014 - 1:01 pm\nWe also fill our refillable bottles before heading out for a family adventure on the weekends.\nReply\nSave my name, email, and website in this browser for the next time I comment.\n",
			[]string{"refillable bottles", "Save my name"}},
		{"short article with a menu sentence", "News Corp is a network of leading companies in the worlds of media and information services\n" + menu + "Budget approved\n" + body2 + "\n" + body3 + "\nAbout Us\nContact\nPrivacy\n",
			[]string{"News Corp", "Obituaries", "Privacy"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(blocksOf(c.page), "\n")
			for _, want := range []string{body2, body3} {
				if !strings.Contains(got, want) {
					t.Errorf("lost %.40q", want)
				}
			}
			for _, j := range c.junk {
				if strings.Contains(got, j) {
					t.Errorf("kept %q in\n%s", j, got)
				}
			}
		})
	}
}

// A gallery's slides and a sponsored grid after the story are not the article.
func TestGalleryAndSponsoredGrid(t *testing.T) {
	slides := ""
	for i, caption := range []string{"Crowds gathered outside the town hall before the vote on Tuesday evening.", "Councillors debated the plan for more than four hours.", "The mayor spoke to reporters after the result was announced."} {
		slides += fmt.Sprintf("Image %d of 3\nScenes from the budget night\n%s\nPhoto: Jane Doe/Getty Images\n", i+1, caption)
	}
	grid := "Sponsored Links\nThis Is What Happens When You Eat Avocados Every Day\nHealthy Living\nUndo\nThe Best Walking Shoes For Standing All Day Long\nFootwear Weekly\nUndo\nAdChoices\n"
	page := "Home\nNews\n" + body1 + "\n" + body2 + "\n" + body3 + "\n" + slides + grid + "Privacy Policy\n"
	got := strings.Join(blocksOf(page), "\n")
	for _, junk := range []string{"Image 1 of 3", "Getty", "Undo", "AdChoices", "Avocados", "Walking Shoes", "Crowds gathered", "four hours"} {
		if strings.Contains(got, junk) {
			t.Errorf("kept %q in\n%s", junk, got)
		}
	}
	if !strings.Contains(got, body3) {
		t.Errorf("lost the body:\n%s", got)
	}
}

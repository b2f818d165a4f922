package clean_test

import (
	"strings"
	"testing"
)

// Short paragraphs side by side are the body even where none is long enough to be good on
// its own and menus surround them; a list of headlines side by side is not.
func TestStretchesOfShortParagraphs(t *testing.T) {
	menu := "Home\nNews\nSport\nBusiness\nWeather\n"
	short := []string{
		"The club has paid the release fee to sign the goalkeeper from its Spanish rivals this morning",
		"This frees the way for the move of their current keeper to Madrid.",
		"The player will have a medical at the club's ground today, ahead of a move that will make him the most expensive keeper ever.",
		"He flew to London last night and will spend the day on the formalities of the deal, which the club hopes to announce later today.",
	}
	// A line with hardly a function word sets the story apart from the footer below.
	clubs := "Arsenal Chelsea Everton Liverpool Tottenham Burnley Newcastle Southampton Brighton Watford Wolves"
	footer := "The information provided on this website is for general purposes only, and is not meant to replace the advice of a professional, who should be consulted before you act on any of it in your own life."
	headlines := []string{
		"Andy Murray hopes fans will get behind the new-look finals as ticket sales struggle",
		"Tsitsipas eclipses Federer at the finals as the Swiss legend admits the next generation is ready",
		"Unlucky Nadal goes out without playing a shot after a victory for his rival in the group",
	}
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"a short story between menus", menu + "Goalkeeper signs for a record fee\n" + strings.Join(short, "\n") + "\n" + clubs + "\n" + menu + footer + "\n",
			short, nil},
		{"two short paragraphs", menu + strings.Join(short[1:3], "\n") + "\n" + clubs + "\n" + menu + footer + "\n",
			short[1:3], nil},
		{"headlines side by side", menu + body1 + "\n" + body2 + "\n" + body3 + "\nMore from Sport\nTennis\n" + strings.Join(headlines, "\n") + "\n" + menu,
			[]string{body3}, headlines},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
}

package clean_test

import (
	"strings"
	"testing"
)

// A box of links to other stories set inside the article does not end it: the article that
// resumes after it in paragraphs is kept, the box's headlines are not; a label ending in a
// colon ("Don't Miss:") introduces one link, not a feed. A feed's teasers cut
// off with an ellipsis are not paragraphs; a long paragraph a paywall cuts so is.
func TestBoxesInsideTheArticle(t *testing.T) {
	rest := []string{
		"Tickets for the anniversary tour go on sale to the general public on Friday, at ten in the morning, local time.",
		"The singer joined the band in 1975 and stayed in the line-up until 1982, appearing on four of its albums.",
		"The band's current tour continues next week in the south; after a break, the schedule picks up again in February.",
		"The group said in a statement that it was truly excited about the tour, which celebrates the band's entire history.",
	}
	box := "Related\nThe Band Lights Up With the Stars of a Comedy\nThe Singer Talks About the New Album and Retirement\n"
	teasers := []string{
		"UK weather alert: a plague of mosquitos is set to devastate Britain as the hurri...",
		"Scientists claim the discovery of the root of all evil in an ancient bible manu...",
		"The latest Windows update is now available to download through the update assist...",
	}
	paywalled := "The quarterback did not suffer a concussion. Still, the defensive end, who was the first pick of the draft two years ago, faces a suspension that could run into next season and a fine that the league has not yet set, and his team is left without its best…"
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"related links inside the article", "Home\nMusic\n" + body1 + "\n" + body2 + "\n" + body3 + "\n" + box + strings.Join(rest, "\n") + "\nPrivacy Policy\n",
			rest, []string{"Comedy", "Retirement"}},
		{"a box whose first headline reads as a sentence", "Home\nNews\n" + body1 + "\nTrending News\nVideo shows the dramatic rescue of a kidnapped girl: \"We got her!\"\nMan arrested after seven victims found in a car\nGuards charged with falsifying the records\n" + body2 + "\n" + body3 + "\n" + strings.Join(rest, "\n") + "\nPrivacy Policy\n",
			append([]string{body2}, rest...), []string{"We got her", "Man arrested", "Guards charged"}},
		{"a label for one link", "Home\nNews\n" + body1 + "\n" + body2 + "\n" + body3 + "\nDon't Miss:\n" + rest[0] + "\n" + rest[1] + "\nPrivacy Policy\n",
			rest[:2], nil},
		{"teasers cut off", "Home\nNews\n" + body1 + "\n" + body2 + "\n" + body3 + "\nThe Day's Stories\n" + strings.Join(teasers, "\nWeather\n") + "\nPrivacy Policy\n",
			[]string{body3}, teasers},
		{"a paragraph cut off by a paywall", "Home\nSport\n" + body1 + "\n" + paywalled + "\nSubscribe to read more\nPrivacy Policy\n",
			[]string{paywalled}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
}

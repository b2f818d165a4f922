package clean_test

import (
	"strings"
	"testing"
)

// A numbered list the article runs into (after a paragraph, or a line ending in a colon that
// follows one) is body, its items' links included; a numbered feed apart from the story is not.
func TestNumberedLists(t *testing.T) {
	items := []string{"1) Lego Star Wars Resistance Bomber", "2) Electric Racing Track Set", "http://example.com/item/2",
		"3) Blade Runner The Final Cut (4K Ultra HD)", "4) Ghostbusters Collection 1-2 (Steelbook)"}
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"after a colon line", "Home\nDeals\n" + body1 + "\nHere are the best offers for nostalgic readers this week:\n" + strings.Join(items, "\n") + "\nLeave a comment\nPrivacy Policy\n",
			append([]string{"best offers for nostalgic readers"}, items...), []string{"Privacy"}},
		{"between paragraphs", "Home\n" + body1 + "\n1. Cut the parking charges for a year\n2. Freeze business rates\n3. Plant trees along the high street\n" + body2 + "\nPrivacy Policy\n",
			[]string{"Cut the parking", "Freeze business", "Plant trees"}, nil},
		{"tour dates under their heading", "Home\nMusic\n" + body1 + "\n" + body2 + "\nTour Dates\nJune 9 – West Palm Beach, FL @ Coral Sky Amphitheatre\nJune 10 – Tampa, FL @ Credit Union Amphitheatre\nJune 14 – Alpharetta, GA @ Bank Amphitheatre\nJune 17 – Nashville, TN @ Bridgestone Arena\nPrivacy Policy\n",
			[]string{"Tour Dates", "Coral Sky", "Bridgestone Arena"}, []string{"Privacy"}},
		{"numbered feed apart from the story", body1 + "\n" + body2 + "\n" + body3 + "\nMost Read\nSponsored\n1) Celebrity chef opens a new restaurant downtown\n2) Ten things to do this weekend in the city\n3) Why everyone is talking about the new phone\nPrivacy Policy\n",
			[]string{body3}, []string{"Celebrity chef", "Ten things"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
}

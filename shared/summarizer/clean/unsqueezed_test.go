package clean

import (
	"strings"
	"testing"
)

// TestDatedItemUnsqueezed: Params.Blocks takes blocks as a page gives them, not squeezed. A
// dated item may open with one byte of white space before its month, as datedItem has read
// it from the first: only the first four bytes were looked at for the month.
func TestDatedItemUnsqueezed(t *testing.T) {
	const item = "June 9 – West Palm Beach, FL @ Coral Sky"
	for _, c := range []struct {
		text string
		want bool
	}{
		{item, true},
		{" " + item, true},
		{"\t" + item, true},
		{"\v" + strings.ToUpper(item), true},
		{"  " + item, false},     // the month past the first four bytes
		{"\u00a0" + item, false}, // two bytes of white space
		{"(" + item, false},
		{" Monday, June 9 – Tampa", false},
	} {
		if got := datedItem(c.text); got != c.want {
			t.Errorf("datedItem(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDatedListUnsqueezed: a list of tour dates after the story, each item opening with a
// space, is kept as the article's.
func TestDatedListUnsqueezed(t *testing.T) {
	body1 := "The council voted on Tuesday to approve the new budget for the city, which includes more money for schools, roads and the police, after a debate that lasted for most of the evening and at times became heated."
	body2 := "Opponents of the plan said that it would raise taxes for the families who can least afford them, and that the council had not listened to the people who came to the meetings to say so."
	items := []string{"June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", "June 10 – Tampa, FL @ Credit Union Amphitheatre",
		"June 14 – Alpharetta, GA @ Bank Amphitheatre", "June 17 – Nashville, TN @ Bridgestone Arena"}
	for _, lead := range []string{"", " ", "\t"} {
		blocks := []string{"Home", "Music", body1, body2, "Tour Dates"}
		for _, it := range items {
			blocks = append(blocks, lead+it)
		}
		blocks = append(blocks, "Privacy Policy")
		var got []string
		for _, b := range DefaultParams.Blocks(blocks).Blocks {
			got = append(got, b.Text)
		}
		kept := strings.Join(got, "\n")
		for _, it := range items {
			if !strings.Contains(kept, it) {
				t.Errorf("lead %q: item %q dropped; kept %q", lead, it, got)
			}
		}
	}
}

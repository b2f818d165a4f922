package clean_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

// TestTitleAboveBody: a scraped article's title is the headline among the few lines above
// its body, not the page's chrome that stands between them (a search box, a share bar's
// label, "Key Points"), a breadcrumb, or a standfirst that ends without a full stop.
func TestTitleAboveBody(t *testing.T) {
	body := "\n" + body1 + "\n" + body2 + "\n" + body3 + "\n"
	for _, c := range []struct {
		name, top, want string
	}{
		{"chrome below the headline", "Home\nNews\nEmirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand airline by early 2020s\nKey Points\nSearch The Site", "Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand airline by early 2020s"},
		{"a breadcrumb", "Home\nNews > Nation\nCouncil approves the city budget after a heated debate\nSkip to Article", "Council approves the city budget after a heated debate"},
		{"a quoted headline", "Home\n‘Meth. We’re on it.’: Spokane ad agencies divided on South Dakota’s viral campaign\nShare This Story", "‘Meth. We’re on it.’: Spokane ad agencies divided on South Dakota’s viral campaign"},
		{"a standfirst without a full stop", "Japan turns to beer alternatives\nJapanese brewers are increasingly making money from beer-flavoured drinks rather than beer itself", "Japan turns to beer alternatives"},
		{"a short heading", "Home\nBudget Approved", "Budget Approved"},
		{"a time stamp below", "Home\nBudget Approved\nMon, Mar 3 2025 6:38 AM EST", "Budget Approved"},
		{"a numeric stamp below", "Home\nBudget Approved\n03.03.2025, 08:57", "Budget Approved"},
	} {
		if got := clean.Text(c.top + body).Title; got != c.want {
			t.Errorf("%s: title %q, want %q", c.name, got, c.want)
		}
	}
}

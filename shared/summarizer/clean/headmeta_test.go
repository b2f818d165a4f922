package clean_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

// headMenu is a site's menu, long enough that the headline is no longer at the page's top,
// where the byline patterns read every dated line.
var headMenu = strings.Repeat("Home\nWorld\nBusiness\nMarkets\nTech\n", 3)

// TestHeadBylines: the author and the day printed without a "By" between the headline and
// the body are read, when a handle or a time stamp says the line is a byline; an update's
// day is not the published one, and chrome of capitalised words is no name.
func TestHeadBylines(t *testing.T) {
	const headline = "Council approves the city budget after a heated debate"
	body := "\n" + body1 + "\n" + body2 + "\n" + body3 + "\n"
	for _, c := range []struct {
		name, head, author, day string
	}{
		{"name and date on one line", "Dana Whitfield - Mar 3, 2025, 10:31 pm CST", "Dana Whitfield", "2025-03-03"},
		{"name and handle", "Dana Whitfield @danawhit", "Dana Whitfield", ""},
		{"a day, then name and handle", "Published Mon, Mar 3 2025 4:29 AM EST Updated an hour ago\nDana Whitfield @danawhit\nKey Points", "Dana Whitfield", "2025-03-03"},
		{"name and role above a stamp", "Dana Whitfield, Ap Political Writer\nPublished 11:26 pm EST, Monday, March 3, 2025", "Dana Whitfield", "2025-03-03"},
		{"an agency before its stamp", "Associated Press March 3, 2025, 9:02 AM", "Associated Press", "2025-03-03"},
		{"a stamp, then by", "5:45 AM PST 3/4/2025 by Dana Whitfield", "Dana Whitfield", ""},
		{"posted by, with the day", "Posted by Dana Whitfield on March 3, 2025, 6:21 AM EST", "Dana Whitfield", "2025-03-03"},
		{"a date, then by", "Nov 19, 2019 by Dana Whitfield", "Dana Whitfield", "2019-11-19"},
		{"a time and a date, then by", "5:45 AM PST Nov 19, 2019 by Dana Whitfield", "Dana Whitfield", "2019-11-19"},
		{"by, then a time and a date", "By Dana Whitfield 5:45 AM PST Nov 19, 2019", "Dana Whitfield", "2019-11-19"},
		{"a numeric date the month cannot be", "5:45 AM PST 11/19/2019 by Dana Whitfield", "Dana Whitfield", "2019-11-19"},
		{"a numeric date with dots", "Dana Whitfield, Business Insider\n19.11.2019, 08:57", "Dana Whitfield", "2019-11-19"},
		{"a numeric date either way", "03/09/2025 by Dana Whitfield", "Dana Whitfield", ""},
		{"two names before the day", "Dana Whitfield and Sam Reed - Nov 19, 2019, 10:31 pm CST", "Dana Whitfield and Sam Reed", "2019-11-19"},
		{"name and role", "Dana Whitfield, Staff Writer", "Dana Whitfield", ""},
		{"name and agency", "Dana Whitfield | Reuters", "Dana Whitfield", ""},
		{"name above a reading time", "Dana Whitfield\n5 Min Read", "Dana Whitfield", ""},
		{"a handle glued to the name", "Dana Whitfield@danawhit", "Dana Whitfield", ""},
		{"a section credited to a role", "Local News | Staff Picks", "", ""},
		{"a photo credited to an agency", "Wire services\nMayor Ann Lee at the meeting\nSam Reed, Associated Press", "", ""},
		{"name above a time", "Dana Whitfield\nMonday 6:30PM", "Dana Whitfield", ""},
		{"chrome below a day", "Published Mon, Mar 3 2025 4:29 AM EST\nKey Points", "", "2025-03-03"},
		{"an update's day", "Updated 5:27 am CST, Monday, March 3, 2025", "", ""},
		{"chrome without a stamp", "Key Points\nTop Stories", "", ""},
		{"the headline printed again over a gallery", "Dana Whitfield, Staff Writer\nUpdated 5:27 am CST, Monday, March 3, 2025\n1 / 23\n" + headline + "\nBack to Gallery", "Dana Whitfield", ""},
	} {
		doc := clean.Text(headMenu + headline + "\n" + c.head + "\n" + body)
		day := ""
		if !doc.Published.IsZero() {
			day = doc.Published.Format("2006-01-02")
		}
		if doc.Title != headline || doc.Author != c.author || day != c.day {
			t.Errorf("%s: title %q, author %q, day %q; want the headline, %q, %q", c.name, doc.Title, doc.Author, day, c.author, c.day)
		}
	}
}

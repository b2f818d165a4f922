package clean_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

// TestHeadlineOpeningWithANumberAndBy: a headline that opens with a number and then "by"
// ("2020 by the numbers") is no byline behind its time stamp: only a time or a whole date
// before the "by" makes one.
func TestHeadlineOpeningWithANumberAndBy(t *testing.T) {
	body := "\n" + body1 + "\n" + body2 + "\n" + body3 + "\n"
	for _, c := range []struct {
		name, top, want string
	}{
		{"a year by the numbers", "Home\n2020 by the numbers\nNov 19, 2020", "2020 by the numbers"},
		{"capitalised", "Home\n2019 By The Numbers: A Look Back\nNov 19, 2019", "2019 By The Numbers: A Look Back"},
		{"one by one", "Home\n1 By 1: Fans Return To The Stadium", "1 By 1: Fans Return To The Stadium"},
		{"a stamp, then by", "Home\nBudget Approved\n5:45 AM PST 3/3/2025 by Dana Whitfield", "Budget Approved"},
		{"a numeric date, then by", "Home\nBudget Approved\n03.03.2025 by Dana Whitfield", "Budget Approved"},
	} {
		if got := clean.Text(c.top + body).Title; got != c.want {
			t.Errorf("%s: title %q, want %q", c.name, got, c.want)
		}
	}
}

// headAuthorAndDay cleans a story whose headline, below a menu, has head under it, and
// returns the author and the day (yyyy-mm-dd, or "") read.
func headAuthorAndDay(head string) (author, day string) {
	doc := clean.Text(headMenu + "Council approves the city budget after a heated debate\n" + head + "\n" + body1 + "\n" + body2 + "\n" + body3 + "\n")
	if !doc.Published.IsZero() {
		day = doc.Published.Format("2006-01-02")
	}
	return doc.Author, day
}

// TestHeadUpdateDays: the day of a change printed under the headline behind a label other
// than "Updated" ("Update:", "Last update", "Revised") is not the day the story was
// published; the day of a line without such a label is.
func TestHeadUpdateDays(t *testing.T) {
	for _, c := range []struct {
		name, head, day string
	}{
		{"update, colon", "Update: Nov 20, 2019 10:31 AM", ""},
		{"capitals", "UPDATE: Nov 20, 2019 10:31 AM", ""},
		{"last update", "Last update Nov 20, 2019 10:31 AM", ""},
		{"revised", "Revised Nov 20, 2019 10:31 AM", ""},
		{"an update, then the day", "Last update: Nov 20, 2019\nPublished Nov 19, 2019 10:31 AM", "2019-11-19"},
		{"no label", "Nov 19, 2019 10:31 AM", "2019-11-19"},
	} {
		if _, day := headAuthorAndDay(c.head); day != c.day {
			t.Errorf("%s: day %q, want %q", c.name, day, c.day)
		}
	}
}

// TestHeadChromeIsNoAuthor: a related-stories header under the headline ("Top Stories",
// "Most Read") and a publication's or a section's name ("Local News") beside a time stamp
// are no byline; the stories listed under such a header are others', and so are their days.
func TestHeadChromeIsNoAuthor(t *testing.T) {
	for _, c := range []struct {
		name, head, author, day string
	}{
		{"a feed header above a stamp", "Top Stories\n10:31 AM", "", ""},
		{"a feed header above its item's stamp", "Most Read\n3:45 PM", "", ""},
		{"a feed item under its header", "Latest News\nBridge Opens Downtown\n3:45 PM", "", ""},
		{"a section above the day", "Local News\nNov 19, 2019 10:31 AM", "", "2019-11-19"},
		{"a section beside the day", "World News Nov 19, 2019", "", "2019-11-19"},
		{"a name above the day", "Dana Whitfield\nNov 19, 2019 10:31 AM", "Dana Whitfield", "2019-11-19"},
		{"a byline above a feed", "Dana Whitfield\nNov 19, 2019 10:31 AM\nMost Read\nOther Person\nNov 18, 2019 3:45 PM", "Dana Whitfield", "2019-11-19"},
	} {
		if author, day := headAuthorAndDay(c.head); author != c.author || day != c.day {
			t.Errorf("%s: author %q, day %q; want %q, %q", c.name, author, day, c.author, c.day)
		}
	}
}

// TestPublisherBeforeTheDay: a lone credit before a dateline's date is the publisher when
// its name ends as a sports, business or broadcast outlet's does, and the author when it
// is a person's.
func TestPublisherBeforeTheDay(t *testing.T) {
	for _, c := range []struct {
		line, author, publisher string
	}{
		{"Fox Sports - Nov 19, 2019", "", "Fox Sports"},
		{"Yahoo Finance - Nov 19, 2019", "", "Yahoo Finance"},
		{"Business Insider - Nov 19, 2019", "", "Business Insider"},
		{"USA Today - Nov 19, 2019", "", "USA Today"},
		{"Chris Davies - Nov 19, 2019", "Chris Davies", ""},
	} {
		for _, top := range []string{"", headMenu} {
			doc := clean.Text(top + "Council approves the city budget after a heated debate\n" + c.line + "\n" + body1 + "\n" + body2 + "\n")
			if doc.Author != c.author || doc.Publisher != c.publisher || doc.Published.Format("2006-01-02") != "2019-11-19" {
				t.Errorf("%q (menu %v): author %q, publisher %q, day %v; want %q, %q, 2019-11-19", c.line, top != "", doc.Author, doc.Publisher, doc.Published, c.author, c.publisher)
			}
		}
	}
}

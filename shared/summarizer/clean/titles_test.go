package clean_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

// A headline that opens with a quotation, as British papers write them, is the title, as
// any headline above the body is; a quotation that opens the story is not.
func TestQuotingTitle(t *testing.T) {
	story := "\n\n" + body1 + "\n\n" + body2 + "\n\n" + body3 + "\n"
	cases := []struct {
		name, page, title string
	}{
		{"a quoted phrase opening it", "'Super union' merger plan touted" + story, "'Super union' merger plan touted"},
		{"a quotation in curly marks", "‘UK will stand firm on EU rebate’" + story, "‘UK will stand firm on EU rebate’"},
		{"a plain headline", "Council approves budget after heated debate" + story, "Council approves budget after heated debate"},
		{"a quotation opening the story", "“We will not raise taxes,” the mayor said." + story, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := clean.Text(c.page).Title; got != c.title {
				t.Errorf("title = %q, want %q", got, c.title)
			}
		})
	}
}

package clean_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

// A story's header as users paste it: the headline, a byline and a date, on lines of their
// own, with or without blank lines between them, the byline and the date on one line or two.
// The headline is the title, the byline the author, the date the day published; none is a
// paragraph. A wrapped paragraph is not a header.
func TestHeaderLines(t *testing.T) {
	const headline = "City Council Approves New Budget for Schools"
	body := "The city council voted 7-2 on Tuesday night to approve a new budget that raises spending on public schools by 12 percent, the largest increase in a decade.\n\n" +
		"The plan pays for 45 new teachers and two new school buses, and it freezes fees for after-school programmes for another year, council members said.\n\n" +
		"Opponents said the city cannot afford the increase without raising property taxes next year. The mayor is expected to sign the budget on Friday.\n"
	cases := []struct {
		name, header, author, day string
	}{
		{"byline and date on two lines", headline + "\n\nBy Anna Kovalenko\nOctober 10, 2024\n\n", "Anna Kovalenko", "2024-10-10"},
		{"no blank line under the headline", headline + "\nBy Anna Kovalenko\nOctober 10, 2024\n\n", "Anna Kovalenko", "2024-10-10"},
		{"an update after a slash", headline + "\n\nBy Marcus Lee / Updated June 12, 2024\n\n", "Marcus Lee", "2024-06-12"},
		{"a date under the headline", headline + "\nJune 12, 2024\n\n", "", "2024-06-12"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := clean.Text(c.header + body)
			day := ""
			if !doc.Published.IsZero() {
				day = doc.Published.Format("2006-01-02")
			}
			if doc.Title != headline || doc.Author != c.author || day != c.day {
				t.Errorf("title %q, author %q, day %q; want %q, %q, %q", doc.Title, doc.Author, day, headline, c.author, c.day)
			}
			if len(doc.Blocks) == 0 || !strings.HasPrefix(doc.Blocks[0].Text, "The city council voted") {
				t.Errorf("body starts %+v", doc.Blocks[:min(1, len(doc.Blocks))])
			}
		})
	}
	// Wrapped lines that open with "By" or name a day run on: one paragraph.
	wrapped := headline + "\n\nThe council said it would decide on the plan\nBy the end of the month, after hearings on\nOctober 10, 2024 and later\nthat week, the members said in a statement on Tuesday night.\n\n" + body
	doc := clean.Text(wrapped)
	joined := "The council said it would decide on the plan By the end of the month, after hearings on October 10, 2024 and later that week, the members said in a statement on Tuesday night."
	if len(doc.Blocks) == 0 || doc.Blocks[0].Text != joined || doc.Author != "" {
		t.Errorf("wrapped paragraph: author %q, blocks %q", doc.Author, doc.Blocks[:min(1, len(doc.Blocks))])
	}
}

// A wrapped paragraph whose line breaks leave a date or a byline on a line of its own, the
// sentence running on under it, is still one paragraph: none of its lines is metadata.
func TestWrappedLineAlone(t *testing.T) {
	const lead = "The city council voted 7-2 on Tuesday night to approve a new budget that raises spending on public schools by 12 percent, the largest increase in a decade.\n\n"
	const tail = "Opponents said the city cannot afford the increase without raising property taxes next year. The mayor is expected to sign the budget on Friday.\n"
	cases := []struct{ name, para string }{
		{"a date", "The council said the work would be finished in time for the new school year, with the\nJune 12, 2024\ndeadline met by the contractors who built the new hall."},
		{"a byline", "The report on the new hall, which the council asked for last spring, was written\nBy Anna Kovalenko\nand two engineers from the county, who found no fault with the building."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := clean.Text(lead + c.para + "\n\n" + tail)
			joined := strings.Join(strings.Fields(c.para), " ")
			if len(doc.Blocks) < 2 || doc.Blocks[1].Text != joined || !doc.Published.IsZero() || doc.Author != "" {
				t.Errorf("author %q, published %v, blocks %q", doc.Author, doc.Published, doc.Blocks)
			}
		})
	}
}

// A sentence of the body that opens with "By" and a capitalised day, a date after it, is no
// byline run into its date: what follows the date is no time of day.
func TestDatedSentenceNotByline(t *testing.T) {
	const lead = "The city council voted 7-2 on Tuesday night to approve a new budget that raises spending on public schools by 12 percent, the largest increase in a decade.\n\n"
	const tail = "Opponents said the city cannot afford the increase without raising property taxes next year. The mayor is expected to sign the budget on Friday.\n"
	for _, sentence := range []string{
		"By Christmas Day December 25, 2024 the river had risen two metres.",
		"By Labor Day September 2, 2024 most of the work was done.",
	} {
		t.Run(sentence, func(t *testing.T) {
			doc := clean.Text("River Floods Town\n\n" + lead + sentence + "\n\n" + tail)
			if len(doc.Blocks) < 2 || doc.Blocks[1].Text != sentence || doc.Author != "" || !doc.Published.IsZero() {
				t.Errorf("author %q, published %v, blocks %q", doc.Author, doc.Published, doc.Blocks)
			}
		})
	}
}

// "By" and a day ("By Monday, the river had risen two metres.") says when, not who: the
// sentence is the body's, and no day is the author. A byline whose name begins with a month's
// ("By June Smith") is a byline still.
func TestDayNotByline(t *testing.T) {
	const lead = "The city council voted 7-2 on Tuesday night to approve a new budget that raises spending on public schools by 12 percent, the largest increase in a decade.\n\n"
	const tail = "Opponents said the city cannot afford the increase without raising property taxes next year. The mayor is expected to sign the budget on Friday.\n"
	for _, c := range []struct{ block, author string }{
		{"By Monday, the river had risen two metres.", ""},
		{"By Friday, October 10, 2024, the river had risen two metres.", ""},
		{"By Election Day, November 5, 2024, turnout had doubled.", ""},
		{"By June, most of the town was under water.", ""},
		{"By June Smith", "June Smith"},
	} {
		t.Run(c.block, func(t *testing.T) {
			doc := clean.Text("River Floods Town\n\n" + c.block + "\n\n" + lead + tail)
			kept := len(doc.Blocks) > 0 && doc.Blocks[0].Text == c.block
			if doc.Author != c.author || kept != (c.author == "") {
				t.Errorf("author %q, blocks %q", doc.Author, doc.Blocks)
			}
		})
	}
}

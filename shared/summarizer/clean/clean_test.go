package clean_test

import (
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
)

// On the sample article every boilerplate line goes, every body paragraph stays, the
// subheading is kept as a heading and publisher, date and author are found.
func TestSampleArticle(t *testing.T) {
	raw := string(fixture.Read(t, fixture.SampleArticle))
	doc := clean.Text(raw)

	if doc.Publisher != "The Washington Times" {
		t.Errorf("publisher = %q", doc.Publisher)
	}
	if want := time.Date(2022, 12, 19, 0, 0, 0, 0, time.UTC); !doc.Published.Equal(want) {
		t.Errorf("published = %v, want %v", doc.Published, want)
	}
	if doc.Author != "Mike Glenn" {
		t.Errorf("author = %q", doc.Author)
	}
	boilerplate := []string{
		"- The Washington Times - Monday, December 19, 2022",
		"SEE ALSO: Putin sends singers, actors to entertain, boost morale of Russian soldiers in Ukraine",
		"SEE ALSO: Putin’s war is a disaster, but peace talks not in the offing, says CIA chief William Burns",
		"• Mike Glenn can be reached at mglenn@washingtontimes.com.",
		"Copyright © 2023 The Washington Times, LLC. Click here for reprint permission.",
		"Please read our comment policy before commenting.",
		"Click to Read More and View Comments",
		"Click to Hide",
		"Sponsored Stories",
	}
	isBoilerplate := map[string]bool{}
	for _, b := range boilerplate {
		isBoilerplate[b] = true
	}
	var body []string
	for _, para := range strings.Split(raw, "\n\n") {
		para = strings.TrimSpace(para)
		if para != "" && !isBoilerplate[para] {
			body = append(body, para)
		}
	}
	if len(body) != len(strings.Split(raw, "\n\n"))-len(boilerplate) {
		t.Fatalf("the sample changed: boilerplate lines not found verbatim")
	}
	if len(doc.Blocks) != len(body) {
		t.Errorf("got %d blocks, want %d", len(doc.Blocks), len(body))
	}
	for i := 0; i < len(body) && i < len(doc.Blocks); i++ {
		if doc.Blocks[i].Text != strings.Join(strings.Fields(body[i]), " ") {
			t.Errorf("block %d = %.60q, want %.60q", i, doc.Blocks[i].Text, body[i])
		}
		wantKind := article.Paragraph
		if body[i] == "Close but not too close" {
			wantKind = article.Heading
		}
		if doc.Blocks[i].Kind != wantKind {
			t.Errorf("block %d (%.30q) is a %v, want %v", i, body[i], doc.Blocks[i].Kind, wantKind)
		}
	}
}

func TestScrapeLeftovers(t *testing.T) {
	para := "The council voted on Tuesday to approve the new budget for the city, which includes more money for schools, roads and the police, after a debate that lasted for most of the evening and at times became heated."
	para2 := "Opponents of the plan said that it would raise taxes for the families who can least afford them, and that the council had not listened to the people who came to the meetings to say so."
	cases := []struct {
		name, junk string
	}{
		{"read more teaser", "Read more: Council approves budget after heated debate"},
		{"related", "Related: Five things to know about the budget"},
		{"advertisement", "Advertisement"},
		{"share buttons", "Share Tweet Email Print"},
		{"newsletter", "Sign up for our daily newsletter to get the latest news in your inbox"},
		{"photo credit", "Photo: John Smith/Getty Images"},
		{"copyright", "© 2024 Example News Corp. All rights reserved."},
		{"contact line", "Jane Doe can be reached at jdoe@example.com."},
		{"story continues", "Story continues below advertisement"},
		{"reporting credit", "Reporting by Jane Doe; Editing by John Smith"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := clean.Text(para + "\n\n" + c.junk + "\n\n" + para2)
			if len(doc.Blocks) != 2 || doc.Blocks[0].Text != para || doc.Blocks[1].Text != para2 {
				var got []string
				for _, b := range doc.Blocks {
					got = append(got, b.Text)
				}
				t.Errorf("blocks = %q", got)
			}
		})
	}
}

func TestTitleAndByline(t *testing.T) {
	in := "Council approves budget after heated debate\n\nBy Jane Doe and John Roe | Staff writers\n\nMarch 3, 2024\n\n" +
		"The council voted on Tuesday to approve the new budget for the city, which includes more money for schools, roads and the police, after a debate that lasted for most of the evening.\n\n" +
		"Opponents of the plan said that it would raise taxes for the families who can least afford them, and that the council had not listened to the people who came to say so."
	doc := clean.Text(in)
	if doc.Title != "Council approves budget after heated debate" {
		t.Errorf("title = %q", doc.Title)
	}
	if doc.Author != "Jane Doe and John Roe" {
		t.Errorf("author = %q", doc.Author)
	}
	if doc.Published.Format("2006-01-02") != "2024-03-03" {
		t.Errorf("published = %v", doc.Published)
	}
	if len(doc.Blocks) != 2 {
		t.Errorf("got %d blocks, want 2", len(doc.Blocks))
	}
}

func TestParseDate(t *testing.T) {
	cases := map[string]string{
		"Monday, December 19, 2022":   "2022-12-19",
		"19 Dec 2022":                 "2022-12-19",
		"Updated 2022-12-19T10:00:00": "2022-12-19",
		"Sept. 3, 2021":               "2021-09-03",
		"February 30, 2022":           "0001-01-01",
		"no date here":                "0001-01-01",
	}
	for in, want := range cases {
		if got := clean.ParseDate(in).Format("2006-01-02"); got != want {
			t.Errorf("ParseDate(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestBylineCredits: the publisher and the day a byline or a dateline carries besides the
// names are the article's metadata, not lost with the line.
func TestBylineCredits(t *testing.T) {
	body := "\n\nThe council voted on Tuesday to approve the new budget for the city, which includes more money for schools, roads and the police, after a debate that lasted for most of the evening.\n\n" +
		"Opponents of the plan said that it would raise taxes for the families who can least afford them, and that the council had not listened to the people who came to say so."
	for _, c := range []struct {
		line, author, publisher, day string
	}{
		{"By Jane Doe, Riverside Gazette, March 3, 2025", "Jane Doe", "Riverside Gazette", "2025-03-03"},
		{"By Jane Doe | Staff Writer | March 3, 2025", "Jane Doe", "", "2025-03-03"},
		{"By Jane Doe - March 3, 2025", "Jane Doe", "", "2025-03-03"},
		{"By Jane Doe · Subscribe", "Jane Doe", "", ""},
		{"By Jane Doe • March 3, 2025", "Jane Doe", "", "2025-03-03"},
		{"By Jane Doe and John Roe, The Coastal Herald", "Jane Doe and John Roe", "The Coastal Herald", ""},
		{"Sam Reed | Coastal Herald | Jan. 12, 2025", "Sam Reed", "Coastal Herald", "2025-01-12"},
		{"Coastal Herald | January 12, 2025", "", "Coastal Herald", "2025-01-12"},
		{"Sam Reed - January 12, 2025, 10:31 pm CST", "Sam Reed", "", "2025-01-12"},
	} {
		doc := clean.Text("Council approves budget after heated debate\n\n" + c.line + body)
		day := ""
		if !doc.Published.IsZero() {
			day = doc.Published.Format("2006-01-02")
		}
		if doc.Author != c.author || doc.Publisher != c.publisher || day != c.day {
			t.Errorf("%q: author %q, publisher %q, day %q; want %q, %q, %q", c.line, doc.Author, doc.Publisher, day, c.author, c.publisher, c.day)
		}
		if len(doc.Blocks) != 2 {
			t.Errorf("%q: %d blocks, want the 2 paragraphs", c.line, len(doc.Blocks))
		}
	}
}

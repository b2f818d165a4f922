package extract_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/extract"
)

const para = "The council voted on Tuesday to approve the new budget for the city, which includes more money for schools, roads and the police, after a debate that lasted for most of the evening."

func TestDeepNestingKeepsText(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 5000) + "<p>" + para + "</p><p>" + para + "</p>" + strings.Repeat("</div>", 5000) + "</body></html>"
	doc, err := extract.HTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Blocks[0].Text, "The council voted") {
		t.Errorf("text lost under deep nesting: %+v", doc.Blocks)
	}
}

func TestHiddenScriptsAndHandlersDropped(t *testing.T) {
	page := `<html><head><title>T</title></head><body><article><p onclick="alert(1)">` + para + `</p>
<script>document.write("evil")</script><p style="display:none">hidden text</p><p>` + para + `</p></article></body></html>`
	doc, err := extract.HTML(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range doc.Blocks {
		if strings.Contains(b.Text, "evil") || strings.Contains(b.Text, "hidden text") || strings.Contains(b.Text, "alert") {
			t.Errorf("block %q holds script or hidden text", b.Text)
		}
	}
}

func TestNoTextPage(t *testing.T) {
	if _, err := extract.HTML("<html><body><img src=x><script>x()</script></body></html>"); err == nil {
		t.Error("a page without text gave no error")
	}
}

func TestBlocksHeadingsAndBreaks(t *testing.T) {
	// (With no <title>, readability takes every h2 for a copy of the title and drops it.)
	doc, err := extract.HTML("<html><head><title>Budget approved</title></head><body><article><p>" + para + "<br><br>" + para + "</p><h2>What happens next</h2><p>" + para + "</p><p>" + para + "</p></article></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	want := []article.Block{{Kind: article.Paragraph, Text: para}, {Kind: article.Paragraph, Text: para}, {Kind: article.Heading, Text: "What happens next"}, {Kind: article.Paragraph, Text: para}, {Kind: article.Paragraph, Text: para}}
	if len(doc.Blocks) != len(want) {
		t.Fatalf("blocks: %+v", doc.Blocks)
	}
	for i := range want {
		if doc.Blocks[i] != want[i] {
			t.Errorf("block %d = %+v, want %+v", i, doc.Blocks[i], want[i])
		}
	}
}

// The metadata rules on a page written for them: the headline without the site name, the
// JSON-LD byline cleaned to names, the date in the page's own offset, a handle refused as
// the publisher.
func TestPageMetadataRules(t *testing.T) {
	page := `<html lang="en"><head><title>Budget approved after heated debate | Springfield Gazette</title>
<meta property="og:title" content="Budget approved after heated debate - Springfield Gazette">
<meta property="og:site_name" content="@springfieldgazette">
<meta name="author" content="jdadmin">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget approved after heated debate",
"datePublished":"2019-11-18T20:58:46-08:00","author":[{"@type":"Person","name":"By JANE DOE, Staff Writer"},{"@type":"Person","name":"John Roe"}],
"publisher":{"@type":"Organization","name":"Springfield Gazette"}}</script></head>
<body><nav><h1>Springfield Gazette</h1></nav><article><h1>Budget approved after heated debate</h1><p>` + para + `</p><p>` + para + `</p></article></body></html>`
	doc, err := extract.HTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Budget approved after heated debate" {
		t.Errorf("title = %q", doc.Title)
	}
	if doc.Author != "Jane Doe and John Roe" {
		t.Errorf("author = %q", doc.Author)
	}
	if got := doc.Published.Format("2006-01-02"); got != "2019-11-18" {
		t.Errorf("published = %s (%v), want the page's own day 2019-11-18", got, doc.Published)
	}
	if strings.HasPrefix(doc.Publisher, "@") {
		t.Errorf("publisher = %q", doc.Publisher)
	}
}

// The day a page shows in its dateline wins over metadata in UTC a day off it; a masthead's
// date of the day, further up, does not count; with no metadata the body's markup is read.
func TestPublishedDay(t *testing.T) {
	cases := []struct{ name, head, body, want string }{
		{"UTC metadata a day after the dateline", `<meta property="article:published_time" content="2019-11-20T04:26:47Z">`,
			`<div>November 20, 2019</div><article><h1>Nelson's goal lifts the Isles in overtime</h1><div>Published 11:26 pm EST, Tuesday, November 19, 2019</div><p>` + para + `</p><p>` + para + `</p></article>`, "2019-11-19"},
		{"time element in the body", ``,
			`<article><h1>Nelson's goal lifts the Isles in overtime</h1><time itemprop="datePublished" datetime="2019-11-20T01:22:37-05:00"></time><p>` + para + `</p><p>` + para + `</p></article>`, "2019-11-20"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := extract.HTML(`<html><head><title>Nelson's goal lifts the Isles in overtime</title>` + c.head + `</head><body>` + c.body + `</body></html>`)
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Published.Format("2006-01-02"); got != c.want {
				t.Errorf("published %s, want %s", got, c.want)
			}
		})
	}
}

// A dateline or a label set in its own inline element runs into the next word unless the
// page's style sets it apart: a capital after its bracket or colon gets a space; words
// split across inline elements stay whole.
func TestLabelsSetApart(t *testing.T) {
	cases := []struct{ html, want string }{
		{`<cite class="source">Hong Kong (CNN Business)</cite>A muddled view of the trade talks weighed on investors again on Tuesday, as markets in Asia were mixed.`,
			"Hong Kong (CNN Business) A muddled view of the trade talks weighed on investors again on Tuesday, as markets in Asia were mixed."},
		{`<strong>Update:</strong>The council has since delayed the vote until next week, a spokeswoman for the mayor said on Tuesday evening.`,
			"Update: The council has since delayed the vote until next week, a spokeswoman for the mayor said on Tuesday evening."},
		{`The <b>Wash</b>ington team (<i>the Nationals</i>)won the final game of the series on Sunday night in front of a full home crowd.`,
			"The Washington team (the Nationals)won the final game of the series on Sunday night in front of a full home crowd."},
	}
	for _, c := range cases {
		doc, err := extract.HTML("<html><head><title>Markets mixed</title></head><body><article><p>" + c.html + "</p><p>" + para + "</p><p>" + para + "</p></article></body></html>")
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Blocks) == 0 || doc.Blocks[0].Text != c.want {
			t.Errorf("got %q, want %q", doc.Blocks[:min(1, len(doc.Blocks))], c.want)
		}
	}
}

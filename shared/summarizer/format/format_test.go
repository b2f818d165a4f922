package format_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/format"
)

func TestDetect(t *testing.T) {
	cases := []struct {
		name, text, file string
		want             format.Format
	}{
		{"doctype", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", "a.txt", format.HTML},
		{"xml prolog xhtml", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>`, "", format.HTML},
		{"fragment of tags", "<div>\n<p>One</p>\n<p>Two</p>\n<p>Three</p>\n<p>Four</p>\n<a href=x>5</a><br><span>6</span><em>7</em></div>", "", format.HTML},
		{"markdown headings and links", "# Title\n\nSome text with a [link](https://example.org).\n\n## Section\n", "a.txt", format.Markdown},
		{"markdown front matter", "---\ntitle: X\ndate: 2024-01-01\n---\nBody text.", "", format.Markdown},
		{"md extension with one signal", "# Title\n\nJust text.", "story.md", format.Markdown},
		{"scrape with dash lines", "- The Washington Times - Monday, December 19, 2022\n\nRussia launched dozens of drones.", "", format.Plain},
		{"plain prose mentioning tags", "The <p> tag starts a paragraph, he said.", "", format.Plain},
		{"bullets are not markdown", "• Mike Glenn can be reached at x@y.com.\n\nBody.", "", format.Plain},
	}
	for _, c := range cases {
		if got := format.Detect(c.text, c.file); got != c.want {
			t.Errorf("%s: Detect = %s, want %s", c.name, got, c.want)
		}
	}
}

package clean_test

import (
	"fmt"
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
)

// A short paragraph that closes a quotation with doubled apostrophes, as some newspapers
// quote (two apostrophes for each mark), is a sentence of the body, not a heading: a heading carries no
// sentences, so its quotation would be lost. A headline that ends on a quoted title, in
// single or doubled marks, stays a heading.
func TestDoubledApostrophesCloseASentence(t *testing.T) {
	story := "For Trump, lessons from a brother\n\n" +
		"It did not work out. While working on Trump Village, Freddy was berated by his father for installing expensive new windows instead of repairing old ones.\n\n" +
		"''For me, it worked very well,'' Mr. Trump said. ''For Fred, it wasn't something that was going to work.''\n\n" +
		"%s\n\n" +
		"As Freddy stumbled, Mr. Trump said, ''I watched him. And I learned from him.'' He went on to build towers across the city, and his brother left the business for good.\n"
	cases := []struct {
		line string
		kind article.BlockKind
	}{
		{"Mr. Oltchick said Freddy had ''complained that he didn't get his appreciation.''", article.Paragraph},
		{"''Is that really so?'' Mr. Oltchick asked his old friend.", article.Paragraph},
		{"Mr. Oltchick asked: ''Is that really so?''", article.Paragraph},
		{"A friend remembers ''the good years.''", article.Paragraph},
		{"Life after 'The Art of the Deal'", article.Heading},
		{"Life after ''The Art of the Deal''", article.Heading},
		{"Years on ''The Apprentice''", article.Heading},
		{"Mr. Oltchick called it ''a terrible waste''", article.Paragraph},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			doc := clean.Text(fmt.Sprintf(story, c.line))
			for _, b := range doc.Blocks {
				if b.Text == c.line {
					if b.Kind != c.kind {
						t.Errorf("kept as %v, want %v", b.Kind, c.kind)
					}
					return
				}
			}
			t.Errorf("lost; kept %+v", doc.Blocks)
		})
	}
}

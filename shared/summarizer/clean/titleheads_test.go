package clean_test

import (
	"fmt"
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
)

// A heading that ends on a title quoted in doubled apostrophes, as newspapers that quote so
// write it, stays a heading; a short paragraph that ends on a quoted phrase in lower case
// closes a quotation.
func TestDoubledApostrophesAroundATitle(t *testing.T) {
	story := "For Trump, lessons from a brother\n\n" +
		"It did not work out. While working on Trump Village, Freddy was berated by his father for installing expensive new windows instead of repairing old ones.\n\n" +
		"''For me, it worked very well,'' Mr. Trump said. ''For Fred, it wasn't something that was going to work.''\n\n" +
		"%s\n\n" +
		"As Freddy stumbled, Mr. Trump said, ''I watched him. And I learned from him.'' He went on to build towers across the city, and his brother left the business for good.\n"
	cases := []struct {
		line string
		kind article.BlockKind
	}{
		{"Life after ''The Art of the Deal''", article.Heading},
		{"Years on ''The Apprentice''", article.Heading},
		{"Mr. Oltchick called it ''a terrible waste''", article.Paragraph},
		{"Mr. Oltchick asked: ''Is that really so?''", article.Paragraph},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			for _, b := range clean.Text(fmt.Sprintf(story, c.line)).Blocks {
				if b.Text == c.line {
					if b.Kind != c.kind {
						t.Errorf("kept as %v, want %v", b.Kind, c.kind)
					}
					return
				}
			}
			t.Errorf("lost")
		})
	}
}

package quotes_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"github.com/precis-news/precis/shared/summarizer/text"
)

func FuzzQuotes(f *testing.F) {
	f.Add("Mr. Putin said: “We will win.”\n\n“It is over,” she said. “Done.\n\n“More.”")
	f.Add(`"a," said B. 'c' ‘d’ «e» „f“ ”g“`)
	f.Add("Added Mr. X, “If”\n\nclosing only” he said.")
	f.Fuzz(func(t *testing.T, s string) {
		var blocks []article.Block
		for _, p := range strings.Split(s, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				blocks = append(blocks, article.Block{Text: p})
			}
		}
		paras := text.Segment(blocks)
		for _, q := range quotes.Extract(paras) {
			if q.Paragraph < 0 || q.Paragraph >= len(paras) {
				t.Fatalf("paragraph %d out of range", q.Paragraph)
			}
			p := paras[q.Paragraph].Text
			if q.Start < 0 || q.End > len(p) || q.Start > q.End || !strings.HasPrefix(p[q.Start:], strings.TrimRight(q.Text, ".")) {
				t.Fatalf("quote %q does not sit at %d-%d of %q", q.Text, q.Start, q.End, p)
			}
			switch q.SpeakerType {
			case quotes.Person, quotes.Organization, quotes.Unknown:
			default:
				t.Fatalf("speaker type %q", q.SpeakerType)
			}
		}
	})
}

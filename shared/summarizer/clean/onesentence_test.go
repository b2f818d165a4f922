package clean_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

// TestOneSentenceParagraphs: many news sites write one sentence per paragraph, and a lead
// crowded with names and numbers has few stopwords. Such sentences are part of the body.
func TestOneSentenceParagraphs(t *testing.T) {
	paras := []string{
		"Manchester United striker Wayne Rooney scored twice as United beat Aston Villa 3-1 at Old Trafford on Saturday.",
		"Rooney opened the scoring after 12 minutes with a low shot from the edge of the area.",
		"Villa equalised through Christian Benteke shortly before half-time, heading in a cross from the right.",
		"The second goal came from a penalty after the Villa goalkeeper brought down Falcao in the box.",
		"Herrera then made it three with a curling shot into the far corner in the final minutes.",
		"Van Gaal said afterwards that he was pleased with the way his team had responded to the setback.",
		"United are now fourth in the table, two points clear of their rivals with eight games left to play.",
	}
	doc := clean.Text(strings.Join(paras, "\n\n"))
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, b.Text)
	}
	for _, p := range paras {
		if !strings.Contains(strings.Join(got, "\n"), p) {
			t.Errorf("dropped %q", p)
		}
	}
}

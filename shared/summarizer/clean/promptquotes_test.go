package clean_test

import (
	"fmt"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

// A prompt in a sentence of its own (a newsletter, a subscription, comments, a commission)
// is boilerplate even when the block also quotes someone; a block whose quoting sentence
// itself mentions a newsletter (its speaker "runs a politics newsletter") is the story's.
func TestPromptBesideAQuotationDropped(t *testing.T) {
	story := "The city council approved the new budget on Monday after a long debate about schools, roads and the future of public transport in the region.\n\n" +
		"“We listened to the families who use the library every day,” said Mayor Ana Torres, who chaired the meeting that ran late into the night.\n\n%s\n\n" +
		"The council will meet again next month to discuss the schedule of the works and the tenders for the new bus lines across the city.\n"
	cases := []struct {
		line string
		kept bool
	}{
		{"“The best newsletter I read,” says one reader. Subscribe to our newsletter today.", false},
		{"“I love it,” a reader said. Click here to subscribe and support our journalism.", false},
		{"“We rely on readers,” said our editor. Comments are closed on this article.", false},
		{"“Great deals,” our editor says. We may earn a commission from links on this page.", false},
		{"“They have got a real problem if they lose here,” said Jon Ralston, who runs a Nevada politics newsletter.", true},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			kept := false
			for _, b := range clean.Text(fmt.Sprintf(story, c.line)).Blocks {
				kept = kept || b.Text == c.line
			}
			if kept != c.kept {
				t.Errorf("kept %v, want %v", kept, c.kept)
			}
		})
	}
}

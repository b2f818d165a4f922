package clean_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/clean"
)

func FuzzClean(f *testing.F) {
	f.Add("- The Times - Monday, December 19, 2022\n\nBy Jo Bloggs\n\nBody text that is long enough to be taken as an article paragraph by the cleaner, with the usual words in it.\n\nSEE ALSO: teaser\n\nCopyright © 2024")
	f.Add("Headline\n\nShort.\n\nAdvertisement\n\n")
	f.Add(strings.Repeat("x ", 500))
	f.Add("\n\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		doc := clean.Text(s)
		squashed := strings.Join(strings.Fields(s), " ")
		for _, b := range doc.Blocks {
			if b.Text == "" || b.Text != strings.TrimSpace(b.Text) {
				t.Fatalf("block %q is empty or untrimmed", b.Text)
			}
			if !strings.Contains(squashed, b.Text) {
				t.Fatalf("block %q is not text of the input", b.Text)
			}
		}
	})
}

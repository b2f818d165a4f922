package article_test

import (
	"testing"

	"github.com/precis-news/precis/shared/article"
)

// TestSummaryPairsQuotationMarks: a quotation over several sentences opens in one and closes
// in another; lifted into a summary, each bullet gets the marks it lacks.
func TestSummaryPairsQuotationMarks(t *testing.T) {
	r := article.Result{Sentences: []article.Sentence{
		{Index: 0, Text: "“He is renowned for his work on bridges.", Rank: 0, Words: 7},
		{Index: 1, Text: "He will be missed by all of us,” the mayor said.", Rank: -1, Words: 10},
		{Index: 2, Text: "We are going to need some help.”", Rank: 1, Words: 7},
		{Index: 3, Text: "The bridge opens on Monday.", Rank: 2, Words: 5},
	}}
	want := []string{"“He is renowned for his work on bridges.”", "“We are going to need some help.”", "The bridge opens on Monday."}
	got := r.Summarize(3, 0)
	if len(got) != len(want) {
		t.Fatalf("summary %+v, want %d sentences", got, len(want))
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("bullet %d = %q, want %q", i, got[i].Text, want[i])
		}
	}
}

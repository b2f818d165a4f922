package keywords_test

import (
	"slices"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/keywords"
)

func TestExtract(t *testing.T) {
	sents := []string{
		"Northshire County Council approved a flood defence plan for Ashby on Tuesday.",
		"The flood defence plan will raise embankments along the River Lean.",
		"Ashby residents said the flood defence plan came too late.",
		"The council will pay for the flood defence plan with a loan.",
		"It was sunny.",
	}
	got := keywords.Extract(sents, 3)
	if len(got) == 0 || len(got) > 3 {
		t.Fatalf("Extract = %q, want 1 to 3 phrases", got)
	}
	if !slices.Contains(got, "flood defence plan") {
		t.Errorf("Extract = %q, want it to include the repeated phrase %q", got, "flood defence plan")
	}
	if slices.Contains(got, "sunny") {
		t.Errorf("Extract = %q holds a one-off word", got)
	}
	if got := keywords.Extract(nil, 5); len(got) != 0 {
		t.Errorf("Extract(nil) = %q", got)
	}
}

// TestPunctuationEndsPhrase: words on either side of a comma, a dash or a bracket are never
// one phrase, however often they recur side by side; a word that attributes speech, or a
// stopword contracted with a verb, is none.
func TestPunctuationEndsPhrase(t *testing.T) {
	sents := []string{
		"Floodwater covered Main Street, ending hopes of an early reopening.",
		"Shops on Main Street, ending a week of closures, opened on Friday.",
		"Main Street, ending at the old harbour, was the worst hit.",
		"Traders on Main Street — harbour traders too — counted the cost.",
		"Main Street (harbour side) was closed to traffic, according to the police.",
		"The harbour master said the road would reopen, according to the council.",
		"Drivers were warned off Main Street, according to a spokesman.",
		"There’ll be no parking on Main Street, and there’ll be fines.",
	}
	got := keywords.Extract(sents, 5)
	if !slices.Contains(got, "Main Street") {
		t.Errorf("Extract = %q, want %q", got, "Main Street")
	}
	for _, k := range got {
		if k == "according" || k == "There’ll" || k == "there’ll" || k == "Main Street ending" || k == "Street ending" || k == "Main Street harbour" || k == "Street harbour" {
			t.Errorf("Extract = %q runs a phrase across punctuation: %q", got, k)
		}
	}
}

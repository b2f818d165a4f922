package eval

import (
	"slices"
	"testing"
)

func TestBaselines(t *testing.T) {
	sents := []string{
		"The council approved the schools budget on Tuesday.",
		"The weather was fine.",
		"The schools budget adds money for teachers and buildings.",
		"Critics said the schools budget was too small for the teachers.",
		"A dog barked.",
	}
	a := Article{ID: "x", Reference: "The council approved the schools budget on Tuesday.\nThe schools budget adds money for teachers and buildings."}
	if got := Lead(a, sents, 2); !slices.Equal(got, []int{0, 1}) {
		t.Errorf("Lead = %v", got)
	}
	r1, r2 := Random(a, sents, 3), Random(a, sents, 3)
	if !slices.Equal(r1, r2) || len(r1) != 3 || !slices.IsSorted(r1) {
		t.Errorf("Random = %v then %v: want the same 3 sorted indexes", r1, r2)
	}
	for name, pick := range map[string]func(Article, []string, int) []int{"TextRank": TextRank, "LexRank": LexRank} {
		got := pick(a, sents, 2)
		if len(got) != 2 || slices.Contains(got, 1) || slices.Contains(got, 4) {
			t.Errorf("%s = %v: picked an off-topic sentence", name, got)
		}
	}
	if got := Oracle(a, sents, 0); !slices.Equal(got, []int{0, 2}) {
		t.Errorf("Oracle = %v, want [0 2] (the reference's own sentences)", got)
	}
	if got := TextRank(a, nil, 3); len(got) != 0 {
		t.Errorf("TextRank of nothing = %v", got)
	}
}

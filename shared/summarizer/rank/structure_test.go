package rank_test

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/rank"
)

// column returns feature name's value for every sentence.
func column(t *testing.T, rows [][]float64, name string) []float64 {
	t.Helper()
	j := slices.Index(append(slices.Clone(rank.FeatureNames), rank.ParagraphFeatureNames...), name)
	if j < 0 {
		t.Fatalf("no feature %q", name)
	}
	out := make([]float64, len(rows))
	for i, x := range rows {
		out[i] = x[j]
	}
	return out
}

// TestParagraphFeatures: the paragraph columns read the article's paragraphing, and the
// overlap centrality favours the long sentence that shares most with the rest.
func TestParagraphFeatures(t *testing.T) {
	ln := math.Log
	cases := []struct {
		name  string
		paras []string
		want  map[string][]float64
	}{
		{
			name: "one sentence per paragraph",
			paras: []string{
				"The council approved the budget on Tuesday.",
				"Critics said the budget leaves roads underfunded.",
				"The mayor defended the budget at a press conference.",
			},
			want: map[string][]float64{
				"para_first":         {1, 1, 1},
				"para_sentences":     {0, 0, 0},
				"sentences_per_para": {1, 1, 1},
				"para_ordinal":       {1, 1.0 / 2, 1.0 / 3},
			},
		},
		{
			name: "a lead and a paragraph of three",
			paras: []string{
				"The council approved the budget on Tuesday.",
				"Critics said the budget leaves roads underfunded. The mayor disagreed. She said roads get more than last year.",
			},
			want: map[string][]float64{
				"para_first":         {1, 1, 0, 0},
				"para_sentences":     {0, ln(3), ln(3), ln(3)},
				"sentences_per_para": {2, 2, 2, 2},
				"para_ordinal":       {1, 0.5, 0.5, 0.5},
			},
		},
	}
	for _, c := range cases {
		rows := rank.Features(rank.Input{Sentences: sentences(c.paras...)})
		for name, want := range c.want {
			got := column(t, rows, name)
			if len(got) != len(want) {
				t.Fatalf("%s: %d sentences, want %d", c.name, len(got), len(want))
			}
			for i := range want {
				if math.Abs(got[i]-want[i]) > 1e-9 {
					t.Errorf("%s: %s = %v, want %v", c.name, name, got, want)
					break
				}
			}
		}
	}
	rows := rank.Features(rank.Input{Sentences: sentences(
		"The council approved the schools budget.",
		"The schools budget approved by the council on Tuesday raises spending on roads, teachers and buses across the city.",
		"Spending on roads and buses rises.",
		"It rained.",
	)})
	overlap := column(t, rows, "overlap_centrality")
	if top := slices.Index(overlap, slices.Max(overlap)); top != 1 || overlap[1] != 1 || overlap[3] != 0 {
		t.Errorf("overlap centrality %v: want the long shared sentence (1) highest at 1, the unrelated one 0", overlap)
	}
}

func TestParagraphGate(t *testing.T) {
	row := func(mean float64) []float64 {
		x := make([]float64, len(rank.FeatureNames)+len(rank.ParagraphFeatureNames))
		x[len(rank.FeatureNames)+slices.Index(rank.ParagraphFeatureNames, "sentences_per_para")] = mean
		return x
	}
	for _, c := range []struct{ mean, want float64 }{
		{1, 0}, {1.2, 0}, {2, 0}, {2.5, 0.5}, {3, 1}, {4.5, 1},
	} {
		if got := rank.ParagraphGate(row(c.mean)); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("gate at %.2f sentences per paragraph = %v, want %v", c.mean, got, c.want)
		}
	}
}

// TestParagraphPartActsOnParagraphsOnly: the committed model's paragraph part leaves an
// article written one sentence per paragraph (as the highlights' training text and its
// validation and test articles are) exactly as the highlights part ranks it, and changes the
// scores of the same sentences written in paragraphs of three.
func TestParagraphPartActsOnParagraphsOnly(t *testing.T) {
	if rank.LearnedModel.Paragraphs == nil || len(rank.LearnedModel.Paragraphs.Trees) == 0 {
		t.Fatal("the committed model has no paragraph part")
	}
	without := *rank.LearnedModel
	without.Paragraphs = nil
	highlightsOnly := rank.DefaultParams
	highlightsOnly.Model = &without
	story := []string{
		"The city council approved a new budget for schools and roads on Tuesday night after a long debate.",
		"Council members debated the budget for four hours before the vote, which passed by seven to two.",
		"Critics said the budget leaves roads underfunded and raises property taxes for a third year.",
		"The mayor defended the plan, saying schools had waited long enough for new buildings.",
		"Teachers' unions welcomed the vote but warned that salaries were still below the state average.",
		"The budget takes effect in July and will be reviewed by the state auditor in the autumn.",
	}
	onePerParagraph := sentences(story...)
	a, b := rank.DefaultParams.Rank(rank.Input{Sentences: onePerParagraph}), highlightsOnly.Rank(rank.Input{Sentences: onePerParagraph})
	if !slices.Equal(a, b) {
		t.Errorf("one sentence per paragraph: ranked %v with the paragraph part, %v without", a, b)
	}
	paragraphed := sentences(strings.Join(story[:3], " "), strings.Join(story[3:], " "))
	a, b = rank.DefaultParams.Rank(rank.Input{Sentences: paragraphed}), highlightsOnly.Rank(rank.Input{Sentences: paragraphed})
	changed := 0
	for i := range a {
		if a[i].Score != b[i].Score {
			changed++
		}
	}
	if changed == 0 {
		t.Errorf("paragraphs of three sentences: the paragraph part changed no score (%v)", a)
	}
}

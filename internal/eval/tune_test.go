package eval_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/shared/summarizer/rank"
)

// TestTuneSearchesTheWeightedSum: the grid's weights only matter without the learned model,
// so every configuration it tries has none.
func TestTuneSearchesTheWeightedSum(t *testing.T) {
	body := strings.Join([]string{
		"The city council approved a new budget for schools and roads on Tuesday night.",
		"Council members debated the budget for schools for four hours before the vote.",
		"Critics said the schools budget leaves roads underfunded and raises local taxes.",
		"The mayor said the roads would be repaired next year with money from the state.",
	}, "\n\n")
	arts := []eval.Article{{ID: "a", Raw: []byte("Council approves budget\n\n" + body), Reference: "The city council approved a new budget for schools and roads on Tuesday night.", RefSentences: 1}}
	g := eval.Grid{Base: rank.DefaultParams, Position: []float64{0.1, 0.4}}
	trials := eval.Tune(arts, g, nil)
	if len(trials) != 2 {
		t.Fatalf("%d trials, want 2", len(trials))
	}
	for _, tr := range trials {
		if tr.Params.Model != nil {
			t.Errorf("configuration %+v ranks with the learned model: its weights would not matter", tr.Params)
		}
	}
}

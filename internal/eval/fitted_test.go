package eval_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/fixture"
)

// TestHalves: the BBC collection splits into two disjoint halves of about half of each
// category, by article path only, and the harness reports on the half the scorer was not
// fitted on.
func TestHalves(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"bbc-news-summary/business/001", "renamed/business/001"},
		{"bbc-news-summary/politics/010", "x/politics/010"},
	} {
		if eval.FittedOn(c.a) != eval.FittedOn(c.b) {
			t.Errorf("%s and %s fall in different halves", c.a, c.b)
		}
	}
	sum := fixture.Path(t, "eval/summarization")
	ds, err := eval.LoadExtractive(filepath.Join(sum, "bbc-news-summary"), 0)
	if err != nil {
		t.Fatal(err)
	}
	fitted, held := eval.Halves(ds)
	if len(fitted.Articles)+len(held.Articles) != len(ds.Articles) {
		t.Fatalf("halves of %d and %d from %d articles", len(fitted.Articles), len(held.Articles), len(ds.Articles))
	}
	perCategory := map[string][2]int{}
	for k, half := range []eval.Dataset{fitted, held} {
		for _, a := range half.Articles {
			if eval.FittedOn(a.ID) != (k == 0) {
				t.Errorf("%s in the wrong half", a.ID)
			}
			cat := strings.Split(a.ID, "/")[1]
			c := perCategory[cat]
			c[k]++
			perCategory[cat] = c
		}
	}
	for cat, c := range perCategory {
		if share := float64(c[0]) / float64(c[0]+c[1]); share < 0.4 || share > 0.6 {
			t.Errorf("%s: %d fitted, %d held out", cat, c[0], c[1])
		}
	}
	sets, err := eval.SummarizationDatasets(sum, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		if s.Highlights {
			continue
		}
		for _, a := range s.Articles {
			if eval.FittedOn(a.ID) {
				t.Fatalf("%s reports %s, which the scorer was fitted on", s.Label(), a.ID)
			}
		}
		if len(s.Articles) != len(held.Articles) || s.Label() != "bbc-news-summary (held-out half)" {
			t.Errorf("%s: %d articles, want the %d held out", s.Label(), len(s.Articles), len(held.Articles))
		}
	}
}

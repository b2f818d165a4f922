package eval_test

import (
	"math"
	"strings"
	"testing"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/fixture"
)

// TestHarnessOnASlice runs the whole harness on a small slice of the evaluation data, so that
// it cannot rot, and pins what the full run shows (docs/evaluation.md) with wide margins.
func TestHarnessOnASlice(t *testing.T) {
	dir := fixture.Path(t, "eval")
	rep, err := eval.Run(eval.Options{EvalDir: dir, Limit: 40})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Summaries) == 0 || len(rep.Extraction) == 0 {
		t.Fatalf("datasets missing from the report: %+v", rep.Skipped)
	}
	score := func(s eval.SummaryReport, method, length string) eval.MethodScores {
		for _, m := range s.Scores {
			if m.Method == method && m.Length == length {
				return m
			}
		}
		t.Fatalf("no %s/%s in the report", method, length)
		return eval.MethodScores{}
	}
	for _, s := range rep.Summaries {
		if s.Failed > 0 {
			t.Errorf("%s: %d articles failed", s.Dataset, s.Failed)
		}
		ours3, lead3 := score(s, "ours", "3"), score(s, "lead", "3")
		if !s.Highlights && (ours3.R1.Mean <= lead3.R1.Mean || ours3.Lsum.Mean <= lead3.Lsum.Mean) {
			t.Errorf("%s: ours at 3 sentences (%.1f) does not beat Lead-3 (%.1f)", s.Dataset, ours3.R1.Mean, lead3.R1.Mean)
		}
		if lead3.KeepsFirst != 1 || len(s.Paired) == 0 || s.Paired[0].Length != "3" {
			t.Errorf("%s: Lead-3 keeps the first sentence in %.2f; paired differences %+v", s.Dataset, lead3.KeepsFirst, s.Paired)
		}
		if d := s.Paired[0].R1.Mean - (ours3.R1.Mean - lead3.R1.Mean); math.Abs(d) > 1e-9 {
			t.Errorf("%s: paired mean differs from the difference of means by %g", s.Dataset, d)
		}
		if strings.HasPrefix(s.Dataset, "cnndm") {
			if oracle := score(s, "oracle", "3"); !s.Highlights || oracle.R1.Mean < lead3.R1.Mean+10 {
				t.Errorf("%s: scored as a highlights set %v; oracle-3 R1 %.1f, Lead-3 %.1f", s.Dataset, s.Highlights, oracle.R1.Mean, lead3.R1.Mean)
			}
			continue // no reference length: the highlights are not article sentences
		}
		oursRef, oracle := score(s, "ours", "ref"), score(s, "oracle", "ref")
		if oursRef.R1.Mean < 66 || oursRef.R1.Mean > oracle.R1.Mean {
			t.Errorf("%s: ours at reference length R1 %.1f, oracle %.1f", s.Dataset, oursRef.R1.Mean, oracle.R1.Mean)
		}
		if ci := oursRef.R1; ci.Lo > ci.Mean || ci.Hi < ci.Mean {
			t.Errorf("confidence interval %+v does not hold its mean", ci)
		}
	}
	html := rep.Extraction[0]
	floor := rep.Extraction[len(rep.Extraction)-1]
	if !strings.HasPrefix(html.Method, "html") || html.F1 < 0.9 || html.F1 <= floor.F1 {
		t.Errorf("HTML extraction F1 %.3f (floor %.3f)", html.F1, floor.F1)
	}
	if len(rep.Quotes) == 0 {
		t.Fatalf("quotation dataset missing from the report: %+v", rep.Skipped)
	}
	for _, q := range rep.Quotes {
		if o := q.Overall; q.Failed > 0 || o.Gold == 0 || o.F1 < 0.9 || o.Precision < 0.93 || o.SpeakerAccuracy < 0.78 {
			t.Errorf("%s: %d failed, quotes %+v", q.Dataset, q.Failed, o)
		}
	}
	var b strings.Builder
	if err := rep.WriteTable(&b, true); err != nil || !strings.Contains(b.String(), "| ours | reference length |") || !strings.Contains(b.String(), "speaker acc") {
		t.Errorf("markdown table: %v\n%s", err, b.String())
	}
}

func TestReferenceSentencesAreSplit(t *testing.T) {
	sets, err := eval.SummarizationDatasets(fixture.Path(t, "eval/summarization"), 50)
	if err != nil || len(sets) == 0 {
		t.Fatalf("datasets: %v", err)
	}
	for _, a := range sets[0].Articles {
		if a.RefSentences < 2 || strings.Count(a.Reference, "\n") != a.RefSentences-1 {
			t.Errorf("%s: %d reference sentences from %q", a.ID, a.RefSentences, a.Reference)
		}
	}
}

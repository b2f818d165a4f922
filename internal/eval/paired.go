package eval

import (
	"fmt"
	"slices"
	"strings"
)

// sourceLead is Lead-3 over the dataset's own sentences rather than our cleaned ones: the
// baseline the datasets' READMEs publish, so that our run can be checked against them and
// what cleaning costs can be seen.
const sourceLead = "lead on the dataset's sentences"

// OracleAt is the greedy oracle stopped at k sentences (oracle-3 in the published tables): the
// labels the learned scorer is fitted on.
func OracleAt(a Article, sents []string, k int) []int { return oracle(a, sents, k) }

// PairedDiff is one method's per-article ROUGE minus Lead's at the same length, averaged,
// with a paired bootstrap interval (articles resampled together for both methods).
type PairedDiff struct {
	Method string `json:"method"`
	Length string `json:"length"`
	R1     Stat   `json:"rouge1"`
	R2     Stat   `json:"rouge2"`
	Lsum   Stat   `json:"rougeLsum"`
}

func paired(method, length string, ours, lead *perArticle) PairedDiff {
	diff := func(a, b []float64) []float64 {
		out := make([]float64, len(a))
		for i := range a {
			out[i] = a[i] - b[i]
		}
		return out
	}
	return PairedDiff{
		Method: method, Length: length,
		R1: bootstrap(diff(ours.r1, lead.r1)), R2: bootstrap(diff(ours.r2, lead.r2)), Lsum: bootstrap(diff(ours.lsum, lead.lsum)),
	}
}

// methodScores are a method's scores over all articles and, when the dataset names more
// than one outlet, over each outlet's.
func methodScores(method, length string, p *perArticle) []MethodScores {
	if len(p.r1) == 0 {
		return nil
	}
	out := []MethodScores{scoresOf(method, length, "", p)}
	var subsets []string
	for _, s := range p.source {
		if s != "" && !slices.Contains(subsets, s) {
			subsets = append(subsets, s)
		}
	}
	if len(subsets) < 2 {
		return out
	}
	slices.Sort(subsets)
	for _, sub := range subsets {
		q := &perArticle{}
		for i, s := range p.source {
			if s == sub {
				q.r1, q.r2, q.lsum = append(q.r1, p.r1[i]), append(q.r2, p.r2[i]), append(q.lsum, p.lsum[i])
				q.first = append(q.first, p.first[i])
			}
		}
		out = append(out, scoresOf(method, length, sub, q))
	}
	return out
}

func scoresOf(method, length, subset string, p *perArticle) MethodScores {
	kept := 0
	for _, f := range p.first {
		if f {
			kept++
		}
	}
	return MethodScores{
		Method: method, Baseline: method != "ours", Length: length, Subset: subset,
		R1: bootstrap(p.r1), R2: bootstrap(p.r2), Lsum: bootstrap(p.lsum),
		KeepsFirst: float64(kept) / float64(len(p.first)),
	}
}

func writePaired(b *strings.Builder, ds []PairedDiff) {
	if len(ds) == 0 {
		return
	}
	b.WriteString("\nOurs minus Lead on the same articles (paired bootstrap, 95%).\n\n| length | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |\n|---|---|---|---|\n")
	for _, d := range ds {
		length := "3 sentences"
		if d.Length == "ref" {
			length = "reference length"
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", length, signed(d.R1), signed(d.R2), signed(d.Lsum))
	}
}

func signed(s Stat) string { return fmt.Sprintf("%+.2f [%+.2f, %+.2f]", s.Mean, s.Lo, s.Hi) }

package rank

import (
	"cmp"
	"math"
	"slices"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// vector is a sparse TF-IDF vector, sorted by term id, with its norm.
type vector struct {
	ids  []int
	w    []float64
	norm float64
}

type vectorSet struct {
	ids map[string]int
	idf []float64
	v   []vector
}

// vectors builds one TF-IDF vector per sentence; document frequency is counted over the
// article's own sentences, as in LexRank.
func vectors(sents []text.Sentence) *vectorSet {
	vs := &vectorSet{ids: map[string]int{}}
	terms := make([][]string, len(sents))
	var df []int
	for i, s := range sents {
		terms[i] = s.Terms
		if terms[i] == nil {
			terms[i] = text.Terms(s.Text)
		}
		seen := map[int]bool{}
		for _, t := range terms[i] {
			id, ok := vs.ids[t]
			if !ok {
				id = len(vs.ids)
				vs.ids[t] = id
				df = append(df, 0)
			}
			if !seen[id] {
				seen[id] = true
				df[id]++
			}
		}
	}
	n := float64(len(sents))
	vs.idf = make([]float64, len(df))
	for id, d := range df {
		vs.idf[id] = math.Log(1 + n/float64(d))
	}
	vs.v = make([]vector, len(sents))
	for i := range sents {
		vs.v[i] = vectorOf(terms[i], vs.idf, vs.ids)
	}
	return vs
}

// vectorOf weights terms by idf; terms the article's sentences lack are dropped.
func vectorOf(terms []string, idf []float64, ids map[string]int) vector {
	tf := map[int]float64{}
	for _, t := range terms {
		if id, ok := ids[t]; ok {
			tf[id]++
		}
	}
	v := vector{ids: make([]int, 0, len(tf)), w: make([]float64, 0, len(tf))}
	for id := range tf {
		v.ids = append(v.ids, id)
	}
	slices.Sort(v.ids)
	for _, id := range v.ids {
		w := (1 + math.Log(tf[id])) * idf[id]
		v.w = append(v.w, w)
		v.norm += w * w
	}
	v.norm = math.Sqrt(v.norm)
	return v
}

// add returns the sum of two vectors.
func (a vector) add(b vector) vector {
	out := vector{}
	i, j := 0, 0
	for i < len(a.ids) || j < len(b.ids) {
		switch {
		case j >= len(b.ids) || (i < len(a.ids) && a.ids[i] < b.ids[j]):
			out.ids, out.w = append(out.ids, a.ids[i]), append(out.w, a.w[i])
			i++
		case i >= len(a.ids) || b.ids[j] < a.ids[i]:
			out.ids, out.w = append(out.ids, b.ids[j]), append(out.w, b.w[j])
			j++
		default:
			out.ids, out.w = append(out.ids, a.ids[i]), append(out.w, a.w[i]+b.w[j])
			i, j = i+1, j+1
		}
	}
	for _, w := range out.w {
		out.norm += w * w
	}
	out.norm = math.Sqrt(out.norm)
	return out
}

func cosine(a, b vector) float64 {
	c, _ := cosineOverlap(a, b)
	return c
}

// cosineOverlap is the cosine of two vectors and the number of terms they share.
func cosineOverlap(a, b vector) (float64, int) {
	if a.norm == 0 || b.norm == 0 {
		return 0, 0
	}
	dot, common := 0.0, 0
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch cmp.Compare(a.ids[i], b.ids[j]) {
		case -1:
			i++
		case 1:
			j++
		default:
			dot += a.w[i] * b.w[j]
			common++
			i, j = i+1, j+1
		}
	}
	return dot / (a.norm * b.norm), common
}

// centrality is position-aware degree centrality: similarity to later sentences counts in
// full, to earlier ones by BackwardWeight. Normalised to [0, 1].
func (p Params) centrality(vs *vectorSet) []float64 {
	n := len(vs.v)
	c := make([]float64, n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n && j-i <= p.Window; j++ {
			s := cosine(vs.v[i], vs.v[j])
			c[i] += s
			c[j] += p.BackwardWeight * s
		}
	}
	top := 0.0
	for _, x := range c {
		top = math.Max(top, x)
	}
	if top > 0 {
		for i := range c {
			c[i] /= top
		}
	}
	return c
}

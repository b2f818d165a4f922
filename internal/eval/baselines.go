package eval

import (
	"cmp"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/precis-news/precis/internal/eval/rouge"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// A Method picks k sentences of an article, returning their indexes in document order.
type Method struct {
	Name string
	// Baseline marks the reference methods the harness compares ours with.
	Baseline bool
	Pick     func(a Article, sents []string, k int) []int
}

// Lead takes the first k sentences.
func Lead(_ Article, sents []string, k int) []int {
	out := make([]int, 0, k)
	for i := 0; i < k && i < len(sents); i++ {
		out = append(out, i)
	}
	return out
}

// Random takes k sentences at random, seeded by the article's id so that runs repeat.
func Random(a Article, sents []string, k int) []int {
	h := fnv.New64a()
	h.Write([]byte(a.ID))
	r := rand.New(rand.NewPCG(h.Sum64(), 7))
	idx := r.Perm(len(sents))
	if k < len(idx) {
		idx = idx[:k]
	}
	slices.Sort(idx)
	return idx
}

// TextRank is the textbook algorithm (Mihalcea and Tarau, 2004): sentences are nodes, edges
// weighted by word overlap normalised by log lengths, ranked by weighted PageRank (d = 0.85).
// A baseline, not our method.
func TextRank(_ Article, sents []string, k int) []int {
	terms := termSets(sents)
	n := len(sents)
	w := make([][]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			li, lj := len(terms[i]), len(terms[j])
			if li < 2 || lj < 2 {
				continue
			}
			common := 0
			for t := range terms[i] {
				if terms[j][t] {
					common++
				}
			}
			s := float64(common) / (math.Log(float64(li)) + math.Log(float64(lj)))
			w[i][j], w[j][i] = s, s
		}
	}
	return topK(pageRank(w), k)
}

// LexRank is the textbook thresholded algorithm (Erkan and Radev, 2004): TF-IDF cosine
// similarity (document frequency over the article's sentences), edges above 0.1, PageRank on
// the degree-normalised graph (d = 0.85). A baseline, not our method.
func LexRank(_ Article, sents []string, k int) []int {
	n := len(sents)
	tfs := make([]map[string]float64, n)
	df := map[string]float64{}
	for i, s := range sents {
		tfs[i] = map[string]float64{}
		for _, t := range text.Terms(s) {
			tfs[i][t]++
		}
		for t := range tfs[i] {
			df[t]++
		}
	}
	norms := make([]float64, n)
	for i, tf := range tfs {
		for t, c := range tf {
			v := c * math.Log(float64(n)/df[t])
			norms[i] += v * v
		}
		norms[i] = math.Sqrt(norms[i])
	}
	w := make([][]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if norms[i] == 0 || norms[j] == 0 {
				continue
			}
			dot := 0.0
			for t, c := range tfs[i] {
				if d, ok := tfs[j][t]; ok {
					idf := math.Log(float64(n) / df[t])
					dot += c * d * idf * idf
				}
			}
			if dot/(norms[i]*norms[j]) > 0.1 {
				w[i][j], w[j][i] = 1, 1
			}
		}
	}
	return topK(pageRank(w), k)
}

// Oracle is the greedy extractive upper bound: it adds the sentence that most raises the mean
// of ROUGE-1 and ROUGE-2 F1 against the reference, until none does. Counts are kept per
// sentence so each step only merges them (bigrams within sentences, as oracles usually do).
func Oracle(a Article, sents []string, _ int) []int { return oracle(a, sents, 0) }

// oracle is Oracle stopped at limit sentences when limit > 0.
func oracle(a Article, sents []string, limit int) []int {
	refTokens := rouge.Tokens(a.Reference)
	ref1, ref2 := counts(refTokens, 1), counts(refTokens, 2)
	n1, n2 := total(ref1), total(ref2)
	c1 := make([]map[string]int, len(sents))
	c2 := make([]map[string]int, len(sents))
	for i, s := range sents {
		t := rouge.Tokens(s)
		c1[i], c2[i] = counts(t, 1), counts(t, 2)
	}
	f := func(overlap, cand, ref int) float64 {
		if overlap == 0 {
			return 0
		}
		p, r := float64(overlap)/float64(cand), float64(overlap)/float64(ref)
		return 2 * p * r / (p + r)
	}
	sel1, sel2 := map[string]int{}, map[string]int{}
	var chosen []int
	best := 0.0
	for {
		pick, pickScore := -1, best
		for i := range sents {
			if slices.Contains(chosen, i) {
				continue
			}
			o1, t1 := gain(sel1, c1[i], ref1)
			o2, t2 := gain(sel2, c2[i], ref2)
			if v := (f(o1, t1, n1) + f(o2, t2, n2)) / 2; v > pickScore {
				pick, pickScore = i, v
			}
		}
		if pick < 0 {
			break
		}
		for g, k := range c1[pick] {
			sel1[g] += k
		}
		for g, k := range c2[pick] {
			sel2[g] += k
		}
		chosen = append(chosen, pick)
		best = pickScore
		if len(chosen) == limit {
			break
		}
	}
	slices.Sort(chosen)
	return chosen
}

func counts(tokens []string, n int) map[string]int {
	m := map[string]int{}
	for i := 0; i+n <= len(tokens); i++ {
		m[strings.Join(tokens[i:i+n], " ")]++
	}
	return m
}

func total(m map[string]int) int {
	t := 0
	for _, k := range m {
		t += k
	}
	return t
}

// gain is the clipped overlap with ref and the size of sel plus add, without building it.
func gain(sel, add, ref map[string]int) (overlap, size int) {
	for g, k := range sel {
		size += k
		overlap += min(k+add[g], ref[g])
	}
	for g, k := range add {
		size += k
		if _, ok := sel[g]; !ok {
			overlap += min(k, ref[g])
		}
	}
	return overlap, size
}

func termSets(sents []string) []map[string]bool {
	out := make([]map[string]bool, len(sents))
	for i, s := range sents {
		out[i] = map[string]bool{}
		for _, t := range text.Terms(s) {
			out[i][t] = true
		}
	}
	return out
}

// pageRank runs weighted PageRank (d = 0.85) on a symmetric weight matrix.
func pageRank(w [][]float64) []float64 {
	n := len(w)
	if n == 0 {
		return nil
	}
	out := make([]float64, n)
	sums := make([]float64, n)
	for i := range w {
		for _, x := range w[i] {
			sums[i] += x
		}
	}
	for i := range out {
		out[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for iter := 0; iter < 100; iter++ {
		delta := 0.0
		for i := 0; i < n; i++ {
			s := 0.0
			for j := 0; j < n; j++ {
				if w[j][i] > 0 && sums[j] > 0 {
					s += w[j][i] / sums[j] * out[j]
				}
			}
			next[i] = 0.15/float64(n) + 0.85*s
			delta += math.Abs(next[i] - out[i])
		}
		out, next = next, out
		if delta < 1e-6 {
			break
		}
	}
	return out
}

// topK returns the indexes of the k highest scores in document order; ties go to the earlier.
func topK(scores []float64, k int) []int {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
	if k < len(idx) {
		idx = idx[:k]
	}
	slices.Sort(idx)
	return idx
}

func join(sents []string, idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = sents[i]
	}
	return strings.Join(parts, "\n")
}

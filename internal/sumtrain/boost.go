package sumtrain

import (
	"math"
	"slices"

	"github.com/precis-news/precis/shared/summarizer/rank"
)

// BoostOptions shape the boosted trees fitted on top of the logistic model.
type BoostOptions struct {
	Trees, Depth int
	// Shrinkage scales each tree's leaves; Lambda regularises them (as in XGBoost).
	Shrinkage, Lambda float64
	// MinHessian is the least total weight a leaf may hold.
	MinHessian float64
	// Bins is how many candidate thresholds each feature gets (from its quantiles).
	Bins int
}

// DefaultBoost is the committed model's setting.
var DefaultBoost = BoostOptions{Trees: 60, Depth: 3, Shrinkage: 0.1, Lambda: 10, MinHessian: 50, Bins: 32}

// Boost adds gradient-boosted trees (logistic loss, second-order leaf values) to m, fitted to
// what m's linear score leaves unexplained. Deterministic: no sampling.
func Boost(m *rank.Model, exs []Example, o BoostOptions) {
	rows, ys := flatten(exs)
	margin := make([]float64, len(rows))
	for r, x := range rows {
		margin[r] = m.Logit(x)
	}
	m.Trees = append(m.Trees, fitTrees(rows, ys, margin, nil, len(rank.FeatureNames), o)...)
}

// fitTrees boosts o.Trees trees on the first d columns of rows, starting from margin (the
// log-odds so far, updated in place). A row's trees count scale[r] times in its log-odds
// (nil: once each), as ParagraphGate scales the paragraph part.
func fitTrees(rows [][]float64, ys, margin, scale []float64, d int, o BoostOptions) []rank.Tree {
	if scale == nil {
		scale = make([]float64, len(rows))
		for r := range scale {
			scale[r] = 1
		}
	}
	var trees []rank.Tree
	// Candidate thresholds per feature and each row's bin.
	cuts := make([][]float64, d)
	bins := make([][]uint8, d)
	for j := range d {
		vals := make([]float64, len(rows))
		for r, x := range rows {
			vals[r] = x[j]
		}
		sorted := slices.Clone(vals)
		slices.Sort(sorted)
		for b := 1; b < o.Bins; b++ {
			c := round(sorted[b*len(sorted)/o.Bins])
			if len(cuts[j]) == 0 || c > cuts[j][len(cuts[j])-1] {
				cuts[j] = append(cuts[j], c)
			}
		}
		bins[j] = make([]uint8, len(rows))
		for r, v := range vals {
			bins[j][r] = uint8(binOf(cuts[j], v))
		}
	}
	g, h := make([]float64, len(rows)), make([]float64, len(rows))
	nodes := 1<<o.Depth - 1
	for range o.Trees {
		for r := range rows {
			p := 1 / (1 + math.Exp(-margin[r]))
			g[r], h[r] = scale[r]*(p-ys[r]), scale[r]*scale[r]*p*(1-p)
		}
		t := rank.Tree{Feature: make([]int, nodes), Threshold: make([]float64, nodes), Leaf: make([]float64, nodes+1)}
		node := make([]int, len(rows)) // every row starts at the root
		for k := 0; k < nodes; k++ {
			t.Feature[k] = -1
			bestGain, bestF, bestB := 0.0, -1, 0
			var gs, hs [256]float64
			for j := 1; j < d; j++ {
				clear(gs[:])
				clear(hs[:])
				G, H := 0.0, 0.0
				for r := range rows {
					if node[r] == k {
						gs[bins[j][r]] += g[r]
						hs[bins[j][r]] += h[r]
						G += g[r]
						H += h[r]
					}
				}
				gl, hl := 0.0, 0.0
				for b := 0; b < len(cuts[j]); b++ {
					gl += gs[b]
					hl += hs[b]
					if hl < o.MinHessian || H-hl < o.MinHessian {
						continue
					}
					gain := gl*gl/(hl+o.Lambda) + (G-gl)*(G-gl)/(H-hl+o.Lambda) - G*G/(H+o.Lambda)
					if gain > bestGain+1e-9 {
						bestGain, bestF, bestB = gain, j, b
					}
				}
			}
			if bestF >= 0 {
				t.Feature[k], t.Threshold[k] = bestF, cuts[bestF][bestB]
			}
			for r := range rows {
				if node[r] != k {
					continue
				}
				if bestF >= 0 && int(bins[bestF][r]) > bestB {
					node[r] = 2*k + 2
				} else {
					node[r] = 2*k + 1
				}
			}
		}
		G, H := make([]float64, nodes+1), make([]float64, nodes+1)
		for r := range rows {
			G[node[r]-nodes] += g[r]
			H[node[r]-nodes] += h[r]
		}
		for l := range t.Leaf {
			t.Leaf[l] = round(-o.Shrinkage * G[l] / (H[l] + o.Lambda))
		}
		for r, x := range rows {
			margin[r] += scale[r] * t.Value(x)
		}
		trees = append(trees, t)
	}
	return trees
}

// binOf is the bin of v: the number of cuts below it (v <= cuts[b] falls in bin b).
func binOf(cuts []float64, v float64) int {
	b, _ := slices.BinarySearch(cuts, v)
	return b
}

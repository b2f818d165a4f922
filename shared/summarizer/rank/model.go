package rank

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Model is a logistic sentence scorer: the probability that a sentence belongs to the summary,
// from standardised features (see FeatureNames). It is fitted by cmd/trainsummarizer
// (docs/evaluation.md gives the command, data and seed) and embedded in the binary.
type Model struct {
	// Features are the names of the columns the model was fitted on.
	Features []string `json:"features"`
	// Mean and Scale standardise each column; Weights apply to the standardised columns.
	Mean    []float64 `json:"mean"`
	Scale   []float64 `json:"scale"`
	Weights []float64 `json:"weights"`
	// Trees are boosted regression trees on the raw features, added to the log-odds: they
	// catch what a linear score cannot (how length matters depends on position, and so on).
	Trees []Tree `json:"trees,omitempty"`
	// Paragraphs, when set, adds to the log-odds in articles written in long paragraphs
	// (ParagraphGate): what text of one sentence per paragraph cannot teach.
	Paragraphs *ParagraphModel `json:"paragraphs,omitempty"`
	// Trained says how the model was made: data, seed, command, and what it scored.
	Trained map[string]string `json:"trained"`
}

// ErrModel reports a stored model that cannot be used.
var ErrModel = errors.New("summarize: invalid model")

// LoadModel decodes and checks a model written by Model.Marshal.
func LoadModel(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	if !slices.Equal(m.Features, FeatureNames) {
		return nil, fmt.Errorf("%w: fitted on features %v, this build computes %v", ErrModel, m.Features, FeatureNames)
	}
	n := len(FeatureNames)
	if len(m.Mean) != n || len(m.Scale) != n || len(m.Weights) != n {
		return nil, fmt.Errorf("%w: %d features but %d means, %d scales, %d weights", ErrModel, n, len(m.Mean), len(m.Scale), len(m.Weights))
	}
	for _, t := range m.Trees {
		if err := t.check(n); err != nil {
			return nil, err
		}
	}
	if err := m.Paragraphs.check(); err != nil {
		return nil, err
	}
	for i := range n {
		if bad(m.Mean[i]) || bad(m.Scale[i]) || m.Scale[i] <= 0 || bad(m.Weights[i]) {
			return nil, fmt.Errorf("%w: column %s", ErrModel, FeatureNames[i])
		}
	}
	return &m, nil
}

func bad(x float64) bool { return math.IsNaN(x) || math.IsInf(x, 0) }

// Marshal encodes the model as LoadModel reads it.
func (m *Model) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return nil, fmt.Errorf("summarize: %w", err)
	}
	return append(b, '\n'), nil
}

// Logit is the model's log-odds for one feature row (as Features computes it).
func (m *Model) Logit(x []float64) float64 {
	z := 0.0
	for i, w := range m.Weights {
		z += w * (x[i] - m.Mean[i]) / m.Scale[i]
	}
	for i := range m.Trees {
		z += m.Trees[i].Value(x)
	}
	if m.Paragraphs != nil {
		z += m.Paragraphs.Logit(x)
	}
	return z
}

// ParagraphModel is the part of a Model that reads paragraphing: boosted trees over every
// column (FeatureNames, then ParagraphFeatureNames), fitted on articles with real paragraphs
// after the rest of the model, whose sum is scaled by ParagraphGate. Articles written one
// sentence per paragraph, like the highlights' training text, are ranked exactly as without it.
type ParagraphModel struct {
	// Features are the names of the paragraph columns the trees were fitted with.
	Features []string `json:"features"`
	Trees    []Tree   `json:"trees"`
	// Trained says how the part was made: data, seed, command, and what it scored.
	Trained map[string]string `json:"trained"`
}

// Logit is the paragraph part's addition to the log-odds for one feature row.
func (p *ParagraphModel) Logit(x []float64) float64 {
	g := ParagraphGate(x)
	if g == 0 {
		return 0
	}
	z := 0.0
	for i := range p.Trees {
		z += p.Trees[i].Value(x)
	}
	return g * z
}

func (p *ParagraphModel) check() error {
	if p == nil {
		return nil
	}
	if !slices.Equal(p.Features, ParagraphFeatureNames) {
		return fmt.Errorf("%w: paragraph part fitted on %v, this build computes %v", ErrModel, p.Features, ParagraphFeatureNames)
	}
	for _, t := range p.Trees {
		if err := t.check(len(FeatureNames) + len(ParagraphFeatureNames)); err != nil {
			return err
		}
	}
	return nil
}

// Score is the model's probability for one feature vector.
func (m *Model) Score(x []float64) float64 { return 1 / (1 + math.Exp(-m.Logit(x))) }

//go:embed model.json
var embeddedModel []byte

// LearnedModel is the embedded model, decoded once at start (a few milliseconds of CPU
// for 106 KB of JSON: BenchmarkLoadModel).
var LearnedModel = func() *Model {
	m, err := LoadModel(embeddedModel)
	if err != nil {
		panic(err) // the embedded file is checked by the package's tests
	}
	return m
}()

// Tree is a complete binary regression tree: internal node k sends x left (to 2k+1) when
// x[Feature[k]] <= Threshold[k], right (2k+2) otherwise; a node with Feature -1 does not
// split and sends everything left. Leaves are numbered after the internal nodes.
type Tree struct {
	Feature   []int     `json:"feature"`
	Threshold []float64 `json:"threshold"`
	Leaf      []float64 `json:"leaf"`
}

// Value is the tree's output for x.
func (t *Tree) Value(x []float64) float64 {
	feature, threshold := t.Feature, t.Threshold[:len(t.Feature)]
	k := 0
	for k < len(feature) {
		if f := feature[k]; f < 0 || x[f] <= threshold[k] {
			k = 2*k + 1
		} else {
			k = 2*k + 2
		}
	}
	return t.Leaf[k-len(feature)]
}

func (t Tree) check(features int) error {
	if len(t.Threshold) != len(t.Feature) || len(t.Leaf) != len(t.Feature)+1 {
		return fmt.Errorf("%w: a tree of %d nodes has %d thresholds and %d leaves", ErrModel, len(t.Feature), len(t.Threshold), len(t.Leaf))
	}
	for k, f := range t.Feature {
		if f >= features || f < -1 || bad(t.Threshold[k]) {
			return fmt.Errorf("%w: tree node %d splits on column %d", ErrModel, k, f)
		}
	}
	for _, v := range t.Leaf {
		if bad(v) {
			return fmt.Errorf("%w: tree leaf %v", ErrModel, v)
		}
	}
	return nil
}

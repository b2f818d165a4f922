// Package sumtrain fits the summarizer's sentence scorer (rank.Model): each training
// article's sentences are labelled by the greedy ROUGE oracle at three sentences against the
// article's human-written highlights, a logistic regression with an L2 penalty is fitted to
// those labels by Newton's method, and boosted trees are fitted to what it leaves. The model's
// paragraph part (rank.ParagraphModel) is then boosted on the half of an extractive
// collection with real paragraphs (BBC) that eval.FittedOn marks, each sentence graded by its
// ROUGE-2 against the reference. Everything is deterministic: the same data and seed give the same
// weights, byte for byte.
package sumtrain

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/eval/rouge"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/rank"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// Options configure a training run.
type Options struct {
	// Seed chooses the held-out articles.
	Seed uint64
	// HoldOut is the share of articles kept out of the fit to report on (0.1).
	HoldOut float64
	// L2 is the penalty on the standardised weights (the bias is not penalised).
	L2 float64
	// Limit caps the articles read (0: all).
	Limit int
	// Boost adds boosted trees to the logistic model (Trees 0: none).
	Boost BoostOptions
	// Extractive, when set, is a collection whose articles keep their paragraphs and whose
	// references are article sentences (BBC): the half eval.FittedOn marks fits the
	// paragraph part, a share HoldOut of it (by Seed) held out to report on.
	Extractive string
	// Paragraphs shape the paragraph part's trees (Trees 0: none).
	Paragraphs BoostOptions
}

// DefaultOptions are those of the committed model.
var DefaultOptions = Options{Seed: 13, HoldOut: 0.1, L2: 1, Boost: DefaultBoost, Paragraphs: DefaultParagraphs}

// DefaultParagraphs is the committed paragraph part's setting.
var DefaultParagraphs = BoostOptions{Trees: 200, Depth: 3, Shrinkage: 0.1, Lambda: 10, MinHessian: 10, Bins: 32}

// ErrNoData reports a training folder with nothing to learn from.
var ErrNoData = errors.New("sumtrain: no training articles")

// Example is one article ready to fit and score: its ranker input, sentence texts and word
// counts, oracle labels and reference.
type Example struct {
	Article eval.Article
	Input   rank.Input
	Sents   []string
	Words   []int
	Labels  []bool
	X       [][]float64
}

// Prepare reads articles as the pipeline does (clean, segment, quotes), computes their
// features and labels each sentence by the greedy oracle at three sentences.
func Prepare(arts []eval.Article) []Example {
	var out []Example
	for _, a := range arts {
		in, err := eval.RankerInput(a)
		if err != nil || len(in.Sentences) == 0 {
			continue
		}
		ex := Example{Article: a, Input: in, Labels: make([]bool, len(in.Sentences))}
		for _, s := range in.Sentences {
			ex.Sents = append(ex.Sents, s.Text)
			ex.Words = append(ex.Words, text.CountWords(s.Text))
		}
		for _, i := range eval.OracleAt(a, ex.Sents, 3) {
			ex.Labels[i] = true
		}
		ex.X = rank.Features(in)
		out = append(out, ex)
	}
	return out
}

// Split divides examples into fit and held-out sets by a seeded shuffle.
func Split(exs []Example, seed uint64, holdOut float64) (fit, held []Example) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	perm := r.Perm(len(exs))
	nHeld := int(math.Round(holdOut * float64(len(exs))))
	for k, i := range perm {
		if k < nHeld {
			held = append(held, exs[i])
		} else {
			fit = append(fit, exs[i])
		}
	}
	return fit, held
}

// Fit fits the logistic scorer to the examples' labels.
func Fit(exs []Example, l2 float64) (*rank.Model, error) {
	d := len(rank.FeatureNames)
	rows, ys := flatten(exs)
	if len(rows) == 0 {
		return nil, ErrNoData
	}
	m := &rank.Model{Features: rank.FeatureNames, Mean: make([]float64, d), Scale: make([]float64, d), Weights: make([]float64, d)}
	for j := range d {
		s, ss := 0.0, 0.0
		for _, x := range rows {
			s += x[j]
			ss += x[j] * x[j]
		}
		n := float64(len(rows))
		m.Mean[j] = s / n
		m.Scale[j] = math.Sqrt(max(ss/n-m.Mean[j]*m.Mean[j], 0))
		if m.Scale[j] < 1e-9 || j == 0 {
			// The bias column (and any constant one) is left as is: standardising it would
			// zero it.
			m.Mean[j], m.Scale[j] = 0, 1
		}
	}
	z := make([]float64, d)
	for iter := 0; iter < 30; iter++ {
		grad := make([]float64, d)
		hess := make([][]float64, d)
		for j := range hess {
			hess[j] = make([]float64, d)
		}
		for r, x := range rows {
			for j := range d {
				z[j] = (x[j] - m.Mean[j]) / m.Scale[j]
			}
			p := 1 / (1 + math.Exp(-dot(m.Weights, z)))
			g, h := p-ys[r], p*(1-p)
			for j := range d {
				grad[j] += g * z[j]
				for k := j; k < d; k++ {
					hess[j][k] += h * z[j] * z[k]
				}
			}
		}
		for j := range d {
			for k := 0; k < j; k++ {
				hess[j][k] = hess[k][j]
			}
			if j > 0 {
				grad[j] += l2 * m.Weights[j]
				hess[j][j] += l2
			}
		}
		step, err := solve(hess, grad)
		if err != nil {
			return nil, err
		}
		change := 0.0
		for j := range d {
			m.Weights[j] -= step[j]
			change = max(change, math.Abs(step[j]))
		}
		if change < 1e-7 {
			break
		}
	}
	for j := range d {
		m.Weights[j] = round(m.Weights[j])
		m.Mean[j] = round(m.Mean[j])
		m.Scale[j] = round(m.Scale[j])
	}
	return m, nil
}

// round keeps 9 significant digits, so that the stored weights read the same on every
// platform and a rebuilt model compares equal.
func round(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 9, 64), 64)
	return v
}

// flatten lists every sentence's features and label (1 or 0) across the examples.
func flatten(exs []Example) (rows [][]float64, ys []float64) {
	for _, ex := range exs {
		for i, x := range ex.X {
			rows = append(rows, x)
			ys = append(ys, b2f(ex.Labels[i]))
		}
	}
	return rows, ys
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// solve solves a x = b for a symmetric positive definite a by Gaussian elimination with
// partial pivoting.
func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	m := make([][]float64, n)
	for i := range m {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if math.Abs(m[p][c]) < 1e-12 {
			return nil, fmt.Errorf("sumtrain: singular system at column %d", c)
		}
		m[c], m[p] = m[p], m[c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k <= n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := m[r][n]
		for k := r + 1; k < n; k++ {
			s -= m[r][k] * x[k]
		}
		x[r] = s / m[r][r]
	}
	return x, nil
}

// Scores are mean ROUGE F1 (×100) at three sentences.
type Scores struct{ R1, R2, Lsum float64 }

func (s Scores) String() string { return fmt.Sprintf("%.2f/%.2f/%.2f", s.R1, s.R2, s.Lsum) }

// Evaluate scores a ranker's three-sentence summaries and Lead-3's on the examples.
func Evaluate(exs []Example, p rank.Params) (ours, lead Scores) {
	for _, ex := range exs {
		idx := article.Select(rank.Ranks(p.Rank(ex.Input)), ex.Words, 3, 0)
		ours.add(rouge.Score(pick(ex.Sents, idx), ex.Article.Reference), len(exs))
		lead.add(rouge.Score(pick(ex.Sents, eval.Lead(ex.Article, ex.Sents, 3)), ex.Article.Reference), len(exs))
	}
	return ours, lead
}

// add adds one of n articles' ROUGE to the mean.
func (s *Scores) add(r rouge.Scores, n int) {
	s.R1 += 100 * r.R1.F / float64(n)
	s.R2 += 100 * r.R2.F / float64(n)
	s.Lsum += 100 * r.Lsum.F / float64(n)
}

func pick(sents []string, idx []int) string {
	out := ""
	for k, i := range idx {
		if k > 0 {
			out += "\n"
		}
		out += sents[i]
	}
	return out
}

// Train reads the training folder, fits on all but the held-out articles and reports on
// those. log receives progress and the held-out figures.
func Train(dir string, opts Options, log io.Writer) (*rank.Model, error) {
	ds, err := eval.LoadHighlights(dir, opts.Limit)
	if err != nil {
		return nil, err
	}
	exs := Prepare(ds.Articles)
	if len(exs) == 0 {
		return nil, fmt.Errorf("%w in %s", ErrNoData, dir)
	}
	fit, held := Split(exs, opts.Seed, opts.HoldOut)
	fmt.Fprintf(log, "%d articles: %d fitted, %d held out (seed %d)\n", len(exs), len(fit), len(held), opts.Seed)
	m, err := Fit(fit, opts.L2)
	if err != nil {
		return nil, err
	}
	if opts.Boost.Trees > 0 {
		Boost(m, fit, opts.Boost)
	}
	p := rank.DefaultParams
	p.Model = m
	ours, lead := Evaluate(held, p)
	fmt.Fprintf(log, "held out, 3 sentences: ours %s, Lead-3 %s\n", ours, lead)
	m.Trained = map[string]string{
		"data":          ds.Name + " (" + strconv.Itoa(len(exs)) + " articles)",
		"labels":        "greedy oracle at 3 sentences (mean ROUGE-1/2 F1) against the highlights",
		"seed":          strconv.FormatUint(opts.Seed, 10),
		"held_out":      strconv.Itoa(len(held)),
		"l2":            strconv.FormatFloat(opts.L2, 'g', -1, 64),
		"trees":         fmt.Sprintf("%+v", opts.Boost),
		"held_out_ours": ours.String(),
		"held_out_lead": lead.String(),
		"command":       "go run ./cmd/trainsummarizer",
	}
	if opts.Extractive != "" && opts.Paragraphs.Trees > 0 {
		if err := FitParagraphs(m, opts, log); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// FitParagraphs fits m's paragraph part (replacing any) on the fitted half of
// opts.Extractive, starting from the rest of m, and reports on the articles of that half it
// holds out. Articles whose gate is 0 (one sentence per paragraph) would teach it nothing.
func FitParagraphs(m *rank.Model, opts Options, log io.Writer) error {
	ds, err := eval.LoadExtractive(opts.Extractive, opts.Limit)
	if err != nil {
		return err
	}
	half, _ := eval.Halves(ds)
	exs := Prepare(half.Articles)
	if len(exs) == 0 {
		return fmt.Errorf("%w in %s", ErrNoData, opts.Extractive)
	}
	fit, held := Split(exs, opts.Seed, opts.HoldOut)
	fmt.Fprintf(log, "%s: %d articles: %d fitted, %d held out (seed %d)\n", half.Label(), len(exs), len(fit), len(held), opts.Seed)
	m.Paragraphs = nil
	p := rank.DefaultParams
	p.Model = m
	before := EvaluateExtractive(held, p)
	rows, _ := flatten(fit)
	ys := referenceTargets(fit)
	margin, scale := make([]float64, len(rows)), make([]float64, len(rows))
	for r, x := range rows {
		margin[r], scale[r] = m.Logit(x), rank.ParagraphGate(x)
	}
	d := len(rank.FeatureNames) + len(rank.ParagraphFeatureNames)
	part := &rank.ParagraphModel{Features: rank.ParagraphFeatureNames, Trees: fitTrees(rows, ys, margin, scale, d, opts.Paragraphs)}
	m.Paragraphs = part
	after := EvaluateExtractive(held, p)
	fmt.Fprintf(log, "held out, without the paragraph part: %s\nheld out, with it: %s\n", before, after)
	part.Trained = map[string]string{
		"data":              half.Label() + ", " + strconv.Itoa(len(exs)) + " articles",
		"labels":            "each sentence's ROUGE-2 F1 against the reference, over the article's highest",
		"seed":              strconv.FormatUint(opts.Seed, 10),
		"held_out":          strconv.Itoa(len(held)),
		"trees":             fmt.Sprintf("%+v", opts.Paragraphs),
		"held_out_ours":     after.Ours.String(),
		"held_out_lead":     after.Lead.String(),
		"held_out_textrank": after.TextRank.String(),
		"command":           "go run ./cmd/trainsummarizer (this part alone: -base shared/summarizer/rank/model.json)",
	}
	return nil
}

// referenceTargets are soft labels, in flatten's order: each sentence's ROUGE-2 F1 against
// its article's reference, over the article's highest. Where the reference is made of the
// article's own sentences, they grade every sentence, where the oracle's three labels mark a
// few and leave the rest, many of them in the reference too, at 0.
func referenceTargets(exs []Example) []float64 {
	var ys []float64
	for _, ex := range exs {
		at := len(ys)
		top := 0.0
		for _, snt := range ex.Sents {
			f := rouge.Score(snt, ex.Article.Reference).R2.F
			ys = append(ys, f)
			top = max(top, f)
		}
		if top > 0 {
			for i := at; i < len(ys); i++ {
				ys[i] /= top
			}
		}
	}
	return ys
}

// ExtractiveScores are three-sentence scores on articles whose references are article
// sentences, with the share of our summaries that keep the first sentence.
type ExtractiveScores struct {
	Ours, Lead, TextRank Scores
	KeepsFirst           float64
}

// String gives the scores on one line, as the training log prints them.
func (e ExtractiveScores) String() string {
	return fmt.Sprintf("ours %s (keeps the first sentence in %.0f%%), Lead-3 %s, TextRank %s", e.Ours, 100*e.KeepsFirst, e.Lead, e.TextRank)
}

// EvaluateExtractive scores a ranker, Lead-3 and TextRank at three sentences.
func EvaluateExtractive(exs []Example, p rank.Params) ExtractiveScores {
	var e ExtractiveScores
	e.Ours, e.Lead = Evaluate(exs, p)
	for _, ex := range exs {
		e.TextRank.add(rouge.Score(pick(ex.Sents, eval.TextRank(ex.Article, ex.Sents, 3)), ex.Article.Reference), len(exs))
		if slices.Contains(article.Select(rank.Ranks(p.Rank(ex.Input)), ex.Words, 3, 0), 0) {
			e.KeepsFirst += 1 / float64(len(exs))
		}
	}
	return e
}

// Report prints a model's and Lead-3's three-sentence scores on a highlights folder, overall
// and per outlet. It reads the folder only to report: nothing is fitted on it.
func Report(dir string, m *rank.Model, log io.Writer) error {
	ds, err := eval.LoadHighlights(dir, 0)
	if err != nil {
		return err
	}
	exs := Prepare(ds.Articles)
	p := rank.DefaultParams
	p.Model = m
	bySource := map[string][]Example{"all": exs}
	for _, ex := range exs {
		bySource[ex.Article.Source] = append(bySource[ex.Article.Source], ex)
	}
	for _, src := range []string{"all", "cnn", "dm"} {
		if len(bySource[src]) == 0 {
			continue
		}
		ours, lead := Evaluate(bySource[src], p)
		fmt.Fprintf(log, "%s %s (%d): ours %s, Lead-3 %s\n", ds.Name, src, len(bySource[src]), ours, lead)
	}
	return nil
}

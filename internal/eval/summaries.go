package eval

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"time"

	"github.com/precis-news/precis/internal/eval/rouge"
	"github.com/precis-news/precis/shared/summarizer"
	"github.com/precis-news/precis/shared/summarizer/rank"
)

// Stat is a mean with its 95% bootstrap confidence interval, in ROUGE points (0-100).
type Stat struct {
	Mean float64 `json:"mean"`
	Lo   float64 `json:"ci95_lo"`
	Hi   float64 `json:"ci95_hi"`
}

// MethodScores are one method's ROUGE F1 at one summary length.
type MethodScores struct {
	Method   string `json:"method"`
	Baseline bool   `json:"baseline"`
	// Length is "3" (three sentences) or "ref" (as many sentences as the reference).
	Length string `json:"length"`
	R1     Stat   `json:"rouge1"`
	R2     Stat   `json:"rouge2"`
	Lsum   Stat   `json:"rougeLsum"`
	// Subset is the outlet the scores are restricted to ("" for the whole dataset).
	Subset string `json:"subset,omitempty"`
	// KeepsFirst is the share of summaries that contain the article's first sentence.
	KeepsFirst float64 `json:"keeps_first_sentence"`
}

// Speed is how fast a method runs, single-threaded.
type Speed struct {
	Method            string  `json:"method"`
	Measures          string  `json:"measures"`
	ArticlesPerSecond float64 `json:"articles_per_second_per_core"`
	MeanNs            float64 `json:"mean_ns_per_article"`
	P99Ns             float64 `json:"p99_ns_per_article"`
	AllocsPerArticle  float64 `json:"allocs_per_article"`
}

// SummaryReport is the evaluation of one summarisation dataset.
type SummaryReport struct {
	Dataset string `json:"dataset"`
	// Highlights marks references written by people, scored at three sentences only.
	Highlights bool           `json:"highlights"`
	Articles   int            `json:"articles"`
	Failed     int            `json:"failed"`
	Scores     []MethodScores `json:"scores"`
	// Paired are ours minus Lead at each length, per article, with bootstrap intervals.
	Paired []PairedDiff `json:"paired_vs_lead"`
	Speed  []Speed      `json:"speed"`
}

// Methods are the baselines every run compares ours with.
var Methods = []Method{
	{Name: "lead", Baseline: true, Pick: Lead},
	{Name: "random", Baseline: true, Pick: Random},
	{Name: "textrank", Baseline: true, Pick: TextRank},
	{Name: "lexrank", Baseline: true, Pick: LexRank},
	{Name: "oracle", Baseline: true, Pick: Oracle},
}

type perArticle struct {
	r1, r2, lsum []float64
	first        []bool
	source       []string
}

func (p *perArticle) add(s rouge.Scores, picked []int, source string) {
	p.r1 = append(p.r1, 100*s.R1.F)
	p.r2 = append(p.r2, 100*s.R2.F)
	p.lsum = append(p.lsum, 100*s.Lsum.F)
	p.first = append(p.first, len(picked) > 0 && picked[0] == 0)
	p.source = append(p.source, source)
}

// Summaries evaluates our summarizer (with params, nil for the defaults) and the baselines on
// a dataset, at three sentences and at the reference's length.
func Summaries(ds Dataset, params *rank.Params) (SummaryReport, error) {
	rep := SummaryReport{Dataset: ds.Label(), Highlights: ds.Highlights}
	names := []string{"ours"}
	for _, m := range Methods {
		names = append(names, m.Name)
	}
	lengths := []string{"3", "ref"}
	if ds.Highlights {
		lengths = []string{"3"}
		names = append(names, sourceLead)
	}
	scores := map[string]map[string]*perArticle{}
	for _, n := range names {
		scores[n] = map[string]*perArticle{"3": {}, "ref": {}}
	}
	timings := map[string][]time.Duration{}
	type prepared struct {
		a     Article
		sents []string
	}
	var ready []prepared
	for _, a := range ds.Articles {
		start := time.Now()
		res, err := summarizer.Process(context.Background(), a.Raw, summarizer.Options{Summarizer: params})
		timings["ours"] = append(timings["ours"], time.Since(start))
		if err != nil {
			rep.Failed++
			continue
		}
		sents := make([]string, len(res.Sentences))
		for i, s := range res.Sentences {
			sents[i] = s.Text
		}
		ready = append(ready, prepared{a, sents})
		if ds.Highlights {
			scores[sourceLead]["3"].add(rouge.Score(join(a.SourceSentences, Lead(a, a.SourceSentences, 3)), a.Reference), []int{0}, a.Source)
		}
		for _, length := range lengths {
			k := 3
			if length == "ref" {
				k = a.RefSentences
			}
			var idx []int
			for _, s := range res.Summarize(k, 0) {
				idx = append(idx, s.SentenceIndex)
			}
			scores["ours"][length].add(rouge.Score(join(sents, idx), a.Reference), idx, a.Source)
			for _, m := range Methods {
				pick := m.Pick
				if m.Name == "oracle" && length == "3" {
					if !ds.Highlights {
						continue // the oracle chooses its own length
					}
					pick = OracleAt // published as oracle-3
				}
				start := time.Now()
				picked := pick(a, sents, k)
				if length == lengths[len(lengths)-1] {
					timings[m.Name] = append(timings[m.Name], time.Since(start))
				}
				scores[m.Name][length].add(rouge.Score(join(sents, picked), a.Reference), picked, a.Source)
			}
		}
		rep.Articles++
	}
	// Allocations in a pass of their own: reading memory statistics stops the world, which
	// would distort the timings above.
	allocs := map[string]float64{}
	allocs["ours"] = allocsPer(len(ds.Articles), func() {
		for _, a := range ds.Articles {
			_, _ = summarizer.Process(context.Background(), a.Raw, summarizer.Options{Summarizer: params})
		}
	})
	k := func(a Article) int { return a.RefSentences }
	if ds.Highlights {
		k = func(Article) int { return 3 }
	}
	for _, m := range Methods {
		allocs[m.Name] = allocsPer(len(ready), func() {
			for _, p := range ready {
				m.Pick(p.a, p.sents, k(p.a))
			}
		})
	}
	if rep.Articles == 0 {
		return rep, fmt.Errorf("eval: %s: no article could be scored", ds.Name)
	}
	for _, n := range names {
		for _, length := range lengths {
			rep.Scores = append(rep.Scores, methodScores(n, length, scores[n][length])...)
		}
		measures := "sentence selection on segmented text"
		if n == "ours" {
			measures = "whole pipeline: decode, clean, segment, summarise, quotes, keywords"
		}
		if n != sourceLead {
			rep.Speed = append(rep.Speed, speedOf(n, measures, timings[n], allocs[n]))
		}
	}
	for _, length := range lengths {
		rep.Paired = append(rep.Paired, paired("ours", length, scores["ours"][length], scores["lead"][length]))
	}
	return rep, nil
}

func allocsPer(n int, run func()) float64 {
	if n == 0 {
		return 0
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	run()
	runtime.ReadMemStats(&after)
	return float64(after.Mallocs-before.Mallocs) / float64(n)
}

func speedOf(name, measures string, ts []time.Duration, allocs float64) Speed {
	if len(ts) == 0 {
		return Speed{Method: name, Measures: measures}
	}
	var total time.Duration
	for _, t := range ts {
		total += t
	}
	sorted := slices.Clone(ts)
	slices.Sort(sorted)
	p99 := sorted[min(len(sorted)-1, len(sorted)*99/100)]
	return Speed{
		Method: name, Measures: measures,
		ArticlesPerSecond: float64(len(ts)) / total.Seconds(),
		MeanNs:            float64(total.Nanoseconds()) / float64(len(ts)),
		P99Ns:             float64(p99.Nanoseconds()),
		AllocsPerArticle:  allocs,
	}
}

// bootstrap returns the mean of xs and the 2.5th and 97.5th percentiles of the means of 1,000
// resamples (fixed seed: the same data gives the same interval).
func bootstrap(xs []float64) Stat {
	mean := func(v []float64) float64 {
		s := 0.0
		for _, x := range v {
			s += x
		}
		return s / float64(len(v))
	}
	r := rand.New(rand.NewPCG(1, 2))
	means := make([]float64, 1000)
	sample := make([]float64, len(xs))
	for b := range means {
		for i := range sample {
			sample[i] = xs[r.IntN(len(xs))]
		}
		means[b] = mean(sample)
	}
	slices.Sort(means)
	return Stat{Mean: mean(xs), Lo: means[25], Hi: means[974]}
}

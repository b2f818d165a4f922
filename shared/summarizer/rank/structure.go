package rank

import "math"

// ParagraphFeatureNames name the columns that follow FeatureNames in a feature row: the
// article's paragraphing and a length-sensitive centrality. Training text written one
// sentence per paragraph holds the paragraph columns constant and so cannot teach them; only
// the model's paragraph part (ParagraphModel) reads them, and only in articles written in
// paragraphs of several sentences (ParagraphGate).
var ParagraphFeatureNames = []string{
	"para_first", "para_sentences", "sentences_per_para", "para_ordinal", "overlap_centrality",
}

// sentencesPerPara is the column ParagraphGate reads.
var sentencesPerPara = len(FeatureNames) + 2

// The paragraph part counts in full from gateFull sentences per paragraph (on average over the
// article), not at all up to gateFrom. Its training articles (BBC) average 3.7 (nine in ten
// above 2.9): it is trusted where they lie. CNN/DailyMail text, one sentence per paragraph,
// reads at most about 1.3 (where the segmenter splits a line in two), and news pages written
// in short paragraphs about 1.7 at the median: there the highlights' lesson, that the lead
// matters most, stands alone.
const gateFrom, gateFull = 2, 3

// ParagraphGate is how much the paragraph part of a model counts for a sentence, from its
// feature row (as Features computes it): 0 in articles written one sentence per paragraph
// (they rank exactly as without it), 1 in articles of real paragraphs, linear in between, by
// the article's mean sentences per paragraph.
func ParagraphGate(x []float64) float64 {
	return min(1, max(0, (x[sentencesPerPara]-gateFrom)/(gateFull-gateFrom)))
}

// paragraphing is, per sentence, whether it opens its paragraph, how many sentences that
// paragraph holds and the paragraph's place; and the article's mean sentences per paragraph.
type paragraphing struct {
	opens   []bool
	size    []int
	ordinal []int // 0 for the first paragraph
	mean    float64
}

func paragraphsOf(in Input) paragraphing {
	n := len(in.Sentences)
	p := paragraphing{opens: make([]bool, n), size: make([]int, n), ordinal: make([]int, n)}
	paras, start := 0, 0
	for i := 0; i <= n; i++ {
		if i < n && i > 0 && in.Sentences[i].Paragraph == in.Sentences[i-1].Paragraph {
			p.ordinal[i] = paras - 1
			continue
		}
		for k := start; k < i; k++ { // a paragraph ends before i
			p.size[k] = i - start
		}
		if i < n {
			p.opens[i] = true
			p.ordinal[i] = paras
			paras++
			start = i
		}
	}
	if paras > 0 {
		p.mean = float64(n) / float64(paras)
	}
	return p
}

// fill writes sentence i's paragraph columns (len(ParagraphFeatureNames)) into x.
func (p paragraphing) fill(i int, overlap float64, x []float64) {
	x[0] = indicator(p.opens[i])
	x[1] = math.Log(float64(p.size[i]))
	x[2] = p.mean
	x[3] = 1 / (1 + float64(p.ordinal[i]))
	x[4] = overlap
}

// logLengths are the logs of the sentences' numbers of distinct terms, as TextRank's edge
// weight reads them; 0 for sentences of fewer than two terms, which get no edges.
func logLengths(vs *vectorSet) []float64 {
	out := make([]float64, len(vs.v))
	for i, v := range vs.v {
		if len(v.ids) >= 2 {
			out[i] = math.Log(float64(len(v.ids)))
		}
	}
	return out
}

// overlapEdge is TextRank's edge weight (Mihalcea and Tarau, 2004): shared terms over the sum
// of the log lengths. Unlike the cosine it grows with length, so that long sentences that
// share much with the rest rank high.
func overlapEdge(common int, logA, logB float64) float64 {
	if logA == 0 || logB == 0 {
		return 0
	}
	return float64(common) / (logA + logB)
}

package rank

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// FeatureNames name the columns of Features, in order. A stored model lists the names it was
// fitted on, and loading refuses a model whose names differ.
var FeatureNames = []string{
	"bias",
	"first", "second", "third", "fourth", "pos4to6", "pos7to10",
	"inv_position", "rel_position", "log_sentences",
	"log_words", "short", "long",
	"centrality", "mean_similarity", "sim_first", "sim_opening", "sim_document",
	"novelty", "numbers", "capitals", "quote_share", "quote_only", "opens_quote",
	"pronoun_start", "question", "colon_end", "fragment",
	"first_x_log_sentences", "centrality_x_rel_position", "log_words_x_first",
}

// Features computes, per sentence, the feature vector the learned scorer reads: the columns
// FeatureNames name, then those ParagraphFeatureNames name. The first come from the sentences
// alone (their order, words and similarities) and the quote shares: no headline and no
// paragraph breaks, which the highlights' training text (one sentence per paragraph, no
// headline) cannot teach; the paragraph columns are read by the model's paragraph part only.
func Features(in Input) [][]float64 {
	return features(in, vectors(in.Sentences), nil, DefaultParams.Window)
}

// pairStats are the similarity statistics features read, computed in one pass over the pairs
// of sentences within a window.
type pairStats struct {
	degree  []float64 // sum of similarities to all others
	prevMax []float64 // highest similarity to an earlier sentence
	overlap []float64 // sum of TextRank's edge weights to all others
}

func pairs(vs *vectorSet, window int) pairStats {
	n := len(vs.v)
	ps := pairStats{degree: make([]float64, n), prevMax: make([]float64, n), overlap: make([]float64, n)}
	logLen := logLengths(vs)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n && j-i <= window; j++ {
			s, common := cosineOverlap(vs.v[i], vs.v[j])
			ps.degree[i] += s
			ps.degree[j] += s
			ps.prevMax[j] = max(ps.prevMax[j], s)
			o := overlapEdge(common, logLen[i], logLen[j])
			ps.overlap[i] += o
			ps.overlap[j] += o
		}
	}
	return ps
}

// features fills the feature matrix; words may be nil (then counted here).
func features(in Input, vs *vectorSet, words []int, window int) [][]float64 {
	n := len(in.Sentences)
	ps := pairs(vs, window)
	top, topOverlap := 0.0, 0.0
	for i, d := range ps.degree {
		top = max(top, d)
		topOverlap = max(topOverlap, ps.overlap[i])
	}
	paras := paragraphsOf(in)
	// The document and opening as dense vectors over the article's terms.
	doc := make([]float64, len(vs.idf))
	opening := make([]float64, len(vs.idf))
	for i, v := range vs.v {
		for k, id := range v.ids {
			doc[id] += v.w[k]
			if i < 3 {
				opening[id] += v.w[k]
			}
		}
	}
	docNorm, openNorm := norm(doc), norm(opening)
	logN := math.Log(1 + float64(n))
	rows := make([][]float64, n)
	d := len(FeatureNames) + len(ParagraphFeatureNames)
	flat := make([]float64, n*d)
	for i, s := range in.Sentences {
		x := flat[i*d : (i+1)*d]
		w := 0
		if words != nil {
			w = words[i]
		} else {
			w = text.CountWords(s.Text)
		}
		logW := math.Log(1 + float64(w))
		rel := 0.0
		if n > 1 {
			rel = float64(i) / float64(n-1)
		}
		cent := 0.0
		if top > 0 {
			cent = ps.degree[i] / top
		}
		meanSim := 0.0
		if n > 1 {
			meanSim = ps.degree[i] / float64(min(n-1, 2*window))
		}
		simFirst := 0.0
		if i > 0 {
			simFirst = cosine(vs.v[i], vs.v[0])
		}
		quote := 0.0
		if in.QuoteShare != nil {
			quote = in.QuoteShare[i]
		}
		nums, caps := shapes(s.Text)
		first := indicator(i == 0)
		copy(x, []float64{
			1,
			first, indicator(i == 1), indicator(i == 2), indicator(i == 3),
			indicator(i >= 4 && i <= 6), indicator(i >= 7 && i <= 10),
			1 / (1 + float64(i)), rel, logN,
			logW, indicator(w < 10), indicator(w > 45),
			cent, meanSim, simFirst, dense(vs.v[i], opening, openNorm), dense(vs.v[i], doc, docNorm),
			1 - ps.prevMax[i], math.Min(float64(nums), 3) / 3, caps, quote, indicator(quote > 0.9), indicator(opensQuote(s.Text)),
			indicator(pronounStart(s.Text)), indicator(strings.Contains(s.Text, "?")), indicator(strings.HasSuffix(strings.TrimSpace(s.Text), ":")), indicator(fragment(s.Text)),
			first * logN, cent * rel, logW * first,
		})
		overlap := 0.0
		if topOverlap > 0 {
			overlap = ps.overlap[i] / topOverlap
		}
		paras.fill(i, overlap, x[len(FeatureNames):])
		rows[i] = x
	}
	return rows
}

func indicator(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func norm(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

// dense is the cosine of a sparse vector with a dense one of norm dn.
func dense(a vector, d []float64, dn float64) float64 {
	if a.norm == 0 || dn == 0 {
		return 0
	}
	dot := 0.0
	for k, id := range a.ids {
		dot += a.w[k] * d[id]
	}
	return dot / (a.norm * dn)
}

// shapes counts the words with a digit and the share of words after the first that are
// capitalised (names, places, organisations).
func shapes(s string) (nums int, caps float64) {
	words := text.WordsAsWritten(s)
	c := 0
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			nums++
		} else if k > 0 && unicode.IsUpper(r) {
			c++
		}
	}
	if len(words) > 1 {
		caps = float64(c) / float64(len(words)-1)
	}
	return nums, caps
}

func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("\"“‘'", r)
}

// pronounStart marks sentences that lean on an earlier one for their subject.
func pronounStart(s string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(s, "\"“‘' "), " ")
	switch strings.ToLower(strings.Trim(w, ",")) {
	case "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "their", "its", "but", "and", "also", "however":
		return true
	}
	return false
}

package eval

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/precis-news/precis/shared/summarizer"
)

// QuoteArticle is one article of a quotation dataset with its gold quotations.
type QuoteArticle struct {
	ID        string      `json:"id"`
	Publisher string      `json:"publisher"`
	Quotes    []GoldQuote `json:"quotes"`
	// DontCare are quoted passages that are not attributions (titles, scare quotes): neither
	// a hit nor a miss.
	DontCare []GoldQuote `json:"dontcare"`
	Raw      []byte      `json:"-"`
}

// GoldQuote is one hand-marked quotation.
type GoldQuote struct {
	Text    string `json:"text"`
	Partial bool   `json:"partial"`
	Speaker string `json:"speaker"`
	// SpeakerKeys are the lower-case head words of the speaker's name; empty when unknown.
	SpeakerKeys []string `json:"speaker_keys"`
}

// QuoteDatasets finds every quotation dataset under dir (../shared/eval/quotes): folders
// with a gold.jsonl and articles/. At most limit articles each (0: all), spread evenly.
func QuoteDatasets(dir string, limit int) (map[string][]QuoteArticle, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	out := map[string][]QuoteArticle{}
	for _, e := range entries {
		root := filepath.Join(dir, e.Name())
		if !e.IsDir() || !exists(filepath.Join(root, "gold.jsonl")) {
			continue
		}
		arts, err := loadQuoteArticles(root, limit)
		if err != nil {
			return nil, err
		}
		out[e.Name()] = arts
	}
	return out, nil
}

func loadQuoteArticles(root string, limit int) ([]QuoteArticle, error) {
	f, err := os.Open(filepath.Join(root, "gold.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	var all []QuoteArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var a QuoteArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", root, err)
		}
		all = append(all, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: %s: %w", root, err)
	}
	slices.SortFunc(all, func(a, b QuoteArticle) int { return cmp.Compare(a.ID, b.ID) })
	if limit > 0 && limit < len(all) {
		kept := make([]QuoteArticle, 0, limit)
		for i := 0; i < limit; i++ {
			kept = append(kept, all[i*len(all)/limit])
		}
		all = kept
	}
	for i := range all {
		raw, err := os.ReadFile(filepath.Join(root, "articles", all[i].ID+".txt"))
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		all[i].Raw = raw
	}
	return all, nil
}

// FoundQuote is a quotation the product returned, as scored.
type FoundQuote struct {
	Text, Speaker string
}

// QuoteScores are the figures of one set of articles.
type QuoteScores struct {
	Name      string  `json:"name"`
	Articles  int     `json:"articles"`
	Gold      int     `json:"gold"`
	Found     int     `json:"found"` // found quotations, those matching a don't-care passage left out
	Matched   int     `json:"matched"`
	Exact     int     `json:"exact"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	ExactF1   float64 `json:"exact_f1"`
	// SpeakerScored counts matched quotations whose gold speaker is known; SpeakerRight those
	// whose found speaker shares a head word with it (blank is wrong).
	SpeakerScored   int     `json:"speaker_scored"`
	SpeakerRight    int     `json:"speaker_right"`
	SpeakerBlank    int     `json:"speaker_blank"`
	SpeakerAccuracy float64 `json:"speaker_accuracy"`
	GoldFull        int     `json:"gold_full"`
	GoldPartial     int     `json:"gold_partial"`
	RecallFull      float64 `json:"recall_full"`
	RecallPartial   float64 `json:"recall_partial"`
	// GoldPartial3 counts the partial quotations of three words or more, which the product
	// is held to find as well as full statements; RecallPartial3 is their recall.
	GoldPartial3    int     `json:"gold_partial3"`
	RecallPartial3  float64 `json:"recall_partial3"`
	matchedFull     int
	matchedPartial  int
	matchedPartial3 int
}

func (s *QuoteScores) add(o QuoteScores) {
	s.Articles += o.Articles
	s.Gold += o.Gold
	s.Found += o.Found
	s.Matched += o.Matched
	s.Exact += o.Exact
	s.SpeakerScored += o.SpeakerScored
	s.SpeakerRight += o.SpeakerRight
	s.SpeakerBlank += o.SpeakerBlank
	s.GoldFull += o.GoldFull
	s.GoldPartial += o.GoldPartial
	s.matchedFull += o.matchedFull
	s.matchedPartial += o.matchedPartial
	s.GoldPartial3 += o.GoldPartial3
	s.matchedPartial3 += o.matchedPartial3
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *QuoteScores) finish() {
	s.Precision, s.Recall = ratio(s.Matched, s.Found), ratio(s.Matched, s.Gold)
	s.F1 = f1(s.Precision, s.Recall)
	s.ExactF1 = f1(ratio(s.Exact, s.Found), ratio(s.Exact, s.Gold))
	s.SpeakerAccuracy = ratio(s.SpeakerRight, s.SpeakerScored)
	s.RecallFull, s.RecallPartial = ratio(s.matchedFull, s.GoldFull), ratio(s.matchedPartial, s.GoldPartial)
	s.RecallPartial3 = ratio(s.matchedPartial3, s.GoldPartial3)
}

// QuoteArticleResult is the scoring of one article, with its errors to read.
type QuoteArticleResult struct {
	ID        string      `json:"id"`
	Publisher string      `json:"publisher"`
	Scores    QuoteScores `json:"scores"`
	// Errors lists each miss, false quotation and wrong speaker, one line each.
	Errors []string `json:"errors"`
}

// QuoteReport is the evaluation of one quotation dataset.
type QuoteReport struct {
	Dataset string `json:"dataset"`
	Failed  int    `json:"failed"`
	// All, then the even- and odd-indexed halves (tune on one, check on the other).
	Overall      QuoteScores          `json:"overall"`
	Halves       []QuoteScores        `json:"halves"`
	ByPublisher  []QuoteScores        `json:"by_publisher"`
	Worst        []QuoteArticleResult `json:"worst"`
	articleLevel []QuoteArticleResult
}

// WorstQuoteArticles is how many articles a report lists with their errors.
const WorstQuoteArticles = 10

// Quotes runs the pipeline on every article and scores its quotations against the gold ones
// by the dataset's rules: a found quotation matches a gold one when they share at least 30%
// of the tokens of the longer, one to one.
func Quotes(name string, arts []QuoteArticle) QuoteReport {
	rep := QuoteReport{Dataset: name}
	halves := []QuoteScores{{Name: "even-indexed articles"}, {Name: "odd-indexed articles"}}
	pubs := map[string]*QuoteScores{}
	for i, a := range arts {
		res, err := summarizer.Process(context.Background(), a.Raw, summarizer.Options{Name: a.ID + ".txt"})
		var found []FoundQuote
		if err != nil {
			rep.Failed++
		} else {
			for _, q := range res.Quotes {
				found = append(found, FoundQuote{Text: q.Text, Speaker: q.Speaker})
			}
		}
		r := ScoreQuotes(a, found)
		if err != nil {
			r.Errors = append([]string{"failed: " + err.Error()}, r.Errors...)
		}
		rep.articleLevel = append(rep.articleLevel, r)
		rep.Overall.add(r.Scores)
		halves[i%2].add(r.Scores)
		p := pubs[a.Publisher]
		if p == nil {
			p = &QuoteScores{Name: a.Publisher}
			pubs[a.Publisher] = p
		}
		p.add(r.Scores)
	}
	rep.Overall.Name = "all"
	rep.Overall.finish()
	for i := range halves {
		halves[i].finish()
	}
	rep.Halves = halves
	for _, p := range pubs {
		p.finish()
		rep.ByPublisher = append(rep.ByPublisher, *p)
	}
	slices.SortFunc(rep.ByPublisher, func(a, b QuoteScores) int { return cmp.Compare(a.Name, b.Name) })
	worst := slices.Clone(rep.articleLevel)
	slices.SortStableFunc(worst, func(a, b QuoteArticleResult) int { return cmp.Compare(len(b.Errors), len(a.Errors)) })
	rep.Worst = worst[:min(WorstQuoteArticles, len(worst))]
	return rep
}

// Articles returns the per-article results of the report, in dataset order.
func (r QuoteReport) Articles() []QuoteArticleResult { return r.articleLevel }

// quoteTokens are the lower-case word tokens of s, punctuation dropped.
func quoteTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// overlap is the share of the tokens of the longer of a and b that both hold.
func overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, t := range a {
		count[t]++
	}
	shared := 0
	for _, t := range b {
		if count[t] > 0 {
			count[t]--
			shared++
		}
	}
	return float64(shared) / float64(max(len(a), len(b)))
}

// MatchThreshold is the share of shared tokens from which a found quotation matches.
const MatchThreshold = 0.3

// minPartialWords is the fewest words of the partial quotations the product is held to find
// as well as full statements; shorter ones are often scare quotes ("criminals").
const minPartialWords = 3

// ScoreQuotes scores the quotations found in one article.
func ScoreQuotes(a QuoteArticle, found []FoundQuote) QuoteArticleResult {
	res := QuoteArticleResult{ID: a.ID, Publisher: a.Publisher}
	s := &res.Scores
	s.Articles = 1
	s.Gold = len(a.Quotes)
	gt := make([][]string, len(a.Quotes))
	for i, g := range a.Quotes {
		gt[i] = quoteTokens(g.Text)
		if g.Partial {
			s.GoldPartial++
			if len(gt[i]) >= minPartialWords {
				s.GoldPartial3++
			}
		} else {
			s.GoldFull++
		}
	}
	ft := make([][]string, len(found))
	for i, f := range found {
		ft[i] = quoteTokens(f.Text)
	}
	type pair struct {
		f, g int
		o    float64
	}
	var pairs []pair
	for i := range found {
		for j := range a.Quotes {
			if o := overlap(ft[i], gt[j]); o >= MatchThreshold {
				pairs = append(pairs, pair{i, j, o})
			}
		}
	}
	slices.SortStableFunc(pairs, func(x, y pair) int { return cmp.Compare(y.o, x.o) })
	fm, gm := make([]int, len(found)), make([]int, len(a.Quotes))
	for i := range fm {
		fm[i] = -1
	}
	for i := range gm {
		gm[i] = -1
	}
	for _, p := range pairs {
		if fm[p.f] < 0 && gm[p.g] < 0 {
			fm[p.f], gm[p.g] = p.g, p.f
		}
	}
	for i, f := range found {
		j := fm[i]
		if j < 0 {
			dontCare := false
			for _, d := range a.DontCare {
				dontCare = dontCare || overlap(ft[i], quoteTokens(d.Text)) >= MatchThreshold
			}
			if !dontCare {
				s.Found++
				res.Errors = append(res.Errors, fmt.Sprintf("false: %q (%s)", clip(f.Text), f.Speaker))
			}
			continue
		}
		s.Found++
		s.Matched++
		g := a.Quotes[j]
		if g.Partial {
			s.matchedPartial++
			if len(gt[j]) >= minPartialWords {
				s.matchedPartial3++
			}
		} else {
			s.matchedFull++
		}
		if slices.Equal(ft[i], gt[j]) {
			s.Exact++
		}
		if len(g.SpeakerKeys) == 0 {
			continue
		}
		s.SpeakerScored++
		if SpeakerMatches(f.Speaker, g.SpeakerKeys) {
			s.SpeakerRight++
			continue
		}
		if strings.TrimSpace(f.Speaker) == "" {
			s.SpeakerBlank++
		}
		res.Errors = append(res.Errors, fmt.Sprintf("speaker: got %q want %q: %q", f.Speaker, g.Speaker, clip(g.Text)))
	}
	for j, g := range a.Quotes {
		if gm[j] < 0 {
			kind := "full"
			if g.Partial {
				kind = "partial"
			}
			res.Errors = append(res.Errors, fmt.Sprintf("miss (%s): %q (%s)", kind, clip(g.Text), g.Speaker))
		}
	}
	s.finish()
	return res
}

// SpeakerMatches reports whether a found speaker shares a head word with the gold keys.
func SpeakerMatches(found string, keys []string) bool {
	for _, t := range quoteTokens(found) {
		for _, k := range keys {
			if t == strings.ToLower(k) {
				return true
			}
		}
	}
	return false
}

func clip(s string) string {
	if r := []rune(s); len(r) > 90 {
		return string(r[:87]) + "..."
	}
	return s
}

func (r QuoteReport) write(b *strings.Builder, markdown bool) {
	b.WriteString("Quotation P/R/F1 at 30% token overlap (one to one), exact-match F1, speaker accuracy over matched quotations with a known gold speaker (blank counts as wrong), recall by kind.\n\n")
	b.WriteString("| articles | gold | found | P | R | F1 | exact F1 | speaker acc | blank | R full | R partial | R partial, 3+ words |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	rows := append([]QuoteScores{r.Overall}, r.Halves...)
	rows = append(rows, r.ByPublisher...)
	for _, s := range rows {
		fmt.Fprintf(b, "| %s (%d) | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %.3f | %.3f | %.3f |\n",
			s.Name, s.Articles, s.Gold, s.Found, s.Precision, s.Recall, s.F1, s.ExactF1, s.SpeakerAccuracy, s.SpeakerBlank, s.RecallFull, s.RecallPartial, s.RecallPartial3)
	}
	fmt.Fprintf(b, "\nWorst %d articles (most errors):\n", len(r.Worst))
	for _, w := range r.Worst {
		fmt.Fprintf(b, "\n%s (%s): F1 %.2f, speaker %d/%d\n", w.ID, w.Publisher, w.Scores.F1, w.Scores.SpeakerRight, w.Scores.SpeakerScored)
		if markdown {
			b.WriteString("\n")
		}
		for _, e := range w.Errors {
			fmt.Fprintf(b, "- %s\n", e)
		}
	}
}

package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
	"github.com/precis-news/precis/shared/summarizer/clean"
	"github.com/precis-news/precis/shared/summarizer/extract"
)

// Page is one page of the HTML extraction benchmark with its hand-checked body.
type Page struct {
	ID, HTML, Body string
}

// ExtractionPages reads the benchmark under dir (../shared/eval/html-extraction): at most
// limit pages (0: all), in id order.
func ExtractionPages(dir string, limit int) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("eval: ground truth: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	ids = spread(ids, limit)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("eval: %s: %w", id, err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", id, err)
		}
		pages = append(pages, Page{ID: id, HTML: string(b), Body: truth[id].ArticleBody})
	}
	return pages, nil
}

// ShingleF1 is the benchmark's measure: precision, recall and F1 of the set of word 4-grams
// of got against those of want.
func ShingleF1(got, want string) (p, r, f float64) {
	g, w := shingles(got), shingles(want)
	if len(g) == 0 && len(w) == 0 {
		return 1, 1, 1
	}
	common := 0
	for s := range g {
		if w[s] {
			common++
		}
	}
	if len(g) > 0 {
		p = float64(common) / float64(len(g))
	}
	if len(w) > 0 {
		r = float64(common) / float64(len(w))
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func shingles(s string) map[string]bool {
	words := strings.Fields(s)
	out := make(map[string]bool, len(words))
	for i := 0; i+4 <= len(words); i++ {
		out[strings.Join(words[i:i+4], " ")] = true
	}
	return out
}

// ExtractionReport scores one way of getting article text out of the pages.
type ExtractionReport struct {
	Method    string  `json:"method"`
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	MeanMs    float64 `json:"mean_ms_per_page"`
	P99Ms     float64 `json:"p99_ms_per_page"`
}

// Extraction scores three ways on the pages: our HTML reader; our plain-text cleaner on the
// page as a naive scraper saves it (all visible text, one block per line); and that scrape
// uncleaned, the floor. The clock times only the way itself: the scrape a way reads is made
// before it starts, and one page is read first, untimed, so that the figures are those of a
// warm process (its first page pays for compiling the patterns, which the cold-start
// figures in docs/evaluation.md report).
func Extraction(pages []Page) []ExtractionReport {
	scrape := func(p Page) string { return NaiveScrape(p.HTML) }
	page := func(p Page) string { return p.HTML }
	ways := []struct {
		name  string
		input func(p Page) string
		run   func(p Page, in string) string
	}{
		{"html: pipeline reader (readability + our blocks and filters)", page, func(p Page, in string) string {
			doc, _, _, err := summarizer.Read([]byte(in), p.ID+".html")
			if err != nil {
				return ""
			}
			return blocksText(doc.Blocks)
		}},
		{"scraped text: our cleaner", scrape, func(_ Page, in string) string { return blocksText(clean.Text(in).Blocks) }},
		{"scraped text: uncleaned (floor)", scrape, func(_ Page, in string) string { return in }},
	}
	var out []ExtractionReport
	for _, w := range ways {
		rep := ExtractionReport{Method: w.name, Pages: len(pages)}
		// Every input is made, and the garbage of making it collected, before the clock
		// starts: a scrape made between two timed pages left the collector work to finish
		// on the next page's time.
		inputs := make([]string, len(pages))
		for i, p := range pages {
			inputs[i] = w.input(p)
		}
		if len(pages) > 0 {
			w.run(pages[0], inputs[0]) // warm-up, untimed
		}
		runtime.GC()
		times := make([]time.Duration, len(pages))
		outputs := make([]string, len(pages))
		for i, p := range pages {
			start := time.Now()
			outputs[i] = w.run(p, inputs[i])
			times[i] = time.Since(start)
		}
		for i, p := range pages {
			pr, rc, f := ShingleF1(outputs[i], p.Body)
			rep.Precision += pr
			rep.Recall += rc
			rep.F1 += f
		}
		if n := float64(len(pages)); n > 0 {
			rep.Precision /= n
			rep.Recall /= n
			rep.F1 /= n
			var total time.Duration
			for _, t := range times {
				total += t
			}
			slices.Sort(times)
			rep.MeanMs = float64(total.Microseconds()) / 1000 / n
			rep.P99Ms = float64(times[min(len(times)-1, len(times)*99/100)].Microseconds()) / 1000
		}
		out = append(out, rep)
	}
	return out
}

// NaiveScrape is the page as a naive scraper saves it: every visible block of text, one per
// line, navigation and footers included, like the sample article.
func NaiveScrape(page string) string {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return ""
	}
	var b bytes.Buffer
	for _, bl := range extract.Blocks(root) {
		b.WriteString(bl.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

func blocksText(blocks []article.Block) string {
	parts := make([]string, len(blocks))
	for i, b := range blocks {
		parts[i] = b.Text
	}
	return strings.Join(parts, "\n\n")
}

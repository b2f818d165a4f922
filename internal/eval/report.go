package eval

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/precis-news/precis/shared/summarizer"
	"github.com/precis-news/precis/shared/summarizer/rank"
)

// Report is one run of the whole evaluation.
type Report struct {
	AlgorithmVersion string             `json:"algorithm_version"`
	Command          string             `json:"command"`
	Machine          string             `json:"machine"`
	GoVersion        string             `json:"go_version"`
	Summaries        []SummaryReport    `json:"summarization"`
	Extraction       []ExtractionReport `json:"html_extraction"`
	Quotes           []QuoteReport      `json:"quotes"`
	Cleaning         *CleaningReport    `json:"cleaning,omitempty"`
	// Skipped says which datasets were absent.
	Skipped []string `json:"skipped"`
}

// Options choose what Run reads.
type Options struct {
	// EvalDir is the folder with summarization/ and html-extraction/ (../shared/eval).
	EvalDir string
	// Limit caps the articles per dataset and the pages (0: all).
	Limit int
	// Params overrides the summarizer's weights (nil: the defaults).
	Params  *rank.Params
	Command string
}

// Run evaluates everything found under opts.EvalDir, skipping what is absent with a message.
func Run(opts Options) (Report, error) {
	rep := Report{AlgorithmVersion: summarizer.AlgorithmVersion, Command: opts.Command, Machine: machine(), GoVersion: runtime.Version()}
	sumDir := filepath.Join(opts.EvalDir, "summarization")
	if exists(sumDir) {
		sets, err := SummarizationDatasets(sumDir, opts.Limit)
		if err != nil {
			return rep, err
		}
		for _, ds := range sets {
			r, err := Summaries(ds, opts.Params)
			if err != nil {
				return rep, err
			}
			rep.Summaries = append(rep.Summaries, r)
		}
	} else {
		rep.Skipped = append(rep.Skipped, "summarization: "+sumDir+" is absent")
	}
	htmlDir := filepath.Join(opts.EvalDir, "html-extraction")
	if exists(htmlDir) {
		pages, err := ExtractionPages(htmlDir, opts.Limit)
		if err != nil {
			return rep, err
		}
		rep.Extraction = Extraction(pages)
		c := Cleaning(pages)
		rep.Cleaning = &c
	} else {
		rep.Skipped = append(rep.Skipped, "html-extraction: "+htmlDir+" is absent")
	}
	quoteDir := filepath.Join(opts.EvalDir, "quotes")
	if exists(quoteDir) {
		sets, err := QuoteDatasets(quoteDir, opts.Limit)
		if err != nil {
			return rep, err
		}
		for _, name := range slices.Sorted(maps.Keys(sets)) {
			rep.Quotes = append(rep.Quotes, Quotes(name, sets[name]))
		}
	} else {
		rep.Skipped = append(rep.Skipped, "quotes: "+quoteDir+" is absent")
	}
	return rep, nil
}

func machine() string {
	cpu := ""
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	return fmt.Sprintf("%s/%s, %d cores, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpu)
}

// WriteTable writes the report for a person; markdown makes it a Markdown document.
func (r Report) WriteTable(w io.Writer, markdown bool) error {
	var b strings.Builder
	h := func(s string) {
		if markdown {
			b.WriteString("\n## " + s + "\n\n")
		} else {
			b.WriteString("\n" + s + "\n\n")
		}
	}
	if markdown {
		b.WriteString("# Evaluation\n\n")
	}
	fmt.Fprintf(&b, "Algorithm %s · Go %s · %s\n", r.AlgorithmVersion, r.GoVersion, r.Machine)
	if r.Command != "" {
		fmt.Fprintf(&b, "\nProduced by: `%s`\n", r.Command)
	}
	for _, s := range r.Summaries {
		h(fmt.Sprintf("Summaries: %s (%d articles, %d failed)", s.Dataset, s.Articles, s.Failed))
		b.WriteString("ROUGE F1 (×100), mean and 95% bootstrap interval. Baselines are textbook versions written in the harness.\n\n")
		b.WriteString("| method | length | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | keeps 1st |\n|---|---|---|---|---|---|\n")
		for _, m := range s.Scores {
			name := m.Method
			if m.Baseline {
				name += " (baseline)"
			}
			if m.Subset != "" {
				name += ", " + m.Subset + " only"
			}
			length := "3 sentences"
			if m.Length == "ref" {
				length = "reference length"
				if m.Method == "oracle" {
					length = "oracle's own"
				}
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %.0f%% |\n", name, length, stat(m.R1), stat(m.R2), stat(m.Lsum), 100*m.KeepsFirst)
		}
		writePaired(&b, s.Paired)
		b.WriteString("\nSpeed, one core.\n\n| method | measures | articles/s | mean µs | p99 µs | allocs/article |\n|---|---|---|---|---|---|\n")
		for _, sp := range s.Speed {
			fmt.Fprintf(&b, "| %s | %s | %.0f | %.0f | %.0f | %.0f |\n", sp.Method, sp.Measures, sp.ArticlesPerSecond, sp.MeanNs/1e3, sp.P99Ns/1e3, sp.AllocsPerArticle)
		}
	}
	if len(r.Extraction) > 0 {
		h(fmt.Sprintf("HTML extraction and cleaning (%d pages)", r.Extraction[0].Pages))
		b.WriteString("Word 4-gram (shingle) precision, recall and F1 against the hand-checked bodies, averaged per page. Time: one pass, each way alone (every scrape is made before the clock starts), after one untimed page; `go test ./internal/eval -bench CleanScrapes` measures the cleaner over many passes.\n\n")
		b.WriteString("| method | precision | recall | F1 | mean ms/page | pages/s | p99 ms/page |\n|---|---|---|---|---|---|---|\n")
		for _, e := range r.Extraction {
			rate := "—" // too quick to time in one pass
			if e.MeanMs >= 0.01 {
				rate = fmt.Sprintf("%.0f", 1000/e.MeanMs)
			}
			fmt.Fprintf(&b, "| %s | %.3f | %.3f | %.3f | %.2f | %s | %.2f |\n", e.Method, e.Precision, e.Recall, e.F1, e.MeanMs, rate, e.P99Ms)
		}
	}
	for _, q := range r.Quotes {
		h(fmt.Sprintf("Quotations: %s (%d articles, %d failed)", q.Dataset, q.Overall.Articles, q.Failed))
		q.write(&b, markdown)
	}
	if r.Cleaning != nil {
		r.Cleaning.write(&b, h)
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(&b, "\nskipped: %s\n", s)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func stat(s Stat) string { return fmt.Sprintf("%.2f [%.2f, %.2f]", s.Mean, s.Lo, s.Hi) }

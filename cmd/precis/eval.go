package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/precis-news/precis/internal/checkout"
	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/shared/summarizer/rank"
)

// evalCmd runs the evaluation harness over ../shared/eval.
func evalCmd(args []string, stdout io.Writer) error {
	fs := newFlagSet("eval", "")
	dir := fs.String("data", "", "evaluation data folder (default: ../shared/eval beside the checkout)")
	limit := fs.Int("limit", 0, "at most this many articles per dataset and pages (0: all)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	out := fs.String("out", "", "also write the report as Markdown to this file")
	tune := fs.Bool("tune", false, "search the summarizer's weights on the summarization data instead")
	pos, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *limit < 0 {
		return fmt.Errorf("%w: eval takes only flags", errUsage)
	}
	if *dir == "" {
		shared := checkout.SharedDir()
		if shared == "" {
			fmt.Fprintln(stdout, "skipped: no ../shared beside the checkout; pass --data DIR")
			return nil
		}
		*dir = filepath.Join(shared, "eval")
	}
	if *tune {
		return tuneCmd(*dir, *limit, stdout)
	}
	rep, err := eval.Run(eval.Options{EvalDir: *dir, Limit: *limit, Command: "precis eval " + strings.Join(args, " ")})
	if err != nil {
		return err
	}
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		if err := rep.WriteTable(f, true); err != nil {
			f.Close()
			return fmt.Errorf("eval: write %s: %w", *out, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("eval: write %s: %w", *out, err)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return rep.WriteTable(stdout, false)
}

// tuneCmd runs the parameter search and prints the best configurations.
func tuneCmd(dir string, limit int, stdout io.Writer) error {
	sets, err := eval.SummarizationDatasets(filepath.Join(dir, "summarization"), limit)
	if err != nil {
		return err
	}
	var arts []eval.Article
	for _, ds := range sets {
		arts = append(arts, ds.Articles...)
	}
	if len(arts) == 0 {
		fmt.Fprintln(stdout, "skipped: no summarization dataset")
		return nil
	}
	g := eval.Grid{
		Base:          rank.DefaultParams,
		Centrality:    []float64{0.7},
		Position:      []float64{0.05, 0.1, 0.2},
		Title:         []float64{0},
		Backward:      []float64{1},
		PositionDecay: []float64{0.15},
		QuoteDiscount: []float64{0},
		MinWords:      []int{10},
		LengthBoost:   []float64{0, 0.25, 0.5, 0.75, 1},
	}
	trials := eval.Tune(arts, g, os.Stderr)
	fmt.Fprintf(stdout, "%d articles, %d configurations; best by mean ROUGE F1 at reference length\n", len(arts), len(trials))
	for i, t := range trials[:min(15, len(trials))] {
		p := t.Params
		fmt.Fprintf(stdout, "%2d ref %.2f (R1 %.2f R2 %.2f Lsum %.2f)  three %.2f (R1 %.2f)  centrality %.2f position %.2f title %.2f backward %.2f decay %.2f quote %.2f minwords %d length %.2f\n",
			i+1, t.RefMean, t.R1, t.R2, t.Lsum, t.Three, t.R1at3, p.Centrality, p.Position, p.Title, p.BackwardWeight, p.PositionDecay, p.QuoteDiscount, p.MinWords, p.LengthBoost)
	}
	return nil
}

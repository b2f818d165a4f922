// Command trainsummarizer fits the summarizer's sentence scorer on the CNN/DailyMail training
// sample beside the checkout and writes the weights the binary embeds:
//
//	go run ./cmd/trainsummarizer [-data DIR] [-out shared/summarizer/rank/model.json] [-seed 13]
//
// No network; the same data and seed give the same file.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/precis-news/precis/internal/checkout"
	"github.com/precis-news/precis/internal/sumtrain"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "trainsummarizer:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	opts := sumtrain.DefaultOptions
	fs := flag.NewFlagSet("trainsummarizer", flag.ContinueOnError)
	data := fs.String("data", "", "training folder (default: ../shared/eval/summarization/cnndm-train-sample)")
	out := fs.String("out", filepath.Join("shared", "summarizer", "rank", "model.json"), "where to write the model")
	fs.Uint64Var(&opts.Seed, "seed", opts.Seed, "seed of the held-out split")
	fs.Float64Var(&opts.L2, "l2", opts.L2, "L2 penalty on the standardised weights")
	fs.IntVar(&opts.Limit, "limit", 0, "at most this many articles (0: all)")
	fs.IntVar(&opts.Boost.Trees, "trees", opts.Boost.Trees, "boosted trees on top of the logistic model (0: none)")
	fs.IntVar(&opts.Boost.Depth, "depth", opts.Boost.Depth, "depth of each tree")
	val := fs.String("check", "", "also report on this highlights folder (e.g. cnndm-val); not used to fit")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *data == "" {
		shared := checkout.SharedDir()
		if shared == "" {
			return fmt.Errorf("no ../shared beside the checkout; pass -data DIR")
		}
		*data = filepath.Join(shared, "eval", "summarization", "cnndm-train-sample")
	}
	m, err := sumtrain.Train(*data, opts, os.Stderr)
	if err != nil {
		return err
	}
	if *val != "" {
		if err := sumtrain.Report(*val, m, os.Stderr); err != nil {
			return err
		}
	}
	b, err := m.Marshal()
	if err != nil {
		return err
	}
	return os.WriteFile(*out, b, 0o644)
}

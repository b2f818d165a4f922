// Command trainsummarizer fits the summarizer's sentence scorer on the CNN/DailyMail training
// sample beside the checkout, then its paragraph part on the fitted half of the BBC
// collection, and writes the weights the binary embeds:
//
//	go run ./cmd/trainsummarizer [-data DIR] [-out shared/summarizer/rank/model.json] [-seed 13]
//	go run ./cmd/trainsummarizer -base shared/summarizer/rank/model.json   # refit the paragraph part only
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
	"github.com/precis-news/precis/shared/summarizer/rank"
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
	fs.StringVar(&opts.Extractive, "extractive", "", "collection with paragraphs whose fitted half fits the paragraph part (default: ../shared/eval/summarization/bbc-news-summary; \"none\": no paragraph part)")
	fs.IntVar(&opts.Paragraphs.Trees, "paragraph-trees", opts.Paragraphs.Trees, "trees of the paragraph part (0: none)")
	fs.IntVar(&opts.Paragraphs.Depth, "paragraph-depth", opts.Paragraphs.Depth, "depth of each paragraph tree")
	fs.Float64Var(&opts.Paragraphs.Shrinkage, "paragraph-shrinkage", opts.Paragraphs.Shrinkage, "shrinkage of each paragraph tree")
	base := fs.String("base", "", "keep this model's highlights part (e.g. the committed model.json) and fit only its paragraph part")
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
	switch opts.Extractive {
	case "none":
		opts.Extractive = ""
	case "":
		shared := checkout.SharedDir()
		if shared == "" {
			return fmt.Errorf("no ../shared beside the checkout; pass -extractive DIR or none")
		}
		opts.Extractive = filepath.Join(shared, "eval", "summarization", "bbc-news-summary")
	}
	m, err := train(*data, *base, opts)
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

// train fits the whole model, or with base set, only the paragraph part of the model stored
// there.
func train(data, base string, opts sumtrain.Options) (*rank.Model, error) {
	if base == "" {
		return sumtrain.Train(data, opts, os.Stderr)
	}
	if opts.Extractive == "" {
		return nil, fmt.Errorf("-base fits the paragraph part only: it needs -extractive")
	}
	b, err := os.ReadFile(base)
	if err != nil {
		return nil, err
	}
	m, err := rank.LoadModel(b)
	if err != nil {
		return nil, err
	}
	return m, sumtrain.FitParagraphs(m, opts, os.Stderr)
}

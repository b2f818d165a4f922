package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/evaluation"
)

// evalCmd runs the evaluation harness over ../shared/eval.
func evalCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dir := fs.String("data", "", "evaluation data folder (default: ../shared/eval beside the checkout)")
	limit := fs.Int("limit", 0, "at most this many articles per dataset and pages (0: all)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	out := fs.String("out", "", "also write the report as Markdown to this file")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *limit < 0 {
		return fmt.Errorf("%w: eval takes only flags", errUsage)
	}
	if *dir == "" {
		shared := fixture.SharedDir()
		if shared == "" {
			fmt.Fprintln(stdout, "skipped: no ../shared beside the checkout; pass --data DIR")
			return nil
		}
		*dir = filepath.Join(shared, "eval")
	}
	rep, err := evaluation.Run(evaluation.Options{EvalDir: *dir, Limit: *limit, Command: "precis eval " + strings.Join(args, " ")})
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

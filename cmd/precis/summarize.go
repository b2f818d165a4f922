package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
)

func summarizeCmd(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlagSet("summarize", "FILE|-")
	sentences := fs.Int("sentences", article.DefaultSentences, "summary length in sentences")
	words := fs.Int("words", 0, "summary length as a word budget (overrides --sentences)")
	asJSON := fs.Bool("json", false, "print the full result as JSON")
	maxBytes := fs.Int("max-bytes", article.DefaultMaxBytes, "input size limit")
	anyLang := fs.Bool("any-language", false, "summarise non-English text instead of refusing it")
	pos, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: summarize takes one FILE (or - for standard input)", errUsage)
	}
	if *sentences < 1 || *words < 0 {
		return fmt.Errorf("%w: --sentences must be at least 1 and --words not negative", errUsage)
	}
	if *maxBytes < 1 {
		return fmt.Errorf("%w: --max-bytes must be at least 1, not %d", errUsage, *maxBytes)
	}
	raw, err := readInput(pos[0], stdin, *maxBytes)
	if err != nil {
		return err
	}
	res, err := summarizer.Process(ctx, raw, summarizer.Options{
		Name: pos[0], Sentences: *sentences, Words: *words, MaxBytes: *maxBytes, AnyLanguage: *anyLang,
	})
	if err != nil {
		return fmt.Errorf("%s: %w", pos[0], err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	_, err = io.WriteString(stdout, report(res))
	return err
}

// readInput reads a file or standard input, never more than limit+1 bytes, so an oversized
// input fails fast with ErrTooLarge instead of filling memory.
func readInput(name string, stdin io.Reader, limit int) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(filepath.Clean(name))
		if err != nil {
			return nil, fmt.Errorf("open input: %w", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("%s is a directory", name)
		}
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(raw) > limit {
		return nil, fmt.Errorf("%s: over %d bytes: %w", name, limit, article.ErrTooLarge)
	}
	return raw, nil
}

// maxReportQuotes is how many key quotes report shows.
const maxReportQuotes = 5

// report renders a result for a person: title, byline, summary bullets, key quotes.
func report(r article.Result) string {
	var b strings.Builder
	title := r.Title
	if title == "" {
		title = "(untitled article)"
	}
	b.WriteString(title + "\n")
	var meta []string
	for _, s := range []string{r.Publisher, byline(r.Author), r.Published} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	meta = append(meta, fmt.Sprintf("%d words", r.WordCount), fmt.Sprintf("%d min read", r.ReadingTimeMinutes))
	b.WriteString(strings.Join(meta, " · ") + "\n\nSummary\n")
	for _, s := range r.Summary {
		b.WriteString("  • " + s.Text + "\n")
	}
	if len(r.Quotes) > 0 {
		b.WriteString("\nKey quotes\n")
		// Full statements first; an article quoted only in phrases shows its phrases.
		full := 0
		for _, q := range r.Quotes {
			if !q.Partial {
				full++
			}
		}
		shown := 0
		for _, q := range r.Quotes {
			if shown == maxReportQuotes || q.Partial && full > 0 {
				continue
			}
			speaker := q.Speaker
			if speaker == "" {
				speaker = "unattributed"
			}
			fmt.Fprintf(&b, "  “%s”\n      — %s\n", q.Text, speaker)
			shown++
		}
		if rest := len(r.Quotes) - shown; rest == 1 {
			b.WriteString("  (1 more quotation in --json)\n")
		} else if rest > 1 {
			fmt.Fprintf(&b, "  (%d more quotations in --json)\n", rest)
		}
	}
	if len(r.Keywords) > 0 {
		b.WriteString("\nKeywords: " + strings.Join(r.Keywords, ", ") + "\n")
	}
	return b.String()
}

func byline(author string) string {
	if author == "" {
		return ""
	}
	return "by " + author
}

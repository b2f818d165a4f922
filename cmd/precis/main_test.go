package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/article"
)

func runCLI(args []string, stdin string) (string, error) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), err
}

func TestSummarizeReport(t *testing.T) {
	path := fixture.Path(t, fixture.SampleArticle)
	out, err := runCLI([]string{"summarize", path}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The Washington Times", "by Mike Glenn", "2022-12-19", "Summary\n  • ", "Key quotes", "— Alexander Lukashenko"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "\n  • ") != 3 {
		t.Errorf("report does not have 3 summary bullets:\n%s", out)
	}
}

func TestSummarizeJSONFromStdinWithFlagsAfterFile(t *testing.T) {
	raw := fixture.Read(t, fixture.SampleArticle)
	out, err := runCLI([]string{"summarize", "-", "--sentences", "5", "--json"}, string(raw))
	if err != nil {
		t.Fatal(err)
	}
	var r article.Result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not a JSON result: %v", err)
	}
	if len(r.Summary) != 5 || len(r.Quotes) == 0 {
		t.Errorf("summary %d sentences, %d quotes", len(r.Summary), len(r.Quotes))
	}
	var fields map[string]any
	_ = json.Unmarshal([]byte(out), &fields)
	for _, k := range []string{"title", "author", "publisher", "published", "language", "text", "summary", "sentences", "quotes", "keywords", "word_count", "reading_time_minutes", "algorithm_version"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
}

func TestSummarizeErrors(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "a.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.7\n..."), 0o600); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("a "), 600), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args  []string
		usage bool
		want  error
	}{
		{nil, true, nil},
		{[]string{"frobnicate"}, true, nil},
		{[]string{"summarize"}, true, nil},
		{[]string{"summarize", "--sentences", "0", pdf}, true, nil},
		{[]string{"summarize", "--bogus", pdf}, true, nil},
		{[]string{"summarize", filepath.Join(dir, "missing.txt")}, false, os.ErrNotExist},
		{[]string{"summarize", pdf}, false, article.ErrUnsupportedFormat},
		{[]string{"summarize", "--max-bytes", "1000", big}, false, article.ErrTooLarge},
		{[]string{"summarize", "-"}, false, article.ErrNoText},
	}
	for _, c := range cases {
		_, err := runCLI(c.args, "")
		if err == nil {
			t.Errorf("%v: no error", c.args)
			continue
		}
		if errors.Is(err, errUsage) != c.usage {
			t.Errorf("%v: usage error = %v, want %v (%v)", c.args, errors.Is(err, errUsage), c.usage, err)
		}
		if c.want != nil && !errors.Is(err, c.want) {
			t.Errorf("%v: err = %v, want %v", c.args, err, c.want)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("%v: error is not one line: %q", c.args, err)
		}
	}
}

// TestReportQuotes: the report shows full statements before phrases, an article quoted only
// in phrases shows its phrases rather than an empty section, and the rest is counted.
func TestReportQuotes(t *testing.T) {
	full := func(text string) article.Quote { return article.Quote{Text: text, Speaker: "Jane Roe"} }
	partial := func(text string) article.Quote { return article.Quote{Text: text, Speaker: "Jane Roe", Partial: true} }
	for _, c := range []struct {
		name      string
		quotes    []article.Quote
		want, not []string
	}{
		{"phrases only", []article.Quote{partial("end of an era")}, []string{"“end of an era”\n      — Jane Roe"}, []string{"more quotation"}},
		{"full before phrases", []article.Quote{partial("a disaster"), full("We will win.")}, []string{"“We will win.”", "(1 more quotation in --json)"}, []string{"“a disaster”"}},
		{"unattributed", []article.Quote{{Text: "No comment."}}, []string{"— unattributed"}, nil},
		{"at most five", []article.Quote{full("1"), full("2"), full("3"), full("4"), full("5"), full("6"), partial("7")}, []string{"“5”", "(2 more quotations in --json)"}, []string{"“6”"}},
	} {
		out := report(article.Result{Quotes: c.quotes})
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s: report lacks %q:\n%s", c.name, w, out)
			}
		}
		for _, w := range c.not {
			if strings.Contains(out, w) {
				t.Errorf("%s: report has %q:\n%s", c.name, w, out)
			}
		}
	}
}

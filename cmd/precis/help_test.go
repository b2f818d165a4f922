package main

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
)

// TestHelpForEveryCommand asks every subcommand for help in each way a user might: each
// prints the command's usage line and its flags on stdout and succeeds (exit status 0).
func TestHelpForEveryCommand(t *testing.T) {
	commands := []struct {
		name  string // as typed, "local bench" included
		usage string // the name in its usage line
		flag  string // one of its flags, which the help must list
	}{
		{"summarize", "summarize", "-max-bytes"},
		{"summarise", "summarize", "-any-language"},
		{"eval", "eval", "-limit"},
		{"local", "local", "-dynamodb-endpoint"},
		{"local bench", "local bench", "-timeout"},
		{"upload", "upload", "-wait"},
		{"get", "get", "-sentences"},
		{"ui", "ui", "-addr"},
		{"reprocess", "reprocess", "-workers"},
		{"quotes", "quotes", "-since"},
	}
	// Every command the top-level usage lists has a row above.
	listed := regexp.MustCompile(`(?m)^  ([a-z]+(?: bench)?) `).FindAllStringSubmatch(usage, -1)
	for _, m := range listed {
		found := false
		for _, c := range commands {
			found = found || c.name == m[1]
		}
		if !found {
			t.Errorf("the usage lists %q, which this test does not ask for help", m[1])
		}
	}
	if len(listed) < 6 {
		t.Fatalf("found %d commands in the usage:\n%s", len(listed), usage)
	}
	for _, c := range commands {
		words := strings.Fields(c.name)
		forms := [][]string{
			append(words[:len(words):len(words)], "--help"),
			append(words[:len(words):len(words)], "-h"),
			append(words[:len(words):len(words)], "somefile", "--help"),
			append([]string{"help"}, words...),
		}
		for _, args := range forms {
			var out, errOut strings.Builder
			err := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
			if err != nil || exitCode(err) != 0 {
				t.Errorf("%q: err %v (exit %d)", args, err, exitCode(err))
				continue
			}
			if want := "usage: precis " + c.usage + " [flags]"; !strings.HasPrefix(out.String(), want) {
				t.Errorf("%q: stdout does not begin with %q:\n%s", args, want, out.String())
			}
			if !strings.Contains(out.String(), "\n  "+c.flag+" ") && !strings.Contains(out.String(), "\n  "+c.flag+"\n") {
				t.Errorf("%q: the help does not list %s:\n%s", args, c.flag, out.String())
			}
			if errOut.Len() > 0 {
				t.Errorf("%q: wrote to stderr: %s", args, errOut.String())
			}
		}
	}
}

func TestTopLevelHelpAndVersion(t *testing.T) {
	cases := []struct {
		args []string
		want *regexp.Regexp
	}{
		{[]string{"help"}, regexp.MustCompile(`^usage: precis <command>`)},
		{[]string{"--help"}, regexp.MustCompile(`^usage: precis <command>`)},
		{[]string{"-h"}, regexp.MustCompile(`^usage: precis <command>`)},
		{[]string{"--version"}, regexp.MustCompile(`^precis \S+ \(algorithm ` + regexp.QuoteMeta(summarizer.AlgorithmVersion) + `\)\n$`)},
		{[]string{"version"}, regexp.MustCompile(`^precis \S+ \(algorithm ` + regexp.QuoteMeta(summarizer.AlgorithmVersion) + `\)\n$`)},
	}
	for _, c := range cases {
		out, err := runCLI(c.args, "")
		if err != nil || !c.want.MatchString(out) {
			t.Errorf("%q: %v, printed:\n%s", c.args, err, out)
		}
	}
	if _, err := runCLI([]string{"help", "frobnicate"}, ""); !errors.Is(err, errUsage) {
		t.Errorf("help of an unknown command: %v", err)
	}
}

// TestExitStatus pins the documented exit statuses, and the usage mistakes that give 2.
func TestExitStatus(t *testing.T) {
	codes := []struct {
		err  error
		code int
	}{
		{nil, 0},
		{errors.New("network down"), 1},
		{fmt.Errorf("%w: bad flag", errUsage), 2},
		{fmt.Errorf("articles/a.txt: %w: no text", errArticleFailed), 3},
		{fmt.Errorf("articles/a.txt: %w", errArticlePending), 4},
		{articleErr(api.Summary{Status: article.Failed}), 3},
		{articleErr(api.Summary{Status: article.Pending}), 4},
		{articleErr(api.Summary{Status: article.Done}), 0},
	}
	for _, c := range codes {
		if got := exitCode(c.err); got != c.code {
			t.Errorf("exitCode(%v) = %d, want %d", c.err, got, c.code)
		}
	}
	usageMistakes := [][]string{
		{"summarize", "--max-bytes", "0", "x.txt"},
		{"summarize", "--max-bytes", "-5", "x.txt"},
		{"summarize", "--max-bytes=-1", "-"},
		{"get", "--sentences", "-1", "articles/a.txt"},
		{"get", "--sentences", "60", "articles/a.txt"},
		{"local", "--workers", "0"},
		{"local", "--memory", "--dynamodb-endpoint", "http://127.0.0.1:1"},
		{"local", "bench", "-n", "0"},
		{"local", "bench", "-c", "-2"},
		{"upload"},
		{"get", "a", "b"},
	}
	for _, args := range usageMistakes {
		if _, err := runCLI(args, "some text"); exitCode(err) != exitUsage {
			t.Errorf("%q: %v (exit %d), want a usage mistake", args, err, exitCode(err))
		}
	}
}

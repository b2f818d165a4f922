package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/checkout"
	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
)

// readmeOutput is a block of README.md that shows what a command prints: an HTML comment
// "<!-- output of: COMMAND -->" right before a fenced block.
type readmeOutput struct {
	command string
	want    string
}

var outputMarker = regexp.MustCompile("(?m)^<!-- output of: (.+) -->\n```\n((?s:.*?))```\n")

// readmeOutputs returns the README's output blocks, and the command lines of its sh blocks.
func readmeOutputs(readme string) ([]readmeOutput, map[string]bool) {
	var outs []readmeOutput
	for _, m := range outputMarker.FindAllStringSubmatch(readme, -1) {
		outs = append(outs, readmeOutput{command: m[1], want: m[2]})
	}
	commands := map[string]bool{}
	for _, block := range regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllStringSubmatch(readme, -1) {
		for _, line := range strings.Split(block[1], "\n") {
			line, _, _ = strings.Cut(line, "#")
			commands[strings.TrimSpace(line)] = true
		}
	}
	return outs, commands
}

// variable are the parts of the output that differ from run to run, replaced by a name on
// both sides before comparing.
var variable = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`\b[0-9a-f]{32}\b`), "<id>"},
	{regexp.MustCompile(`articles/[0-9a-f]{16}/`), "articles/<nonce>/"},
	{regexp.MustCompile(`127\.0\.0\.1:\d+`), "127.0.0.1:<port>"},
	{regexp.MustCompile(`kill -INT \d+`), "kill -INT <pid>"},
	{regexp.MustCompile(`(?m)^(Persists across restarts: uploads and cleaned text, in ).+\.$`), "${1}<data folder>."},
}

func normalise(s string) string {
	for _, v := range variable {
		s = v.re.ReplaceAllString(s, v.with)
	}
	return strings.TrimRight(s, "\n")
}

// outputPattern turns a README block into a pattern for the whole output: "..." stands for
// any text within a line, and a line of only "..." for any lines.
func outputPattern(want string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`\A`)
	for i, line := range strings.Split(normalise(want), "\n") {
		if strings.TrimSpace(line) == "..." {
			b.WriteString(`(?:\n.*)*`)
			continue
		}
		if i > 0 {
			b.WriteString(`\n`)
		}
		parts := strings.Split(line, "...")
		for j, p := range parts {
			if j > 0 {
				b.WriteString(`.*`)
			}
			b.WriteString(regexp.QuoteMeta(p))
		}
	}
	b.WriteString(`\z`)
	return regexp.MustCompile(b.String())
}

// TestREADMEOutputs runs each command whose output README.md shows, as printed there, from
// the repository root, and compares what it prints with the README's block. `precis local`
// runs in the background, on free ports and a temporary data folder, and the commands after
// it talk to it (PRECIS_API_URL).
func TestREADMEOutputs(t *testing.T) {
	fixture.Path(t, fixture.SampleArticle)
	root, err := checkout.Root()
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	if _, err := os.Stat(filepath.Join("..", "shared", fixture.SampleArticle)); err != nil {
		t.Skipf("skipping: the README's commands read ../shared beside the checkout: %v", err)
	}
	outs, commands := readmeOutputs(string(readme))
	if len(outs) < 3 {
		t.Fatalf("found %d output blocks in README.md", len(outs))
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var stopped chan error
	for _, o := range outs {
		if !commands[o.command] {
			t.Errorf("README.md shows the output of %q, which none of its sh blocks prints", o.command)
		}
		args, ok := strings.CutPrefix(o.command, "go run ./cmd/precis ")
		if !ok {
			t.Errorf("%q: not a precis command", o.command)
			continue
		}
		var got string
		if args == "local" {
			var out, logs testserver.SyncBuffer
			stopped = make(chan error, 1)
			go func() {
				stopped <- run(ctx, []string{"local", "--data", t.TempDir(), "--s3-addr", "127.0.0.1:0", "--api-addr", "127.0.0.1:0", "--dynamodb-addr", "127.0.0.1:0"}, nil, &out, &logs)
			}()
			api := regexp.MustCompile(`API\s+(http://127\.0\.0\.1:\d+)`)
			for deadline := time.Now().Add(30 * time.Second); !strings.Contains(out.String(), "Stop with"); time.Sleep(20 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("precis local printed no banner:\n%s\n%s", out.String(), logs.String())
				}
			}
			got = out.String()
			t.Setenv("PRECIS_API_URL", api.FindStringSubmatch(got)[1])
		} else {
			got, err = runCLI(strings.Fields(args), "")
			if err != nil {
				t.Errorf("%s: %v", o.command, err)
			}
		}
		if !outputPattern(o.want).MatchString(normalise(got)) {
			t.Errorf("README.md shows for %q:\n%s\nbut it prints:\n%s", o.command, o.want, got)
		}
	}
	if stopped != nil {
		stop()
		if err := <-stopped; err != nil {
			t.Errorf("precis local stopped with %v", err)
		}
	}
}

// TestOutputPattern pins the README blocks' wildcards.
func TestOutputPattern(t *testing.T) {
	cases := []struct {
		want, got string
		match     bool
	}{
		{"a\nb", "a\nb\n", true},
		{"a\nb", "a\nbc", false},
		{"a\nb ...", "a\nb and more", true},
		{"“quote ...”\n  ...", "“quote and more”\nline\nline", true},
		{"“quote ...”", "“quote and more", false},
		{"a\n  ...", "a", true},
		{"a\n  ...\nz", "a\nb\nc\nz", true},
		{"a\nb", "a\nb\nc", false},
		{"id 0123456789abcdef0123456789abcdef", "id fedcba9876543210fedcba9876543210", true},
		{"key articles/0123456789abcdef/x.txt", "key articles/aaaaaaaaaaaaaaaa/x.txt", true},
		{"key articles/0123456789abcdef/x.txt", "key articles/aaaaaaaaaaaaaaaa/y.txt", false},
	}
	for _, c := range cases {
		if got := outputPattern(c.want).MatchString(normalise(c.got)); got != c.match {
			t.Errorf("%q against %q: %v, want %v", c.want, c.got, got, c.match)
		}
	}
}

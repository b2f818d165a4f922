// Command precis summarises news articles from the command line (the same pipeline the Lambda
// functions run), runs the whole product locally, and talks to its API.
//
//	precis summarize [--sentences N] [--words N] [--json] FILE|-
//	precis local [--data DIR]
//	precis upload FILE; precis get ID|KEY
//	precis ui [--api URL] [--aws]
//	precis reprocess [--workers N]
//	precis quotes [--since DATE] [--until DATE] [--limit N] [--json] SPEAKER
//	precis help COMMAND; precis COMMAND --help; precis --version
//
// Exit status: 0 success; 1 an error; 2 a usage mistake; 3 the article failed (upload --wait,
// get); 4 the article is not summarised yet (get without --wait).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/precis-news/precis/shared/summarizer"
)

const usage = `usage: precis <command> [flags]

commands:
  summarize [--sentences N] [--words N] [--json] FILE|-   summarise one article
  eval [--limit N] [--json] [--out report.md] [--tune]   measure quality and speed on ../shared/eval
  local [--data DIR] [--memory] [--log-format text|json]  run S3, DynamoDB, the summarizer and the API here
  local bench [-n 1000] [-c 8] [FILE]                     load-test an in-memory local stack
  upload [--api URL] [--aws] [--wait] FILE                upload an article through the API
  get [--api URL] [--aws] [--sentences N] [--json] [--wait] ID|KEY   print an article's summary
  ui [--api URL] [--aws] [--addr HOST:PORT]              the page, here, in front of a deployed API
  reprocess [--api URL] [--workers N]                    re-summarise precis local's uploads not at its algorithm version
  quotes [--api URL] [--aws] [--since DATE] SPEAKER      a person's or organisation's quotes across articles, newest first

precis help COMMAND (or precis COMMAND --help) lists a command's flags; precis --version.
Exit status: 0 success, 1 error, 2 usage mistake, 3 the article failed, 4 not summarised yet.
`

// Exit statuses (documented in the package comment, the usage text and README.md).
const (
	exitError   = 1
	exitUsage   = 2
	exitFailed  = 3
	exitPending = 4
)

var (
	// errUsage marks a command-line mistake: exit status 2 instead of 1.
	errUsage = errors.New("usage")
	// errHelp means help was asked for and printed: exit status 0.
	errHelp = errors.New("help requested")
	// errArticleFailed means the article ended failed: exit status 3.
	errArticleFailed = errors.New("the article failed")
	// errArticlePending means the article is not summarised yet: exit status 4.
	errArticlePending = errors.New("the article is not summarised yet")
)

// version is the CLI's version, set at build time (make build: -X main.version=...); when
// unset, it comes from the module version or the VCS revision the binary was built from.
var version = ""

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "precis: %v\n", err)
	}
	os.Exit(exitCode(err))
}

// exitCode is the process's exit status for run's error.
func exitCode(err error) int {
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, errArticleFailed):
		return exitFailed
	case errors.Is(err, errArticlePending):
		return exitPending
	}
	return exitError
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	err := dispatch(ctx, args, stdin, stdout, stderr)
	if errors.Is(err, errHelp) {
		return nil
	}
	return err
}

func dispatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("%w: no command given", errUsage)
	}
	switch args[0] {
	case "summarize", "summarise":
		return summarizeCmd(ctx, args[1:], stdin, stdout)
	case "eval":
		return evalCmd(args[1:], stdout)
	case "local":
		return localCmd(ctx, args[1:], stdout, stderr)
	case "upload":
		return uploadCmd(ctx, args[1:], stdout)
	case "get":
		return getCmd(ctx, args[1:], stdout)
	case "ui":
		return uiCmd(ctx, args[1:], stdout)
	case "reprocess":
		return reprocessCmd(ctx, args[1:], stdout, stderr)
	case "quotes":
		return quotesCmd(ctx, args[1:], stdout)
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[0] == "help" {
			// precis help CMD [SUBCMD]: the command's own --help.
			return dispatch(ctx, append(args[1:len(args):len(args)], "--help"), stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return nil
	case "version", "-version", "--version":
		_, err := fmt.Fprintf(stdout, "precis %s (algorithm %s)\n", buildVersion(), summarizer.AlgorithmVersion)
		return err
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
}

// buildVersion is the CLI's version: set at build time, else the module's version, else the
// VCS revision, else "devel".
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(12, len(s.Value))]
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if rev == "" {
		return "devel"
	}
	return "devel-" + rev + dirty
}

// newFlagSet is a subcommand's flag set. Parse errors and help are reported by
// parseInterleaved; operands names the positional arguments in the usage line.
func newFlagSet(name, operands string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: %s\n\nflags:\n", strings.TrimSpace("precis "+name+" [flags] "+operands))
		fs.PrintDefaults()
	}
	return fs
}

// parseInterleaved parses flags that may come before or after the positional arguments.
// On -h or --help it prints the command's usage and flags to stdout and returns errHelp.
func parseInterleaved(fs *flag.FlagSet, args []string, stdout io.Writer) ([]string, error) {
	var positional []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, errHelp
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v (precis help %s lists the flags)", errUsage, err, fs.Name())
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

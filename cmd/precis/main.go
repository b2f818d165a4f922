// Command precis summarises news articles from the command line (the same pipeline the Lambda
// functions run), runs the whole product locally, and talks to its API.
//
//	precis summarize [--sentences N] [--words N] [--json] FILE|-
//	precis local [--data DIR]
//	precis upload FILE; precis get ID|KEY
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `usage: precis <command> [flags]

commands:
  summarize [--sentences N] [--words N] [--json] FILE|-   summarise one article
  eval [--limit N] [--json] [--out report.md] [--tune]   measure quality and speed on ../shared/eval
  local [--data DIR] [--memory] [--log-format text|json]  run S3, DynamoDB, the summarizer and the API here
  local bench [-n 1000] [-c 8] [FILE]                     load-test an in-memory local stack
  upload [--api URL] [--aws] [--wait] FILE                upload an article through the API
  get [--api URL] [--aws] [--sentences N] [--json] [--wait] ID|KEY   print an article's summary
`

// errUsage marks a command-line mistake: exit status 2 instead of 1.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	switch {
	case errors.Is(err, errUsage):
		fmt.Fprintf(os.Stderr, "precis: %v\n", err)
		os.Exit(2)
	case err != nil:
		fmt.Fprintf(os.Stderr, "precis: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
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
		return uploadCmd(ctx, args[1:], stdout, stderr)
	case "get":
		return getCmd(ctx, args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
}

// parseInterleaved parses flags that may come before or after the positional arguments.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		if fs.NArg() == 0 {
			return positional, nil
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

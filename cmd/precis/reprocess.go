package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/precis-news/precis/internal/devstack"
)

// errReprocessIncomplete means a re-processing run left articles for the next run.
var errReprocessIncomplete = errors.New("re-processing incomplete: run precis reprocess again to resume (it skips what is done)")

// reprocessCmd asks the local stack to bring every upload up to its algorithm version
// (devstack.ReprocessPath), prints the running tally on stderr and the final one on stdout.
func reprocessCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("reprocess", "")
	def := os.Getenv("PRECIS_API_URL")
	if def == "" {
		def = defaultAPIURL
	}
	apiURL := fs.String("api", def, "the local stack's API URL (precis local prints it); PRECIS_API_URL")
	workers := fs.Int("workers", 2, "articles re-processed at once")
	rest, err := parseInterleaved(fs, args, stdout)
	if err != nil {
		return err
	}
	if len(rest) > 0 || *workers < 1 || *workers > devstack.MaxReprocessWorkers {
		return fmt.Errorf("%w: no arguments, and --workers from 1 to %d", errUsage, devstack.MaxReprocessWorkers)
	}
	base := strings.TrimSuffix(*apiURL, "/")
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s%s?workers=%d", base, devstack.ReprocessPath, *workers), nil)
	if err != nil {
		return fmt.Errorf("%w: --api %q: %v", errUsage, *apiURL, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return errReprocessIncomplete
		}
		return fmt.Errorf("no local stack answers at %s (start precis local first): %w", base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		return fmt.Errorf("%s answered %s to %s (only precis local re-processes this way; on AWS, start the ReprocessStateMachine): %s",
			base, resp.Status, devstack.ReprocessPath, strings.TrimSpace(string(msg)))
	}
	lines := bufio.NewScanner(resp.Body)
	var last devstack.Progress
	for first := true; lines.Scan(); first = false {
		var p devstack.Progress
		if err := json.Unmarshal(lines.Bytes(), &p); err != nil {
			return fmt.Errorf("unexpected answer from %s: %w", base, err)
		}
		last = p
		switch {
		case first:
			fmt.Fprintf(stdout, "re-processing the uploads of %s up to algorithm %s, %d at once\n", base, p.AlgorithmVersion, *workers)
		case !p.Final:
			fmt.Fprintf(stderr, "  %s: %s\n", articles(p.Total()), p.Tally)
		}
	}
	if !last.Final {
		// Stopped (Ctrl-C) or cut off: the stack finishes the articles under way.
		fmt.Fprintf(stdout, "stopped after %s: %s\n", articles(last.Total()), last.Tally)
		return errReprocessIncomplete
	}
	elapsed := time.Duration(last.ElapsedMs) * time.Millisecond
	rate := float64(last.Total()) / max(elapsed.Seconds(), 0.001)
	fmt.Fprintf(stdout, "%s in %v (%.1f a second): %s\n", articles(last.Total()), elapsed, rate, last.Tally)
	if last.Error != "" {
		return fmt.Errorf("%w (%s)", errReprocessIncomplete, last.Error)
	}
	if last.Errors > 0 {
		return errReprocessIncomplete
	}
	return nil
}

// articles is "1 article" or "N articles".
func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}

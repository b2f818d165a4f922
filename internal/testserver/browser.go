package testserver

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BrowserInstall is how a missing browser is installed (Debian's package, as .ci/run does).
const BrowserInstall = "apt-get install -y chromium"

// StartBrowser starts headless Chromium with a fresh profile and returns a context that
// drives one of its tabs with chromedp; the browser stops at the end of the test. Without
// Chromium, or when it cannot start, the test skips (fails under PRECIS_REQUIRE_SERVERS).
func StartBrowser(tb testing.TB) context.Context {
	tb.Helper()
	exe := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		missing(tb, "chromium", errors.New("no chromium on PATH"), BrowserInstall)
	}
	// The profile is removed by hand, not by tb.TempDir: the browser's child processes may
	// still write to it for a moment after it is stopped, which fails TempDir's clean-up.
	profile, err := os.MkdirTemp("", "precis-chromium-")
	if err != nil {
		tb.Fatal(err)
	}
	// A machine without outside network, run as root in a container: no sandbox, GPU or
	// background traffic.
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1000, 1200),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	tb.Cleanup(func() {
		cancel()
		cancelAlloc()
		for range 50 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	// The first action starts the browser, for as long as ctx lives (a timeout on it would
	// stop the browser); a loaded machine may take a while.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		missing(tb, "chromium", err, BrowserInstall)
	}
	return ctx
}

// ArtifactDir is where a test saves what helps to understand its failure (screenshots):
// PRECIS_ARTIFACTS when set, else the test's artifact directory.
func ArtifactDir(t *testing.T) string {
	if dir := os.Getenv("PRECIS_ARTIFACTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err == nil {
			return dir
		}
	}
	return t.ArtifactDir()
}

package testserver

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

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
		chromedp.UserDataDir(filepath.Join(tb.TempDir(), "profile")),
		chromedp.WindowSize(1000, 1200),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	tb.Cleanup(func() {
		cancel()
		cancelAlloc()
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

package main

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
)

// pageScreenshot, when set, is where TestPageInBrowser saves its screenshot of an article
// (go test ./cmd/precis -run TestPageInBrowser -page-screenshot ../../docs/page.png).
var pageScreenshot = flag.String("page-screenshot", "", "save the page's screenshot of an article to this PNG file")

// startLocal runs `precis local` on free ports with the given data folder until the test
// ends, and returns the API's address from its banner.
func startLocal(t *testing.T, data string) (api string, out, logs *testserver.SyncBuffer, stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out, logs = new(testserver.SyncBuffer), new(testserver.SyncBuffer)
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"local", "--data", data, "--s3-addr", "127.0.0.1:0", "--api-addr", "127.0.0.1:0", "--dynamodb-addr", "127.0.0.1:0", "--log-format", "json"}, nil, out, logs)
	}()
	var once sync.Once
	var stopErr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case stopErr = <-done:
			case <-time.After(40 * time.Second):
				stopErr = context.DeadlineExceeded
			}
		})
		return stopErr
	}
	t.Cleanup(func() { _ = stop() })
	apiLine := regexp.MustCompile(`API\s+(http://127\.0\.0\.1:\d+)`)
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if m := apiLine.FindStringSubmatch(out.String()); m != nil {
			return m[1], out, logs, stop
		}
		if time.Now().After(deadline) {
			t.Fatalf("no API address in:\n%s\n%s", out.String(), logs.String())
		}
	}
}

// browser drives one tab of headless Chromium for a test.
type browser struct {
	t   *testing.T
	ctx context.Context
	mu  sync.Mutex
	log []string // console errors and the browser's warnings (a refused policy among them)
}

func newBrowser(t *testing.T) *browser {
	b := &browser{t: t, ctx: testserver.StartBrowser(t)}
	messages := chromedp.Console(b.ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.IsException() || m.Type == "error" || m.Type == "warning" {
				b.mu.Lock()
				b.log = append(b.log, m.String()+" "+m.URL)
				b.mu.Unlock()
			}
		}
	}()
	// Registered after the browser's own cleanup, so run before it: the tab is still there.
	t.Cleanup(func() {
		if t.Failed() {
			b.screenshot(filepath.Join(testserver.ArtifactDir(t), t.Name()+".png"))
		}
	})
	return b
}

func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatal(err)
	}
}

// waitFor waits until the JavaScript expression is true, generously: the machine may be busy.
func (b *browser) waitFor(what, expr string) {
	b.t.Helper()
	// A poll started as the page loads may lose its JavaScript context: it is polled again.
	deadline := time.Now().Add(4 * time.Minute)
	for {
		_, err := chromedp.Run(b.ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(250*time.Millisecond), chromedp.WithPollingTimeout(time.Until(deadline))))
		if err == nil {
			return
		}
		if time.Now().After(deadline) || b.ctx.Err() != nil {
			b.t.Fatalf("waiting for %s (%s): %v", what, expr, err)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func (b *browser) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll(`+jsString(sel)+`)).map(e => e.textContent).join("\n")`))
	if err != nil {
		b.t.Fatal(err)
	}
	return s
}

func (b *browser) count(sel string) int {
	b.t.Helper()
	n, err := chromedp.Run(b.ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`))
	if err != nil {
		b.t.Fatal(err)
	}
	return n
}

// screenshot saves the whole page as a PNG (quality 100: below, the browser makes a JPEG).
func (b *browser) screenshot(path string) {
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err == nil {
		err = os.WriteFile(path, png, 0o644)
	}
	if err != nil {
		b.t.Logf("screenshot %s: %v", path, err)
		return
	}
	b.t.Logf("screenshot saved: %s", path)
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// TestPageInBrowser uses the page in headless Chromium against `precis local`: two articles
// uploaded through the file picker until done, the list, one article's summary, quotes with
// their speakers (partial quotes told apart), the quotes marked in the summary, the summary
// sentences and quotes marked in the cleaned text, the length slider moved by keyboard, and the reasons of refused and failed uploads.
func TestPageInBrowser(t *testing.T) {
	sample := fixture.Path(t, fixture.SampleArticle)
	council, err := filepath.Abs("../../testdata/articles/council.md")
	if err != nil {
		t.Fatal(err)
	}
	// A PDF renamed .txt: the page lets it through, the summarizer fails it with a reason.
	scan, err := filepath.Abs("../../testdata/hostile/scan.txt")
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t)
	api, _, logs, _ := startLocal(t, t.TempDir())

	b.do(chromedp.Navigate(api + "/"))
	b.waitFor("the page", `document.querySelector("#drop") !== null && document.querySelector("#articles").getAttribute("aria-busy") === "false"`)
	if got := b.text("#list-empty"); !strings.Contains(got, "No articles yet") {
		t.Errorf("empty list says %q", got)
	}

	b.do(chromedp.SetUploadFiles(chromedp.CSS("#files"), []string{sample, council}))
	// Dropped on the zone: a file the bucket would not summarise, refused with its reason.
	b.do(chromedp.Evaluate[chromedp.Void](`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File(["%PDF-1.7"], "notes.pdf", {type: "application/pdf"}));
		document.querySelector("#drop").dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
	})()`))
	b.do(chromedp.SetUploadFiles(chromedp.CSS("#files"), []string{scan}))

	sampleName := filepath.Base(sample)
	for _, name := range []string{sampleName, "council.md"} {
		b.waitFor(name+" done", `document.querySelector('#uploads li[data-file="`+name+`"][data-state="done"]') !== null`)
	}
	b.waitFor("scan.txt failed", `document.querySelector('#uploads li[data-file="scan.txt"][data-state="failed"]') !== null`)
	rows := map[string]string{}
	for _, name := range []string{sampleName, "council.md", "scan.txt", "notes.pdf"} {
		rows[name] = b.text(`#uploads li[data-file="` + name + `"]`)
	}
	failures := []struct{ file, want string }{
		{"notes.pdf", "failed: only text (.txt), HTML (.html, .htm) and Markdown (.md) articles are summarised, not .pdf files"},
		// The summarizer's reason, as the API gives it (its log line has the same).
		{"scan.txt", "failed: " + reasonLogged(t, logs, "scan.txt")},
	}
	for _, f := range failures {
		if !strings.Contains(rows[f.file], f.want) {
			t.Errorf("the upload of %s shows %q, want %q", f.file, rows[f.file], f.want)
		}
	}
	if !strings.Contains(rows["council.md"], "done: Ashby flood: council approves £40m defence plan") {
		t.Errorf("the council upload shows %q", rows["council.md"])
	}

	// The list, newest first, reloaded after the uploads: three articles with their metadata.
	b.waitFor("three listed", `document.querySelectorAll('#articles li[data-status]').length === 3 && document.querySelectorAll('#articles li[data-status="pending"]').length === 0`)
	b.waitFor("metadata", `Array.from(document.querySelectorAll('#articles li[data-status="done"] .meta')).every(m => m.textContent !== "")`)
	if got := b.text(`#articles li[data-status="done"] .meta`); !strings.Contains(got, "Northshire Gazette") || !strings.Contains(got, "The Washington Times") {
		t.Errorf("list metadata: %q", got)
	}

	// One article, opened from the list.
	b.do(chromedp.Click(`//ul[@id="articles"]//a[contains(., "Ashby flood")]`))
	b.waitFor("the article", `document.querySelectorAll("#a-summary li").length === 3`)
	if got := b.text("#a-meta"); !strings.Contains(got, "Northshire Gazette") || !strings.Contains(got, "min read") {
		t.Errorf("metadata: %q", got)
	}
	// The cleaned text, with the summary sentences and the quotes marked in place: the first
	// sentence whole.
	b.waitFor("the text", `document.querySelectorAll("#a-text mark.hl-summary").length > 0`)
	if first, marked := b.text("#a-summary li:nth-child(1)"), b.text("#a-text mark.hl-summary"); first == "" || !strings.Contains("\n"+marked+"\n", "\n"+first+"\n") {
		t.Errorf("first summary sentence %q is not marked in the text; marked: %q", first, marked)
	}
	if got := b.text("#a-text mark.hl-quote"); !strings.Contains(got, "Work will start in the summer.") {
		t.Errorf("quotes marked in the text: %q", got)
	}
	quotes := b.text("#a-quotes li")
	for _, want := range []string{"— Margaret Osei", "— David Brennan", "“Work will start in the summer.”"} {
		if !strings.Contains(quotes, want) {
			t.Errorf("quotes lack %q: %q", want, quotes)
		}
	}
	if b.count("#a-keywords li") == 0 {
		t.Error("no keywords")
	}
	if *pageScreenshot != "" {
		b.screenshot(*pageScreenshot)
	}

	// The slider, by keyboard: two steps longer is five sentences, re-sliced by the API.
	b.do(chromedp.Focus(chromedp.CSS("#sentences")), chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight))
	b.waitFor("five sentences", `document.querySelectorAll("#a-summary li").length === 5`)
	b.waitFor("the fifth sentence marked in the text", `(() => {
		const fifth = document.querySelector("#a-summary li:nth-child(5)");
		// A sentence with a quotation in it is marked in pieces, one after the other.
		return fifth !== null && Array.from(document.querySelectorAll("#a-text mark.hl-summary")).map(m => m.textContent).join("").includes(fifth.textContent);
	})()`)
	if loc, err := chromedp.Run(b.ctx, chromedp.Location()); err != nil || !strings.HasSuffix(loc, "?sentences=5") {
		t.Errorf("location after the slider: %q %v", loc, err)
	}
	// Five of the article's eight sentences hold at least one of its two quoting sentences,
	// whichever the ranker prefers: a quotation inside a summary sentence is marked in place,
	// in the summary and in the text, where it is both a summary's and a quote's.
	quoting := map[string]string{
		"“We promised the people of Ashby": "We promised the people of Ashby that we would not let this happen again, and tonight we have kept that promise",
		"“Families in the lower town":      "Families in the lower town cannot wait until 2027",
	}
	found := 0
	summary := b.text("#a-summary li")
	marked, inText := "\n"+b.text("#a-summary mark.hl-quote")+"\n", "\n"+b.text("#a-text mark.hl-summary.hl-quote")+"\n"
	for opening, quotation := range quoting {
		if !strings.Contains(summary, opening) {
			continue
		}
		found++
		if !strings.Contains(marked, "\n"+quotation+"\n") {
			t.Errorf("quotation %q of a summary sentence not marked in the summary: %q", quotation, marked)
		}
		if !strings.Contains(inText, "\n"+quotation+"\n") {
			t.Errorf("quotation %q of a summary sentence not marked in the text: %q", quotation, inText)
		}
	}
	if found == 0 {
		t.Errorf("five summary sentences hold no quoting sentence: %q", summary)
	}

	// The sample: its partial quotes are told apart from the full ones.
	b.do(chromedp.Click(`//a[contains(., "All articles")]`))
	b.waitFor("the list", `!document.querySelector("#list-view").hidden && document.querySelector("#articles").getAttribute("aria-busy") === "false" && document.querySelectorAll('#articles li[data-status="done"] .meta:not(:empty)').length === 2`)
	b.do(chromedp.Click(`//ul[@id="articles"]//li[.//text()[contains(., "The Washington Times")]]/a`))
	b.waitFor("the sample", `!document.querySelector("#article-view").hidden && document.querySelector("#a-meta").textContent.includes("The Washington Times") && document.querySelectorAll("#a-quotes li").length > 0`)
	partial := b.text("#a-quotes li.partial")
	if !strings.Contains(partial, "partial quote") || !strings.Contains(partial, "“mutual weapons delivery”") {
		t.Errorf("partial quotes: %q", partial)
	}
	if full := b.text("#a-quotes li.full"); strings.Contains(full, "partial quote") || !strings.Contains(full, "— Alexander Lukashenko") {
		t.Errorf("full quotes: %q", full)
	}

	// No error shown so far; an unknown article shows the API's message.
	if visible, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](`document.querySelector("#error").offsetHeight > 0`)); err != nil || visible {
		t.Errorf("an error is shown: %q", b.text("#error"))
	}
	b.do(chromedp.Evaluate[chromedp.Void](`location.hash = "#/a/` + strings.Repeat("0", 32) + `"`))
	b.waitFor("the error", `!document.querySelector("#error").hidden && document.querySelector("#error").offsetHeight > 0`)
	if got := b.text("#error-text"); got != "no article with that id (not_found)" {
		t.Errorf("the error shown: %q", got)
	}

	// Through precis ui (unsigned here: the local API takes any request): the page, an upload
	// forwarded to the presigned URL, and the article done.
	ui := startUI(t, api, false)
	note := filepath.Join(t.TempDir(), "harbour.md")
	if err := os.WriteFile(note, []byte(harbourArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	b.do(chromedp.Navigate(ui.URL + "/"))
	b.waitFor("the page through precis ui", `document.querySelectorAll('#articles li[data-status="done"]').length === 2`)
	b.do(chromedp.SetUploadFiles(chromedp.CSS("#files"), []string{note}))
	b.waitFor("harbour.md done", `document.querySelector('#uploads li[data-file="harbour.md"][data-state="done"]') !== null`)

	// On a phone's width nothing runs off the side.
	b.do(chromedp.EmulateViewport(375, 740))
	if wide, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`)); err != nil || wide {
		t.Errorf("the page is wider than a phone's screen (%v)", err)
	}

	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.log {
		// An uploaded article is not found until its event is processed: the page polls
		// through those 404s. A policy violation, a script error or a missing asset is here.
		if strings.Contains(m, "404") && regexp.MustCompile(`/summaries/[0-9a-f]{32}\?sentences=[13]$`).MatchString(m) {
			continue
		}
		t.Errorf("browser console: %s", m)
	}
}

// harbourArticle is a short article uploaded through precis ui.
const harbourArticle = `# Harbour wall to be rebuilt after winter storms

The harbour wall at Port Ellery will be rebuilt this summer after two winter storms tore a
forty-metre gap in it, the town's harbour board said on Monday.

"The wall has protected this town for a hundred and fifty years, and we intend it to do so
for another hundred and fifty," said Helen Marsh, who chairs the board.

Work is expected to take four months and to cost about £3m, paid for by the board and a
government grant. Fishing boats will use the outer moorings while the work goes on.
`

// reasonLogged is the reason `precis local` logged for the failed upload named name.
func reasonLogged(t *testing.T, logs *testserver.SyncBuffer, name string) string {
	t.Helper()
	for _, line := range strings.Split(logs.String(), "\n") {
		if strings.Contains(line, name) && strings.Contains(line, `"status":"failed"`) {
			if m := regexp.MustCompile(`"reason":"([^"]+)"`).FindStringSubmatch(line); m != nil {
				return m[1]
			}
		}
	}
	t.Fatalf("no failure logged for %s:\n%s", name, logs.String())
	return ""
}

package summarizer_test

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
)

// hostilePara is ordinary news English the generated hostile inputs are built around.
const hostilePara = "The city council voted on Tuesday to approve a new budget for the public library, " +
	"which will extend opening hours and add weekend classes for children. " +
	"“We listened to the families who use the library every day,” said Mayor Ana Torres. "

// hostileInputs are the nasty articles: small ones checked in under testdata/hostile (named
// with misleading extensions on purpose), large ones generated here.
func hostileInputs(t *testing.T) map[string][]byte {
	t.Helper()
	in := map[string][]byte{}
	files, err := filepath.Glob("../../testdata/hostile/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile corpus: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		in[filepath.Base(f)] = b
	}
	// A zip bomb renamed .txt: 200 MB of zeros in a few hundred kilobytes.
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("article.txt")
	zeros := make([]byte, 1<<20)
	for range 200 {
		_, _ = w.Write(zeros)
	}
	_ = zw.Close()
	in["zipbomb.txt"] = bomb.Bytes()
	in["50mb.txt"] = bytes.Repeat([]byte(hostilePara+"\n\n"), 50<<20/(len(hostilePara)+2))
	in["one-sentence-100k-words.txt"] = []byte("The council said " + strings.Repeat("that the library budget grew ", 20_000) + "again.")
	in["10k-quote-marks.txt"] = []byte(hostilePara + "\n\n" + strings.Repeat("“", 5000) + strings.Repeat("\"", 5000) + "\n\n" + hostilePara)
	in["nested-100k.html"] = []byte("<html><body>" + strings.Repeat("<div>", 100_000) + "<p>" + hostilePara + hostilePara + "</p>" + strings.Repeat("</div>", 100_000) + "</body></html>")
	in["long-line-1mb.txt"] = []byte(strings.Repeat(hostilePara, 1<<20/len(hostilePara)))
	in["only-boilerplate.txt"] = []byte("Advertisement\n\nShare this article\n\nCopyright 2026 The Daily News. All rights reserved.\n\nClick here for reprint permission.")
	return in
}

// TestHostileInputs runs every nasty article through the pipeline: each ends in a clear,
// typed error or a correct summary. Time and memory are logged, not asserted (the benchmarks
// measure them).
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: generates and processes about 60 MB")
	}
	want := map[string]error{
		"empty.txt":            article.ErrNoText,
		"only-boilerplate.txt": article.ErrNoText,
		"scan.txt":             article.ErrUnsupportedFormat,
		"photo.html":           article.ErrUnsupportedFormat,
		"archive.md":           article.ErrUnsupportedFormat,
		"zipbomb.txt":          article.ErrUnsupportedFormat,
		"50mb.txt":             article.ErrTooLarge,
		"rtl-arabic.txt":       article.ErrUnsupportedLanguage,
	}
	// What a correct summary of the rest must and must not contain.
	contains := map[string][]string{
		"invalid-utf8.txt":            {"library"},
		"utf16le-nobom.txt":           {"The city council voted on Tuesday"},
		"mixed-encodings.txt":         {"“We listened to the families"},
		"scripts.html":                {"The city council voted"},
		"control-chars.txt":           {"council voted"},
		"10k-quote-marks.txt":         {"The city council voted"},
		"nested-100k.html":            {"The city council voted"},
		"long-line-1mb.txt":           {"The city council voted"},
		"one-sentence-100k-words.txt": {"The council said"},
	}
	absent := []string{"INJECTED", "alert(", "handler", "NOSCRIPT", "tracker", "\x00", "\u202e", "\x1b", "\ufffd\ufffd\ufffd"}
	for name, raw := range hostileInputs(t) {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			res, err := summarizer.Process(context.Background(), raw, summarizer.Options{Name: name})
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			t.Logf("%d bytes: %v, %.1f MB allocated", len(raw), took.Round(time.Millisecond), float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
			if w, ok := want[name]; ok {
				if !errors.Is(err, w) {
					t.Fatalf("error %v, want %v", err, w)
				}
				return
			}
			words, ok := contains[name]
			if !ok {
				t.Fatalf("no expectation for %s (error %v)", name, err)
			}
			if err != nil {
				t.Fatalf("error %v, want a summary", err)
			}
			if len(res.Summary) == 0 {
				t.Fatal("no summary")
			}
			var all strings.Builder
			all.WriteString(res.Title + "\n" + res.Text)
			for _, s := range res.Summary {
				all.WriteString("\n" + s.Text)
			}
			for _, q := range res.Quotes {
				all.WriteString("\n" + q.Text + " " + q.Speaker)
			}
			for _, w := range words {
				if !strings.Contains(all.String(), w) {
					t.Errorf("the result lacks %q: %.300q", w, all.String())
				}
			}
			for _, a := range absent {
				if strings.Contains(all.String(), a) {
					t.Errorf("the result contains %q", a)
				}
			}
			for _, s := range res.Summary {
				if n := len(strings.Fields(s.Text)); n > 200 {
					t.Errorf("a summary sentence of %d words", n)
				}
			}
		})
	}
}

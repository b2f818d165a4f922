package summarizer_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
)

func process(t *testing.T, raw []byte, opts summarizer.Options) article.Result {
	t.Helper()
	r, err := summarizer.Process(context.Background(), raw, opts)
	if err != nil {
		t.Fatalf("Process: %v", err)
	}
	return r
}

func TestSampleArticle(t *testing.T) {
	raw := fixture.Read(t, fixture.SampleArticle)
	r := process(t, raw, summarizer.Options{Name: "000.txt"})
	if r.Publisher != "The Washington Times" || r.Published != "2022-12-19" || r.Author != "Mike Glenn" {
		t.Errorf("metadata = %q / %q / %q", r.Publisher, r.Published, r.Author)
	}
	if r.Language != "en" || r.Format != "text" || r.AlgorithmVersion == "" {
		t.Errorf("language %q, format %q, version %q", r.Language, r.Format, r.AlgorithmVersion)
	}
	for _, junk := range []string{"SEE ALSO", "can be reached", "Copyright", "comment policy", "Click to", "Sponsored"} {
		if strings.Contains(r.Text, junk) {
			t.Errorf("cleaned text still holds %q", junk)
		}
	}
	paras := strings.Split(r.Text, "\n\n")
	if len(paras) != 29 {
		t.Errorf("text has %d paragraphs, want 29 (28 body paragraphs and one heading)", len(paras))
	}
	if len(r.Summary) != 3 {
		t.Fatalf("summary has %d sentences, want 3", len(r.Summary))
	}
	for k, s := range r.Summary {
		if !strings.Contains(r.Text, s.Text) || s.Text == "Close but not too close" {
			t.Errorf("summary sentence %q is not a body sentence", s.Text)
		}
		if r.Sentences[s.SentenceIndex].Text != s.Text {
			t.Errorf("summary sentence_index %d points at %q", s.SentenceIndex, r.Sentences[s.SentenceIndex].Text)
		}
		if k > 0 && s.SentenceIndex <= r.Summary[k-1].SentenceIndex {
			t.Errorf("summary not in document order")
		}
		if !strings.ContainsAny(s.Text[len(s.Text)-1:], ".!?”") {
			t.Errorf("summary sentence is a fragment: %q", s.Text)
		}
	}
	for _, s := range r.Sentences {
		if s.Text == "Close but not too close" {
			t.Errorf("the subheading was segmented as a sentence")
		}
	}
	if len(r.Quotes) != 16 {
		t.Errorf("got %d quotes, want 16", len(r.Quotes))
	}
	if r.WordCount < 1100 || r.WordCount > 1300 || r.ReadingTimeMinutes != 6 {
		t.Errorf("word count %d, reading time %d", r.WordCount, r.ReadingTimeMinutes)
	}
	if len(r.Keywords) == 0 {
		t.Errorf("no keywords")
	}
	// Another length is served from the stored ranking.
	five := r.Summarize(5, 0)
	if len(five) != 5 {
		t.Fatalf("Summarize(5) gave %d", len(five))
	}
	for _, s := range r.Summary {
		found := false
		for _, f := range five {
			found = found || f.SentenceIndex == s.SentenceIndex
		}
		if !found {
			t.Errorf("the 3-sentence summary is not a prefix of the 5-sentence one")
		}
	}
}

// The same article saved in another encoding gives the same result.
func TestSameResultWhateverTheEncoding(t *testing.T) {
	raw := fixture.Read(t, fixture.SampleArticle)
	want := process(t, raw, summarizer.Options{})
	encoders := map[string]func([]byte) ([]byte, error){
		"windows-1252": charmap.Windows1252.NewEncoder().Bytes,
		"utf-16le":     xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes,
		"utf-16be":     xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder().Bytes,
		"crlf":         func(b []byte) ([]byte, error) { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")), nil },
	}
	for name, enc := range encoders {
		t.Run(name, func(t *testing.T) {
			converted, err := enc(raw)
			if err != nil {
				t.Fatal(err)
			}
			got := process(t, converted, summarizer.Options{})
			got.Charset, want.Charset = "", ""
			if !reflect.DeepEqual(got, want) {
				t.Errorf("result differs from the UTF-8 original")
			}
		})
	}
}

func TestHTMLAndMarkdownGiveTheSameArticle(t *testing.T) {
	page, err := os.ReadFile("../../testdata/articles/council.html")
	if err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile("../../testdata/articles/council.md")
	if err != nil {
		t.Fatal(err)
	}
	h := process(t, page, summarizer.Options{Name: "council"}) // no extension: detected from content
	m := process(t, md, summarizer.Options{Name: "council.txt"})
	if h.Format != "html" || m.Format != "markdown" {
		t.Fatalf("formats %q and %q", h.Format, m.Format)
	}
	for _, r := range []article.Result{h, m} {
		if r.Title != "Ashby flood: council approves £40m defence plan" || r.Author != "Priya Natarajan" ||
			r.Publisher != "Northshire Gazette" || r.Published != "2024-03-05" {
			t.Errorf("%s metadata: %q / %q / %q / %q", r.Format, r.Title, r.Author, r.Publisher, r.Published)
		}
		for _, junk := range []string{"Home", "Most read", "Advertisement", "Share this", "©", "Privacy", "dataLayer", "notArticleText", "flood.jpg", "https://"} {
			if strings.Contains(r.Text, junk) {
				t.Errorf("%s text still holds %q", r.Format, junk)
			}
		}
		if !strings.Contains(r.Text, "\n\nCritics warn of delays\n\n") {
			t.Errorf("%s lost the subheading", r.Format)
		}
		speakers := map[string]bool{}
		for _, q := range r.Quotes {
			speakers[q.Speaker] = true
		}
		if !speakers["Margaret Osei"] || !speakers["David Brennan"] {
			t.Errorf("%s speakers = %v", r.Format, speakers)
		}
	}
	if h.Text != m.Text {
		t.Errorf("HTML and Markdown bodies differ:\n%s\n---\n%s", h.Text, m.Text)
	}
}

func TestBadInput(t *testing.T) {
	long := bytes.Repeat([]byte("word "), 100_000)
	nested := strings.Repeat("<div>", 100_000) + "<p>" + strings.Repeat("Deep text is still text. ", 20) + "</p>" + strings.Repeat("</div>", 100_000)
	cases := []struct {
		name string
		raw  []byte
		want error // nil: a result, which must be sane
	}{
		{"empty", nil, article.ErrNoText},
		{"white space only", []byte(" \n\n\t \r\n"), article.ErrNoText},
		{"PDF", []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), article.ErrUnsupportedFormat},
		{"PNG", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...), article.ErrUnsupportedFormat},
		{"ZIP", append([]byte("PK\x03\x04"), make([]byte, 64)...), article.ErrUnsupportedFormat},
		{"NUL bytes", make([]byte, 4096), article.ErrUnsupportedFormat},
		{"20 MB of text", bytes.Repeat([]byte("The council met on Tuesday. "), 20<<20/28), article.ErrTooLarge},
		{"not English", []byte("Der Rat hat am Dienstag den neuen Haushalt beschlossen, der mehr Geld für die Schulen und die Straßen der Stadt vorsieht. Die Opposition sagte, dass die Steuern für die Familien steigen werden."), article.ErrUnsupportedLanguage},
		{"invalid UTF-8", []byte("The council \xff\xfe\xfd met on Tuesday \xc3\x28 and approved \xa0\xa1 the budget for the city's schools and roads."), nil},
		{"100,000 words, no punctuation", long, nil},
		{"10,000 quote marks", bytes.Repeat([]byte(`He said “ `), 10_000), nil},
		{"deeply nested HTML", []byte("<html><body>" + nested + "</body></html>"), nil},
		{"only boilerplate", []byte("Advertisement\n\nShare\n\nCopyright © 2024 Example Ltd.\n\nClick here to subscribe"), article.ErrNoText},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := summarizer.Process(context.Background(), c.raw, summarizer.Options{})
			if c.want != nil {
				if !errors.Is(err, c.want) {
					t.Fatalf("err = %v, want %v", err, c.want)
				}
				return
			}
			if err != nil && !errors.Is(err, article.ErrNoText) {
				t.Fatalf("err = %v, want a result or ErrNoText", err)
			}
			if err == nil && (r.Summary == nil || r.Quotes == nil || r.Keywords == nil) {
				t.Errorf("result has null lists: summary %v quotes %v keywords %v", r.Summary == nil, r.Quotes == nil, r.Keywords == nil)
			}
		})
	}
}

func TestWordBudget(t *testing.T) {
	r := process(t, fixture.Read(t, fixture.SampleArticle), summarizer.Options{Words: 60})
	total := 0
	for _, s := range r.Summary {
		total += r.Sentences[s.SentenceIndex].Words
	}
	if len(r.Summary) == 0 || (total > 60 && len(r.Summary) > 1) {
		t.Errorf("summary of %d sentences and %d words for a 60-word budget", len(r.Summary), total)
	}
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := summarizer.Process(ctx, []byte("The council met on Tuesday and approved the budget for the schools."), summarizer.Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

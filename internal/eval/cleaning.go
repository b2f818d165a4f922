package eval

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
	"github.com/precis-news/precis/shared/summarizer/clean"
	"github.com/precis-news/precis/shared/summarizer/language"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// Score is one page's (or a mean over pages') shingle precision, recall and F1.
type Score struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func scoreOf(got, want string) Score {
	p, r, f := ShingleF1(got, want)
	return Score{p, r, f}
}

// PageScores are one page's scores under each way of reading it.
type PageScores struct {
	ID      string `json:"id"`
	English bool   `json:"english"`
	// HeldOut pages are the half of the benchmark not looked at while tuning the cleaner:
	// those whose id (a hex digest) starts with 8-f.
	HeldOut bool  `json:"held_out"`
	HTML    Score `json:"html"`
	Scraped Score `json:"scraped"`
	Floor   Score `json:"floor"`
}

// CleaningRow is the mean score of one way of reading over one subset of the pages.
type CleaningRow struct {
	Method string `json:"method"`
	Subset string `json:"subset"`
	Pages  int    `json:"pages"`
	Score
}

// WorsePage is a page where a way of reading scores below the uncleaned scrape.
type WorsePage struct {
	ID       string  `json:"id"`
	Method   string  `json:"method"`
	F1       float64 `json:"f1"`
	FloorF1  float64 `json:"floor_f1"`
	Recall   float64 `json:"recall"`
	Language string  `json:"language"`
}

// CleaningReport scores the HTML reader and the plain-text cleaner page by page: means over
// all pages, the English ones and the two halves, the pages where reading does worse than no
// cleaning, and the metadata read from the HTML against hand-checked values.
type CleaningReport struct {
	Rows     []CleaningRow  `json:"rows"`
	Worse    []WorsePage    `json:"worse_than_uncleaned"`
	Metadata MetadataReport `json:"metadata"`
	// MetadataHeldOut scores the pages of HeldOutMetadata, which the metadata rules were not
	// tuned on.
	MetadataHeldOut MetadataReport `json:"metadata_held_out"`
	// ScrapedMetadata and ScrapedMetadataHeldOut score what the plain-text cleaner reads
	// from the same pages' scrapes.
	ScrapedMetadata        MetadataReport `json:"scraped_metadata"`
	ScrapedMetadataHeldOut MetadataReport `json:"scraped_metadata_held_out"`
	Pages                  []PageScores   `json:"-"`
}

// Cleaning scores every page three ways (HTML reader, cleaned scrape, uncleaned scrape).
func Cleaning(pages []Page) CleaningReport {
	var rep CleaningReport
	langs := map[string]string{}
	for _, p := range pages {
		lang := language.Detect(text.Words(p.Body))
		langs[p.ID] = lang
		ps := PageScores{ID: p.ID, English: lang == language.English, HeldOut: heldOut(p.ID)}
		scrape := NaiveScrape(p.HTML)
		ps.Floor = scoreOf(scrape, p.Body)
		ps.Scraped = scoreOf(blocksText(clean.Text(scrape).Blocks), p.Body)
		if doc, _, _, err := summarizer.Read([]byte(p.HTML), p.ID+".html"); err == nil {
			ps.HTML = scoreOf(blocksText(doc.Blocks), p.Body)
		}
		rep.Pages = append(rep.Pages, ps)
	}
	subsets := []struct {
		name string
		keep func(PageScores) bool
	}{
		{"all", func(PageScores) bool { return true }},
		{"English", func(p PageScores) bool { return p.English }},
		{"English, tuning half", func(p PageScores) bool { return p.English && !p.HeldOut }},
		{"English, held-out half", func(p PageScores) bool { return p.English && p.HeldOut }},
	}
	methods := []struct {
		name string
		get  func(PageScores) Score
	}{
		{"html", func(p PageScores) Score { return p.HTML }},
		{"scraped text, cleaned", func(p PageScores) Score { return p.Scraped }},
		{"scraped text, uncleaned", func(p PageScores) Score { return p.Floor }},
	}
	for _, m := range methods {
		for _, s := range subsets {
			row := CleaningRow{Method: m.name, Subset: s.name}
			for _, p := range rep.Pages {
				if !s.keep(p) {
					continue
				}
				sc := m.get(p)
				row.Pages++
				row.Precision += sc.Precision
				row.Recall += sc.Recall
				row.F1 += sc.F1
			}
			if row.Pages > 0 {
				n := float64(row.Pages)
				row.Precision, row.Recall, row.F1 = row.Precision/n, row.Recall/n, row.F1/n
			}
			rep.Rows = append(rep.Rows, row)
		}
	}
	for _, p := range rep.Pages {
		for _, m := range methods[:2] {
			if sc := m.get(p); sc.F1 < p.Floor.F1-0.005 {
				rep.Worse = append(rep.Worse, WorsePage{ID: p.ID, Method: m.name, F1: sc.F1, FloorF1: p.Floor.F1, Recall: sc.Recall, Language: langs[p.ID]})
			}
		}
	}
	slices.SortFunc(rep.Worse, func(a, b WorsePage) int {
		if c := strings.Compare(a.Method, b.Method); c != 0 {
			return c
		}
		return int(1000 * ((a.F1 - a.FloorF1) - (b.F1 - b.FloorF1)))
	})
	rep.Metadata = Metadata(pages, HandCheckedMetadata())
	rep.MetadataHeldOut = Metadata(pages, HeldOutMetadata())
	rep.ScrapedMetadata = MetadataOf(pages, HandCheckedMetadata(), readScrape)
	rep.ScrapedMetadataHeldOut = MetadataOf(pages, HeldOutMetadata(), readScrape)
	return rep
}

// heldOut puts a page in the held-out half by the first hex digit of its id.
func heldOut(id string) bool { return id != "" && strings.IndexByte("89abcdef", id[0]) >= 0 }

var (
	//go:embed testdata/page-metadata.tsv
	pageMetadata string
	//go:embed testdata/page-metadata-heldout.tsv
	pageMetadataHeldOut string
)

// PageMeta is the hand-checked metadata of one benchmark page. An empty Author means the
// page names none; Date is the page's own day (YYYY-MM-DD) or empty when it shows none.
type PageMeta struct {
	ID, Title string
	Authors   []string
	Date      string
}

// HandCheckedMetadata parses testdata/page-metadata.tsv: id, title, authors separated by
// ";", date; lines starting with # are comments. The metadata rules were tuned on these pages.
func HandCheckedMetadata() []PageMeta { return parsePageMeta(pageMetadata) }

// HeldOutMetadata parses testdata/page-metadata-heldout.tsv, written like
// testdata/page-metadata.tsv for other pages, which the metadata rules were not tuned on.
func HeldOutMetadata() []PageMeta { return parsePageMeta(pageMetadataHeldOut) }

func parsePageMeta(tsv string) []PageMeta {
	var out []PageMeta
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 4 {
			f = append(f, "")
		}
		m := PageMeta{ID: f[0], Title: f[1], Date: f[3]}
		for _, a := range strings.Split(f[2], ";") {
			if a = strings.TrimSpace(a); a != "" {
				m.Authors = append(m.Authors, a)
			}
		}
		out = append(out, m)
	}
	return out
}

// MetadataReport is the share of hand-checked pages whose title, authors and date the HTML
// reader gets right, with the misses to read.
type MetadataReport struct {
	Pages  int      `json:"pages"`
	Title  float64  `json:"title"`
	Author float64  `json:"author"`
	Date   float64  `json:"date"`
	Misses []string `json:"misses"`
}

// Metadata compares what the HTML reader finds on the pages among pages that hand lists.
func Metadata(pages []Page, hand []PageMeta) MetadataReport {
	return MetadataOf(pages, hand, func(p Page) article.Document {
		doc, _, _, _ := summarizer.Read([]byte(p.HTML), p.ID+".html")
		return doc
	})
}

// readScrape reads a page as the plain-text cleaner does its scrape.
func readScrape(p Page) article.Document { return clean.Text(NaiveScrape(p.HTML)) }

// MetadataOf compares what read finds on the pages among pages that hand lists.
func MetadataOf(pages []Page, hand []PageMeta, read func(Page) article.Document) MetadataReport {
	byID := map[string]Page{}
	for _, p := range pages {
		byID[p.ID] = p
	}
	var rep MetadataReport
	for _, want := range hand {
		p, ok := byID[want.ID]
		if !ok {
			continue
		}
		rep.Pages++
		doc := read(p)
		if normTitle(doc.Title) == normTitle(want.Title) {
			rep.Title++
		} else {
			rep.Misses = append(rep.Misses, fmt.Sprintf("%.8s title  %q, want %q", p.ID, doc.Title, want.Title))
		}
		if got := clean.SplitAuthors(doc.Author); sameNames(got, want.Authors) {
			rep.Author++
		} else {
			rep.Misses = append(rep.Misses, fmt.Sprintf("%.8s author %q, want %q", p.ID, doc.Author, strings.Join(want.Authors, "; ")))
		}
		date := ""
		if !doc.Published.IsZero() {
			date = doc.Published.Format("2006-01-02")
		}
		if date == want.Date {
			rep.Date++
		} else {
			rep.Misses = append(rep.Misses, fmt.Sprintf("%.8s date   %q, want %q", p.ID, date, want.Date))
		}
	}
	if n := float64(rep.Pages); n > 0 {
		rep.Title, rep.Author, rep.Date = rep.Title/n, rep.Author/n, rep.Date/n
	}
	return rep
}

// normTitle compares titles by their letters and digits, ignoring case and punctuation.
func normTitle(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func sameNames(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	norm := func(list []string) []string {
		out := make([]string, len(list))
		for i, s := range list {
			out[i] = normTitle(s)
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(norm(got), norm(want))
}

// Write renders the report's tables for a person, as Markdown.
func (c CleaningReport) Write(b *strings.Builder) {
	c.write(b, func(s string) { b.WriteString("\n## " + s + "\n\n") })
}

func (c CleaningReport) write(b *strings.Builder, h func(string)) {
	h("Cleaning, page by page")
	b.WriteString("Shingle scores per subset (English: the hand-checked body reads as English; the held-out half was not looked at while tuning).\n\n")
	b.WriteString("| method | pages | subset | precision | recall | F1 |\n|---|---|---|---|---|---|\n")
	for _, r := range c.Rows {
		fmt.Fprintf(b, "| %s | %d | %s | %.3f | %.3f | %.3f |\n", r.Method, r.Pages, r.Subset, r.Precision, r.Recall, r.F1)
	}
	fmt.Fprintf(b, "\nPages where reading scores below the uncleaned scrape: %d\n\n", len(c.Worse))
	for _, w := range c.Worse {
		fmt.Fprintf(b, "- %s %.12s (%s): F1 %.3f against %.3f uncleaned, recall %.3f\n", w.Method, w.ID, w.Language, w.F1, w.FloorF1, w.Recall)
	}
	for _, m := range []struct {
		set string
		MetadataReport
		from string
	}{{"tuning", c.Metadata, "HTML"}, {"held-out", c.MetadataHeldOut, "HTML"},
		{"tuning", c.ScrapedMetadata, "scraped text"}, {"held-out", c.ScrapedMetadataHeldOut, "scraped text"}} {
		fmt.Fprintf(b, "\nMetadata from %s on %d hand-checked pages (%s): title %.3f, author %.3f, date %.3f\n", m.from, m.Pages, m.set, m.Title, m.Author, m.Date)
		if len(m.Misses) > 0 {
			b.WriteString("\n")
			for _, s := range m.Misses {
				fmt.Fprintf(b, "- %s\n", s)
			}
		}
	}
}

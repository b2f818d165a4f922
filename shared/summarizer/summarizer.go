// Package summarizer is Précis's core: Process turns the raw bytes of an uploaded article
// into an article.Result (cleaned text, ranked sentences, summary, quotes, keywords and
// metadata). Its stages are the sub-packages (decode, format, extract, markdown, clean,
// text, language, quotes, keywords, rank); it is pure Go with no I/O, and the use cases
// (package ingest, the CLI) call it.
package summarizer

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
	"github.com/precis-news/precis/shared/summarizer/decode"
	"github.com/precis-news/precis/shared/summarizer/extract"
	"github.com/precis-news/precis/shared/summarizer/format"
	"github.com/precis-news/precis/shared/summarizer/keywords"
	"github.com/precis-news/precis/shared/summarizer/language"
	"github.com/precis-news/precis/shared/summarizer/markdown"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"github.com/precis-news/precis/shared/summarizer/rank"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// AlgorithmVersion identifies the cleaning, ranking and quoting logic; stored results carry
// it so they can be recomputed when it changes.
const AlgorithmVersion = "precis-1.5.2"

// Defaults for Options' zero values.
const (
	DefaultKeywords = 8
	// WordsPerMinute is the adult silent reading speed used for reading time.
	WordsPerMinute = 238
)

// Options tune Process. The zero value is ready to use.
type Options struct {
	// Name is the file name or object key, a hint for format detection only.
	Name string
	// Sentences is the summary length (default 3); Words, when set, is a word budget instead.
	Sentences, Words int
	// MaxBytes is the input size limit (default 8 MiB).
	MaxBytes int
	// AnyLanguage summarises non-English text instead of failing with article.ErrUnsupportedLanguage.
	AnyLanguage bool
	// Keywords is how many key phrases to return (default 8).
	Keywords int
	// Summarizer overrides the ranking weights (nil: rank.DefaultParams).
	Summarizer *rank.Params
}

func (o Options) withDefaults() Options {
	if o.Sentences <= 0 {
		o.Sentences = article.DefaultSentences
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = article.DefaultMaxBytes
	}
	if o.Keywords <= 0 {
		o.Keywords = DefaultKeywords
	}
	if o.Summarizer == nil {
		o.Summarizer = &rank.DefaultParams
	}
	return o
}

// Process runs the whole pipeline on raw. It returns ctx's error as soon as ctx ends, even in
// the middle of a stage (see stage).
func Process(ctx context.Context, raw []byte, opts Options) (article.Result, error) {
	opts = opts.withDefaults()
	if err := ctx.Err(); err != nil {
		return article.Result{}, fmt.Errorf("summarizer: %w", err)
	}
	if len(raw) > opts.MaxBytes {
		return article.Result{}, fmt.Errorf("summarizer: %d bytes, limit %d: %w", len(raw), opts.MaxBytes, article.ErrTooLarge)
	}
	type read struct {
		doc article.Document
		dec decode.Text
		f   format.Format
		err error
	}
	rd, err := stage(ctx, func() read {
		doc, dec, f, err := Read(raw, opts.Name)
		return read{doc, dec, f, err}
	})
	if err != nil {
		return article.Result{}, err
	}
	doc, dec, f, err := rd.doc, rd.dec, rd.f, rd.err
	if errors.Is(err, article.ErrNoText) && f == format.Plain && !opts.AnyLanguage {
		// The cleaner's stopword signal rejects every block of a foreign-language text: say so.
		if lang := language.Detect(text.Words(dec.Text[:min(len(dec.Text), 20000)])); lang != language.English && lang != language.Undetermined {
			return article.Result{}, fmt.Errorf("summarizer: language %q: %w (only English is supported)", lang, article.ErrUnsupportedLanguage)
		}
	}
	if err != nil {
		return article.Result{}, err
	}
	paras, err := stage(ctx, func() []text.Paragraph { return text.Segment(doc.Blocks) })
	if err != nil {
		return article.Result{}, err
	}
	sents := text.AllSentences(paras)
	if len(sents) == 0 {
		return article.Result{}, fmt.Errorf("summarizer: %w: nothing left after cleaning", article.ErrNoText)
	}
	lang := detectLanguage(sents, doc.Language)
	if lang != language.English && lang != language.Undetermined && !opts.AnyLanguage {
		return article.Result{}, fmt.Errorf("summarizer: language %q: %w (only English is supported)", lang, article.ErrUnsupportedLanguage)
	}
	qs, err := quotes.ExtractContext(ctx, paras) // checks ctx in its own loops
	if err != nil {
		return article.Result{}, fmt.Errorf("summarizer: %w", err)
	}
	ranked, err := stage(ctx, func() []rank.Ranked { return opts.Summarizer.Rank(SummaryInput(paras, doc.Title, qs)) })
	if err != nil {
		return article.Result{}, err
	}

	r := article.Result{
		AlgorithmVersion: AlgorithmVersion,
		Title:            doc.Title,
		Author:           doc.Author,
		Publisher:        doc.Publisher,
		Language:         lang,
		Format:           string(f),
		Charset:          dec.Charset,
		Text:             joinBlocks(doc.Blocks),
	}
	if !doc.Published.IsZero() {
		r.Published = doc.Published.Format("2006-01-02")
	}
	r.Sentences = make([]article.Sentence, len(sents))
	sentTexts := make([]string, len(sents))
	for i, s := range sents {
		words := text.CountWords(s.Text)
		r.Sentences[i] = article.Sentence{Index: i, ParagraphIndex: s.Paragraph, Text: s.Text, Score: ranked[i].Score, Rank: ranked[i].Rank, Words: words}
		r.WordCount += words
		sentTexts[i] = s.Text
	}
	r.ReadingTimeMinutes = max(1, int(math.Ceil(float64(r.WordCount)/WordsPerMinute)))
	r.Summary = r.Summarize(opts.Sentences, opts.Words)
	r.Quotes = make([]article.Quote, len(qs))
	for i, q := range qs {
		r.Quotes[i] = article.Quote{Text: q.Text, Speaker: q.Speaker, SpeakerType: string(q.SpeakerType), Partial: q.Partial, ParagraphIndex: q.Paragraph, Score: q.Score}
		if id, ok := quotes.SpeakerKey(q.Speaker, string(q.SpeakerType)); ok {
			r.Quotes[i].Identity = &id
		}
	}
	if doc.Title != "" {
		sentTexts = append([]string{doc.Title}, sentTexts...)
	}
	if r.Keywords, err = stage(ctx, func() []string { return keywords.Extract(sentTexts, opts.Keywords) }); err != nil {
		return article.Result{}, err
	}
	if r.Keywords == nil {
		r.Keywords = []string{}
	}
	return r, nil
}

// Read decodes raw, detects its format and reduces it to the article body and metadata:
// the stages before segmentation, which the evaluation of cleaning scores on their own.
func Read(raw []byte, name string) (article.Document, decode.Text, format.Format, error) {
	dec, err := decode.Decode(raw)
	if err != nil {
		return article.Document{}, dec, "", fmt.Errorf("summarizer: %w", err)
	}
	f := format.Detect(dec.Text, name)
	var doc article.Document
	switch f {
	case format.HTML:
		doc, err = extract.HTML(dec.Text)
		if err != nil {
			return doc, dec, f, fmt.Errorf("summarizer: %w", err)
		}
		doc = clean.Filter(doc)
	case format.Markdown:
		doc = clean.Filter(markdown.Parse(dec.Text))
	default:
		doc = clean.Text(dec.Text)
	}
	if len(doc.Blocks) == 0 {
		return doc, dec, f, fmt.Errorf("summarizer: %w: no article body found in the %s input", article.ErrNoText, f)
	}
	return doc, dec, f, nil
}

func detectLanguage(sents []text.Sentence, declared string) string {
	var words []string
	for _, s := range sents {
		words = append(words, text.Words(s.Text)...)
		if len(words) > 150 {
			break
		}
	}
	lang := language.Detect(words)
	if lang == language.Undetermined && declared != "" {
		lang = strings.ToLower(strings.SplitN(strings.SplitN(declared, "-", 2)[0], "_", 2)[0])
	}
	return lang
}

// SummaryInput is what the ranker reads about an article: its sentences, its title and how
// much of each sentence is direct quotation. Exported for the evaluation's parameter search.
func SummaryInput(paras []text.Paragraph, title string, qs []quotes.Quote) rank.Input {
	sents := text.AllSentences(paras)
	return rank.Input{Sentences: sents, Title: title, QuoteShare: quoteShare(paras, len(sents), qs)}
}

// quoteShare is, per sentence, the share of its bytes inside a direct quotation.
func quoteShare(paras []text.Paragraph, n int, qs []quotes.Quote) []float64 {
	share := make([]float64, n)
	for _, q := range qs {
		for _, s := range paras[q.Paragraph].Sentences {
			lo, hi := max(q.Start, s.Span.Start), min(q.End, s.Span.End)
			if hi > lo && s.Span.End > s.Span.Start {
				share[s.Index] += float64(hi-lo) / float64(s.Span.End-s.Span.Start)
			}
		}
	}
	for i := range share {
		share[i] = min(share[i], 1)
	}
	return share
}

func joinBlocks(blocks []article.Block) string {
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
	}
	return b.String()
}

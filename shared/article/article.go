// Package article is Précis's domain: the one shape of an article as it moves through the
// product, and the rules every layer shares.
//
//   - Document is an input reduced to its body blocks and metadata (what the summarizer's
//     readers produce);
//   - Result is what the summarizer makes of it (cleaned text, ranked sentences, summary,
//     quotes, keywords, metadata), and Record is an uploaded article's stored state: its
//     status and source, around its Result;
//   - Select and BalanceQuotes re-slice a stored ranking into a summary of any length
//     without the summarizer, which is why the API function does not link it;
//   - the typed errors classify input the summarizer refuses (InputError carries the sentence
//     a person reads) and the outcomes of storage (NotFound, Superseded, ...), so that the use
//     cases (packages ingest and api) are written in these types and never in an adapter's.
package article

import (
	"errors"
	"time"
)

// Errors that classify input the pipeline cannot turn into a summary. Every stage wraps one of
// them, so callers (the CLI, the Lambda handler) can tell a final failure from a transient one
// with errors.Is.
var (
	// ErrNoText means the input decoded, but no article text remained.
	ErrNoText = errors.New("no article text")
	// ErrUnsupportedFormat means the input is binary or in a format the pipeline cannot read.
	ErrUnsupportedFormat = errors.New("unsupported format")
	// ErrTooLarge means the input is over the configured size limit.
	ErrTooLarge = errors.New("input too large")
	// ErrUnsupportedLanguage means the article is not in a language the pipeline supports.
	ErrUnsupportedLanguage = errors.New("unsupported language")
)

// BlockKind says what a body block is.
type BlockKind int

const (
	// Paragraph is running body text.
	Paragraph BlockKind = iota
	// Heading is a section heading inside the body: kept in the text, never summarised.
	Heading
)

// String returns "paragraph" or "heading".
func (k BlockKind) String() string {
	if k == Heading {
		return "heading"
	}
	return "paragraph"
}

// Block is one paragraph or heading of the article body, in reading order.
type Block struct {
	Kind BlockKind
	Text string
}

// Metadata is what the source says about the article besides its body.
type Metadata struct {
	Title     string
	Author    string
	Publisher string
	// Published is the zero time when unknown.
	Published time.Time
	// Language is the declared language (for example from an HTML lang attribute), if any.
	Language string
}

// Document is an article reduced to its body and metadata: what every input format is turned
// into before segmentation.
type Document struct {
	Metadata
	Blocks []Block
}

// Merge fills the fields of m that are empty with those of other.
func (m *Metadata) Merge(other Metadata) {
	if m.Title == "" {
		m.Title = other.Title
	}
	if m.Author == "" {
		m.Author = other.Author
	}
	if m.Publisher == "" {
		m.Publisher = other.Publisher
	}
	if m.Published.IsZero() {
		m.Published = other.Published
	}
	if m.Language == "" {
		m.Language = other.Language
	}
}

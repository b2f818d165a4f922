package article

import (
	"errors"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Speakers across articles. The summarizer gives each quote's speaker a SpeakerID (package
// quotes, SpeakerKey: titles, honorifics and nationalities are its lexicon's); the store
// indexes quotes by it, and the API finds a speaker by its key. What they share is here.

// SpeakerID is a speaker's identity across articles.
type SpeakerID struct {
	// Key is the canonical key: lower-case words joined by "-", without accents.
	Key string
	// Surname is, for a person named by two or more words, the key of the surname alone
	// ("putin" for "vladimir-putin"); empty otherwise.
	Surname string
	// Name is the name as a person would write it, without titles or possessive.
	Name string
}

// Speaker types, as Quote.SpeakerType holds them.
const (
	PersonSpeaker       = "person"
	OrganizationSpeaker = "organization"
)

// MaxKeyBytes bounds a key: names longer than this are cut at a word.
const MaxKeyBytes = 120

// NormalizeKey brings what a person typed (a key, a name, the start of one) to the form of
// keys, for lookups and prefixes: "Vladimir Put" is "vladimir-put".
func NormalizeKey(s string) string {
	var ws []string
	for _, w := range NameWords(s) {
		ws = append(ws, w.Folded)
	}
	return JoinKey(ws)
}

// ResolveSurname applies the cross-article rule to a bare surname key: given the full keys
// seen with that surname, it returns the one the surname stands for, or false when there
// is no single one.
func ResolveSurname(fullKeys []string) (string, bool) {
	if len(fullKeys) != 1 {
		return "", false
	}
	return fullKeys[0], true
}

// NameWord is one word of a name: as written (for display) and folded (for keys).
type NameWord struct {
	Text, Folded string
}

// NameWords splits a name into words at spaces and hyphens, dropping possessive endings
// and punctuation; folded words are lower case, without accents.
func NameWords(name string) []NameWord {
	var out []NameWord
	for _, f := range strings.FieldsFunc(name, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '‐' || r == '–' || r == '—' || r == '/' || r == ','
	}) {
		// "Putin's" is Putin; "Smiths'" loses its apostrophe to fold.
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		folded := fold(f)
		if folded == "" {
			continue
		}
		out = append(out, NameWord{Text: strings.Trim(f, ",;:!?\"“”‘’()[]"), Folded: folded})
	}
	return out
}

// fold lower-cases a word and keeps only its letters and digits, without accents.
func fold(w string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// JoinKey joins folded words with "-", cut at a word to MaxKeyBytes.
func JoinKey(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if b.Len()+len(w)+1 > MaxKeyBytes {
			break
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(w)
	}
	return b.String()
}

// QuoteEntry is one quote in the speaker index.
type QuoteEntry struct {
	ID          string `dynamodbav:"id" json:"-"`
	Shard       string `dynamodbav:"spk_shard" json:"-"`
	At          string `dynamodbav:"spk_at" json:"-"`
	Sequencer   string `dynamodbav:"sequencer" json:"-"`
	SpeakerKey  string `dynamodbav:"speaker_key" json:"speaker_key"`
	Speaker     string `dynamodbav:"speaker" json:"speaker"`
	SpeakerType string `dynamodbav:"speaker_type" json:"speaker_type"`
	Text        string `dynamodbav:"text" json:"text"`
	Partial     bool   `dynamodbav:"partial" json:"partial"`
	// Rank is the quote's rank among the article's quotes, 1 for its key quote.
	Rank      int       `dynamodbav:"rank" json:"rank"`
	ArticleID string    `dynamodbav:"article_id" json:"article_id"`
	Key       string    `dynamodbav:"key" json:"key"`
	Title     string    `dynamodbav:"title,omitempty" json:"title"`
	Published string    `dynamodbav:"published,omitempty" json:"published,omitempty"`
	CreatedAt time.Time `dynamodbav:"created_at" json:"created_at"`
}

// Speaker is one speaker of the directory, with how many quotes the index holds for it.
type Speaker struct {
	Key    string `json:"key"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Quotes int    `json:"quotes"`
}

// SpeakerQuery selects a speaker's quotes.
type SpeakerQuery struct {
	// Since and Until bound the quotes' dates (YYYY-MM-DD), both included; empty: unbounded.
	Since, Until string
	// Limit is the page's size (at least 1).
	Limit int
	// After is where the previous page ended (its QuotePosition), empty for the first page.
	After string
}

// ErrBadQuery means a speaker query's bounds are not dates.
var ErrBadQuery = errors.New("since and until must be dates (YYYY-MM-DD)")

package article

// Defaults that every layer shares.
const (
	// DefaultMaxBytes is the default limit on an article's size (8 MiB).
	DefaultMaxBytes = 8 << 20
	// DefaultSentences is the default summary length.
	DefaultSentences = 3
)

// Result is what the pipeline produces for one article. Its JSON names are stable: stored
// results and API clients depend on them (README.md documents each field).
type Result struct {
	AlgorithmVersion string `json:"algorithm_version" dynamodbav:"algorithm_version,omitempty"`
	Title            string `json:"title" dynamodbav:"title,omitempty"`
	Author           string `json:"author" dynamodbav:"author,omitempty"`
	Publisher        string `json:"publisher" dynamodbav:"publisher,omitempty"`
	// Published is an ISO 8601 date (2006-01-02), empty when unknown.
	Published string `json:"published" dynamodbav:"published,omitempty"`
	// Language is an ISO 639-1 code, or "und" when too little text to tell.
	Language string `json:"language" dynamodbav:"language,omitempty"`
	// Format is what the input was read as: "text", "html" or "markdown".
	Format string `json:"format" dynamodbav:"format,omitempty"`
	// Charset is the encoding the input was decoded from.
	Charset string `json:"charset" dynamodbav:"charset,omitempty"`
	// Text is the cleaned body, paragraphs (and headings) separated by one blank line.
	Text string `json:"text" dynamodbav:"-"`
	// Summary is the extractive summary, in document order.
	Summary []SummarySentence `json:"summary" dynamodbav:"-"`
	// Sentences are all body sentences with their scores and summary ranks.
	Sentences []Sentence `json:"sentences" dynamodbav:"sentences,omitempty"`
	// Quotes are the direct quotations, key quotes first.
	Quotes             []Quote  `json:"quotes" dynamodbav:"quotes,omitempty"`
	Keywords           []string `json:"keywords" dynamodbav:"keywords,omitempty"`
	WordCount          int      `json:"word_count" dynamodbav:"word_count,omitempty"`
	ReadingTimeMinutes int      `json:"reading_time_minutes" dynamodbav:"reading_time_minutes,omitempty"`
}

// SummarySentence is one sentence of the summary.
type SummarySentence struct {
	Text          string  `json:"text"`
	SentenceIndex int     `json:"sentence_index"`
	Score         float64 `json:"score"`
}

// Sentence is one body sentence.
type Sentence struct {
	Index          int     `json:"index"`
	ParagraphIndex int     `json:"paragraph_index"`
	Text           string  `json:"text"`
	Score          float64 `json:"score"`
	// Rank is the sentence's place in the summary order (0 first), -1 if never chosen.
	Rank  int `json:"rank"`
	Words int `json:"words"`
}

// Quote is a direct quotation.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	// SpeakerType is "person", "organization" or "unknown".
	SpeakerType    string  `json:"speaker_type"`
	Partial        bool    `json:"partial"`
	ParagraphIndex int     `json:"paragraph_index"`
	Score          float64 `json:"score"`
	// Identity is the speaker's identity across articles (nil without one): stored, so that
	// the speaker index needs no lexicon of titles, never sent.
	Identity *SpeakerID `json:"-" dynamodbav:",omitempty"`
}

// Summarize re-slices the ranking into a summary of n sentences, or of at most budget words
// when budget > 0, without recomputing anything. It serves a stored record too, whose
// Sentences are only the top-ranked ones: each keeps its Index in the article.
func (r Result) Summarize(n, budget int) []SummarySentence {
	ranks := make([]int, len(r.Sentences))
	words := make([]int, len(r.Sentences))
	for i, s := range r.Sentences {
		ranks[i], words[i] = s.Rank, s.Words
	}
	idx := Select(ranks, words, n, budget)
	out := make([]SummarySentence, len(idx))
	for k, i := range idx {
		// A bullet stands alone: pair the quotation marks its sentence shares with its neighbours.
		out[k] = SummarySentence{Text: BalanceQuotes(r.Sentences[i].Text), SentenceIndex: r.Sentences[i].Index, Score: r.Sentences[i].Score}
	}
	return out
}

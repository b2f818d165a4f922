package article

// Bounds on what a record stores, so that its DynamoDB item stays far below the 400 KB item
// limit whatever the article: a page's <title> or byline can be any length.
const (
	maxTitleBytes   = 1000
	maxNameBytes    = 300 // author, publisher, a quote's speaker
	maxShortBytes   = 64  // published, language, format
	maxReasonBytes  = 1000
	maxKeywords     = 20
	maxKeywordBytes = 100
	// KeyQuotes is how many quotes, the first (key) ones, survive shedding.
	KeyQuotes = 5
	// ShedSentences is how many top-ranked sentences survive the first shedding step: more
	// than the API's default summary length.
	ShedSentences = 10
)

// Bound cuts every free-text field to its bound. Fill and Finish keep lists bounded; Bound
// covers the fields set from elsewhere (metadata, the reason) and is safe to repeat.
func (r *Record) Bound() {
	r.Title = truncate(r.Title, maxTitleBytes)
	r.Author = truncate(r.Author, maxNameBytes)
	r.Publisher = truncate(r.Publisher, maxNameBytes)
	r.Published = truncate(r.Published, maxShortBytes)
	r.Language = truncate(r.Language, maxShortBytes)
	r.Format = truncate(r.Format, maxShortBytes)
	r.AlgorithmVersion = truncate(r.AlgorithmVersion, maxShortBytes)
	r.Reason = truncate(r.Reason, maxReasonBytes)
	if len(r.Keywords) > maxKeywords {
		r.Keywords = r.Keywords[:maxKeywords]
	}
	if len(r.Sentences) > MaxStoredSentences {
		r.Sentences = r.Sentences[:MaxStoredSentences]
	}
	if len(r.Quotes) > MaxStoredQuotes {
		r.Quotes = r.Quotes[:MaxStoredQuotes]
	}
	r.Keywords = append([]string(nil), r.Keywords...)
	for i := range r.Keywords {
		r.Keywords[i] = truncate(r.Keywords[i], maxKeywordBytes)
	}
	r.Sentences = append(r.Sentences[:0:0], r.Sentences...)
	for i := range r.Sentences {
		r.Sentences[i].Text = truncate(r.Sentences[i].Text, maxSentenceChars)
	}
	r.Quotes = append(r.Quotes[:0:0], r.Quotes...)
	for i := range r.Quotes {
		r.Quotes[i].Text = truncate(r.Quotes[i].Text, maxQuoteChars)
		r.Quotes[i].Speaker = truncate(r.Quotes[i].Speaker, maxNameBytes)
		if id := r.Quotes[i].Identity; id != nil {
			bounded := *id // the caller's quote keeps its own
			bounded.Name, bounded.Surname = truncate(id.Name, maxNameBytes), truncate(id.Surname, MaxKeyBytes)
			r.Quotes[i].Identity = &bounded
		}
	}
}

// Shed drops the next optional part of the summary, for a record too large to store, and
// reports whether there was one: first the sentences ranked after the first ShedSentences
// (longer summaries than that are then served shorter), then the quotes after the key ones,
// then the keywords, then every sentence after the default summary's three, then every
// quote. What is left (status, source, metadata, a short summary) is bounded by Bound.
func (r *Record) Shed() bool {
	keepRanked := func(n int) bool {
		kept := r.Sentences[:0:0]
		for _, s := range r.Sentences {
			if s.Rank >= 0 && s.Rank < n {
				kept = append(kept, s)
			}
		}
		shed := len(kept) < len(r.Sentences)
		r.Sentences = kept
		return shed
	}
	switch {
	case keepRanked(ShedSentences):
	case len(r.Quotes) > KeyQuotes:
		r.Quotes = r.Quotes[:KeyQuotes]
	case len(r.Keywords) > 0:
		r.Keywords = nil
	case keepRanked(3):
	case len(r.Quotes) > 0:
		r.Quotes = nil
	default:
		return false
	}
	return true
}

package article

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"strings"
	"time"
)

// Status is where an article is in its processing.
type Status string

// Statuses. Failed is final: the article cannot be summarised and retrying will not help.
const (
	Pending Status = "pending"
	Done    Status = "done"
	Failed  Status = "failed"
)

// Limits that keep a record far below DynamoDB's 400 KB item limit whatever the
const (
	// MaxStoredSentences is how many top-ranked sentences keep their text: the longest
	// summary the API can serve.
	MaxStoredSentences = 50
	MaxStoredQuotes    = 30
	maxQuoteChars      = 1500
	maxSentenceChars   = 2000
)

// Record is one article's stored state.
type Record struct {
	ID     string `dynamodbav:"id"`
	Status Status `dynamodbav:"status"`
	// Reason says, for a person, why a failed article failed.
	Reason string `dynamodbav:"reason,omitempty"`

	Bucket string `dynamodbav:"bucket"`
	Key    string `dynamodbav:"key"`
	ETag   string `dynamodbav:"etag,omitempty"`
	Size   int64  `dynamodbav:"size"`
	// Sequencer is S3's event sequencer, left-padded to a fixed width so that DynamoDB's string
	// comparison orders events (see Sequencer).
	Sequencer   string `dynamodbav:"sequencer"`
	ContentHash string `dynamodbav:"content_hash,omitempty"`
	// TextKey is where the cleaned text is stored in the bucket (outside the input prefix).
	TextKey string `dynamodbav:"text_key,omitempty"`

	// CreatedAt is when this version of the object was uploaded (the S3 event's time), which
	// orders the newest-first listing; UpdatedAt is when the record was last written.
	CreatedAt time.Time `dynamodbav:"created_at"`
	UpdatedAt time.Time `dynamodbav:"updated_at"`
	// LeaseUntil is when a pending article's claim by one invocation runs out, after which a
	// redelivered event may take it over (a crashed invocation leaves it pending).
	// Unix nanoseconds: numbers compare correctly in condition expressions.
	LeaseUntil int64 `dynamodbav:"lease_until"`
	// ClaimToken identifies the invocation holding the claim: a claim write whose reply was
	// lost is recognised as its own on the retry, and only the holder releases it.
	ClaimToken string `dynamodbav:"claim_token,omitempty"`
	// Timeouts counts the attempts of this event that ran out of time: a pending record's
	// count is carried to the event's retry, which records a final failure at the limit.
	Timeouts int `dynamodbav:"timeouts,omitempty"`
	// Listing is the record's partition of the newest-first index (set by the store).
	Listing string `dynamodbav:"listing"`

	// Result is the article's summary as stored: Fill and Bound keep it small (the text is
	// stored apart, under TextKey, and the summary is re-sliced from the ranking when read).
	Result
}

// ListingPartition prefixes Listing on every record; the store appends a shard number.
const ListingPartition = "article"

// ID derives a stable, URL-safe id from the object's bucket and key.
func ID(bucket, key string) string {
	sum := sha256.Sum256([]byte(bucket + "\x00" + key))
	return hex.EncodeToString(sum[:16])
}

var idPattern = regexp.MustCompile(`^[0-9a-f]{32}$`)

// ValidID reports whether s has the form ID produces.
func ValidID(s string) bool { return idPattern.MatchString(s) }

// sequencerWidth is wider than any sequencer S3 sends.
const sequencerWidth = 40

// Sequencer normalises an S3 event sequencer for ordering by string comparison: S3 says to
// left-pad the shorter of two sequencers with zeros and compare them lexicographically.
func Sequencer(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) >= sequencerWidth {
		return s
	}
	return strings.Repeat("0", sequencerWidth-len(s)) + s
}

// Fill copies a pipeline result into the record, keeping it small: every sentence's score and
// rank, but the text only of the top MaxStoredSentences; the top quotes, truncated.
func (r *Record) Fill(res Result) {
	sentences := res.Sentences
	r.Result = res
	r.Text, r.Summary = "", nil // the text is stored apart; the summary is re-sliced when read
	r.Sentences = make([]Sentence, 0, len(sentences))
	for _, s := range sentences {
		if s.Rank < 0 || s.Rank >= MaxStoredSentences {
			continue // never served: only the ranked prefix can make a summary
		}
		s.Text = truncate(s.Text, maxSentenceChars)
		r.Sentences = append(r.Sentences, s)
	}
	r.Quotes = res.Quotes[:min(len(res.Quotes), MaxStoredQuotes)]
	for i := range r.Quotes {
		r.Quotes[i].Text = truncate(r.Quotes[i].Text, maxQuoteChars)
	}
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

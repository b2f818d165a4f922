package article

import "errors"

// Outcomes of storage, which the adapters (the DynamoDB store, the S3 objects) return wrapped
// with their context and the use cases test with errors.Is.
var (
	// ErrNotFound means there is no record with that id, or no object with that key.
	ErrNotFound = errors.New("not found")
	// ErrSuperseded means a newer event, or a duplicate that finished first, owns the record.
	ErrSuperseded = errors.New("superseded by another event")
	// ErrRefused means the store refuses the record for good (over its item size limit, or
	// otherwise invalid): retrying cannot store it.
	ErrRefused = errors.New("refused by the store")
)

// Claim is the outcome of claiming an article for an event.
type Claim int

// Claim outcomes.
const (
	// Claimed: this event owns the article and must process it.
	Claimed Claim = iota
	// Duplicate: the same event was processed already.
	Duplicate
	// Stale: a newer upload of the same key has been seen; this event must not overwrite it.
	Stale
	// InProgress: the same event is being processed under an unexpired lease. A later retry
	// finds it finished, or its lease run out (the invocation that held it crashed).
	InProgress
)

// String names the outcome for logs.
func (c Claim) String() string {
	return [...]string{"claimed", "duplicate", "stale", "in progress"}[c]
}

// Position is where a page of the newest-first listing ends: the last record's id and the
// time that orders it.
type Position struct {
	ID        string
	UpdatedNs int64
}

// Object is an uploaded object as read: its bytes and ETag.
type Object struct {
	Body []byte
	ETag string
}

// Listed is one object of a bucket listing.
type Listed struct {
	Key  string
	ETag string
	Size int64
}

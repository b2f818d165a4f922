package ingest

import "time"

// Change is one change to an object of the bucket, as the bucket's notification tells it
// (package s3event turns S3's notifications into Changes).
type Change struct {
	Kind ChangeKind
	// Event names the notification (for example "ObjectCreated:Put"), for the logs.
	Event  string
	Bucket string
	// Key is the object's key, decoded.
	Key  string
	ETag string
	Size int64
	// Sequencer orders the changes of one key: S3's event sequencer, as sent.
	Sequencer string
	// Time is when the change happened: an upload's time orders the listing.
	Time time.Time
}

// ChangeKind is what happened to an object.
type ChangeKind int

// Kinds of change.
const (
	// Other is a notification ingest does not act on (a test event, a restore): logged.
	Other ChangeKind = iota
	// Created is an upload (or a copy) of the object.
	Created
	// Deleted is the deletion of an object, or of one of its versions for good: on a
	// versioned bucket a current version may remain, and is then summarised again.
	Deleted
	// DeleteMarked is a delete marker placed on a versioned object: it has no current version.
	DeleteMarked
)

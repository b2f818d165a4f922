// Package ingest is the summarize function's use case: it turns object changes (Change,
// which package s3event makes of S3's notifications) into stored article records. Each
// created object is claimed (so duplicate and older events do nothing), read with a size
// bound, summarised, and finished as done or, for an article that cannot be summarised, as
// a final failure with a reason a person can read. Transient errors (S3 or DynamoDB
// failures, running out of time) are returned so that the caller (Lambda) retries; an
// article whose summarising runs out of time in two attempts is a final failure ("took too
// long").
package ingest

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
)

// Store is what ingest needs of the record store.
type Store interface {
	ClaimReplacing(ctx context.Context, rec article.Record, now time.Time, lease time.Duration) (article.Claim, article.Record, error)
	Finish(ctx context.Context, rec article.Record, now time.Time) error
	Release(ctx context.Context, rec article.Record, now time.Time) error
	Get(ctx context.Context, id string) (article.Record, error)
	Delete(ctx context.Context, id, seq string) (article.Record, error)
}

// Objects is what ingest needs of the object store.
type Objects interface {
	Get(ctx context.Context, bucket, key string, limit int64) (article.Object, error)
	PutText(ctx context.Context, bucket, key, text string) error
	Delete(ctx context.Context, bucket, key string) error
	Head(ctx context.Context, bucket, key string) (article.Object, int64, error)
}

// Config is the function's configuration, from its environment.
type Config struct {
	// InputPrefix is the prefix that triggers the function; OutputPrefix, where cleaned text
	// goes, must differ so that writing never triggers it again.
	InputPrefix, OutputPrefix string
	// MaxBytes is the largest article accepted.
	MaxBytes int64
	// Lease is how long a claim protects an article from a duplicate event; longer than the
	// function's timeout.
	Lease time.Duration
	// Reserve is the time kept before the invocation's deadline to record a failure.
	Reserve time.Duration
	// Events, when set, is told of each article that reaches done or failed (events.go).
	Events Publisher
}

// Service handles S3 events.
type Service struct {
	store   Store
	objects Objects
	cfg     Config
	log     *slog.Logger
	now     func() time.Time
	process func(context.Context, []byte, summarizer.Options) (article.Result, error)
}

// New returns a Service. It refuses an output prefix inside the input prefix.
func New(st Store, obj Objects, cfg Config, log *slog.Logger) (*Service, error) {
	if PrefixesOverlap(cfg.InputPrefix, cfg.OutputPrefix) {
		return nil, fmt.Errorf("ingest: output prefix %q must not overlap input prefix %q", cfg.OutputPrefix, cfg.InputPrefix)
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = article.DefaultMaxBytes
	}
	if cfg.Lease <= 0 {
		cfg.Lease = 15 * time.Minute
	}
	if cfg.Reserve <= 0 {
		cfg.Reserve = 2 * time.Second
	}
	return &Service{store: st, objects: obj, cfg: cfg, log: log, now: time.Now, process: summarizer.Process}, nil
}

// PrefixesOverlap reports whether an output prefix would fall under the input prefix (or
// the other way round), or is empty: writing the cleaned text would then trigger the
// function again.
func PrefixesOverlap(input, output string) bool {
	return output == "" || strings.HasPrefix(output, input) || strings.HasPrefix(input, output)
}

// Handle processes object changes, as the bucket's notifications tell them. It returns an
// error only for transient failures, after trying every change: the retried notification
// skips what was finished.
func (s *Service) Handle(ctx context.Context, changes ...Change) error {
	var errs []error
	for _, c := range changes {
		var err error
		switch c.Kind {
		case Created:
			err = s.created(ctx, c)
		case Deleted, DeleteMarked:
			err = s.removed(ctx, c)
		default:
			s.log.Info("ignored event", "event", c.Event)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// TextKey is where the cleaned text of an article's version is stored: one name per event
// (sequencer), so that an older upload processed late never overwrites the newer one's text,
// and the record points at its own. A record's text is deleted when the record is replaced
// or removed.
func (s *Service) TextKey(id, sequencer string) string {
	return s.cfg.OutputPrefix + id + "/" + sequencer + ".txt"
}

// maxTimeouts is how many attempts of one event may run out of time before the article is
// recorded as failed: the first attempt and one retry (a retry helps only when the first ran
// slow for a reason other than the article).
const maxTimeouts = 2

// ReasonTookTooLong is the failure reason of an article that ran out of time.
const ReasonTookTooLong = "The article took too long to summarise: it ran out of time twice."

func (s *Service) created(ctx context.Context, c Change) error {
	bucket, key := c.Bucket, c.Key
	log := s.log.With("bucket", bucket, "key", key)
	if !strings.HasPrefix(key, s.cfg.InputPrefix) {
		log.Warn("ignored object outside the input prefix")
		return nil
	}
	start := s.now()
	rec := article.Record{
		ID: article.ID(bucket, key), Bucket: bucket, Key: key,
		ETag: c.ETag, Size: c.Size, Sequencer: article.Sequencer(c.Sequencer),
		// The upload's time, which orders the listing: the same for every attempt and
		// redelivery of the event.
		CreatedAt: c.Time.UTC(),
	}
	if rec.CreatedAt.IsZero() {
		rec.CreatedAt = start
	}
	log = log.With("id", rec.ID)
	var token [16]byte
	_, _ = rand.Read(token[:])
	rec.ClaimToken = hex.EncodeToString(token[:])
	// Deadlines: the work (claim, read, summarise, write the text) stops a Reserve before
	// the invocation's; recording the result stops half a Reserve before, which leaves time
	// to release the claim if even that fails.
	work, recording := ctx, ctx
	if dl, ok := ctx.Deadline(); ok {
		var cancelWork, cancelRecord context.CancelFunc
		work, cancelWork = context.WithDeadline(ctx, dl.Add(-s.cfg.Reserve))
		defer cancelWork()
		recording, cancelRecord = context.WithDeadline(ctx, dl.Add(-s.cfg.Reserve/2))
		defer cancelRecord()
	}
	claim, replaced, err := s.store.ClaimReplacing(work, rec, start, s.cfg.Lease)
	if errors.Is(err, article.ErrRefused) {
		log.Error("claim refused by the store; not retried", "error", err.Error())
		return nil
	}
	if err != nil {
		// The claim may have been written with its reply lost: release it if so.
		return s.retry(ctx, log, rec, fmt.Errorf("ingest: claim %s: %w", key, err))
	}
	switch claim {
	case article.InProgress:
		// Another invocation holds the article, or held it and crashed: retry later rather
		// than report success, which would end the event's retries with the article pending.
		log.Info("article in progress elsewhere; the event will be retried")
		return fmt.Errorf("ingest: %s: %w", key, ErrInProgress)
	case article.Duplicate, article.Stale:
		log.Info("skipped event", "claim", claim.String())
		return nil
	}
	if replaced.Sequencer == rec.Sequencer {
		rec.Timeouts = replaced.Timeouts // an earlier attempt of this event
	}
	// The replaced record's text belongs to no record now. Until it is deleted, the pending
	// record keeps its name, so that the retry's claim finds it if the deletion fails.
	if replaced.TextKey != "" && replaced.TextKey != s.TextKey(rec.ID, rec.Sequencer) {
		if err := s.objects.Delete(work, bucket, replaced.TextKey); err != nil {
			rec.TextKey = replaced.TextKey
			return s.retry(ctx, log, rec, fmt.Errorf("ingest: %s: superseded text: %w", key, err))
		}
	}
	res, raw, err := s.summarize(work, rec, start)
	var final *finalError
	switch {
	case errors.As(err, &final):
		rec.Status, rec.Reason = article.Failed, final.reason
	case errors.Is(err, errOutOfTime):
		rec.Timeouts++
		if rec.Timeouts < maxTimeouts {
			return s.retry(ctx, log, rec, fmt.Errorf("ingest: %s: %w", key, err))
		}
		rec.Status, rec.Reason = article.Failed, ReasonTookTooLong
	case err != nil:
		return s.retry(ctx, log, rec, fmt.Errorf("ingest: %s: %w", key, err))
	default:
		rec.Fill(res)
		rec.Status = article.Done
		sum := sha256.Sum256(raw)
		rec.ContentHash = hex.EncodeToString(sum[:])
		rec.TextKey = s.TextKey(rec.ID, rec.Sequencer)
		if err := s.objects.PutText(work, bucket, rec.TextKey, res.Text); err != nil {
			return s.retry(ctx, log, rec, fmt.Errorf("ingest: %s: %w", key, err))
		}
	}
	if rec.Status == article.Failed {
		// A refusal is this version's verdict: re-processing skips it until the version changes.
		rec.AlgorithmVersion = summarizer.AlgorithmVersion
	}
	err = s.store.Finish(recording, rec, s.now())
	if errors.Is(err, article.ErrRefused) && rec.Status == article.Done {
		// Retrying cannot store what DynamoDB refuses: a final failure, without the summary.
		log.Error("summary refused by the store", "error", err.Error())
		rec.Fill(article.Result{AlgorithmVersion: summarizer.AlgorithmVersion})
		rec.TextKey, rec.Status, rec.Reason = "", article.Failed, "The summary is too large to store."
		err = s.store.Finish(recording, rec, s.now())
	}
	if errors.Is(err, article.ErrRefused) {
		log.Error("record refused by the store; not retried", "error", err.Error())
		return nil
	}
	if errors.Is(err, article.ErrSuperseded) {
		log.Info("result superseded by a newer event or a duplicate")
		if err := s.dropText(ctx, rec); err != nil {
			// A retry would find the event superseded and not come back here.
			log.Error("cleaned text of a superseded result left behind", "text_key", rec.TextKey, "error", err.Error())
		}
		return nil
	}
	if err != nil {
		return s.retry(ctx, log, rec, fmt.Errorf("ingest: finish %s: %w", key, err))
	}
	s.publish(recording, log, rec, s.now())
	log.Info("article processed", "status", string(rec.Status), "reason", rec.Reason,
		"bytes", rec.Size, "quotes", len(rec.Quotes), "duration_ms", s.now().Sub(start).Milliseconds())
	return nil
}

// ErrInProgress means another invocation is processing the same event: Lambda should retry
// the event later.
var ErrInProgress = errors.New("the article is being processed by another invocation")

// retry leaves the claimed article pending for the event's retry and returns err, which
// makes Lambda retry. Releasing the claim lets the retry take the article at once instead of
// waiting out the lease; if even that fails, the lease runs out on its own.
func (s *Service) retry(ctx context.Context, log *slog.Logger, rec article.Record, err error) error {
	log.Error("article left pending for a retry", "error", err.Error())
	if rerr := s.store.Release(ctx, rec, s.now()); rerr != nil {
		log.Warn("claim not released; it lapses with its lease", "error", rerr.Error())
	}
	return err
}

// dropText deletes the cleaned text written for rec after its event lost the article to a
// newer one or to a deletion. A duplicate of the same event that finished first wrote the
// same name and points at it: the text is then kept.
func (s *Service) dropText(ctx context.Context, rec article.Record) error {
	if rec.TextKey == "" {
		return nil
	}
	cur, err := s.store.Get(ctx, rec.ID)
	switch {
	case err == nil && cur.Sequencer == rec.Sequencer:
		return nil
	case err != nil && !errors.Is(err, article.ErrNotFound):
		return fmt.Errorf("ingest: %s: superseded text: %w", rec.Key, err)
	}
	if err := s.objects.Delete(ctx, rec.Bucket, rec.TextKey); err != nil {
		return fmt.Errorf("ingest: %s: superseded text: %w", rec.Key, err)
	}
	return nil
}

// errOutOfTime means the pipeline ran out of the invocation's time.
var errOutOfTime = errors.New("the article could not be summarised in the time left")

// finalError is a failure that retrying cannot fix.
type finalError struct{ reason string }

func (e *finalError) Error() string { return e.reason }

// summarize reads and summarises the article. Running out of time counts against the
// article (errOutOfTime) only when the pipeline had at least half of the invocation's working
// time since start: slow S3 or DynamoDB calls before it are transient.
func (s *Service) summarize(ctx context.Context, rec article.Record, start time.Time) (article.Result, []byte, error) {
	if rec.Size > s.cfg.MaxBytes {
		return article.Result{}, nil, &finalError{fmt.Sprintf("The file is %d bytes; the limit is %d bytes.", rec.Size, s.cfg.MaxBytes)}
	}
	obj, err := s.objects.Get(ctx, rec.Bucket, rec.Key, s.cfg.MaxBytes)
	switch {
	case errors.Is(err, article.ErrTooLarge):
		return article.Result{}, nil, &finalError{fmt.Sprintf("The file is over the %d-byte limit.", s.cfg.MaxBytes)}
	case errors.Is(err, article.ErrNotFound):
		return article.Result{}, nil, &finalError{"The file was deleted before it could be read."}
	case err != nil:
		return article.Result{}, nil, err
	}
	began := s.now()
	res, err := s.process(ctx, obj.Body, summarizer.Options{Name: rec.Key, MaxBytes: int(s.cfg.MaxBytes)})
	if reason := article.Reason(err); reason != "" {
		return res, nil, &finalError{reason}
	}
	if dl, ok := ctx.Deadline(); ok && errors.Is(err, context.DeadlineExceeded) && began.Sub(start) <= dl.Sub(start)/2 {
		return res, nil, fmt.Errorf("%w: %w", errOutOfTime, err)
	}
	return res, obj.Body, err
}

func (s *Service) removed(ctx context.Context, c Change) error {
	bucket, key := c.Bucket, c.Key
	if !strings.HasPrefix(key, s.cfg.InputPrefix) {
		return nil
	}
	if c.Kind == Deleted {
		// On the versioned bucket this removes one version: an older one, or a delete marker,
		// leaves (or brings back) a current object, whose summary stays, or is made again.
		cur, size, err := s.objects.Head(ctx, bucket, key)
		switch {
		case err == nil:
			s.log.Info("a version was removed; the current object is summarised", "key", key)
			c.Kind, c.ETag, c.Size = Created, cur.ETag, size
			return s.created(ctx, c)
		case !errors.Is(err, article.ErrNotFound):
			return fmt.Errorf("ingest: remove %s: %w", key, err)
		}
	}
	id, seq := article.ID(bucket, key), article.Sequencer(c.Sequencer)
	// The text goes first: if deleting it fails, the record still names it for the retry.
	cur, err := s.store.Get(ctx, id)
	if err != nil && !errors.Is(err, article.ErrNotFound) {
		return fmt.Errorf("ingest: remove %s: %w", key, err)
	}
	if cur.TextKey != "" && cur.Sequencer <= seq {
		if err := s.objects.Delete(ctx, bucket, cur.TextKey); err != nil {
			return fmt.Errorf("ingest: remove text of %s: %w", key, err)
		}
	}
	old, err := s.store.Delete(ctx, id, seq)
	if errors.Is(err, article.ErrSuperseded) {
		s.log.Info("removal older than the stored upload: kept", "key", key, "id", id)
		return nil
	}
	if err != nil {
		return fmt.Errorf("ingest: remove %s: %w", key, err)
	}
	// A record written between the read and the deletion. A pending record has no text yet:
	// its invocation, which then finds the record gone, deletes what it wrote.
	if old.TextKey != "" && old.TextKey != cur.TextKey {
		if err := s.objects.Delete(ctx, bucket, old.TextKey); err != nil {
			return fmt.Errorf("ingest: remove text of %s: %w", key, err)
		}
	}
	s.log.Info("article removed", "key", key, "id", id)
	return nil
}

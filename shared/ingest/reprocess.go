package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
)

// Re-processing brings the archive up to the current algorithm version
// (summarizer.AlgorithmVersion). Each listed object goes through the same path as its S3 event
// (read, summarise, write the text, finish), with the claim replaced by a version check:
//
//   - a record at the current version is skipped (idempotent: a re-run redoes nothing);
//   - a finished record at another version (or none, as failures had before) is
//     re-summarised for the same object version without being claimed, so the old summary
//     stays readable until the store swaps it, conditionally (store.Resummarize);
//   - a listed object whose ETag differs from its record's is skipped: it changed since, and
//     its own event brings it up to date;
//   - an object without a record (its event lost) and a pending record (its claim lapses or
//     is another invocation's) go through the ordinary claim, as a redelivered event would,
//     with the lowest sequencer when there is no record, so that any real event supersedes it.
//
// Stopping at any point is safe: what finished is at the current version and is skipped by
// the next run; what did not is left as it was.

// ArticleSuffixes are the key suffixes whose uploads S3 notifies the function of (the
// notification filters of template.yaml; functions/reprocess_test.go checks they agree). A
// listed object without a record is re-processed only with one of them: another key under
// the input prefix was never an article.
var ArticleSuffixes = []string{".txt", ".html", ".md"}

// Outcome is what re-processing did to one article.
type Outcome string

// Outcomes. Errors (transient failures) are returned instead: the article is left as it was.
const (
	// Done: summarised at the current algorithm version.
	Done Outcome = "done"
	// Failed: the article cannot be summarised at the current version; its record says why.
	Failed Outcome = "failed"
	// Skipped: nothing to do (already current, changed since its record, removed, outside the
	// input prefix, or being processed by an event).
	Skipped Outcome = "skipped"
)

// Tally counts the outcomes of a re-processing run; Errors counts the articles left for the
// next run by a transient failure.
type Tally struct {
	Done    int `json:"done"`
	Failed  int `json:"failed"`
	Skipped int `json:"skipped"`
	Errors  int `json:"errors"`
}

// Add counts one article's outcome.
func (t *Tally) Add(o Outcome, err error) {
	switch {
	case err != nil:
		t.Errors++
	case o == Done:
		t.Done++
	case o == Failed:
		t.Failed++
	default:
		t.Skipped++
	}
}

// Total is how many articles were counted.
func (t Tally) Total() int { return t.Done + t.Failed + t.Skipped + t.Errors }

func (t Tally) String() string {
	return fmt.Sprintf("%d done, %d failed, %d skipped, %d errors", t.Done, t.Failed, t.Skipped, t.Errors)
}

// ReprocessStore is what re-processing needs of the record store besides Store.
type ReprocessStore interface {
	Store
	Resummarize(ctx context.Context, rec article.Record, now time.Time) error
}

// ErrCannotReprocess means the service's store lacks what re-processing needs.
var ErrCannotReprocess = errors.New("ingest: the store cannot re-summarise records")

// Reprocess brings one listed object of bucket up to the current algorithm version.
func (s *Service) Reprocess(ctx context.Context, bucket string, it article.Listed) (Outcome, error) {
	st, ok := s.store.(ReprocessStore)
	if !ok {
		return "", ErrCannotReprocess
	}
	if !strings.HasPrefix(it.Key, s.cfg.InputPrefix) {
		return Skipped, nil
	}
	listed := strings.Trim(it.ETag, `"`)
	c := Change{Kind: Created, Event: "reprocess", Bucket: bucket, Key: it.Key}
	tr := &tracker{Store: st, up: st}
	cur, err := st.Get(ctx, article.ID(bucket, it.Key))
	switch {
	case errors.Is(err, article.ErrNotFound):
		if !slices.ContainsFunc(ArticleSuffixes, func(suffix string) bool { return strings.HasSuffix(it.Key, suffix) }) {
			return Skipped, nil
		}
		c.ETag, c.Size = listed, it.Size
	case err != nil:
		return "", fmt.Errorf("ingest: reprocess %s: %w", it.Key, err)
	case listed != "" && cur.ETag != "" && listed != cur.ETag:
		return Skipped, nil
	case cur.Status != article.Pending && cur.AlgorithmVersion == summarizer.AlgorithmVersion:
		return Skipped, nil
	default:
		c.ETag, c.Size, c.Sequencer = cur.ETag, cur.Size, cur.Sequencer
		tr.upgrade = cur.Status != article.Pending
		tr.createdAt = cur.CreatedAt
	}
	sub := *s
	sub.store, sub.log = tr, s.log.With("reprocess", true)
	err = sub.created(ctx, c)
	switch {
	case errors.Is(err, ErrInProgress):
		return Skipped, nil
	case err != nil:
		return "", err
	case tr.status == article.Done:
		return Done, nil
	case tr.status == article.Failed:
		return Failed, nil
	}
	return Skipped, nil
}

// tracker is the store as one re-processed article sees it: in upgrade mode the claim always
// succeeds and the finish is store.Resummarize; otherwise both go to the store. It records
// the status written.
type tracker struct {
	Store
	up        ReprocessStore
	upgrade   bool
	createdAt time.Time
	status    article.Status
}

func (t *tracker) ClaimReplacing(ctx context.Context, rec article.Record, now time.Time, lease time.Duration) (article.Claim, article.Record, error) {
	if t.upgrade {
		// Nothing is replaced yet: the re-summary's text has the same name as the old one's
		// (one per upload), and the old summary stays readable until Resummarize replaces it.
		return article.Claimed, article.Record{}, nil
	}
	return t.Store.ClaimReplacing(ctx, rec, now, lease)
}

func (t *tracker) Release(ctx context.Context, rec article.Record, now time.Time) error {
	if t.upgrade {
		return nil // nothing was claimed
	}
	return t.Store.Release(ctx, rec, now)
}

func (t *tracker) Finish(ctx context.Context, rec article.Record, now time.Time) error {
	var err error
	if t.upgrade {
		rec.CreatedAt = t.createdAt
		err = t.up.Resummarize(ctx, rec, now)
	} else {
		err = t.Store.Finish(ctx, rec, now)
	}
	if err == nil {
		t.status = rec.Status
	}
	return err
}

// ReprocessAll re-processes every item next yields with at most workers at once, calling
// progress (if not nil) with the running tally after each article. When ctx ends it stops
// taking items and lets those under way finish, so a stopped run can be started again: it
// skips what was finished. It returns the tally and the first listing error.
func (s *Service) ReprocessAll(ctx context.Context, bucket string, items iter.Seq2[article.Listed, error], workers int, progress func(Tally)) (Tally, error) {
	var (
		mu    sync.Mutex
		tally Tally
		wg    sync.WaitGroup
		queue = make(chan article.Listed)
	)
	// Articles under way finish even after a stop: each is short, and cutting one off would
	// only leave its work to redo.
	work := context.WithoutCancel(ctx)
	for range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range queue {
				o, err := s.Reprocess(work, bucket, it)
				if err != nil {
					s.log.Error("article not re-processed; the next run retries it", "key", it.Key, "error", err.Error())
				}
				mu.Lock()
				tally.Add(o, err)
				t := tally
				if progress != nil {
					progress(t)
				}
				mu.Unlock()
			}
		}()
	}
	var listErr error
	for it, err := range items {
		if err != nil {
			listErr = err
			break
		}
		select {
		case queue <- it:
			continue
		case <-ctx.Done():
		}
		break
	}
	close(queue)
	wg.Wait()
	if listErr == nil && ctx.Err() != nil {
		listErr = fmt.Errorf("ingest: re-processing stopped: %w", context.Cause(ctx))
	}
	return tally, listErr
}

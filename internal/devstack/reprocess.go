package devstack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/ingest"
	"github.com/precis-news/precis/shared/summarizer"
)

// ReprocessPath is the local stack's own route, beside the product's API on the same address
// (AWS has no such route: there, a Step Functions state machine does this). POST re-processes
// every upload not at the stack's algorithm version with ingest.ReprocessAll, `workers`
// articles at once (query parameter; default the stack's Workers, at most MaxReprocessWorkers),
// and answers JSON lines of Progress as it goes, the last one Final. Closing the request
// stops the run; the articles under way finish, and the next run skips what was finished.
const ReprocessPath = "/local/reprocess"

// MaxReprocessWorkers bounds the workers a re-processing run may ask for.
const MaxReprocessWorkers = 32

// Progress is one line of ReprocessPath's answer: the running tally.
type Progress struct {
	ingest.Tally
	// AlgorithmVersion is the version the run brings the archive to.
	AlgorithmVersion string `json:"algorithm_version"`
	// ElapsedMs is the time since the run began.
	ElapsedMs int64 `json:"elapsed_ms"`
	// Final marks the last line; Error, on it, why the run ended early.
	Final bool   `json:"final,omitempty"`
	Error string `json:"error,omitempty"`
}

// progressEvery is how often a run reports its tally while it works.
const progressEvery = 250 * time.Millisecond

// reprocessRoute serves ReprocessPath in front of next, and refuses, for both, a Host header
// that does not name the stack (a name rebound to its address). The function it returns
// stops the runs under way; the API server calls it when it shuts down, so that a run does
// not hold up the stack's stop. The path is compared as it came, not cleaned: any other goes
// to next, which answers every path as the API does in AWS.
func (s *Stack) reprocessRoute(next http.Handler) (http.Handler, func()) {
	stopping, stop := context.WithCancel(context.Background())
	var running atomic.Bool
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !LoopbackHost(s.apiAddr, r.Host) {
			api.WriteError(w, http.StatusMisdirectedRequest, "wrong_host", "this server answers at "+s.apiAddr+" only")
			return
		}
		if r.URL.Path != ReprocessPath {
			next.ServeHTTP(w, r)
			return
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			api.WriteError(w, http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" is not allowed on "+ReprocessPath)
			return
		}
		// A run costs minutes of work: no page of another site may start one, even with a
		// request a browser sends without asking (a form's text/plain POST).
		if o := r.Header.Get("Origin"); o != "" && !s.ownOrigin(o) {
			api.WriteError(w, http.StatusForbidden, "cross_origin", "requests from "+o+" are refused")
			return
		}
		workers := s.cfg.Workers
		if v := r.URL.Query().Get("workers"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > MaxReprocessWorkers {
				api.WriteError(w, http.StatusBadRequest, "bad_workers", fmt.Sprintf("workers must be a number from 1 to %d", MaxReprocessWorkers))
				return
			}
			workers = n
		}
		if !running.CompareAndSwap(false, true) {
			api.WriteError(w, http.StatusConflict, "reprocess_running", "a re-processing run is under way; wait for its end")
			return
		}
		defer running.Store(false)
		ctx, cancel := context.WithCancel(r.Context())
		defer cancel()
		defer context.AfterFunc(stopping, cancel)()
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.WriteHeader(http.StatusOK)
		var (
			mu   sync.Mutex
			enc  = json.NewEncoder(w)
			last time.Time
		)
		start := time.Now()
		write := func(p Progress) {
			mu.Lock()
			defer mu.Unlock()
			p.AlgorithmVersion, p.ElapsedMs = summarizer.AlgorithmVersion, time.Since(start).Milliseconds()
			if enc.Encode(p) == nil {
				_ = http.NewResponseController(w).Flush() // a client gone is noticed by ctx
			}
		}
		write(Progress{})
		items := objects.New(s.S3).List(ctx, s.Bucket, s.Deployment.InputPrefix)
		tally, err := s.svc.ReprocessAll(ctx, s.Bucket, items, workers, func(t ingest.Tally) {
			if time.Since(last) >= progressEvery {
				last = time.Now()
				write(Progress{Tally: t})
			}
		})
		final := Progress{Tally: tally, Final: true}
		if err != nil {
			final.Error = err.Error()
		}
		write(final)
		s.log.Info("archive re-processed", "done", tally.Done, "failed", tally.Failed, "skipped", tally.Skipped,
			"errors", tally.Errors, "duration_ms", time.Since(start).Milliseconds())
	}), stop
}

package devstack

import (
	"bytes"
	"context"
	"fmt"
	stdmaps "maps"
	"slices"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/shared/article"
)

// LoadResult is what a load run measured.
type LoadResult struct {
	Uploads int
	// Done, Failed and Lost count the articles by their final state; Lost are those with no
	// finished record when the run ended.
	Done, Failed, Lost int
	// P50 and P99 are the times from the start of an upload to its finished record.
	P50, P99 time.Duration
	// Elapsed is the whole run; PerSecond, articles finished per second over it.
	Elapsed   time.Duration
	PerSecond float64
}

func (r LoadResult) String() string {
	return fmt.Sprintf("%d uploads: %d done, %d failed, %d lost; upload to done p50 %v, p99 %v; %.1f articles/s over %v",
		r.Uploads, r.Done, r.Failed, r.Lost, r.P50.Round(time.Millisecond), r.P99.Round(time.Millisecond), r.PerSecond, r.Elapsed.Round(time.Millisecond))
}

// Load uploads n articles (body(i) is the i-th) through the stack's S3 endpoint with the
// given concurrency, waits up to timeout for all of them to be finished, and checks each
// one's record.
func Load(ctx context.Context, st *Stack, n, concurrency int, timeout time.Duration, body func(i int) []byte) (LoadResult, error) {
	obs := newLoadObserver()
	st.OnProcessed(obs.observe)
	start := time.Now()
	keys := make([]string, n)
	began := make([]time.Time, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("%sload/%06d.txt", st.Deployment.InputPrefix, i)
	}
	obs.expect(keys)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		uploadE error
		next    = make(chan int)
	)
	for range max(concurrency, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				began[i] = time.Now()
				_, err := st.S3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String(keys[i]), Body: bytes.NewReader(body(i))})
				if err != nil {
					mu.Lock()
					uploadE = fmt.Errorf("upload %s: %w", keys[i], err)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range keys {
		next <- i
	}
	close(next)
	wg.Wait()
	if uploadE != nil {
		return LoadResult{}, uploadE
	}
	finished := obs.wait(ctx, timeout)
	res := LoadResult{Uploads: n, Elapsed: time.Since(start)}
	var lat []time.Duration
	for i, k := range keys {
		rec, err := st.store.Get(ctx, article.ID(st.Bucket, k))
		switch {
		case err != nil || rec.Status == article.Pending:
			res.Lost++
			continue
		case rec.Status == article.Done:
			res.Done++
		default:
			res.Failed++
		}
		if at, ok := finished[k]; ok {
			lat = append(lat, at.Sub(began[i]))
		}
	}
	if len(lat) > 0 {
		slices.Sort(lat)
		res.P50 = lat[len(lat)/2]
		res.P99 = lat[min(len(lat)-1, len(lat)*99/100)]
	}
	res.PerSecond = float64(res.Done+res.Failed) / res.Elapsed.Seconds()
	return res, nil
}

// loadObserver records when each article of a load run is finished.
type loadObserver struct {
	mu       sync.Mutex
	want     map[string]bool
	finished map[string]time.Time
	all      chan struct{}
}

func newLoadObserver() *loadObserver {
	return &loadObserver{finished: map[string]time.Time{}, all: make(chan struct{})}
}

func (o *loadObserver) observe(p Processed) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if p.Err != nil || p.Status == string(article.Pending) {
		return
	}
	if _, seen := o.finished[p.Key]; seen {
		return
	}
	o.finished[p.Key] = time.Now()
	if o.want != nil && o.want[p.Key] {
		delete(o.want, p.Key)
		if len(o.want) == 0 {
			close(o.all)
		}
	}
}

func (o *loadObserver) expect(keys []string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.want = map[string]bool{}
	for _, k := range keys {
		if _, done := o.finished[k]; !done {
			o.want[k] = true
		}
	}
	if len(o.want) == 0 {
		close(o.all)
	}
}

func (o *loadObserver) wait(ctx context.Context, timeout time.Duration) map[string]time.Time {
	select {
	case <-o.all:
	case <-ctx.Done():
	case <-time.After(timeout):
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	return stdmaps.Clone(o.finished)
}

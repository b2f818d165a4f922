package testserver

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Fault is a failure a FaultProxy injects.
type Fault int

// Faults, as S3 and DynamoDB produce them.
const (
	// Fault500 answers 500: InternalError (S3) or InternalServerError (DynamoDB).
	Fault500 Fault = iota
	// Fault503 answers 503: SlowDown (S3) or ServiceUnavailable (DynamoDB).
	Fault503
	// FaultThrottle answers ProvisionedThroughputExceededException (DynamoDB, 400) or
	// SlowDown (S3, 503).
	FaultThrottle
	// FaultDrop closes the connection without an answer; the request never arrives.
	FaultDrop
	// FaultLostReply forwards the request, then closes the connection instead of answering:
	// the write happened, but the client cannot know.
	FaultLostReply
	// FaultDelay holds the request until the client gives up (or Hold passes).
	FaultDelay
	numFaults
)

func (f Fault) String() string {
	return [...]string{"500", "503", "throttle", "drop", "lost-reply", "delay"}[f]
}

// AllFaults are every kind of fault.
var AllFaults = []Fault{Fault500, Fault503, FaultThrottle, FaultDrop, FaultLostReply, FaultDelay}

// FaultProxy is a reverse proxy in front of a wire-protocol server that fails a chosen share
// of requests.
type FaultProxy struct {
	URL string
	// Hold is the longest a delayed request is held.
	Hold time.Duration

	target   *httputil.ReverseProxy
	rate     atomic.Uint64 // parts per million
	kinds    []Fault
	mu       sync.Mutex
	rng      *rand.Rand
	requests atomic.Int64
	injected [numFaults]atomic.Int64
}

// StartFaultProxy proxies to target (a server's URL), injecting kinds of fault (all when
// none are given) at the rate SetRate sets, initially none. The seed makes runs repeatable.
func StartFaultProxy(tb testing.TB, target string, seed uint64, kinds ...Fault) *FaultProxy {
	tb.Helper()
	u, err := url.Parse(target)
	if err != nil {
		tb.Fatal(err)
	}
	if len(kinds) == 0 {
		kinds = AllFaults
	}
	p := &FaultProxy{Hold: 5 * time.Second, target: httputil.NewSingleHostReverseProxy(u), kinds: kinds, rng: rand.New(rand.NewPCG(seed, 1))}
	srv := httptest.NewServer(p)
	tb.Cleanup(srv.Close)
	p.URL = srv.URL
	return p
}

// SetRate sets the share of requests that fail, from 0 to 1.
func (p *FaultProxy) SetRate(r float64) { p.rate.Store(uint64(r * 1e6)) }

// Counts are the requests seen and the faults injected, by kind.
func (p *FaultProxy) Counts() (requests int64, injected map[string]int64) {
	injected = map[string]int64{}
	for _, k := range p.kinds {
		injected[k.String()] = p.injected[k].Load()
	}
	return p.requests.Load(), injected
}

func (p *FaultProxy) pick() (Fault, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rng.Uint64N(1e6) >= p.rate.Load() {
		return 0, false
	}
	return p.kinds[p.rng.IntN(len(p.kinds))], true
}

// ServeHTTP forwards the request or fails it.
func (p *FaultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.requests.Add(1)
	f, fail := p.pick()
	if !fail {
		p.target.ServeHTTP(w, r)
		return
	}
	p.injected[f].Add(1)
	dynamo := r.Header.Get("X-Amz-Target") != ""
	switch f {
	case Fault500:
		awsError(w, dynamo, http.StatusInternalServerError, "InternalError", "com.amazonaws.dynamodb.v20120810#InternalServerError")
	case Fault503:
		awsError(w, dynamo, http.StatusServiceUnavailable, "SlowDown", "com.amazonaws.dynamodb.v20120810#ServiceUnavailable")
	case FaultThrottle:
		if dynamo {
			awsError(w, true, http.StatusBadRequest, "", "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException")
		} else {
			awsError(w, false, http.StatusServiceUnavailable, "SlowDown", "")
		}
	case FaultDrop:
		hangUp(w)
	case FaultLostReply:
		rec := httptest.NewRecorder()
		p.target.ServeHTTP(rec, r)
		hangUp(w)
	case FaultDelay:
		select {
		case <-r.Context().Done():
		case <-time.After(p.Hold):
		}
		awsError(w, dynamo, http.StatusServiceUnavailable, "SlowDown", "com.amazonaws.dynamodb.v20120810#ServiceUnavailable")
	}
}

// awsError answers in the service's error format: JSON with __type for DynamoDB, XML for S3.
func awsError(w http.ResponseWriter, dynamo bool, status int, s3Code, dynamoType string) {
	if dynamo {
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		w.WriteHeader(status)
		fmt.Fprintf(w, `{"__type":%q,"message":"injected fault"}`, dynamoType)
		return
	}
	w.Header().Set("Content-Type", "application/xml")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><Error><Code>%s</Code><Message>injected fault</Message></Error>`, s3Code)
}

// hangUp closes the client's connection without an answer.
func hangUp(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err == nil {
		_ = conn.Close()
	}
}

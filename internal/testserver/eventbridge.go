package testserver

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// EventBridge is an in-process receiver that speaks Amazon EventBridge's PutEvents protocol
// (AWS JSON 1.1, X-Amz-Target AWSEvents.PutEvents, Signature Version 4), for the real
// aws-sdk-go-v2 client. It keeps what it accepted, and fails on demand.
type EventBridge struct {
	URL string

	mu       sync.Mutex
	failures int // requests still to fail; negative fails every request
	partial  bool
	requests int
	entries  []PutEventsEntry
	received []time.Time
}

// PutEventsEntry is one accepted entry of a PutEvents request, as the client sent it.
type PutEventsEntry struct {
	EventBusName string          `json:"EventBusName"`
	Source       string          `json:"Source"`
	DetailType   string          `json:"DetailType"`
	Detail       string          `json:"Detail"`
	Time         json.RawMessage `json:"Time"`
	Resources    []string        `json:"Resources"`
}

// EventBridgeFailure says how a StartEventBridge receiver fails.
type EventBridgeFailure struct {
	// First is how many requests fail before the receiver accepts; negative fails them all.
	First int
	// Partial fails with a 200 answer whose entries carry an error code (FailedEntryCount),
	// as EventBridge reports a throttled or failed entry, instead of a 500.
	Partial bool
}

// StartEventBridge serves an EventBridge-compatible receiver on 127.0.0.1 for the test's
// lifetime.
func StartEventBridge(tb testing.TB, fail EventBridgeFailure) *EventBridge {
	tb.Helper()
	eb := &EventBridge{failures: fail.First, partial: fail.Partial}
	srv := httptest.NewServer(http.HandlerFunc(eb.serve))
	tb.Cleanup(srv.Close)
	eb.URL = srv.URL
	return eb
}

func (eb *EventBridge) serve(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/x-amz-json-1.1")
	fail := func(status int, typ, msg string) {
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(map[string]string{"__type": typ, "message": msg})
	}
	switch {
	case r.Method != http.MethodPost || r.URL.Path != "/":
		fail(http.StatusNotFound, "UnknownOperationException", "not found")
		return
	case r.Header.Get("X-Amz-Target") != "AWSEvents.PutEvents":
		fail(http.StatusBadRequest, "UnknownOperationException", "only AWSEvents.PutEvents is served")
		return
	case !strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-amz-json-1.1"):
		fail(http.StatusBadRequest, "SerializationException", "content type must be application/x-amz-json-1.1")
		return
	case !strings.HasPrefix(r.Header.Get("Authorization"), "AWS4-HMAC-SHA256 ") || !strings.Contains(r.Header.Get("Authorization"), "/events/aws4_request"):
		fail(http.StatusForbidden, "UnrecognizedClientException", "the request is not signed for events")
		return
	}
	var in struct{ Entries []PutEventsEntry }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil || len(in.Entries) == 0 || len(in.Entries) > 10 {
		fail(http.StatusBadRequest, "ValidationException", "1 to 10 entries")
		return
	}
	eb.mu.Lock()
	defer eb.mu.Unlock()
	eb.requests++
	if eb.failures != 0 {
		if eb.failures > 0 {
			eb.failures--
		}
		if !eb.partial {
			fail(http.StatusInternalServerError, "InternalException", "injected failure")
			return
		}
		out := make([]map[string]string, len(in.Entries))
		for i := range out {
			out[i] = map[string]string{"ErrorCode": "InternalFailure", "ErrorMessage": "injected failure"}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"Entries": out, "FailedEntryCount": len(out)})
		return
	}
	out := make([]map[string]string, len(in.Entries))
	for i, e := range in.Entries {
		if e.Source == "" || e.DetailType == "" || !json.Valid([]byte(e.Detail)) {
			out[i] = map[string]string{"ErrorCode": "MalformedDetail", "ErrorMessage": "source, detail type and JSON detail are required"}
			continue
		}
		eb.entries = append(eb.entries, e)
		eb.received = append(eb.received, time.Now())
		out[i] = map[string]string{"EventId": fmt.Sprintf("%08d-0000-0000-0000-000000000000", len(eb.entries))}
	}
	failed := 0
	for _, o := range out {
		if o["ErrorCode"] != "" {
			failed++
		}
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"Entries": out, "FailedEntryCount": failed})
}

// Entries returns the entries accepted so far, in order.
func (eb *EventBridge) Entries() []PutEventsEntry {
	eb.mu.Lock()
	defer eb.mu.Unlock()
	return append([]PutEventsEntry(nil), eb.entries...)
}

// Received returns when each accepted entry arrived, in order.
func (eb *EventBridge) Received() []time.Time {
	eb.mu.Lock()
	defer eb.mu.Unlock()
	return append([]time.Time(nil), eb.received...)
}

// Requests is how many PutEvents requests arrived, failed ones included.
func (eb *EventBridge) Requests() int {
	eb.mu.Lock()
	defer eb.mu.Unlock()
	return eb.requests
}

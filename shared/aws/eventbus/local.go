package eventbus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/precis-news/precis/shared/ingest"
)

// Envelope is an event as EventBridge delivers it to a rule's target: the webhook and the
// terminal of the local stack receive the same JSON.
type Envelope struct {
	Version    string             `json:"version"`
	ID         string             `json:"id"`
	DetailType string             `json:"detail-type"`
	Source     string             `json:"source"`
	Account    string             `json:"account"`
	Time       string             `json:"time"`
	Region     string             `json:"region"`
	Resources  []string           `json:"resources"`
	Detail     ingest.EventDetail `json:"detail"`
}

// LocalAccount is the account the local stack's envelopes name.
const LocalAccount = "000000000000"

// NewEnvelope wraps ev as EventBridge would in region. Its id is derived from the event, so
// that a redelivery carries the same id and a receiver can recognise it.
func NewEnvelope(ev ingest.Event, region string) Envelope {
	sum := sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%s", ev.Detail.ID, ev.DetailType, ev.Time.Format(time.RFC3339Nano)))
	return Envelope{
		Version: "0", ID: fmt.Sprintf("%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16]),
		DetailType: ev.DetailType, Source: ingest.EventSource, Account: LocalAccount,
		Time: ev.Time.UTC().Format(time.RFC3339), Region: region, Resources: []string{}, Detail: ev.Detail,
	}
}

// Writer prints each event's envelope as one line of JSON.
type Writer struct {
	mu     sync.Mutex
	w      io.Writer
	region string
}

// NewWriter returns a publisher printing to w.
func NewWriter(w io.Writer, region string) *Writer { return &Writer{w: w, region: region} }

// Publish prints ev.
func (p *Writer) Publish(_ context.Context, ev ingest.Event) error {
	line, err := json.Marshal(NewEnvelope(ev, p.region))
	if err != nil {
		return fmt.Errorf("eventbus: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, err := p.w.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("eventbus: print: %w", err)
	}
	return nil
}

// ErrInvalidWebhook means a webhook URL that is not an absolute http or https URL.
var ErrInvalidWebhook = errors.New("eventbus: the webhook must be an http:// or https:// URL with a host")

// StatusError is a webhook's answer other than 2xx.
type StatusError struct{ Code int }

func (e *StatusError) Error() string { return fmt.Sprintf("eventbus: the webhook answered %d", e.Code) }

// Webhook POSTs each event's envelope as JSON to a URL; any 2xx answer accepts it.
type Webhook struct {
	url    string
	client *http.Client
	region string
}

// NewWebhook returns a publisher to rawURL, refusing anything but an http or https URL.
func NewWebhook(rawURL, region string) (*Webhook, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: %q", ErrInvalidWebhook, rawURL)
	}
	return &Webhook{url: u.String(), client: &http.Client{Timeout: attemptTimeout}, region: region}, nil
}

// Publish POSTs ev.
func (p *Webhook) Publish(ctx context.Context, ev ingest.Event) error {
	body, err := json.Marshal(NewEnvelope(ev, p.region))
	if err != nil {
		return fmt.Errorf("eventbus: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("eventbus: webhook: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return fmt.Errorf("eventbus: webhook: %w", err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return &StatusError{Code: resp.StatusCode}
	}
	return nil
}

// All publishes every event to each of its publishers. A failure of one fails the whole,
// which the caller retries: the retry goes only to the publishers that have not accepted the
// event yet, so that a failing webhook does not print an event twice.
type All struct {
	publishers []ingest.Publisher
	mu         sync.Mutex
	accepted   map[string][]bool // by envelope id, while some publisher has not accepted
}

// maxPending bounds the events remembered as partly delivered.
const maxPending = 1024

// NewAll returns a publisher to each of publishers.
func NewAll(publishers ...ingest.Publisher) *All {
	return &All{publishers: publishers, accepted: map[string][]bool{}}
}

// Publish publishes ev to each publisher that has not accepted it.
func (a *All) Publish(ctx context.Context, ev ingest.Event) error {
	id := NewEnvelope(ev, "").ID
	a.mu.Lock()
	done := a.accepted[id]
	a.mu.Unlock()
	if done == nil {
		done = make([]bool, len(a.publishers))
	}
	var errs []error
	for i, p := range a.publishers {
		if done[i] {
			continue
		}
		err := p.Publish(ctx, ev)
		done[i] = err == nil
		errs = append(errs, err)
	}
	err := errors.Join(errs...)
	a.mu.Lock()
	defer a.mu.Unlock()
	switch {
	case err == nil:
		delete(a.accepted, id)
	case len(a.accepted) < maxPending:
		a.accepted[id] = done
	}
	return err
}

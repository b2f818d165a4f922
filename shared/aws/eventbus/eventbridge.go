// Package eventbus delivers the summarize function's events (ingest.Event): to Amazon
// EventBridge in AWS, and, for the local stack, to a webhook or a terminal. Every delivery
// sends the same JSON: EventBridge's own envelope (Envelope) around the event's detail.
package eventbus

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge/types"

	"github.com/precis-news/precis/shared/ingest"
)

// ErrInvalidBus means an event bus name that EventBridge would refuse at every publish.
var ErrInvalidBus = errors.New("eventbus: invalid event bus name or ARN")

// RejectedError is an event EventBridge answered but did not accept (its entry carries an
// error code: throttled, internal failure, malformed).
type RejectedError struct {
	Code, Message string
}

func (e *RejectedError) Error() string {
	return fmt.Sprintf("eventbus: event rejected: %s: %s", e.Code, e.Message)
}

// EventBridge's rules for a bus's name, and for its ARN, which PutEvents also takes. The
// name's length is checked apart: a bounded repeat ({1,256}) compiles to 256 copies of its
// class, which cost the function 3 ms of every cold start.
var (
	busName = regexp.MustCompile(`^[/.\-_A-Za-z0-9]+$`)
	busARN  = regexp.MustCompile(`^arn:aws[a-z-]*:events:[a-z0-9-]+:[0-9]{12}:event-bus/([/.\-_A-Za-z0-9]+)$`)
)

// maxBusName is the longest event bus name EventBridge accepts.
const maxBusName = 256

// CheckBus returns an error wrapping ErrInvalidBus unless bus is a valid event bus name or
// ARN ("default" is the account's default bus).
func CheckBus(bus string) error {
	if len(bus) <= maxBusName && busName.MatchString(bus) {
		return nil
	}
	if m := busARN.FindStringSubmatch(bus); m != nil && len(m[1]) <= maxBusName {
		return nil
	}
	return fmt.Errorf("%w: %q", ErrInvalidBus, bus)
}

// EventBridge publishes events to an EventBridge bus with PutEvents.
type EventBridge struct {
	client *eventbridge.Client
	bus    string
}

// attemptTimeout bounds one PutEvents request: ingest retries, within its own budget.
const attemptTimeout = 2 * time.Second

// NewEventBridge returns a publisher to bus (a name or an ARN), with a client built from
// cfg; endpoint, when set, replaces EventBridge's (a compatible server). The client tries
// each request once: the caller (ingest) retries, and counts the retries.
func NewEventBridge(cfg aws.Config, bus, endpoint string) (*EventBridge, error) {
	if err := CheckBus(bus); err != nil {
		return nil, err
	}
	client := eventbridge.NewFromConfig(cfg, func(o *eventbridge.Options) {
		o.HTTPClient = &http.Client{Timeout: attemptTimeout}
		o.RetryMaxAttempts = 1
		if endpoint != "" {
			o.BaseEndpoint = aws.String(endpoint)
		}
	})
	return &EventBridge{client: client, bus: bus}, nil
}

// Publish sends ev as one PutEvents entry.
func (p *EventBridge) Publish(ctx context.Context, ev ingest.Event) error {
	detail, err := json.Marshal(ev.Detail)
	if err != nil {
		return fmt.Errorf("eventbus: detail: %w", err)
	}
	out, err := p.client.PutEvents(ctx, &eventbridge.PutEventsInput{Entries: []types.PutEventsRequestEntry{{
		EventBusName: aws.String(p.bus),
		Source:       aws.String(ingest.EventSource),
		DetailType:   aws.String(ev.DetailType),
		Detail:       aws.String(string(detail)),
		Time:         aws.Time(ev.Time),
	}}})
	if err != nil {
		return fmt.Errorf("eventbus: put events: %w", err)
	}
	if out.FailedEntryCount == 0 {
		return nil
	}
	e := &RejectedError{Code: "Unknown", Message: "no result for the entry"}
	if len(out.Entries) > 0 {
		e.Code, e.Message = aws.ToString(out.Entries[0].ErrorCode), aws.ToString(out.Entries[0].ErrorMessage)
	}
	return e
}

package eventbus_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/eventbus"
	"github.com/precis-news/precis/shared/ingest"
)

func TestCheckBus(t *testing.T) {
	for _, c := range []struct {
		bus string
		ok  bool
	}{
		{"default", true},
		{"precis-articles", true},
		{"arn:aws:events:eu-west-1:123456789012:event-bus/precis-articles", true},
		{"arn:aws-us-gov:events:us-gov-west-1:123456789012:event-bus/b", true},
		{"", false},
		{"two words", false},
		{"arn:aws:events:eu-west-1:1234:event-bus/b", false},
		{"arn:aws:sqs:eu-west-1:123456789012:queue", false},
		{strings.Repeat("b", 256), true},
		{strings.Repeat("b", 257), false},
		{"arn:aws:events:eu-west-1:123456789012:event-bus/" + strings.Repeat("b", 256), true},
		{"arn:aws:events:eu-west-1:123456789012:event-bus/" + strings.Repeat("b", 257), false},
	} {
		err := eventbus.CheckBus(c.bus)
		if (err == nil) != c.ok || (err != nil && !errors.Is(err, eventbus.ErrInvalidBus)) {
			t.Errorf("CheckBus(%q) = %v, want ok %v", c.bus, err, c.ok)
		}
	}
}

func sampleEvent(t *testing.T) ingest.Event {
	t.Helper()
	ev, ok := ingest.EventFor(article.Record{ID: "0123456789abcdef0123456789abcdef", Key: "articles/a.txt", Status: article.Done}, time.Now())
	if !ok {
		t.Fatal("no event for a done record")
	}
	return ev
}

// TestEventBridgeErrors: each way a PutEvents fails comes back as an error, an entry
// EventBridge answered but refused as a *RejectedError with its code.
func TestEventBridgeErrors(t *testing.T) {
	cfg := aws.Config{Region: testserver.Region, Credentials: credentials.NewStaticCredentialsProvider("test", "test", "")}
	for _, c := range []struct {
		name     string
		fail     testserver.EventBridgeFailure
		wantErr  bool
		rejected string
	}{
		{"accepted", testserver.EventBridgeFailure{}, false, ""},
		{"server error", testserver.EventBridgeFailure{First: 1}, true, ""},
		{"entry refused", testserver.EventBridgeFailure{First: 1, Partial: true}, true, "InternalFailure"},
	} {
		t.Run(c.name, func(t *testing.T) {
			receiver := testserver.StartEventBridge(t, c.fail)
			pub, err := eventbus.NewEventBridge(cfg, "precis-articles", receiver.URL)
			if err != nil {
				t.Fatal(err)
			}
			err = pub.Publish(context.Background(), sampleEvent(t))
			if (err != nil) != c.wantErr {
				t.Fatalf("Publish: %v, want an error %v", err, c.wantErr)
			}
			var rej *eventbus.RejectedError
			if got := errors.As(err, &rej); got != (c.rejected != "") || (got && rej.Code != c.rejected) {
				t.Errorf("Publish: %v, want rejected with %q", err, c.rejected)
			}
			if receiver.Requests() != 1 {
				t.Errorf("%d requests: the client must try once, the caller retries", receiver.Requests())
			}
		})
	}
	if _, err := eventbus.NewEventBridge(cfg, "two words", ""); !errors.Is(err, eventbus.ErrInvalidBus) {
		t.Errorf("NewEventBridge with an invalid bus: %v", err)
	}
}

// TestWebhookStatus: any 2xx accepts an event; anything else is a *StatusError.
func TestWebhookStatus(t *testing.T) {
	for _, status := range []int{200, 202, 204, 301, 400, 500, 503} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(status)
		}))
		hook, err := eventbus.NewWebhook(srv.URL, "us-east-1")
		if err != nil {
			t.Fatal(err)
		}
		err = hook.Publish(context.Background(), sampleEvent(t))
		srv.Close()
		var se *eventbus.StatusError
		if ok := status < 300; ok != (err == nil) || (!ok && (!errors.As(err, &se) || se.Code != status)) {
			t.Errorf("answer %d: %v", status, err)
		}
	}
}

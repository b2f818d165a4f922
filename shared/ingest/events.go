package ingest

import (
	"cmp"
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
)

// Events are told when an article reaches a final status: Amazon EventBridge in AWS, the
// terminal or a webhook locally. They never carry the article's text, only where to fetch
// its summary.
const (
	// EventSource is the source of every event.
	EventSource = "precis"
	// DetailSummarized is the detail type of an article that reached done.
	DetailSummarized = "Article Summarized"
	// DetailFailed is the detail type of an article that reached failed.
	DetailFailed = "Article Failed"
)

// Event tells that an article reached done or failed.
type Event struct {
	// DetailType is DetailSummarized or DetailFailed.
	DetailType string
	// Time is when the record was finished.
	Time   time.Time
	Detail EventDetail
}

// EventDetail is an event's detail, sent as JSON.
type EventDetail struct {
	ID     string         `json:"id"`
	Key    string         `json:"key"`
	Status article.Status `json:"status"`
	// Title is the article's title, empty when it has none (or failed).
	Title string `json:"title"`
	// AlgorithmVersion is the version that made the summary, or refused the article.
	AlgorithmVersion string `json:"algorithm_version"`
	// SummaryPath is the API path that serves the summary (or the failure's reason).
	SummaryPath string `json:"summary_path"`
	// Reason says why a failed article failed.
	Reason string `json:"reason,omitempty"`
}

// Publisher delivers events. Publish returns an error when the event may not have been
// delivered; the caller retries.
type Publisher interface {
	Publish(ctx context.Context, ev Event) error
}

// EventFor is the event telling that rec, finished at time at, reached its status; ok is
// false for a record not at a final status. Its fields are bounded as stored, so that a
// page title of any length cannot make the event too large for EventBridge (256 KB).
func EventFor(rec article.Record, at time.Time) (ev Event, ok bool) {
	rec.Bound()
	switch rec.Status {
	case article.Done:
		ev.DetailType = DetailSummarized
	case article.Failed:
		ev.DetailType = DetailFailed
	default:
		return Event{}, false
	}
	ev.Time = at.UTC()
	ev.Detail = EventDetail{
		ID: rec.ID, Key: rec.Key, Status: rec.Status, Title: rec.Title,
		AlgorithmVersion: cmp.Or(rec.AlgorithmVersion, summarizer.AlgorithmVersion),
		SummaryPath:      "/summaries/" + rec.ID, Reason: rec.Reason,
	}
	return ev, true
}

// Publishing bounds: the summary is stored before the event is published, and publishing
// never holds the invocation longer than publishBudget nor turns into a failed article.
const (
	publishAttempts = 4
	publishBackoff  = 100 * time.Millisecond
	publishBudget   = 5 * time.Second
)

// MetricNamespace is the CloudWatch namespace of the metrics the summarize function logs in
// the embedded metric format.
const MetricNamespace = "Precis"

// publish tells cfg.Events that rec was finished at, retrying a failed delivery a bounded
// number of times. Its outcome is logged as one line in CloudWatch's embedded metric format
// (EventsPublished, EventPublishFailures, EventPublishRetries, EventPublishDelay), which
// Lambda's log group turns into metrics: a lost event is counted, never an error.
func (s *Service) publish(ctx context.Context, log *slog.Logger, rec article.Record, at time.Time) {
	if s.cfg.Events == nil {
		return
	}
	ev, ok := EventFor(rec, at)
	if !ok {
		return
	}
	// Within the parent's deadline too: the invocation's, less the time kept to release.
	ctx, cancel := context.WithTimeout(ctx, publishBudget)
	defer cancel()
	var err error
	attempts := 0
	for attempts < publishAttempts {
		if attempts > 0 {
			t := time.NewTimer(publishBackoff << (attempts - 1))
			select {
			case <-ctx.Done():
				t.Stop()
			case <-t.C:
			}
			if ctx.Err() != nil {
				err = errors.Join(err, ctx.Err())
				break
			}
		}
		attempts++
		if err = s.cfg.Events.Publish(ctx, ev); err == nil {
			break
		}
		log.Warn("event not published", "detail_type", ev.DetailType, "attempt", attempts, "error", err.Error())
	}
	published, failed := 1, 0
	if err != nil {
		published, failed = 0, 1
	}
	delay := s.now().Sub(at)
	log.LogAttrs(ctx, levelFor(err), "article event", slog.String("detail_type", ev.DetailType),
		slog.Group("_aws",
			slog.Int64("Timestamp", s.now().UnixMilli()),
			slog.Any("CloudWatchMetrics", []emfDirective{{
				Namespace:  MetricNamespace,
				Dimensions: [][]string{{}},
				Metrics: []emfMetric{
					{Name: "EventsPublished", Unit: "Count"}, {Name: "EventPublishFailures", Unit: "Count"},
					{Name: "EventPublishRetries", Unit: "Count"}, {Name: "EventPublishDelay", Unit: "Milliseconds"},
				},
			}}),
		),
		slog.Int("EventsPublished", published), slog.Int("EventPublishFailures", failed),
		slog.Int("EventPublishRetries", attempts-1), slog.Float64("EventPublishDelay", float64(delay.Microseconds())/1000))
}

func levelFor(err error) slog.Level {
	if err != nil {
		return slog.LevelError
	}
	return slog.LevelInfo
}

// emfDirective and emfMetric are CloudWatch's embedded metric format's metadata.
type emfDirective struct {
	Namespace  string      `json:"Namespace"`
	Dimensions [][]string  `json:"Dimensions"`
	Metrics    []emfMetric `json:"Metrics"`
}

type emfMetric struct {
	Name string `json:"Name"`
	Unit string `json:"Unit"`
}

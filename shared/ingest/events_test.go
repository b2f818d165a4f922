package ingest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/eventbus"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/ingest"
	"github.com/precis-news/precis/shared/summarizer"
)

// logLines are the JSON log lines in logs whose message is msg.
func logLines(t testing.TB, logs *testserver.SyncBuffer, msg string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(logs.String()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("log line is not JSON: %s", sc.Text())
		}
		if m["msg"] == msg {
			out = append(out, m)
		}
	}
	return out
}

// withEvents is e's service publishing to an EventBridge-compatible receiver through the
// real SDK client, logging to logs.
func withEvents(t testing.TB, e *env, receiver *testserver.EventBridge, logs *testserver.SyncBuffer) *ingest.Service {
	t.Helper()
	cfg := aws.Config{Region: testserver.Region, Credentials: credentials.NewStaticCredentialsProvider("test", "test", "")}
	pub, err := eventbus.NewEventBridge(cfg, "precis-test-articles", receiver.URL)
	if err != nil {
		t.Fatal(err)
	}
	svc, err := ingest.New(e.st, objects.New(e.s3), ingest.Config{
		InputPrefix: "articles/", OutputPrefix: "text/", MaxBytes: 1 << 20, Events: pub,
	}, slog.New(slog.NewJSONHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return svc
}

// TestEventsOnTheWire: each article reaching done or failed is published once to an
// EventBridge-compatible receiver, with the schema README documents and no article text; a
// receiver that fails is retried and counted, and never makes the article fail.
func TestEventsOnTheWire(t *testing.T) {
	sample := fixture.Read(t, fixture.SampleArticle)
	cases := []struct {
		name      string
		body      []byte
		fail      testserver.EventBridgeFailure
		status    article.Status
		published int // entries the receiver accepts
		requests  int // PutEvents requests it receives
	}{
		{"summarized", sample, testserver.EventBridgeFailure{}, article.Done, 1, 1},
		{"failed article", []byte("%PDF-1.7\n\x00\x01\x02 binary"), testserver.EventBridgeFailure{}, article.Failed, 1, 1},
		{"receiver fails twice", sample, testserver.EventBridgeFailure{First: 2}, article.Done, 1, 3},
		{"entry rejected twice", sample, testserver.EventBridgeFailure{First: 2, Partial: true}, article.Done, 1, 3},
		{"receiver always fails", sample, testserver.EventBridgeFailure{First: -1}, article.Done, 0, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := setup(t)
			receiver := testserver.StartEventBridge(t, c.fail)
			logs := new(testserver.SyncBuffer)
			svc := withEvents(t, e, receiver, logs)
			e.upload(t, e.key, c.body)
			if err := svc.Handle(context.Background(), s3event.Changes(e.eventFor("0055AED6DCD90281E5", len(c.body), "ObjectCreated:Put"))...); err != nil {
				t.Fatalf("Handle: %v (a publish failure must not fail the article)", err)
			}
			rec, err := e.st.Get(context.Background(), article.ID(bucket, e.key))
			if err != nil {
				t.Fatal(err)
			}
			if rec.Status != c.status {
				t.Fatalf("status %s, want %s (reason %q)", rec.Status, c.status, rec.Reason)
			}
			if got := receiver.Requests(); got != c.requests {
				t.Errorf("%d PutEvents requests, want %d", got, c.requests)
			}
			entries := receiver.Entries()
			if len(entries) != c.published {
				t.Fatalf("%d events accepted, want %d", len(entries), c.published)
			}
			metrics := logLines(t, logs, "article event")
			if len(metrics) != 1 {
				t.Fatalf("%d metric lines, want 1", len(metrics))
			}
			m := metrics[0]
			if _, ok := m["_aws"].(map[string]any)["CloudWatchMetrics"]; !ok {
				t.Errorf("metric line without embedded metric format metadata: %v", m)
			}
			wantFailures := float64(1 - c.published)
			if m["EventsPublished"] != float64(c.published) || m["EventPublishFailures"] != wantFailures || m["EventPublishRetries"] != float64(c.requests-1) {
				t.Errorf("metrics %v, want published %d, failures %v, retries %d", m, c.published, wantFailures, c.requests-1)
			}
			if c.published == 0 {
				return
			}
			ev := entries[0]
			wantType := map[article.Status]string{article.Done: "Article Summarized", article.Failed: "Article Failed"}[c.status]
			if ev.Source != "precis" || ev.DetailType != wantType || ev.EventBusName != "precis-test-articles" {
				t.Errorf("entry source %q, detail type %q, bus %q", ev.Source, ev.DetailType, ev.EventBusName)
			}
			var detail map[string]any
			if err := json.Unmarshal([]byte(ev.Detail), &detail); err != nil {
				t.Fatal(err)
			}
			want := map[string]any{
				"id": rec.ID, "key": e.key, "status": string(c.status), "title": rec.Title,
				"algorithm_version": summarizer.AlgorithmVersion, "summary_path": "/summaries/" + rec.ID,
			}
			if c.status == article.Failed {
				want["reason"] = rec.Reason
			}
			if len(detail) != len(want) {
				t.Errorf("detail has fields %v, want %v", slices.Sorted(maps.Keys(detail)), slices.Sorted(maps.Keys(want)))
			}
			for k, v := range want {
				if detail[k] != v {
					t.Errorf("detail %s = %v, want %v", k, detail[k], v)
				}
			}
			for _, s := range rec.Sentences {
				if strings.Contains(ev.Detail, s.Text) {
					t.Errorf("the event carries article text: %q", s.Text)
				}
			}
		})
	}
}

// TestEventsOnlyForFinalStatuses: a duplicate event, which changes nothing, publishes
// nothing more.
func TestEventsOnlyForFinalStatuses(t *testing.T) {
	e := setup(t)
	receiver := testserver.StartEventBridge(t, testserver.EventBridgeFailure{})
	svc := withEvents(t, e, receiver, new(testserver.SyncBuffer))
	sample := fixture.Read(t, fixture.SampleArticle)
	e.upload(t, e.key, sample)
	ev := e.eventFor("0055AED6DCD90281E5", len(sample), "ObjectCreated:Put")
	for range 2 {
		if err := svc.Handle(context.Background(), s3event.Changes(ev)...); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(receiver.Entries()); n != 1 {
		t.Errorf("%d events for one article processed once and skipped once, want 1", n)
	}
}

// BenchmarkEventDelay measures the events published per article and the delay from the
// record's write to the receiver's acceptance of its event, over the real wire.
func BenchmarkEventDelay(b *testing.B) {
	e := setup(b)
	receiver := testserver.StartEventBridge(b, testserver.EventBridgeFailure{})
	logs := new(testserver.SyncBuffer)
	svc := withEvents(b, e, receiver, logs)
	sample := fixture.Read(b, fixture.SampleArticle)
	e.upload(b, e.key, sample)
	b.ResetTimer()
	for i := range b.N {
		// A newer sequencer each time: the same object, uploaded again.
		seq := fmt.Sprintf("%016X", time.Now().UnixNano()+int64(i))
		if err := svc.Handle(context.Background(), s3event.Changes(e.eventFor(seq, len(sample), "ObjectCreated:Put"))...); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var delays []float64
	for _, m := range logLines(b, logs, "article event") {
		delays = append(delays, m["EventPublishDelay"].(float64))
	}
	slices.Sort(delays)
	if len(delays) == 0 {
		b.Fatal("no event published")
	}
	b.ReportMetric(float64(len(receiver.Entries()))/float64(b.N), "events/article")
	b.ReportMetric(delays[len(delays)/2], "p50-delay-ms")
	b.ReportMetric(delays[len(delays)*99/100], "p99-delay-ms")
}

func TestEventFor(t *testing.T) {
	at := time.Date(2026, 11, 26, 2, 20, 43, 0, time.FixedZone("CET", 3600))
	for _, c := range []struct {
		name     string
		rec      article.Record
		ok       bool
		typ      string
		maxTitle int
	}{
		{"pending", article.Record{ID: "a", Status: article.Pending}, false, "", 0},
		{"done", article.Record{ID: "a", Status: article.Done, Result: article.Result{Title: "T"}}, true, ingest.DetailSummarized, 1},
		{"failed", article.Record{ID: "a", Status: article.Failed, Reason: "No article text was found in the file."}, true, ingest.DetailFailed, 0},
		{"huge title", article.Record{ID: "a", Status: article.Done, Result: article.Result{Title: strings.Repeat("title ", 1<<17)}}, true, ingest.DetailSummarized, 1000 + len("…")},
	} {
		ev, ok := ingest.EventFor(c.rec, at)
		if ok != c.ok || ev.DetailType != c.typ {
			t.Errorf("%s: %v %q, want %v %q", c.name, ok, ev.DetailType, c.ok, c.typ)
		}
		if !ok {
			continue
		}
		if len(ev.Detail.Title) > c.maxTitle || ev.Detail.Reason != c.rec.Reason || !ev.Time.Equal(at) || ev.Time.Location() != time.UTC {
			t.Errorf("%s: title of %d bytes (at most %d), reason %q, time %v", c.name, len(ev.Detail.Title), c.maxTitle, ev.Detail.Reason, ev.Time)
		}
		if ev.Detail.SummaryPath != "/summaries/a" || ev.Detail.AlgorithmVersion != summarizer.AlgorithmVersion {
			t.Errorf("%s: %+v", c.name, ev.Detail)
		}
	}
}

package eventbus_test

import (
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/eventbus"
	"github.com/precis-news/precis/shared/ingest"
)

// readmeEvents returns the JSON blocks of README's events section: the example event and
// the example rule's pattern.
func readmeEvents(t *testing.T) (event, pattern []byte, cli string) {
	t.Helper()
	raw, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(raw), "### Events when a summary is ready\n")
	if !ok {
		t.Fatal("README has no events section")
	}
	sec, _, _ = strings.Cut(sec, "\n### ")
	blocks := regexp.MustCompile("(?s)```json\n(.*?)```").FindAllStringSubmatch(sec, -1)
	if len(blocks) != 2 {
		t.Fatalf("%d JSON blocks in README's events section, want 2 (an event, a pattern)", len(blocks))
	}
	m := regexp.MustCompile(`--event-pattern '([^']*)'`).FindStringSubmatch(sec)
	if m == nil {
		t.Fatal("no --event-pattern in README's events section")
	}
	return []byte(blocks[0][1]), []byte(blocks[1][1]), m[1]
}

// matches is EventBridge's content filtering, for the subset the README uses: a list of
// exact values or {"prefix": …}, under nested objects.
func matches(t *testing.T, pattern map[string]any, ev map[string]any) bool {
	t.Helper()
	for k, want := range pattern {
		switch w := want.(type) {
		case map[string]any:
			sub, ok := ev[k].(map[string]any)
			if !ok || !matches(t, w, sub) {
				return false
			}
		case []any:
			got, ok := ev[k].(string)
			if !ok || !slices.ContainsFunc(w, func(v any) bool {
				switch v := v.(type) {
				case string:
					return v == got
				case map[string]any:
					p, ok := v["prefix"].(string)
					if !ok || len(v) != 1 {
						t.Fatalf("pattern %v: only prefix is understood here", v)
					}
					return strings.HasPrefix(got, p)
				}
				t.Fatalf("pattern value %v", v)
				return false
			}) {
				return false
			}
		default:
			t.Fatalf("pattern %s: %v is not a list or an object (EventBridge refuses it)", k, want)
		}
	}
	return true
}

// TestREADMEEventAndRule: README's example event has exactly the fields events carry, and
// its example rule (the block and the CLI command alike) matches that event and not a failed
// article's.
func TestREADMEEventAndRule(t *testing.T) {
	event, pattern, cli := readmeEvents(t)
	var example map[string]any
	dec := json.NewDecoder(bytes.NewReader(event))
	if err := dec.Decode(&example); err != nil {
		t.Fatalf("README's example event: %v", err)
	}
	rec := article.Record{ID: "c3c65a5d12fae0edb661348a9e1d0cd8", Key: "articles/a/b.txt", Status: article.Done, Result: article.Result{Title: "A title"}}
	made := func(rec article.Record) map[string]any {
		ev, ok := ingest.EventFor(rec, time.Now())
		if !ok {
			t.Fatalf("no event for %s", rec.Status)
		}
		b, err := json.Marshal(eventbus.NewEnvelope(ev, "eu-west-1"))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	done := made(rec)
	keys := func(m any) []string { return slices.Sorted(maps.Keys(m.(map[string]any))) }
	if !slices.Equal(keys(example), keys(done)) || !slices.Equal(keys(example["detail"]), keys(done["detail"])) {
		t.Errorf("README's example event has fields %v %v, events have %v %v", keys(example), keys(example["detail"]), keys(done), keys(done["detail"]))
	}
	failedRec := rec
	failedRec.Status, failedRec.Reason = article.Failed, "No article text was found in the file."
	failed := made(failedRec)
	for _, p := range [][]byte{pattern, []byte(cli)} {
		var pat map[string]any
		if err := json.Unmarshal(p, &pat); err != nil {
			t.Fatalf("README's pattern %s: %v", p, err)
		}
		if !matches(t, pat, example) || !matches(t, pat, done) {
			t.Errorf("pattern %s does not match the example event", p)
		}
		if matches(t, pat, failed) {
			t.Errorf("pattern %s matches a failed article's event", p)
		}
	}
}

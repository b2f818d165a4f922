package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
)

// webhook is an HTTP endpoint receiving `precis local --webhook` posts; it fails the first
// fail posts (all of them when fail is negative).
type webhook struct {
	mu       sync.Mutex
	fail     int
	posts    int
	received []map[string]any
}

func (h *webhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.posts++
	var env map[string]any
	switch {
	case r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" || err != nil || json.Unmarshal(body, &env) != nil:
		http.Error(w, "want a JSON POST", http.StatusBadRequest)
	case h.fail != 0:
		h.fail--
		http.Error(w, "injected failure", http.StatusServiceUnavailable)
	default:
		h.received = append(h.received, env)
		w.WriteHeader(http.StatusNoContent)
	}
}

func (h *webhook) state() (posts int, received []map[string]any) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.posts, append([]map[string]any(nil), h.received...)
}

// TestLocalEventsAndWebhook runs `precis local --events --webhook URL`, uploads the sample,
// and checks the event is printed once and POSTed to the webhook, which may fail a few times
// or always, without the summary failing.
func TestLocalEventsAndWebhook(t *testing.T) {
	sample := fixture.Path(t, fixture.SampleArticle)
	for _, c := range []struct {
		name      string
		fail      int
		delivered int // events the webhook accepts
		posts     int // posts it receives
	}{
		{"webhook accepts", 0, 1, 1},
		{"webhook fails twice", 2, 1, 3},
		{"webhook always fails", -1, 0, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			hook := &webhook{fail: c.fail}
			srv := httptest.NewServer(hook)
			defer srv.Close()
			ctx, stop := context.WithCancel(context.Background())
			var out, logs testserver.SyncBuffer
			done := make(chan error, 1)
			go func() {
				done <- run(ctx, []string{"local", "--memory", "--events", "--webhook", srv.URL, "--s3-addr", "127.0.0.1:0", "--api-addr", "127.0.0.1:0", "--dynamodb-addr", "127.0.0.1:0", "--log-format", "json"}, nil, &out, &logs)
			}()
			defer func() {
				stop()
				if err := <-done; err != nil {
					t.Errorf("precis local stopped with %v", err)
				}
			}()
			api := waitForAPI(t, &out, &logs)
			if want := "Events of finished articles: printed below, one JSON line each; POSTed to " + srv.URL + "."; !strings.Contains(out.String(), want) {
				t.Errorf("the banner lacks %q:\n%s", want, out.String())
			}
			up, err := runCLI([]string{"upload", "--api", api, "--wait", sample}, "")
			if err != nil {
				t.Fatal(err)
			}
			key := regexp.MustCompile(`key (articles/\S+)`).FindStringSubmatch(up)
			if key == nil || !strings.Contains(up, "(done, id ") {
				t.Fatalf("upload --wait printed:\n%s", up)
			}
			// The event follows the record's write, which upload --wait sees first.
			var printed []map[string]any
			for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(20 * time.Millisecond) {
				printed = eventLines(t, out.String())
				if posts, _ := hook.state(); (len(printed) > 0 && posts >= c.posts) || time.Now().After(deadline) {
					break
				}
			}
			posts, received := hook.state()
			if len(printed) != 1 || posts != c.posts || len(received) != c.delivered {
				t.Fatalf("printed %d events, webhook got %d posts and accepted %d; want 1, %d, %d\n%s\n%s", len(printed), posts, len(received), c.posts, c.delivered, out.String(), logs.String())
			}
			ev := printed[0]
			detail, _ := ev["detail"].(map[string]any)
			if ev["detail-type"] != "Article Summarized" || ev["source"] != "precis" || detail["key"] != key[1] || detail["status"] != "done" || detail["summary_path"] != "/summaries/"+detail["id"].(string) {
				t.Errorf("printed event %v", ev)
			}
			if c.delivered > 0 && received[0]["id"] != ev["id"] {
				t.Errorf("the webhook got event %v, the terminal %v", received[0]["id"], ev["id"])
			}
		})
	}
}

// TestLocalRefusesABadWebhook: a webhook that is not an http(s) URL is a usage mistake.
func TestLocalRefusesABadWebhook(t *testing.T) {
	for _, u := range []string{"ftp://example.org/hook", "localhost:9999", "http://"} {
		_, err := runCLI([]string{"local", "--memory", "--webhook", u}, "")
		if exitCode(err) != exitUsage || !strings.Contains(err.Error(), "webhook") {
			t.Errorf("--webhook %q: %v", u, err)
		}
	}
}

// eventLines are the JSON event lines of `precis local --events`'s output.
func eventLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var evs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		if !strings.HasPrefix(sc.Text(), "{") {
			continue
		}
		var ev map[string]any
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatalf("not a JSON event: %s", sc.Text())
		}
		evs = append(evs, ev)
	}
	return evs
}

// waitForAPI waits for `precis local`'s banner and returns its API address.
func waitForAPI(t *testing.T, out, logs *testserver.SyncBuffer) string {
	t.Helper()
	apiLine := regexp.MustCompile(`API\s+(http://127\.0\.0\.1:\d+)`)
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if m := apiLine.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		if time.Now().After(deadline) {
			t.Fatalf("no API address in:\n%s\n%s", out.String(), logs.String())
		}
	}
}

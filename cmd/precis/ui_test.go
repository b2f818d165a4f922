package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/testserver"
)

// recorded is one request the recording server received.
type recorded struct {
	Method, URI, Auth, ContentType, Body string
}

// recorder stands for a deployed API and its bucket: it records each request and answers
// POST /articles with a presigned URL on itself.
type recorder struct {
	srv  *httptest.Server
	mu   sync.Mutex
	reqs []recorded
}

func newRecorder(t *testing.T) *recorder {
	rec := &recorder{}
	rec.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rec.mu.Lock()
		rec.reqs = append(rec.reqs, recorded{r.Method, r.URL.RequestURI(), r.Header.Get("Authorization"), r.Header.Get("Content-Type"), string(body)})
		rec.mu.Unlock()
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		switch {
		case r.Method == "POST" && r.URL.Path == "/articles":
			w.WriteHeader(http.StatusCreated)
			_, _ = io.WriteString(w, `{"id":"`+strings.Repeat("a", 32)+`","key":"articles/0123456789abcdef/a.txt","upload_url":"`+rec.srv.URL+`/bucket/articles/0123456789abcdef/a.txt?X-Amz-Signature=abc","method":"PUT","headers":{"Content-Type":"text/plain","Content-Length":"5"},"expires_at":"`+time.Now().Add(time.Minute).UTC().Format(time.RFC3339)+`"}`)
		case r.Method == "PUT" && strings.HasPrefix(r.URL.Path, "/bucket/"):
			if r.ContentLength != 5 {
				w.WriteHeader(http.StatusForbidden)
			}
		case r.URL.Path == "/summaries/missing":
			w.WriteHeader(http.StatusNotFound)
			_, _ = io.WriteString(w, `{"error":{"code":"not_found","message":"no article with that id"}}`)
		default:
			_, _ = io.WriteString(w, `{"items":[]}`)
		}
	}))
	t.Cleanup(rec.srv.Close)
	return rec
}

// startUI serves precis ui's handler in front of the API at base until the test ends.
func startUI(t *testing.T, base string, signed bool) *httptest.Server {
	t.Helper()
	client, err := newAPIClient(context.Background(), base, signed)
	if err != nil {
		t.Fatal(err)
	}
	ui := httptest.NewUnstartedServer(nil)
	ui.Config.Handler = newUIProxy(client, ui.Listener.Addr().String())
	ui.Start()
	t.Cleanup(ui.Close)
	return ui
}

func (rec *recorder) last() recorded {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.reqs) == 0 {
		return recorded{}
	}
	return rec.reqs[len(rec.reqs)-1]
}

// TestUIProxy: precis ui serves the page, forwards the page's API calls signed for
// execute-api (or unsigned without --aws), relays the API's errors, and stands in for the
// presigned upload URL, once.
func TestUIProxy(t *testing.T) {
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "secret")
	t.Setenv("AWS_REGION", "eu-west-1")
	t.Setenv("AWS_CONFIG_FILE", t.TempDir()+"/none")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", t.TempDir()+"/none")
	for _, signed := range []bool{true, false} {
		rec := newRecorder(t)
		ui := startUI(t, rec.srv.URL, signed)
		do := func(method, path, ct, body string, header ...string) (int, string, http.Header) {
			t.Helper()
			req, _ := http.NewRequest(method, ui.URL+path, strings.NewReader(body))
			if ct != "" {
				req.Header.Set("Content-Type", ct)
			}
			for i := 0; i+1 < len(header); i += 2 {
				if header[i] == "Host" {
					req.Host = header[i+1]
				} else {
					req.Header.Set(header[i], header[i+1])
				}
			}
			if method == "PUT" {
				req.ContentLength = int64(len(body))
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			raw, _ := io.ReadAll(resp.Body)
			return resp.StatusCode, string(raw), resp.Header
		}
		checkAuth := func(what string, r recorded) {
			t.Helper()
			isSigned := strings.HasPrefix(r.Auth, "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") && strings.Contains(r.Auth, "/eu-west-1/execute-api/aws4_request")
			if isSigned != signed {
				t.Errorf("signed %v: %s reached the API with Authorization %q", signed, what, r.Auth)
			}
		}

		// The page itself is served here, with its policy; nothing reaches the API.
		code, body, h := do("GET", "/", "", "")
		if code != 200 || !strings.Contains(body, "<title>Précis</title>") || !strings.Contains(h.Get("Content-Security-Policy"), "connect-src 'self';") {
			t.Errorf("GET /: %d %q %.60q", code, h.Get("Content-Security-Policy"), body)
		}
		if r := rec.last(); r.Method != "" {
			t.Errorf("the page was asked of the API: %+v", r)
		}

		cases := []struct {
			method, path, ct, body string
			status                 int
			want                   string // in the answer
		}{
			{"GET", "/summaries?limit=20&cursor=a.b", "", "", 200, `{"items":[]}`},
			{"GET", "/summaries/missing?sentences=3", "", "", 404, "no article with that id"},
			{"POST", "/articles", "application/json", `{"filename":"a.txt","content_type":"text/plain","size":5}`, 201, `"upload_url":"/_upload/`},
		}
		for _, c := range cases {
			code, body, _ := do(c.method, c.path, c.ct, c.body)
			r := rec.last()
			if code != c.status || !strings.Contains(body, c.want) {
				t.Errorf("%s %s: %d %s, want %d with %q", c.method, c.path, code, body, c.status, c.want)
			}
			// The signer puts the query in canonical order.
			if r.Method != c.method || canonical(r.URI) != canonical(c.path) || r.Body != c.body || r.ContentType != c.ct {
				t.Errorf("%s %s reached the API as %+v", c.method, c.path, r)
			}
			checkAuth(c.method+" "+c.path, r)
		}

		// The upload, through the local URL the page was given: to the presigned URL, unsigned.
		_, body, _ = do("POST", "/articles", "application/json", `{"filename":"a.txt","content_type":"text/plain","size":5}`)
		var up struct {
			UploadURL string `json:"upload_url"`
			Method    string
		}
		if err := json.Unmarshal([]byte(body), &up); err != nil || !strings.HasPrefix(up.UploadURL, uploadPath) || up.Method != "PUT" {
			t.Fatalf("POST /articles answered %s", body)
		}
		if code, body, _ := do("PUT", up.UploadURL, "text/plain", "hello"); code != 200 {
			t.Errorf("PUT %s: %d %s", up.UploadURL, code, body)
		}
		if r := rec.last(); r.Method != "PUT" || r.URI != "/bucket/articles/0123456789abcdef/a.txt?X-Amz-Signature=abc" || r.Body != "hello" || r.ContentType != "text/plain" || r.Auth != "" {
			t.Errorf("the upload reached the bucket as %+v", r)
		}
		refusals := []struct {
			method, path string
			header       []string
			status       int
			code         string
		}{
			{"PUT", up.UploadURL, nil, 404, "unknown_upload"}, // once only
			{"PUT", uploadPath + "0000", nil, 404, "unknown_upload"},
			{"GET", "/summaries", []string{"Origin", "http://evil.example"}, 403, "cross_origin"},
			{"GET", "/summaries", []string{"Host", "rebound.example:" + portOf(ui.URL)}, 421, "wrong_host"},
		}
		for _, c := range refusals {
			before := rec.last()
			code, body, _ := do(c.method, c.path, "text/plain", "hello", c.header...)
			if code != c.status || !strings.Contains(body, `"code":"`+c.code+`"`) {
				t.Errorf("%s %s %v: %d %s, want %d %s", c.method, c.path, c.header, code, body, c.status, c.code)
			}
			if rec.last() != before {
				t.Errorf("%s %s %v reached the API: %+v", c.method, c.path, c.header, rec.last())
			}
		}
	}
}

func canonical(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return "unparsable " + uri
	}
	return u.Path + "?" + u.Query().Encode()
}

func portOf(u string) string {
	_, port, _ := net.SplitHostPort(strings.TrimPrefix(u, "http://"))
	return port
}

// TestUICommand starts precis ui as a user would and loads the page from the address it prints.
func TestUICommand(t *testing.T) {
	rec := newRecorder(t)
	ctx, stop := context.WithCancel(context.Background())
	var out testserver.SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"ui", "--api", rec.srv.URL, "--addr", "127.0.0.1:0"}, nil, &out, io.Discard)
	}()
	addr := regexp.MustCompile(`Précis page  (http://127\.0\.0\.1:\d+/)`)
	var page string
	for deadline := time.Now().Add(30 * time.Second); page == ""; time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			page = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no address in %q", out.String())
		}
	}
	resp, err := http.Get(page + "summaries")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || rec.last().URI != "/summaries" {
		t.Errorf("GET summaries through precis ui: %d, the API got %+v", resp.StatusCode, rec.last())
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("precis ui stopped with %v", err)
	}
	for _, bad := range [][]string{{"ui", "extra"}, {"ui", "--api", "ftp://x"}} {
		if _, err := runCLI(bad, ""); exitCode(err) != exitUsage {
			t.Errorf("%q: %v, want a usage error", bad, err)
		}
	}
}

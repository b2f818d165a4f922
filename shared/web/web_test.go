package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/web"
)

func get(t *testing.T, h http.Handler, method, path string) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	resp := rec.Result()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

// TestHandlerServesThePageWithAStrictPolicy: the page and each asset it names are served
// with their type, the Content-Security-Policy and no-sniffing; anything else is not found.
func TestHandlerServesThePageWithAStrictPolicy(t *testing.T) {
	h := web.Handler(web.Options{UploadOrigins: []string{"http://127.0.0.1:9000"}})
	cases := []struct {
		method, path string
		status       int
		ctype        string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8"},
		{"HEAD", "/", 200, "text/html; charset=utf-8"},
		{"GET", "/ui/app.js", 200, "text/javascript; charset=utf-8"},
		{"GET", "/ui/app.css", 200, "text/css; charset=utf-8"},
		{"GET", "/ui/index.html", 404, ""},
		{"GET", "/ui/../web.go", 404, ""},
		{"POST", "/", 404, ""},
	}
	for _, c := range cases {
		resp, _ := get(t, h, c.method, c.path)
		if resp.StatusCode != c.status {
			t.Errorf("%s %s: %d, want %d", c.method, c.path, resp.StatusCode, c.status)
			continue
		}
		if c.status != 200 {
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != c.ctype {
			t.Errorf("%s %s: Content-Type %q, want %q", c.method, c.path, got, c.ctype)
		}
		csp := resp.Header.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "script-src 'self'", "connect-src 'self' http://127.0.0.1:9000", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: the policy %q lacks %q", c.path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe") {
			t.Errorf("%s: the policy allows unsafe code: %q", c.path, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", c.path)
		}
	}
}

// TestPageIsSelfContained: the assets together stay under 100 KB, name no other site, carry
// no inline script or style (the policy would block them), and every asset the page links
// to is served.
func TestPageIsSelfContained(t *testing.T) {
	h := web.Handler(web.Options{})
	total := 0
	pages := map[string]string{}
	for _, p := range []string{"/", "/ui/app.js", "/ui/app.css"} {
		resp, body := get(t, h, "GET", p)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d", p, resp.StatusCode)
		}
		total += len(body)
		pages[p] = body
		if m := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`).FindString(body); m != "" {
			t.Errorf("%s names another site: %q", p, m)
		}
	}
	if total > 100<<10 {
		t.Errorf("the page weighs %d bytes, over 100 KB", total)
	}
	html := pages["/"]
	if regexp.MustCompile(`<script>|<style|\sstyle=|\son[a-z]+=`).MatchString(html) {
		t.Errorf("inline script or style in the page")
	}
	for _, m := range regexp.MustCompile(`(?:src|href)="(ui/[^"]+)"`).FindAllStringSubmatch(html, -1) {
		if resp, _ := get(t, h, "GET", "/"+m[1]); resp.StatusCode != 200 {
			t.Errorf("the page links to %s, which is not served (%d)", m[1], resp.StatusCode)
		}
	}
	// Every form control is labelled.
	for _, m := range regexp.MustCompile(`<input id="([^"]+)"`).FindAllStringSubmatch(html, -1) {
		if !strings.Contains(html, `for="`+m[1]+`"`) {
			t.Errorf("input %s has no label", m[1])
		}
	}
}

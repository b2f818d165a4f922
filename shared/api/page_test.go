package api_test

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestServesThePage: the handler serves the page at / and its assets, while other paths and
// methods still answer the API's JSON errors.
func TestServesThePage(t *testing.T) {
	e := setup(t)
	cases := []struct {
		method, path string
		status       int
		ctype, body  string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8", "<title>Précis</title>"},
		{"GET", "/ui/app.js", 200, "text/javascript; charset=utf-8", "summaries"},
		{"POST", "/", 404, "application/json; charset=utf-8", `"not_found"`},
		{"GET", "/index.html", 404, "application/json; charset=utf-8", `"not_found"`},
		{"GET", "/ui/nothing.js", 404, "", ""},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(c.method, e.srv.URL+c.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status || (c.ctype != "" && resp.Header.Get("Content-Type") != c.ctype) || !strings.Contains(string(body), c.body) {
			t.Errorf("%s %s: %d %q %.80q, want %d %q with %q", c.method, c.path, resp.StatusCode, resp.Header.Get("Content-Type"), body, c.status, c.ctype, c.body)
		}
	}
}

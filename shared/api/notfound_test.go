package api_test

import (
	"net/url"
	"strings"
	"testing"
)

// TestNotFoundNamesWhatWasLookedUp: a 404 says whether the id or the key is unknown, and
// why a key is never summarised.
func TestNotFoundNamesWhatWasLookedUp(t *testing.T) {
	e := setup(t)
	cases := []struct{ path, message string }{
		{"/summaries/" + strings.Repeat("0", 32), "no article with that id"},
		{"/summaries?key=" + url.QueryEscape("articles/0123456789abcdef/none.txt"), "no article with that key"},
		// A key that is never summarised says why.
		{"/summaries?key=" + url.QueryEscape("articles/sky.htm"), "no article with that key: only uploads ending in .html, .md, .txt are summarised"},
		{"/summaries?key=" + url.QueryEscape("uploads/sky.txt"), "no article with that key: only uploads under articles/ are summarised"},
	}
	for _, c := range cases {
		code, body := e.get(t, c.path)
		errBody, _ := body["error"].(map[string]any)
		msg, _ := errBody["message"].(string)
		if code != 404 || msg != c.message {
			t.Errorf("%s: %d %q, want 404 %q", c.path, code, msg, c.message)
		}
	}
}

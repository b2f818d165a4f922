// Package web is the page for people: a list of articles, one article's summary, quotes,
// keywords and text, and uploads by drag and drop. It is plain HTML, CSS and JavaScript
// embedded in the binary (no build step, no request to any other site), served by the API
// handler at / and by `precis ui` in front of a deployed API.
//
//	GET /          the page
//	GET /ui/{file} its script and style sheet
//
// The page talks to the API with relative URLs (summaries, articles) and uploads each
// article to the presigned URL POST /articles returns.
package web

import (
	"embed"
	"net/http"
	"strings"
)

//go:embed static
var static embed.FS

// AssetsPrefix is the path under which the page's script and style sheet are served.
const AssetsPrefix = "/ui/"

// Options configure the page's handler.
type Options struct {
	// UploadOrigins are the origins (scheme://host[:port]) of the presigned upload URLs, which
	// the Content-Security-Policy lets the page connect to besides its own origin.
	UploadOrigins []string
}

// Handler serves the page at / and its assets under AssetsPrefix.
func Handler(opts Options) http.Handler {
	csp := ContentSecurityPolicy(opts.UploadOrigins)
	files := map[string]string{
		"/":                       "static/index.html",
		AssetsPrefix + "app.js":   "static/app.js",
		AssetsPrefix + "app.css":  "static/app.css",
		AssetsPrefix + "icon.svg": "static/icon.svg",
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := files[r.URL.Path]
		if !ok || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
			http.NotFound(w, r)
			return
		}
		body, err := static.ReadFile(name)
		if err != nil { // the map names embedded files only
			http.Error(w, "missing asset", http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Content-Type", contentType(name))
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		// Revalidated at each load: a new binary serves a new page at once.
		h.Set("Cache-Control", "no-cache")
		if r.Method == http.MethodHead {
			return
		}
		_, _ = w.Write(body)
	})
}

// ContentSecurityPolicy is the page's policy: its own script and style only (no inline code,
// no eval), no frames, forms or plug-ins, and connections to its own origin and the upload
// origins only.
func ContentSecurityPolicy(uploadOrigins []string) string {
	connect := append([]string{"'self'"}, uploadOrigins...)
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src 'self'",
		"connect-src " + strings.Join(connect, " "),
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'",
	}, "; ")
}

func contentType(name string) string {
	switch {
	case strings.HasSuffix(name, ".js"):
		return "text/javascript; charset=utf-8"
	case strings.HasSuffix(name, ".css"):
		return "text/css; charset=utf-8"
	case strings.HasSuffix(name, ".svg"):
		return "image/svg+xml"
	}
	return "text/html; charset=utf-8"
}

package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/summarizer"
)

// loadDocument loads and validates the API's OpenAPI document.
func loadDocument(t testing.TB) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(api.OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the OpenAPI document is invalid: %v", err)
	}
	return doc
}

// contractChecker checks exchanges with the API against the OpenAPI document.
type contractChecker struct {
	router      routers.Router
	errorSchema *openapi3.Schema
	local       string
}

func newContractChecker(t testing.TB) *contractChecker {
	doc := loadDocument(t)
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	// The local stack's server: the test server stands in for it.
	return &contractChecker{router: router, errorSchema: doc.Components.Schemas["Error"].Value, local: doc.Servers[0].URL}
}

// check checks one exchange: the response is valid for its route and status (a status the
// document does not list fails), a request the API accepted is valid too, and a request for
// no documented operation is refused with the Error schema.
func (c *contractChecker) check(t testing.TB, r *http.Request, body []byte, rec *httptest.ResponseRecorder) {
	t.Helper()
	if isPage(r.Method, r.URL.Path) {
		return
	}
	exchange := r.Method + " " + r.URL.RequestURI()
	req, err := http.NewRequestWithContext(r.Context(), r.Method, c.local+r.URL.RequestURI(), bytes.NewReader(body))
	if err != nil {
		return // not a request HTTP can carry (a control character in the URL): no server passes it on
	}
	req.Header = r.Header.Clone()
	route, params, err := c.router.FindRoute(req)
	if err != nil {
		// No operation: the API's own refusal (404, 405, a bad path or query), in the one
		// error schema.
		var v any
		if jerr := json.Unmarshal(rec.Body.Bytes(), &v); jerr != nil || rec.Code < 400 || rec.Code >= 500 {
			t.Errorf("%s: no documented operation (%v), answered %d %s", exchange, err, rec.Code, rec.Body)
		} else if verr := c.errorSchema.VisitJSON(v); verr != nil {
			t.Errorf("%s: %d body is not an Error: %v", exchange, rec.Code, verr)
		}
		return
	}
	in := &openapi3filter.RequestValidationInput{
		Request: req, PathParams: params, Route: route,
		// The local API checks no signature; API Gateway does, before the API runs.
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, MultiError: true},
	}
	if err := openapi3filter.ValidateRequest(r.Context(), in); err != nil && rec.Code < 400 {
		t.Errorf("%s: answered %d, but the request is not valid for the document: %v", exchange, rec.Code, err)
	}
	out := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in, Status: rec.Code, Header: rec.Header(),
		Body:    io.NopCloser(bytes.NewReader(rec.Body.Bytes())),
		Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	if err := openapi3filter.ValidateResponse(r.Context(), out); err != nil {
		t.Errorf("%s: the %d response does not match the document: %v\n%s", exchange, rec.Code, err, rec.Body)
	}
}

// contract serves h and checks each exchange against the OpenAPI document: every test that
// starts the API through setup is checked this way.
func contract(t *testing.T, h http.Handler) http.Handler {
	c := newContractChecker(t)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
		c.check(t, r, body, rec)
	})
}

// The result `precis summarize --json` prints is the document's Result schema.
func TestResultMatchesSchema(t *testing.T) {
	doc := loadDocument(t)
	res, err := summarizer.Process(context.Background(), fixture.Read(t, fixture.SampleArticle), summarizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(res)
	var v any
	_ = json.Unmarshal(b, &v)
	if err := doc.Components.Schemas["Result"].Value.VisitJSON(v); err != nil {
		t.Errorf("the command's JSON does not match the Result schema: %v", err)
	}
	// The schema can fail: a field of the wrong type is refused.
	v.(map[string]any)["quotes"] = nil
	if err := doc.Components.Schemas["Result"].Value.VisitJSON(v); err == nil {
		t.Error("null quotes accepted by the Result schema")
	}
}

// isPage reports whether a request is for the page for people (shared/web, its own tests),
// not the JSON API the document describes.
func isPage(method, path string) bool {
	return method == http.MethodGet && (path == "/" || strings.HasPrefix(path, "/ui/"))
}

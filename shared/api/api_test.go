package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/summarizer"
)

const bucket = "precis-test"

type env struct {
	srv *httptest.Server
	st  *store.DynamoDB
	s3  *testserver.S3
}

func setup(t *testing.T) *env {
	t.Helper()
	db := testserver.StartUseCaseDynamoDB(t)
	if err := store.CreateTable(context.Background(), db.Client, "articles"); err != nil {
		t.Fatal(err)
	}
	st := store.New(db.Client, "articles")
	s3srv := testserver.StartS3(t, bucket)
	h := api.New(st, objects.New(s3srv.Client), api.Config{Bucket: bucket, InputPrefix: "articles/", MaxUploadBytes: 1 << 20, CursorKey: []byte("test key"), SpeakerKeys: quotes.LookupKeys}, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	srv := httptest.NewServer(contract(t, h))
	t.Cleanup(srv.Close)
	return &env{srv: srv, st: st, s3: s3srv}
}

func (e *env) get(t *testing.T, path string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Get(e.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("%s: content type %q", path, ct)
	}
	var body map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("%s: body is not JSON: %v", path, err)
	}
	return resp.StatusCode, body
}

// store a processed article as the summarize function would.
func (e *env) put(t *testing.T, key string, raw []byte, status article.Status, at time.Time) article.Record {
	t.Helper()
	ctx := context.Background()
	r := article.Record{ID: article.ID(bucket, key), Bucket: bucket, Key: key, Sequencer: article.Sequencer("01")}
	if _, err := e.st.Claim(ctx, r, at, time.Minute); err != nil {
		t.Fatal(err)
	}
	if status == article.Pending {
		return r
	}
	if raw != nil {
		res, err := summarizer.Process(ctx, raw, summarizer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r.Fill(res)
	}
	r.Status = status
	if status == article.Failed {
		r.Reason = "No article text was found in the file."
	}
	if err := e.st.Finish(ctx, r, at); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSummaries(t *testing.T) {
	e := setup(t)
	now := time.Now()
	done := e.put(t, "articles/sample.txt", fixture.Read(t, fixture.SampleArticle), article.Done, now)
	pending := e.put(t, "articles/pending.txt", nil, article.Pending, now.Add(time.Second))
	failed := e.put(t, "articles/failed.txt", nil, article.Failed, now.Add(2*time.Second))

	code, body := e.get(t, "/summaries/"+done.ID)
	if code != 200 || body["status"] != "done" || body["publisher"] != "The Washington Times" || len(body["summary"].([]any)) != 3 {
		t.Errorf("done: %d %v", code, body["status"])
	}
	if quotes := body["quotes"].([]any); len(quotes) == 0 || quotes[0].(map[string]any)["speaker"] == "" {
		t.Errorf("quotes: %v", quotes)
	}
	// Another length from the stored ranking.
	if _, body := e.get(t, "/summaries/"+done.ID+"?sentences=7"); len(body["summary"].([]any)) != 7 {
		t.Errorf("?sentences=7 gave %d", len(body["summary"].([]any)))
	}
	if code, body := e.get(t, "/summaries?key="+url.QueryEscape("articles/sample.txt")); code != 200 || body["id"] != done.ID {
		t.Errorf("by key: %d %v", code, body["id"])
	}
	if code, body := e.get(t, "/summaries/"+pending.ID); code != 202 || body["status"] != "pending" {
		t.Errorf("pending: %d %v", code, body)
	}
	if code, body := e.get(t, "/summaries/"+failed.ID); code != 200 || body["status"] != "failed" || body["reason"] == "" {
		t.Errorf("failed: %d %v", code, body)
	}
	cases := []struct {
		path string
		code int
	}{
		{"/summaries/" + strings.Repeat("0", 32), 404},
		{"/summaries/not-an-id", 400},
		{"/summaries/..%2F..%2Fetc%2Fpasswd", 400},
		{"/summaries/" + done.ID + "?sentences=0", 400},
		{"/summaries/" + done.ID + "?sentences=51", 400},
		{"/summaries/" + done.ID + "?sentences=abc", 400},
		{"/summaries?limit=0", 400},
		{"/summaries?limit=101", 400},
		{"/summaries?cursor=forged", 400},
		{"/summaries?key=", 400},
		// A query that does not parse is refused, not read as the default listing.
		{"/summaries?limit=%zz", 400},
		{"/summaries?limit=5;key=x", 400},
		{"/summaries/" + done.ID + "?sentences=%zz", 400},
		{"/nowhere", 404},
		{"/healthz", 200},
	}
	for _, c := range cases {
		if code, body := e.get(t, c.path); code != c.code || (code >= 400 && body["error"] == nil) {
			t.Errorf("%s: %d %v, want %d with an error body", c.path, code, body, c.code)
		}
	}
	req, _ := http.NewRequest(http.MethodDelete, e.srv.URL+"/summaries/"+done.ID, nil)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 405 {
		t.Errorf("DELETE: %v %v", resp.StatusCode, err)
	}
}

func TestListingPagesAndForgedCursors(t *testing.T) {
	e := setup(t)
	base := time.Now()
	for i := 0; i < 5; i++ {
		e.put(t, fmt.Sprintf("articles/%d.txt", i), nil, article.Pending, base.Add(time.Duration(i)*time.Second))
	}
	var keys []string
	path := "/summaries?limit=2"
	var cursors []string
	for range 5 {
		code, body := e.get(t, path)
		if code != 200 {
			t.Fatalf("%s: %d", path, code)
		}
		for _, it := range body["items"].([]any) {
			keys = append(keys, it.(map[string]any)["key"].(string))
		}
		next, _ := body["next_cursor"].(string)
		if next == "" {
			break
		}
		cursors = append(cursors, next)
		path = "/summaries?limit=2&cursor=" + url.QueryEscape(next)
	}
	if got := strings.Join(keys, ","); got != "articles/4.txt,articles/3.txt,articles/2.txt,articles/1.txt,articles/0.txt" {
		t.Errorf("listing = %s", got)
	}
	// Any change to a cursor is refused.
	c := cursors[0]
	for _, forged := range []string{c[:len(c)-1] + "A", "A" + c[1:], strings.Replace(c, ".", "x.", 1), c + "."} {
		if forged == c {
			continue
		}
		if code, _ := e.get(t, "/summaries?cursor="+url.QueryEscape(forged)); code != 400 {
			t.Errorf("forged cursor %q: %d", forged, code)
		}
	}
}

func TestPresignedUpload(t *testing.T) {
	e := setup(t)
	body := `{"filename":"../../my article.txt","content_type":"text/plain","size":11}`
	resp, err := http.Post(e.srv.URL+"/articles", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var up api.Upload
	_ = json.NewDecoder(resp.Body).Decode(&up)
	resp.Body.Close()
	if resp.StatusCode != 201 || !strings.HasPrefix(up.Key, "articles/") || strings.Contains(up.Key, "..") || up.ID != article.ID(bucket, up.Key) {
		t.Fatalf("upload: %d %+v", resp.StatusCode, up)
	}
	req, _ := http.NewRequest(up.Method, up.UploadURL, strings.NewReader("hello world"))
	req.Header.Set("Content-Type", up.Headers["Content-Type"])
	put, err := http.DefaultClient.Do(req)
	if err != nil || put.StatusCode != 200 {
		t.Fatalf("PUT to the presigned URL: %v %v", put, err)
	}
	obj, err := e.s3.Client.GetObject(context.Background(), &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(up.Key)})
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(obj.Body); string(b) != "hello world" {
		t.Errorf("uploaded %q", b)
	}
	for _, bad := range []struct{ body, ct string }{
		{`{"filename":"a.pdf","content_type":"application/pdf","size":10}`, "application/json"},
		{`{"filename":"a.html","content_type":"text/html; charset=utf-8","size":10}`, "application/json"},
		{`{"filename":"a.txt","content_type":"TEXT/PLAIN","size":10}`, "application/json"},
		{`{"filename":"a.txt","content_type":"text/plain","Size":10}`, "application/json"},
		{`{"filename":"a.txt","content_type":"text/plain","size":0}`, "application/json"},
		{`{"filename":"a.txt","content_type":"text/plain","size":2000000}`, "application/json"},
		{`{"filename":"a.txt","content_type":"text/plain","size":1,"extra":1}`, "application/json"},
		{`not json`, "application/json"},
		{`{"filename":"a.txt","content_type":"text/plain","size":1} {"size":2}`, "application/json"},
		{`{"filename":"a.txt","content_type":"text/plain","size":1}]`, "application/json"},
		{`{"filename":"a.txt","content_type":"text/plain","size":1}`, "text/plain"},
	} {
		resp, err := http.Post(e.srv.URL+"/articles", bad.ct, strings.NewReader(bad.body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 400 && resp.StatusCode != 415 {
			t.Errorf("%s: %d", bad.body, resp.StatusCode)
		}
	}
}

// The OpenAPI document describes exactly the routes the handler serves.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(api.OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	served := map[string]bool{}
	for _, r := range api.Routes {
		served[r.Method+" "+r.Path] = true
		if !documented[r.Method+" "+r.Path] {
			t.Errorf("%s %s is served but not documented", r.Method, r.Path)
		}
	}
	for op := range documented {
		if !served[op] {
			t.Errorf("%s is documented but not served", op)
		}
	}
}

// A summary has one shape whatever the article's state, with the result's field names (as
// `precis summarize --json` prints them): every list present, empty rather than null, and
// listing items carry a title, empty when the article has none.
func TestSummaryShape(t *testing.T) {
	e := setup(t)
	now := time.Now()
	noQuotes := []byte("City Council Approves Budget\n\nThe city council approved a budget of four million dollars on Tuesday after a long debate about road repairs and schools.\n\nThe mayor signed the budget the same evening, and work on the roads will begin in the spring, according to the council's schedule.\n\nResidents can read the full budget on the city's website from next week.")
	recs := map[string]article.Record{
		"quotes":    e.put(t, "articles/sample.txt", fixture.Read(t, fixture.SampleArticle), article.Done, now),
		"no quotes": e.put(t, "articles/budget.txt", noQuotes, article.Done, now.Add(time.Second)),
		"pending":   e.put(t, "articles/pending.txt", nil, article.Pending, now.Add(2*time.Second)),
		"failed":    e.put(t, "articles/failed.txt", nil, article.Failed, now.Add(3*time.Second)),
	}
	strs := []string{"id", "key", "status", "algorithm_version", "title", "author", "publisher", "published", "language", "format", "charset", "created_at", "updated_at"}
	lists := []string{"summary", "sentences", "quotes", "keywords"}
	for name, rec := range recs {
		_, body := e.get(t, "/summaries/"+rec.ID)
		for _, k := range strs {
			if _, ok := body[k].(string); !ok {
				t.Errorf("%s: %s = %#v, want a string", name, k, body[k])
			}
		}
		for _, k := range lists {
			if _, ok := body[k].([]any); !ok {
				t.Errorf("%s: %s = %#v, want a list", name, k, body[k])
			}
		}
		if _, ok := body["text"]; ok {
			t.Errorf("%s: the API serves the cleaned text", name)
		}
		for _, k := range []string{"word_count", "reading_time_minutes"} {
			if _, ok := body[k].(float64); !ok {
				t.Errorf("%s: %s = %#v, want a number", name, k, body[k])
			}
		}
		if sentences, _ := body["sentences"].([]any); rec.Status == article.Done && (body["format"] != "text" || body["charset"] != "utf-8" || len(sentences) < 3) {
			t.Errorf("%s: format %v, charset %v, %d sentences", name, body["format"], body["charset"], len(sentences))
		}
	}
	_, page := e.get(t, "/summaries")
	for _, it := range page["items"].([]any) {
		item := it.(map[string]any)
		if _, ok := item["title"].(string); !ok {
			t.Errorf("listing item %v has no title", item["key"])
		}
		if item["key"] == "articles/budget.txt" && item["title"] != "City Council Approves Budget" {
			t.Errorf("listing item title %q", item["title"])
		}
	}
}

// TestEmptyParametersAreRefused: a parameter given with no value ("?limit=", "?sentences")
// is refused like any bad value, as the OpenAPI document says, not read as absent (found by
// FuzzAPI's contract check).
func TestEmptyParametersAreRefused(t *testing.T) {
	e := setup(t)
	id := article.ID(bucket, "articles/none.txt")
	for _, c := range []struct{ path, code string }{
		{"/summaries?limit=", "bad_limit"},
		{"/summaries?cursor=", "bad_cursor"},
		{"/summaries/" + id + "?sentences", "bad_sentences"},
		{"/summaries/" + id + "?sentences=", "bad_sentences"},
		{"/speakers?prefix=pu&limit=", "bad_limit"},
		{"/speakers/putin/quotes?since=", "bad_since"},
		{"/speakers/putin/quotes?until=", "bad_until"},
		{"/speakers/putin/quotes?cursor=", "bad_cursor"},
	} {
		code, body := e.get(t, c.path)
		errBody, _ := body["error"].(map[string]any)
		if code != 400 || errBody["code"] != c.code {
			t.Errorf("%s: %d %v, want 400 %s", c.path, code, body, c.code)
		}
	}
}

package api_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/truora/minidyn/server"

	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/aws/store"
)

// FuzzAPI sends arbitrary methods, paths, query strings and bodies to the API's handler,
// backed by a real DynamoDB-compatible server (minidyn, in-process) and S3 server. Whatever
// the request: no 5xx, a JSON body of bounded size with the JSON content type, article B's
// data only when B is asked for by its own id or key (or listed), and no listing page
// through a cursor the API did not issue; and the exchange is what the OpenAPI document says.
func FuzzAPI(f *testing.F) {
	contract := newContractChecker(f)
	ddb := httptest.NewServer(server.NewServer())
	f.Cleanup(ddb.Close)
	client := testserver.DynamoDBClient(ddb.URL)
	ctx := context.Background()
	if err := store.CreateTable(ctx, client, "articles"); err != nil {
		f.Fatal(err)
	}
	st := store.New(client, "articles")
	s3srv := testserver.StartS3(f, bucket)
	h := api.New(st, objects.New(s3srv.Client), api.Config{Bucket: bucket, InputPrefix: "articles/", MaxUploadBytes: 1 << 20, CursorKey: []byte("fuzz key")}, slog.New(slog.NewJSONHandler(io.Discard, nil)))

	keyA, keyB := "articles/a.txt", "articles/b.txt"
	// A fixed time, so that every fuzzing process issues the same cursor.
	now := time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC)
	for i, k := range []string{keyA, keyB} {
		rec := article.Record{ID: article.ID(bucket, k), Bucket: bucket, Key: k, Sequencer: article.Sequencer("01"), Status: article.Done, Listing: article.ListingPartition, Result: article.Result{Title: []string{"Alpha", "SECRET-B"}[i]}}
		if _, err := st.Claim(ctx, rec, now.Add(time.Duration(i)*time.Second), time.Minute); err != nil {
			f.Fatal(err)
		}
		if err := st.Finish(ctx, rec, now.Add(time.Duration(i)*time.Second)); err != nil {
			f.Fatal(err)
		}
	}
	idB := article.ID(bucket, keyB)
	// The one cursor the API issues here: after the first of two items.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/summaries?limit=1", nil))
	var page api.List
	if err := json.Unmarshal(rec.Body.Bytes(), &page); err != nil || page.NextCursor == "" {
		f.Fatalf("no cursor: %v %s", err, rec.Body)
	}

	for _, seed := range [][4]string{
		{"GET", "/summaries/" + idB, "sentences=2", ""},
		{"GET", "/summaries", "key=" + url.QueryEscape(keyB), ""},
		{"GET", "/summaries", "limit=1&cursor=" + page.NextCursor, ""},
		{"GET", "/summaries", "cursor=" + page.NextCursor[:len(page.NextCursor)-2] + "AA", ""},
		{"GET", "/summaries/../../etc/passwd", "", ""},
		{"GET", "/summaries/%2e%2e%2fb", "key=../b.txt", ""},
		{"POST", "/articles", "", `{"filename":"../../x.txt","content_type":"text/plain","size":10}`},
		{"POST", "/articles", "", `{"filename":"a","content_type":"text/html; charset=utf-8","size":1e99}`},
		{"DELETE", "/summaries/" + idB, "", ""},
		{"GET", "/openapi.json", "", ""},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, method, path, query, body string) {
		req, err := http.NewRequest(method, "http://api.test"+path, strings.NewReader(body))
		if err != nil || req.URL.Path == "" || req.URL.Path[0] != '/' || strings.ContainsRune(query, '#') {
			// Not a request a client could send: a "#" starts the fragment, which never
			// reaches the server (the query's own "#" is sent as %23).
			return
		}
		req.URL.RawQuery = query
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s %s?%s: %d %s", method, path, query, rec.Code, rec.Body)
		}
		if isPage(req.Method, req.URL.Path) {
			return // the page and its assets: HTML, CSS, scripts by design
		}
		if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Fatalf("%s %s: content type %q", method, path, ct)
		}
		if rec.Body.Len() > 1<<20 || !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%s %s: %d bytes, not bounded JSON", method, path, rec.Body.Len())
		}
		q := req.URL.Query()
		if strings.Contains(rec.Body.String(), "SECRET-B") {
			listing := req.URL.Path == "/summaries" && !q.Has("key")
			if !listing && req.URL.Path != "/summaries/"+idB && q.Get("key") != keyB {
				t.Fatalf("article B served for %s %s?%s", method, path, query)
			}
		}
		contract.check(t, req, []byte(body), rec)
		if c := q.Get("cursor"); c != "" && c != page.NextCursor && rec.Code == http.StatusOK && req.URL.Path == "/summaries" && !q.Has("key") {
			t.Fatalf("a listing page through a cursor the API did not issue: %q (issued %q)", c, page.NextCursor)
		}
	})
}

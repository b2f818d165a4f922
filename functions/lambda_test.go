package functions_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/store"
)

const (
	bucket = "precis-e2e"
	table  = "precis-e2e"
)

// stack is both function binaries under the Runtime Interface Emulator, talking to an S3
// server and a DynamoDB-compatible server on loopback through their real SDK clients.
type stack struct {
	s3        *testserver.S3
	store     *store.DynamoDB
	env       map[string]string
	summarize *testserver.Lambda
	api       *testserver.Lambda
}

func startStack(t *testing.T) *stack {
	t.Helper()
	s3srv := testserver.StartS3(t, bucket)
	db := testserver.StartDynamoDB(t)
	if err := store.CreateTable(context.Background(), db.Client, table); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"AWS_REGION": testserver.Region, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
		"AWS_ENDPOINT_URL_S3": s3srv.URL, "AWS_ENDPOINT_URL_DYNAMODB": db.URL, "S3_FORCE_PATH_STYLE": "true",
		"TABLE_NAME": table, "BUCKET_NAME": bucket, "INPUT_PREFIX": "articles/", "OUTPUT_PREFIX": "text/",
		"AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128", "LEASE_SECONDS": "3",
	}
	return &stack{
		s3: s3srv, store: store.New(db.Client, table), env: env,
		summarize: testserver.StartLambda(t, testserver.BuildBootstrap(t, "./functions/summarize"), env),
		api:       testserver.StartLambda(t, testserver.BuildBootstrap(t, "./functions/api"), env),
	}
}

// s3Event is the event S3 sends for key, built from the real event in testdata: the key
// URL-encoded the way S3 encodes it (spaces as "+").
func s3Event(t *testing.T, name, key, sequencer string, size int) []byte {
	t.Helper()
	raw, err := os.ReadFile("../testdata/events/s3-put.json")
	if err != nil {
		t.Fatal(err)
	}
	var ev map[string]any
	if err := json.Unmarshal(raw, &ev); err != nil {
		t.Fatal(err)
	}
	r := ev["Records"].([]any)[0].(map[string]any)
	r["eventName"] = name
	s3 := r["s3"].(map[string]any)
	s3["bucket"].(map[string]any)["name"] = bucket
	obj := s3["object"].(map[string]any)
	obj["key"] = strings.ReplaceAll(url.QueryEscape(key), "%2F", "/")
	obj["sequencer"] = sequencer
	obj["size"] = size
	b, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// call sends one HTTP API (payload format 2.0) request to the API function.
func (s *stack) call(t *testing.T, method, path, query, body string) (int, map[string]any) {
	t.Helper()
	return callAPI(t, s.api, method, path, query, body)
}

// callAPI sends one HTTP API (payload format 2.0) request to an API function.
func callAPI(t *testing.T, fn *testserver.Lambda, method, path, query, body string) (int, map[string]any) {
	t.Helper()
	req := events.APIGatewayV2HTTPRequest{
		Version: "2.0", RouteKey: "$default", RawPath: path, RawQueryString: query,
		Headers: map[string]string{"content-type": "application/json"}, Body: body,
		RequestContext: events.APIGatewayV2HTTPRequestContext{
			Stage: "$default", RequestID: "test",
			HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: method, Path: path, Protocol: "HTTP/1.1", SourceIP: "127.0.0.1"},
		},
	}
	payload, _ := json.Marshal(req)
	out, err := fn.Invoke(context.Background(), payload)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	var resp events.APIGatewayV2HTTPResponse
	if err := json.Unmarshal(out, &resp); err != nil {
		t.Fatalf("%s %s: not an HTTP API response: %s", method, path, out)
	}
	if resp.StatusCode == 0 {
		t.Fatalf("%s %s: not an HTTP API response: %s\n%s", method, path, out, fn.Output())
	}
	if ct := resp.Headers["Content-Type"]; !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q", method, path, ct)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(resp.Body), &doc); err != nil {
		t.Fatalf("%s %s: body is not JSON: %.200s", method, path, resp.Body)
	}
	return resp.StatusCode, doc
}

func (s *stack) invokeSummarize(t *testing.T, event []byte) {
	t.Helper()
	out, err := s.summarize.Invoke(context.Background(), event)
	if err != nil || bytes.Contains(out, []byte("errorMessage")) {
		t.Fatalf("summarize: %v %s\n%s", err, out, s.summarize.Output())
	}
}

func (s *stack) put(t *testing.T, key string, body []byte) {
	t.Helper()
	if _, err := s.s3.Client.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(bucket), Key: aws.String(key), Body: bytes.NewReader(body)}); err != nil {
		t.Fatal(err)
	}
}

// TestFunctionsUnderTheEmulator runs the upload → summary → API flow through both bootstrap
// binaries: a presigned upload from the API, the S3 event to the summarize function, and the
// summary back through the API, then duplicate, out-of-order, failing and removal events.
func TestFunctionsUnderTheEmulator(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds both functions and runs them under the emulator")
	}
	s := startStack(t)
	sample := fixture.Read(t, fixture.SampleArticle)

	if code, doc := s.call(t, "GET", "/healthz", "", ""); code != http.StatusOK {
		t.Fatalf("healthz: %d %v", code, doc)
	}

	// Upload through a presigned URL, as a user without AWS credentials would.
	code, up := s.call(t, "POST", "/articles", "", fmt.Sprintf(`{"filename":"my article été (draft)+1.txt","content_type":"text/plain","size":%d}`, len(sample)))
	if code != http.StatusCreated {
		t.Fatalf("POST /articles: %d %v", code, up)
	}
	key, id := up["key"].(string), up["id"].(string)
	req, _ := http.NewRequest(http.MethodPut, up["upload_url"].(string), bytes.NewReader(sample))
	req.Header.Set("Content-Type", "text/plain")
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("presigned PUT: %v %v", resp, err)
	}
	resp.Body.Close()

	// Before the event the article is unknown; after it, done.
	if code, _ := s.call(t, "GET", "/summaries/"+id, "", ""); code != http.StatusNotFound {
		t.Errorf("before the event: %d, want 404", code)
	}
	s.invokeSummarize(t, s3Event(t, "ObjectCreated:Put", key, "0055AED6DCD90281E5", len(sample)))
	code, doc := s.call(t, "GET", "/summaries/"+id, "sentences=5", "")
	if code != http.StatusOK || doc["status"] != "done" || doc["publisher"] != "The Washington Times" {
		t.Fatalf("summary: %d %v", code, doc)
	}
	if n := len(doc["summary"].([]any)); n != 5 {
		t.Errorf("?sentences=5 gave %d sentences", n)
	}
	if n := len(doc["quotes"].([]any)); n != 16 {
		t.Errorf("%d quotes, want 16", n)
	}
	first := doc["updated_at"]

	// By key, and in the listing.
	if code, byKey := s.call(t, "GET", "/summaries", "key="+url.QueryEscape(key), ""); code != http.StatusOK || byKey["id"] != id {
		t.Errorf("by key: %d %v", code, byKey["id"])
	}
	if code, list := s.call(t, "GET", "/summaries", "limit=10", ""); code != http.StatusOK || len(list["items"].([]any)) != 1 {
		t.Errorf("listing: %d %v", code, list)
	}

	// A duplicate delivery and an older upload's late event change nothing.
	s.invokeSummarize(t, s3Event(t, "ObjectCreated:Put", key, "0055AED6DCD90281E5", len(sample)))
	s.put(t, key+".old", []byte("unused"))
	s.invokeSummarize(t, s3Event(t, "ObjectCreated:Put", key, "0055AED6DCD9028", 10))
	if _, again := s.call(t, "GET", "/summaries/"+id, "", ""); again["updated_at"] != first || again["status"] != "done" {
		t.Errorf("a duplicate or older event rewrote the record: %v", again["updated_at"])
	}

	// A bad article is a final failure with a reason; the invocation itself succeeds.
	bad := "articles/scan.txt"
	s.put(t, bad, []byte("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>"))
	s.invokeSummarize(t, s3Event(t, "ObjectCreated:Put", bad, "00A1", 36))
	code, failed := s.call(t, "GET", "/summaries", "key="+bad, "")
	if code != http.StatusOK || failed["status"] != "failed" || !strings.Contains(fmt.Sprint(failed["reason"]), "PDF") {
		t.Errorf("bad article: %d %v", code, failed)
	}
	orig, err := s.s3.Client.GetObject(context.Background(), &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(bad)})
	if err != nil {
		t.Errorf("the failed article's object is gone: %v", err)
	} else {
		orig.Body.Close()
	}

	// Errors, as JSON with their status codes.
	for _, c := range []struct {
		path, query string
		want        int
	}{
		{"/summaries/not-an-id", "", http.StatusBadRequest},
		{"/summaries/" + article.ID(bucket, "articles/none.txt"), "", http.StatusNotFound},
		{"/summaries/" + id, "sentences=0", http.StatusBadRequest},
		{"/summaries", "cursor=forged", http.StatusBadRequest},
		{"/nowhere", "", http.StatusNotFound},
	} {
		if code, doc := s.call(t, "GET", c.path, c.query, ""); code != c.want || doc["error"] == nil {
			t.Errorf("GET %s?%s: %d %v, want %d with an error", c.path, c.query, code, doc, c.want)
		}
	}
	if code, doc := s.call(t, "GET", "/openapi.json", "", ""); code != http.StatusOK || doc["openapi"] == nil {
		t.Errorf("openapi.json: %d", code)
	}

	// Removal deletes the result.
	if _, err := s.s3.Client.DeleteObject(context.Background(), &s3.DeleteObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)}); err != nil {
		t.Fatal(err)
	}
	s.invokeSummarize(t, s3Event(t, "ObjectRemoved:Delete", key, "0055AED6DCD90281F0", 0))
	if code, _ := s.call(t, "GET", "/summaries/"+id, "", ""); code != http.StatusNotFound {
		t.Errorf("after removal: %d, want 404", code)
	}

	logFigures(t, "summarize", s.summarize)
	logFigures(t, "api", s.api)
	_ = api.Routes // the routes exercised above are the API's own
}

// TestLargeArticleMemory runs a 5 MB article through the summarize function's binary and
// checks that the process stays within a 128 MB function's memory.
func TestLargeArticleMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: a 5 MB article under the emulator")
	}
	s := startStack(t)
	big := bigArticle(t, 5<<20)
	key := "articles/big.txt"
	s.put(t, key, big.Bytes())
	s.invokeSummarize(t, s3Event(t, "ObjectCreated:Put", key, "01", big.Len()))
	code, doc := s.call(t, "GET", "/summaries", "key="+key, "")
	if code != http.StatusOK || doc["status"] != "done" {
		t.Fatalf("5 MB article: %d %v %v", code, doc["status"], doc["reason"])
	}
	peak, ok := s.summarize.PeakRSS()
	if !ok {
		t.Skip("skipping the memory check: the process's peak RSS cannot be read here")
	}
	t.Logf("5 MB article: peak RSS %.1f MB", float64(peak)/(1<<20))
	if peak > 128<<20 {
		t.Errorf("peak RSS %d MB does not fit a 128 MB function", peak>>20)
	}
	logFigures(t, "summarize (5 MB)", s.summarize)
}

// TestCrashMidInvocationIsRedelivered kills the summarize function's process while it
// works on an article: the article stays pending, and the event's next delivery, once the
// crashed invocation's lease has run out, completes it.
func TestCrashMidInvocationIsRedelivered(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: a crash under the emulator")
	}
	s := startStack(t)
	big := bigArticle(t, 4<<20) // seconds of work: time to crash in the middle
	key := "articles/crash.txt"
	s.put(t, key, big.Bytes())
	event := s3Event(t, "ObjectCreated:Put", key, "0A", big.Len())
	id := article.ID(bucket, key)

	// The execution environment Lambda would retry in, ready before the crash.
	fresh := testserver.StartLambda(t, testserver.BuildBootstrap(t, "./functions/summarize"), s.env)
	invoked := make(chan []byte, 1)
	go func() {
		out, _ := s.summarize.Invoke(context.Background(), event)
		invoked <- out
	}()
	for deadline := time.Now().Add(30 * time.Second); ; {
		if rec, err := s.store.Get(context.Background(), id); err == nil && rec.Status == article.Pending {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the article was never claimed:\n%s", s.summarize.Output())
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := s.summarize.KillFunction(); err != nil {
		t.Fatal(err)
	}
	if out := <-invoked; !bytes.Contains(out, []byte("error")) {
		t.Errorf("the crashed invocation did not fail: %s", out)
	}
	if rec, err := s.store.Get(context.Background(), id); err != nil || rec.Status != article.Pending {
		t.Fatalf("after the crash: %v %v, want pending", rec.Status, err)
	}

	// Lambda retries the event in a fresh execution environment. While the crashed
	// invocation's lease lasts, the retry fails (so that Lambda retries again) rather than
	// skip the article; after it, the retry takes the article over.
	if out, err := fresh.Invoke(context.Background(), event); err != nil || !bytes.Contains(out, []byte("being processed by another invocation")) {
		t.Fatalf("a retry within the lease: %v %s", err, out)
	}
	time.Sleep(3500 * time.Millisecond)
	if out, err := fresh.Invoke(context.Background(), event); err != nil || bytes.Contains(out, []byte("errorMessage")) {
		t.Fatalf("redelivery: %v %s\n%s", err, out, fresh.Output())
	}
	if rec, err := s.store.Get(context.Background(), id); err != nil || rec.Status != article.Done {
		t.Fatalf("after the redelivery: %v %v, want done", rec.Status, err)
	}
}

// bigArticle is the sample article repeated to at least size bytes.
func bigArticle(t *testing.T, size int) *bytes.Buffer {
	sample := fixture.Read(t, fixture.SampleArticle)
	var big bytes.Buffer
	for big.Len() < size {
		big.Write(sample)
		big.WriteString("\n\n")
	}
	return &big
}

func logFigures(t *testing.T, name string, l *testserver.Lambda) {
	r := l.Report()
	t.Logf("%s: init %v, invocations %v", name, r.Init, r.Durations)
}

// BenchmarkColdStart measures each function's cold start under the emulator, which starts
// the bootstrap on the first invocation: init-ms is that invocation's round trip less the
// round trip of the same invocation warm. (The emulator's own "Init Duration" only times
// handing the start to its sandbox, and its "Duration" includes waiting for the runtime.)
// The invocation does no I/O: a health check, and an event the function ignores. The
// baseline is the smallest Go function, for the emulator's and the process's own share.
//
//	go test ./functions -run '^$' -bench ColdStart -count 5
func BenchmarkColdStart(b *testing.B) {
	env := map[string]string{
		"AWS_REGION": testserver.Region, "AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
		"AWS_ENDPOINT_URL_S3": "http://127.0.0.1:1", "AWS_ENDPOINT_URL_DYNAMODB": "http://127.0.0.1:1",
		"TABLE_NAME": table, "BUCKET_NAME": bucket,
	}
	health, _ := json.Marshal(events.APIGatewayV2HTTPRequest{
		Version: "2.0", RawPath: "/healthz",
		RequestContext: events.APIGatewayV2HTTPRequestContext{HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{Method: "GET", Path: "/healthz"}},
	})
	for _, fn := range []struct {
		pkg, name string
		payload   []byte
	}{
		{"./functions/testdata/hello", "baseline", []byte(`{}`)},
		{"./functions/summarize", "summarize", []byte(`{"Records":[{"eventName":"TestEvent:Ignored"}]}`)},
		{"./functions/api", "api", health},
	} {
		b.Run(fn.name, func(b *testing.B) {
			bootstrap := testserver.BuildBootstrap(b, fn.pkg)
			var init time.Duration
			for b.Loop() {
				l := testserver.StartLambda(b, bootstrap, env)
				var rt [2]time.Duration
				for i := range rt {
					start := time.Now()
					if out, err := l.Invoke(context.Background(), fn.payload); err != nil || bytes.Contains(out, []byte("errorMessage")) {
						b.Fatalf("invocation: %v %s\n%s", err, out, l.Output())
					}
					rt[i] = time.Since(start)
				}
				l.Stop()
				init += rt[0] - rt[1]
			}
			b.ReportMetric(float64(init.Microseconds())/1000/float64(b.N), "init-ms")
		})
	}
}

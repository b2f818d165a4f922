package devstack_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
)

func TestNotificationsFromTheTemplate(t *testing.T) {
	dep, err := devstack.FromTemplate(precis.Template, "SummarizeFunction")
	if err != nil {
		t.Fatal(err)
	}
	if dep.InputPrefix != "articles/" || dep.OutputPrefix != "text/" || dep.MaxBytes != 8<<20 {
		t.Errorf("defaults: %+v", dep)
	}
	for _, c := range []struct {
		event, key string
		want       bool
	}{
		{"ObjectCreated:Put", "articles/a b.txt", true},
		{"ObjectCreated:CompleteMultipartUpload", "articles/x/page.html", true},
		{"ObjectRemoved:Delete", "articles/notes.md", true},
		{"ObjectCreated:Put", "articles/scan.pdf", false},
		{"ObjectCreated:Put", "text/0123.txt", false},
		{"ObjectRestore:Completed", "articles/a.txt", false},
	} {
		if got := dep.Matches(c.event, c.key); got != c.want {
			t.Errorf("%s %s: %v, want %v", c.event, c.key, got, c.want)
		}
	}
	// The filters come from the template: change it and they change.
	changed := bytes.Replace(precis.Template, []byte("Value: .md}"), []byte("Value: .markdown}"), -1)
	dep, err = devstack.FromTemplate(changed, "SummarizeFunction")
	if err != nil || dep.Matches("ObjectCreated:Put", "articles/notes.md") || !dep.Matches("ObjectCreated:Put", "articles/notes.markdown") {
		t.Errorf("the filters do not follow the template: %v", err)
	}
	if _, err := devstack.FromTemplate([]byte("Resources: {}"), "SummarizeFunction"); err == nil {
		t.Error("no error for a template without the function")
	}
}

// poll fetches path from the stack's API until its status is no longer pending.
func poll(t *testing.T, st *devstack.Stack, path string) map[string]any {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(st.APIURL + path)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		err = json.NewDecoder(resp.Body).Decode(&doc)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode == http.StatusOK {
			return doc
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s still %d %v", path, resp.StatusCode, doc)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// pollGone waits until the API no longer knows key.
func pollGone(t *testing.T, st *devstack.Stack, key string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; {
		resp, err := http.Get(st.APIURL + "/summaries?key=" + url.QueryEscape(key))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusNotFound {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s after its removal: %d", key, resp.StatusCode)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func put(t *testing.T, st *devstack.Stack, key string, body []byte) {
	t.Helper()
	if _, err := st.S3.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String(key), Body: bytes.NewReader(body)}); err != nil {
		t.Fatal(err)
	}
}

func start(t *testing.T, cfg devstack.Config) *devstack.Stack {
	t.Helper()
	st, err := devstack.Start(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Shutdown(context.Background()) })
	return st
}

// TestUploadToSummaryAndRestart uploads the sample and an HTML page through the S3 endpoint,
// reads their summaries through the API, restarts on the same data, and reads them again.
func TestUploadToSummaryAndRestart(t *testing.T) {
	sample := fixture.Read(t, fixture.SampleArticle)
	page, err := os.ReadFile("../../testdata/articles/council.html")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	st := start(t, devstack.Config{Template: precis.Template, DataDir: dir})
	var mu sync.Mutex
	var seen []devstack.Processed
	st.OnProcessed(func(p devstack.Processed) { mu.Lock(); seen = append(seen, p); mu.Unlock() })

	textKey, htmlKey := "articles/kyiv drones+1 été.txt", "articles/council.html"
	put(t, st, textKey, sample)
	put(t, st, htmlKey, page)
	put(t, st, "articles/ignored.pdf", []byte("%PDF-1.7"))
	put(t, st, "elsewhere/ignored.txt", sample)

	text := poll(t, st, "/summaries?key="+url.QueryEscape(textKey))
	if text["status"] != "done" || text["publisher"] != "The Washington Times" || len(text["quotes"].([]any)) != 16 {
		t.Fatalf("sample: %v %v %d quotes", text["status"], text["publisher"], len(text["quotes"].([]any)))
	}
	html := poll(t, st, "/summaries?key="+url.QueryEscape(htmlKey))
	if html["status"] != "done" || html["title"] == nil || len(html["summary"].([]any)) == 0 {
		t.Fatalf("HTML page: %v", html)
	}
	// The cleaned text went under the output prefix, the uploads are untouched.
	list, err := st.S3.ListObjectsV2(context.Background(), &s3.ListObjectsV2Input{Bucket: aws.String(st.Bucket), Prefix: aws.String("text/")})
	if err != nil || len(list.Contents) != 2 {
		t.Fatalf("cleaned text objects: %v %v", list, err)
	}

	if err := st.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	// A record is stored before its observers are told: only once Shutdown has waited for
	// the workers is every callback in.
	mu.Lock()
	if len(seen) != 2 {
		t.Errorf("processed %d articles, want the 2 the template's filters send: %+v", len(seen), seen)
	}
	mu.Unlock()
	again := start(t, devstack.Config{Template: precis.Template, DataDir: dir})
	if again.Recovered != 2 {
		t.Errorf("recovered %d uploads at restart, want 2", again.Recovered)
	}
	after := poll(t, again, "/summaries?key="+url.QueryEscape(textKey))
	if fmt.Sprint(after["summary"]) != fmt.Sprint(text["summary"]) || fmt.Sprint(after["quotes"]) != fmt.Sprint(text["quotes"]) {
		t.Errorf("the summary after the restart differs")
	}

	// A removal through S3 removes the summary.
	if _, err := again.S3.DeleteObject(context.Background(), &s3.DeleteObjectInput{Bucket: aws.String(again.Bucket), Key: aws.String(htmlKey)}); err != nil {
		t.Fatal(err)
	}
	pollGone(t, again, htmlKey)
}

// TestStopLosesNothing stops the stack while uploads are queued, with no time to finish
// them, and checks that the next start processes every one.
func TestStopLosesNothing(t *testing.T) {
	dir := t.TempDir()
	st := start(t, devstack.Config{Template: precis.Template, DataDir: dir, Workers: 1})
	sample := fixture.Read(t, fixture.SampleArticle)
	const n = 30
	for i := range n {
		put(t, st, fmt.Sprintf("articles/batch/%02d.txt", i), sample)
	}
	stopped, cancel := context.WithCancel(context.Background())
	cancel() // no time at all: whatever is queued is left
	_ = st.Shutdown(stopped)
	// A stopped stack refuses uploads rather than accepting what it would not process.
	if _, err := st.S3.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String("articles/late.txt"), Body: strings.NewReader("x")}); err == nil {
		t.Error("an upload was accepted after the stop")
	}

	again := start(t, devstack.Config{Template: precis.Template, DataDir: dir, Workers: 2})
	for i := range n {
		doc := poll(t, again, "/summaries?key="+url.QueryEscape(fmt.Sprintf("articles/batch/%02d.txt", i)))
		if doc["status"] != "done" {
			t.Errorf("article %d: %v", i, doc["status"])
		}
	}
}

// TestStopFinishesQueuedArticles stops the stack with time to spare while uploads are queued:
// every queued article finishes before the stop returns (its cleaned text is written while
// new uploads are refused).
func TestStopFinishesQueuedArticles(t *testing.T) {
	dir := t.TempDir()
	st := start(t, devstack.Config{Template: precis.Template, DataDir: dir, Workers: 1})
	var mu sync.Mutex
	statuses := map[string]string{}
	st.OnProcessed(func(p devstack.Processed) { mu.Lock(); statuses[p.Key] = p.Status; mu.Unlock() })
	sample := fixture.Read(t, fixture.SampleArticle)
	const n = 12
	for i := range n {
		put(t, st, fmt.Sprintf("articles/batch/%02d.txt", i), sample)
	}
	if err := st.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	for i := range n {
		if k := fmt.Sprintf("articles/batch/%02d.txt", i); statuses[k] != "done" {
			t.Errorf("%s: %q after the stop, want done", k, statuses[k])
		}
	}
}

// TestDeleteObjectsNotifies removes several uploads in one DeleteObjects request.
func TestDeleteObjectsNotifies(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template})
	sample := fixture.Read(t, fixture.SampleArticle)
	keys := []string{"articles/a.txt", "articles/b.txt"}
	for _, k := range keys {
		put(t, st, k, sample)
		poll(t, st, "/summaries?key="+url.QueryEscape(k))
	}
	var ids []types.ObjectIdentifier
	for _, k := range keys {
		ids = append(ids, types.ObjectIdentifier{Key: aws.String(k)})
	}
	if _, err := st.S3.DeleteObjects(context.Background(), &s3.DeleteObjectsInput{Bucket: aws.String(st.Bucket), Delete: &types.Delete{Objects: ids}}); err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		pollGone(t, st, k)
	}
}

// TestExternalDynamoDB runs the stack on dynalite instead of the embedded server.
func TestExternalDynamoDB(t *testing.T) {
	db := testserver.StartDynamoDB(t)
	st := start(t, devstack.Config{Template: precis.Template, DynamoDBEndpoint: db.URL})
	put(t, st, "articles/a.txt", fixture.Read(t, fixture.SampleArticle))
	if doc := poll(t, st, "/summaries?key=articles/a.txt"); doc["status"] != "done" {
		t.Fatalf("on dynalite: %v", doc["status"])
	}
}

// TestLoadLosesNothing is a small load run: every upload ends done, none lost.
// `precis local bench` runs the full one and prints its figures.
func TestLoadLosesNothing(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template, Workers: 2})
	sample := fixture.Read(t, fixture.SampleArticle)
	res, err := devstack.Load(context.Background(), st, 60, 8, 2*time.Minute, func(i int) []byte {
		return append(fmt.Appendf(nil, "Article number %d.\n\n", i), sample...)
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(res)
	if res.Done != 60 || res.Lost != 0 || res.Failed != 0 {
		t.Errorf("load run: %v", res)
	}
}

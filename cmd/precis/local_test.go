package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/internal/testserver"
)

// TestLocalUploadGetAndStop runs `precis local` as a user would, uploads the sample with
// `precis upload --wait`, reads it with `precis get`, and stops the stack with a signal's
// cancellation.
func TestLocalUploadGetAndStop(t *testing.T) {
	sample := fixture.Path(t, fixture.SampleArticle)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var out, logs testserver.SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"local", "--data", t.TempDir(), "--s3-addr", "127.0.0.1:0", "--api-addr", "127.0.0.1:0", "--dynamodb-addr", "127.0.0.1:0", "--log-format", "json"}, nil, &out, &logs)
	}()
	apiLine := regexp.MustCompile(`API\s+(http://127\.0\.0\.1:\d+)`)
	var api string
	for deadline := time.Now().Add(30 * time.Second); api == ""; {
		if m := apiLine.FindStringSubmatch(out.String()); m != nil {
			api = m[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no API address in:\n%s\n%s", out.String(), logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, want := range []string{"Page      " + api + "/   open in a browser", "aws s3 cp FILE s3://precis-local/articles/ --endpoint-url http://127.0.0.1:", "Persists across restarts", "curl -s"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the banner lacks %q:\n%s", want, out.String())
		}
	}

	up, err := runCLI([]string{"upload", "--api", api, "--wait", sample}, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(up, "(done, id ") || !strings.Contains(up, "— Alexander Lukashenko") {
		t.Fatalf("upload --wait printed:\n%s", up)
	}
	key := regexp.MustCompile(`key (articles/\S+)`).FindStringSubmatch(up)
	if key == nil {
		t.Fatalf("no key in:\n%s", up)
	}
	js, err := runCLI([]string{"get", "--api", api, "--json", "--sentences", "2", key[1]}, "")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Status  string
		Summary []any
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil || doc.Status != "done" || len(doc.Summary) != 2 {
		t.Errorf("get --json: %v %+v", err, doc)
	}
	if _, err := runCLI([]string{"get", "--api", api, "articles/none.txt"}, ""); err == nil || !strings.Contains(err.Error(), "not_found") {
		t.Errorf("get of an unknown key: %v", err)
	}
	// One structured log line per article processed.
	if !strings.Contains(logs.String(), `"msg":"article processed"`) || !strings.Contains(logs.String(), `"status":"done"`) {
		t.Errorf("no JSON progress line:\n%s", logs.String())
	}

	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("precis local stopped with %v", err)
		}
	case <-time.After(40 * time.Second):
		t.Fatal("precis local did not stop")
	}
}

// TestGetSignsForAWS checks that --aws signs API requests with SigV4 for API Gateway
// (execute-api) using the standard AWS settings from the environment.
func TestGetSignsForAWS(t *testing.T) {
	var auth string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth = r.Header.Get("Authorization")
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"id":"x","key":"articles/a.txt","status":"failed","reason":"not a text, HTML or Markdown article"}`))
	}))
	defer srv.Close()
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "secret")
	t.Setenv("AWS_REGION", "eu-west-1")
	t.Setenv("AWS_CONFIG_FILE", t.TempDir()+"/none")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", t.TempDir()+"/none")
	out, err := runCLI([]string{"get", "--aws", "--api", srv.URL, "articles/a.txt"}, "")
	if exitCode(err) != exitFailed { // the article failed
		t.Fatal(err)
	}
	if !strings.HasPrefix(auth, "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") || !strings.Contains(auth, "/eu-west-1/execute-api/aws4_request") {
		t.Errorf("Authorization: %q", auth)
	}
	if !strings.Contains(out, "failed: not a text") {
		t.Errorf("printed:\n%s", out)
	}
	// Without --aws, nothing is signed.
	if _, err := runCLI([]string{"get", "--api", srv.URL, "articles/a.txt"}, ""); exitCode(err) != exitFailed || auth != "" {
		t.Errorf("unsigned request: %v, Authorization %q", err, auth)
	}
}

func TestLocalBenchCommand(t *testing.T) {
	sample := fixture.Path(t, fixture.SampleArticle)
	out, err := runCLI([]string{"local", "bench", "-n", "40", "-c", "4", sample}, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "40 uploads: 40 done, 0 failed, 0 lost") {
		t.Errorf("bench printed:\n%s", out)
	}
}

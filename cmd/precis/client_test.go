package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/shared/article"
)

// startStack starts an in-memory local stack for the test's lifetime and returns its API URL.
func startStack(t *testing.T) *devstack.Stack {
	t.Helper()
	st, err := devstack.Start(context.Background(), devstack.Config{Template: precis.Template})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Shutdown(context.Background()) })
	return st
}

func writeFile(t *testing.T, name string, body []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, body, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestUploadRefusesWhatTheBucketWouldNotSummarise: files the bucket's notification filters
// or the summarizer would not take are refused with the reason, and nothing is stored.
func TestUploadRefusesWhatTheBucketWouldNotSummarise(t *testing.T) {
	st := startStack(t)
	pdf := []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
	cases := []struct {
		name string
		body []byte
		why  error  // wrapped besides errNotArticle, if any
		says string // in the message
	}{
		{"fake.pdf", pdf, nil, "not .pdf files"},
		{"notes.pdf", []byte("Plain words in a file named as a PDF.\n"), nil, "not .pdf files"},
		{"photo.PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), nil, "not .png files"},
		{"fake.txt", pdf, article.ErrUnsupportedFormat, "PDF"},
		{"empty.md", []byte(" \n\n"), article.ErrNoText, "empty"},
	}
	for _, c := range cases {
		_, err := runCLI([]string{"upload", "--api", st.APIURL, "--wait", writeFile(t, c.name, c.body)}, "")
		if !errors.Is(err, errNotArticle) || (c.why != nil && !errors.Is(err, c.why)) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v, want a refusal saying %q", c.name, err, c.says)
		}
		if exitCode(err) != exitError {
			t.Errorf("%s: exit %d", c.name, exitCode(err))
		}
	}
	out, err := st.S3.ListObjectsV2(context.Background(), &s3.ListObjectsV2Input{Bucket: aws.String(st.Bucket)})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range out.Contents {
		t.Errorf("stored although refused: %s", aws.ToString(o.Key))
	}
}

// TestUploadAndGetExitStatus: a failed article makes upload --wait and get exit 3, with the
// reason; a done one exits 0; each accepted extension is stored under a summarised suffix.
func TestUploadAndGetExitStatus(t *testing.T) {
	st := startStack(t)
	// With a quotation: records without one are another matter (the embedded DynamoDB and
	// empty lists).
	article := []byte("City council votes to rebuild the old bridge\n\n" +
		strings.Repeat("The council voted on Tuesday to rebuild the old bridge over the river, which has been closed to traffic since the spring floods damaged its supports. ", 8) +
		"\n\n\u201cWe will have the bridge open again by next winter,\u201d said Mayor Jane Smith.\n")
	cases := []struct {
		name   string
		body   []byte
		suffix string // of the stored key
		status string
		code   int
	}{
		{"story.txt", article, "/story.txt", "done", 0},
		{"story.htm", []byte("<html><head><title>Bridge</title></head><body><article><p>" + string(article) + "</p></article></body></html>"), "/story.htm.html", "done", 0},
		{"story.markdown", article, "/story.markdown.md", "done", 0},
		{"README", article, "/README.txt", "done", 0},
		{"hello.txt", []byte("hello\n"), "/hello.txt", "failed", exitFailed},
	}
	for _, c := range cases {
		out, err := runCLI([]string{"upload", "--api", st.APIURL, "--wait", writeFile(t, c.name, c.body)}, "")
		if exitCode(err) != c.code {
			t.Errorf("upload --wait %s: exit %d (%v), want %d:\n%s", c.name, exitCode(err), err, c.code, out)
		}
		var id, key string
		if _, scanErr := fmt.Sscanf(out[strings.Index(out, "\n")+1:], "  id  %s\n  key %s\n", &id, &key); scanErr != nil {
			t.Fatalf("upload printed:\n%s", out)
		}
		if !strings.HasSuffix(key, c.suffix) || !strings.Contains(out, "("+c.status+", id "+id+")") {
			t.Errorf("upload --wait %s printed:\n%s", c.name, out)
		}
		for _, ref := range []string{id, key} {
			out, err := runCLI([]string{"get", "--api", st.APIURL, ref}, "")
			if exitCode(err) != c.code {
				t.Errorf("get %s: exit %d (%v), want %d", ref, exitCode(err), err, c.code)
			}
			if c.status == "failed" && (!strings.Contains(out, "failed: No article text") || !strings.Contains(err.Error(), "No article text")) {
				t.Errorf("get %s: %v, printed:\n%s", ref, err, out)
			}
			js, err := runCLI([]string{"get", "--json", "--api", st.APIURL, ref}, "")
			var doc struct{ Status string }
			if exitCode(err) != c.code || json.Unmarshal([]byte(js), &doc) != nil || doc.Status != c.status {
				t.Errorf("get --json %s: exit %d (%v), printed:\n%s", ref, exitCode(err), err, js)
			}
		}
	}
	// A key nobody uploaded: the 404 says it is the key that is unknown.
	if _, err := runCLI([]string{"get", "--api", st.APIURL, "articles/none.txt"}, ""); err == nil || !strings.Contains(err.Error(), "no article with that key") || exitCode(err) != exitError {
		t.Errorf("get of an unknown key: %v", err)
	}
}

// TestNothingListeningSuggestsPrecisLocal: a refused connection says how to start the API.
func TestNothingListeningSuggestsPrecisLocal(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String()
	l.Close()
	file := writeFile(t, "a.txt", []byte("Some article text.\n"))
	for _, args := range [][]string{
		{"upload", "--api", closed, file},
		{"get", "--api", closed, "articles/a.txt"},
	} {
		_, err := runCLI(args, "")
		if err == nil || !strings.Contains(err.Error(), "start the local stack with `precis local`") {
			t.Errorf("%q: %v", args, err)
		}
	}
	t.Setenv("PRECIS_API_URL", closed)
	if _, err := runCLI([]string{"get", "articles/a.txt"}, ""); err == nil || !strings.Contains(err.Error(), "precis local") {
		t.Errorf("with PRECIS_API_URL: %v", err)
	}
}

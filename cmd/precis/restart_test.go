package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/internal/testserver"
)

// TestLocalRestartPrintsBannerFirst restarts `precis local` over uploads that it processes
// again at start, with its output and its logs on one terminal: the banner comes first (it
// says how to stop the process, by its own pid), then the log lines.
func TestLocalRestartPrintsBannerFirst(t *testing.T) {
	dir := t.TempDir()
	const n = 30
	first, err := devstack.Start(context.Background(), devstack.Config{Template: precis.Template, DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		body := fmt.Sprintf("Article %d\n\nThe council met on Tuesday to discuss the bridge, article %d said.\n\n\u201cWe will rebuild it,\u201d said Mayor Jane Smith.\n", i, i)
		if _, err := first.S3.PutObject(context.Background(), &s3.PutObjectInput{
			Bucket: aws.String(first.Bucket), Key: aws.String(fmt.Sprintf("articles/%02d.txt", i)), Body: strings.NewReader(body),
		}); err != nil {
			t.Fatal(err)
		}
	}
	if err := first.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var terminal testserver.SyncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"local", "--data", dir, "--s3-addr", "127.0.0.1:0", "--api-addr", "127.0.0.1:0", "--dynamodb-addr", "127.0.0.1:0"}, nil, &terminal, &terminal)
	}()
	for deadline := time.Now().Add(60 * time.Second); strings.Count(terminal.String(), `msg="article processed"`) < n; {
		if time.Now().After(deadline) {
			t.Fatalf("the restart did not process the %d uploads:\n%s", n, terminal.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	out := terminal.String()
	if !strings.HasPrefix(out, "Précis local stack\n") {
		t.Errorf("the output does not begin with the banner:\n%s", out[:min(len(out), 600)])
	}
	banner, _, _ := strings.Cut(out, "\n\ntime=")
	for _, want := range []string{
		fmt.Sprintf("Queued at start: %d uploads", n),
		fmt.Sprintf("Stop with Ctrl-C or kill -INT %d:", os.Getpid()),
	} {
		if !strings.Contains(banner, want) {
			t.Errorf("the banner lacks %q:\n%s", want, banner)
		}
	}
}

// TestBannerClaims: what the banner says persists is what does, for each kind of stack.
func TestBannerClaims(t *testing.T) {
	st := &devstack.Stack{S3URL: "http://127.0.0.1:9000", APIURL: "http://127.0.0.1:8080", DynamoDBURL: "http://127.0.0.1:8000", Bucket: "b", Table: "t"}
	cases := []struct {
		name      string
		cfg       devstack.Config
		says, not []string
	}{
		{"memory", devstack.Config{Template: precis.Template},
			[]string{"(embedded, in memory)", "Nothing persists"}, []string{"Persists across", "Records are in"}},
		{"data folder", devstack.Config{Template: precis.Template, DataDir: "/data"},
			[]string{"Persists across restarts: uploads and cleaned text, in /data.", "Does not: records in the embedded DynamoDB"}, []string{"Nothing persists", "Records are in"}},
		{"external DynamoDB", devstack.Config{Template: precis.Template, DataDir: "/data", DynamoDBEndpoint: "http://127.0.0.1:8000"},
			[]string{"(external)", "Persists across restarts", "Records are in the DynamoDB at http://127.0.0.1:8000"}, []string{"Nothing persists", "Does not"}},
	}
	for _, c := range cases {
		b := banner(st, c.cfg)
		for _, s := range c.says {
			if !strings.Contains(b, s) {
				t.Errorf("%s: the banner lacks %q:\n%s", c.name, s, b)
			}
		}
		for _, s := range c.not {
			if strings.Contains(b, s) {
				t.Errorf("%s: the banner says %q:\n%s", c.name, s, b)
			}
		}
	}
}

package devstack_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/devstack"
)

// TestRestartKeepsOrderAndText: processing the uploads again at a restart (the embedded
// DynamoDB keeps no records) neither reorders the newest-first listing, which follows the
// uploads' times, nor leaves the last run's cleaned text behind.
func TestRestartKeepsOrderAndText(t *testing.T) {
	body := []byte("The city council voted on Tuesday to approve a new budget for the public library, which will extend opening hours.\n\n" +
		"“We listened to the families who use the library every day,” said Mayor Ana Torres.\n")
	dir := t.TempDir()
	// Uploaded newest last, against the alphabetical order a restart finds them in.
	keys := []string{"articles/c.txt", "articles/b.txt", "articles/a.txt"}
	listing := func(st *devstack.Stack) string {
		for _, k := range keys {
			poll(t, st, "/summaries?key="+url.QueryEscape(k))
		}
		doc := poll(t, st, "/summaries?limit=10")
		var order []string
		for _, it := range doc["items"].([]any) {
			order = append(order, it.(map[string]any)["key"].(string))
		}
		return strings.Join(order, ",")
	}
	texts := func(st *devstack.Stack) int {
		out, err := st.S3.ListObjectsV2(context.Background(), &s3.ListObjectsV2Input{Bucket: aws.String(st.Bucket), Prefix: aws.String("text/")})
		if err != nil {
			t.Fatal(err)
		}
		return len(out.Contents)
	}
	const want = "articles/a.txt,articles/b.txt,articles/c.txt"

	st := start(t, devstack.Config{Template: precis.Template, DataDir: dir})
	for _, k := range keys {
		put(t, st, k, body)
		time.Sleep(10 * time.Millisecond) // S3 lists upload times to the millisecond
	}
	if got := listing(st); got != want {
		t.Fatalf("listing %s, want %s", got, want)
	}
	if err := st.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	again := start(t, devstack.Config{Template: precis.Template, DataDir: dir})
	if got := listing(again); got != want {
		t.Errorf("after the restart: listing %s, want %s", got, want)
	}
	if n := texts(again); n != len(keys) {
		t.Errorf("%d cleaned text objects after the restart, want %d", n, len(keys))
	}
}

package api_test

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/api"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/objects"
	"github.com/precis-news/precis/shared/summarizer"
)

// putDone stores a done article as the summarize function would: its record, and its cleaned
// text under the output prefix (none when text is nil: the object is gone).
func (e *env) putDone(t *testing.T, key string, res *article.Result, text *string) article.Record {
	t.Helper()
	ctx := context.Background()
	r := article.Record{ID: article.ID(bucket, key), Bucket: bucket, Key: key, Sequencer: article.Sequencer("01")}
	if _, err := e.st.Claim(ctx, r, time.Now(), time.Minute); err != nil {
		t.Fatal(err)
	}
	if res != nil {
		r.Fill(*res)
	}
	r.Status, r.TextKey = article.Done, "text/"+r.ID+"/"+r.Sequencer+".txt"
	if text != nil {
		if err := objects.New(e.s3.Client).PutText(ctx, bucket, r.TextKey, *text); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.st.Finish(ctx, r, time.Now()); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSummaryText(t *testing.T) {
	e := setup(t)
	res, err := summarizer.Process(context.Background(), fixture.Read(t, fixture.SampleArticle), summarizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	done := e.putDone(t, "articles/sample.txt", &res, &res.Text)
	// One byte, then two-byte characters: the cut at MaxTextBytes falls inside one.
	long := "x" + strings.Repeat("é", api.MaxTextBytes)
	truncated := e.putDone(t, "articles/long.txt", nil, &long)
	gone := e.putDone(t, "articles/gone.txt", nil, nil)
	pending := e.put(t, "articles/pending.txt", nil, article.Pending, time.Now())
	failed := e.put(t, "articles/failed.txt", nil, article.Failed, time.Now())

	cases := []struct {
		name      string
		path      string
		code      int
		status    string
		text      string
		truncated bool
		errCode   string
	}{
		{name: "done", path: "/summaries/" + done.ID + "/text", code: 200, status: "done", text: res.Text},
		{name: "truncated", path: "/summaries/" + truncated.ID + "/text", code: 200, status: "done", text: long[:api.MaxTextBytes-1], truncated: true},
		{name: "pending", path: "/summaries/" + pending.ID + "/text", code: 202, status: "pending"},
		{name: "failed", path: "/summaries/" + failed.ID + "/text", code: 404, errCode: "no_text"},
		{name: "text gone", path: "/summaries/" + gone.ID + "/text", code: 404, errCode: "no_text"},
		{name: "missing", path: "/summaries/" + strings.Repeat("0", 32) + "/text", code: 404, errCode: "not_found"},
		{name: "bad id", path: "/summaries/not-an-id/text", code: 400, errCode: "bad_id"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, body := e.get(t, c.path)
			if code != c.code {
				t.Fatalf("%d %v, want %d", code, body, c.code)
			}
			if c.errCode != "" {
				if got, _ := body["error"].(map[string]any); got == nil || got["code"] != c.errCode {
					t.Errorf("error %v, want code %s", body["error"], c.errCode)
				}
				return
			}
			text, _ := body["text"].(string)
			if body["status"] != c.status || text != c.text || body["truncated"] != c.truncated {
				t.Errorf("status %v, truncated %v, %d bytes of text; want %s, %v, %d bytes", body["status"], body["truncated"], len(text), c.status, c.truncated, len(c.text))
			}
			if !utf8.ValidString(text) {
				t.Error("the text is not valid UTF-8")
			}
		})
	}
	// What the page highlights is found in the text verbatim.
	for _, s := range res.Summary {
		if !strings.Contains(res.Text, s.Text) {
			t.Errorf("summary sentence not in the text: %q", s.Text)
		}
	}
	for _, q := range res.Quotes {
		if !strings.Contains(res.Text, q.Text) {
			t.Errorf("quote not in the text: %q", q.Text)
		}
	}
}

package api_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// publishQuotes stores a finished article with the quotes (speaker, type pairs).
func (e *env) publishQuotes(t *testing.T, key, published string, at time.Time, speakers ...string) article.Record {
	t.Helper()
	ctx := context.Background()
	r := article.Record{ID: article.ID(bucket, key), Bucket: bucket, Key: key, Sequencer: article.Sequencer("01"), CreatedAt: at}
	if _, err := e.st.Claim(ctx, r, at, time.Minute); err != nil {
		t.Fatal(err)
	}
	r.Status, r.Title, r.Published = article.Done, "Title of "+key, published
	for i := 0; i+1 < len(speakers); i += 2 {
		q := article.Quote{Text: fmt.Sprintf("quote %d", i/2), Speaker: speakers[i], SpeakerType: speakers[i+1]}
		if id, ok := quotes.SpeakerKey(q.Speaker, q.SpeakerType); ok {
			q.Identity = &id // as the summarizer gives it
		}
		r.Quotes = append(r.Quotes, q)
	}
	if err := e.st.Finish(ctx, r, at); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSpeakerRoutes(t *testing.T) {
	e := setup(t)
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	a := e.publishQuotes(t, "articles/a.txt", "2026-03-01", at, "Vladimir Putin", "person", "Ukraine's defence ministry", "organization")
	b := e.publishQuotes(t, "articles/b.txt", "2026-03-02", at, "Mr. Putin", "person", "Vladimir Putin", "person")

	code, body := e.get(t, "/speakers?prefix=Put")
	if sps := body["speakers"].([]any); code != 200 || len(sps) != 1 || sps[0].(map[string]any)["key"] != "vladimir-putin" || sps[0].(map[string]any)["quotes"] != 3.0 {
		t.Errorf("prefix Put: %d %v", code, body)
	}

	// Newest first (an article's key quote first), each with its article; the name in the path is read as a key.
	code, body = e.get(t, "/speakers/"+url.PathEscape("Putin")+"/quotes")
	if code != 200 {
		t.Fatalf("Putin: %d %v", code, body)
	}
	var got []string
	for _, q := range body["quotes"].([]any) {
		q := q.(map[string]any)
		got = append(got, fmt.Sprintf("%s %s %s %s %v", q["article_id"], q["key"], q["title"], q["published"], q["rank"]))
	}
	want := []string{
		b.ID + " articles/b.txt Title of articles/b.txt 2026-03-02 1",
		b.ID + " articles/b.txt Title of articles/b.txt 2026-03-02 2",
		a.ID + " articles/a.txt Title of articles/a.txt 2026-03-01 1",
	}
	if code != 200 || body["speaker"].(map[string]any)["key"] != "vladimir-putin" || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("quotes: %d %v\n%s", code, body["speaker"], strings.Join(got, "\n"))
	}

	// Pages of one, through signed cursors, give the same quotes.
	// A name with a title or a role finds the person too, as the summarizer keys it.
	for _, base := range []string{"/speakers/vladimir-putin/quotes", "/speakers/" + url.PathEscape("Putin") + "/quotes",
		"/speakers/" + url.PathEscape("Mr. Putin") + "/quotes", "/speakers/" + url.PathEscape("President Vladimir Putin") + "/quotes"} {
		if paged := pages(t, e, base); strings.Join(paged, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s paged: %q", base, paged)
		}
	}
	_, first := e.get(t, "/speakers/vladimir-putin/quotes?limit=1")
	cursor := first["next_cursor"].(string)

	if _, body := e.get(t, "/speakers/vladimir-putin/quotes?since=2026-03-02&until=2026-03-02"); len(body["quotes"].([]any)) != 2 {
		t.Errorf("since/until: %v", body)
	}
	// An organisation is found by its key and by the names it is written as.
	for _, name := range []string{"ukraine-defense-ministry", "Ukraine's defence ministry", "Ukraine’s Ministry of Defence", "the Ukrainian Defense Ministry"} {
		if _, body := e.get(t, "/speakers/"+url.PathEscape(name)+"/quotes"); len(asList(body["quotes"])) != 1 {
			t.Errorf("organisation %q: %v", name, body)
		}
	}

	for _, c := range []struct {
		path string
		code int
	}{
		{"/speakers", 400},
		{"/speakers?prefix=", 400},
		{"/speakers?prefix=--", 400},
		{"/speakers?prefix=p&limit=0", 400},
		{"/speakers?prefix=" + strings.Repeat("a", 201), 400},
		{"/speakers?prefix=zz", 200},
		{"/speakers/nobody/quotes", 404},
		{"/speakers/vladimir-putin/quotes?since=monday", 400},
		{"/speakers/vladimir-putin/quotes?until=2026-13-01", 400},
		{"/speakers/vladimir-putin/quotes?limit=101", 400},
		{"/speakers/vladimir-putin/quotes?cursor=forged", 400},
		{"/speakers/vladimir-putin/quotes?cursor=" + url.QueryEscape(cursor[:len(cursor)-1]+"A"), 400},
		// A cursor is for the speaker it was issued for.
		{"/speakers/ukraine-defense-ministry/quotes?cursor=" + url.QueryEscape(cursor), 400},
		{"/speakers/vladimir-putin/quotes?cursor=" + url.QueryEscape(cursor), 200},
		{"/speakers/vladimir-putin", 404},
	} {
		if code, body := e.get(t, c.path); code != c.code {
			t.Errorf("%s: %d, want %d (%v)", c.path, code, c.code, body)
		}
	}
}

// A real article's quotes are found by their speaker once it is summarised.
func TestSpeakerOfARealArticle(t *testing.T) {
	e := setup(t)
	rec := e.put(t, "articles/sample.txt", fixture.Read(t, fixture.SampleArticle), article.Done, time.Now())
	var speaker string
	for _, q := range rec.Quotes {
		if id, ok := quotes.SpeakerKey(q.Speaker, q.SpeakerType); ok {
			speaker = id.Key
			break
		}
	}
	if speaker == "" {
		t.Fatal("the sample article has no attributed quote")
	}
	code, body := e.get(t, "/speakers/"+url.PathEscape(speaker)+"/quotes")
	if qs, _ := body["quotes"].([]any); code != 200 || len(qs) == 0 || qs[0].(map[string]any)["article_id"] != rec.ID {
		t.Errorf("%s: %d %v", speaker, code, body)
	}
	if code, body := e.get(t, "/speakers?prefix="+url.QueryEscape(speaker[:2])); code != 200 || !strings.Contains(fmt.Sprint(body), speaker) {
		t.Errorf("prefix of %s: %d %v", speaker, code, body)
	}
}

// pages reads a speaker's quotes a page of one at a time, through the signed cursors.
func pages(t *testing.T, e *env, base string) []string {
	t.Helper()
	var paged []string
	path := base + "?limit=1"
	for range 10 {
		code, body := e.get(t, path)
		if code != 200 {
			t.Fatalf("%s: %d %v", path, code, body)
		}
		for _, q := range body["quotes"].([]any) {
			q := q.(map[string]any)
			paged = append(paged, fmt.Sprintf("%s %s %s %s %v", q["article_id"], q["key"], q["title"], q["published"], q["rank"]))
		}
		next, _ := body["next_cursor"].(string)
		if next == "" {
			return paged
		}
		path = base + "?limit=1&cursor=" + url.QueryEscape(next)
	}
	t.Fatalf("%s: the pages do not end", base)
	return nil
}

// asList is v as a JSON array, or nil when it is none (an error's body).
func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// eachBackendClient is eachBackend with the client, for looking at the table's items.
func eachBackendClient(t *testing.T, f func(t *testing.T, s *store.DynamoDB, c *dynamodb.Client)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			client := b.start(t)
			if err := store.CreateTable(context.Background(), client, "articles"); err != nil {
				t.Fatal(err)
			}
			f(t, store.New(client, "articles"), client)
		})
	}
}

type said struct{ speaker, typ string }

// publish claims and finishes an article with the quotes, as the summarize function does.
func publish(t *testing.T, s *store.DynamoDB, key, seq, published string, at time.Time, qs ...said) article.Record {
	t.Helper()
	ctx := context.Background()
	r := rec(key, seq)
	r.CreatedAt = at
	if c, err := s.Claim(ctx, r, at, time.Minute); err != nil || c != article.Claimed {
		t.Fatalf("claim %s: %v %v", key, c, err)
	}
	r.Status, r.Title, r.Published = article.Done, "Title of "+key, published
	for i, q := range qs {
		r.Quotes = append(r.Quotes, identified(article.Quote{Text: fmt.Sprintf("quote %d of %s", i, key), Speaker: q.speaker, SpeakerType: q.typ}))
	}
	if err := s.Finish(ctx, r, at); err != nil {
		t.Fatalf("finish %s: %v", key, err)
	}
	return r
}

// quotesOf reads all of a speaker's quotes, a page of n at a time, as "key#rank".
func quotesOf(t *testing.T, s *store.DynamoDB, key string, n int, q article.SpeakerQuery) (string, []string) {
	t.Helper()
	var got []string
	q.Limit = n
	name := ""
	for range 100 {
		sp, es, next, err := s.SpeakerQuotes(context.Background(), key, q)
		if err != nil {
			t.Fatal(err)
		}
		name = sp.Key
		for _, e := range es {
			got = append(got, fmt.Sprintf("%s#%d", e.Key, e.Rank))
		}
		if next == "" {
			return name, got
		}
		q.After = next
	}
	t.Fatal("the pages do not end")
	return "", nil
}

func speakersOf(t *testing.T, s *store.DynamoDB, prefix string) string {
	t.Helper()
	sps, err := s.Speakers(context.Background(), prefix, 10)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, sp := range sps {
		out = append(out, fmt.Sprintf("%s=%d", sp.Key, sp.Quotes))
	}
	return strings.Join(out, " ")
}

// entryCount counts the quote entries in the table (a test may scan; the product never does).
func entryCount(t *testing.T, c *dynamodb.Client) int {
	t.Helper()
	out, err := c.Scan(context.Background(), &dynamodb.ScanInput{
		TableName: aws.String("articles"), FilterExpression: aws.String("attribute_exists(spk_shard)"),
	})
	if err != nil {
		t.Fatal(err)
	}
	return len(out.Items)
}

func TestSpeakersAcrossArticles(t *testing.T) {
	eachBackendClient(t, func(t *testing.T, s *store.DynamoDB, c *dynamodb.Client) {
		day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		putin, bare, org := said{"Vladimir Putin", "person"}, said{"Mr. Putin", "person"}, said{"Ukraine's defence ministry", "organization"}
		publish(t, s, "a.txt", "01", "2026-03-01", day, putin, org, putin)
		publish(t, s, "b.txt", "02", "2026-03-02", day.Add(time.Hour), bare, said{"the Ukrainian Defense Ministry", "organization"})
		publish(t, s, "c.txt", "03", "", day.Add(2*time.Hour), said{"Boris Johnson", "person"}, said{"", "unknown"})
		publish(t, s, "d.txt", "04", "2026-02-27", day, said{"Dwayne Johnson", "person"})
		publish(t, s, "e.txt", "05", "2026-03-03", day, said{"Johnson", "person"})

		tests := []struct {
			key, q          string
			since, until    string
			wantKey, wantQs string
		}{
			// Newest first (published date, then upload time); a bare surname of one person
			// is that person, whichever key is asked for.
			{key: "vladimir-putin", wantKey: "vladimir-putin", wantQs: "b.txt#1 a.txt#1 a.txt#3"},
			{key: "putin", wantKey: "vladimir-putin", wantQs: "b.txt#1 a.txt#1 a.txt#3"},
			{key: "vladimir-putin", since: "2026-03-02", wantKey: "vladimir-putin", wantQs: "b.txt#1"},
			{key: "vladimir-putin", until: "2026-03-01", wantKey: "vladimir-putin", wantQs: "a.txt#1 a.txt#3"},
			{key: "vladimir-putin", since: "2026-03-04", wantKey: "vladimir-putin", wantQs: ""},
			// Two people who share a surname stay apart, and the bare surname is neither.
			{key: "boris-johnson", wantKey: "boris-johnson", wantQs: "c.txt#1"},
			{key: "dwayne-johnson", wantKey: "dwayne-johnson", wantQs: "d.txt#1"},
			{key: "johnson", wantKey: "johnson", wantQs: "e.txt#1"},
			{key: "ukraine-defense-ministry", wantKey: "ukraine-defense-ministry", wantQs: "b.txt#2 a.txt#2"},
			{key: "nobody", wantKey: "", wantQs: ""},
		}
		for _, tt := range tests {
			for _, page := range []int{1, 2, 50} {
				name, got := quotesOf(t, s, tt.key, page, article.SpeakerQuery{Since: tt.since, Until: tt.until})
				if name != tt.wantKey || strings.Join(got, " ") != tt.wantQs {
					t.Errorf("%s since %q until %q, pages of %d: %q %q; want %q %q", tt.key, tt.since, tt.until, page, name, got, tt.wantKey, tt.wantQs)
				}
			}
		}
		for prefix, want := range map[string]string{
			"p":   "vladimir-putin=3",
			"vla": "vladimir-putin=3",
			"j":   "johnson=1",
			"b":   "boris-johnson=1",
			"d":   "dwayne-johnson=1",
			"u":   "ukraine-defense-ministry=2",
			"x":   "",
		} {
			if got := speakersOf(t, s, prefix); got != want {
				t.Errorf("speakers %q: %q, want %q", prefix, got, want)
			}
		}
		if _, _, _, err := s.SpeakerQuotes(context.Background(), "putin", article.SpeakerQuery{Since: "monday", Limit: 1}); !errors.Is(err, article.ErrBadQuery) {
			t.Errorf("since=monday: %v, want ErrBadQuery", err)
		}
		if n := entryCount(t, c); n != 8 {
			t.Errorf("%d entries, want 8 (the quote without a speaker has none)", n)
		}
	})
}

// An article's entries follow it: replaced when it is re-summarised or uploaded again,
// removed when it is deleted, back when it is uploaded again; repeated events change nothing.
func TestSpeakerEntriesFollowTheArticle(t *testing.T) {
	eachBackendClient(t, func(t *testing.T, s *store.DynamoDB, c *dynamodb.Client) {
		ctx := context.Background()
		day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		putin := said{"Vladimir Putin", "person"}
		a := publish(t, s, "a.txt", "01", "2026-03-01", day, putin, putin, said{"Dmitry Peskov", "person"})
		publish(t, s, "b.txt", "02", "2026-03-02", day, putin)
		check := func(step, wantPutin, wantPeskov string, entries int) {
			t.Helper()
			if got := speakersOf(t, s, "vladimir"); got != wantPutin {
				t.Errorf("%s: speakers %q, want %q", step, got, wantPutin)
			}
			if got := speakersOf(t, s, "dmitry"); got != wantPeskov {
				t.Errorf("%s: speakers %q, want %q", step, got, wantPeskov)
			}
			if n := entryCount(t, c); n != entries {
				t.Errorf("%s: %d entries, want %d", step, n, entries)
			}
		}
		check("published", "vladimir-putin=3", "dmitry-peskov=1", 4)

		// The same event again (a redelivery): a duplicate, which changes nothing.
		if cl, err := s.Claim(ctx, rec("a.txt", "01"), day, time.Minute); err != nil || cl != article.Duplicate {
			t.Fatalf("redelivery: %v %v", cl, err)
		}
		check("redelivered", "vladimir-putin=3", "dmitry-peskov=1", 4)

		// Re-summarised by another version: one quote, Peskov's.
		re := a
		re.AlgorithmVersion = "next"
		re.Quotes = []article.Quote{identified(article.Quote{Text: "new", Speaker: "Dmitry Peskov", SpeakerType: "person"})}
		if err := s.Resummarize(ctx, re, day); err != nil {
			t.Fatal(err)
		}
		check("re-summarised", "vladimir-putin=1", "dmitry-peskov=1", 2)

		// Deleted: no entry of it stays. A stale deletion (older than the upload) is refused.
		if _, err := s.Delete(ctx, article.ID("b", "b.txt"), article.Sequencer("01")); !errors.Is(err, article.ErrSuperseded) {
			t.Fatalf("stale delete: %v", err)
		}
		for _, key := range []string{"a.txt", "b.txt"} {
			if _, err := s.Delete(ctx, article.ID("b", key), article.Sequencer("10")); err != nil {
				t.Fatal(err)
			}
		}
		check("deleted", "", "", 0)

		// Uploaded again: its entries are back, counted once.
		publish(t, s, "a.txt", "11", "2026-03-05", day, putin, said{"Mr Putin", "person"})
		check("uploaded again", "vladimir-putin=2", "", 2)
		if _, got := quotesOf(t, s, "putin", 1, article.SpeakerQuery{}); strings.Join(got, " ") != "a.txt#1 a.txt#2" {
			t.Errorf("quotes after the new upload: %q", got)
		}
	})
}

// A crash between an article's record and its entries (here: the entries removed behind the
// store's back) is repaired by the event's redelivery, which finds the article finished.
func TestDuplicateClaimRepairsEntries(t *testing.T) {
	eachBackendClient(t, func(t *testing.T, s *store.DynamoDB, c *dynamodb.Client) {
		ctx := context.Background()
		day := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		publish(t, s, "a.txt", "01", "2026-03-01", day, said{"Vladimir Putin", "person"}, said{"Dmitry Peskov", "person"})
		out, err := c.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String("articles"), FilterExpression: aws.String("attribute_exists(spk_shard)")})
		if err != nil || len(out.Items) != 2 {
			t.Fatalf("%d entries, %v", len(out.Items), err)
		}
		for _, it := range out.Items {
			if _, err := c.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String("articles"), Key: map[string]types.AttributeValue{"id": it["id"]}}); err != nil {
				t.Fatal(err)
			}
		}
		if _, got := quotesOf(t, s, "vladimir-putin", 10, article.SpeakerQuery{}); len(got) != 0 {
			t.Fatalf("entries left: %q", got)
		}
		if cl, err := s.Claim(ctx, rec("a.txt", "01"), day, time.Minute); err != nil || cl != article.Duplicate {
			t.Fatalf("redelivery: %v %v", cl, err)
		}
		for _, key := range []string{"vladimir-putin", "dmitry-peskov"} {
			if _, got := quotesOf(t, s, key, 10, article.SpeakerQuery{}); strings.Join(got, " ") != "a.txt#1" && strings.Join(got, " ") != "a.txt#2" {
				t.Errorf("%s after the redelivery: %q", key, got)
			}
		}
		if n := entryCount(t, c); n != 2 {
			t.Errorf("%d entries after the redelivery, want 2", n)
		}
	})
}

// identified gives q its speaker's identity, as the summarizer does.
func identified(q article.Quote) article.Quote {
	if id, ok := quotes.SpeakerKey(q.Speaker, q.SpeakerType); ok {
		q.Identity = &id
	}
	return q
}

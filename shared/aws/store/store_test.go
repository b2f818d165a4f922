package store_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/summarizer"
)

// backends are the DynamoDB-compatible servers; minidyn as `precis local` embeds it.
var backends = []struct {
	name  string
	start func(testing.TB) *dynamodb.Client
}{
	{"dynalite", func(tb testing.TB) *dynamodb.Client { return testserver.StartDynamoDB(tb).Client }},
	{"minidyn", func(tb testing.TB) *dynamodb.Client {
		srv := httptest.NewServer(devstack.EmbeddedDynamoDB())
		tb.Cleanup(srv.Close)
		return testserver.DynamoDBClient(srv.URL)
	}},
}

// eachBackend runs f against each DynamoDB-compatible server the product runs on: dynalite
// (as in CI and behind `precis local --dynamodb-endpoint`) and minidyn, embedded in
// `precis local` by default.
func eachBackend(t *testing.T, f func(t *testing.T, s *store.DynamoDB)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			client := b.start(t)
			if err := store.CreateTable(context.Background(), client, "articles"); err != nil {
				t.Fatal(err)
			}
			f(t, store.New(client, "articles"))
		})
	}
}

func rec(key, seq string) article.Record {
	return article.Record{ID: article.ID("b", key), Bucket: "b", Key: key, Sequencer: article.Sequencer(seq)}
}

func TestClaimFinishDuplicatesAndOrder(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *store.DynamoDB) {
		ctx := context.Background()
		now := time.Now()
		r := rec("a.txt", "0055AED6DCD90281E5")
		r.ClaimToken = "first"

		if c, err := s.Claim(ctx, r, now, time.Minute); err != nil || c != article.Claimed {
			t.Fatalf("first claim: %v %v", c, err)
		}
		// The holder's own claim again (its reply was lost and the SDK retried): claimed.
		if c, err := s.Claim(ctx, r, now, time.Minute); err != nil || c != article.Claimed {
			t.Fatalf("the holder's repeated claim: %v %v", c, err)
		}
		// The same event from another invocation while the first holds its lease.
		dup := r
		dup.ClaimToken = "second"
		if c, err := s.Claim(ctx, dup, now, time.Minute); err != nil || c != article.InProgress {
			t.Fatalf("duplicate claim: %v %v", c, err)
		}
		// Only the holder's release counts; a released claim (a failed invocation) is taken at
		// once by the retry.
		other := r
		other.ClaimToken = "someone else"
		if err := s.Release(ctx, other, now); err != nil {
			t.Fatal(err)
		}
		if c, err := s.Claim(ctx, other, now, time.Minute); err != nil || c != article.InProgress {
			t.Fatalf("claim after another's release: %v %v", c, err)
		}
		if err := s.Release(ctx, r, now); err != nil {
			t.Fatal(err)
		}
		if c, err := s.Claim(ctx, r, now, time.Minute); err != nil || c != article.Claimed {
			t.Fatalf("claim after release: %v %v", c, err)
		}
		// After the lease runs out (a crashed invocation), a redelivery takes over.
		if c, err := s.Claim(ctx, r, now.Add(2*time.Minute), time.Minute); err != nil || c != article.Claimed {
			t.Fatalf("claim after lease: %v %v", c, err)
		}
		done := r
		done.Status = article.Done
		done.Title = "Done"
		if err := s.Finish(ctx, done, now); err != nil {
			t.Fatal(err)
		}
		// Finishing twice (a duplicate that got through, later) writes nothing.
		if err := s.Finish(ctx, done, now.Add(time.Second)); !errors.Is(err, article.ErrSuperseded) {
			t.Fatalf("second finish: %v", err)
		}
		// The same write again (the SDK's retry of a write whose reply was lost) succeeded.
		if err := s.Finish(ctx, done, now); err != nil {
			t.Fatalf("the same finish retried: %v", err)
		}
		if c, err := s.Claim(ctx, r, now.Add(time.Hour), time.Minute); err != nil || c != article.Duplicate {
			t.Fatalf("claim of a finished event: %v %v", c, err)
		}
		// An older event never overwrites. Its sequencer is shorter: as plain strings "FFF…" sorts
		// after "0055…", but left-padded it is the smaller number, as S3 specifies.
		if c, err := s.Claim(ctx, rec("a.txt", "FFFFFFFFFFFFFF"), now, time.Minute); err != nil || c != article.Stale {
			t.Fatalf("older event: %v %v", c, err)
		}
		got, err := s.Get(ctx, r.ID)
		if err != nil || got.Status != article.Done || got.Title != "Done" {
			t.Fatalf("record = %+v, %v", got, err)
		}
		// A newer upload's event takes over.
		if c, err := s.Claim(ctx, rec("a.txt", "0055AED6DCD90281E6"), now, time.Minute); err != nil || c != article.Claimed {
			t.Fatalf("newer event: %v %v", c, err)
		}
		// The older event cannot finish over it.
		if err := s.Finish(ctx, done, now); !errors.Is(err, article.ErrSuperseded) {
			t.Fatalf("stale finish: %v", err)
		}
		// Deletion by an event older than the record is refused; a newer one removes it.
		if _, err := s.Delete(ctx, r.ID, article.Sequencer("0055AED6DCD90281E5")); !errors.Is(err, article.ErrSuperseded) {
			t.Fatalf("stale delete: %v", err)
		}
		if old, err := s.Delete(ctx, r.ID, article.Sequencer("0055AED6DCD90281F0")); err != nil || old.Sequencer != article.Sequencer("0055AED6DCD90281E6") {
			t.Fatalf("delete returned %q, %v; want the removed record", old.Sequencer, err)
		}
		if old, err := s.Delete(ctx, r.ID, article.Sequencer("0055AED6DCD90281F1")); err != nil || old.ID != "" {
			t.Fatalf("delete of no record returned %q, %v", old.ID, err)
		}
		if _, err := s.Get(ctx, r.ID); !errors.Is(err, article.ErrNotFound) {
			t.Fatalf("after delete: %v", err)
		}
	})
}

func TestConcurrentDuplicatesClaimOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *store.DynamoDB) {
		ctx := context.Background()
		r := rec("c.txt", "00AA")
		var wg sync.WaitGroup
		results := make([]article.Claim, 3)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, err := s.Claim(ctx, r, time.Now(), time.Minute)
				if err != nil {
					t.Error(err)
				}
				results[i] = c
			}()
		}
		wg.Wait()
		claimed := 0
		for _, c := range results {
			if c == article.Claimed {
				claimed++
			}
		}
		if claimed != 1 || slices.Contains(results, article.Duplicate) {
			t.Errorf("claims = %v, want one claimed and the others in progress", results)
		}
	})
}

func TestListNewestFirstWithPages(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *store.DynamoDB) {
		ctx := context.Background()
		base := time.Now()
		for i := 0; i < 7; i++ {
			r := rec(fmt.Sprintf("k%d.txt", i), "01")
			if _, err := s.Claim(ctx, r, base.Add(time.Duration(i)*time.Second), time.Minute); err != nil {
				t.Fatal(err)
			}
		}
		var seen []string
		var pos *article.Position
		for page := 0; page < 5; page++ {
			recs, next, err := s.List(ctx, 3, pos)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				seen = append(seen, r.Key)
			}
			if next == nil {
				break
			}
			pos = next
		}
		if got := strings.Join(seen, ","); got != "k6.txt,k5.txt,k4.txt,k3.txt,k2.txt,k1.txt,k0.txt" {
			t.Errorf("listing = %s", got)
		}
	})
}

func TestLargeArticleStaysUnderItemLimit(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *store.DynamoDB) {
		ctx := context.Background()
		// A long article with many quotes: the record must stay well under 400 KB.
		var b strings.Builder
		for i := 0; i < 3000; i++ {
			fmt.Fprintf(&b, "Paragraph %d says that the council, which met on day %d, approved plan %d for the city. “We did it for plan %d,” said Mayor Jo Reyes.\n\n", i, i, i, i)
		}
		res, err := summarizer.Process(ctx, []byte(b.String()), summarizer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r := rec("big.txt", "02")
		if _, err := s.Claim(ctx, r, time.Now(), time.Minute); err != nil {
			t.Fatal(err)
		}
		r.Fill(res)
		r.Status = article.Done
		if err := s.Finish(ctx, r, time.Now()); err != nil {
			t.Fatalf("finish a large article: %v", err)
		}
		got, err := s.Get(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(got.Summarize(5, 0)); n != 5 {
			t.Errorf("summary from the stored ranking has %d sentences", n)
		}
	})
}

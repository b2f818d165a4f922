package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// benchSpeakers is how many people the benchmark's articles quote; who is quoted follows a
// Zipf law, as in the news: a few people have thousands of quotes, most a handful.
const benchSpeakers = 2000

// benchName is the deterministic name of speaker i: two syllable-built words.
func benchName(i int) string {
	syl := []string{"ka", "lo", "mi", "ren", "sa", "to", "vi", "dor", "na", "pe", "zu", "ba", "gri", "hol", "ju", "ek"}
	word := func(n int) string {
		s := ""
		for range 3 {
			s += syl[n%len(syl)]
			n /= len(syl)
		}
		return s
	}
	return word(i*7+3) + " " + word(i*13+5)
}

// BenchmarkSpeakerQuotes measures a page of a speaker's newest quotes (GET
// /speakers/{speaker}/quotes, 20 a page) on the local store, the DynamoDB embedded in
// `precis local` (see benchStore), holding 100,000 quotes (3,334 articles of 30, by 2,000
// people, Zipf): each iteration asks for the speaker of a quote drawn at random (so a
// speaker as often as quoted), and the percentiles of the calls are reported.
// PRECIS_BENCH_QUOTES changes the number of quotes.
//
//	PRECIS_BENCH_DYNAMODB=dynalite go test ./shared/store -run '^$' -bench SpeakerQuotes -benchtime 2000x
func BenchmarkSpeakerQuotes(b *testing.B) {
	s, total := benchStore(b)
	ctx := context.Background()
	start := time.Now()
	said := seed(b, s, total)
	b.Logf("%d quotes written in %s", total, time.Since(start).Round(time.Millisecond))

	r := rand.New(rand.NewPCG(2, 2))
	var lat []time.Duration
	for b.Loop() {
		// A quote drawn at random: its speaker is drawn as often as quoted.
		id, _ := quotes.SpeakerKey(said[r.IntN(len(said))], article.PersonSpeaker)
		t := time.Now()
		sp, es, _, err := s.SpeakerQuotes(ctx, id.Key, article.SpeakerQuery{Limit: 20})
		lat = append(lat, time.Since(t))
		if err != nil || sp.Key != id.Key || len(es) == 0 {
			b.Fatalf("%s: %v, %d quotes, %v", id.Key, sp, len(es), err)
		}
	}
	reportPercentiles(b, lat)
}

// BenchmarkSpeakersPrefix measures autocompletion (GET /speakers?prefix=, two letters) on
// the same store.
//
//	go test ./shared/store -run '^$' -bench SpeakersPrefix -benchtime 2000x
func BenchmarkSpeakersPrefix(b *testing.B) {
	s, total := benchStore(b)
	ctx := context.Background()
	said := seed(b, s, total)
	r := rand.New(rand.NewPCG(3, 3))
	var lat []time.Duration
	for b.Loop() {
		id, _ := quotes.SpeakerKey(said[r.IntN(len(said))], article.PersonSpeaker)
		t := time.Now()
		sps, err := s.Speakers(ctx, id.Key[:2], 10)
		lat = append(lat, time.Since(t))
		if err != nil || len(sps) == 0 {
			b.Fatalf("%s: %v %v", id.Key[:2], sps, err)
		}
	}
	reportPercentiles(b, lat)
}

// benchStore is the store the benchmarks fill, and how many quotes to fill it with
// (PRECIS_BENCH_QUOTES, default 100,000): the DynamoDB embedded in `precis local` (minidyn),
// or dynalite (`precis local --dynamodb-endpoint`) when PRECIS_BENCH_DYNAMODB is "dynalite".
func benchStore(b *testing.B) (*store.DynamoDB, int) {
	total := 100_000
	if v, err := strconv.Atoi(os.Getenv("PRECIS_BENCH_QUOTES")); err == nil && v > 0 {
		total = v
	}
	var client *dynamodb.Client
	if os.Getenv("PRECIS_BENCH_DYNAMODB") == "dynalite" {
		client = testserver.StartDynamoDB(b).Client
	} else {
		srv := httptest.NewServer(devstack.EmbeddedDynamoDB())
		b.Cleanup(srv.Close)
		client = testserver.DynamoDBClient(srv.URL)
	}
	if err := store.CreateTable(context.Background(), client, "articles"); err != nil {
		b.Fatal(err)
	}
	return store.New(client, "articles"), total
}

// seed writes the speaker index of articles of 30 quotes until total quotes are written,
// in bulk (SeedSpeakerIndex: finishing 3,334 articles one by one takes over half an hour on
// this machine; the reads measured are the same), and returns the speaker of each quote.
func seed(b *testing.B, s *store.DynamoDB, total int) []string {
	b.Helper()
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var (
		recs []article.Record
		said []string
	)
	for a := 0; a*article.MaxStoredQuotes < total; a++ {
		r := rand.New(rand.NewPCG(uint64(a), 1))
		zipf := rand.NewZipf(r, 1.1, 1, benchSpeakers-1)
		key := fmt.Sprintf("articles/bench/%06d.txt", a)
		at := day.Add(time.Duration(a) * time.Minute)
		rec := article.Record{ID: article.ID("b", key), Bucket: "b", Key: key, Sequencer: article.Sequencer("01"), CreatedAt: at, Status: article.Done, Result: article.Result{Title: "Article " + key, Published: at.Format(time.DateOnly)}}
		for i := range min(article.MaxStoredQuotes, total-a*article.MaxStoredQuotes) {
			q := identified(article.Quote{Text: fmt.Sprintf("Quote %d of article %d.", i, a), Speaker: benchName(int(zipf.Uint64())), SpeakerType: article.PersonSpeaker})
			rec.Quotes = append(rec.Quotes, q)
			said = append(said, q.Speaker)
		}
		recs = append(recs, rec)
	}
	if err := s.SeedSpeakerIndex(context.Background(), recs); err != nil {
		b.Fatal(err)
	}
	return said
}

// reportPercentiles reports the calls' p50 and p99 in milliseconds.
func reportPercentiles(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	at := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}

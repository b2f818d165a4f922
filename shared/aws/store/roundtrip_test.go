package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/store"
)

// shapes are the records the summarize function writes, one per shape the fields can take:
// every list empty or full, every optional field absent or at its largest, and text beyond
// ASCII.
func shapes() map[string]func(r *article.Record) {
	sentence := func(i int, text string) article.Sentence {
		return article.Sentence{Index: i, ParagraphIndex: i / 3, Text: text, Score: 1 / float64(i+2), Rank: i, Words: len(strings.Fields(text))}
	}
	quote := func(text, speaker, kind string) article.Quote {
		return article.Quote{Text: text, Speaker: speaker, SpeakerType: kind, Partial: speaker == "", ParagraphIndex: 2, Score: 0.5}
	}
	done := func(r *article.Record) {
		r.Status = article.Done
		r.Title, r.Author, r.Publisher, r.Published = "Council approves plan", "Jo Reyes", "The Daily", "2024-05-01"
		r.Language, r.Format, r.WordCount, r.ReadingTimeMinutes = "en", "text", 120, 1
		r.ContentHash, r.TextKey, r.AlgorithmVersion = strings.Repeat("ab", 32), "text/x.txt", "precis-test"
		r.Sentences = []article.Sentence{sentence(0, "The council approved the plan."), sentence(1, "It takes effect in May.")}
		r.Quotes = []article.Quote{quote("We did it", "Jo Reyes", "person")}
		r.Keywords = []string{"council", "plan"}
	}
	return map[string]func(r *article.Record){
		"pending": func(r *article.Record) {},
		"done":    done,
		"no quotes": func(r *article.Record) {
			done(r)
			r.Quotes = []article.Quote{}
		},
		"no keywords": func(r *article.Record) {
			done(r)
			r.Keywords = []string{}
		},
		"no summary": func(r *article.Record) {
			done(r)
			r.Sentences, r.Quotes, r.Keywords = []article.Sentence{}, []article.Quote{}, []string{}
		},
		"nil lists": func(r *article.Record) {
			done(r)
			r.Sentences, r.Quotes, r.Keywords = nil, nil, nil
		},
		"failed": func(r *article.Record) {
			r.Status, r.Reason = article.Failed, "The file is not a text, HTML or Markdown article (PDF file)."
		},
		"empty strings inside lists": func(r *article.Record) {
			done(r)
			r.Quotes = []article.Quote{quote("", "", ""), quote("scare", "", "unknown")}
			r.Sentences = []article.Sentence{sentence(0, "")}
			r.Keywords = []string{""}
		},
		"max sizes": func(r *article.Record) {
			done(r)
			var res article.Result
			long := strings.Repeat("A long sentence of the article, ", 200) // over the stored limits
			for i := range 400 {
				res.Sentences = append(res.Sentences, article.Sentence{Index: i, Text: long, Rank: i, Score: 1, Words: 1200})
			}
			for range 60 {
				res.Quotes = append(res.Quotes, article.Quote{Text: long, Speaker: "Jo Reyes", SpeakerType: "person"})
			}
			for i := range 8 {
				res.Keywords = append(res.Keywords, fmt.Sprintf("keyword phrase %d", i))
			}
			res.Title, res.Language, res.Format, res.WordCount = strings.Repeat("T", 2000), "en", "html", 480000
			r.Fill(res)
		},
		"unicode": func(r *article.Record) {
			done(r)
			r.Key = "articles/été 🚀 (draft)+1.txt"
			r.Title, r.Author = "Ça va? 東京 — «Ελλάδα» \u200fعربي\u200f", "José Ñúñez"
			r.Sentences = []article.Sentence{sentence(0, "Zoë’s café said “no” — 😀 e\u0301 \u200b\u00a0end.")}
			r.Quotes = []article.Quote{quote("Мы сделали это", "Владимир", "person")}
			r.Keywords = []string{"café", "東京"}
		},
	}
}

// TestEveryRecordShapeRoundTrips writes every shape of record through each path that writes
// one (claim, finish, release) on both DynamoDB servers and reads it back, by id and in the
// listing: what comes back is what was written, and nothing fails to decode.
func TestEveryRecordShapeRoundTrips(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *store.DynamoDB) {
		ctx := context.Background()
		uploaded := time.Date(2024, 5, 1, 9, 30, 15, 123456789, time.UTC)
		now := uploaded.Add(3 * time.Second)
		for name, shape := range shapes() {
			t.Run(name, func(t *testing.T) {
				r := rec("shape/"+name, "0A")
				r.CreatedAt, r.ClaimToken, r.ETag, r.Size = uploaded, "token", "etag", 1234
				if _, err := s.Claim(ctx, r, now, time.Minute); err != nil {
					t.Fatal(err)
				}
				want := r
				shape(&want)
				var err error
				if want.Status == article.Pending {
					err = s.Release(ctx, want, now)
				} else {
					err = s.Finish(ctx, want, now)
				}
				if err != nil {
					t.Fatal(err)
				}
				want.UpdatedAt = now
				if want, err = store.Fitted(want); err != nil { // as the store writes it: bounded, shed to fit
					t.Fatal(err)
				}
				if want.Status == article.Pending {
					want.LeaseUntil = 0
				}
				got, err := s.Get(ctx, r.ID)
				if err != nil {
					t.Fatalf("read back: %v", err)
				}
				checkListing(t, &want, got)
				if diff := recordDiff(got, want); diff != "" {
					t.Errorf("read back differs: %s", diff)
				}
				if n := len(got.Summarize(3, 0)); n != min(3, len(want.Sentences)) {
					t.Errorf("summary of %d sentences from the stored ranking", n)
				}
			})
		}
		// The listing decodes every shape too.
		var listed int
		for pos := (*article.Position)(nil); ; {
			recs, next, err := s.List(ctx, 4, pos)
			if err != nil {
				t.Fatalf("list: %v", err)
			}
			for _, r := range recs {
				if !r.CreatedAt.Equal(uploaded) {
					t.Errorf("listed %s: created_at %v, want %v", r.Key, r.CreatedAt, uploaded)
				}
			}
			listed += len(recs)
			if next == nil {
				break
			}
			pos = next
		}
		if listed != len(shapes()) {
			t.Errorf("listed %d records, want %d", listed, len(shapes()))
		}
	})
}

// recordDiff names the fields in which got differs from want. Times compare as instants; an
// empty list and an absent one are the same record.
func recordDiff(got, want article.Record) string {
	return strings.Join(fieldDiffs(reflect.ValueOf(got), reflect.ValueOf(want)), "; ")
}

// fieldDiffs compares two structs field by field, an empty list equal to a missing one, and
// the embedded Result's fields as the record's own.
func fieldDiffs(gv, wv reflect.Value) []string {
	var diffs []string
	for i := range gv.NumField() {
		g, w := gv.Field(i), wv.Field(i)
		f := gv.Type().Field(i)
		switch {
		case f.Anonymous && g.Kind() == reflect.Struct:
			diffs = append(diffs, fieldDiffs(g, w)...)
		case g.Type() == reflect.TypeFor[time.Time]():
			if !g.Interface().(time.Time).Equal(w.Interface().(time.Time)) {
				diffs = append(diffs, fmt.Sprintf("%s: %v, want %v", f.Name, g, w))
			}
		case g.Kind() == reflect.Slice && g.Len() == 0 && w.Len() == 0:
		case !reflect.DeepEqual(g.Interface(), w.Interface()):
			diffs = append(diffs, fmt.Sprintf("%s: %.200v, want %.200v", f.Name, g, w))
		}
	}
	return diffs
}

// TestCreatedAtAndListingOrder: created_at is never the zero time, whichever copy of the
// record the caller finishes, and the listing orders articles by upload, so that processing
// one again (a retry, a local stack's restart) does not move it to the top.
func TestCreatedAtAndListingOrder(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *store.DynamoDB) {
		ctx := context.Background()
		t0 := time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)

		// A caller that leaves CreatedAt zero and finishes its own copy.
		plain := rec("plain.txt", "01")
		if _, err := s.Claim(ctx, plain, t0, time.Minute); err != nil {
			t.Fatal(err)
		}
		plain.Status = article.Done
		if err := s.Finish(ctx, plain, t0.Add(time.Second)); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Get(ctx, plain.ID); err != nil || got.CreatedAt.IsZero() {
			t.Errorf("created_at of a record finished from the caller's copy: %v %v", got.CreatedAt, err)
		}

		// Two uploads, the older processed last and then processed again by a newer event.
		older, newer := rec("older.txt", "01"), rec("newer.txt", "01")
		older.CreatedAt, newer.CreatedAt = t0.Add(time.Minute), t0.Add(2*time.Minute)
		for i, r := range []article.Record{newer, older} {
			at := t0.Add(time.Duration(10+i) * time.Minute)
			if _, err := s.Claim(ctx, r, at, time.Minute); err != nil {
				t.Fatal(err)
			}
			r.Status = article.Done
			if err := s.Finish(ctx, r, at); err != nil {
				t.Fatal(err)
			}
		}
		again := older
		again.Sequencer = article.Sequencer("02")
		if c, err := s.Claim(ctx, again, t0.Add(time.Hour), time.Minute); err != nil || c != article.Claimed {
			t.Fatalf("claim again: %v %v", c, err)
		}
		recs, _, err := s.List(ctx, 10, nil)
		if err != nil {
			t.Fatal(err)
		}
		var order []string
		for _, r := range recs {
			order = append(order, r.Key)
		}
		if got := strings.Join(order, ","); got != "newer.txt,older.txt,plain.txt" {
			t.Errorf("listing = %s, want newest upload first", got)
		}
		if got, _ := s.Get(ctx, older.ID); !got.CreatedAt.Equal(older.CreatedAt) || !got.UpdatedAt.Equal(t0.Add(time.Hour)) {
			t.Errorf("processed again: created_at %v updated_at %v", got.CreatedAt, got.UpdatedAt)
		}
	})
}

// randomRecord is a record with every field drawn at random, lists often empty, strings
// from a mix of scripts, spaces and punctuation.
func randomRecord(r *rand.Rand, i int) article.Record {
	alphabet := []rune("aZ09 .,“”\"'\\/\t\n—éßЖ東😀\u200b\u0301<>&%{}[]")
	str := func(max int) string {
		n := r.IntN(max + 1)
		out := make([]rune, n)
		for j := range out {
			out[j] = alphabet[r.IntN(len(alphabet))]
		}
		return string(out)
	}
	rec := article.Record{Status: []article.Status{article.Done, article.Failed}[r.IntN(2)], Reason: str(80), ContentHash: str(64), TextKey: str(60), Result: article.Result{Title: str(100), Author: str(20), Publisher: str(20), Published: str(10), Language: str(3), Format: str(8), WordCount: r.IntN(1 << 20), ReadingTimeMinutes: r.IntN(500), AlgorithmVersion: str(12)}}
	if r.IntN(2) == 0 { // empty, not absent, as the pipeline makes them
		rec.Sentences, rec.Quotes, rec.Keywords = []article.Sentence{}, []article.Quote{}, []string{}
	}
	for range r.IntN(4) * r.IntN(20) {
		rec.Sentences = append(rec.Sentences, article.Sentence{Index: r.IntN(1000), ParagraphIndex: r.IntN(100), Text: str(300), Score: r.Float64(), Rank: r.IntN(60) - 1, Words: r.IntN(80)})
	}
	for range r.IntN(3) * r.IntN(10) {
		rec.Quotes = append(rec.Quotes, article.Quote{Text: str(200), Speaker: str(30), SpeakerType: str(12), Partial: r.IntN(2) == 0, ParagraphIndex: r.IntN(100), Score: r.Float64()})
	}
	for range r.IntN(3) * r.IntN(8) {
		rec.Keywords = append(rec.Keywords, str(30))
	}
	return rec
}

// TestRandomRecordsRoundTrip writes records drawn at random (a fixed seed: failures repeat)
// on both servers and reads each back unchanged.
func TestRandomRecordsRoundTrip(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *store.DynamoDB) {
		ctx := context.Background()
		gen := rand.New(rand.NewPCG(10, 2))
		now := time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC)
		for i := range 60 {
			r := rec(fmt.Sprintf("random/%d", i), "0A")
			r.CreatedAt = now
			if _, err := s.Claim(ctx, r, now, time.Minute); err != nil {
				t.Fatal(err)
			}
			want := randomRecord(gen, i)
			want.ID, want.Bucket, want.Key, want.Sequencer, want.CreatedAt = r.ID, r.Bucket, r.Key, r.Sequencer, r.CreatedAt
			if err := s.Finish(ctx, want, now); err != nil {
				t.Fatalf("record %d: %v", i, err)
			}
			want.UpdatedAt = now
			want, err := store.Fitted(want) // as the store writes it: bounded, shed to fit
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Get(ctx, r.ID)
			if err != nil {
				t.Fatalf("record %d: read back: %v", i, err)
			}
			checkListing(t, &want, got)
			if diff := recordDiff(got, want); diff != "" {
				t.Errorf("record %d differs: %s", i, diff)
			}
		}
	})
}

// checkListing checks that got is in one of the listing's shards and takes its shard as
// wanted: which shard holds a record is the store's choice.
func checkListing(t *testing.T, want *article.Record, got article.Record) {
	t.Helper()
	if !strings.HasPrefix(got.Listing, article.ListingPartition+"#") {
		t.Errorf("listing partition %q, want one of the %s#N shards", got.Listing, article.ListingPartition)
	}
	want.Listing = got.Listing
}

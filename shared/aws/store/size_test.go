package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/store"
)

// worstResult is the largest result an article can produce, every field at its worst: a
// 560 KB <title>, a huge byline, thousands of long multi-byte sentences and quotes with long
// speakers, and many long keywords.
func worstResult() article.Result {
	long := func(n int) string { return strings.Repeat("é", n/2) } // 2 bytes a character
	res := article.Result{
		Title: long(560 << 10), Author: long(100 << 10), Publisher: long(100 << 10),
		Published: long(1000), Language: long(1000), Format: "html", AlgorithmVersion: long(1000),
	}
	for i := range 2000 {
		res.Sentences = append(res.Sentences, article.Sentence{Index: i, Text: long(3000), Score: 0.123456789, Rank: i, Words: 150})
	}
	for range 500 {
		res.Quotes = append(res.Quotes, article.Quote{Text: long(5000), Speaker: long(10 << 10), SpeakerType: "person", Score: 0.5})
	}
	for range 1000 {
		res.Keywords = append(res.Keywords, long(1000))
	}
	return res
}

// TestWorstRecordIsStored: the worst article's record is stored done on every backend,
// bounded and shed to the item budget, still with a summary and the key quotes. Unbounded,
// its item is over 1 MB: dynalite refuses it as DynamoDB does, and so must the embedded
// store of `precis local`.
func TestWorstRecordIsStored(t *testing.T) {
	eachBackend(t, func(t *testing.T, s *store.DynamoDB) {
		ctx := context.Background()
		r := rec("worst.html", "03")
		if _, err := s.Claim(ctx, r, time.Now(), time.Minute); err != nil {
			t.Fatal(err)
		}
		r.Fill(worstResult())
		r.Status = article.Done
		if err := s.Finish(ctx, r, time.Now()); err != nil {
			t.Fatalf("finish the worst article: %v", err)
		}
		got, err := s.Get(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		av, err := attributevalue.MarshalMap(got)
		if err != nil {
			t.Fatal(err)
		}
		if size := store.ItemSize(av); got.Status != article.Done || size > store.ItemBudget {
			t.Errorf("stored %s, %d bytes; want done within %d", got.Status, size, store.ItemBudget)
		}
		if len(got.Title) > 1100 || len(got.Author) > 400 || len(got.Publisher) > 400 {
			t.Errorf("title %d, author %d, publisher %d bytes: not bounded", len(got.Title), len(got.Author), len(got.Publisher))
		}
		if n := len(got.Summarize(3, 0)); n != 3 {
			t.Errorf("the stored record serves a %d-sentence summary, want 3", n)
		}
		if len(got.Quotes) == 0 {
			t.Error("the key quotes were shed")
		}
	})
}

// TestOversizeItemIsRefused: every backend refuses an item over DynamoDB's 400 KB with
// DynamoDB's ValidationException (minidyn alone would store it).
func TestOversizeItemIsRefused(t *testing.T) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			client := b.start(t)
			ctx := context.Background()
			if err := store.CreateTable(ctx, client, "articles"); err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				size   int
				refuse bool
			}{{store.ItemLimit - 1024, false}, {store.ItemLimit + 1024, true}} {
				item := map[string]types.AttributeValue{
					"id":   &types.AttributeValueMemberS{Value: "x"},
					"text": &types.AttributeValueMemberS{Value: strings.Repeat("a", c.size)},
				}
				_, err := client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String("articles"), Item: item})
				var apiErr smithy.APIError
				if refused := errors.As(err, &apiErr) && apiErr.ErrorCode() == "ValidationException"; refused != c.refuse {
					t.Errorf("%d-byte item: %v, want refused %v", store.ItemSize(item), err, c.refuse)
				}
			}
		})
	}
}

// TestRefusedWriteIsFinal: a write DynamoDB refuses as invalid (here an empty key, on
// dynalite, which validates as DynamoDB does) is article.ErrRefused, which callers treat as final,
// never as a transient error to retry.
func TestRefusedWriteIsFinal(t *testing.T) {
	ctx := context.Background()
	client := backends[0].start(t)
	if err := store.CreateTable(ctx, client, "articles"); err != nil {
		t.Fatal(err)
	}
	r := rec("a.txt", "01")
	r.ID = ""
	if _, err := store.New(client, "articles").Claim(ctx, r, time.Now(), time.Minute); !errors.Is(err, article.ErrRefused) {
		t.Errorf("claim with an empty id: %v, want article.ErrRefused", err)
	}
}

// TestListingIsSpreadAndSmall: the newest-first index neither puts every record in one
// partition (1,000 writes a second at most, for the whole table) nor copies whole records
// into it: its items are spread over several partitions and hold only what the listing reads.
func TestListingIsSpreadAndSmall(t *testing.T) {
	ctx := context.Background()
	client := backends[0].start(t) // dynalite projects index items as DynamoDB does
	if err := store.CreateTable(ctx, client, "articles"); err != nil {
		t.Fatal(err)
	}
	s := store.New(client, "articles")
	for i := range 16 {
		r := rec(fmt.Sprintf("k%d.txt", i), "01")
		if _, err := s.Claim(ctx, r, time.Now(), time.Minute); err != nil {
			t.Fatal(err)
		}
		r.Fill(worstResult())
		r.Status = article.Done
		if err := s.Finish(ctx, r, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	out, err := client.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String("articles"), IndexName: aws.String(store.IndexName)})
	if err != nil {
		t.Fatal(err)
	}
	partitions := map[string]bool{}
	for _, it := range out.Items {
		var p struct {
			Listing string `dynamodbav:"listing"`
		}
		_ = attributevalue.UnmarshalMap(it, &p)
		partitions[p.Listing] = true
		if size := store.ItemSize(it); size > 2048 {
			t.Errorf("an index item is %d bytes: the index copies more than the listing reads", size)
			break
		}
	}
	if len(out.Items) != 16 || len(partitions) < 2 {
		t.Errorf("%d index items in %d partitions, want 16 spread over several", len(out.Items), len(partitions))
	}
}

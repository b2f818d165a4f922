package ingest_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/internal/eval"
	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/s3event"
	"github.com/precis-news/precis/shared/aws/store"
)

// resultAttributes are what Finish adds to the claim's item.
var resultAttributes = []string{"title", "author", "publisher", "published", "language", "format", "word_count",
	"reading_time_minutes", "keywords", "sentences", "quotes", "algorithm_version", "content_hash", "text_key"}

// BenchmarkCostInputs measures what the cost model in README.md is computed from, per
// article, on the sample article and on 100 BBC articles (../shared/eval): the summarize
// handler's time against local servers (ns/op), and the DynamoDB items it actually writes,
// as stored: the done item's size, the index's copy of it, and the write units of the two
// writes (claim and finish, each also written to the index), the read units of one
// strongly consistent GetItem of the summary, and the cleaned text's size.
//
//	go test ./shared/ingest -run '^$' -bench CostInputs -benchmem -count 5
func BenchmarkCostInputs(b *testing.B) {
	sets := map[string][][]byte{"sample": {fixture.Read(b, fixture.SampleArticle)}}
	if ds, err := eval.SummarizationDatasets(fixture.Path(b, "eval/summarization"), 100); err == nil {
		for _, d := range ds {
			if d.Name == "bbc-news-summary" {
				for _, a := range d.Articles {
					sets["bbc"] = append(sets["bbc"], a.Raw)
				}
			}
		}
	}
	for _, name := range []string{"sample", "bbc"} {
		arts := sets[name]
		if len(arts) == 0 {
			b.Logf("no %s articles", name)
			continue
		}
		b.Run(name, func(b *testing.B) {
			e := setup(b)
			ctx := context.Background()
			var n, itemBytes, indexBytes, wcu, rcu, textBytes int
			seq := 0
			for b.Loop() {
				seq++
				raw := arts[seq%len(arts)]
				key := fmt.Sprintf("articles/%s-%d.txt", name, seq%len(arts))
				b.StopTimer()
				e.upload(b, key, raw)
				ev := e.eventFor(fmt.Sprintf("%018X", seq), len(raw), "ObjectCreated:Put")
				ev.Records[0].S3.Object.Key, ev.Records[0].S3.Object.URLDecodedKey = key, key
				b.StartTimer()
				if err := e.svc.Handle(ctx, s3event.Changes(ev)...); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				out, err := e.db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("articles"),
					Key: map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: article.ID(bucket, key)}}})
				if err != nil || out.Item == nil {
					b.Fatalf("item: %v", err)
				}
				item, index, claim := store.ItemSize(out.Item), 0, 0
				for k, v := range out.Item {
					one := store.ItemSize(map[string]types.AttributeValue{k: v})
					if slices.Contains(store.ListedAttributes, k) || slices.Contains([]string{"id", "listing", "updated_ns"}, k) {
						index += one
					}
					if !slices.Contains(resultAttributes, k) {
						claim += one
					}
				}
				if s, ok := out.Item["text_key"].(*types.AttributeValueMemberS); ok {
					if h, err := e.s3.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(bucket), Key: aws.String(s.Value)}); err == nil {
						textBytes += int(aws.ToInt64(h.ContentLength))
					}
				}
				n++
				itemBytes += item
				indexBytes += index
				// Claim and finish: each written to the table and to the index (1 KB units).
				wcu += units(claim, 1024) + units(index, 1024) + units(item, 1024) + units(index, 1024)
				rcu += units(item, 4096)
				b.StartTimer()
			}
			b.ReportMetric(float64(itemBytes)/float64(n), "item-B")
			b.ReportMetric(float64(indexBytes)/float64(n), "index-item-B")
			b.ReportMetric(float64(wcu)/float64(n), "WCU/article")
			b.ReportMetric(float64(rcu)/float64(n), "RCU/read")
			b.ReportMetric(float64(textBytes)/float64(n), "text-B")
		})
	}
}

// units is how many capacity units an item of size bytes takes, at per bytes a unit.
func units(size, per int) int { return max(1, (size+per-1)/per) }

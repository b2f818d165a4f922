package functions_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"gopkg.in/yaml.v3"

	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/ingest"
	"github.com/precis-news/precis/shared/summarizer"
)

// TestReprocessBatchUnderTheEmulator sends the summarize function the batches the
// re-processing state machine sends (a distributed map's ItemBatcher over an S3 listing) and
// checks the tally it answers and the records it leaves.
func TestReprocessBatchUnderTheEmulator(t *testing.T) {
	s := startStack(t)
	ctx := context.Background()
	body, err := os.ReadFile("../testdata/articles/council.md")
	if err != nil {
		t.Fatal(err)
	}
	key := "articles/council.md"
	s.put(t, key, body)
	sum := md5.Sum(body)
	etag := hex.EncodeToString(sum[:])
	// The event carries the object's ETag, as S3's does.
	s.invokeSummarize(t, bytes.Replace(s3Event(t, "ObjectCreated:Put", key, "0A", len(body)), []byte("d41d8cd98f00b204e9800998ecf8427e"), []byte(etag), 1))
	db := testserver.DynamoDBClient(s.env["AWS_ENDPOINT_URL_DYNAMODB"])
	_, err = db.UpdateItem(ctx, &dynamodb.UpdateItemInput{
		TableName:                 aws.String(table),
		Key:                       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: article.ID(bucket, key)}},
		UpdateExpression:          aws.String("SET algorithm_version = :v"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":v": &types.AttributeValueMemberS{Value: "precis-0.9.0"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// An item as Step Functions reads it from ListObjectsV2: the ETag quoted, the date in seconds.
	batch := fmt.Sprintf(`{"Items":[{"Etag":"\"%s\"","Key":%q,"LastModified":1764120000,"Size":%d,"StorageClass":"STANDARD"}],"BatchInput":{"Bucket":%q}}`,
		etag, key, len(body), bucket)
	cases := []struct {
		name, payload string
		want          ingest.Tally
		fails         bool
	}{
		{"older version", batch, ingest.Tally{Done: 1}, false},
		{"again", batch, ingest.Tally{Skipped: 1}, false},
		{"no bucket", `{"Items":[{"Key":"articles/x.md"}],"BatchInput":{}}`, ingest.Tally{}, true},
	}
	for _, c := range cases {
		out, err := s.summarize.Invoke(ctx, []byte(c.payload))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if failed := strings.Contains(string(out), "errorMessage"); failed != c.fails {
			t.Fatalf("%s: answered %s\n%s", c.name, out, s.summarize.Output())
		}
		if c.fails {
			continue
		}
		var got ingest.Tally
		if err := json.Unmarshal(out, &got); err != nil || got != c.want {
			t.Errorf("%s: tally %s (%v), want %+v", c.name, out, err, c.want)
		}
	}
	rec, err := s.store.Get(ctx, article.ID(bucket, key))
	if err != nil || rec.Status != article.Done || rec.AlgorithmVersion != summarizer.AlgorithmVersion {
		t.Errorf("record %s at %q (%v), want done at %q", rec.Status, rec.AlgorithmVersion, err, summarizer.AlgorithmVersion)
	}
}

// TestReprocessStateMachine checks what the policy pins cannot: the state machine lists only
// the input prefix, sends its batches to the summarize function with the bucket the function
// reads, bounds its concurrency by the parameter, writes its tallies outside the input prefix,
// and is named as its own policy names it.
func TestReprocessStateMachine(t *testing.T) {
	res := mapping(mapping(rawTemplate(t), "Resources"), "ReprocessStateMachine")
	props := mapping(res, "Properties")
	if typ := mapping(res, "Type"); typ == nil || typ.Value != "AWS::Serverless::StateMachine" {
		t.Fatal("no ReprocessStateMachine state machine")
	}
	subs := mapping(props, "DefinitionSubstitutions")
	checks := []struct{ what, got, want string }{
		{"name", render(mapping(props, "Name")), `!Sub [precis-reprocess-${Id}, ` + stackID + `]`},
		{"bucket", render(mapping(subs, "Bucket")), bucketName},
		{"input prefix", render(mapping(subs, "InputPrefix")), "!Ref InputPrefix"},
		{"output prefix", render(mapping(subs, "OutputPrefix")), "!Ref OutputPrefix"},
		{"function", render(mapping(subs, "FunctionArn")), summarizeR},
		{"concurrency", render(mapping(subs, "Concurrency")), "!Ref ReprocessConcurrency"},
	}
	states := mapping(mapping(props, "Definition"), "States")
	m := mapping(states, "Articles")
	reader := mapping(m, "ItemReader")
	processor := mapping(m, "ItemProcessor")
	checks = append(checks, []struct{ what, got, want string }{
		{"reader", render(mapping(reader, "Resource")), "arn:aws:states:::s3:listObjectsV2"},
		{"listed bucket", render(mapping(mapping(reader, "Parameters"), "Bucket")), "${Bucket}"},
		{"listed prefix", render(mapping(mapping(reader, "Parameters"), "Prefix")), "${InputPrefix}"},
		{"batch bucket", render(mapping(mapping(mapping(m, "ItemBatcher"), "BatchInput"), "Bucket")), "${Bucket}"},
		{"max concurrency", render(mapping(m, "MaxConcurrency")), "${Concurrency}"},
		{"mode", render(mapping(mapping(processor, "ProcessorConfig"), "Mode")), "DISTRIBUTED"},
		{"task", render(mapping(mapping(mapping(processor, "States"), "Reprocess"), "Resource")), "${FunctionArn}"},
		{"tallies", render(mapping(mapping(mapping(m, "ResultWriter"), "Parameters"), "Prefix")), "${OutputPrefix}reprocess"},
	}...)
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %s, want %s", c.what, c.got, c.want)
		}
	}
	// Listing is allowed under the input prefix only.
	listed := false
	walk(mapping(props, "Policies"), func(st *yaml.Node) {
		if a := mapping(st, "Action"); a != nil && strings.Contains(render(a), "s3:ListBucket") {
			listed = true
			if got := render(mapping(mapping(mapping(st, "Condition"), "StringLike"), "s3:prefix")); got != "!Sub ${InputPrefix}*" {
				t.Errorf("s3:ListBucket is not limited to the input prefix: %s", got)
			}
		}
	})
	if !listed {
		t.Error("the state machine cannot list the bucket")
	}
}

// TestArticleSuffixesAreTheNotifiedOnes: re-processing takes up unrecorded objects with the
// suffixes S3 notifies the function of, and no other.
func TestArticleSuffixesAreTheNotifiedOnes(t *testing.T) {
	events := mapping(mapping(mapping(mapping(rawTemplate(t), "Resources"), "SummarizeFunction"), "Properties"), "Events")
	var notified []string
	walk(events, func(n *yaml.Node) {
		if name := mapping(n, "Name"); name != nil && name.Value == "suffix" && !slices.Contains(notified, mapping(n, "Value").Value) {
			notified = append(notified, mapping(n, "Value").Value)
		}
	})
	slices.Sort(notified)
	want := slices.Sorted(slices.Values(ingest.ArticleSuffixes))
	if !slices.Equal(notified, want) {
		t.Errorf("template notifies %v; ingest.ArticleSuffixes are %v", notified, want)
	}
}

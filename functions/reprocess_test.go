package functions_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"gopkg.in/yaml.v3"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/samtemplate"
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

// templateRoot is template.yaml's root mapping, with the intrinsic tags kept.
func templateRoot(t *testing.T) *yaml.Node {
	t.Helper()
	root, err := samtemplate.Parse(precis.Template)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// resource is the template's resource name, or a failure.
func resource(t *testing.T, name string) *yaml.Node {
	t.Helper()
	r := samtemplate.Path(templateRoot(t), "Resources", name)
	if r == nil {
		t.Fatalf("no resource %s", name)
	}
	return r
}

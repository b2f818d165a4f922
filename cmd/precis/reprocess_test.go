package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/devstack"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/store"
	"github.com/precis-news/precis/shared/summarizer"
)

// TestReprocessCommand runs precis reprocess against a local stack whose records were made
// by an older algorithm version, then again once they are current.
func TestReprocessCommand(t *testing.T) {
	ctx := context.Background()
	st, err := devstack.Start(ctx, devstack.Config{
		Template: precis.Template,
		S3Addr:   "127.0.0.1:0", APIAddr: "127.0.0.1:0", DynamoDBAddr: "127.0.0.1:0",
		Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Shutdown(ctx)
	processed := make(chan devstack.Processed, 10)
	st.OnProcessed(func(p devstack.Processed) { processed <- p })
	body, err := os.ReadFile("../../testdata/articles/council.md")
	if err != nil {
		t.Fatal(err)
	}
	const n = 3
	keys := make([]string, n)
	for i := range keys {
		keys[i] = fmt.Sprintf("articles/cli/%d.md", i)
		article := append(fmt.Appendf(nil, "Article number %d.\n\n", i), body...)
		if _, err := st.S3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String(keys[i]), Body: bytes.NewReader(article)}); err != nil {
			t.Fatal(err)
		}
	}
	for range n {
		select {
		case <-processed:
		case <-time.After(30 * time.Second):
			t.Fatal("uploads not processed")
		}
	}
	for _, k := range keys {
		_, err := st.DynamoDB.UpdateItem(ctx, &dynamodb.UpdateItemInput{
			TableName:                 aws.String(st.Table),
			Key:                       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: article.ID(st.Bucket, k)}},
			UpdateExpression:          aws.String("SET algorithm_version = :v"),
			ExpressionAttributeValues: map[string]types.AttributeValue{":v": &types.AttributeValueMemberS{Value: "precis-0.9.0"}},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct{ run, want string }{
		{"first", "3 articles in .*: 3 done, 0 failed, 0 skipped, 0 errors"},
		{"again", "3 articles in .*: 0 done, 0 failed, 3 skipped, 0 errors"},
	}
	for _, c := range cases {
		out, err := runCLI([]string{"reprocess", "--api", st.APIURL, "--workers", "2"}, "")
		if err != nil {
			t.Fatalf("%s run: %v\n%s", c.run, err, out)
		}
		if !strings.HasPrefix(out, "re-processing the uploads of "+st.APIURL+" up to algorithm "+summarizer.AlgorithmVersion+", 2 at once\n") ||
			!outputPattern(strings.ReplaceAll(c.want, ".*", "...")).MatchString(strings.TrimRight(strings.SplitN(out, "\n", 2)[1], "\n")) {
			t.Errorf("%s run printed:\n%s\nwant a line %q", c.run, out, c.want)
		}
	}
	records := store.New(st.DynamoDB, st.Table)
	for _, k := range keys {
		if rec, err := records.Get(ctx, article.ID(st.Bucket, k)); err != nil || rec.AlgorithmVersion != summarizer.AlgorithmVersion {
			t.Errorf("%s at %q (%v)", k, rec.AlgorithmVersion, err)
		}
	}
	if _, err := runCLI([]string{"reprocess", "--api", st.APIURL, "--workers", "0"}, ""); !errors.Is(err, errUsage) {
		t.Errorf("--workers 0: %v, want a usage error", err)
	}
}

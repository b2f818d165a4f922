package objects

import (
	"context"
	"fmt"
	"iter"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/shared/article"
)

// List yields the bucket's current objects under prefix, in key order, a page at a time; a
// failed page ends the listing with its error.
func (o *S3) List(ctx context.Context, bucket, prefix string) iter.Seq2[article.Listed, error] {
	return func(yield func(article.Listed, error) bool) {
		pages := s3.NewListObjectsV2Paginator(o.client, &s3.ListObjectsV2Input{Bucket: aws.String(bucket), Prefix: aws.String(prefix)})
		for pages.HasMorePages() {
			page, err := pages.NextPage(ctx)
			if err != nil {
				yield(article.Listed{}, fmt.Errorf("objects: list %s: %w", prefix, err))
				return
			}
			for _, c := range page.Contents {
				l := article.Listed{Key: aws.ToString(c.Key), ETag: strings.Trim(aws.ToString(c.ETag), `"`), Size: aws.ToInt64(c.Size)}
				if !yield(l, nil) {
					return
				}
			}
		}
	}
}

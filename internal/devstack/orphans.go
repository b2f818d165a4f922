package devstack

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// dropTexts deletes the cleaned text of the article id: at a start that finds no record of an
// upload (the embedded DynamoDB keeps none across restarts), what the last run wrote for it
// belongs to no record, and processing the upload again writes its text anew.
func (s *Stack) dropTexts(ctx context.Context, id string) error {
	pages := s3.NewListObjectsV2Paginator(s.S3, &s3.ListObjectsV2Input{
		Bucket: aws.String(s.cfg.Bucket), Prefix: aws.String(s.Deployment.OutputPrefix + id),
	})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return fmt.Errorf("devstack: list the text of %s: %w", id, err)
		}
		for _, o := range page.Contents {
			if _, err := s.S3.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(s.cfg.Bucket), Key: o.Key}); err != nil {
				return fmt.Errorf("devstack: delete %s: %w", aws.ToString(o.Key), err)
			}
		}
	}
	return nil
}

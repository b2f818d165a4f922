package objects

import (
	"context"
	"fmt"
	"io"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/shared/article"
)

// GetPrefix reads at most limit bytes from the start of an object, and reports whether the
// object has more. Unlike Get, a larger object is not an error: its first bytes are served.
// The rest of the body is not read (closing it early drops the connection, which costs less
// than transferring megabytes nobody wants).
func (o *S3) GetPrefix(ctx context.Context, bucket, key string, limit int64) ([]byte, bool, error) {
	out, err := o.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		if missing(err) {
			return nil, false, fmt.Errorf("objects: get %s: %w", key, article.ErrNotFound)
		}
		return nil, false, fmt.Errorf("objects: get %s: %w", key, err)
	}
	defer out.Body.Close()
	body, err := io.ReadAll(io.LimitReader(out.Body, limit+1))
	if err != nil {
		return nil, false, fmt.Errorf("objects: read %s: %w", key, err)
	}
	if int64(len(body)) > limit {
		return body[:limit], true, nil
	}
	return body, false, nil
}

// Package objects reads and writes article objects in S3: a size-bounded read of the upload,
// the cleaned text under the output prefix, and presigned upload URLs for the API.
package objects

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/precis-news/precis/shared/article"
)

// S3 is the adapter over an S3 client.
type S3 struct {
	client  *s3.Client
	presign *s3.PresignClient
}

// New returns the adapter.
func New(client *s3.Client) *S3 { return &S3{client: client, presign: s3.NewPresignClient(client)} }

// Get reads an object, never more than limit bytes: a larger one fails with article.ErrTooLarge.
func (o *S3) Get(ctx context.Context, bucket, key string, limit int64) (article.Object, error) {
	out, err := o.client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		if missing(err) {
			return article.Object{}, fmt.Errorf("objects: get %s: %w", key, article.ErrNotFound)
		}
		return article.Object{}, fmt.Errorf("objects: get %s: %w", key, err)
	}
	defer out.Body.Close()
	if out.ContentLength != nil && *out.ContentLength > limit {
		return article.Object{}, fmt.Errorf("objects: %s has %d bytes: %w", key, *out.ContentLength, article.ErrTooLarge)
	}
	body, err := io.ReadAll(io.LimitReader(out.Body, limit+1))
	if err != nil {
		return article.Object{}, fmt.Errorf("objects: read %s: %w", key, err)
	}
	if int64(len(body)) > limit {
		return article.Object{}, fmt.Errorf("objects: %s: %w", key, article.ErrTooLarge)
	}
	return article.Object{Body: body, ETag: strings.Trim(aws.ToString(out.ETag), `"`)}, nil
}

// Head reads an object's current version's metadata (ETag and size in article.Object; no body).
// A key with no current version (none, or a delete marker) is article.ErrNotFound.
func (o *S3) Head(ctx context.Context, bucket, key string) (article.Object, int64, error) {
	out, err := o.client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		if missing(err) {
			return article.Object{}, 0, fmt.Errorf("objects: head %s: %w", key, article.ErrNotFound)
		}
		return article.Object{}, 0, fmt.Errorf("objects: head %s: %w", key, err)
	}
	return article.Object{ETag: strings.Trim(aws.ToString(out.ETag), `"`)}, aws.ToInt64(out.ContentLength), nil
}

// missing reports whether a GetObject or HeadObject error means the key has no current
// object. S3 answers 403, not 404, to a caller without s3:ListBucket on the bucket, which
// the functions deliberately lack; they read only keys they may GetObject, so for them a 403
// means the same.
func missing(err error) bool {
	var (
		nsk  *types.NoSuchKey
		nf   *types.NotFound
		resp *smithyhttp.ResponseError
	)
	if errors.As(err, &nsk) || errors.As(err, &nf) {
		return true
	}
	return errors.As(err, &resp) && (resp.HTTPStatusCode() == http.StatusNotFound || resp.HTTPStatusCode() == http.StatusForbidden)
}

// PutText stores text as a UTF-8 text object.
func (o *S3) PutText(ctx context.Context, bucket, key, text string) error {
	_, err := o.client.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(bucket), Key: aws.String(key),
		Body: strings.NewReader(text), ContentLength: aws.Int64(int64(len(text))),
		ContentType: aws.String("text/plain; charset=utf-8"),
	})
	if err != nil {
		return fmt.Errorf("objects: put %s: %w", key, err)
	}
	return nil
}

// Delete removes an object; a missing one is not an error.
func (o *S3) Delete(ctx context.Context, bucket, key string) error {
	if _, err := o.client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)}); err != nil {
		return fmt.Errorf("objects: delete %s: %w", key, err)
	}
	return nil
}

// PresignPut returns a URL that lets its holder PUT exactly one object of that content type
// and length at key, until expiry.
func (o *S3) PresignPut(ctx context.Context, bucket, key, contentType string, size int64, expiry time.Duration) (string, error) {
	req, err := o.presign.PresignPutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(bucket), Key: aws.String(key),
		ContentType: aws.String(contentType), ContentLength: aws.Int64(size),
	}, s3.WithPresignExpires(expiry))
	if err != nil {
		return "", fmt.Errorf("objects: presign %s: %w", key, err)
	}
	return req.URL, nil
}

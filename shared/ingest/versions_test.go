package ingest_test

import (
	"context"
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/s3event"
)

// TestRemovalOnAVersionedBucket: on the versioned bucket, ObjectRemoved:Delete removes one
// version (it carries a versionId). Deleting an old version leaves the current object and
// its summary; removing the delete marker that hid the object brings it back, and its
// summary with it (S3 sends no ObjectCreated for that); only when no current object is left
// does the summary go. DeleteMarkerCreated always hides the object.
func TestRemovalOnAVersionedBucket(t *testing.T) {
	sample := fixture.Read(t, fixture.SampleArticle)
	cases := []struct {
		name string
		// events after the upload's, in order; deleteObject removes the object from the
		// bucket first (the current version deleted).
		events       []string
		deleteObject bool
		want         error // from Get: nil (a done record) or article.ErrNotFound
	}{
		{"old version deleted", []string{"ObjectRemoved:Delete"}, false, nil},
		{"delete marker created", []string{"ObjectRemoved:DeleteMarkerCreated"}, false, article.ErrNotFound},
		{"delete marker removed", []string{"ObjectRemoved:DeleteMarkerCreated", "ObjectRemoved:Delete"}, false, nil},
		{"current version deleted", []string{"ObjectRemoved:Delete"}, true, article.ErrNotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := setup(t)
			ctx := context.Background()
			e.upload(t, e.key, sample)
			if err := e.svc.Handle(ctx, s3event.Changes(e.eventFor("0055AED6DCD90281E5", len(sample), "ObjectCreated:Put"))...); err != nil {
				t.Fatal(err)
			}
			if c.deleteObject {
				if _, err := e.s3.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(bucket), Key: aws.String(e.key)}); err != nil {
					t.Fatal(err)
				}
			}
			for i, name := range c.events {
				ev := e.eventFor("0055AED6DCD90281F"+string(rune('0'+i)), 0, name)
				ev.Records[0].S3.Object.VersionID = "v" + string(rune('0'+i))
				if err := e.svc.Handle(ctx, s3event.Changes(ev)...); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
			}
			rec, err := e.st.Get(ctx, article.ID(bucket, e.key))
			if !errors.Is(err, c.want) || (err == nil && (rec.Status != article.Done || rec.Publisher != "The Washington Times")) {
				t.Errorf("record %s, %v; want %v", rec.Status, err, c.want)
			}
		})
	}
}

package devstack

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3bolt"
	bolt "go.etcd.io/bbolt"
	"gopkg.in/mgo.v2/bson"
)

// boltBackend is gofakes3's bolt backend with reads that own their bytes. s3bolt decodes an
// object inside a read transaction but returns its contents and hash as slices of the
// memory-mapped file after the transaction ends: a later write may reuse those pages (a GET
// then serves two versions spliced under one ETag) or grow and map the file again (the
// process dies of SIGBUS or SIGSEGV). Here every byte handed out is copied inside the
// transaction. Writes, listings and deletes are s3bolt's: they use the mapped memory only
// inside their transactions.
type boltBackend struct {
	*s3bolt.Backend
	db *bolt.DB
}

func newBoltBackend(db *bolt.DB) *boltBackend {
	return &boltBackend{Backend: s3bolt.New(db), db: db}
}

// boltObject is how s3bolt stores an object: a BSON document under the key, in a bolt bucket
// named after the S3 bucket. The field names are the document's keys.
type boltObject struct {
	Name         string
	Metadata     map[string]string
	LastModified time.Time
	Size         int64
	Contents     []byte
	Hash         []byte
}

// GetObject reads an object, or the requested range of it, into memory of its own.
func (b *boltBackend) GetObject(bucket, key string, rangeRequest *gofakes3.ObjectRangeRequest) (*gofakes3.Object, error) {
	return b.read(bucket, key, rangeRequest, true)
}

// HeadObject reads an object's metadata and hash, not its contents.
func (b *boltBackend) HeadObject(bucket, key string) (*gofakes3.Object, error) {
	return b.read(bucket, key, nil, false)
}

// CopyObject copies through this backend's reads.
func (b *boltBackend) CopyObject(srcBucket, srcKey, dstBucket, dstKey string, meta map[string]string) (gofakes3.CopyObjectResult, error) {
	return gofakes3.CopyObject(b, srcBucket, srcKey, dstBucket, dstKey, meta)
}

func (b *boltBackend) read(bucket, key string, rangeRequest *gofakes3.ObjectRangeRequest, contents bool) (*gofakes3.Object, error) {
	obj := &gofakes3.Object{Name: key, Contents: io.NopCloser(bytes.NewReader(nil))}
	err := b.db.View(func(tx *bolt.Tx) error {
		bk := tx.Bucket([]byte(bucket))
		if bk == nil {
			return gofakes3.BucketNotFound(bucket)
		}
		v := bk.Get([]byte(key))
		if v == nil {
			return gofakes3.KeyNotFound(key)
		}
		// Decoded slices point into v, the mapped file: valid only until View returns.
		var stored boltObject
		if err := bson.Unmarshal(v, &stored); err != nil {
			return fmt.Errorf("devstack: decode object %s/%s: %w", bucket, key, err)
		}
		rng, err := rangeRequest.Range(stored.Size)
		if err != nil {
			return err
		}
		obj.Metadata, obj.Size, obj.Range = stored.Metadata, stored.Size, rng
		obj.Hash = slices.Clone(stored.Hash)
		if contents {
			data := stored.Contents
			if rng != nil {
				data = data[rng.Start : rng.Start+rng.Length]
			}
			obj.Contents = io.NopCloser(bytes.NewReader(bytes.Clone(data)))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return obj, nil
}

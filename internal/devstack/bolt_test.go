package devstack

import (
	"bytes"
	"crypto/md5"
	"fmt"
	"io"
	"path/filepath"
	"testing"

	"github.com/johannesboyne/gofakes3"
	bolt "go.etcd.io/bbolt"
)

// TestBoltReadsOwnTheirBytes reads an object, then writes what makes the bolt backend reuse
// or map again the pages it was read from, and only then consumes what the read returned:
// it must still be the version read, with that version's hash.
func TestBoltReadsOwnTheirBytes(t *testing.T) {
	body := func(fill byte, n int) []byte { return bytes.Repeat([]byte{fill}, n) }
	const size = 256 << 10
	for _, c := range []struct {
		name string
		// after runs between the read and the use of its result.
		after func(t *testing.T, b gofakes3.Backend)
		rng   *gofakes3.ObjectRangeRequest
		head  bool
	}{
		{name: "overwritten twice", after: func(t *testing.T, b gofakes3.Backend) {
			put(t, b, "k", body('B', size))
			put(t, b, "k", body('C', size))
		}},
		{name: "range, overwritten twice", rng: &gofakes3.ObjectRangeRequest{Start: 10, End: 1000}, after: func(t *testing.T, b gofakes3.Backend) {
			put(t, b, "k", body('B', size))
			put(t, b, "k", body('C', size))
		}},
		{name: "head, overwritten twice", head: true, after: func(t *testing.T, b gofakes3.Backend) {
			put(t, b, "k", body('B', size))
			put(t, b, "k", body('C', size))
		}},
		{name: "file grown and mapped again", after: func(t *testing.T, b gofakes3.Backend) {
			for i := range 16 {
				put(t, b, fmt.Sprintf("grow/%d", i), body('G', 1<<20))
			}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			db, err := bolt.Open(filepath.Join(t.TempDir(), "s3.db"), 0o600, &bolt.Options{NoSync: true})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			b := newBoltBackend(db)
			if err := b.CreateBucket("b"); err != nil {
				t.Fatal(err)
			}
			want := body('A', size)
			put(t, b, "k", want)
			var obj *gofakes3.Object
			if c.head {
				obj, err = b.HeadObject("b", "k")
			} else {
				obj, err = b.GetObject("b", "k", c.rng)
			}
			if err != nil {
				t.Fatal(err)
			}
			c.after(t, b)
			sum := md5.Sum(want)
			if !bytes.Equal(obj.Hash, sum[:]) {
				t.Errorf("hash %x, want %x", obj.Hash, sum)
			}
			got, err := io.ReadAll(obj.Contents)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case c.head:
				want = nil
			case c.rng != nil:
				want = want[c.rng.Start : c.rng.End+1]
			}
			if !bytes.Equal(got, want) || obj.Size != size {
				t.Errorf("read %d bytes (size %d), not the %d written (first differing: %q)", len(got), obj.Size, len(want), firstDiff(got, want))
			}
		})
	}
}

func put(t *testing.T, b gofakes3.Backend, key string, body []byte) {
	t.Helper()
	if _, err := b.PutObject("b", key, map[string]string{}, bytes.NewReader(body), int64(len(body)), nil); err != nil {
		t.Fatal(err)
	}
}

func firstDiff(got, want []byte) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return string(got[i : i+1])
		}
	}
	return ""
}

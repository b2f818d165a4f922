package devstack_test

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/precis-news/precis"
	"github.com/precis-news/precis/internal/devstack"
)

// raceBody is version v of key: the version in its first 8 bytes, then bytes drawn from a
// stream seeded by key and version, so that a reader can rebuild what was written from what
// it got, and tell a whole version from a splice of two.
func raceBody(key string, v uint64, size int) []byte {
	h := fnv.New64a()
	io.WriteString(h, key)
	var seed [32]byte
	binary.LittleEndian.PutUint64(seed[:], h.Sum64())
	binary.LittleEndian.PutUint64(seed[8:], v)
	b := make([]byte, size)
	binary.LittleEndian.PutUint64(b, v)
	_, _ = rand.NewChaCha8(seed).Read(b[8:])
	return b
}

// raceSize is the size of version v of key: the shared key's versions are all as large, so
// that a write reuses the pages of the version before last; the others' vary, so that the data
// file grows and is mapped again while readers read.
func raceSize(key string, v uint64) int {
	if key == raceShared {
		return 1 << 20
	}
	return 96<<10 + int(v%7)*48<<10
}

// raceShared is the key every writer overwrites.
const raceShared = "race/shared.bin"

// TestConcurrentReadWriteLosesNothing puts, overwrites and gets objects of the persisted S3
// at once, through its HTTP endpoint, and checks every body and ETag byte for byte against a
// version that was written. Run it under -race. It fails (wrong bytes, or the process dies
// of SIGBUS) when the backend hands out memory of the data file beyond its transactions.
func TestConcurrentReadWriteLosesNothing(t *testing.T) {
	st := start(t, devstack.Config{Template: precis.Template, DataDir: t.TempDir()})
	ctx := context.Background()
	const (
		writers = 4
		readers = 4
		rounds  = 30
		shared  = raceShared
	)
	own := func(w int) string { return fmt.Sprintf("race/w%d.bin", w) }
	var version atomic.Uint64
	write := func(key string) error {
		v := version.Add(1)
		_, err := st.S3.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String(key), Body: bytes.NewReader(raceBody(key, v, raceSize(key, v)))})
		return err
	}
	for w := range writers { // every key exists before the readers start
		if err := write(own(w)); err != nil {
			t.Fatal(err)
		}
	}
	if err := write(shared); err != nil {
		t.Fatal(err)
	}

	var (
		writing sync.WaitGroup
		reading sync.WaitGroup
		done    = make(chan struct{})
		gets    atomic.Int64
		mu      sync.Mutex
		bad     []string
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(bad) < 10 {
			bad = append(bad, fmt.Sprintf(format, args...))
		}
	}
	for w := range writers {
		writing.Add(1)
		go func() {
			defer writing.Done()
			for i := range rounds {
				key := own(w)
				if i%2 == 0 {
					key = shared
				}
				if err := write(key); err != nil {
					fail("put %s: %v", key, err)
					return
				}
			}
		}()
	}
	for r := range readers {
		reading.Add(1)
		go func() {
			defer reading.Done()
			for i := 0; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				key := shared
				if i%2 == 1 {
					key = own((r + i) % writers)
				}
				out, err := st.S3.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(st.Bucket), Key: aws.String(key)})
				if err != nil {
					fail("get %s: %v", key, err)
					return
				}
				got, err := slowRead(out.Body)
				out.Body.Close()
				if err != nil {
					fail("read %s: %v", key, err)
					return
				}
				gets.Add(1)
				if len(got) < 8 {
					fail("%s: %d bytes", key, len(got))
					continue
				}
				v := binary.LittleEndian.Uint64(got)
				want := raceBody(key, v, raceSize(key, v))
				if !bytes.Equal(got, want) {
					fail("%s: %d bytes are not version %d as written (%d bytes)", key, len(got), v, len(want))
				}
				sum := md5.Sum(got)
				if etag := strings.Trim(aws.ToString(out.ETag), `"`); etag != hex.EncodeToString(sum[:]) {
					fail("%s: ETag %s is not the MD5 of the body it came with", key, etag)
				}
			}
		}()
	}
	writing.Wait()
	close(done)
	reading.Wait()
	t.Logf("%d puts, %d gets", version.Load(), gets.Load())
	for _, b := range bad {
		t.Error(b)
	}
}

// slowRead reads r as a client on a slow network does, so that the server is still sending
// a body while writers go on.
func slowRead(r io.Reader) ([]byte, error) {
	var b bytes.Buffer
	for {
		n, err := io.CopyN(&b, r, 32<<10)
		if err == io.EOF || (err == nil && n == 0) {
			return b.Bytes(), nil
		}
		if err != nil {
			return b.Bytes(), err
		}
		time.Sleep(time.Millisecond)
	}
}

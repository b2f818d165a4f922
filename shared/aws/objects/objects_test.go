package objects_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/precis-news/precis/internal/testserver"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/aws/objects"
)

// TestMissingObjectWithoutListBucket: S3 answers a read of a missing key with 403, not 404,
// when the caller may not list the bucket, as the functions may not. Both mean the key has
// no current object (a removal is then final); a server error stays a transient error.
// gofakes3 has no permissions, so a handler answers as S3 does.
func TestMissingObjectWithoutListBucket(t *testing.T) {
	cases := []struct {
		status  int
		missing bool
	}{
		{http.StatusNotFound, true},
		{http.StatusForbidden, true},
		{http.StatusInternalServerError, false},
	}
	for _, c := range cases {
		t.Run(http.StatusText(c.status), func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/xml")
				w.WriteHeader(c.status)
				if r.Method != http.MethodHead {
					_, _ = w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>`))
				}
			}))
			defer srv.Close()
			o := objects.New(testserver.S3Client(srv.URL))
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			_, _, herr := o.Head(ctx, "b", "articles/a.txt")
			_, gerr := o.Get(ctx, "b", "articles/a.txt", 10)
			_, _, perr := o.GetPrefix(ctx, "b", "text/a.txt", 10)
			for name, err := range map[string]error{"head": herr, "get": gerr, "get prefix": perr} {
				if errors.Is(err, article.ErrNotFound) != c.missing {
					t.Errorf("%s answered %d: %v, want missing %v", name, c.status, err, c.missing)
				}
			}
		})
	}
}

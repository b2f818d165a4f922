package ingest

import (
	"context"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer"
)

// SetProcess replaces the pipeline s runs, for tests that need an article slower than any
// this machine can be given in a test's time.
func SetProcess(s *Service, f func(context.Context, []byte, summarizer.Options) (article.Result, error)) {
	s.process = f
}

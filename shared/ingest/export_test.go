package ingest

import (
	"context"

	"github.com/precis-news/precis/shared/pipeline"
)

// SetProcess replaces the pipeline s runs, for tests that need an article slower than any
// this machine can be given in a test's time.
func SetProcess(s *Service, f func(context.Context, []byte, pipeline.Options) (pipeline.Result, error)) {
	s.process = f
}

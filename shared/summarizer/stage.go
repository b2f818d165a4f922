package summarizer

import (
	"context"
	"fmt"
)

// stage runs f, one stage of the pipeline, and returns as soon as ctx ends, with its error.
// The stages check no context, and a caller with a deadline (the summarize function) must
// get control back in time to record the article. An abandoned stage runs to its end in the
// background; its work is bounded by the input size limit. A panic in f is raised again in
// the caller's goroutine, as if f had run there.
func stage[T any](ctx context.Context, f func() T) (T, error) {
	var zero T
	if err := ctx.Err(); err != nil {
		return zero, fmt.Errorf("summarizer: %w", err)
	}
	if ctx.Done() == nil {
		return f(), nil // never cancelled: no goroutine needed
	}
	done := make(chan T, 1)
	panicked := make(chan any, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				panicked <- p
			}
		}()
		done <- f()
	}()
	select {
	case v := <-done:
		return v, nil
	case p := <-panicked:
		panic(p)
	case <-ctx.Done():
		return zero, fmt.Errorf("summarizer: %w", ctx.Err())
	}
}

package summarizer

import (
	"context"
	"errors"
	"testing"
)

// TestStageReturnsWhenCancelled: a stage that does not check the context (here, one blocked
// until released) gives control back as soon as the context ends, with the context's error;
// its result, when it comes first, and its panic are the caller's as if it ran inline.
func TestStageReturnsWhenCancelled(t *testing.T) {
	cases := []struct {
		name    string
		cancel  bool // cancel while the stage runs
		panics  bool
		wantErr error
	}{
		{name: "cancelled mid-stage", cancel: true, wantErr: context.Canceled},
		{name: "finishes first"},
		{name: "panics", panics: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			release, started := make(chan struct{}), make(chan struct{})
			defer close(release)
			f := func() int {
				close(started)
				if c.panics {
					panic("stage bug")
				}
				if c.cancel {
					<-release // never released before the stage returns
				}
				return 7
			}
			if c.cancel {
				go func() { <-started; cancel() }()
			}
			defer func() {
				if p := recover(); (p != nil) != c.panics {
					t.Errorf("panic = %v, want a panic: %v", p, c.panics)
				}
			}()
			v, err := stage(ctx, f)
			if !errors.Is(err, c.wantErr) || (c.wantErr == nil && v != 7) {
				t.Errorf("stage = %d, %v; want error %v", v, err, c.wantErr)
			}
		})
	}
}

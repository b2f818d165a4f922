package decode_test

import (
	"fmt"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/decode"
)

// TestDecodeRepeatable: the same bytes decode the same way, or fail the same way, every
// time. The charset detector runs its recognizers at once and returns those of equal
// confidence in the order they finish: a short input with a cut character at its end was
// read as text on some runs and as binary on others.
func TestDecodeRepeatable(t *testing.T) {
	for _, raw := range []string{
		"# a title iD\xf0\x9f\x98",
		"a title iD\xf0\x9f",
		"caf\xe9 au lait \xe2\x80",
	} {
		verdict := func() string {
			got, err := decode.Decode([]byte(raw))
			if err != nil {
				return "error: " + err.Error()
			}
			return fmt.Sprintf("%q %s %s", got.Text, got.Charset, got.Source)
		}
		first := verdict()
		for range 200 {
			if v := verdict(); v != first {
				t.Fatalf("Decode(%q) gave %s, then %s", raw, first, v)
			}
		}
	}
}

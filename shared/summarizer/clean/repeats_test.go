package clean

import (
	"strings"
	"testing"
)

// TestRepeats: a block is counted once per occurrence when it is long enough to be judged a
// repeat, and short ones (a menu's items) are not counted.
func TestRepeats(t *testing.T) {
	long := strings.Repeat("x", minRepeatLen)
	short := long[1:]
	got := repeats([]string{long, short, long, short, long + "y"})
	if got[long] != 2 || got[long+"y"] != 1 || got[short] != 0 {
		t.Errorf("repeats = %v", got)
	}
}

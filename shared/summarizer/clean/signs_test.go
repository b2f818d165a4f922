package clean

import "testing"

// TestSignsComment: a comment's signature line ends in said:, says: or wrote:, in any case
// and past trailing space; nothing else does.
func TestSignsComment(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Jane on May 2, 2019 at 4:47 pm said:", true},
		{"Jane Says:", true},
		{"jdoe WROTE: ", true},
		{"The company said: ", true},
		{"Jane says", false},
		{"Jane said: hello", false},
		{"says:", false},
		{"Note:", false},
		{"", false},
	} {
		if got := signsComment(c.text); got != c.want {
			t.Errorf("signsComment(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

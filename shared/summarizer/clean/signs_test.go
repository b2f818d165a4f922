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

// TestBylineStart: a block opens as a byline does with one of the prefixes, in any case,
// and white space after it.
func TestBylineStart(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"By Jane Roe", true}, {"BY JANE ROE", true}, {"by\tJane", true}, {"Written by Jane Roe", true},
		{"WORDS BY Jane", true}, {"Story by Jane", true}, {"By", false}, {"Byline", false},
		{"Stories by Jane", false}, {"Jane Roe", false}, {"", false}, {"bY Jane", true},
	} {
		if got := bylineStart(c.text); got != c.want {
			t.Errorf("bylineStart(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

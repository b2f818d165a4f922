package clean

import "testing"

// TestStampOnly: a line that is only a date or a time is told from a headline with a date
// or a number in it.
func TestStampOnly(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Wed, Nov 20", true},
		{"19.11.2019, 08:57", true},
		{"11/20/19 6:38 AM", true},
		{"Tuesday, November 19, 2019 | 5:27 p.m. EST", true},
		{"Sept. 3", true},
		{"Wed, Nov", false}, // no number
		{"2020", false},     // a number alone
		{"1", false},
		{"Nov 2020", true},
		{"08:57 EST", true},
		{"March 2025 Madness", false},
		{"Marketing 101", false},
		{"7 key questions heading into the 2020 Democratic debate", false},
		{"Nov 20: Council Votes", false},
	} {
		if got := stampOnly(c.line); got != c.want {
			t.Errorf("StampOnly(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

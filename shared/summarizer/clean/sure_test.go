package clean

import (
	"slices"
	"strings"
	"testing"
)

// TestSurePrefixes: a block that opens with a sure prefix, in any case, and holds no line
// break matches the pattern's expression, for every boilerplate and leftover pattern.
func TestSurePrefixes(t *testing.T) {
	var all []pattern
	all = append(all, compiled().boilerplate...)
	all = append(all, leftovers().patterns...)
	sure := 0
	for _, p := range all {
		for _, l := range p.sure {
			sure++
			for _, tail := range []string{"", " 2024 Example News Corp.", ": x | y", "’s “quoted” é\xff"} {
				for _, block := range []string{l + tail, strings.ToUpper(l) + tail} {
					if !sureMatch(block, p.sure) || !p.re.MatchString(block) {
						t.Errorf("%q: sure %v, expression %v (%s)", block, sureMatch(block, p.sure), p.re.MatchString(block), p.re)
					}
				}
			}
			if sureMatch(l+" a\nb", p.sure) {
				t.Errorf("%q with a line break: sure", l)
			}
		}
	}
	if sure < 10 {
		t.Errorf("%d sure prefixes, want the copyright, terms and other P.* patterns'", sure)
	}
	for _, c := range []struct {
		alt  string
		want []string
	}{
		{`(?i)(?:copyright|\(c\)|©).*`, []string{"copyright", "(c)", "©"}},
		{`(?i)tags?:.*`, []string{"tags:", "tag:"}},
		{`(?i)click (?:here|to)\b.*`, nil},     // a word boundary is no literal
		{`(?i)advertisements?`, nil},           // no .*: the whole block must match
		{`(?i)photo\s*:.*`, nil},               // a class of white space
		{`(?i)(?:x)?.*`, nil},                  // the empty prefix
		{`comments?:.*`, nil},                  // case-sensitive letters
		{`(?i)(?:sign up|subscribe)\b.*`, nil}, // a word boundary
	} {
		got := surePrefixes(c.alt)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("surePrefixes(%q) = %q, want %q", c.alt, got, want)
		}
	}
}

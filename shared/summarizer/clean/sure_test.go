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

// TestSureWholes: a block that is one of a pattern's sure wholes, in any case, matches the
// pattern's expression, for every boilerplate and leftover pattern; and sureWholes finds
// the strings of the literal branches.
func TestSureWholes(t *testing.T) {
	var all []pattern
	all = append(all, compiled().boilerplate...)
	all = append(all, leftovers().patterns...)
	wholes := 0
	for _, p := range all {
		for _, w := range p.wholes {
			wholes++
			for _, block := range []string{w, strings.ToUpper(w), mixedCase(w)} {
				if !sureWhole(block, p.wholes) || !p.re.MatchString(block) {
					t.Errorf("%q: sure %v, expression %v (%s)", block, sureWhole(block, p.wholes), p.re.MatchString(block), p.re)
				}
			}
			if sureWhole(w+" ", p.wholes) && !p.re.MatchString(w+" ") {
				t.Errorf("%q with a space: sure, but no match of %s", w, p.re)
			}
		}
	}
	if wholes < 40 {
		t.Errorf("%d sure wholes, want the share bar's, the menu's and other words'", wholes)
	}
	for _, c := range []struct {
		alt  string
		want []string
	}{
		{`(?i)(?:share|tweet|x)(?:\s*[|/]?\s*(?:share|tweet))*`, []string{"share", "tweet", "x"}},
		{`(?i)(?:see also|read more)\W*`, []string{"see also", "read more"}},
		{`(?i)ad(?:vert)?s?`, []string{"ad", "ads", "advert", "adverts"}},
		{`(?i)(?:\d+ )?comments?`, []string{"comment", "comments"}},
		{`(?i)(?:\d+ )comments?`, nil},                                        // a class of digits
		{`(?i)click (?:here|to)\b.*`, nil},                                    // a word boundary
		{`comments?`, nil},                                                    // case-sensitive letters
		{`(?i)home|log ?in|\d+ shares?`, []string{"home", "login", "log in"}}, // the branches it knows
	} {
		got := sureWholes(c.alt)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("sureWholes(%q) = %q, want %q", c.alt, got, want)
		}
	}
}

// mixedCase upper-cases every other ASCII letter of s.
func mixedCase(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); i += 2 {
		if 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

package clean

import (
	"fmt"
	"math/rand/v2"
	"regexp"
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
		if !sameStrings(got, c.want) {
			t.Errorf("surePrefixes(%q) = %q, want %q", c.alt, got, c.want)
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
		if !sameStrings(got, c.want) {
			t.Errorf("sureWholes(%q) = %q, want %q", c.alt, got, c.want)
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

// TestSureChains: a block that holds a pattern's chain certainly matches its expression,
// for every boilerplate and leftover pattern, over generated blocks of the chains'
// literals among words, marks, line breaks and the long s; and sureChainOf reads the
// segments of the forms it knows.
func TestSureChains(t *testing.T) {
	var all []pattern
	all = append(all, compiled().boilerplate...)
	all = append(all, leftovers().patterns...)
	r := rand.New(rand.NewPCG(10, 3))
	fillers := []string{" ", "x", "_", "é", ".", "\n", "ſ", "(", ")", ": ", "the vote"}
	chains, held := 0, 0
	for _, p := range all {
		if p.chain == nil {
			continue
		}
		chains++
		var pieces []string
		for _, s := range p.chain.segs {
			pieces = append(pieces, s.lits...)
		}
		for range 300 {
			var b strings.Builder
			for range r.IntN(6) {
				if r.IntN(2) == 0 {
					b.WriteString(fillers[r.IntN(len(fillers))])
				} else {
					b.WriteString(mixedCase(pieces[r.IntN(len(pieces))]))
				}
			}
			block := b.String()
			if p.chain.holds(block) {
				held++
				if !p.re.MatchString(block) {
					t.Fatalf("%q holds the chain of %s, which does not match it", block, p.re)
				}
			}
		}
	}
	if chains < 40 || held < 2000 {
		t.Errorf("%d chains held by %d blocks", chains, held)
	}
	// The segments in their order, each where its boundaries hold, the last at the end.
	for _, c := range []struct {
		alt, block string
		want       bool
	}{
		{`(?i).*\bab.*cd.*`, "ab cd", true},
		{`(?i).*\bab.*cd.*`, "ABcd", true},
		{`(?i).*\bab.*cd.*`, "cd ab", false},
		{`(?i).*\bab.*cd.*`, "xab cd", false},
		{`(?i).*\bab.*cd.*`, "ab\ncd", false},
		{`(?i)ab.*cd`, "ab x cd", true},
		{`(?i)ab.*cd`, "ab x cd.", false},
		{`(?i)ab.*cd`, "x ab cd", false},
	} {
		if got := sureChainOf(c.alt).holds(c.block); got != c.want || got && !regexp.MustCompile(`^(?:`+c.alt+`)$`).MatchString(c.block) {
			t.Errorf("the chain of %s holds in %q: %v, want %v", c.alt, c.block, got, c.want)
		}
	}
	for _, c := range []struct {
		alt  string
		want string // anchored, open, and each segment's boundaries and literals
	}{
		{`(?i).*\bnewsletters?\b.*(?:sign up|subscribe)?`, `false true [true true newsletter newsletters]`},
		{`(?i)(?:sign up|register)\b.*(?:inbox|alerts?).*`, `true true [false true register sign up] [false false alert alerts inbox]`},
		{`(?i).*\bno,? thanks\W*`, `false false [true false no thanks no, thanks]`},
		{`(?i)(?:\d+ )?comments?`, `true false [false false comment comments]`},
		{`(?i)follow .{1,40} on`, ``},   // a bounded gap
		{`(?i).*\b(?:a|b)\bc.*`, ``},    // a boundary inside a segment
		{`(?i)tags?:.*|topics?:.*`, ``}, // an alternation of chains
		{`comments?.*`, ``},             // case-sensitive letters
	} {
		got := ""
		if ch := sureChainOf(c.alt); ch != nil {
			got = fmt.Sprint(ch.anchored, " ", ch.open)
			for _, s := range ch.segs {
				lits := slices.Sorted(slices.Values(s.lits))
				got += fmt.Sprintf(" [%v %v %s]", s.before, s.after, strings.Join(lits, " "))
			}
		}
		if got != c.want {
			t.Errorf("sureChainOf(%q) = %s, want %s", c.alt, got, c.want)
		}
	}
}

// sameStrings reports whether got and want hold the same strings, in any order.
func sameStrings(got, want []string) bool {
	got, want = slices.Clone(got), slices.Clone(want)
	slices.Sort(got)
	slices.Sort(want)
	return slices.Equal(got, want)
}

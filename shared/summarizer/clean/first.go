package clean

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// prefixGate is the set of lower-case literal prefixes one of which every match of a
// pattern starts with ("see also", "read more", "©"); empty when the pattern can start with
// anything. The cleaner tries a pattern on a block only when the block starts with one of
// them: most patterns then never run, which keeps the cleaner above the 2,000 pages a second
// it must reach.
type prefixGate struct {
	// byFirst holds the prefixes by their first byte; nil when the gate is open to all.
	byFirst *[256][]string
	// all holds the prefixes' first words, for the contains test.
	all []string
}

// maxPrefixes bounds a gate; a pattern with more alternatives is always tried.
const maxPrefixes = 256

// open reports whether a block, lower-cased, may match.
func (g prefixGate) open(lower string) bool {
	if g.byFirst == nil {
		return true
	}
	if lower == "" {
		return false
	}
	for _, p := range g.byFirst[lower[0]] {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// contained reports whether a block, lower-cased, holds one of the gate's literals.
func (g prefixGate) contained(lower string) bool {
	if g.byFirst == nil {
		return true
	}
	for _, p := range g.all {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// gateOf computes the gate of pattern p.
func gateOf(p string) prefixGate {
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return prefixGate{}
	}
	set, _ := literals(re.Simplify())
	var g prefixGate
	var by [256][]string
	for _, s := range set {
		if s == "" {
			return prefixGate{}
		}
		by[s[0]] = append(by[s[0]], s)
		// For the contains test the first word is gate enough, and far fewer literals
		// remain to look for.
		if i := strings.IndexByte(s[1:], ' '); i >= 3 {
			s = s[:i+1]
		}
		if !slices.Contains(g.all, s) {
			g.all = append(g.all, s)
		}
	}
	g.byFirst = &by
	return g
}

// literals returns strings one of which starts every match of re (lower-cased), and whether
// they are exactly re's matches (so that what follows re may extend them). A set holding ""
// gates nothing.
func literals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText:
		return []string{""}, true
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpCharClass:
		var out []string
		seen := map[string]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 10 {
				return []string{""}, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if s := string(unicode.ToLower(r)); !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
		return out, true
	case syntax.OpCapture:
		return literals(re.Sub[0])
	case syntax.OpQuest:
		sub, complete := literals(re.Sub[0])
		return append(sub, ""), complete
	case syntax.OpPlus:
		sub, _ := literals(re.Sub[0])
		return sub, false
	case syntax.OpConcat:
		acc := []string{""}
		for _, sub := range re.Sub {
			next, complete := literals(sub)
			var joined []string
			for _, a := range acc {
				for _, n := range next {
					joined = append(joined, a+n)
				}
			}
			if len(joined) > maxPrefixes {
				return acc, false
			}
			acc = joined
			if !complete {
				return acc, false
			}
		}
		return acc, true
	case syntax.OpAlternate:
		var out []string
		complete := true
		for _, sub := range re.Sub {
			s, c := literals(sub)
			out = append(out, s...)
			complete = complete && c
		}
		if len(out) > maxPrefixes {
			return []string{""}, false
		}
		return out, complete
	}
	return []string{""}, false // a repeat, any character, or an operator we do not track
}

package clean

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// prefixGate is the set of lower-case literal prefixes one of which every match of a
// pattern starts with ("see also", "read more", "©"); empty when the pattern can start with
// anything. The cleaner tries a pattern on a block only when the block starts with one of
// them: most patterns then never run, which keeps the cleaner above the 2,000 pages a second
// it must reach.
type prefixGate struct {
	// byFirst holds the prefixes by their first byte; nil when the gate is open to all.
	byFirst *[256][]string
}

// maxPrefixes bounds a gate; a pattern with more alternatives is always tried.
const maxPrefixes = 256

// open reports whether a block may match.
func (g prefixGate) open(t string) bool {
	if g.byFirst == nil {
		return true
	}
	if t == "" {
		return false
	}
	for _, p := range g.byFirst[lowerByte(t[0])] {
		if hasPrefixFold(t, p) {
			return true
		}
	}
	return false
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s starts with the lower-case literal lit, ignoring the case
// of ASCII letters in s (the literals' other characters have no case), without the copy
// strings.ToLower makes.
func hasPrefixFold(s, lit string) bool {
	if len(s) < len(lit) {
		return false
	}
	for i := 0; i < len(lit); i++ {
		if lowerByte(s[i]) != lit[i] {
			return false
		}
	}
	return true
}

// gateOf computes the gate of pattern p.
func gateOf(p string) prefixGate {
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return prefixGate{}
	}
	set := literals(re.Simplify())
	var g prefixGate
	var by [256][]string
	for _, l := range set {
		s := l.s
		if s == "" {
			return prefixGate{}
		}
		if !slices.Contains(by[s[0]], s) {
			by[s[0]] = append(by[s[0]], s)
		}
	}
	g.byFirst = &by
	return g
}

// extend joins each exact string of acc with each of next, next's after it (prefixes) or,
// when before, before it (suffixes), and keeps the others; false when they would be more
// than limit.
func extend(acc, next []literal, before bool, limit int) ([]literal, bool) {
	var joined []literal
	for _, a := range acc {
		if !a.exact {
			joined = append(joined, a)
			continue
		}
		for _, n := range next {
			s := a.s + n.s
			if before {
				s = n.s + a.s
			}
			joined = append(joined, literal{s, n.exact})
		}
	}
	return joined, len(joined) <= limit
}

// literal is a lower-case string that starts a match; exact when it is the whole match, so
// that what follows may extend it.
type literal struct {
	s     string
	exact bool
}

// literals returns strings one of which starts every match of re (lower-cased). A set holding
// "" gates nothing.
func literals(re *syntax.Regexp) []literal { return affixes(re, false) }

// affixes returns lower-case strings one of which starts every match of re, or ends it when
// suffix. A suffix is of ASCII only: a character outside ASCII, as a class that holds one,
// ends the strings there.
func affixes(re *syntax.Regexp, suffix bool) []literal {
	open := []literal{{"", false}}
	limit := maxPrefixes
	if suffix {
		limit = maxEnds
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEndLine, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []literal{{"", true}} // matches no character
	case syntax.OpLiteral:
		if suffix && slices.ContainsFunc(re.Rune, func(r rune) bool { return r >= utf8.RuneSelf }) {
			return open
		}
		return []literal{{strings.ToLower(string(re.Rune)), true}}
	case syntax.OpCharClass:
		var out []literal
		seen := map[string]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 10 || suffix && re.Rune[i+1] >= utf8.RuneSelf {
				return open
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if s := string(unicode.ToLower(r)); !seen[s] {
					seen[s] = true
					out = append(out, literal{s, true})
				}
			}
		}
		return out
	case syntax.OpCapture:
		return affixes(re.Sub[0], suffix)
	case syntax.OpQuest:
		return append(affixes(re.Sub[0], suffix), literal{"", true})
	case syntax.OpPlus, syntax.OpRepeat:
		if re.Op == syntax.OpRepeat && re.Min < 1 {
			return open
		}
		sub := affixes(re.Sub[0], suffix)
		for i := range sub {
			sub[i].exact = false
		}
		return sub
	case syntax.OpConcat:
		acc := []literal{{"", true}}
		for k := range re.Sub {
			if !slices.ContainsFunc(acc, func(l literal) bool { return l.exact }) {
				break
			}
			sub := re.Sub[k]
			if suffix {
				sub = re.Sub[len(re.Sub)-1-k]
			}
			joined, ok := extend(acc, affixes(sub, suffix), suffix, limit)
			if !ok {
				// Too many to track: what is known so far opens (ends) every match.
				for i := range acc {
					acc[i].exact = false
				}
				break
			}
			acc = joined
		}
		return acc
	case syntax.OpAlternate:
		var out []literal
		for _, sub := range re.Sub {
			out = append(out, affixes(sub, suffix)...)
		}
		if len(out) > limit {
			return open
		}
		return out
	}
	return open
}

package clean

import (
	"regexp"
	"regexp/syntax"
)

// patternSet is a set of boilerplate patterns by index.
type patternSet [2]uint64

// maxPatterns is how many patterns a patternSet holds.
const maxPatterns = 128

func (s *patternSet) add(i int)      { s[i/64] |= 1 << (i % 64) }
func (s *patternSet) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }

// gateLiteral is a lower-case literal that a match of pattern pat holds.
type gateLiteral struct {
	lit string
	pat int
}

// literalIndex tells, in one pass over a lower-cased block, which boilerplate patterns can
// match it: those whose literals open the block, and those that may match anywhere and
// whose literals the block holds (at a word start, when the pattern asks for one). Trying
// every pattern's gate in turn, or searching the block once per literal, cost the cleaner
// more than the regular expressions it spared.
type literalIndex struct {
	// start holds the literals a match opens with, by their first byte.
	start [256][]gateLiteral
	// inside and atWord hold the literals a match holds somewhere (at a word start), by
	// their first byte.
	inside, atWord [256][]gateLiteral
	// always holds the patterns with no literal to look for.
	always patternSet
	// opens marks the bytes that open a literal of inside (1) or atWord (2).
	opens [256]uint8
}

// add files pattern i's literals.
func (x *literalIndex) add(i int, p pattern) {
	if p.gate.byFirst == nil {
		x.always.add(i)
		return
	}
	table := &x.start
	switch {
	case p.anywhere && p.wordStart:
		table = &x.atWord
	case p.anywhere:
		table = &x.inside
	}
	for b, lits := range p.gate.byFirst {
		for _, l := range lits {
			table[b] = append(table[b], gateLiteral{l, i})
		}
		if len(lits) > 0 && table == &x.inside {
			x.opens[b] |= 1
		} else if len(lits) > 0 && table == &x.atWord {
			x.opens[b] |= 2
		}
	}
}

// candidates returns the patterns that may match the block.
func (x *literalIndex) candidates(t string) patternSet {
	s := x.always
	if t == "" {
		return s
	}
	for _, g := range x.start[lowerByte(t[0])] {
		if hasPrefixFold(t, g.lit) {
			s.add(g.pat)
		}
	}
	for i := 0; i < len(t); i++ {
		c := lowerByte(t[i])
		opens := x.opens[c]
		if opens == 0 {
			continue
		}
		if opens&1 != 0 {
			for _, g := range x.inside[c] {
				if hasPrefixFold(t[i:], g.lit) {
					s.add(g.pat)
				}
			}
		}
		if opens&2 == 0 || i > 0 && asciiWordByte(t[i-1]) {
			continue
		}
		for _, g := range x.atWord[c] {
			if hasPrefixFold(t[i:], g.lit) {
				s.add(g.pat)
			}
		}
	}
	return s
}

// asciiWordByte reports whether c is in \w, the class \b is defined on.
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// gatedRE is a regular expression that matches a whole block, ^lead(?:body)trail$, tried only
// on blocks whose start (past the characters lead may take) opens body's gate. Each
// alternative of body is compiled and gated on its own: a block that opens one
// alternative's gate runs that alternative's small program, not the whole alternation's,
// which costs the backtracker far more.
type gatedRE struct {
	// src is the whole expression, which tests compile to check the alternatives against.
	src  string
	alts []gatedAlt
	// skip reports the bytes lead may take; body's every match starts with another byte.
	skip func(byte) bool
}

// gatedAlt is one alternative of a gatedRE's body, as a whole-block expression, and its gate.
type gatedAlt struct {
	re   *regexp.Regexp
	gate prefixGate
}

// newGatedRE compiles ^lead(?:body)trail$, case-insensitively.
func newGatedRE(lead, body, trail string, skip func(byte) bool) *gatedRE {
	g := &gatedRE{src: `(?i)^` + lead + `(?:` + body + `)` + trail + `$`, skip: skip}
	for _, alt := range alternatives(`(?i)` + body) {
		g.alts = append(g.alts, gatedAlt{
			re:   regexp.MustCompile(`(?i)^` + lead + `(?:` + alt + `)` + trail + `$`),
			gate: gateOf(alt),
		})
	}
	return g
}

// alternatives returns the top-level alternatives of pattern p, each written as a pattern
// of its own (flags included); p itself when it is not an alternation.
func alternatives(p string) []string {
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		panic("clean: " + err.Error())
	}
	if re.Op != syntax.OpAlternate {
		return []string{re.String()}
	}
	out := make([]string, len(re.Sub))
	for i, sub := range re.Sub {
		out[i] = sub.String()
	}
	return out
}

// MatchString reports whether t matches.
func (g *gatedRE) MatchString(t string) bool {
	i := 0
	for i < len(t) && g.skip(t[i]) {
		i++
	}
	for _, a := range g.alts {
		if a.gate.open(t[i:]) && a.re.MatchString(t) {
			return true
		}
	}
	return false
}

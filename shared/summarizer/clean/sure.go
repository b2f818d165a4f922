package clean

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSure bounds the literals of a sure prefix.
const maxSure = 64

// surePrefixes returns, for a whole-block pattern alt of the form P.* where P matches only
// literals, those literals lower-cased: a block that opens with one of them (ignoring the
// case of ASCII letters) and holds no line break matches alt, without the matcher, which
// reads the whole block for the .* ("© 2024 Example News Corp. All rights reserved.").
// It returns nil for any other pattern.
func surePrefixes(alt string) []string {
	re := simplified(alt)
	if re == nil {
		return nil
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil
	}
	last := re.Sub[len(re.Sub)-1]
	if last.Op != syntax.OpStar || last.Sub[0].Op != syntax.OpAnyCharNotNL {
		return nil
	}
	lits := []string{""}
	for _, sub := range re.Sub[:len(re.Sub)-1] {
		next, ok := sureLiterals(sub)
		if ok {
			lits, ok = product(lits, next)
		}
		if !ok {
			return nil
		}
	}
	for _, l := range lits {
		if l == "" {
			return nil // every block would be sure
		}
	}
	return lits
}

// sureLiterals returns the strings re matches, lower-cased, when it matches only literals
// and each in any case of its ASCII letters (a case-folded literal, or one without ASCII
// letters), and false otherwise.
func sureLiterals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		var b strings.Builder
		for _, r := range re.Rune {
			if r < utf8.RuneSelf && unicode.IsLetter(r) && re.Flags&syntax.FoldCase == 0 {
				return nil, false // an ASCII letter in one case only
			}
			if r < utf8.RuneSelf {
				b.WriteByte(lowerByte(byte(r)))
			} else {
				b.WriteRune(r)
			}
		}
		return []string{b.String()}, true
	case syntax.OpCapture:
		return sureLiterals(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := sureLiterals(re.Sub[0])
		return append(sub, ""), ok
	case syntax.OpConcat:
		return concatLiterals(re.Sub, sureLiterals)
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			next, ok := sureLiterals(s)
			if !ok || len(out)+len(next) > maxSure {
				return nil, false
			}
			out = append(out, next...)
		}
		return out, true
	}
	return nil, false
}

// sureMatch reports whether block t certainly matches a pattern whose sure prefixes are
// sure: it opens with one of them and holds no line break, which .* would not cross.
func sureMatch(t string, sure []string) bool {
	if sure == nil || strings.IndexByte(t, '\n') >= 0 {
		return false
	}
	for _, l := range sure {
		if hasPrefixFold(t, l) {
			return true
		}
	}
	return false
}

// sureWholes returns blocks that whole-block pattern alt certainly matches, lower-cased:
// the strings it matches repeating no starred or optional part and taking the literal
// branches of its alternations ("facebook", "share this" for a share bar's list of
// buttons). A block that is one of them, ignoring the case of ASCII letters, matches alt
// without the matcher, which reads a long alternation slowly even for one word. It
// returns nil when it knows none.
func sureWholes(alt string) []string {
	re := simplified(alt)
	if re == nil {
		return nil
	}
	out, ok := wholeLiterals(re)
	if !ok {
		return nil
	}
	return out
}

// simplified returns pattern alt parsed and simplified, outside its capturing groups; nil
// when it does not parse.
func simplified(alt string) *syntax.Regexp {
	re, err := syntax.Parse(alt, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re
}

// wholeLiterals returns strings re matches, lower-cased, each in any case of its ASCII
// letters, and false when it knows none.
func wholeLiterals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpStar:
		return []string{""}, true
	case syntax.OpQuest:
		sub, ok := wholeLiterals(re.Sub[0])
		if !ok || len(sub) >= maxSure {
			return []string{""}, true
		}
		return append(sub, ""), true
	case syntax.OpPlus, syntax.OpCapture:
		return wholeLiterals(re.Sub[0])
	case syntax.OpRepeat:
		switch re.Min {
		case 0:
			return []string{""}, true
		case 1:
			return wholeLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		return concatLiterals(re.Sub, wholeLiterals)
	case syntax.OpAlternate:
		// The branches it knows strings of: a block that matches one matches re.
		var out []string
		for _, s := range re.Sub {
			if next, ok := wholeLiterals(s); ok && len(out)+len(next) <= maxSure {
				out = append(out, next...)
			}
		}
		return out, out != nil
	case syntax.OpLiteral, syntax.OpEmptyMatch:
		return sureLiterals(re)
	}
	return nil, false
}

// concatLiterals returns the strings of a concatenation of subs, each sub's read by of, and
// false when of knows none of a sub's or they would be more than maxSure.
func concatLiterals(subs []*syntax.Regexp, of func(*syntax.Regexp) ([]string, bool)) ([]string, bool) {
	out := []string{""}
	for _, sub := range subs {
		next, ok := of(sub)
		if ok {
			out, ok = product(out, next)
		}
		if !ok {
			return nil, false
		}
	}
	return out, true
}

// product returns each string of a followed by each of b, and false when they would be
// more than maxSure.
func product(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxSure {
		return nil, false
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out, true
}

// sureWhole reports whether block t is one of wholes, ignoring the case of ASCII letters.
func sureWhole(t string, wholes []string) bool {
	for _, w := range wholes {
		if len(t) == len(w) && hasPrefixFold(t, w) {
			return true
		}
	}
	return false
}

// sureChain reads a pattern of the form [.*] S1 .* S2 … .* Sn [.*], each S a set of
// literals between optional word boundaries ("(?:sign up|subscribe)\b.*(?:newsletter|
// inbox).*"): a block with no line break that holds a literal of each set, in order, where
// its boundaries hold, matches the pattern, without the matcher, which backtracks through
// each .* over the whole block.
type sureChain struct {
	// anchored: S1 opens the block; open: anything may follow Sn.
	anchored, open bool
	segs           []sureSegment
}

// sureSegment is a set of literals, lower-cased, and the word boundaries around them.
type sureSegment struct {
	lits          []string
	before, after bool
}

// sureChainOf returns the chain of pattern alt, or nil when it is of no such form. A part
// that may match the empty string and is no literal (\s*, an optional word after .*) is
// read as matching nothing, which makes the chain's matches fewer, never more.
func sureChainOf(alt string) *sureChain {
	re := simplified(alt)
	if re == nil {
		return nil
	}
	subs := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		subs = re.Sub
	}
	c := &sureChain{anchored: true}
	var seg *sureSegment // the segment being read; nil at the start and after a gap
	gap := false         // a .* was read since the last segment
	for k, sub := range subs {
		switch {
		case sub.Op == syntax.OpBeginText && k == 0, sub.Op == syntax.OpEndText && k == len(subs)-1:
		case sub.Op == syntax.OpStar && sub.Sub[0].Op == syntax.OpAnyCharNotNL:
			if len(c.segs) == 0 {
				c.anchored = false
			}
			seg, gap = nil, true
		case sub.Op == syntax.OpWordBoundary:
			switch {
			case seg != nil && len(seg.lits) > 0 && !seg.after:
				seg.after = true
			case seg == nil:
				c.segs = append(c.segs, sureSegment{before: true})
				seg = &c.segs[len(c.segs)-1]
			default:
				return nil
			}
		case seg == nil && nullable(sub):
			// Read as matching nothing, between a gap and what follows it.
		default:
			lits, ok := sureLiterals(sub)
			if !ok {
				if nullable(sub) {
					continue
				}
				return nil
			}
			if seg == nil {
				c.segs = append(c.segs, sureSegment{})
				seg = &c.segs[len(c.segs)-1]
			} else if seg.after {
				return nil // a boundary inside a segment
			}
			joined, ok := product(orEmpty(seg.lits), lits)
			if !ok {
				return nil
			}
			seg.lits, gap = joined, false
		}
	}
	if len(c.segs) == 0 {
		return nil
	}
	for _, s := range c.segs {
		if len(s.lits) == 0 || slices.Contains(s.lits, "") {
			return nil
		}
	}
	c.open = gap
	return c
}

// orEmpty is lits, or the empty string alone when there are none yet.
func orEmpty(lits []string) []string {
	if len(lits) == 0 {
		return []string{""}
	}
	return lits
}

// nullable reports whether re may match the empty string as a whole: an optional or
// starred part.
func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpQuest, syntax.OpStar, syntax.OpEmptyMatch:
		return true
	case syntax.OpRepeat:
		return re.Min == 0
	case syntax.OpCapture:
		return nullable(re.Sub[0])
	}
	return false
}

// holds reports whether block t certainly matches the chain's pattern: it holds no line
// break, and each segment's literals in order, the earliest ending first, which leaves the
// most room to those after it.
func (c *sureChain) holds(t string) bool {
	if c == nil || strings.IndexByte(t, '\n') >= 0 {
		return false
	}
	pos := 0
	for k, s := range c.segs {
		end := -1 // where the earliest literal of the segment found ends
		found := func(j int) {
			if end < 0 || j < end {
				end = j
			}
		}
		first, last := k == 0 && c.anchored, k == len(c.segs)-1 && !c.open
		for _, l := range s.lits {
			switch {
			case first && last:
				if len(l) == len(t) && hasPrefixFold(t, l) && s.bounded(t, 0, len(t)) {
					found(len(t))
				}
			case first:
				if hasPrefixFold(t, l) && s.bounded(t, 0, len(l)) {
					found(len(l))
				}
			case last:
				if i := len(t) - len(l); i >= pos && hasPrefixFold(t[i:], l) && s.bounded(t, i, len(t)) {
					found(len(t))
				}
			default:
				for i := indexFold(t, l, pos); i >= 0; i = indexFold(t, l, i+1) {
					if s.bounded(t, i, i+len(l)) {
						found(i + len(l))
						break
					}
				}
			}
		}
		if end < 0 {
			return false
		}
		pos = end
	}
	return true
}

// bounded reports whether the segment's word boundaries hold around t[i:j].
func (s *sureSegment) bounded(t string, i, j int) bool {
	word := func(k int) bool { return k >= 0 && k < len(t) && wordBytes[t[k]] }
	return (!s.before || word(i-1) != word(i)) && (!s.after || word(j-1) != word(j))
}

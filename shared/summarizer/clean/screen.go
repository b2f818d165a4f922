package clean

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// screenedRE is a regular expression behind two tests read off its syntax, each necessary
// for a match and far cheaper than the matcher, which costs microseconds a block even when
// it fails at once: a literal one of which every match holds ("comment" for "(?:\d+
// )?comments?"), and the bytes a whole-block match can end with (")" for a caption's
// credit in brackets). A block that fails either is no match.
type screenedRE struct {
	*regexp.Regexp
	// needs are lower-case literals one of which every match holds, ASCII only; nil when
	// none is known.
	needs []string
	// last marks the bytes a match can end with; nil when any can, or the expression is
	// not anchored at the end.
	last *[256]bool
	// ends are lower-case strings of ASCII one of which every match ends with ("getty
	// images", "getty images)", … for a credit line), and endsLen the longest; nil when
	// none are known.
	ends    []string
	endsLen int
	// alpha is the alphabet of the expression: a block holding an ASCII character no
	// match holds is none ("Share your story" for a share bar's buttons); nil when any
	// character can occur.
	alpha *alphabet
}

// maxNeeds bounds the literals screened for: each costs a search of the block.
const maxNeeds = 6

// screen compiles pattern p behind its screens.
func screen(p string) *screenedRE {
	s := &screenedRE{Regexp: regexp.MustCompile(p)}
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return s
	}
	if needs, ok := neededLiterals(re); ok && len(needs) <= maxNeeds {
		s.needs = needs
	}
	if anchoredAtEnd(re) && anchoredAtStart(re) {
		s.alpha = alphabetOf(p) // a match is the whole block
	}
	if anchoredAtEnd(re) {
		if last, empty, ok := lastBytes(re); ok && !empty {
			if last[0xBD] {
				// The last byte of U+FFFD, which the matcher reads each invalid byte as.
				for c := utf8.RuneSelf; c < 256; c++ {
					last[c] = true
				}
			}
			s.last = last
		}
		if ends, ok := endLiterals(re); ok {
			s.ends = ends
			for _, e := range ends {
				s.endsLen = max(s.endsLen, len(e))
			}
		}
	}
	return s
}

// MatchString reports whether t matches.
func (s *screenedRE) MatchString(t string) bool {
	if s.last != nil && (t == "" || !s.last[t[len(t)-1]]) {
		return false
	}
	if s.ends != nil && !endsWithOne(t, s.ends, s.endsLen) {
		return false
	}
	if s.needs != nil && !slices.ContainsFunc(s.needs, func(lit string) bool { return containsFold(t, lit) }) {
		return false
	}
	return s.alpha.admits(t) && s.Regexp.MatchString(t)
}

// neededLiterals returns literals one of which every match of re holds, lower-cased, or
// false when it knows none. Only runs of ASCII characters whose case has no other form
// outside ASCII are kept (the K of Kelvin and the long s fold with k and s), so that
// containsFold finds them whatever the case of the match.
func neededLiterals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if lit := foldSafeRun(re.Rune, re.Flags&syntax.FoldCase != 0); lit != "" {
			return []string{lit}, true
		}
	case syntax.OpCapture, syntax.OpPlus:
		return neededLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return neededLiterals(re.Sub[0])
		}
	case syntax.OpConcat:
		// The child with the most telling literals: the longest shortest literal.
		var best []string
		for _, sub := range re.Sub {
			if lits, ok := neededLiterals(sub); ok && (best == nil || shortest(lits) > shortest(best)) {
				best = lits
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			lits, ok := neededLiterals(sub)
			if !ok {
				return nil, false
			}
			for _, l := range lits {
				if !slices.Contains(out, l) {
					out = append(out, l)
				}
			}
		}
		return out, true
	}
	return nil, false
}

// shortest is the length of the shortest of lits.
func shortest(lits []string) int {
	n := -1
	for _, l := range lits {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}

// foldSafeRun returns the longest run of runes that containsFold finds as they are
// matched, lower-cased: ASCII, and when fold is set, with no case form beyond ASCII.
func foldSafeRun(runes []rune, fold bool) string {
	best, cur := "", []byte{}
	for _, r := range runes {
		if r < utf8.RuneSelf && (!fold || asciiOrbit(r)) {
			cur = append(cur, lowerByte(byte(r)))
			if len(cur) > len(best) {
				best = string(cur)
			}
			continue
		}
		cur = cur[:0]
	}
	return best
}

// asciiOrbit reports whether every case form of r is ASCII.
func asciiOrbit(r rune) bool {
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// anchoredAtEnd reports whether every match of re ends at the end of the text: re is a
// concatenation ending in $ (or \z).
func anchoredAtEnd(re *syntax.Regexp) bool {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re.Op == syntax.OpConcat && len(re.Sub) > 0 && re.Sub[len(re.Sub)-1].Op == syntax.OpEndText
}

// anchoredAtStart reports whether every match of re starts at the start of the text: re is
// a concatenation opening with ^ (or \A).
func anchoredAtStart(re *syntax.Regexp) bool {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re.Op == syntax.OpConcat && len(re.Sub) > 0 && re.Sub[0].Op == syntax.OpBeginText
}

// maxLastRunes bounds the runes of a class lastBytes looks at.
const maxLastRunes = 512

// lastBytes returns the bytes a non-empty match of re can end with, whether re can match
// the empty string, and false when it cannot tell.
func lastBytes(re *syntax.Regexp) (last *[256]bool, empty, ok bool) {
	last = &[256]bool{}
	add := func(r rune) { last[utf8.AppendRune(nil, r)[utf8.RuneLen(r)-1]] = true }
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return last, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return last, true, true
		}
		r := re.Rune[len(re.Rune)-1]
		add(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				add(f)
			}
		}
		return last, false, true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if n += int(re.Rune[i+1]-re.Rune[i]) + 1; n > maxLastRunes {
				return nil, false, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				add(r)
			}
		}
		return last, false, true
	case syntax.OpCapture:
		return lastBytes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest, syntax.OpPlus, syntax.OpRepeat:
		sub, subEmpty, ok := lastBytes(re.Sub[0])
		if !ok {
			return nil, false, false
		}
		empty := subEmpty || re.Op == syntax.OpStar || re.Op == syntax.OpQuest || re.Op == syntax.OpRepeat && re.Min == 0
		return sub, empty, true
	case syntax.OpConcat:
		// The last child that cannot be empty ends every match; those after it may.
		for i := len(re.Sub) - 1; i >= 0; i-- {
			sub, subEmpty, ok := lastBytes(re.Sub[i])
			if !ok {
				return nil, false, false
			}
			union(last, sub)
			if !subEmpty {
				return last, false, true
			}
		}
		return last, true, true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			sub, subEmpty, ok := lastBytes(s)
			if !ok {
				return nil, false, false
			}
			union(last, sub)
			empty = empty || subEmpty
		}
		return last, empty, true
	}
	return nil, false, false
}

// union adds the bytes of b to a.
func union(a, b *[256]bool) {
	for i, ok := range b {
		a[i] = a[i] || ok
	}
}

// maxEnds bounds the strings a match may end with that screenedRE looks for.
const maxEnds = 64

// endLiterals returns strings of ASCII, lower-cased, one of which every match of re ends
// with, and false when it knows none (an end that may be empty, or one that may hold other
// characters).
func endLiterals(re *syntax.Regexp) ([]string, bool) {
	ends := affixes(re.Simplify(), true)
	if len(ends) == 0 || len(ends) > maxEnds {
		return nil, false
	}
	out := make([]string, 0, len(ends))
	for _, e := range ends {
		if e.s == "" {
			return nil, false
		}
		if !slices.Contains(out, e.s) {
			out = append(out, e.s)
		}
	}
	return out, true
}

// endsWithOne reports whether t may end with one of ends, the longest endsLen bytes long,
// ignoring the case of ASCII letters in t. A tail of t that holds a byte outside ASCII may
// end a match in a form the strings do not show (the long s and the Kelvin sign fold with
// s and k), and is let through.
func endsWithOne(t string, ends []string, endsLen int) bool {
	tail := t[max(0, len(t)-endsLen):]
	for i := 0; i < len(tail); i++ {
		if tail[i] >= utf8.RuneSelf {
			return true
		}
	}
	for _, e := range ends {
		if len(e) <= len(t) && hasPrefixFold(t[len(t)-len(e):], e) {
			return true
		}
	}
	return false
}

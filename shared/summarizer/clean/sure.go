package clean

import (
	"regexp/syntax"
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
	re, err := syntax.Parse(alt, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
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
		if !ok || len(lits)*len(next) > maxSure {
			return nil
		}
		var joined []string
		for _, a := range lits {
			for _, b := range next {
				joined = append(joined, a+b)
			}
		}
		lits = joined
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
		out := []string{""}
		for _, s := range re.Sub {
			next, ok := sureLiterals(s)
			if !ok || len(out)*len(next) > maxSure {
				return nil, false
			}
			var joined []string
			for _, a := range out {
				for _, b := range next {
					joined = append(joined, a+b)
				}
			}
			out = joined
		}
		return out, true
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
	re, err := syntax.Parse(alt, syntax.Perl)
	if err != nil {
		return nil
	}
	out, ok := wholeLiterals(re.Simplify())
	if !ok {
		return nil
	}
	return out
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
		out := []string{""}
		for _, s := range re.Sub {
			next, ok := wholeLiterals(s)
			if !ok || len(out)*len(next) > maxSure {
				return nil, false
			}
			var joined []string
			for _, a := range out {
				for _, b := range next {
					joined = append(joined, a+b)
				}
			}
			out = joined
		}
		return out, true
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

// sureWhole reports whether block t is one of wholes, ignoring the case of ASCII letters.
func sureWhole(t string, wholes []string) bool {
	for _, w := range wholes {
		if len(t) == len(w) && hasPrefixFold(t, w) {
			return true
		}
	}
	return false
}

package clean

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// firstSet is the set of bytes a pattern's match can start with; any means it may start with
// any byte (or one we do not track). The cleaner tries a pattern on a block only when the
// block's first byte is in the set: most patterns then never run, which keeps the cleaner
// far above the 2,000 pages a second it must reach.
type firstSet struct {
	any   bool
	bytes [256]bool
}

// has reports whether a block starting with byte c may match.
func (f *firstSet) has(s string) bool {
	if f.any {
		return true
	}
	if s == "" {
		return false
	}
	return f.bytes[s[0]]
}

// firstBytes computes the first set of pattern p (a whole-block, anchored pattern).
func firstBytes(p string) firstSet {
	var f firstSet
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		f.any = true
		return f
	}
	if nullable := f.add(re.Simplify()); nullable {
		f.any = true
	}
	return f
}

// add adds the first bytes of re to f and reports whether re can match the empty string.
func (f *firstSet) add(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpEndLine, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		f.rune(re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 256 {
				f.any = true
				return false
			}
			for r := lo; r <= hi; r++ {
				f.rune(r, false)
			}
		}
		return false
	case syntax.OpCapture:
		return f.add(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		f.add(re.Sub[0])
		return true
	case syntax.OpPlus:
		return f.add(re.Sub[0])
	case syntax.OpRepeat:
		n := f.add(re.Sub[0])
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !f.add(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			if f.add(sub) {
				nullable = true
			}
		}
		return nullable
	}
	f.any = true // any character, or an operator we do not track
	return false
}

// rune adds r (and with fold, every rune that folds to it, such as K for k) by the first
// byte of its UTF-8 encoding.
func (f *firstSet) rune(r rune, fold bool) {
	f.mark(r)
	if fold {
		for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
			f.mark(c)
		}
	}
}

func (f *firstSet) mark(r rune) {
	var buf [utf8.UTFMax]byte
	if utf8.EncodeRune(buf[:], r) > 0 {
		f.bytes[buf[0]] = true
	}
}

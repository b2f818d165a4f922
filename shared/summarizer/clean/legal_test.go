package clean

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

// TestLegalNoticeMatchesAlternation: trying legalNotices' expressions apart, each behind
// its word, finds the notices their alternation finds, and nothing more.
func TestLegalNoticeMatchesAlternation(t *testing.T) {
	exprs := make([]string, len(legalNotices))
	for i, n := range legalNotices {
		exprs[i] = n.expr
	}
	whole := regexp.MustCompile(`(?i)\b(?:` + strings.Join(exprs, "|") + `)`)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Précis is a registered trademark of Précis Inc.", true},
		{"Registered office: 1 Main Street, London.", true},
		{"Market data is provided by Refinitiv.", true},
		{"© 2024 Example Media. All Rights Reserved.", true},
		{"These statements have not been evaluated by the Food and Drug Administration.", true},
		{"This product is not intended to diagnose, treat, cure or prevent any disease.", true},
		{"The information contained in this website is for general guidance.", true},
		{"Results may vary depending on the individual.", true},
		{"Consult your physician or other qualified professional before beginning any diet.", true},
		{"This article is for informational purposes only.", true},
		{"It is not a substitute for professional medical advice.", true},
		{"The council said the information provided to it was wrong.", false},
		{"Results vary, the coach said, depending on the weather.", false},
		{"Doctors consult a colleague before operating.", false},
		{"Her lawyer said the trademark dispute would go to court.", false},
		{"UNREGISTERED OFFICE: nothing here; all rights-reserved", false},
	} {
		b := block{text: c.text}
		if got := legalNotice(b); got != c.want || got != whole.MatchString(c.text) {
			t.Errorf("%q: legalNotice = %v, the alternation %v, want %v", c.text, got, whole.MatchString(c.text), c.want)
		}
	}
}

// TestMinLegalLen: no legal notice's expression matches fewer than minLegalLen bytes.
func TestMinLegalLen(t *testing.T) {
	shortest := -1
	for _, n := range legalNotices {
		re, err := syntax.Parse(`(?i)`+n.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if m := minBytes(re.Simplify()); shortest < 0 || m < shortest {
			shortest = m
		}
	}
	if shortest != minLegalLen {
		t.Errorf("the shortest match holds %d bytes, minLegalLen is %d", shortest, minLegalLen)
	}
}

// minBytes is the fewest bytes a match of re holds, each character one at least.
func minBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minBytes(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minBytes(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minBytes(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minBytes(sub); n < 0 || m < n {
				n = m
			}
		}
		return n
	}
	return 0 // empty, optional, star, assertions
}

package clean

import (
	"math/rand/v2"
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

// TestLegalWindowAgrees: each notice's expression, tried on the stretch around its word,
// finds what it finds over the whole block, over generated blocks that hold the notices
// among words, marks and characters outside ASCII (the long s and the Kelvin sign too),
// near their ends and far from them.
func TestLegalWindowAgrees(t *testing.T) {
	notices := []string{"is a registered trademark of", "Registered office:", "market data provided by",
		"All rights reserved", "has not been evaluated by the Food and Drug Administration", "not intended to diagnose, treat",
		"the information provided on this website", "results may vary depending", "consult your doctor first, and before starting",
		"for general informational purposes only", "not a substitute for professional medical advice",
		"trademark", "diagnose", "reserved", "all rights", "ſ", "\u212a", "rightſ reſerved", "trademar\u212a"}
	fillers := []string{" ", "x", "é", "the council said ", "_", ".", "(", strings.Repeat("words and more words ", 10)}
	r := rand.New(rand.NewPCG(12, 7))
	exprs := legalExprs()
	matched := 0
	for range 3000 {
		var b strings.Builder
		for range r.IntN(8) {
			if r.IntN(3) == 0 {
				b.WriteString(notices[r.IntN(len(notices))])
			} else {
				b.WriteString(fillers[r.IntN(len(fillers))])
			}
		}
		text := b.String()
		for k := range exprs {
			e := &exprs[k]
			if got, want := e.match(text), e.re.MatchString(text); got != want {
				t.Fatalf("%q: notice %d in its stretch %v, over the block %v", text, k, got, want)
			} else if got {
				matched++
			}
		}
	}
	if matched < 1000 {
		t.Errorf("only %d matches", matched)
	}
	for k, e := range exprs {
		if e.maxLen < 0 {
			t.Errorf("notice %d (%s) has no bound", k, e.re)
		}
	}
}

// TestMaxASCIIBytes: the most bytes a match holds, and no bound for a repeat without one.
func TestMaxASCIIBytes(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    int
		ok      bool
	}{
		{`(?i)\bregistered office:`, 18, true},
		{`(?i)results (?:may |will )?vary`, 17, true},
		{`a.{0,3}b`, 14, true},
		{`caf[eé]`, 7, true},
		{`é`, 4, true},
		{`a+`, 0, false},
		{`a*b`, 0, false},
	} {
		re, err := syntax.Parse(c.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := maxASCIIBytes(re.Simplify()); got != c.want || ok != c.ok {
			t.Errorf("maxASCIIBytes(%s) = %d, %v; want %d, %v", c.pattern, got, ok, c.want, c.ok)
		}
	}
}

// TestIndexFold: indexFold finds the first occurrence at or after from, in any case of
// ASCII letters, as a search of the lower-cased text does.
func TestIndexFold(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 9))
	for _, text := range randomBlocks(r, []string{"ab", "aB", "b", "é", "x"}, 3000) {
		for _, lit := range []string{"ab", "b", "aba", "é"} {
			for from := 0; from <= len(text); from++ {
				want := strings.Index(lowerASCII(text[from:]), lit)
				if want >= 0 {
					want += from
				}
				if got := indexFold(text, lit, from); got != want {
					t.Fatalf("indexFold(%q, %q, %d) = %d, want %d", text, lit, from, got, want)
				}
			}
		}
	}
}

// lowerASCII lower-cases the ASCII letters of s, byte for byte.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerByte(c)
	}
	return string(b)
}

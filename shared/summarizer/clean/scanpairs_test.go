package clean

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// candidatesByByte is literalIndex.candidates as it was written first, trying the tables at
// every byte that opens a literal: the reference the pair filter must agree with.
func (x *literalIndex) candidatesByByte(t string) patternSet {
	s := x.opening(t)
	inWord := false // t[i-1] is a word byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		opens := x.opens[c]
		if inWord {
			opens &^= 2
		}
		inWord = wordBytes[c]
		if opens == 0 {
			continue
		}
		key := foldKey(t[i:])
		if opens&1 != 0 {
			x.inside.match(&s, t[i:], key)
		}
		if opens&2 != 0 {
			x.atWord.match(&s, t[i:], key)
		}
	}
	return s
}

// literalsOf returns the literals of x's tables, for making blocks that hold them.
func literalsOf(x *literalIndex) []string {
	var out []string
	for _, table := range []*literalTable{&x.start, &x.inside, &x.atWord} {
		for b := range table {
			for _, g := range table[b] {
				for _, l := range g.lits {
					if !slices.Contains(out, l.lit) {
						out = append(out, l.lit)
					}
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// randomBlocks makes n blocks of pieces of the literals, in random case, and of bytes
// around them: letters, digits, spaces, punctuation, bytes of non-ASCII characters.
func randomBlocks(r *rand.Rand, lits []string, n int) []string {
	fillers := []string{" ", "a", "Z", "_", "9", "(", "-", "é", "©", "\xff", ".", "re", "co", "\n"}
	out := make([]string, n)
	for k := range out {
		var b strings.Builder
		for range r.IntN(12) {
			if r.IntN(2) == 0 {
				b.WriteString(fillers[r.IntN(len(fillers))])
				continue
			}
			l := lits[r.IntN(len(lits))]
			if r.IntN(3) == 0 {
				l = l[:r.IntN(len(l)+1)] // cut short
			}
			for i := 0; i < len(l); i++ {
				c := l[i]
				if r.IntN(2) == 0 && 'a' <= c && c <= 'z' {
					c -= 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
		out[k] = b.String()
	}
	return out
}

// TestPairFilterAgreesWithByteScan: the scan that tries the tables only where two bytes
// in a row open a literal finds what trying them at every byte finds, for the cleaner's
// indexes and for one with literals of one byte and of bytes outside ASCII.
func TestPairFilterAgreesWithByteScan(t *testing.T) {
	small := &literalIndex{}
	for i, p := range []pattern{
		{gate: gateOf(`(?i)x`), anywhere: true},
		{gate: gateOf(`(?i)©`), anywhere: true, wordStart: true},
		{gate: gateOf(`(?i)(?:é|re)t`), anywhere: true},
		{gate: gateOf(`(?i)co_`), anywhere: true, wordStart: true},
	} {
		small.add(i, p)
	}
	r := rand.New(rand.NewPCG(7, 11))
	for name, x := range map[string]*literalIndex{"blocks": &blockLiterals().literalIndex, "legal": legalWords(), "small": small} {
		found := 0
		for _, b := range randomBlocks(r, literalsOf(x), 20000) {
			got, want := x.candidates(b), x.candidatesByByte(b)
			if got != want {
				t.Fatalf("%s: %q: pair filter %v, byte scan %v", name, b, got, want)
			}
			if got != x.opening(b) {
				found++
			}
		}
		if found < 1000 {
			t.Errorf("%s: only %d blocks hold a literal past their opening", name, found)
		}
	}
}

// holdsMonthOrISOByByte is holdsMonthOrISO as it was written first, looking at every byte.
func holdsMonthOrISOByByte(t string) bool {
	for i := 0; i+3 <= len(t); i++ {
		if c := lowerByte(t[i]); strings.IndexByte("adfjmnos", c) >= 0 && monthKeys[[3]byte{c, lowerByte(t[i+1]), lowerByte(t[i+2])}] {
			return true
		}
		if i+5 <= len(t) && isDigit(t[i]) && isDigit(t[i+1]) && isDigit(t[i+2]) && isDigit(t[i+3]) && t[i+4] == '-' {
			return true
		}
	}
	return false
}

// TestHoldsMonthOrISOAgreesWithByteScan: looking only where two bytes in a row open a
// month or are digits finds what looking at every byte finds, over generated blocks.
func TestHoldsMonthOrISOAgreesWithByteScan(t *testing.T) {
	pieces := []string{"jan", "Feb", "MAR", "aPr", "may", "jun", "Jul", "aug", "sep", "oct", "nov", "DEC",
		"ja", "de", "no", "2024", "2024-", "12-", "1", "-", "Ma", "ju", "o", "s"}
	r := rand.New(rand.NewPCG(1, 2))
	held := agreeingBlocks(t, "holdsMonthOrISO", randomBlocks(r, pieces, 20000), holdsMonthOrISO, holdsMonthOrISOByByte)
	if held < 1000 || held > 19000 {
		t.Errorf("%d of the blocks hold a month or a date", held)
	}
}

// TestRunesExceed: runesExceed agrees with counting every character, over generated text of
// ASCII, characters of two to four bytes and invalid bytes, around the bound.
func TestRunesExceed(t *testing.T) {
	pieces := []string{"a", " ", "é", "€", "😀", "\xff", "\x80", "\xe2\x82", "\xf0\x9f\x98"}
	r := rand.New(rand.NewPCG(9, 4))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		size := r.IntN(40) + r.IntN(2)*r.IntN(400)
		for range size {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for _, n := range []int{-1, 0, 1, size / 2, size - 1, size, size + 1, len(s) - 1, len(s), maxBoilerplateLen} {
			if got, want := runesExceed(s, n), utf8.RuneCountInString(s) > n; got != want {
				t.Fatalf("runesExceed(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// hasYearByByte is hasYear as it was written first, reading every byte.
func hasYearByByte(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// TestHasYearAgreesWithByteScan: skipping eight bytes without a digit at a time finds the
// four digits in a row that reading every byte finds, over generated text whose runs of
// digits straddle the eight-byte words.
func TestHasYearAgreesWithByteScan(t *testing.T) {
	pieces := []string{"1", "23", "456", "7890", "a", "word ", "/", ":", "\xb0", "\xb9", "é", "O", "9\xff"}
	r := rand.New(rand.NewPCG(2, 3))
	texts := make([]string, 50000)
	for k := range texts {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts[k] = b.String()
	}
	years := agreeingBlocks(t, "hasYear", texts, hasYear, hasYearByByte)
	if years < 5000 || years > 45000 {
		t.Errorf("%d of the texts hold a year", years)
	}
	for c := range 256 {
		if got, want := digitBytes(uint64(c)<<40) != 0, '0' <= c && c <= '9'; got != want {
			t.Errorf("digitBytes of %#x: %v", c, got)
		}
	}
}

// candidatesBrute returns the patterns of pats whose literals t holds where each pattern
// wants them, trying every literal at every byte: the reference of literalIndex.
func candidatesBrute(pats []pattern, t string) patternSet {
	var s patternSet
	for i, p := range pats {
		if p.gate.byFirst == nil {
			s.add(i)
			continue
		}
		for _, lits := range p.gate.byFirst {
			for _, l := range lits {
				for j := 0; j < len(t) && (j == 0 || p.anywhere); j++ {
					if (!p.wordStart || j == 0 || !wordBytes[t[j-1]]) && hasPrefixFold(t[j:], l) {
						s.add(i)
					}
				}
			}
		}
	}
	return s
}

// TestLiteralIndexAgreesWithBruteForce: the scan for the lists' literals finds, for each
// pattern, what trying each of its literals at every byte finds, over generated blocks.
func TestLiteralIndexAgreesWithBruteForce(t *testing.T) {
	pats := blockPatterns()
	x := &blockLiterals().literalIndex
	r := rand.New(rand.NewPCG(4, 4))
	found := 0
	for _, b := range randomBlocks(r, literalsOf(x), 3000) {
		got, want := x.candidates(b), candidatesBrute(pats, b)
		if got != want {
			t.Fatalf("%q: index %v, brute force %v", b, got, want)
		}
		if got != (patternSet{}) {
			found++
		}
	}
	if found < 1500 {
		t.Errorf("only %d blocks may match a pattern", found)
	}
}

// TestLiteralGroupsAgreeWithBruteForce: indexes of many literals over two letters, which
// share long prefixes, are prefixes of one another and repeat across patterns, find what
// trying each literal at every byte finds, for literals that open a match, that it holds
// anywhere and that it holds at a word start.
func TestLiteralGroupsAgreeWithBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	word := func(n int) string { return randomBytes(r, "ab", n) }
	for round := range 40 {
		var pats []pattern
		x := &literalIndex{}
		for i := range 30 {
			var by [256][]string
			for range 1 + r.IntN(4) {
				l := word(1 + r.IntN(7))
				by[l[0]] = append(by[l[0]], l)
			}
			p := pattern{gate: prefixGate{byFirst: &by}, anywhere: round%3 != 0, wordStart: round%3 == 2}
			pats = append(pats, p)
			x.add(i, p)
		}
		for range 200 {
			var b strings.Builder
			for range r.IntN(12) {
				b.WriteString([]string{"a", "b", "A", "B", " ", "ab", "ba"}[r.IntN(7)])
			}
			text := b.String()
			if got, want := x.candidates(text), candidatesBrute(pats, text); got != want {
				t.Fatalf("round %d: %q: index %v, brute force %v", round, text, got, want)
			}
		}
	}
}

// agreeingBlocks fails the test at the first block on which f and its reference ref
// disagree, and returns on how many f holds.
func agreeingBlocks(t *testing.T, name string, blocks []string, f, ref func(string) bool) int {
	t.Helper()
	held := 0
	for _, b := range blocks {
		got, want := f(b), ref(b)
		if got != want {
			t.Fatalf("%s(%q) = %v, the reference %v", name, b, got, want)
		}
		if got {
			held++
		}
	}
	return held
}

// TestFold4: a byte of text and the lower-case byte it matches (lowerByte) fold alike,
// wherever they stand among four, so that a block's four bytes find the key of the literal
// they open.
func TestFold4(t *testing.T) {
	for c := range 256 {
		for k := range 4 {
			text, lit := uint32(c)<<(8*k), uint32(lowerByte(byte(c)))<<(8*k)
			if fold4(text) != fold4(lit) {
				t.Errorf("fold4 of %#x at %d: %#x, of its lower case %#x", c, k, fold4(text), fold4(lit))
			}
		}
	}
}

// TestMayOpenTurnsAway: the four bytes turn away most of a block's pairs that open no
// literal (not all: a literal a match holds at a word start passes inside a word), and never
// one that does.
func TestMayOpenTurnsAway(t *testing.T) {
	x := &blockLiterals().literalIndex
	r := rand.New(rand.NewPCG(8, 9))
	passed, pairs := 0, 0
	for _, b := range randomBlocks(r, literalsOf(x), 3000) {
		for i := 0; i+1 < len(b); i++ {
			var s patternSet
			x.matchAt(&s, b, i)
			may := i+4 > len(b) || x.fours.mayOpen(b[i:])
			if s != (patternSet{}) && !may {
				t.Fatalf("%q at %d: a literal opens, mayOpen false", b, i)
			}
			if x.pairs.has(pairKey(b[i], b[i+1])) && s == (patternSet{}) {
				pairs++
				if may {
					passed++
				}
			}
		}
	}
	if passed*2 > pairs {
		t.Errorf("mayOpen lets %d of %d pairs that open nothing through", passed, pairs)
	}
}

// TestQuadFilterPassesEveryOpening: a quadFilter lets through every text that opens one of
// its literals, in any case, long or short, over generated literals and texts, and turns
// most others away.
func TestQuadFilterPassesEveryOpening(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	word := func(n int) string { return randomBytes(r, "abc ©", n) }
	turned, others := 0, 0
	for range 200 {
		var f quadFilter
		var lits []string
		for range 1 + r.IntN(6) {
			l := strings.ToLower(word(1 + r.IntN(8)))
			lits = append(lits, l)
			f.add(l)
		}
		for range 200 {
			text := word(4 + r.IntN(6))
			if r.IntN(2) == 0 {
				l := lits[r.IntN(len(lits))]
				text = strings.ToUpper(l[:len(l)/2]) + l[len(l)/2:] + text
			}
			opens := slices.ContainsFunc(lits, func(l string) bool { return hasPrefixFold(text, l) })
			if opens && !f.mayOpen(text) {
				t.Fatalf("literals %q: %q opens one, mayOpen false", lits, text)
			}
			if !opens {
				others++
				if !f.mayOpen(text) {
					turned++
				}
			}
		}
	}
	if turned*2 < others {
		t.Errorf("mayOpen turns away %d of %d texts that open no literal", turned, others)
	}
}

// randomBytes returns n bytes drawn from the bytes of alphabet.
func randomBytes(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

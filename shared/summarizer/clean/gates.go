package clean

import (
	"math/bits"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// patternSet is a set of boilerplate patterns by index.
type patternSet [4]uint64

// maxPatterns is how many patterns a patternSet holds.
const maxPatterns = 256

func (s *patternSet) add(i int)      { s[i/64] |= 1 << (i % 64) }
func (s *patternSet) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }

// next returns the least index in the set from i on, or -1: a loop over the set visits
// its few patterns rather than every pattern of a list.
func (s *patternSet) next(i int) int {
	for w := i / 64; w < len(s); w++ {
		word := s[w]
		if w == i/64 {
			word &= ^uint64(0) << (i % 64)
		}
		if word != 0 {
			return w*64 + bits.TrailingZeros64(word)
		}
	}
	return -1
}

// gateLiteral is a lower-case literal that a match of pattern pat holds.
type gateLiteral struct {
	lit string
	pat int
	// shared is how many bytes lit shares with the literal before it in its group (its
	// group's key's bytes, for the first).
	shared int
}

// literalGroup holds the literals that open with the same (up to) four bytes: key, those
// bytes, and mask, the bytes of a word that key covers. One comparison of a block's next
// four bytes turns away all of a group's literals, where a bucket of a first byte holds
// dozens ("comment policy", "comments section", …). The literals are in order, so that
// a block is compared with the bytes they share once ("this article was originally
// published", "this article was published", … share "this article was ").
type literalGroup struct {
	key, mask uint32
	lits      []gateLiteral
}

// file adds literal l of pattern pat to the group, in order.
func (g *literalGroup) file(l string, pat int) {
	i, _ := slices.BinarySearchFunc(g.lits, l, func(a gateLiteral, l string) int { return strings.Compare(a.lit, l) })
	g.lits = slices.Insert(g.lits, i, gateLiteral{lit: l, pat: pat})
	keyLen := bits.OnesCount32(g.mask) / 8
	for k := range g.lits {
		g.lits[k].shared = keyLen
		if k > 0 {
			g.lits[k].shared = commonPrefix(g.lits[k-1].lit, g.lits[k].lit)
		}
	}
}

// commonPrefix is the length of the longest prefix a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// match adds to s the patterns of the literals that text opens with, given that it opens
// with the group's key. It reads the literals in order, keeping how many bytes text
// shares with the last one read: a literal that shares more with that one fails where it
// failed, one that shares fewer fails at its next byte, and only one that shares exactly
// as many is compared, from there on.
func (g *literalGroup) match(s *patternSet, text string) {
	agree := bits.OnesCount32(g.mask) / 8 // bytes text shares with the last literal read
	for _, l := range g.lits {
		switch {
		case l.shared > agree:
			continue
		case l.shared < agree:
			agree = l.shared
			continue
		}
		for agree < len(l.lit) && agree < len(text) && lowerByte(text[agree]) == l.lit[agree] {
			agree++
		}
		if agree == len(l.lit) {
			s.add(l.pat)
		}
	}
}

// literalTable holds literals by their first two bytes, in groups: the bucket of a block's
// next two bytes holds the few groups that may open there, where a bucket of the first
// byte held dozens ("s" opens "share", "sign up", "sponsored", "stay informed", …).
type literalTable [1 << 10][]literalGroup

// bucketOf returns the bucket of lower-case bytes a and b in a row: the low five bits of
// each, which tell the letters apart.
func bucketOf(a, b byte) int { return int(a&31)<<5 | int(b&31) }

// add files literal l of pattern pat: a literal of one byte in the buckets of every byte
// that may follow it.
func (t *literalTable) add(l string, pat int) {
	if len(l) == 1 {
		for b := range byte(32) {
			t.addTo(bucketOf(l[0], b), l, pat)
		}
		return
	}
	t.addTo(bucketOf(l[0], l[1]), l, pat)
}

// addTo files literal l of pattern pat in bucket k.
func (t *literalTable) addTo(k int, l string, pat int) {
	key, mask := prefixKey(l)
	bucket := &t[k]
	for i := range *bucket {
		if g := &(*bucket)[i]; g.key == key && g.mask == mask {
			g.file(l, pat)
			return
		}
	}
	*bucket = append(*bucket, literalGroup{key: key, mask: mask})
	(*bucket)[len(*bucket)-1].file(l, pat)
}

// match adds to s the patterns whose literals open t, whose first bytes are lower-cased
// into key4.
func (t *literalTable) match(s *patternSet, text string, key4 uint32) {
	for _, g := range t[bucketOf(byte(key4), byte(key4>>8))] {
		if key4&g.mask == g.key {
			g.match(s, text)
		}
	}
}

// prefixKey packs the first four bytes of lower-case literal l (fewer if it is shorter)
// into a key, and the mask of the bytes it covers.
func prefixKey(l string) (key, mask uint32) {
	for i := 0; i < 4 && i < len(l); i++ {
		key |= uint32(l[i]) << (8 * i)
		mask |= 0xff << (8 * i)
	}
	return key, mask
}

// foldKey packs the first four bytes of t, ASCII letters lower-cased, as prefixKey does.
func foldKey(t string) uint32 {
	if len(t) >= 4 {
		return lowerASCII4(uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24)
	}
	var key uint32
	for i := 0; i < 4 && i < len(t); i++ {
		key |= uint32(lowerByte(t[i])) << (8 * i)
	}
	return key
}

// literalIndex tells, in one pass over a block, which boilerplate patterns can match it:
// those whose literals open the block, and those that may match anywhere and whose literals
// the block holds (at a word start, when the pattern asks for one). Trying every pattern's
// gate in turn, or searching the block once per literal, cost the cleaner more than the
// regular expressions it spared.
type literalIndex struct {
	// start holds the literals a match opens with.
	start literalTable
	// inside and atWord hold the literals a match holds somewhere (at a word start).
	inside, atWord literalTable
	// always holds the patterns with no literal to look for.
	always patternSet
	// opens marks the bytes, in either case, that open a literal of inside (1) or atWord (2).
	opens [256]uint8
	// pairs marks the two bytes in a row, in either case, that open a literal of inside or
	// atWord (any second byte after a literal of one byte): one look-up turns away most
	// of a block's bytes, where opens lets half of them through ("the", "and", "some").
	pairs pairSet
	// fours filters the literals of inside and atWord, and startFours those of start, by
	// their first four bytes. Of the pairs a block's bytes make with the next, few open a
	// literal ("in", "re", "co" open dozens of words): the four bytes turn away the rest
	// before the tables are read.
	fours, startFours quadFilter
}

// quadFilter tells the places where no literal of a list opens, by four bytes.
type quadFilter struct {
	// quads holds the hashes of the first four bytes, folded (fold4), of the literals of
	// four bytes or more; loose marks the bytes, in either case, that open a shorter one.
	quads pairSet
	loose [256]bool
}

// fold4 folds the four bytes of x so that those of a text and of a lower-case literal it
// opens (ignoring the case of ASCII letters in the text) fold alike: it sets the bit that
// tells a lower-case ASCII letter from its upper case, on every byte.
func fold4(x uint32) uint32 { return x | 0x20202020 }

// quadKey is the key in quads of four bytes folded.
func quadKey(f uint32) uint16 { return uint16(f * 0x9E3779B1 >> 16) }

// mayOpen reports whether a literal of the list may open w, which holds four bytes or more:
// false when its first four open none of them.
func (f *quadFilter) mayOpen(w string) bool {
	return f.loose[w[0]] || f.quads.has(quadKey(fold4(uint32(w[0])|uint32(w[1])<<8|uint32(w[2])<<16|uint32(w[3])<<24)))
}

// add adds literal l to quads, or its first byte to loose when it is shorter than four bytes.
func (f *quadFilter) add(l string) {
	if len(l) < 4 {
		for _, c := range caseForms(l[0]) {
			f.loose[c] = true
		}
		return
	}
	f.quads.add(quadKey(fold4(uint32(l[0]) | uint32(l[1])<<8 | uint32(l[2])<<16 | uint32(l[3])<<24)))
}

// pairSet is a set of two bytes in a row, a bit for each.
type pairSet [1 << 16 / 64]uint64

// pairKey is the key of bytes a and b in a row.
func pairKey(a, b byte) uint16 { return uint16(a) | uint16(b)<<8 }

func (p *pairSet) add(k uint16)      { p[k/64] |= 1 << (k % 64) }
func (p *pairSet) has(k uint16) bool { return p[uint(k)>>6]&(1<<(k&63)) != 0 }

// caseForms returns lower-case literal byte c and, for a letter, its upper case: the bytes
// hasPrefixFold takes for c.
func caseForms(c byte) []byte {
	if 'a' <= c && c <= 'z' {
		return []byte{c, c - 'a' + 'A'}
	}
	return []byte{c}
}

// addPairs adds to x.pairs the pairs that open literal l.
func (x *literalIndex) addPairs(l string) {
	for _, a := range caseForms(l[0]) {
		if len(l) == 1 {
			for b := range 256 {
				x.pairs.add(pairKey(a, byte(b)))
			}
			continue
		}
		for _, b := range caseForms(l[1]) {
			x.pairs.add(pairKey(a, b))
		}
	}
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
			table.add(l, i)
			if table == &x.start {
				x.startFours.add(l)
			} else {
				x.addPairs(l)
				x.fours.add(l)
			}
		}
		if len(lits) == 0 || table == &x.start {
			continue
		}
		bit := uint8(1)
		if table == &x.atWord {
			bit = 2
		}
		x.opens[b] |= bit
		if 'a' <= b && b <= 'z' {
			x.opens[b-'a'+'A'] |= bit
		}
	}
}

// candidates returns the patterns that may match the block.
func (x *literalIndex) candidates(t string) patternSet {
	s := x.opening(t)
	if t == "" {
		return s
	}
	// Each byte but the last with the next: a literal opens only where the pair does.
	// Eight bytes at a time while twelve remain (the four from each), the pairs read off
	// the bytes in order.
	pairs, last := &x.pairs, len(t)-1
	i := 0
	for ; i+12 <= len(t); i += 8 {
		w := t[i : i+12]
		if pairs.has(pairKey(w[0], w[1])) && x.fours.mayOpen(w[0:]) {
			x.matchAt(&s, t, i)
		}
		if pairs.has(pairKey(w[1], w[2])) && x.fours.mayOpen(w[1:]) {
			x.matchAt(&s, t, i+1)
		}
		if pairs.has(pairKey(w[2], w[3])) && x.fours.mayOpen(w[2:]) {
			x.matchAt(&s, t, i+2)
		}
		if pairs.has(pairKey(w[3], w[4])) && x.fours.mayOpen(w[3:]) {
			x.matchAt(&s, t, i+3)
		}
		if pairs.has(pairKey(w[4], w[5])) && x.fours.mayOpen(w[4:]) {
			x.matchAt(&s, t, i+4)
		}
		if pairs.has(pairKey(w[5], w[6])) && x.fours.mayOpen(w[5:]) {
			x.matchAt(&s, t, i+5)
		}
		if pairs.has(pairKey(w[6], w[7])) && x.fours.mayOpen(w[6:]) {
			x.matchAt(&s, t, i+6)
		}
		if pairs.has(pairKey(w[7], w[8])) && x.fours.mayOpen(w[7:]) {
			x.matchAt(&s, t, i+7)
		}
	}
	for ; i < last; i++ {
		if pairs.has(pairKey(t[i], t[i+1])) && (i+4 > len(t) || x.fours.mayOpen(t[i:])) {
			x.matchAt(&s, t, i)
		}
	}
	// The last byte opens only literals of one byte.
	x.matchAt(&s, t, last)
	return s
}

// matchAt adds to s the patterns whose inside literals open t[i:], and whose atWord
// literals do when i is a word start.
func (x *literalIndex) matchAt(s *patternSet, t string, i int) {
	opens := x.opens[t[i]]
	if i > 0 && wordBytes[t[i-1]] {
		opens &^= 2 // not at a word start
	}
	if opens == 0 {
		return
	}
	key := foldKey(t[i:])
	if opens&1 != 0 {
		x.inside.match(s, t[i:], key)
	}
	if opens&2 != 0 {
		x.atWord.match(s, t[i:], key)
	}
}

// opening returns the patterns whose literals open t, and those with none.
func (x *literalIndex) opening(t string) patternSet {
	s := x.always
	if t != "" && (len(t) < 4 || x.startFours.mayOpen(t)) {
		x.start.match(&s, t, foldKey(t))
	}
	return s
}

// asciiWordByte reports whether c is in \w, the class \b is defined on.
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// wordBytes is asciiWordByte as a table, for the loops that read every byte of a block.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = asciiWordByte(byte(c))
	}
	return t
}()

// gatedRE is a regular expression that matches a whole block, ^lead(?:body)trail$, tried only
// on blocks whose start (past the characters lead may take) opens body's gate. Each
// alternative of body is compiled and gated on its own: a block that opens one
// alternative's gate runs that alternative's small program, not the whole alternation's,
// which costs the backtracker far more.
type gatedRE struct {
	// src is the whole expression, which tests compile to check the alternatives against.
	src string
	// alts are body's alternatives, each as a whole-block expression; index holds their
	// gates.
	alts  []*screenedRE
	index literalIndex
	// skip reports the bytes lead may take; body's every match starts with another byte.
	skip func(byte) bool
}

// newGatedRE compiles ^lead(?:body)trail$, case-insensitively.
func newGatedRE(lead, body, trail string, skip func(byte) bool) *gatedRE {
	g := &gatedRE{src: `(?i)^` + lead + `(?:` + body + `)` + trail + `$`, skip: skip}
	alts := alternatives(`(?i)` + body)
	if len(alts) > maxPatterns {
		panic("clean: more alternatives than a patternSet holds")
	}
	for i, alt := range alts {
		g.alts = append(g.alts, screen(`(?i)^`+lead+`(?:`+alt+`)`+trail+`$`))
		g.index.add(i, pattern{gate: gateOf(alt)})
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
	maybe := g.index.opening(t[i:])
	if maybe == (patternSet{}) {
		return false
	}
	for k, re := range g.alts {
		if maybe.has(k) && re.MatchString(t) {
			return true
		}
	}
	return false
}

// isNameLine reports whether t matches nameLine, trying the expression only on lines whose
// ASCII characters all can occur in a match: a digit, a colon or a comma rules most lines
// out at once.
func isNameLine(t string) bool {
	return nameAlphabet().admits(t) && nameLine().MatchString(t)
}

// nameAlphabet is the alphabet of nameLine.
var nameAlphabet = sync.OnceValue(func() *alphabet { return alphabetOf(nameLine().String()) })

// alphabet is the set of ASCII characters that can occur in a match of a pattern; nil when
// any can.
type alphabet [utf8.RuneSelf]bool

// admits reports whether every ASCII byte of t is in the alphabet. A string it refuses
// cannot match the pattern; one it admits may.
func (a *alphabet) admits(t string) bool {
	if a == nil {
		return true
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c < utf8.RuneSelf && !a[c] {
			return false
		}
	}
	return true
}

// alphabetOf returns the alphabet of pattern p.
func alphabetOf(p string) *alphabet {
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		panic("clean: " + err.Error())
	}
	var a alphabet
	if !a.collect(re) {
		return nil
	}
	return &a
}

// collect adds the ASCII characters re can match to a, and reports false when re can match
// any character.
func (a *alphabet) collect(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			for _, f := range []rune{r, unicode.SimpleFold(r), unicode.ToUpper(r), unicode.ToLower(r)} {
				if f < utf8.RuneSelf && (f == r || re.Flags&syntax.FoldCase != 0) {
					a[f] = true
				}
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < utf8.RuneSelf; r++ {
				a[r] = true
			}
		}
	}
	for _, sub := range re.Sub {
		if !a.collect(sub) {
			return false
		}
	}
	return true
}

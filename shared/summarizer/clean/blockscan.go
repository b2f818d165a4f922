package clean

import "sync"

// blockLiterals holds the literals of the boilerplate patterns (pattern i is i), of the
// leftovers (pattern k is leftoverBase()+k), the words of the legal notices (notice k is
// legalBase()+k) and a contact line's (contactIndex()), so that one pass over a block
// finds what the lists may match: the scans cost the cleaner more than the patterns they
// spare.
var blockLiterals = sync.OnceValue(func() *literalIndex {
	x := &literalIndex{}
	bp, lo, legal := compiled().boilerplate, leftovers().patterns, legalPatterns()
	if len(bp)+len(lo)+len(legal)+1 > maxPatterns {
		panic("clean: more boilerplate, leftover and legal patterns than a patternSet holds")
	}
	x.add(len(bp)+len(lo)+len(legal), pattern{gate: gateOf(`(?i)` + contactWords), anywhere: true, wordStart: true})
	for i, p := range bp {
		x.add(i, p)
	}
	for k, p := range lo {
		x.add(len(bp)+k, p)
	}
	for k, p := range legal {
		x.add(len(bp)+len(lo)+k, p)
	}
	return x
})

// leftoverBase is the index of the first leftover in blockLiterals.
func leftoverBase() int { return len(compiled().boilerplate) }

// legalBase is the index of the first legal notice in blockLiterals.
func legalBase() int { return leftoverBase() + len(leftovers().patterns) }

// contactIndex is the index of a contact line's words in blockLiterals.
func contactIndex() int { return legalBase() + len(legalNotices) }

// literalScan is a block's scan for the literals of blockLiterals, made when a list first
// needs it and shared by the next.
type literalScan struct {
	t     string
	done  bool
	found patternSet
}

// candidates returns the patterns the block may match.
func (s *literalScan) candidates() *patternSet {
	if !s.done {
		s.found, s.done = blockLiterals().candidates(s.t), true
	}
	return &s.found
}

// legal returns the legal notices the block may be, where notice k is from+k: read off the
// scan for all three lists when the block is short enough for the leftovers to have
// needed it, off the notices' own index, which looks for fewer literals, otherwise.
func (s *literalScan) legal() (maybe *patternSet, from int) {
	if s.done || len(s.t) <= maxLeftoverLen {
		return s.candidates(), legalBase()
	}
	found := legalWords().candidates(s.t)
	return &found, 0
}

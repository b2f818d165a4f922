package clean

import "sync"

// blockLiterals holds the literals of the boilerplate patterns (pattern i is i), of the
// leftovers (pattern k is leftoverBase+k), the words of the legal notices (notice k is
// legalBase+k), a contact line's (contact) and a credit line's separators (separator), so
// that one pass over a block finds what the lists may match: the scans cost the cleaner
// more than the patterns they spare.
var blockLiterals = sync.OnceValue(func() *blockIndex {
	x := &blockIndex{patterns: compiled(), leftovers: leftovers()}
	all := blockPatterns()
	if len(all) > maxPatterns {
		panic("clean: more boilerplate, leftover and legal patterns than a patternSet holds")
	}
	for i, p := range all {
		x.add(i, p)
	}
	x.leftoverBase = len(x.patterns.boilerplate)
	x.legalBase = x.leftoverBase + len(x.leftovers.patterns)
	x.contact = x.legalBase + len(legalNotices)
	x.separator = x.contact + 1
	return x
})

// blockIndex is blockLiterals' index, with the lists it serves and where each list's
// patterns start in it, read once a block rather than through a sync.Once each time.
type blockIndex struct {
	literalIndex
	patterns                                    *patterns
	leftovers                                   *patternIndex
	leftoverBase, legalBase, contact, separator int
}

// blockPatterns are the patterns of blockLiterals, in its order.
func blockPatterns() []pattern {
	var all []pattern
	all = append(all, compiled().boilerplate...)
	all = append(all, leftovers().patterns...)
	all = append(all, legalPatterns()...)
	return append(all, pattern{gate: gateOf(`(?i)` + contactWords), anywhere: true, wordStart: true},
		pattern{gate: gateOf(creditSeparators), anywhere: true})
}

// leftoverBase is the index of the first leftover in blockLiterals.
func leftoverBase() int { return blockLiterals().leftoverBase }

// legalBase is the index of the first legal notice in blockLiterals.
func legalBase() int { return blockLiterals().legalBase }

// contactIndex is the index of a contact line's words in blockLiterals.
func contactIndex() int { return blockLiterals().contact }

// literalScan is a block's scan for the literals of blockLiterals, made when a list first
// needs it and shared by the next.
type literalScan struct {
	t     string
	x     *blockIndex // nil until the block is scanned
	found patternSet
}

// scan scans the block, if it has not been, and returns the index.
func (s *literalScan) scan() *blockIndex {
	if s.x == nil {
		s.x = blockLiterals()
		s.found = s.x.candidates(s.t)
	}
	return s.x
}

// candidates returns the patterns the block may match.
func (s *literalScan) candidates() *patternSet {
	s.scan()
	return &s.found
}

// legal returns the legal notices the block may be, where notice k is from+k: read off the
// scan for all three lists when the block is short enough for the leftovers to have
// needed it, off the notices' own index, which looks for fewer literals, otherwise.
func (s *literalScan) legal() (maybe patternSet, from int) {
	if s.x != nil || len(s.t) <= maxLeftoverLen {
		from = s.scan().legalBase
		return s.found, from
	}
	return legalWords().candidates(s.t), 0
}

package clean

import "sync"

// blockLiterals holds the literals of the boilerplate patterns (pattern i is i) and of the
// leftovers (pattern k is leftoverBase()+k), so that one pass over a block finds what
// both lists may match: the two scans cost the cleaner more than the patterns they spare.
var blockLiterals = sync.OnceValue(func() *literalIndex {
	x := &literalIndex{}
	bp, lo := compiled().boilerplate, leftovers().patterns
	if len(bp)+len(lo) > maxPatterns {
		panic("clean: more boilerplate and leftover patterns than a patternSet holds")
	}
	for i, p := range bp {
		x.add(i, p)
	}
	for k, p := range lo {
		x.add(len(bp)+k, p)
	}
	return x
})

// leftoverBase is the index of the first leftover in blockLiterals.
func leftoverBase() int { return len(compiled().boilerplate) }

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

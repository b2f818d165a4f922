package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// One scan of a block for both lists' literals finds for each pattern what the list's own
// index finds: the leftovers' numbers are offset past the boilerplate patterns'.
func TestBlockScanAgreesWithEachList(t *testing.T) {
	blocks := []string{"Read more: x", "12 Comments", "A storm (Photo: AP)", "Sign up for our newsletter",
		"[Related: the vote]", "Thanks for signing up!", "Copy link", "Show more sharing options", "Related topics",
		"Follow the BBC on Instagram", "No spam, unsubscribe at any time.", "Community rules apply to all comments.",
		"Jane Roe | Getty Images", "The council approved the budget on Monday.", ""}
	bp, lo := compiled(), leftovers()
	leftovers := 0
	for _, b := range blocks {
		scan := literalScan{t: b}
		merged := scan.candidates()
		own, ownLo := bp.index.candidates(b), lo.index.candidates(b)
		for i := range bp.boilerplate {
			if merged.has(i) != own.has(i) {
				t.Errorf("%q: boilerplate pattern %d: merged scan %v, own index %v", b, i, merged.has(i), own.has(i))
			}
		}
		for k := range lo.patterns {
			if merged.has(leftoverBase()+k) != ownLo.has(k) {
				t.Errorf("%q: leftover %d: merged scan %v, own index %v", b, k, merged.has(leftoverBase()+k), ownLo.has(k))
			}
			if ownLo.has(k) && lo.patterns[k].re.MatchString(b) && !leftover(b) {
				t.Errorf("%q matches leftover %d but is not a leftover", b, k)
			}
		}
		if leftover(b) {
			leftovers++
		}
	}
	if leftovers < 8 {
		t.Errorf("only %d of the blocks are leftovers", leftovers)
	}
}

// patternSet.next visits the set's members in order, across its words, and nothing else.
func TestPatternSetNext(t *testing.T) {
	var s patternSet
	members := []int{0, 5, 63, 64, 130, 255}
	for _, i := range members {
		s.add(i)
	}
	var got []int
	for i := s.next(0); i >= 0; i = s.next(i + 1) {
		got = append(got, i)
	}
	if len(got) != len(members) {
		t.Fatalf("visited %v, want %v", got, members)
	}
	for k := range got {
		if got[k] != members[k] {
			t.Fatalf("visited %v, want %v", got, members)
		}
	}
	for _, c := range []struct{ from, want int }{{1, 5}, {6, 63}, {65, 130}, {131, 255}, {256, -1}} {
		if n := s.next(c.from); n != c.want {
			t.Errorf("next(%d) = %d, want %d", c.from, n, c.want)
		}
	}
	if n := (&patternSet{}).next(0); n != -1 {
		t.Errorf("next of the empty set = %d", n)
	}
}

// TestBlockScanServesTheLegalNotices: the scan for all three lists finds, for each legal
// notice, what the notices' own index finds, over generated blocks that hold their words
// and the lists' literals; and legalNoticeScanned tells the notices as legalNotice does,
// whichever of the two it reads.
func TestBlockScanServesTheLegalNotices(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	lits := literalsOf(&blockLiterals().literalIndex)[:100]
	for range 10 {
		lits = append(lits, literalsOf(legalWords())...)
	}
	blocks := randomBlocks(r, lits, 5000)
	for _, n := range legalNotices {
		// One block of each notice's every length class: short enough for the leftovers
		// and too long for them.
		blocks = append(blocks, "Note: "+n.expr, strings.Repeat("The council met. ", 25)+n.expr)
	}
	blocks = append(blocks, "Précis is a registered trademark of Précis Inc.", "© 2024 Example Media. All Rights Reserved.")
	words, notices := 0, 0
	for _, b := range blocks {
		scan := literalScan{t: b}
		merged, own := scan.candidates(), legalWords().candidates(b)
		for k := range legalNotices {
			if merged.has(legalBase()+k) != own.has(k) {
				t.Fatalf("%q: legal notice %d: merged scan %v, own index %v", b, k, merged.has(legalBase()+k), own.has(k))
			}
			if own.has(k) {
				words++
			}
		}
		blk := block{text: b}
		want := legalNotice(blk)
		if want {
			notices++
		}
		for _, scan := range []*literalScan{{t: b}, {t: b, x: blockLiterals(), found: *merged}} {
			if got := legalNoticeScanned(blk, scan); got != want {
				t.Fatalf("%q: legalNoticeScanned = %v, legalNotice %v", b, got, want)
			}
		}
	}
	if words < 1000 || notices < 2 {
		t.Errorf("only %d words and %d notices found", words, notices)
	}
}

// TestContactGate: every block the contact-line pattern matches opens its gate in the
// block's scan, over generated blocks; the pattern is tried on no other.
func TestContactGate(t *testing.T) {
	pieces := []string{"Jane Roe", " can be reached at ", " can be emailed at", " can be contacted at", "can be reached",
		" Can Be Reached At ", "x@example.com", "•", "\t", "é", "_", "reached at", " can be "}
	r := rand.New(rand.NewPCG(5, 8))
	contacts := 0
	for _, b := range randomBlocks(r, pieces, 20000) {
		// Most blocks keep a phrase in lower case, as the pattern wants it.
		if r.IntN(4) != 0 {
			b = b + pieces[1+r.IntN(3)] + b
		}
		scan := literalScan{t: b}
		if compiled().contactLine.MatchString(b) {
			contacts++
			if !scan.candidates().has(contactIndex()) {
				t.Fatalf("%q is a contact line, but its gate is shut", b)
			}
		}
	}
	if contacts < 500 {
		t.Errorf("only %d contact lines", contacts)
	}
}

// TestBlockIndexBases: each list's patterns start in blockLiterals where the lists before
// it end, and a block's scan, made once, holds what the index finds.
func TestBlockIndexBases(t *testing.T) {
	x := blockLiterals()
	if x.leftoverBase != len(compiled().boilerplate) || x.legalBase != x.leftoverBase+len(leftovers().patterns) ||
		x.contact != x.legalBase+len(legalNotices) || x.separator != x.contact+1 || x.separator != len(blockPatterns())-1 {
		t.Errorf("bases %d, %d, %d for %d boilerplate patterns, %d leftovers, %d notices", x.leftoverBase, x.legalBase,
			x.contact, len(compiled().boilerplate), len(leftovers().patterns), len(legalNotices))
	}
	for _, b := range []string{"Read more: x", "Jane Roe can be reached at jane@example.com", "All rights reserved.", ""} {
		scan := literalScan{t: b}
		if scan.x != nil {
			t.Fatalf("%q: scanned before it was asked", b)
		}
		first := scan.candidates()
		if *first != x.candidates(b) || scan.scan() != x || scan.candidates() != first {
			t.Errorf("%q: the scan holds %v, the index finds %v", b, *first, x.candidates(b))
		}
	}
}

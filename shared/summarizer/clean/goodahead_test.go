package clean

import (
	"math"
	"testing"
)

// TestGoodAheadDistances: goodAhead tells, for every block, what a look ahead from it finds:
// a good block with no more than MaxHeadingDistance characters between, whatever the
// distance a caller's Params sets, the largest included (no limit).
func TestGoodAheadDistances(t *testing.T) {
	pages := [][]block{
		{{class: short, length: 12}, {class: short, length: 30}, {class: good, length: 300}},
		{{class: short, length: 12}, {class: bad, length: 150}, {class: nearGood, length: 80}, {class: good, length: 300}, {class: short, length: 5}},
		{{class: good, length: 300}, {class: short, length: 1}, {class: short, length: 1}, {class: good, length: 300}},
	}
	for _, d := range []int{-1, 0, 1, 30, 200, math.MaxInt - 1, math.MaxInt} {
		p := DefaultParams
		p.MaxHeadingDistance = d
		for k, blocks := range pages {
			got := p.goodAhead(blocks)
			for i := range blocks {
				if want := goodFollowsReference(p, blocks, i); got[i] != want {
					t.Errorf("distance %d, page %d, block %d: goodAhead = %v, want %v", d, k, i, got[i], want)
				}
			}
		}
	}
}

package clean

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"testing"
)

// goodPara is a paragraph the cleaner keeps on its own.
const goodPara = "The city council approved the new budget on Monday after a long debate about schools, roads and the future of public transport in the region.\n\n"

// worstCases are inputs that once made the context pass quadratic: long runs of blocks
// that take their class from their neighbours. n scales them.
var worstCases = []struct {
	name string
	text func(n int) string
}{
	// Short blocks between good paragraphs: 5,000 "Yes." paragraphs per unit.
	{"yes", func(n int) string {
		return strings.Repeat(goodPara, 3) + strings.Repeat("Yes.\n\n", 5000*n) + strings.Repeat(goodPara, 3)
	}},
	// One-sentence paragraphs, each near-good: 1,000 per unit (about 100 KB).
	{"onesentence", func(n int) string {
		var sb strings.Builder
		for i := range 1000 * n {
			fmt.Fprintf(&sb, "Striker %d scored twice as United beat Villa 3-1 at Old Trafford on Saturday.\n\n", i)
		}
		return sb.String()
	}},
	// A German article followed by short words all different, each seen twice: 5,000 per
	// unit. Every one of them is a candidate for the text's own stoplist.
	{"shortwords", func(n int) string {
		var sb strings.Builder
		for range 60 {
			sb.WriteString("Der Stadtrat hat am Montag nach einer langen Debatte über die Schulen, die Straßen und die Zukunft des Verkehrs in der Region den neuen Haushalt beschlossen.\n\n")
		}
		for i := range 5000 * n {
			w := string([]byte{'a' + byte(i/26/26/26%26), 'a' + byte(i/26/26%26), 'a' + byte(i/26%26), 'a' + byte(i%26)})
			fmt.Fprintf(&sb, "%s %s ", w, w)
			if i%8 == 7 {
				sb.WriteString("\n\n")
			}
		}
		return sb.String()
	}},
}

// BenchmarkWorstCase cleans each worst case at 1, 4 and 16 units: the time per op must
// grow about fourfold from one size to the next.
func BenchmarkWorstCase(b *testing.B) {
	for _, c := range worstCases {
		for _, n := range []int{1, 4, 16} {
			s := c.text(n)
			b.Run(fmt.Sprintf("%s/%dx", c.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for b.Loop() {
					Text(s)
				}
			})
		}
	}
}

// TestContextLinear: the context pass visits each block a bounded number of times, however
// long the run of blocks that take their class from their neighbours.
func TestContextLinear(t *testing.T) {
	const n = 4000
	for _, c := range []struct {
		name string
		run  class // the class of the long run between good blocks
	}{
		{"short", short},
		{"near-good", nearGood},
		{"bad", bad},
	} {
		t.Run(c.name, func(t *testing.T) {
			blocks := make([]block, 0, n+6)
			for range 3 {
				blocks = append(blocks, block{text: goodPara, class: good, length: len(goodPara)})
			}
			for range n {
				blocks = append(blocks, block{text: "Yes.", class: c.run, length: 4})
			}
			for range 3 {
				blocks = append(blocks, block{text: goodPara, class: good, length: len(goodPara)})
			}
			// Each of the passes visits a block once; headings may look up to
			// MaxHeadingDistance ahead, and there are none here.
			if visits, limit := DefaultParams.context(blocks), 12*len(blocks); visits > limit {
				t.Errorf("context visited %d blocks for %d blocks, want at most %d", visits, len(blocks), limit)
			}
		})
	}
}

// contextReference is the context pass as jusText states it, looking for each block's
// neighbours, and each heading's good text ahead, afresh (quadratic): the linear pass must
// agree with it.
func contextReference(p Params, blocks []block) {
	for i := range blocks {
		if blocks[i].heading && blocks[i].class == short && goodFollowsReference(p, blocks, i) {
			blocks[i].class = nearGood
		}
	}
	orig := make([]class, len(blocks))
	for i, b := range blocks {
		orig[i] = b.class
	}
	neighbour := func(i, step int, ignoreNearGood bool) class {
		for j := i + step; j >= 0 && j < len(orig); j += step {
			c := orig[j]
			if c == short || (ignoreNearGood && c == nearGood) {
				continue
			}
			return c
		}
		return bad
	}
	for i := range blocks {
		if orig[i] != short {
			continue
		}
		prev, next := neighbour(i, -1, true), neighbour(i, 1, true)
		switch {
		case prev == good && next == good:
			blocks[i].class = good
		case prev == bad && next == bad:
			blocks[i].class = bad
		case (prev == bad && neighbour(i, -1, false) == nearGood) || (next == bad && neighbour(i, 1, false) == nearGood):
			blocks[i].class = good
		default:
			blocks[i].class = bad
		}
	}
	for i := range blocks {
		if orig[i] != nearGood {
			continue
		}
		if neighbour(i, -1, true) == bad && neighbour(i, 1, true) == bad {
			blocks[i].class = bad
		} else {
			blocks[i].class = good
		}
	}
	for i := range blocks {
		if blocks[i].heading && blocks[i].class != good && goodFollowsReference(p, blocks, i) && i > 0 && blocks[i-1].class == good {
			blocks[i].class = good
		}
	}
}

// goodFollowsReference reports whether a good block follows block i within
// MaxHeadingDistance characters, looking ahead from it.
func goodFollowsReference(p Params, blocks []block, i int) bool {
	dist := 0
	for j := i + 1; j < len(blocks) && dist <= p.MaxHeadingDistance; j++ {
		if blocks[j].class == good {
			return true
		}
		dist += blocks[j].length
	}
	return false
}

// TestContextMatchesReference compares the context pass with the reference on every
// sequence of up to six blocks of every class, heading or not.
func TestContextMatchesReference(t *testing.T) {
	kinds := []block{
		{class: bad, length: 30}, {class: short, length: 4}, {class: nearGood, length: 120},
		{class: good, length: 250}, {class: short, heading: true, length: 20},
		{class: nearGood, heading: true, length: 80},
	}
	var walk func(seq []block)
	walk = func(seq []block) {
		got, want := append([]block(nil), seq...), append([]block(nil), seq...)
		DefaultParams.context(got)
		contextReference(DefaultParams, want)
		for i := range got {
			if got[i].class != want[i].class {
				t.Fatalf("sequence %v: block %d is %v, want %v", seq, i, got[i].class, want[i].class)
			}
		}
		if len(seq) == 6 {
			return
		}
		for _, k := range kinds {
			walk(append(seq[:len(seq):len(seq)], k))
		}
	}
	walk(nil)
}

// TestMostFrequentScales: choosing a text's own stopwords compares its distinct words
// n log n times, not once per pair.
func TestMostFrequentScales(t *testing.T) {
	for _, n := range []int{100, 10000} {
		count := make(map[string]int, n)
		for i := range n {
			count[fmt.Sprintf("w%05d", i)] = 2 + i%3
		}
		top, compares := mostFrequent(count, 40)
		if len(top) != min(n, 40) {
			t.Errorf("%d words: got %d most frequent, want %d", n, len(top), min(n, 40))
		}
		if limit := 4 * n * bits.Len(uint(n)); compares > limit {
			t.Errorf("%d words: %d comparisons, want at most %d", n, compares, limit)
		}
	}
}

// TestMostFrequentOrder: the most frequent words first, ties alphabetical, once-seen words
// left out.
func TestMostFrequentOrder(t *testing.T) {
	tests := []struct {
		count map[string]int
		k     int
		want  []string
	}{
		{map[string]int{"der": 5, "die": 7, "und": 5, "ein": 1, "zu": 2}, 40, []string{"die", "der", "und", "zu"}},
		{map[string]int{"der": 5, "die": 7, "und": 5, "zu": 2}, 2, []string{"die", "der"}},
		{map[string]int{"ein": 1}, 40, nil},
	}
	for _, tt := range tests {
		if got, _ := mostFrequent(tt.count, tt.k); !slices.Equal(got, tt.want) {
			t.Errorf("mostFrequent(%v, %d) = %v, want %v", tt.count, tt.k, got, tt.want)
		}
	}
}

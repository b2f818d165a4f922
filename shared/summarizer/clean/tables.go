package clean

import (
	"strings"
	"unicode"
)

// A table that an article announces ("Final standings after 36 races:") is saved by a naive
// scraper one cell per line: hundreds of short blocks, names and figures, that read as a
// menu and are far longer than the gap that ends a run. Standings, results and polls are
// written so; a menu or a feed is seldom mostly figures, and no sentence announces it.

const (
	// maxCellLen is the longest a table cell runs, in characters.
	maxCellLen = 40
	// minCells is the fewest cells a table holds.
	minCells = 8
)

// markTables marks the cells of the tables the page's lines announce: a line of four words
// or more ending in a colon, then minCells short cells or more, two in five of them figures.
func markTables(blocks []block) {
	for i := 0; i < len(blocks); i++ {
		if !endsWithColon(blocks[i].text) || countWords(blocks[i].text) < 4 {
			continue
		}
		j, figures := i+1, 0
		for j < len(blocks) && blocks[j].length <= maxCellLen && !blocks[j].feed {
			if figure(blocks[j].text) {
				figures++
			}
			j++
		}
		if cells := j - i - 1; cells >= minCells && figures*5 >= cells*2 {
			for k := i + 1; k < j; k++ {
				blocks[k].cell = true
			}
		}
		// The stretch is not scanned again from a line inside it: the pass stays linear.
		i = max(i, j-1)
	}
}

// figure reports whether cell t is a number: digits and the signs that go with them
// ("5040", "-12", "1.5", "3-1", "45%").
func figure(t string) bool {
	return t != "" && strings.IndexFunc(t, unicode.IsDigit) >= 0 && strings.Trim(t, "0123456789.,:-–+%/ ") == ""
}

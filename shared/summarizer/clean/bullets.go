package clean

import (
	"strings"
	"unicode/utf8"
)

// Text that users write or paste by hand marks a list's items ("- hiring 45 new teachers",
// "• March 3 at Lincoln High School"). Saved under one another with no blank line between,
// the items are one paragraph of the text, and read as one run-on sentence; each is an item.
// A list the article announces with a colon is body wherever it stands, its last part too.

const (
	// minBulletItems is the fewest items a marked list holds.
	minBulletItems = 2
	// minBulletWords is the fewest words its items hold on average: a menu's items
	// ("- Home", "- About") hold one or two.
	minBulletWords = 3
)

// bulletItem reports whether line t opens with a list item's marker: a dash, an asterisk or
// a bullet and a space.
func bulletItem(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	switch r {
	case '-', '*', '•', '–', '◦', '▪':
		return len(t) > n+1 && t[n] == ' '
	}
	return false
}

// bulletLines reports whether a paragraph is a marked list: minBulletItems lines or more,
// each opening with a marker.
func bulletLines(para string) bool {
	n := 0
	for l := range lines(strings.TrimSpace(para)) {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if !bulletItem(l) {
			return false
		}
		n++
	}
	return n >= minBulletItems
}

// markBulletLists marks as cells of the article's run the marked lists it announces: a line
// ending in a colon right after a body block (own class; weighty), then minBulletItems
// marked items or more that average minBulletWords words, short items after them left out.
func markBulletLists(blocks []block, own []class) {
	for i := 1; i+minBulletItems < len(blocks); i++ {
		if !endsWithColon(blocks[i].text) || !weighty(blocks[i-1], own[i-1]) || blocks[i-1].class != good {
			continue
		}
		j, words := i+1, 0
		for j < len(blocks) && bulletItem(blocks[j].text) {
			j++
		}
		next := j
		// Short items at the end are a menu's that follows the list (no blank line between).
		for j > i+1 && !wordsAtLeast(blocks[j-1].text, minBulletWords) {
			j--
		}
		for k := i + 1; k < j; k++ {
			words += countWords(blocks[k].text)
		}
		if items := j - i - 1; items >= minBulletItems && words >= minBulletWords*items {
			for k := i; k < j; k++ {
				blocks[k].cell = true
			}
		}
		// The list is not scanned again from an item inside it: the pass stays linear.
		i = max(i, next-1)
	}
}

package clean

import (
	"strings"
	"unicode/utf8"
)

// keepNumberedLists keeps a numbered or dated list that the article runs into or out of:
// three items or more numbered in order ("1) …", "2. …", "3a etapa: …") or each opening
// with a day ("June 9 – …"), starting right after a body block (or a line ending in a colon,
// or a heading, that follows one) or ending right before one. A line between two numbered
// items, such as an item's link, goes with them. Best-of lists, programmes and results are written so; a feed seldom numbers its
// items, and when it does no body block is next to it.
func keepNumberedLists(blocks []block) {
	for i := 0; i < len(blocks); i++ {
		items, end := 0, i // end: one past the last item
		switch {
		case itemNumber(blocks[i].text) == 1:
			items, end = 1, i+1
			for j := i + 1; j < len(blocks) && j <= end+1; j++ {
				if itemNumber(blocks[j].text) == items+1 {
					items++
					end = j + 1
				}
			}
		case datedItem(blocks[i].text):
			for end < len(blocks) && datedItem(blocks[end].text) {
				items++
				end++
			}
		}
		if items < 3 {
			continue
		}
		body := func(k int) bool { return k >= 0 && k < len(blocks) && blocks[k].class == good && !blocks[k].heading }
		start := i
		switch {
		case i > 0 && strings.HasSuffix(blocks[i-1].text, ":") && body(i-2):
			start = i - 1 // the paragraph that introduces the list
		case i > 0 && blocks[i-1].heading && body(i-2):
			start = i - 1 // the list's own heading ("Tour dates")
		}
		if body(start-1) || body(end) {
			for k := start; k < end; k++ {
				blocks[k].class = good
			}
		}
		i = end - 1
	}
}

// datedItem reports whether t is an item of a list of dates: a month and a day, a dash, an
// at sign or a colon, and what happens then ("June 9 – West Palm Beach, FL @ Coral Sky").
func datedItem(t string) bool {
	if len(t) > 200 || !opensWithMonth(t) {
		return false
	}
	fields := strings.Fields(t)
	if len(fields) < 4 || monthOf(fields[0]) == 0 {
		return false
	}
	day := strings.TrimRight(fields[1], ",.")
	if n := len(day); n == 0 || n > 2 || day[0] < '0' || day[0] > '9' || day[n-1] < '0' || day[n-1] > '9' {
		return false
	}
	sep, _ := utf8.DecodeRuneInString(fields[2])
	return strings.ContainsRune("-–—@:|", sep)
}

// opensWithMonth reports whether t opens with a month's first three letters, in any case:
// what a first word that monthOf reads as a month opens with. Most blocks fail it at their
// first byte. A block of Params.Blocks is not squeezed: one byte of white space may come
// before the month, which datedItem has always found within a block's first four bytes.
func opensWithMonth(t string) bool {
	if len(t) > 0 && asciiSpace(t[0]) {
		t = t[1:]
	}
	if len(t) < 3 {
		return false
	}
	c := lowerByte(t[0])
	return strings.IndexByte("adfjmnos", c) >= 0 && monthKeys[[3]byte{c, lowerByte(t[1]), lowerByte(t[2])}]
}

// itemNumber returns the number a list item opens with ("1)", "2.", "#3", "4a", "5º", "6 –"),
// or 0.
func itemNumber(t string) int {
	t = strings.TrimPrefix(t, "#")
	n, i := 0, 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		n = n*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || i == len(t) {
		return 0
	}
	rest := t[i:]
	r, size := utf8.DecodeRuneInString(rest)
	switch {
	case strings.ContainsRune(").:", r):
		return n
	case strings.ContainsRune("aªº°", r) && strings.HasPrefix(rest[size:], " "):
		return n
	case strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " –") || strings.HasPrefix(rest, " —"):
		return n
	}
	return 0
}

package clean

import (
	"regexp"
	"strconv"
	"sync"
)

// A scraper that drops the line breaks between a list's items saves the whole list as one
// long block: a tour's dates ("June 9 – West Palm Beach, FL June 10 – Tampa, FL …") or a
// season's rounds ("1a etapa: 10 de março – Interlagos 2a etapa: …"). Such a block has hardly
// a function word and reads as boilerplate, yet it is the list the article announced.

// minFlatItems is the fewest items a flattened list holds.
const minFlatItems = 3

// flatItems matches an item's opening inside a block: a month and a day followed by a dash,
// an at sign or a colon, or a number with an ordinal mark or a closing bracket.
var flatItems = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|\s)(?:` + month + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s*(?:-{1,2}|–|—|@|:)\s|(\d{1,2})(?:[aªº°]|\))\s)`)
})

// flatList reports whether t holds a list whose items were run together: minFlatItems
// dated items, or items numbered 1, 2, 3… in order.
func flatList(t string) bool {
	if len(t) < 40 || len(t) > maxNoticeLen*8 || !hasDigit(t) {
		return false
	}
	if dated, numbered := itemEnds(t); dated < minFlatItems && numbered < minFlatItems {
		return false // too few places where an item can end for the expression to find enough
	}
	dated, next := 0, 1
	for _, m := range flatItems().FindAllStringSubmatch(t, -1) {
		if m[1] == "" {
			dated++
		} else if n, _ := strconv.Atoi(m[1]); n == next {
			next++
		}
		if dated >= minFlatItems || next > minFlatItems {
			return true
		}
	}
	return false
}

// itemEnds counts the places in t where a match of flatItems can end: a dash, an at sign
// or a colon before a space (a dated item), and an ordinal mark or a closing bracket after a
// digit and before a space (a numbered one). Each match holds its own, so fewer than
// minFlatItems of both rule a flattened list out without the expression.
func itemEnds(t string) (dated, numbered int) {
	for i := 1; i+1 < len(t); i++ {
		switch t[i+1] {
		case ' ', '\t', '\n', '\f', '\r':
		default:
			continue
		}
		switch c := t[i]; {
		case c == '-' || c == '@' || c == ':':
			dated++
		case c == 'a' || c == 'A' || c == ')':
			if isDigit(t[i-1]) {
				numbered++
			}
		case i >= 2 && (t[i-2:i+1] == "–" || t[i-2:i+1] == "—"):
			dated++
		case i >= 2 && isDigit(t[i-2]) && (t[i-1:i+1] == "ª" || t[i-1:i+1] == "º" || t[i-1:i+1] == "°"):
			numbered++
		}
	}
	return dated, numbered
}

// keepFlatLists keeps a flattened list that the article runs into: right after a body
// block, or after a heading or a line ending in a colon that follows one; or under its
// heading, when it reads as text on its own (own class near-good).
func keepFlatLists(blocks []block, own []class) {
	body := func(k int) bool { return k >= 0 && blocks[k].class == good && !blocks[k].heading }
	for i := range blocks {
		if blocks[i].class == good || blocks[i].repeated {
			continue
		}
		// Where the block stands is cheaper to tell than what it holds.
		switch {
		case body(i-1) && flatList(blocks[i].text):
			blocks[i].class = good
		case i > 0 && (blocks[i-1].heading || endsWithColon(blocks[i-1].text)) && body(i-2) && flatList(blocks[i].text):
			blocks[i-1].class, blocks[i].class = good, good
		case i > 0 && blocks[i-1].heading && own[i] >= nearGood && flatList(blocks[i].text):
			// A list under its heading that reads as text of the page's language, with
			// function words between its figures: the article may be nothing else.
			blocks[i-1].class, blocks[i].class = good, good
		}
	}
}

func endsWithColon(t string) bool { return t != "" && t[len(t)-1] == ':' }

func hasDigit(t string) bool {
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) {
			return true
		}
	}
	return false
}

package clean

import (
	"unicode/utf8"
)

// A shopping article ("the 10 best deals on …") runs from its paragraphs into cards, one per
// product: a name, a list of features, the price on a line of its own, a "Buy Now" button.
// A naive scraper saves each of those on its own line, short and without function words, so
// each reads as a menu; yet the cards are what the article announced. A sidebar's product
// widget looks the same, but stands apart from the article's paragraphs.

const (
	// maxCardBlocks is the most blocks a product card holds, price to price.
	maxCardBlocks = 24
	// minCards is the fewest cards a list of them holds.
	minCards = 3
	// minCardBlocks is the fewest blocks a product card holds on average, price to price: a
	// name, a feature or two, the price, a button. A shop's widget lists names and prices.
	minCardBlocks = 4
	// maxPriceLen is the longest a price on its own line runs ("US$1,299.99").
	maxPriceLen = 16
)

// markCards marks as cells the product cards that follow the article's paragraphs: from the
// block after a body block (own class; weighty) through the last of minCards prices or more,
// each within maxCardBlocks of the one before and minCardBlocks apart on average, and the lines after the last price that
// repeat those after the price before it (the card's button). A feed header ends the cards.
func markCards(blocks []block, own []class) {
	lastBody := -1 // the last body block not yet followed by a price
	for i := 0; i < len(blocks); i++ {
		if weighty(blocks[i], own[i]) && blocks[i].class == good {
			lastBody = i
			continue
		}
		if !price(blocks[i].text) || lastBody < 0 || i-lastBody > maxCardBlocks || feedSince(blocks, lastBody+1, i) {
			continue
		}
		prices := []int{i}
		for j := i + 1; j < len(blocks) && j-prices[len(prices)-1] <= maxCardBlocks && !blocks[j].feed; j++ {
			if price(blocks[j].text) {
				prices = append(prices, j)
			}
		}
		if len(prices) < minCards || (prices[len(prices)-1]-prices[0]) < minCardBlocks*(len(prices)-1) {
			// The chain is not scanned again from a price inside it: the pass stays linear.
			i, lastBody = prices[len(prices)-1], -1
			continue
		}
		last, prev := prices[len(prices)-1], prices[len(prices)-2]
		end := last + 1
		for k := 1; end < len(blocks) && prev+k < last && blocks[end].text == blocks[prev+k].text; k++ {
			end++
		}
		for k := lastBody + 1; k < end; k++ {
			blocks[k].cell = true
		}
		i, lastBody = end-1, -1
	}
}

// price reports whether t is a price on its own: a currency sign and an amount, on either
// side ("$139.00", "€ 24,99", "24,99 €", "£5").
func price(t string) bool {
	if len(t) < 2 || len(t) > maxPriceLen {
		return false
	}
	first, n := utf8.DecodeRuneInString(t)
	last, m := utf8.DecodeLastRuneInString(t)
	switch {
	case currency(first):
		t = t[n:]
	case currency(last):
		t = t[:len(t)-m]
	default:
		return false
	}
	if t != "" && t[0] == ' ' {
		t = t[1:]
	} else if t != "" && t[len(t)-1] == ' ' {
		t = t[:len(t)-1]
	}
	if t == "" || !isDigit(t[0]) || !isDigit(t[len(t)-1]) {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; !isDigit(c) && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

func currency(r rune) bool {
	switch r {
	case '$', '€', '£', '¥', '₹':
		return true
	}
	return false
}

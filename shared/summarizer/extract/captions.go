package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// maxCaptionBytes bounds the text of an element dropped as a caption: a caption or a credit
// runs to a few lines, so a long element whose class happens to end in "caption" is kept.
const maxCaptionBytes = 600

// dropCaptions removes the captions and picture credits that pages mark by class or id
// rather than with <figcaption> ("InlineImage-imageEmbedCaption", "wp-caption-text",
// "photo-credit"): they describe a picture, and a caption's long sentence would otherwise
// read as the article's lead. Pop-up cards of links (namedPopup) go too.
func dropCaptions(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (namedCaption(c) || namedPopup(c) && holdsLink(c) && !loneLink(c)) && textBytes(c, maxCaptionBytes+1) <= maxCaptionBytes {
			n.RemoveChild(c)
		} else {
			dropCaptions(c)
		}
		c = next
	}
}

// namedCaption reports whether a class or the id of n names a caption or a credit: a name
// ending in one ("imageEmbedCaption", "photo-credits", "wp-caption-text"), not one that merely
// holds the word ("has-captions", "caption-wrapper").
func namedCaption(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, name := range strings.Fields(a.Val) {
			name = strings.TrimSuffix(strings.ToLower(name), "-text")
			if strings.HasSuffix(name, "caption") || strings.HasSuffix(name, "credit") || strings.HasSuffix(name, "credits") {
				return true
			}
		}
	}
	return false
}

// popupNames are what pages call the cards that pop up over a name or a link ("rollover-
// people-block", "tooltip", "hovercard"): a person's full name, a picture and links to
// other stories, hidden until a reader points at the link, that a reader never sees in the
// paragraph's flow.
var popupNames = []string{"rollover", "tooltip", "hovercard", "hover-card", "popover"}

// namedPopup reports whether a class or the id of n names a pop-up card.
func namedPopup(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		val := strings.ToLower(a.Val)
		for _, name := range popupNames {
			if strings.Contains(val, name) {
				return true
			}
		}
	}
	return false
}

// holdsLink reports whether n holds a link.
func holdsLink(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "a" || holdsLink(c)) {
			return true
		}
	}
	return false
}

// loneLink reports whether all n holds is one link and the space around it: the name a card
// pops up over ("<span class="tooltip-trigger"><a>John Smith</a></span>"), which is the
// paragraph's text, rather than the card, which holds more.
func loneLink(n *html.Node) bool {
	links := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.Data == "a":
				links++
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "", c.Type == html.ElementNode && c.Data == "img":
				return false
			case c.Type == html.ElementNode && !walk(c):
				return false
			}
			if links > 1 {
				return false
			}
		}
		return true
	}
	return walk(n) && links == 1
}

// textBytes counts the bytes of text under n, stopping once it reaches limit.
func textBytes(n *html.Node, limit int) int {
	total := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && total < limit; c = c.NextSibling {
			if c.Type == html.TextNode {
				total += len(strings.TrimSpace(c.Data))
			} else {
				walk(c)
			}
		}
	}
	walk(n)
	return total
}

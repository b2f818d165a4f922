package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// embedClasses mark a post from a social network quoted in a story: a tweet, an Instagram
// or TikTok post, as their embed code writes them before any script runs.
var embedClasses = []string{"twitter-tweet", "instagram-media", "tiktok-embed"}

// maxEmbedWrappers is how many elements above an embedded post are looked at.
const maxEmbedWrappers = 3

// keepEmbeddedPosts keeps the posts a story quotes, which a reader sees in the article's
// flow: it clears the classes that would make readability take the box around one for a
// share bar ("social-media-embed"), and turns the post's links (its author, its date, a
// shortened address) into plain text, which would make it a list of links.
func keepEmbeddedPosts(root *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Blockquote && isEmbeddedPost(n) {
			p := n.Parent
			for i := 0; i < maxEmbedWrappers && p != nil && p.DataAtom != atom.Body; i++ {
				dropSocialClass(p)
				p = p.Parent
			}
			unlink(n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
}

func isEmbeddedPost(n *html.Node) bool {
	class := attr(n, "class")
	for _, c := range embedClasses {
		if strings.Contains(class, c) {
			return true
		}
	}
	return false
}

// dropSocialClass removes the class and id of n when they name it a social box.
func dropSocialClass(n *html.Node) {
	out := n.Attr[:0]
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && strings.Contains(strings.ToLower(a.Val), "social") {
			continue
		}
		out = append(out, a)
	}
	n.Attr = out
}

// unlink turns the links under n into plain text.
func unlink(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			c.Data, c.DataAtom, c.Attr = "span", atom.Span, nil
		}
		unlink(c)
	}
}

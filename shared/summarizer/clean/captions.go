package clean

import (
	"regexp"
	"strings"
	"sync"
)

// pageLeftovers matches more of what pages leave between an article's paragraphs: a
// picture's caption that ends in its credit ("… in Hialeah, Fla. (AP Photo/Alan Diaz,
// File)"), a link to another story in brackets ("[Related: …]"), a CMS shortcode that was
// never rendered ("[button link=…]Send us your review[/button]") and a video player's end
// card.
var pageLeftovers = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:.*\((?:[^()]*[\s/])?(?:photos?|photograph|image|picture|video)(?: by| credit| courtesy)?\s*[:/][^()]*\)|\[(?:related|see also|read more|read also|more|also read)\b[^\]]*\]|\[\w+(?:\s[^\]]*)?\].*\[/\w+\]|thanks for watching\W*)$`)
})

// maxLeftoverLen bounds the blocks tried: a caption runs to a few lines at most.
const maxLeftoverLen = 400

// leftover reports whether block t is such a leftover.
func leftover(t string) bool {
	if len(t) > maxLeftoverLen {
		return false
	}
	switch last := t[len(t)-1]; {
	case last == ')':
		return (containsFold(t, "photo") || containsFold(t, "image") || containsFold(t, "picture") || containsFold(t, "video")) && pageLeftovers().MatchString(t)
	case last == ']':
		return strings.IndexByte(t, '[') >= 0 && pageLeftovers().MatchString(t)
	case last == '!' || last == '.':
		return hasPrefixFold(t, "thanks for watching")
	}
	return false
}

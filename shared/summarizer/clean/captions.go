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

// widgetLine matches the labels of a page's widgets that stand between an article's
// paragraphs or below them: share bars ("Share this:", "This story has been shared 44,976
// times."), picture credits ("Image copyright Getty Images"), the headers of topic and
// trending lists, and prompts to follow or listen to the publisher elsewhere.
var widgetLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:share (?:this|selection)\W*|this (?:story|article|post) has been shared [\d,.]+k? times\W*|read more about sharing\W*|image (?:copyright|source|credit)\b.{0,80}|related topics|more on this story|read next|trending now(?: on .{1,40})?|listen to .{1,60}\blive\b.*|follow .{1,60} on (?:instagram|facebook|twitter|youtube|tiktok|snapchat)\b.*)$`)
})

// maxWidgetLine bounds the blocks widgetLine is tried on.
const maxWidgetLine = 160

// maxLeftoverLen bounds the blocks tried: a caption runs to a few lines at most.
const maxLeftoverLen = 400

// leftover reports whether block t is such a leftover or a widget's line.
func leftover(t string) bool {
	if len(t) > maxLeftoverLen {
		return false
	}
	if len(t) <= maxWidgetLine && strings.IndexByte("sStTrRiIlLfFmM", t[0]) >= 0 && widgetLine().MatchString(t) {
		return true
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

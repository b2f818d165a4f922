package clean

import "sync"

// leftovers are more of what pages leave between an article's paragraphs or below them,
// each matching a whole block (a pattern that may match anywhere starts with .* and holds
// no top-level alternation, so that compileAll can gate it on its literals): a picture's caption that ends in its credit ("… in Hialeah,
// Fla. (AP Photo/Alan Diaz, File)"), a link to another story in brackets ("[Related: …]"),
// a CMS shortcode that was never rendered ("[button link=…]Send us your review[/button]"),
// a video player's end card, and the labels and messages of a page's widgets: share bars
// and share counts, picture credits, topic and trending headers, prompts to follow or
// listen to the publisher elsewhere, a newsletter form's messages, a picture's credit line
// ("Jane Roe | Bloomberg | Getty Images"), a form's legal lines and a short cookie notice.
var leftovers = sync.OnceValue(func() *patternIndex {
	return newPatternIndex([]string{
		`.*\((?:[^()]*[\s/])?(?:photos?|photograph|image|picture|video)(?: by| credit| courtesy)?\s*[:/][^()]*\)`,
		`\[(?:related|see also|read more|read also|more|also read)\b[^\]]*\]`,
		`\[\w+(?:\s[^\]]*)?\].*\[/\w+\]`,
		`thanks for watching\W*`,
		`share (?:this|selection)\W*`,
		`this (?:story|article|post) has been shared [\d,.]+k? times\W*`,
		`read more about sharing\W*`,
		`image (?:copyright|source|credit)\b.{0,80}`,
		// A caption saved with its label, which a scraper may glue to it ("Media captionWho
		// is …"; not "captions" or "captioning"), and a video player's notice.
		`(?:image|media) caption(?:[\s:]|[a-hj-rt-z]).{0,300}`,
		`media playback is (?:unsupported|not supported) on your device\W*`,
		`related topics|more on this story|read next|trending now(?: on .{1,40})?`,
		`listen to .{1,60}\blive\b.*`,
		`follow .{1,60} on (?:instagram|facebook|twitter|youtube|tiktok|snapchat)\b.*`,
		`(?:thanks|thank you) for (?:signing up|subscribing)\W*`,
		`keep an eye on your inbox\b.*`,
		`.*\bopt-in box\b.*`,
		`there was an error processing your (?:subscription|request|sign-?up)\W*`,
		`.*\bdelivered (?:straight |right |directly )?(?:to|through) your inbox\b.*`,
		// A magazine's offer; news tells of parcels and leaflets delivered to your door too.
		`(?:get|have|receive)\b.{0,100}\bdelivered (?:straight |right |directly )?(?:to|through) your (?:letterbox|door)\b.*`,
		`(?:get|receive|sign up|subscribe|let)\b.{0,100}\b(?:in|to|meet|hits?) your inbox\b.{0,80}`,
		`no spam\b.*`,
		`.*\bunsubscribe at any time\b.*`,
		`show more sharing options|copy (?:this )?link(?: url)?(?: copied!?)?`,
		`(?:our|this) (?:web ?site|site) uses cookies\b.*`,
		`.*\bprotected by recaptcha\b.*`,
		`.*\bconstitutes acceptance of (?:our|the|its)\b.*`,
		`community rules apply\b.*`,
	})
})

// creditLine is a picture's credit line ("Jane Roe | Bloomberg | Getty Images"). It has no
// literal to gate it on, and would run on every short block, so leftover tries it only on
// blocks that hold its separator.
var creditLine = sync.OnceValue(func() *screenedRE {
	return screen(`(?i)^(?:\(?(?:[^()|/]{2,60}\s*` + creditSeparators + `\s*){1,3}(?:getty images|the associated press|associated press|ap|reuters|afp|bloomberg|shutterstock|epa)\)?)$`)
})

// maxLeftoverLen bounds the blocks tried: a caption runs to a few lines at most.
const maxLeftoverLen = 400

// leftover reports whether block t is such a leftover.
func leftover(t string) bool { return leftoverScanned(t, &literalScan{t: t}) }

// leftoverScanned is leftover, reading the patterns t may match off scan.
func leftoverScanned(t string, scan *literalScan) bool {
	if len(t) > maxLeftoverLen {
		return false
	}
	x := scan.scan()
	return x.leftovers.matchIn(t, &scan.found, x.leftoverBase) || scan.found.has(x.separator) && creditLine().MatchString(t)
}

// creditSeparators are the characters between a credit line's names, one of which the
// block's scan finds before creditLine is tried.
const creditSeparators = `[|/]`

// patternIndex is a list of whole-block patterns with the literal index that tells which of
// them a block may match.
type patternIndex struct {
	patterns []pattern
	index    literalIndex
}

func newPatternIndex(exprs []string) *patternIndex {
	x := &patternIndex{patterns: compileAll(exprs)}
	if len(x.patterns) > maxPatterns {
		panic("clean: more patterns than a patternSet holds")
	}
	for i, p := range x.patterns {
		x.index.add(i, p)
	}
	return x
}

// matchIn reports whether t matches one of the patterns, given the set of those it may
// match, where pattern i is from+i.
func (x *patternIndex) matchIn(t string, maybe *patternSet, from int) bool {
	for i := maybe.next(from); i >= 0 && i < from+len(x.patterns); i = maybe.next(i + 1) {
		if p := &x.patterns[i-from]; p.matches(t) {
			return true
		}
	}
	return false
}

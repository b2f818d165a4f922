package clean

import (
	"regexp"
	"sync"
)

// legalNotices are the legal lines of a page's footer, which run longer than the blocks the
// boilerplate patterns are tried on: trademark notices, registered offices, market-data and
// health disclaimers ("results vary", "consult your physician before beginning", "for
// informational purposes only"). Each expression follows \b and is tried, anywhere in the
// block, only when the block holds its word at a word start: a word every match holds,
// its rarest rather than its first, so that common words of prose ("the information",
// "data", "results") do not send a paragraph to the expression.
var legalNotices = []struct{ word, expr string }{
	{"trademark", `(?:is|are) (?:a )?registered trademarks? of`},
	{"registered office", `registered office:`},
	{"provided by", `(?:quote|market) data (?:is )?provided by`},
	{"rights reserved", `all rights reserved`},
	{"drug administration", `(?:have|has) not been evaluated by the food and drug administration`},
	{"diagnose", `not intended to diagnose, treat`},
	{"information (?:provided|contained|presented)", `the information (?:provided|contained|presented) (?:on|in) this (?:web ?site|site|page)`},
	{"vary depending", `results (?:may |will )?vary depending`},
	{"consult (?:your|a) ", `consult (?:your|a) (?:physician|doctor|health ?care (?:provider|professional))\b.{0,80}\bbefore (?:beginning|starting|using|taking)`},
	{"informational", `for (?:general )?informational purposes only`},
	{"substitute for", `not (?:intended (?:as|to be) )?a substitute for (?:professional )?(?:medical )?advice`},
}

// minLegalLen is the fewest bytes a match of legalNotices holds ("registered office:"):
// a menu's short items need no scan for their words.
const minLegalLen = 18

// legalExprs are legalNotices' expressions compiled, in their order. Apart, each is a
// small program the backtracker runs; their alternation ran on regexp's NFA, several
// times slower.
var legalExprs = sync.OnceValue(func() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(legalNotices))
	for i, n := range legalNotices {
		out[i] = regexp.MustCompile(`(?i)\b(?:` + n.expr + `)`)
	}
	return out
})

// legalNotice reports whether a block that quotes no one is a footer's legal notice.
func legalNotice(b block) bool { return legalNoticeScanned(b, &literalScan{t: b.text}) }

// legalNoticeScanned is legalNotice, reading the notices b may be off scan, b's scan.
func legalNoticeScanned(b block, scan *literalScan) bool {
	if b.speech || len(b.text) > maxNoticeLen || len(b.text) < minLegalLen {
		return false
	}
	// Only the expressions whose words the block holds, found in one pass, need trying.
	maybe, from := scan.legal()
	exprs := legalExprs()
	for i := maybe.next(from); i >= 0 && i < from+len(exprs); i = maybe.next(i + 1) {
		if exprs[i-from].MatchString(b.text) {
			return true
		}
	}
	return false
}

// legalPatterns are the gates of legalNotices: each notice's word, at a word start.
func legalPatterns() []pattern {
	out := make([]pattern, len(legalNotices))
	for i, n := range legalNotices {
		out[i] = pattern{gate: gateOf(`(?i)` + n.word), anywhere: true, wordStart: true}
	}
	return out
}

// legalWords finds the words of legalNotices a block holds: pattern i is legalNotices[i].
var legalWords = sync.OnceValue(func() *literalIndex {
	x := &literalIndex{}
	for i, p := range legalPatterns() {
		x.add(i, p)
	}
	return x
})

// commentPolicyRE matches a comment section's rules ("please be respectful of other
// commenters", "X moderates comments to…"), which open the section however long they are.
var commentPolicyRE = sync.OnceValue(func() *screenedRE {
	return screen(`(?i)\b(?:moderates? (?:all )?comments|comments? (?:are|is) moderated|respectful of other commenters|(?:as|when) you comment\b|our goal with (?:article )?comments)`)
})

// commentPolicy reports whether block t states a comment section's rules.
func commentPolicy(t string) bool {
	return len(t) <= maxNoticeLen && containsFold(t, "comment") && commentPolicyRE().MatchString(t)
}

// bioRE matches a contributor's note: a name (and perhaps an address in brackets), then "is
// a … reporter for …", "is the editor of …", "is a … native now living in …".
var bioRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:\s*\([^)]{1,60}\))?\s+is (?:a|an|the)\s+(?:[^.]{0,80}\b(?:reporter|writer|editor|journalist|correspondent|columnist|contributor|producer|photographer|publisher|author|freelancer|blogger)s?\b|[^.]{0,60}\bnative\b[^.]{0,40}\bliving in\b)`)
})

// dropTrailingBios drops the contributors' notes that end the article (a note that quotes
// no one), from the last body block up.
func dropTrailingBios(blocks []block) {
	for i := len(blocks) - 1; i >= 0; i-- {
		b := &blocks[i]
		if b.class != good || b.heading {
			continue
		}
		if b.speech || len(b.text) > 600 || !bioRE().MatchString(b.text) {
			return
		}
		b.class = bad
	}
}

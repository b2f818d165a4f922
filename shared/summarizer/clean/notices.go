package clean

import (
	"regexp"
	"sync"
)

// legalRE matches the legal lines of a page's footer, which run longer than the blocks the
// boilerplate patterns are tried on: trademark notices, registered offices, market-data and
// health disclaimers ("results vary", "consult your physician before beginning", "for
// informational purposes only").
var legalRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:(?:is|are) (?:a )?registered trademarks? of|registered office:|(?:quote|market) data (?:is )?provided by|all rights reserved|(?:have|has) not been evaluated by the food and drug administration|not intended to diagnose, treat|the information (?:provided|contained|presented) (?:on|in) this (?:web ?site|site|page)|results (?:may |will )?vary depending|consult (?:your|a) (?:physician|doctor|health ?care (?:provider|professional))\b.{0,80}\bbefore (?:beginning|starting|using|taking)|for (?:general )?informational purposes only|not (?:intended (?:as|to be) )?a substitute for (?:professional )?(?:medical )?advice)`)
})

// legalNotice reports whether a block that quotes no one is a footer's legal notice.
func legalNotice(b block) bool {
	if b.speech || len(b.text) > maxNoticeLen {
		return false
	}
	// The expression runs over the whole block: only blocks holding one of its words, found
	// in one pass, need it.
	maybe := legalWords().candidates(b.text)
	return maybe.has(0) && legalRE().MatchString(b.text)
}

// legalWords finds the words every legal notice legalRE matches holds one of: for each
// alternative, its rarest words rather than its first, so that common words of prose ("the
// information", "data", "results") do not send a paragraph to the expression.
var legalWords = sync.OnceValue(func() *literalIndex {
	x := &literalIndex{}
	x.add(0, pattern{gate: gateOf(`(?i)(?:trademark|registered office|provided by|rights reserved|drug administration|diagnose|information (?:provided|contained|presented)|vary depending|consult (?:your|a) |informational|substitute for)`), anywhere: true, wordStart: true})
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

package clean

import (
	"regexp"
	"sync"
)

// commentHeader matches the block that opens a page's reader comments ("34 Comments",
// "12 responses to “…”", "Leave a Reply", "Join the conversation"). Nothing after it is the
// article: pages put comments, and then only footers, below the story.
var commentHeader = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^[\s\[(]*(?:\d+ (?:comments?|responses?|replies|thoughts?)(?: (?:to|on) .*)?|(?:one|\d+) (?:response|thought)s? (?:to|on) .*|comments?(?: \(\d+\))?|leave a (?:reply|comment).*|post a comment|add a comment|join the (?:conversation|discussion).*|(?:show|view|load|read) (?:all )?\d* ?comments.*|permalink \d+ comments.*|discussion(?: \(\d+\))?|top rated comments|reader comments)[\s\])]*$`)
})

// cutComments drops every block from the first comment-section header after the body began.
func cutComments(blocks []block) {
	seenBody := false
	re := commentHeader()
	for i := range blocks {
		if blocks[i].class == good && !blocks[i].heading && blocks[i].length >= 150 {
			seenBody = true
		}
		if seenBody && blocks[i].length < 120 && re.MatchString(blocks[i].text) {
			for j := i; j < len(blocks); j++ {
				blocks[j].class = bad
			}
			return
		}
	}
}

// maxGap is how much non-body text (in characters) may separate two parts of one article:
// a pull quote, an embedded picture's caption, a short list of links.
const maxGap = 900

// mainRegion keeps the article's own run of good blocks and drops good blocks far from it:
// the related-story teasers, promos and bios that read like prose but stand apart from the
// story. A run's weight is the text of its blocks that were good on their own
// (not by context) and near-good ones that read as prose; what only context made good (a
// menu's items, a feed of headlines) joins a run only between its sentences, and more than
// maxGap of it ends the run. Runs that weigh at least a third of the heaviest are kept: an
// article split by a long embed stays whole.
func mainRegion(blocks []block, own []class) {
	type run struct{ start, end, weight int }
	var runs []run
	cur := run{start: -1}
	gap := 0
	for i, b := range blocks {
		if !weighty(b, own[i]) {
			// Text that is not body on its own separates runs, even where context made it good.
			gap += b.length
			if cur.start >= 0 && gap > maxGap {
				runs = append(runs, cur)
				cur = run{start: -1}
			}
			continue
		}
		if b.class != good {
			continue
		}
		if cur.start < 0 {
			cur = run{start: i}
		}
		cur.end = i + 1
		gap = 0
		cur.weight += b.length
	}
	if cur.start >= 0 {
		runs = append(runs, cur)
	}
	best := 0
	for _, r := range runs {
		best = max(best, r.weight)
	}
	keep := make([]bool, len(blocks))
	for _, r := range runs {
		if r.weight*3 < best {
			continue
		}
		for i := r.start; i < r.end; i++ {
			keep[i] = true
		}
		// The headings right above the run's first sentence (a title, a subheading).
		for i := r.start - 1; i >= 0 && r.start-i <= 2 && blocks[i].heading && blocks[i].class == good; i-- {
			keep[i] = true
		}
	}
	for i := range blocks {
		if !keep[i] {
			blocks[i].class = bad
		}
	}
}

// weighty reports whether a block is body on its own: good, or near-good prose.
func weighty(b block, own class) bool {
	return !b.heading && (own == good || own == nearGood && (prose(b.text) || b.speech))
}

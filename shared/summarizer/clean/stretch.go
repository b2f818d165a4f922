package clean

import "strings"

// promoteStretches makes good the near-good blocks that follow one another with nothing
// between them, when together they are as long as a good block: paragraphs of one or two
// sentences, as short news stories and essays are written, are each too short to be good on
// their own, yet side by side they are the body, where a menu or a feed puts headlines and
// labels between its sentences.
func (p Params) promoteStretches(blocks []block) {
	for i := 0; i < len(blocks); {
		j, total, sentences := i, 0, 0
		for j < len(blocks) && stretchable(blocks[j]) {
			total += blocks[j].length
			if blocks[j].prose() {
				sentences++
			}
			j++
		}
		if j-i >= 2 && total > p.LengthHigh && sentences*minProse >= j-i {
			for k := i; k < j; k++ {
				blocks[k].class = good
			}
		}
		i = max(j, i+1)
	}
}

// minProse: at least one block in minProse of a stretch reads as prose; a list of
// headlines, which have no full stop, is not a stretch.
const minProse = 2

// stretchable reports whether b can be part of a stretch of short paragraphs: a near-good
// block, or a sentence too short to be one.
func stretchable(b block) bool {
	if b.heading || b.repeated || b.teaser || cutTeaser(b) || b.speech && !quoting(b) {
		return false
	}
	return b.class == nearGood || b.class == short && b.sentence()
}

// maxTeaserLen is the longest a feed's teaser runs, in characters.
const maxTeaserLen = 200

// cutTeaser reports whether b is a short text cut off with an ellipsis, as a feed cuts its
// teasers. A paywall cuts a long paragraph so too: that one is the article's.
func cutTeaser(b block) bool {
	return b.length < maxTeaserLen && (strings.HasSuffix(b.text, "...") || strings.HasSuffix(b.text, "…"))
}

// writersEllipsis reports whether block i, cut off with an ellipsis, trails off as its
// writer's sentence does ("Good luck getting a tee time, though..."): a sentence right
// after a paragraph of the article (the caller checks that the article holds it) and not
// followed by another cut block. A feed's teasers come after their headlines, or one after
// another.
func writersEllipsis(blocks []block, i int) bool {
	b := blocks[i]
	if !cutTeaser(b) || b.heading || b.repeated || b.teaser || !b.sentence() || i == 0 {
		return false
	}
	prev := blocks[i-1]
	return (prev.class == good || flowing(prev)) && !prev.heading && !cutTeaser(prev) && (i+1 == len(blocks) || !cutTeaser(blocks[i+1]))
}

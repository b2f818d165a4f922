package clean

import (
	"regexp"
	"strings"
	"sync"
)

// commentHeader matches the block that opens a page's reader comments ("34 Comments",
// "12 responses to “…”", "Leave a Reply", "Join the conversation", a comment form's fields,
// a comment's "Reply" button, and their Portuguese, Spanish, French, German, Italian and
// Dutch forms) or its author box ("About the author"). Nothing after it is the
// article: pages put comments and bios, and then only footers, below the story.
var commentHeader = sync.OnceValue(func() *gatedRE {
	return newGatedRE(`[\s\[(]*`, `\d+ (?:comments?|responses?|replies|thoughts?)(?: (?:to|on) .*)?|(?:one|\d+) (?:response|thought)s? (?:to|on) .*|comments?(?: \(\d+\))?|leave a (?:reply|comment).*|post a comment|add a comment|join the (?:conversation|discussion).*|(?:show|view|load|read) (?:all )?\d* ?comments.*|permalink \d+ comments.*|discussion(?: \(\d+\))?|top rated comments|reader comments|reply|your email address will not be published.*|save my name, email,? and website.*|notify me of (?:new|follow-up) (?:comments|posts).*|(?:name|email|e-mail|website|comment)\s*\*|you must be logged in to post a comment.*|(?:this|the) comments? section is closed.*|about the author|about the writer|\d+ (?:comentários|comentarios|commentaires|kommentare|commenti|reacties)|(?:comentários|comentarios|commentaires|kommentare|commenti|reacties)(?: \(\d+\))?|responder|antworten|répondre|rispondi|reageer|deixe (?:uma resposta|um comentário)|deja (?:una respuesta|un comentario)|laisser un commentaire|schreibe einen kommentar|lascia un commento`, `[\s\])]*`, func(c byte) bool { return strings.IndexByte(" \t\n\f\r[(", c) >= 0 })
})

// commentsStart is the index of the first comment-section header after the body began, or
// len(blocks): the blocks from there on are dropped.
func commentsStart(blocks []block) int {
	seenBody := false
	re := commentHeader()
	for i := range blocks {
		if blocks[i].class == good && !blocks[i].heading && blocks[i].length >= 150 {
			seenBody = true
		}
		if seenBody && (blocks[i].length < 120 && (re.MatchString(blocks[i].text) || commentAuthor(blocks[i])) || commentPolicy(blocks[i].text)) {
			// A "Reply" button closes a comment whose author and time stamp came first.
			for j := i - 1; j >= max(0, i-3); j-- {
				if blocks[j].length < 80 && timeOfDay().MatchString(blocks[j].text) {
					return j
				}
			}
			return i
		}
	}
	return len(blocks)
}

// timeOfDay matches a time stamp such as "1:01 pm" or "at 10:15".
var timeOfDay = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\b`)
})

// maxGap is how much non-body text (in characters) may separate two parts of one article:
// a pull quote, an embedded picture's caption, a short list of links.
const maxGap = 900

// mainRegion keeps the article's own run of good blocks and drops good blocks far from it:
// the related-story teasers, promos and bios that read like prose but stand apart from the
// story. A run's weight is the text of its blocks that were good on their own
// (not by context) and near-good ones that read as prose; what only context made good (a
// menu's items, a feed of headlines) joins a run only between its sentences, and more than
// maxGap of it ends the run. Runs that weigh at least a third of the heaviest are kept: an
// article split by a long embed stays whole. The cells of a table the article announces
// (markTables), the product cards it runs into (markCards) and the marked lists it announces
// (markBulletLists) continue its run.
func mainRegion(blocks []block, own []class) {
	markTables(blocks)
	markCards(blocks, own)
	markBulletLists(blocks, own)
	// A text that is all repeats (the same article pasted twice) is judged without them.
	anchored := false
	for i, b := range blocks {
		if b.class == good && weighty(b, own[i]) {
			anchored = true
			break
		}
	}
	if !anchored {
		for i := range blocks {
			blocks[i].repeated = false
		}
	}
	type run struct {
		start, end, weight int
		feed               bool // opened by a feed header
		parts              []runPart
		gapBefore          int  // the text between the run and the one before it
		resumed            bool // the article resumes in it after a box of links
		// whole is the weight of the article the run is part of: its own, or that of the
		// runs it and the article's other parts around the boxes inside it make up.
		whole int
	}
	runEnd := func(runs []run) int {
		if len(runs) == 0 {
			return 0
		}
		return runs[len(runs)-1].end
	}
	var runs []run
	closeRun := func(r run) {
		// A run's edge part that weighs less than half the gap separating it from the rest
		// is not the article: a prompt's sentence above a list of headlines, say.
		r.parts, r.weight = trimEdges(r.parts, r.weight)
		r.start, r.end = r.parts[0].start, r.parts[len(r.parts)-1].end
		runs = append(runs, r)
	}
	cur := run{start: -1}
	gap := 0
	// apart is the part of gap that is not sentences (headlines, menus, labels): repeated
	// or caption sentences between two stretches do not set them apart.
	apart := 0
	for i, b := range blocks {
		if b.feed && cur.start >= 0 {
			// A feed of other stories begins: it is not this run's continuation.
			closeRun(cur)
			cur = run{start: -1}
		}
		if !weighty(b, own[i]) && !flowing(b) && !(cur.start >= 0 && cur.end == i && writersEllipsis(blocks, i)) {
			// Text that is not body on its own separates runs, even where context made it good.
			gap += b.length
			if !b.sentence() {
				apart += b.length
			}
			if cur.start >= 0 && gap > maxGap {
				closeRun(cur)
				cur = run{start: -1}
			}
			continue
		}

		if cur.start < 0 {
			cur = run{start: i, feed: feedSince(blocks, runEnd(runs), i), gapBefore: gap}
		}
		if cur.end != i || len(cur.parts) == 0 {
			cur.parts = append(cur.parts, runPart{start: i, gapBefore: apart})
		}
		part := &cur.parts[len(cur.parts)-1]
		cur.end, part.end = i+1, i+1
		gap, apart = 0, 0
		if b.class == good && weighty(b, own[i]) {
			cur.weight += b.length
			part.weight += b.length
		}
	}
	if cur.start >= 0 {
		closeRun(cur)
	}
	for k := range runs {
		runs[k].whole = runs[k].weight
	}
	for k := 1; k < len(runs); k++ {
		// A box of links to other stories inside the article opens no feed: the article
		// resumes right after it, in paragraphs. The headlines that read as sentences
		// are the box's (boxParts).
		r := &runs[k]
		if !r.feed || runs[k-1].feed {
			continue
		}
		first, box := boxParts(blocks, r.parts, r.gapBefore)
		if box <= maxBoxLen && resumes(r.parts[first]) {
			r.parts = r.parts[first:]
			r.start = r.parts[0].start
			r.feed, r.resumed = false, true
			r.whole += runs[k-1].whole
		}
	}
	for k := len(runs) - 1; k > 0; k-- {
		if runs[k].resumed {
			runs[k-1].whole = runs[k].whole
		}
	}
	best := 0
	for _, r := range runs {
		if !r.feed {
			best = max(best, r.whole)
		}
	}
	keep := make([]bool, len(blocks))
	for _, r := range runs {
		// A run that a feed header opened is kept only when it outweighs the article: the
		// header was then the article's own.
		if r.whole*3 < best || r.feed && r.weight <= best {
			continue
		}
		for i := r.start; i < r.end; i++ {
			keep[i] = true
		}
		// The headings right above the run's first sentence (a title, a subheading); above
		// a run where the article resumes, they are the box's headlines.
		for i := r.start - 1; !r.resumed && i >= 0 && r.start-i <= 2 && blocks[i].heading && blocks[i].class == good; i-- {
			keep[i] = true
		}
	}
	for i := range blocks {
		switch {
		case !keep[i]:
			blocks[i].class = bad
		case flowing(blocks[i]) || i > 0 && keep[i-1] && writersEllipsis(blocks, i):
			// Prose and quotes inside the article's run are body, however few function
			// words they have (names, scores, figures).
			blocks[i].class = good
		}
	}
	keepLists(blocks, keep)
	keepNumberedLists(blocks)
	keepFlatLists(blocks, own)
}

// keepLists keeps the lists inside an article's run: short items in a row between its
// paragraphs (features, prices, a book list, winners, a deal's title), which read as
// boilerplate one by one. Captions and links in brackets never got this far (leftover).
func keepLists(blocks []block, keep []bool) {
	for i := 0; i < len(blocks); {
		if !keep[i] || blocks[i].class == good {
			i++
			continue
		}
		j := i
		for j < len(blocks) && keep[j] && blocks[j].class != good && !blocks[j].heading && !blocks[j].repeated && !blocks[j].teaser && blocks[j].length <= 200 {
			j++
		}
		// A list lies between body blocks of the run.
		if j > i && i > 0 && blocks[i-1].class == good && j < len(blocks) && keep[j] && blocks[j].class == good {
			for k := i; k < j; k++ {
				blocks[k].class = good
			}
		}
		i = max(j, i+1)
	}
}

// flowing reports whether a block reads as a paragraph of running text or quotes someone:
// inside an article's run it is body whatever its class.
func flowing(b block) bool {
	return b.cell || !b.heading && !b.repeated && !b.teaser && !cutTeaser(b) && (quoting(b) || b.sentence())
}

// minRepeatLen is the fewest characters a block has for its repeats to count: a menu's
// short items recur on every page and say nothing.
const minRepeatLen = 40

// repeats counts the occurrences on the page of each block of minRepeatLen bytes or more:
// those that can have minRepeatLen characters. The short blocks, most of a page, are not
// hashed.
func repeats(raw []string) map[string]int {
	n := make(map[string]int)
	for _, t := range raw {
		if len(t) >= minRepeatLen {
			n[t]++
		}
	}
	return n
}

// cookieRE matches a consent notice, which can be longer than the blocks the boilerplate
// patterns are tried on.
var cookieRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:we|this (?:web)?site|our (?:web)?site|by (?:using|continuing))\b.{0,200}\bcookies\b`)
})

// maxNoticeLen bounds the consent notices looked for.
const maxNoticeLen = 1000

// cookieNotice reports whether a long block is a cookie-consent notice.
func cookieNotice(t string) bool {
	return len(t) <= maxNoticeLen && strings.Contains(t, "cookies") && cookieRE().MatchString(t)
}

// sentence reports whether t is a sentence: four words or more ending in a full stop, a
// question or an exclamation mark (a closing quotation mark may follow).
func sentence(t string) bool {
	return endsSentence(t) && wordsAtLeast(t, minSentenceWords)
}

// weighty reports whether a block is body on its own: good, or near-good prose, and not
// repeated elsewhere on the page.
func weighty(b block, own class) bool {
	return !b.heading && !b.repeated && !b.teaser && !cutTeaser(b) && (own == good || own == nearGood && (b.prose() || quoting(b)))
}

// feedSince reports whether a feed marker precedes block i since block from.
func feedSince(blocks []block, from, i int) bool {
	for j := from; j <= i; j++ {
		if blocks[j].feed {
			return true
		}
	}
	return false
}

// feedHeader matches the header of a list of other stories (related, trending, sponsored),
// feed items' time stamps, and a gallery's slide counters ("Image 2 of 12").
var feedHeader = sync.OnceValue(func() *gatedRE {
	return newGatedRE(`[\s\W]*`, `more (?:in|from|on|of) .{1,40}|more .{1,25} (?:news|stories|videos?)|more (?:stories|news|videos?|headlines|articles)|latest(?: news| stories| headlines| videos?)?|top (?:stories|news|headlines|videos?)|trending(?: now| news| stories| videos?)?|popular(?: now| stories| articles)?|most (?:read|popular|viewed|shared|watched)(?: .{1,20})?|related(?: stories| articles| content| coverage| posts| news| videos?| links| reading)?|recommended(?: for you| stories| reading| videos?)?|you (?:may|might) (?:also )?like|(?:what|stories) to read next|read next|up next|watch next|further reading|in other news|around the web|from the web|elsewhere on .{1,30}|also on .{1,30}|editor'?s picks?|featured(?: stories| articles| posts)?|don'?t miss|must read|also read|see also|explore more|more to explore|\d+\s*(?:[smhd]|mins?|hrs?|minutes?|hours?|days?)\s+ago(?:\s+\d{1,2}:\d{2})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{1,2}:\d{2}|(?:image|photo|picture|slide)s?\s*\d+\s*(?:of|/)\s*\d+|\d+\s*(?:of|/)\s*\d+|(?:photo |image |picture )?gallery|in pictures|(?:view|see) (?:all )?(?:photos|gallery)|sponsored(?: links| stories| content)?|promoted(?: links| stories| content)?|paid (?:content|partner content)|from (?:our|the) partners?|around the web`, `[\s\W]*`, func(c byte) bool { return !asciiWordByte(c) })
})

// feedMarker reports whether block t opens a feed of other stories.
func feedMarker(t string) bool {
	return len(t) <= 60 && feedHeader().MatchString(t)
}

// commentAuthor reports whether b opens a reader's comment: "Jane on May 2, 2019 at 4:47 pm
// said:", or "Jane says:" above the comment's time stamp (stampNext). A story's "the company
// said:" carries no time stamp.
func commentAuthor(b block) bool {
	return signsComment(b.text) && (stamped(b.text) || b.stampNext)
}

// signsComment reports whether t ends as a comment's signature line does: "… says:".
func signsComment(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ":") {
		return false // as every signature below ends; most blocks do not
	}
	for _, s := range []string{" said:", " says:", " wrote:"} {
		if len(t) >= len(s) && hasPrefixFold(t[len(t)-len(s):], s) {
			return true
		}
	}
	return false
}

// stamped reports whether t holds a time of day or a date.
func stamped(t string) bool {
	return strings.IndexByte(t, ':') >= 0 && timeOfDay().MatchString(t) || hasYear(t) && holdsMonthOrISO(t)
}

// runPart is a stretch of a run with no gap inside, and the text other than sentences (in
// characters) in the gap before it.
type runPart struct {
	start, end, weight, gapBefore int
}

// minEdgeGap is the least gap that can set a run's edge part apart from the rest, and
// maxEdgeWeight the most an edge part so set apart may weigh (about two sentences): more is
// a part of the article that a list inside it separates.
const (
	minEdgeGap    = 300
	maxEdgeWeight = 250
)

// trimEdges drops a run's first and last part if it weighs less than half the gap between
// it and the rest, and returns the parts left and their weight.
func trimEdges(parts []runPart, weight int) ([]runPart, int) {
	apart := func(p runPart, gap int) bool {
		return gap >= minEdgeGap && p.weight > 0 && p.weight*2 < gap && p.weight < maxEdgeWeight
	}
	// One part at each end at most: the parts of an article split by lists inside it are
	// not shed one after another.
	if len(parts) > 1 && apart(parts[0], parts[1].gapBefore) {
		weight -= parts[0].weight
		parts = parts[1:]
	}
	if n := len(parts); n > 1 && apart(parts[n-1], parts[n-1].gapBefore) {
		weight -= parts[n-1].weight
		parts = parts[:n-1]
	}
	return parts, weight
}

package clean

// maxBoxLen is the most text (in characters) a box of links to other stories set inside an
// article holds: a "Related" header and two or three headlines.
const maxBoxLen = 400

// minResumeBlocks is the fewest blocks in a row with which an article resumes after such a
// box; a feed's items are a headline and one teaser each.
const minResumeBlocks = 3

// minResumeWeight is the least the paragraphs with which an article resumes weigh, in
// characters: two long paragraphs.
const minResumeWeight = 400

// resumes reports whether a run's first part reads as the article resuming: several
// paragraphs in a row, weighing minResumeWeight at least.
func resumes(p runPart) bool {
	return p.end-p.start >= minResumeBlocks && p.weight >= minResumeWeight
}

// maxBoxHeadline is the most a box's headline that reads as a sentence weighs.
const maxBoxHeadline = 150

// boxParts returns the first of a run's parts that is not one of a box's headlines (a part
// of one block that weighs less than maxBoxHeadline), and the text (in characters) before
// it since the run before: gapBefore, the headlines and the gaps between them.
func boxParts(blocks []block, parts []runPart, gapBefore int) (first, box int) {
	box = gapBefore
	for first < len(parts)-1 && parts[first].end-parts[first].start == 1 && parts[first].weight < maxBoxHeadline {
		for i := parts[first].start; i < parts[first].end; i++ {
			box += blocks[i].length
		}
		first++
		box += parts[first].gapBefore
	}
	return first, box
}

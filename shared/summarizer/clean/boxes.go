package clean

// maxBoxLen is the most text (in characters) a box of links to other stories set inside an
// article holds: a "Related" header and two or three headlines.
const maxBoxLen = 400

// minResumeBlocks is the fewest blocks in a row with which an article resumes after such a
// box; a feed's items are a headline and one teaser each.
const minResumeBlocks = 3

// resumes reports whether a run's first part reads as the article resuming: several
// paragraphs in a row, weighing as much as two good blocks.
func resumes(p runPart) bool {
	return p.end-p.start >= minResumeBlocks && p.weight >= 2*DefaultParams.LengthHigh
}

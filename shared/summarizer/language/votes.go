package language

import (
	"maps"
	"slices"
)

// Votes are the languages whose function-word lists hold a word, as VotesOf tells: a
// caller that keeps its own table of words looks each up once for its purposes and for
// the Counter's.
type Votes uint8

// VotesOf returns the languages whose function-word lists hold the lowercase word w.
func VotesOf(w string) Votes { return Votes(memberships()[w]) }

// FunctionWords returns the function words of every language the Counter tells apart,
// sorted: the words whose VotesOf is not zero.
func FunctionWords() []string { return slices.Sorted(maps.Keys(memberships())) }

// Room returns how many more words the Counter counts: a caller that tallies a run of
// words itself (AddLatinRun) counts no more than that.
func (c *Counter) Room() int { return maxWords - c.words }

// AddVotes counts the votes v of a word of a run the caller tallies for AddLatinRun.
func (c *Counter) AddVotes(v Votes) { c.addVotes(uint8(v)) }

// AddLatinRun counts words lowercase words written in the Latin script (every character
// below U+0250), at most Room, which hold letters letters and whose votes (VotesOf) the
// caller added with AddVotes, as AddBytes counts each of them, without reading them again:
// a caller that walks a block's words tallies them in its own loop, without a call a word.
func (c *Counter) AddLatinRun(words, letters int) {
	if words == 0 {
		return
	}
	if c.member == nil {
		c.member, c.shapes = memberships(), functionShapes()
	}
	c.words += words
	c.letters += letters
}

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

// AddLatin counts one lowercase word written in the Latin script (every character below
// U+0250), which holds letters letters and whose VotesOf is v, as AddBytes counts it,
// without reading it again.
func (c *Counter) AddLatin(letters int, v Votes) {
	if c.words == maxWords {
		return
	}
	if c.member == nil {
		c.member, c.shapes = memberships(), functionShapes()
	}
	c.words++
	c.letters += letters
	c.addVotes(uint8(v))
}

package quotes_test

import (
	"testing"

	"github.com/precis-news/precis/shared/summarizer/quotes"
)

// An article that quotes with single marks, as British papers do, gives its quotations
// the speakers its cues name, as the same article with double marks does: the cue after a
// closing single mark is read past the mark.
func TestSingleMarkCues(t *testing.T) {
	paras := []string{
		`A mother of three from Leeds has won £1million on the National Lottery after buying her first ticket in ten years.`,
		`Sarah Jenkins, 42, bought the ticket at a corner shop on her way home from work last Friday.`,
		`'I honestly thought it was a loser,' she said. 'I checked the numbers three times before I believed it.'`,
		`'The kids have wanted to go to Disneyland for years,' Mrs Jenkins added.`,
		`'It is the biggest win in the town this year,' said shop owner Raj Patel.`,
	}
	check(t, extract(paras...), []want{
		{"I honestly thought", "Sarah Jenkins", quotes.Person, false},
		{"I checked the numbers", "Sarah Jenkins", quotes.Person, false},
		{"The kids have wanted", "Sarah Jenkins", quotes.Person, false},
		{"It is the biggest win", "Raj Patel", quotes.Person, false},
	})
}

// A word that opens the sentence before its subject is no part of the speaker's name.
func TestLeadWordNotInSpeaker(t *testing.T) {
	check(t, extract(
		`The plant employs hundreds of people in the city, and its closure has shaken the neighbourhood around it for months.`,
		`Now Bloomberg says the decision was "an outrage and an insult to voters" and will fight it.`,
	), []want{{"an outrage and an insult", "Bloomberg", quotes.Organization, true}})
}

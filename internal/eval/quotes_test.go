package eval

import "testing"

func TestScoreQuotes(t *testing.T) {
	art := QuoteArticle{
		ID: "a",
		Quotes: []GoldQuote{
			{Text: "We will win this race, and we will win it big.", Speaker: "Jane Roe", SpeakerKeys: []string{"roe"}},
			{Text: "a disaster", Partial: true, Speaker: "John Doe", SpeakerKeys: []string{"doe"}},
			{Text: "Nobody knows.", Speaker: "they"},
		},
		DontCare: []GoldQuote{{Text: "Morning Joe"}},
	}
	tests := []struct {
		name                                      string
		found                                     []FoundQuote
		matched, exact, nFound, spScored, spRight int
		wantErrors                                int
	}{
		{"nothing found", nil, 0, 0, 0, 0, 0, 3},
		{"exact with right speakers", []FoundQuote{
			{"We will win this race, and we will win it big.", "Jane Roe"},
			{"a disaster", "Mr. Doe"},
			{"Nobody knows.", ""},
		}, 3, 3, 3, 2, 2, 0},
		{"overlap, blank and wrong speakers", []FoundQuote{
			{"and we will win it big", ""},
			{"a disaster for all of us here today", "Roe"},
		}, 1, 0, 2, 1, 0, 4}, // "a disaster ..." shares 2 of 8 tokens: a false one
		{"don't-care passages are neither hit nor miss", []FoundQuote{{"Morning Joe", "MSNBC"}}, 0, 0, 0, 0, 0, 3},
		{"one found quotation matches one gold one", []FoundQuote{
			{"We will win this race, and we will win it big.", "Roe"},
			{"We will win this race, and we will win it big.", "Roe"},
		}, 1, 1, 2, 1, 1, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := ScoreQuotes(art, tc.found)
			s := r.Scores
			if s.Matched != tc.matched || s.Exact != tc.exact || s.Found != tc.nFound || s.SpeakerScored != tc.spScored || s.SpeakerRight != tc.spRight || len(r.Errors) != tc.wantErrors {
				t.Errorf("got %+v, errors %q", s, r.Errors)
			}
		})
	}
}

// Partial quotations of three words or more have a recall of their own: shorter ones are
// often scare quotes.
func TestRecallOfLongerPartials(t *testing.T) {
	art := QuoteArticle{ID: "a", Quotes: []GoldQuote{
		{Text: "a disaster", Partial: true},
		{Text: "a total and complete shutdown", Partial: true},
		{Text: "the worst deal ever made", Partial: true},
	}}
	s := ScoreQuotes(art, []FoundQuote{{Text: "a total and complete shutdown"}}).Scores
	s.finish()
	if s.GoldPartial != 3 || s.GoldPartial3 != 2 || s.RecallPartial3 != 0.5 {
		t.Errorf("got %+v", s)
	}
}

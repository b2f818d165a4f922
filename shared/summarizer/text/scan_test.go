package text_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// scanCases hold what lower-casing and word splitting must agree on: capitals outside
// ASCII, curly apostrophes, dashes, decimals, bytes that are not UTF-8, letters whose lower
// case is longer or shorter than they are.
var scanCases = []string{
	"",
	"The Council said: “We’ll vote on Monday.”",
	"Don‘t STOP — it’s 3.5 or 1,000 bread-and-salt",
	"İSTANBUL ẞtraße KELVIN \u212a Ⓐⓑ Ⅻ",
	"caf\xe9 na\xefve \xff\xfe word",
	"Émile Zola’s ÉCOLE’s 12:30 … ‘quoted’",
	"市议会周二批准了 Public 図書館 ‘x’",
	"a' -b c- 'd ’’ e‐f",
}

// TestEachWordMatchesWords: walking the lower-cased text with EachWord finds Words.
func TestEachWordMatchesWords(t *testing.T) {
	for _, s := range scanCases {
		if got, want := scanWords(s), text.Words(s); !slices.Equal(got, want) {
			t.Errorf("%q: EachWord over AppendLower = %q, Words = %q", s, got, want)
		}
	}
}

func FuzzEachWord(f *testing.F) {
	for _, s := range scanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scanWords(s), text.Words(s); !slices.Equal(got, want) {
			t.Fatalf("%q: EachWord over AppendLower = %q, Words = %q", s, got, want)
		}
	})
}

// scanWords returns the words EachWord finds in AppendLower(s), as strings.
func scanWords(s string) []string {
	b := text.AppendLower(nil, s)
	out := []string{}
	text.EachWord(b, func(start, end int) { out = append(out, string(b[start:end])) })
	return out
}

// TestWordSet: a WordSet holds its words, whatever their length, and nothing else.
func TestWordSet(t *testing.T) {
	long := strings.Repeat("x", 70)
	set := text.NewWordSet("said", "says", "according", long)
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"said", true}, {"says", true}, {"according", true}, {long, true},
		{"sad", false}, {"saidx", false}, {"", false}, {"Said", false}, {long + "x", false}, {long[1:], false},
	} {
		if got := set.Has([]byte(c.w)); got != c.want {
			t.Errorf("Has(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	// The stoplist as a WordSet holds every stopword and nothing else, among the stoplist's
	// words and their neighbours.
	for _, w := range strings.Fields(`the of and don't nevertheless council the' thee o an andy a i i'm themselves themselve`) {
		if got, want := text.IsStopwordBytes([]byte(w)), text.IsStopword(w); got != want {
			t.Errorf("IsStopwordBytes(%q) = %v, IsStopword = %v", w, got, want)
		}
	}
}

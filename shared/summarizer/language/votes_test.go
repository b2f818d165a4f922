package language

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// TestAddLatinRunCountsAsAdd: words counted in runs with AddLatinRun and AddVotes, their
// letters and VotesOf, up to Room, leave the Counter as Add leaves it, past maxWords too,
// whatever the runs' lengths.
func TestAddLatinRunCountsAsAdd(t *testing.T) {
	for _, words := range [][]string{
		strings.Fields("the council approved the budget on monday"),
		strings.Fields("der stadtrat hat am montag die schulen beschlossen und es ist gut"),
		strings.Fields("le conseil a vote le budget de la ville et les routes 3,000 don't x-ray"),
		strings.Fields(strings.Repeat("de het een in is 42 ", maxWords/5)),
		strings.Fields("für die straße über den fluss à la française été já não são até más µ ª ½"),
	} {
		var byAdd Counter
		for _, w := range words {
			byAdd.Add(w)
		}
		for _, run := range []int{1, 2, 7, 1000, len(words) + 1} {
			var byLatin Counter
			for from := 0; from < len(words); from += run {
				room, n, letters := byLatin.Room(), 0, 0
				for _, w := range words[from:min(from+run, len(words))] {
					if n == room {
						break
					}
					n++
					for _, r := range w {
						if unicode.IsLetter(r) {
							letters++
						}
					}
					byLatin.AddVotes(VotesOf(w))
				}
				byLatin.AddLatinRun(n, letters)
			}
			if !reflect.DeepEqual(byAdd, byLatin) {
				t.Errorf("%.60q in runs of %d: AddLatinRun counted %+v, Add %+v", words, run, byLatin, byAdd)
			}
		}
	}
}

// TestFunctionWords: every function word has votes, and a word that is none has none.
func TestFunctionWords(t *testing.T) {
	words := FunctionWords()
	if len(words) < 100 {
		t.Fatalf("%d function words", len(words))
	}
	for _, w := range words {
		if VotesOf(w) == 0 {
			t.Errorf("%q: no votes", w)
		}
	}
	if v := VotesOf("council"); v != 0 {
		t.Errorf("council: votes %b", v)
	}
	if v := VotesOf("de"); v.count() < 4 {
		t.Errorf("de: votes %b, want de fr es pt nl", v)
	}
}

func (v Votes) count() (n int) {
	for ; v != 0; v &= v - 1 {
		n++
	}
	return n
}

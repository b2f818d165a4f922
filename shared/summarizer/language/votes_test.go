package language

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// TestAddLatinCountsAsAdd: a word counted with AddLatin, its letters and VotesOf, leaves
// the Counter as Add leaves it, past maxWords too.
func TestAddLatinCountsAsAdd(t *testing.T) {
	for _, words := range [][]string{
		strings.Fields("the council approved the budget on monday"),
		strings.Fields("der stadtrat hat am montag die schulen beschlossen und es ist gut"),
		strings.Fields("le conseil a vote le budget de la ville et les routes 3,000 don't x-ray"),
		strings.Fields(strings.Repeat("de het een in is 42 ", maxWords/5)),
		strings.Fields("für die straße über den fluss à la française été já não são até más µ ª ½"),
	} {
		var byAdd, byLatin Counter
		for _, w := range words {
			byAdd.Add(w)
			letters := 0
			for _, r := range w {
				if unicode.IsLetter(r) {
					letters++
				}
			}
			byLatin.AddLatin(letters, VotesOf(w))
		}
		if !reflect.DeepEqual(byAdd, byLatin) {
			t.Errorf("%.60q: AddLatin counted %+v, Add %+v", words, byLatin, byAdd)
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

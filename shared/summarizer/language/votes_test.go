package language

import (
	"reflect"
	"strings"
	"testing"
)

// TestAddASCIICountsAsAdd: a word counted with AddASCII, its letters and VotesOf, leaves
// the Counter as Add leaves it, past maxWords too.
func TestAddASCIICountsAsAdd(t *testing.T) {
	for _, words := range [][]string{
		strings.Fields("the council approved the budget on monday"),
		strings.Fields("der stadtrat hat am montag die schulen beschlossen und es ist gut"),
		strings.Fields("le conseil a vote le budget de la ville et les routes 3,000 don't x-ray"),
		strings.Fields(strings.Repeat("de het een in is 42 ", maxWords/5)),
	} {
		var byAdd, byASCII Counter
		for _, w := range words {
			byAdd.Add(w)
			letters := 0
			for i := 0; i < len(w); i++ {
				if 'a' <= w[i] && w[i] <= 'z' {
					letters++
				}
			}
			byASCII.AddASCII(letters, VotesOf(w))
		}
		if !reflect.DeepEqual(byAdd, byASCII) {
			t.Errorf("%.60q: AddASCII counted %+v, Add %+v", words, byASCII, byAdd)
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

package language

import (
	"strings"
	"testing"
)

// AddBytes counts a word held in a byte slice as Add counts it as a string: the letters of
// each script, the function words, and bytes that are not UTF-8.
func TestAddBytesCountsAsAdd(t *testing.T) {
	for _, words := range [][]string{
		strings.Fields("the council approved the budget on monday"),
		strings.Fields("der stadtrat hat am montag über die straßen beschlossen"),
		strings.Fields("городской совет утвердил бюджет в понедельник"),
		strings.Fields("市議会は 月曜日に 予算を 承認した"),
		{"caf\xe9", "\xff\xfe", "na\u0131ve", "x"},
	} {
		var byString, byBytes Counter
		for _, w := range words {
			byString.Add(w)
			byBytes.AddBytes([]byte(w))
		}
		if byBytes.words != byString.words || byBytes.counts != byString.counts || byBytes.scripts != byString.scripts ||
			byBytes.letters != byString.letters || byBytes.other != byString.other || byBytes.Language() != byString.Language() {
			t.Errorf("%q: AddBytes counted %+v, Add %+v", words, byBytes, byString)
		}
		if byString.letters == 0 {
			t.Errorf("%q: no letters counted", words)
		}
	}
}

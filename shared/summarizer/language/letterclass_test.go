package language

import (
	"testing"
	"unicode"
)

// TestLetterClasses: the table and letterClass agree with unicode's tables on every rune,
// and no letter belongs to two of scripts (which the class, one script, assumes).
func TestLetterClasses(t *testing.T) {
	table := letterClasses()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want, in := uint8(notLetter), 0
		if unicode.IsLetter(r) {
			want = otherLetter
			for k, s := range scripts {
				if unicode.Is(s.table, r) {
					want, in = firstScript+uint8(k), in+1
				}
			}
		}
		if in > 1 {
			t.Fatalf("%U is a letter of %d scripts", r, in)
		}
		if got := letterClass(r); got != want {
			t.Fatalf("letterClass(%U) = %d, want %d", r, got, want)
		}
		if r < 1<<16 && table[r] != want {
			t.Fatalf("letterClasses()[%U] = %d, want %d", r, table[r], want)
		}
	}
}

// TestAddScriptCounts: a word's letters are counted by script.
func TestAddScriptCounts(t *testing.T) {
	cases := []struct {
		word           string
		letters, other int
		script         string // the script the other letters are counted for
	}{
		{"café", 4, 0, ""},
		{"москва", 6, 6, "und-Cyrl"},
		{"東京ｘ", 3, 2, "zh"},
		{"ひらがな", 4, 4, "ja"},
		{"שלום", 4, 4, "he"},
		{"123", 0, 0, ""},
		{"\U0002070E", 1, 1, "zh"}, // Han past the Basic Multilingual Plane
		{"a\u0640b", 3, 0, ""},     // tatweel: a letter of no script
	}
	for _, c := range cases {
		var n Counter
		n.Add(c.word)
		if n.letters != c.letters || n.other != c.other {
			t.Errorf("%q: %d letters, %d of a script; want %d, %d", c.word, n.letters, n.other, c.letters, c.other)
		}
		for k, s := range scripts {
			if n.scripts[k] > 0 && s.code != c.script {
				t.Errorf("%q: %d letters of %s, want none", c.word, n.scripts[k], s.code)
			}
		}
	}
}

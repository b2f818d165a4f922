package text_test

import (
	"math"
	"strings"
	"testing"
	"unicode"

	"github.com/precis-news/precis/shared/summarizer/text"
)

func FuzzSentences(f *testing.F) {
	for _, c := range newsCases {
		f.Add(strings.ReplaceAll(c, " | ", " "))
	}
	f.Add("...“”?!")
	f.Add("A. B. C. D.")
	f.Fuzz(func(t *testing.T, p string) {
		prev := 0
		spans := text.Sentences(p)
		if one := text.OneSentence(p); one != (len(spans) == 1) {
			t.Fatalf("OneSentence = %v with %d sentences in %q", one, len(spans), p)
		}
		for _, s := range spans {
			if s.Start < prev || s.End > len(p) || s.Start >= s.End {
				t.Fatalf("bad span %v after %d in %q", s, prev, p)
			}
			sent := p[s.Start:s.End]
			if strings.TrimFunc(sent, unicode.IsSpace) != sent {
				t.Fatalf("untrimmed sentence %q", sent)
			}
			prev = s.End
		}
		_ = text.Words(p)
		if got, want := text.CountWords(p), countWordsByRune(p, math.MaxInt); got != want {
			t.Fatalf("CountWords = %d, want %d in %q", got, want, p)
		}
		_ = text.Terms(p)
	})
}

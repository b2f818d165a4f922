package clean

import (
	"math/bits"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/language"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// TestCountMatchesLoweredPath: the in-place count finds the words, stopwords, reporting
// verbs, language votes and short words the lower-cased path finds, whatever follows the
// ASCII; the short words are those of scanner.each with at most four characters.
func TestCountMatchesLoweredPath(t *testing.T) {
	check := func(s string) {
		t.Helper()
		var sc scanner
		var inPlace, lowered language.Counter
		var inPlaceShort, loweredShort shortWords
		var wantShort []string
		got := sc.count(s, &inPlace, &inPlaceShort)
		want := sc.statsFrom(s, &lowered, &loweredShort, wordStats{})
		if got != want || !reflect.DeepEqual(inPlace, lowered) {
			t.Fatalf("%q: count = %+v %+v, lowered path = %+v %+v", s, got, inPlace, want, lowered)
		}
		if got2 := sc.count(s, nil, nil); got2 != want {
			t.Fatalf("%q: count without a counter = %+v, want %+v", s, got2, want)
		}
		sc.each(s, func(w []byte) {
			if utf8.RuneCount(w) <= 4 {
				wantShort = append(wantShort, string(w))
			}
		})
		gotShort, loweredWords := inPlaceShort.strings(), loweredShort.strings()
		if !slices.Equal(gotShort, wantShort) || !slices.Equal(loweredWords, wantShort) {
			t.Fatalf("%q: short words %q in place, %q lower-cased, want %q", s, gotShort, loweredWords, wantShort)
		}
	}
	for _, s := range []string{
		"", "The Council SAID it would vote, according to Der Stadtrat und die Schulen.",
		"don't x-ray 3,000 3.5 a.5 5. -a a- 'quoted' AND_so ON", "l’homme de la ville — et les routes",
		"It's 3.٥ or 3,\xff", "Don’t say “it’s ‘done’” — it’S 3’5 x’é don’", "a’—b ’a a’ 3.’ l’—", "市议会 The and 市", "über die Straße, für den Müller", "ÜBER FÜR À LA ÉTÉ — l’été, 3,½ x-é é-x l'É", "© 2024 «Über» µ²", "Les élèves et le maître",
		strings.Repeat("said the ", 40) + "Ünd",
	} {
		check(s)
	}
	alphabet := []string{"the", "The", "SAID", "de", "und", "a", "x", "7", "é", "’", "‘", "'", "-", ".", ",", "_", " ", "—", "“", "\u200b", "\u2060", "\u206f", "\u2070", "\u1fff", "\xff", "É", "ß", "ÿ", "µ", "ª", "×", "÷", "©", "«", "\u00a0", "\u00ad", "\u0085", "²", "ſ", "İ", "ā", "\xe2\x80", "市", "für", "Ü", "don", "t", "DON", "it", "S"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		check(b.String())
	}
}

// TestASCIIWordsTable: the table holds every ASCII word wordTags tags or language votes
// for, with its kind, and finds it in any case.
func TestASCIIWordsTable(t *testing.T) {
	x := asciiWords()
	for _, c := range []struct {
		w    string
		want wordKind
	}{
		{"the", wordKind{stopTag, language.VotesOf("the")}},
		{"THE", wordKind{stopTag, language.VotesOf("the")}},
		{"Said", wordKind{stopTag | reportingTag, language.VotesOf("said")}},
		{"according", wordKind{wordTags().Tag([]byte("according")), 0}},
		{"und", wordKind{0, language.VotesOf("und")}},
		{"für", wordKind{0, language.VotesOf("für")}},
		{"council", wordKind{}},
		{"thee", wordKind{}},
	} {
		if got := x.lookup(c.w); got != c.want {
			t.Errorf("%q: kind %+v, want %+v", c.w, got, c.want)
		}
	}
	held := 0
	for s, w := range x.words {
		if w == "" {
			continue
		}
		held++
		variants := []string{w}
		if utf8.RuneCountInString(w) == len(w) { // ASCII: found in any case
			variants = append(variants, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
		for _, v := range variants {
			if got := x.lookup(v); got != x.kinds[s] {
				t.Errorf("%q: kind %+v, want %+v", v, got, x.kinds[s])
			}
		}
	}
	if held != x.n || held < 100 {
		t.Errorf("%d words in the slots, %d counted", held, x.n)
	}
	if x.lookup("und").votes == 0 || x.lookup("according").tag&reportingTag == 0 {
		t.Error("the table lost a function word or a reporting verb")
	}
}

// TestWordRun: wordRun ends a run of ASCII letters and digits where the byte-by-byte walk
// does, wherever the end stands among eight bytes, and counts its letters.
func TestWordRun(t *testing.T) {
	alphabet := []byte("aZz09A_@[`{ -'.\x80\xff\x01")
	rng := rand.New(rand.NewPCG(9, 10))
	for range 100000 {
		b := make([]byte, rng.IntN(24))
		for k := range b {
			if rng.IntN(4) == 0 {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[k] = "abcXYZ0189"[rng.IntN(10)]
			}
		}
		s := string(b)
		from := rng.IntN(len(s) + 1)
		end, letters := from, 0
		for end < len(s) && ('a' <= s[end] && s[end] <= 'z' || 'A' <= s[end] && s[end] <= 'Z' || '0' <= s[end] && s[end] <= '9') {
			if s[end] > '9' {
				letters++
			}
			end++
		}
		if gotEnd, gotLetters := wordRun(s, from); gotEnd != end || gotLetters != letters {
			t.Fatalf("wordRun(%q, %d) = %d, %d; want %d, %d", s, from, gotEnd, gotLetters, end, letters)
		}
	}
}

// lookup returns the kind of word w (any case; not empty), as scanner.word looks it up.
func (x *asciiWordTable) lookup(w string) wordKind {
	s := scanner{table: x}
	return s.word(w, 0, false)
}

// TestHighBits: highBits counts the top bits of eight bytes as bits.OnesCount64 does.
func TestHighBits(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, x := range []uint64{0, text.HighBits, 0x80, 0x8000000000000000} {
		if got, want := highBits(x), bits.OnesCount64(x); got != want {
			t.Errorf("highBits(%#x) = %d, want %d", x, got, want)
		}
	}
	for range 100000 {
		x := rng.Uint64() & text.HighBits
		if got, want := highBits(x), bits.OnesCount64(x); got != want {
			t.Fatalf("highBits(%#x) = %d, want %d", x, got, want)
		}
	}
}

// strings returns the list's words.
func (l *shortWords) strings() []string {
	var out []string
	for j := range l.len() {
		out = append(out, string(l.word(j)))
	}
	return out
}

// TestShortWordsFoldWhenRead: the ASCII words addASCII keeps as written read lower-case,
// whether they are read between additions or after them, next to the words add keeps.
func TestShortWordsFoldWhenRead(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	words := []string{"The", "AND", "x", "Ünd", "für", "dE", "7a", "l'A", "é"}
	for range 2000 {
		var l shortWords
		var want []string
		for range rng.IntN(12) {
			w := words[rng.IntN(len(words))]
			if utf8.RuneCountInString(w) != len(w) { // not ASCII: lower-cased before it is added
				l.add([]byte(strings.ToLower(w)))
			} else {
				l.addASCII(w)
			}
			want = append(want, strings.ToLower(w))
			if rng.IntN(3) == 0 {
				if j := rng.IntN(l.len()); string(l.word(j)) != want[j] {
					t.Fatalf("word %d = %q, want %q", j, l.word(j), want[j])
				}
			}
		}
		if got := l.strings(); !slices.Equal(got, want) {
			t.Fatalf("words %q, want %q", got, want)
		}
		l.reset()
		l.addASCII("ABC")
		if got := string(l.word(0)); got != "abc" {
			t.Fatalf("after reset: %q, want abc", got)
		}
	}
}

package clean

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/language"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// blockWords returns the lower-case words of t as the cleaner reads them (the reference the scanner
// must agree with), each character of an unspaced script a word.
func blockWords(t string) []string {
	words := text.Words(t)
	if !hasUnspaced(t) {
		return words
	}
	out := make([]string, 0, len(words))
	for _, w := range words {
		if !hasUnspaced(w) {
			out = append(out, w)
			continue
		}
		start := 0 // a run of other letters (Latin) inside the word stays one word
		for i, r := range w {
			if !unspaced(r) {
				continue
			}
			if start < i {
				out = append(out, w[start:i])
			}
			n := utf8.RuneLen(r)
			out = append(out, w[i:i+n])
			start = i + n
		}
		if start < len(w) {
			out = append(out, w[start:])
		}
	}
	return out
}

// statsCases are blocks whose words the scanner must count as blockWords splits them:
// curly quotes and apostrophes, capitals outside ASCII, unspaced scripts mixed with Latin,
// bytes that are not UTF-8.
var statsCases = []string{
	"",
	"“We will not stop,” the mayor said on Monday.",
	"THE COUNCIL’S VOTE, ACCORDING TO OFFICIALS, WAS 5-4.",
	"Émile told reporters he’d won 1,000 votes — 3.5% of them.",
	"市议会周二批准了 Public 図書館 budget for 2024 年",
	"ภาษาไทย mixed with English words and ‘quotes’",
	"caf\xe9 \xff\xfe Said it was İSTANBUL",
	"Kelvin \u212aELVIN and Ⅻ Ⓐ",
	"Der Rat sagte, dass er nächste Woche über den Haushalt für die Schulen in der Stadt abstimmen wird.",
	"Городской совет во вторник утвердил новый бюджет библиотеки и школы города",
}

// TestStatsMatchBlockWords: the scanner counts the words, stopwords and reporting verbs of
// blockWords.
func TestStatsMatchBlockWords(t *testing.T) {
	var sc scanner
	for _, s := range statsCases {
		words := blockWords(s)
		want := wordStats{n: len(words)}
		for _, w := range words {
			if text.IsStopword(w) {
				want.stop++
			}
			want.reporting = want.reporting || reportingVerbs[w]
		}
		var seen []string
		var detect language.Counter
		got := sc.stats(s, &detect, nil)
		sc.each(s, func(w []byte) { seen = append(seen, string(w)) })
		if got != want {
			t.Errorf("%q: stats %+v, want %+v", s, got, want)
		}
		if got, want := detect.Language(), language.Detect(words); got != want {
			t.Errorf("%q: language %s from the scanner's words, %s from blockWords", s, got, want)
		}
		if len(seen) != len(words) {
			t.Errorf("%q: scanner saw %q, blockWords %q", s, seen, words)
			continue
		}
		for i := range seen {
			if seen[i] != words[i] {
				t.Errorf("%q: scanner saw %q, blockWords %q", s, seen, words)
				break
			}
		}
	}
}

// TestCountWordsUpTo: counting up to a limit agrees with counting all the words
// (text.CountWords, and each character of an unspaced script one more) below the limit, and
// stops at it.
func TestCountWordsUpTo(t *testing.T) {
	for _, s := range statsCases {
		want := text.CountWords(s) + unspacedCount(s)
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
		for limit := range want + 2 {
			if got := countWordsUpTo(s, limit); got != min(want, limit) {
				t.Errorf("countWordsUpTo(%q, %d) = %d, want %d", s, limit, got, min(want, limit))
			}
			if got := wordsAtLeast(s, limit); got != (want >= limit) {
				t.Errorf("wordsAtLeast(%q, %d) = %v, want %v", s, limit, got, want >= limit)
			}
		}
	}
}

// TestUnspacedEveryRune: the quick ranges of unspaced agree with the script tables on
// every rune.
func TestUnspacedEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.Is(unicode.Thai, r) && r <= 0x0E7F ||
			unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
		if got := unspaced(r); got != want {
			t.Fatalf("unspaced(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestLinesAndBlankLines: lines yields what strings.Split(s, "\n") returns, and blankLine
// tells the lines strings.TrimSpace empties.
func TestLinesAndBlankLines(t *testing.T) {
	for _, s := range []string{"", "\n", "a", "a\n", "a\n\nb", " \t\r\n\u00a0\u2003\nx\n\xff\n", "\n\n\u0085\v\f"} {
		got := slices.Collect(lines(s))
		if want := strings.Split(s, "\n"); !slices.Equal(got, want) {
			t.Errorf("lines(%q) = %q, want %q", s, got, want)
		}
		for _, l := range got {
			if blank, want := blankLine(l), strings.TrimSpace(l) == ""; blank != want {
				t.Errorf("blankLine(%q) = %v, want %v", l, blank, want)
			}
		}
	}
}

// TestContainsFold: containsFold finds a lower-case literal in any case, wherever it is.
func TestContainsFold(t *testing.T) {
	for _, c := range []struct {
		t, lit string
		want   bool
	}{
		{"She can be reached at x", "can be ", true},
		{"SHE CAN BE REACHED", "can be ", true},
		{"cancan be there", "can be ", true},
		{"Can Be", "can be ", false},
		{"ccccccomment", "comment", true},
		{"Comments", "comment", true},
		{"commen", "comment", false},
		{"", "comment", false},
		{"xx-yy", "-yy", true},
		{"cCcCc", "cc", true},
		{"cCcCc", "ccd", false},
	} {
		if got := containsFold(c.t, c.lit); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", c.t, c.lit, got, c.want)
		}
		if got, want := containsFold(c.t, c.lit), strings.Contains(strings.ToLower(c.t), c.lit); got != want {
			t.Errorf("containsFold(%q, %q) = %v, strings.Contains of the lower-cased text %v", c.t, c.lit, got, want)
		}
	}
}

// TestEndsSentence: endsSentence reads past the closers as strings.TrimRight does.
func TestEndsSentence(t *testing.T) {
	reference := func(t string) bool {
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "”\"’')」』）"))
		return strings.ContainsRune(".!?。！？", last)
	}
	for _, s := range []string{"", ".", "It rained.", "“It rained.”", "He said “no!”)", "Why?'", "市议会批准了。」",
		"Yes)", "No ”", "\"\"", "x.\xff", "x\xff.", "”.”", "（好！）", "Dr", "end .\u00a0"} {
		if got, want := endsSentence(s), reference(s); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStopwordShareAfterReuse: the shares of a page do not depend on the pages cleaned
// before it, whose lists of short words stopwordShare reuses.
func TestStopwordShareAfterReuse(t *testing.T) {
	pages := [][]string{
		{"Президент заявил, что он не будет участвовать в выборах и что это его окончательное решение.", "Меню", "Он сказал это в интервью, и он не сказал больше ничего о выборах в этом году."},
		{"The council said on Monday that it would vote on the plan next week.", "Menu", "It is the first time that the plan has come to a vote in the city."},
		{"Le conseil a dit que le vote aura lieu la semaine prochaine, et que le plan est prêt.", "Accueil", "Le maire a dit que le plan est le sien et que la ville le veut."},
	}
	shares := func(raw []string) []float64 {
		var sc scanner
		share := stopwordShare(raw, func(i int, detect *language.Counter, kept *shortWords) int {
			return sc.stats(raw[i], detect, kept).n
		}, &sc)
		var out []float64
		for i, b := range raw {
			out = append(out, share(i, b, sc.stats(b, nil, nil)))
		}
		return out
	}
	var first [][]float64
	for _, p := range pages {
		first = append(first, shares(p))
	}
	for round := range 3 {
		for k := len(pages) - 1; k >= 0; k-- {
			if got := shares(pages[k]); !slices.Equal(got, first[k]) {
				t.Errorf("round %d, page %d: shares %v, first %v", round, k, got, first[k])
			}
		}
	}
	if first[0][0] == 0 || first[2][0] == 0 {
		t.Errorf("no function words found in the pages in Russian and French: %v", first)
	}
}

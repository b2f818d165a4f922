package text

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"

	"github.com/precis-news/precis/internal/checkout"
	"github.com/precis-news/precis/internal/fixture"
)

// TestPorter2 pins the stems of the words on which the algorithm's rules are easy to get
// wrong. Each is checked against the library the stemmer replaces as well, so that a
// wrong expectation here shows as such.
func TestPorter2(t *testing.T) {
	tests := []struct{ word, want string }{
		// Exceptional forms, looked up before any step, and their inflections.
		{"skis", "ski"}, {"skies", "sky"}, {"sky", "sky"}, {"dying", "die"}, {"lying", "lie"},
		{"tying", "tie"}, {"idly", "idl"}, {"gently", "gentl"}, {"ugly", "ugli"},
		{"early", "earli"}, {"singly", "singl"}, {"news", "news"}, {"howe", "howe"},
		{"atlas", "atlas"}, {"cosmos", "cosmos"}, {"bias", "bias"}, {"andes", "andes"},
		{"innings", "inning"}, {"outings", "outing"}, {"cannings", "canning"},
		{"herrings", "herring"}, {"earrings", "earring"}, {"proceeded", "proceed"},
		{"exceeding", "exceed"}, {"succeeds", "succeed"},
		{"sky's", "ski"}, // the apostrophe hides the exception
		// Snowball's stopwords stay as they are, "only" before its exceptional form.
		{"only", "only"}, {"because", "because"}, {"further", "further"}, {"having", "having"},
		// y: a consonant at the start and after a vowel, i after a consonant.
		{"toy", "toy"}, {"toys", "toy"}, {"happy", "happi"}, {"happily", "happili"},
		{"cry", "cri"}, {"crying", "cri"}, {"flying", "fli"}, {"say", "say"},
		{"sayings", "say"}, {"enjoying", "enjoy"}, {"youth", "youth"}, {"year", "year"},
		{"yelling", "yell"}, {"boyish", "boyish"}, {"yyy", "yyy"}, {"eyes", "eye"},
		// R1 after the prefixes gener, commun and arsen.
		{"generous", "generous"}, {"generously", "generous"}, {"general", "general"},
		{"generate", "generat"}, {"generalization", "general"}, {"communism", "communism"},
		{"communication", "communic"}, {"arsenal", "arsenal"}, {"arsenic", "arsenic"},
		// Step 1a.
		{"caresses", "caress"}, {"abysses", "abyss"}, {"ties", "tie"}, {"cries", "cri"},
		{"ies", "ie"}, {"ied", "ie"}, {"dies", "die"}, {"bellies", "belli"}, {"gas", "gas"},
		{"gaps", "gap"}, {"kiwis", "kiwi"}, {"bus", "bus"}, {"class", "class"}, {"sses", "ss"},
		// Step 1b: eed in R1, endings after a vowel, at/bl/iz, doubles, short words.
		{"agreed", "agre"}, {"feed", "feed"}, {"hoped", "hope"}, {"hoping", "hope"},
		{"filing", "file"}, {"sing", "sing"}, {"bled", "bled"}, {"luxuriated", "luxuri"},
		{"sparkling", "sparkl"}, {"consigned", "consign"}, {"skating", "skate"},
		// Double consonants: removed after a deleted ending, but not ll, ss or zz.
		{"hopping", "hop"}, {"tanned", "tan"}, {"controlled", "control"}, {"rolled", "roll"},
		{"falling", "fall"}, {"hissing", "hiss"}, {"fizzed", "fizz"}, {"controll", "control"},
		// Steps 2 to 5.
		{"relational", "relat"}, {"conditional", "condit"}, {"rational", "ration"},
		{"hopefulness", "hope"}, {"fluently", "fluentli"}, {"knightly", "knight"},
		{"electrical", "electr"}, {"abruptness", "abrupt"}, {"adjustable", "adjust"},
		{"emotional", "emot"}, {"archaeology", "archaeolog"}, {"geology", "geolog"},
		{"radically", "radic"}, {"logically", "logic"}, {"formalize", "formal"},
		{"effective", "effect"}, {"replacement", "replac"}, {"adoption", "adopt"},
		{"cession", "cession"}, {"probate", "probat"}, {"rate", "rate"}, {"skate", "skate"},
		// Short words.
		{"", ""}, {"y", "y"}, {"ay", "ay"}, {"by", "by"}, {"ape", "ape"}, {"mmm", "mmm"},
		// Apostrophes, typographic ones included; leading ones are trimmed.
		{"kyle’s", "kyle"}, {"dogs'", "dog"}, {"'catty", "catti"}, {"’twas", "twas"},
		{"o’neill", "o'neil"}, {"'s'", "s"}, {"''s", "s"}, {"s's", "s"}, {"ss'", "ss"},
		{"'''", ""}, {"dog‛s", "dog"}, {"‘quoted’", "quot"},
		// Outside ASCII: a rune is one letter, never a vowel; case and spaces go.
		{"café", "café"}, {"naïve", "naïv"}, {"naïvely", "naïv"}, {"résumés", "résumé"},
		{"über", "über"}, {"straße's", "straße"}, {"ﬁnancial", "ﬁnancial"},
		{"İstanbul", "istanbul"}, {"  Running ", "run"}, {"\xffing", "\uFFFDing"},
	}
	for _, tt := range tests {
		if got := porter2(tt.word); got != tt.want {
			t.Errorf("porter2(%q) = %q, want %q", tt.word, got, tt.want)
		}
		if lib := english.Stem(tt.word, false); lib != tt.want {
			t.Errorf("english.Stem(%q) = %q, want %q: the expectation is wrong", tt.word, lib, tt.want)
		}
	}
}

// maxVocabulary caps the distinct words of text TestPorter2MatchesSnowball compares.
const maxVocabulary = 300_000

// TestPorter2MatchesSnowball compares porter2 with the library it replaces on every
// combination of the algorithm's suffixes with word beginnings, and on every distinct word
// of the repository's test data and of the evaluation material beside the checkout (when
// present), up to maxVocabulary words.
func TestPorter2MatchesSnowball(t *testing.T) {
	t.Run("combinations", func(t *testing.T) {
		vocab := map[string]bool{}
		for _, w := range suffixCombinations() {
			vocab[w] = true
		}
		compareWithSnowball(t, vocab)
	})
	vocab := map[string]bool{}
	addText := func(s string) bool {
		for _, w := range Words(s) {
			if len(vocab) >= maxVocabulary {
				return false
			}
			vocab[w] = true
			if strings.Contains(w, "'s") { // Terms stems words with 's removed
				vocab[strings.ReplaceAll(w, "'s", "")] = true
			}
		}
		return true
	}
	t.Run("repository", func(t *testing.T) {
		root, err := checkout.Root()
		if err != nil {
			t.Fatal(err)
		}
		readTree(t, root, true, addText)
		compareWithSnowball(t, vocab)
	})
	t.Run("evaluation", func(t *testing.T) {
		repo := len(vocab)
		readTree(t, fixture.Path(t, "eval"), false, addText)
		t.Logf("%d words from the evaluation material", len(vocab)-repo)
		compareWithSnowball(t, vocab)
	})
}

// compareWithSnowball fails t for each word of vocab that porter2 and english.Stem stem
// differently, printing the first few.
func compareWithSnowball(t *testing.T, vocab map[string]bool) {
	t.Helper()
	bad := 0
	for w := range vocab {
		got, want := porter2(w), english.Stem(w, false)
		if got == want {
			continue
		}
		if bad++; bad <= 10 {
			t.Errorf("porter2(%q) = %q, english.Stem gives %q", w, got, want)
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d words stem differently", bad, len(vocab))
	}
	t.Logf("compared %d distinct words", len(vocab))
}

// readTree calls add with the text of each file under dir, gunzipped when its name ends
// in .gz; with testdataOnly, only the files of folders named testdata are read. It stops
// when add returns false.
func readTree(t *testing.T, dir string, testdataOnly bool, add func(string) bool) {
	t.Helper()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" || d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		if testdataOnly && !strings.Contains(filepath.ToSlash(path), "/testdata/") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.HasSuffix(path, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				return err
			}
			if b, err = io.ReadAll(zr); err != nil {
				return err
			}
		}
		if !add(string(b)) {
			return fs.SkipAll
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// suffixCombinations returns word beginnings chosen to put each region boundary, short
// syllable and y at a different place, followed by each suffix the algorithm's steps look
// for, once and twice.
func suffixCombinations() []string {
	heads := []string{"", "a", "b", "y", "ab", "ba", "by", "hop", "tann", "bay", "ey",
		"gener", "commun", "arsen", "luxur", "cont", "l", "s", "t", "'", "é", "bé", "aé"}
	suffixes := strings.Fields(`'s' 's ' sses ied ies us ss s eedly ingly edly ing eed ed
		at bl iz bb dd ff gg mm nn pp rr tt ll y ational fulness iveness ization ousness
		biliti lessli tional alism aliti ation entli fulli iviti ousli anci abli alli ator
		enci izer bli ogi logi li cli xli alize icate ative iciti ical ful ness ement ance
		ence able ible ment ent ant ism ate iti ous ive ize ion sion tion xion al er ic e le
		ll`)
	var out []string
	for _, h := range heads {
		for _, s1 := range suffixes {
			out = append(out, h+s1)
			for _, s2 := range suffixes {
				out = append(out, h+s1+s2)
			}
		}
	}
	return out
}

// FuzzPorter2 compares porter2 with the library it replaces on any string.
func FuzzPorter2(f *testing.F) {
	for _, s := range []string{"running", "’twas", "generalization", "''s", "é'ies", "\xffing"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := porter2(w), english.Stem(w, false); got != want {
			t.Errorf("porter2(%q) = %q, english.Stem gives %q", w, got, want)
		}
	})
}

// BenchmarkStem stems the distinct words of the repository's test data, with porter2 and
// with the library it replaces.
func BenchmarkStem(b *testing.B) {
	root, err := checkout.Root()
	if err != nil {
		b.Fatal(err)
	}
	seen := map[string]bool{}
	var vocab []string
	err = filepath.WalkDir(filepath.Join(root, "testdata"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		for _, w := range Words(string(data)) {
			if !seen[w] {
				seen[w] = true
				vocab = append(vocab, w)
			}
		}
		return err
	})
	if err != nil || len(vocab) == 0 {
		b.Fatalf("no vocabulary: %v", err)
	}
	for _, bb := range []struct {
		name string
		stem func(string) string
	}{
		{"precis", porter2},
		{"snowball", func(w string) string { return english.Stem(w, false) }},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				bb.stem(vocab[i%len(vocab)])
			}
		})
	}
}

package text

import (
	"strings"
	"unicode/utf8"
)

// porter2 returns the Snowball English (Porter2) stem of w, as defined at
// snowballstem.org/algorithms/english/stemmer.html. It gives exactly the results of
// github.com/kljensen/snowball/english.Stem(w, false), which the project used before: that
// package links the testing package into every binary that imports it. Matching it means
// keeping its few departures from the reference algorithm: the words of its stopword list
// are returned unchanged, its exceptional forms are looked up before any step (so "sky's"
// is not one), all leading apostrophes are trimmed, and step 1b moves R1 and R2 as it does.
//
// w is trimmed and lowercased first. Each step looks at the end of a working copy holding
// a byte per rune of w, so stemming takes time linear in len(w) and, for words of up to 64
// bytes, allocates nothing but the result, and that only when the stem is not a substring
// of w: "happi" from "happy" is allocated, "run" from "running" is not.
func porter2(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	if len(w) <= 2 || isSnowballStopword(w) {
		return w
	}
	if s, ok := exceptionalForm(w); ok {
		return s
	}
	// The word never grows longer than w: each step replaces a suffix by one no longer.
	var buf [64]byte
	st := stemmer{b: buf[:]}
	if len(w) > len(buf) {
		st.b = make([]byte, len(w))
	}
	wide := st.load(w)
	skip := st.trimApostrophes()
	st.markYs()
	st.setRegions()
	st.step0()
	st.step1a()
	st.step1b()
	st.step1c()
	st.step2()
	st.step3()
	st.step4()
	st.step5()
	for i, c := range st.b {
		if c == 'Y' {
			st.b[i] = 'y'
		}
	}
	return st.result(w, skip, wide)
}

// other stands in the working copy for a rune outside ASCII: the algorithm only looks at
// ASCII letters and apostrophes, and one byte per rune keeps positions and lengths in runes,
// as the algorithm counts them.
const other = 0x80

// stemmer is a word being stemmed: b holds one byte per rune, with Y for a y that is a
// consonant, and r1 and r2 are where the regions R1 and R2 start in b.
type stemmer struct {
	b      []byte
	r1, r2 int
}

// load copies w into st.b, a byte per rune, and reports whether w holds runes outside
// ASCII. Typographic apostrophes become ', as the algorithm's first step asks. st.b must
// have room for len(w) bytes.
func (st *stemmer) load(w string) (wide bool) {
	j := 0
	for i := 0; i < len(w); j++ {
		c := w[i]
		if c < utf8.RuneSelf {
			st.b[j] = c
			i++
			continue
		}
		wide = true
		r, n := utf8.DecodeRuneInString(w[i:])
		switch r {
		case '\u2018', '\u2019', '\u201B':
			st.b[j] = '\''
		default:
			st.b[j] = other
		}
		i += n
	}
	st.b = st.b[:j]
	return wide
}

// trimApostrophes removes the leading apostrophes and returns how many runes it removed.
func (st *stemmer) trimApostrophes() int {
	n := 0
	for n < len(st.b) && st.b[n] == '\'' {
		n++
	}
	st.b = st.b[n:]
	return n
}

// markYs turns into Y each y that starts the word or follows a vowel: such a y is a
// consonant.
func (st *stemmer) markYs() {
	for i, c := range st.b {
		if c == 'y' && (i == 0 || isVowel(st.b[i-1])) {
			st.b[i] = 'Y'
		}
	}
}

// setRegions finds R1, the region after the first non-vowel following a vowel (or after
// the prefixes gener, commun and arsen, which would otherwise leave "general" and
// "generous" with too short a stem), and R2, the same region within R1.
func (st *stemmer) setRegions() {
	st.r1 = st.regionAfter(0)
	for _, p := range [...]string{"gener", "commun", "arsen"} {
		if len(st.b) >= len(p) && string(st.b[:len(p)]) == p {
			st.r1 = len(p)
			break
		}
	}
	st.r2 = st.regionAfter(st.r1)
}

// regionAfter returns the position after the first non-vowel that follows a vowel at or
// after start, or len(st.b) if there is none.
func (st *stemmer) regionAfter(start int) int {
	for j := start + 1; j < len(st.b); j++ {
		if isVowel(st.b[j-1]) && !isVowel(st.b[j]) {
			return j + 1
		}
	}
	return len(st.b)
}

// isVowel reports whether c is a vowel: a, e, i, o, u or y (Y, a consonant y, is not).
func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// hasVowel reports whether b holds a vowel.
func hasVowel(b []byte) bool {
	for _, c := range b {
		if isVowel(c) {
			return true
		}
	}
	return false
}

// endsWith reports whether the word ends with suffix, which is not empty. Comparing the
// last letters first rejects most suffixes without a call to compare memory.
func (st *stemmer) endsWith(suffix string) bool {
	n := len(st.b)
	return n >= len(suffix) && st.b[n-1] == suffix[len(suffix)-1] &&
		string(st.b[n-len(suffix):]) == suffix
}

// replace replaces the last n bytes of the word with repl, keeping R1 and R2 within the
// word. The word only grows within the capacity of st.b (step 1b takes an e back after
// removing a longer ending), so st.b is resliced rather than appended to, which keeps it
// off the heap.
func (st *stemmer) replace(n int, repl string) {
	k := len(st.b) - n
	st.b = st.b[:k+len(repl)]
	copy(st.b[k:], repl)
	st.r1 = min(st.r1, len(st.b))
	st.r2 = min(st.r2, len(st.b))
}

// inR1 and inR2 report whether the last n bytes of the word lie in R1 or R2.
func (st *stemmer) inR1(n int) bool { return n <= len(st.b)-st.r1 }
func (st *stemmer) inR2(n int) bool { return n <= len(st.b)-st.r2 }

// endsShortSyllable reports whether b[:i] ends in a short syllable: a vowel followed by a
// non-vowel other than w, x and Y and preceded by a non-vowel, or, for i = 2, a vowel
// followed by a non-vowel.
func (st *stemmer) endsShortSyllable(i int) bool {
	b := st.b
	switch {
	case i == 2:
		return isVowel(b[0]) && !isVowel(b[1])
	case i >= 3:
		c := b[i-1]
		return !isVowel(c) && c != 'w' && c != 'x' && c != 'Y' && isVowel(b[i-2]) && !isVowel(b[i-3])
	}
	return false
}

// isShort reports whether the word is short: R1 is empty and it ends in a short syllable.
func (st *stemmer) isShort() bool {
	return st.r1 >= len(st.b) && st.endsShortSyllable(len(st.b))
}

// step0 removes the possessive endings 's' 's and '.
func (st *stemmer) step0() {
	for _, s := range [...]string{"'s'", "'s", "'"} {
		if st.endsWith(s) {
			st.replace(len(s), "")
			return
		}
	}
}

// step1a handles plurals: sses → ss; ied and ies → i, or ie after a single letter; us and ss
// stay; s goes if a vowel comes before the letter before it.
func (st *stemmer) step1a() {
	switch n := len(st.b); {
	case st.endsWith("sses"):
		st.replace(4, "ss")
	case st.endsWith("ied"), st.endsWith("ies"):
		if n > 4 {
			st.replace(3, "i")
		} else {
			st.replace(3, "ie")
		}
	case st.endsWith("us"), st.endsWith("ss"):
	case st.endsWith("s"):
		if n > 2 && hasVowel(st.b[:n-2]) {
			st.replace(1, "")
		}
	}
}

// step1b handles past tenses and gerunds: eed and eedly → ee in R1; ed, edly, ing and ingly
// go after a vowel, and then at, bl and iz take an e, a double consonant loses a letter and
// a short word takes an e.
func (st *stemmer) step1b() {
	var n int
	eed := false
	switch {
	case st.endsWith("eedly"):
		n, eed = 5, true
	case st.endsWith("ingly"):
		n = 5
	case st.endsWith("edly"):
		n = 4
	case st.endsWith("ing"):
		n = 3
	case st.endsWith("eed"):
		n, eed = 3, true
	case st.endsWith("ed"):
		n = 2
	default:
		return
	}
	if eed {
		if st.inR1(n) {
			st.replace(n, "ee")
		}
		return
	}
	if !hasVowel(st.b[:len(st.b)-n]) {
		return
	}
	r1, r2 := st.r1, st.r2
	st.replace(n, "")
	switch {
	case st.endsWith("at"), st.endsWith("bl"), st.endsWith("iz"):
		st.replace(0, "e")
	case st.endsWithDouble():
		st.replace(1, "")
	case st.isShort():
		st.replace(0, "e")
		st.r1, st.r2 = len(st.b), len(st.b)
		return
	}
	// The regions come back to where they were, within the word: an added e may fall
	// outside R1 although the letters it replaced were in it.
	st.r1, st.r2 = min(r1, len(st.b)), min(r2, len(st.b))
}

// endsWithDouble reports whether the word ends in bb, dd, ff, gg, mm, nn, pp, rr or tt.
func (st *stemmer) endsWithDouble() bool {
	n := len(st.b)
	if n < 2 || st.b[n-1] != st.b[n-2] {
		return false
	}
	switch st.b[n-1] {
	case 'b', 'd', 'f', 'g', 'm', 'n', 'p', 'r', 't':
		return true
	}
	return false
}

// step1c turns a final y or Y into i after a non-vowel that is not the first letter.
func (st *stemmer) step1c() {
	n := len(st.b)
	if n > 2 && (st.b[n-1] == 'y' || st.b[n-1] == 'Y') && !isVowel(st.b[n-2]) {
		st.b[n-1] = 'i'
	}
}

// suffixRule replaces suffix with repl.
type suffixRule struct{ suffix, repl string }

// step2Rules are the derivational suffixes of step 2, longest first: the longest suffix
// that ends the word is the one the step considers. li and ogi have conditions of their own.
var step2Rules = [...]suffixRule{
	{"ational", "ate"}, {"fulness", "ful"}, {"iveness", "ive"}, {"ization", "ize"},
	{"ousness", "ous"}, {"biliti", "ble"}, {"lessli", "less"}, {"tional", "tion"},
	{"alism", "al"}, {"aliti", "al"}, {"ation", "ate"}, {"entli", "ent"}, {"fulli", "ful"},
	{"iviti", "ive"}, {"ousli", "ous"}, {"anci", "ance"}, {"abli", "able"}, {"alli", "al"},
	{"ator", "ate"}, {"enci", "ence"}, {"izer", "ize"}, {"bli", "ble"}, {"ogi", "og"},
	{"li", ""},
}

// step2 replaces the longest step-2 suffix when it lies in R1: ogi only after l, li only
// after one of c, d, e, g, h, k, m, n, r and t.
func (st *stemmer) step2() {
	rule, ok := st.longest(step2Rules[:])
	if !ok || !st.inR1(len(rule.suffix)) {
		return
	}
	n := len(st.b)
	switch rule.suffix {
	case "li":
		if n < 3 {
			return
		}
		switch st.b[n-3] {
		case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
		default:
			return
		}
	case "ogi":
		if n < 4 || st.b[n-4] != 'l' {
			return
		}
	}
	st.replace(len(rule.suffix), rule.repl)
}

// step3Rules are the suffixes of step 3, longest first; ative has a condition of its own.
var step3Rules = [...]suffixRule{
	{"ational", "ate"}, {"tional", "tion"}, {"alize", "al"}, {"icate", "ic"},
	{"ative", ""}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
}

// step3 replaces the longest step-3 suffix when it lies in R1, ative only when it lies in
// R2 too.
func (st *stemmer) step3() {
	rule, ok := st.longest(step3Rules[:])
	if !ok || !st.inR1(len(rule.suffix)) {
		return
	}
	if rule.suffix == "ative" && !st.inR2(len(rule.suffix)) {
		return
	}
	st.replace(len(rule.suffix), rule.repl)
}

// step4Rules are the suffixes step 4 deletes, longest first; ion has a condition of its
// own.
var step4Rules = [...]suffixRule{
	{"ement", ""}, {"ance", ""}, {"ence", ""}, {"able", ""}, {"ible", ""}, {"ment", ""},
	{"ent", ""}, {"ant", ""}, {"ism", ""}, {"ate", ""}, {"iti", ""}, {"ous", ""}, {"ive", ""},
	{"ize", ""}, {"ion", ""}, {"al", ""}, {"er", ""}, {"ic", ""},
}

// step4 deletes the longest step-4 suffix when it lies in R2, ion only after s or t.
func (st *stemmer) step4() {
	rule, ok := st.longest(step4Rules[:])
	if !ok || !st.inR2(len(rule.suffix)) {
		return
	}
	if n := len(st.b); rule.suffix == "ion" && (n < 4 || st.b[n-4] != 's' && st.b[n-4] != 't') {
		return
	}
	st.replace(len(rule.suffix), rule.repl)
}

// longest returns the first rule of rules, which are ordered longest first, whose suffix
// ends the word.
func (st *stemmer) longest(rules []suffixRule) (suffixRule, bool) {
	for _, r := range rules {
		if st.endsWith(r.suffix) {
			return r, true
		}
	}
	return suffixRule{}, false
}

// step5 deletes a final e in R2, or in R1 when a short syllable does not precede it, and
// the second l of a final ll in R2.
func (st *stemmer) step5() {
	last := len(st.b) - 1
	if st.r1 > last {
		return
	}
	switch st.b[last] {
	case 'e':
		if st.r2 <= last || !st.endsShortSyllable(last) {
			st.replace(1, "")
		}
	case 'l':
		if st.r2 <= last && last >= 1 && st.b[last-1] == 'l' {
			st.replace(1, "")
		}
	}
}

// result turns the stemmed working copy back into a string. w is the lowercased word and
// skip the number of leading runes trimmed from it; wide says whether w holds runes
// outside ASCII, which the working copy stands for with a byte each. The runes the steps
// kept are at their first positions, since every step works at the end of the word.
func (st *stemmer) result(w string, skip int, wide bool) string {
	for range skip {
		_, n := utf8.DecodeRuneInString(w)
		w = w[n:]
	}
	out := st.b
	if wide {
		var buf [64]byte
		out = buf[:0]
		if len(w) > len(buf) {
			out = make([]byte, 0, len(w))
		}
		i := 0
		for _, c := range st.b {
			_, n := utf8.DecodeRuneInString(w[i:])
			if c == other {
				out = append(out, w[i:i+n]...)
			} else {
				out = append(out, c)
			}
			i += n
		}
	}
	if len(w) >= len(out) && w[:len(out)] == string(out) {
		return w[:len(out)]
	}
	return string(out)
}

// isSnowballStopword reports whether w is one of the English stopwords of the Snowball
// project, which english.Stem(w, false) leaves as they are. Terms drops most of them
// before stemming; the rest ("don", "further", "doing"...) must stay unstemmed all the
// same to keep the stems the project computed before.
func isSnowballStopword(w string) bool {
	switch w {
	case "a", "about", "above", "after", "again", "against", "all", "am", "an",
		"and", "any", "are", "as", "at", "be", "because", "been", "before",
		"being", "below", "between", "both", "but", "by", "can", "did", "do",
		"does", "doing", "don", "down", "during", "each", "few", "for", "from",
		"further", "had", "has", "have", "having", "he", "her", "here", "hers",
		"herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
		"it", "its", "itself", "just", "me", "more", "most", "my", "myself",
		"no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
		"other", "our", "ours", "ourselves", "out", "over", "own", "s", "same",
		"she", "should", "so", "some", "such", "t", "than", "that", "the", "their",
		"theirs", "them", "themselves", "then", "there", "these", "they",
		"this", "those", "through", "to", "too", "under", "until", "up",
		"very", "was", "we", "were", "what", "when", "where", "which", "while",
		"who", "whom", "why", "will", "with", "you", "your", "yours", "yourself",
		"yourselves":
		return true
	}
	return false
}

// exceptionalForm returns the stem of a word the algorithm lists as an exception, and of
// the inflected forms its post-step-1a exceptions stand for: they would stem wrongly
// otherwise ("skies" would become "ski", "news" "new", "proceed" "procee").
func exceptionalForm(w string) (string, bool) {
	switch w {
	case "skis":
		return "ski", true
	case "skies", "sky":
		return "sky", true
	case "dying":
		return "die", true
	case "lying":
		return "lie", true
	case "tying":
		return "tie", true
	case "idly":
		return "idl", true
	case "gently":
		return "gentl", true
	case "ugly":
		return "ugli", true
	case "early":
		return "earli", true
	case "only":
		return "onli", true
	case "singly":
		return "singl", true
	case "news", "howe", "atlas", "cosmos", "bias", "andes":
		return w, true
	case "inning", "innings":
		return "inning", true
	case "outing", "outings":
		return "outing", true
	case "canning", "cannings":
		return "canning", true
	case "herring", "herrings":
		return "herring", true
	case "earring", "earrings":
		return "earring", true
	case "proceed", "proceeds", "proceeded", "proceeding":
		return "proceed", true
	case "exceed", "exceeds", "exceeded", "exceeding":
		return "exceed", true
	case "succeed", "succeeds", "succeeded", "succeeding":
		return "succeed", true
	}
	return "", false
}

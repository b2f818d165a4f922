package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// creditPrefixes open a picture credit that some pages run into the lead paragraph.
var creditPrefixes = []string{"© provided by ", "©", "(c) ", "photo: ", "photo by ", "credit: "}

// creditOpeners marks the first bytes of creditPrefixes, in either case: nothing else folds
// to them.
var creditOpeners = func() (opens [256]bool) {
	for _, p := range creditPrefixes {
		opens[p[0]], opens[upperByte(p[0])] = true, true
	}
	return opens
}()

// upperByte upper-cases an ASCII letter.
func upperByte(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// trimCredit removes a picture credit run into the start of a paragraph ("© Provided by
// Associated Press A man walks…"): the credit is boilerplate, the paragraph is not. The
// credit ends before the first capitalised word that a lower-case word follows, within five
// words. Text with no such credit, or nothing but a credit, is returned unchanged.
func trimCredit(t string) string {
	// Most blocks open with none of the prefixes' first characters, in either case.
	if t == "" || !creditOpeners[t[0]] {
		return t
	}
	rest := ""
	for _, p := range creditPrefixes {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			rest = strings.TrimSpace(t[len(p):])
			break
		}
	}
	if rest == "" {
		return t
	}
	words := strings.Fields(rest)
	if len(words) < 8 {
		return t
	}
	for k := 1; k <= 5 && k+1 < len(words); k++ {
		if upper(words[k]) && !upper(words[k+1]) {
			body := strings.Join(words[k:], " ")
			if sentence(body) {
				return body
			}
			return t
		}
		if !upper(words[k]) {
			return t // the credit is not a run of capitalised names
		}
	}
	return t
}

// upper reports whether s starts with an upper-case letter or a digit.
func upper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// BalanceQuotes pairs the double quotation marks of a sentence lifted out of its article. A
// quotation that runs over several sentences opens in one and closes in another, so a
// summary bullet can begin with a mark it never closes ("“He is renowned…") or end with one it
// never opened ("…some help.”). The missing mark is added, in the style of the unmatched one:
// a closing mark at the end for each unclosed opening, an opening mark at the start for each
// unopened closing. Single quotation marks are left alone: they double as apostrophes.
func BalanceQuotes(s string) string {
	type mark struct{ open, close string }
	var pending []mark // openings not yet closed, innermost last
	var prefix []string
	for i, r := range s {
		var m mark
		opening := false
		switch r {
		case '“':
			m, opening = mark{"“", "”"}, true
		case '”':
			m = mark{"“", "”"}
		case '"':
			m, opening = mark{`"`, `"`}, straightOpens(s, i)
		case '„':
			m, opening = mark{"„", "“"}, true
		default:
			continue
		}
		if opening {
			pending = append(pending, m)
			continue
		}
		if len(pending) > 0 {
			pending = pending[:len(pending)-1]
			continue
		}
		prefix = append(prefix, m.open)
	}
	if len(pending) == 0 && len(prefix) == 0 {
		return s
	}
	var b strings.Builder
	for k := len(prefix) - 1; k >= 0; k-- {
		b.WriteString(prefix[k])
	}
	b.WriteString(s)
	for k := len(pending) - 1; k >= 0; k-- {
		b.WriteString(pending[k].close)
	}
	return b.String()
}

// straightOpens reports whether the straight double quote at byte i opens a quotation: at
// the start, or after a space or an opening bracket, and followed by a non-space.
func straightOpens(s string, i int) bool {
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	if i+1 >= len(s) || unicode.IsSpace(next) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-", prev)
}

package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// rewriteApostrophes turns the doubled apostrophes that stand for quotation marks into
// double quotes, byte for byte. Three apostrophes in a row are a doubled mark and a nested
// single one: the nested mark stands inside, right after an opening pair and right before a
// closing one, so the pair is on the outer side.
func rewriteApostrophes(s string) string {
	if !strings.Contains(s, "'''") {
		return strings.ReplaceAll(s, "''", `""`)
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		if b[i] != '\'' {
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == '\'' {
			j++
		}
		switch j - i {
		case 2:
			b[i], b[i+1] = '"', '"'
		case 3:
			r, _ := utf8.DecodeRuneInString(s[j:])
			if j < len(b) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b[i], b[i+1] = '"', '"' // opening: the pair, then the nested mark
			} else {
				b[i+1], b[i+2] = '"', '"' // closing: the nested mark, then the pair
			}
		default:
			for k := i; k+1 < j; k += 2 {
				b[k], b[k+1] = '"', '"'
			}
		}
		i = j
	}
	return string(b)
}

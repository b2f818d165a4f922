package decode

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Mojibake: UTF-8 text that was once read as Windows-1252 (or Latin-1) and saved again as
// UTF-8, so that each of its non-ASCII characters became two or three ("PeÃ±a" for "Peña",
// "â€™" for "’"). Scrapers and old archives produce it; a name cut at "Ã" is a name lost.

// mojibakeMarks are the characters that open the commonest repaired sequences (Â and Ã for
// U+0080–U+00FF, Ä and Å for U+0100–U+017F, â for punctuation from U+2000): text without
// any of them is returned at once, and other scripts' mojibake is left.
var mojibakeMarks = []string{"\u00c2", "\u00c3", "\u00c4", "\u00c5", "\u00e2"}

// repairMojibake undoes one level of mojibake: a run of characters that Windows-1252 (or
// Latin-1 for its five unassigned bytes) encodes as one valid UTF-8 sequence of a non-ASCII
// character is replaced by that character. A character that opens no such sequence, or
// whose following characters do not complete one, stays as it is, so text in any language
// that merely uses "Ã" or "â" keeps it.
func repairMojibake(s string) string {
	if !holdsMojibakeMark(s) {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is written to b
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		lead, ok := singleByte(r)
		size := utf8SequenceLen(lead)
		if !ok || size < 2 {
			i += n
			continue
		}
		var seq [4]byte
		seq[0] = lead
		j, k := i+n, 1
		for k < size && j < len(s) {
			c, m := utf8.DecodeRuneInString(s[j:])
			cb, ok := singleByte(c)
			if !ok || cb < 0x80 || cb > 0xbf {
				break
			}
			seq[k] = cb
			k, j = k+1, j+m
		}
		if k < size {
			i += n
			continue
		}
		fixed, m := utf8.DecodeRune(seq[:size])
		if fixed == utf8.RuneError || m != size || !plausible(fixed) {
			i += n
			continue
		}
		b.WriteString(s[done:i])
		b.WriteRune(fixed)
		done, i = j, j
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// plausible reports whether r is a character that mojibake commonly hides: Latin letters and
// signs, Greek and Cyrillic, general punctuation and currency, emoji. A rarer script's
// character "repaired" from two Latin ones ("ß“") is more likely a coincidence.
func plausible(r rune) bool {
	return 0x80 <= r && r <= 0x24f || 0x370 <= r && r <= 0x4ff || 0x2000 <= r && r <= 0x22ff || 0x1f000 <= r && r <= 0x1faff
}

func holdsMojibakeMark(s string) bool {
	for _, m := range mojibakeMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// singleByte returns the byte that Windows-1252 encodes r as, Latin-1's for the five bytes
// Windows-1252 leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D), which mojibake keeps as
// control characters.
func singleByte(r rune) (byte, bool) {
	if r < 0x80 || 0xa0 <= r && r <= 0xff {
		return byte(r), true
	}
	switch r {
	case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}

// utf8SequenceLen is the length of the UTF-8 sequence that lead opens: 2 to 4 for a lead
// byte, 0 for any other byte. Overlong leads (0xC0, 0xC1) and those beyond U+10FFFF are none.
func utf8SequenceLen(lead byte) int {
	switch {
	case 0xc2 <= lead && lead <= 0xdf:
		return 2
	case 0xe0 <= lead && lead <= 0xef:
		return 3
	case 0xf0 <= lead && lead <= 0xf4:
		return 4
	}
	return 0
}

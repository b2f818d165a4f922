package text

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestDecodeRuneAt: DecodeRuneAt (and DecodeRune2At, for the characters of two bytes)
// decodes as utf8.DecodeRuneInString does every character, every surrogate, and every
// sequence of up to three bytes after a lead byte, cut short or not UTF-8 (overlong,
// surrogate, stray continuation), at the start of the text and inside it.
func TestDecodeRuneAt(t *testing.T) {
	check := func(s string, i int) {
		t.Helper()
		wantR, wantN := utf8.DecodeRuneInString(s[i:])
		if r, n := DecodeRuneAt(s, i); r != wantR || n != wantN {
			t.Fatalf("DecodeRuneAt(%q, %d) = %U, %d, want %U, %d", s, i, r, n, wantR, wantN)
		}
		if r, n := DecodeRuneAt([]byte(s), i); r != wantR || n != wantN {
			t.Fatalf("DecodeRuneAt([]byte(%q), %d) = %U, %d, want %U, %d", s, i, r, n, wantR, wantN)
		}
		want2 := rune(-1) // DecodeRune2At: only the characters of two bytes
		if wantN == 2 {
			want2 = wantR
		}
		if r := DecodeRune2At(s, i); r != want2 {
			t.Fatalf("DecodeRune2At(%q, %d) = %d, want %d", s, i, r, want2)
		}
		if r := DecodeRune2At([]byte(s), i); r != want2 {
			t.Fatalf("DecodeRune2At([]byte(%q), %d) = %d, want %d", s, i, r, want2)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r)
		if r >= 0xD800 && r <= 0xDFFF {
			s = string([]byte{0xE0 | byte(r>>12), 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F})
		}
		check(s, 0)
		check("x"+s+"y", 1)
		if len(s) > 1 {
			check(s[:len(s)-1], 0) // cut short
			check("x"+s[:len(s)-1], 1)
		}
	}
	tail := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}
	for lead := 0x80; lead <= 0xFF; lead++ {
		check(string([]byte{byte(lead)}), 0)
		for _, b1 := range tail {
			check(string([]byte{byte(lead), b1}), 0)
			for _, b2 := range tail {
				check(string([]byte{byte(lead), b1, b2}), 0)
				check(string([]byte{'a', byte(lead), b1, b2, 0x80}), 1)
			}
		}
	}
}

// appendLowerByRune is AppendLower as first written, character by character with unicode's
// tables: what the quicker one must write.
func appendLowerByRune(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r == '’' || r == '‘':
			dst = append(dst, '\'')
		case r >= 0x2000 && r <= 0x206F:
			dst = utf8.AppendRune(dst, r)
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// TestAppendLowerEveryRune: AppendLower writes what appendLowerByRune does for every
// character, between others, and for the bytes that start one cut short or are not UTF-8.
func TestAppendLowerEveryRune(t *testing.T) {
	check := func(s []byte) {
		t.Helper()
		if got, want := AppendLower([]byte(">"), string(s)), appendLowerByRune([]byte(">"), string(s)); string(got) != string(want) {
			t.Fatalf("AppendLower(%q) = %q, want %q", s, got, want)
		}
	}
	// A thousand characters at a time, each after a capital and followed, cut short, by
	// another.
	var chunk []byte
	for r := rune(0); r <= unicode.MaxRune; r++ {
		chunk = utf8.AppendRune(append(chunk, 'A'), r)
		if n := utf8.RuneLen(r); n > 1 {
			chunk = append(chunk, string(r)[:n-1]...)
			chunk = append(chunk, "Ж"...)
		}
		if r%1000 == 999 || r == unicode.MaxRune {
			check(chunk)
			chunk = chunk[:0]
		}
	}
	check([]byte("Straße İSTANBUL ΣΟΦΊΑ \xff\xc3 КИЕВ K Å ǅ \xed\xa0\x80 ’quoted‘ — done"))
}

package decode_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/precis-news/precis/shared/summarizer/decode"
)

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "plain", "\xef\xbb\xbfBOM", "\xff\xfeu\x00t\x00f\x00", "caf\xe9 \x93q\x94", "<meta charset=\"shift_jis\">\x82\xa0", "%PDF-1.4", "a\r\nb\u00a0c\u200b", "\x00\x01\x02"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, err := decode.Decode(raw)
		if err != nil {
			return
		}
		if !utf8.ValidString(got.Text) {
			t.Fatalf("invalid UTF-8 out of Decode")
		}
		if strings.ContainsAny(got.Text, "\r\u00a0\u200b\u00ad") {
			t.Fatalf("unnormalised characters remain: %q", got.Text)
		}
		if !norm.NFC.IsNormalString(got.Text) {
			t.Fatalf("not NFC")
		}
		if strings.TrimSpace(got.Text) == "" {
			t.Fatalf("empty text returned without ErrNoText")
		}
	})
}

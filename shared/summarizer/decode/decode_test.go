package decode_test

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/decode"
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

// The same article saved in any common encoding decodes to the same text.
func TestSameTextWhateverTheEncoding(t *testing.T) {
	sample := string(fixture.Read(t, fixture.SampleArticle))
	want, err := decode.Decode([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	latin := "Café owners in Zürich paid £5 for crème brûlée, señor.\n\nÀ bientôt, naïve façade."
	wantLatin, _ := decode.Decode([]byte(latin))
	cases := []struct {
		name, text string
		raw        []byte
		want       string
	}{
		{"utf-8 with BOM", sample, append([]byte("\xef\xbb\xbf"), sample...), want.Text},
		{"windows-1252", sample, encode(t, charmap.Windows1252, sample), want.Text},
		{"utf-16le with BOM", sample, encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), sample), want.Text},
		{"utf-16be with BOM", sample, encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), sample), want.Text},
		{"utf-16le without BOM", sample, encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), sample), want.Text},
		{"utf-16be without BOM", sample, encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), sample), want.Text},
		{"iso-8859-1", latin, encode(t, charmap.ISO8859_1, latin), wantLatin.Text},
		{"windows-1252 latin", latin, encode(t, charmap.Windows1252, latin), wantLatin.Text},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := decode.Decode(c.raw)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got.Text != c.want {
				t.Errorf("charset %s (%s): text differs from the UTF-8 original\n got: %.120q\nwant: %.120q", got.Charset, got.Source, got.Text, c.want)
			}
		})
	}
}

func TestDeclaredCharset(t *testing.T) {
	page := `<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>Caf` + "\xe9" + ` “quoted”</p></body></html>`
	got, err := decode.Decode([]byte(strings.Replace(page, "“quoted”", "\x93quoted\x94", 1)))
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != "declared" || !strings.Contains(got.Text, "Café “quoted”") {
		t.Errorf("got %s/%s %q", got.Charset, got.Source, got.Text)
	}
	// A page declared as Latin-1 whose bytes are valid UTF-8 was mislabelled: the bytes win.
	got, err = decode.Decode([]byte(`<meta charset="iso-8859-1"><p>Café “quoted”</p>`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Text, "Café “quoted”") {
		t.Errorf("mislabelled UTF-8 decoded as %s: %q", got.Charset, got.Text)
	}
	xml := "<?xml version=\"1.0\" encoding=\"windows-1252\"?><doc>Na\xefve</doc>"
	got, err = decode.Decode([]byte(xml))
	if err != nil || !strings.Contains(got.Text, "Naïve") {
		t.Errorf("XML prolog: %q %v", got.Text, err)
	}
}

func TestMixedEncodings(t *testing.T) {
	// UTF-8 text with a few stray Windows-1252 bytes pasted in.
	raw := []byte("Zürich’s mayor said \x93we will\x94 act.")
	got, err := decode.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != "Zürich’s mayor said “we will” act." || got.Source != "mixed" {
		t.Errorf("got %q (%s)", got.Text, got.Source)
	}
}

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"a\u00a0b":              "a b",
		"zero\u200bwidth":       "zerowidth",
		"soft\u00adhyphen":      "softhyphen",
		"crlf\r\nline\rend":     "crlf\nline\nend",
		"e\u0301te\u0301":       "été", // NFD to NFC
		"bell\x07 and \x1b[0m":  "bell and [0m",
		"quotes “kept” ‘and’ ’": "quotes “kept” ‘and’ ’",
	}
	for in, want := range cases {
		if got := decode.Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRefusesBinaryAndEmpty(t *testing.T) {
	cases := []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty", nil, article.ErrNoText},
		{"white space", []byte(" \n\t\r\n \u00a0 "), article.ErrNoText},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), article.ErrUnsupportedFormat},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), article.ErrUnsupportedFormat},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), article.ErrUnsupportedFormat},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), article.ErrUnsupportedFormat},
		{"random control bytes", []byte(strings.Repeat("\x01\x02\x03\x04abc", 200)), article.ErrUnsupportedFormat},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := decode.Decode(c.raw)
			if !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
		})
	}
	// Words that start like a signature are still text.
	if _, err := decode.Decode([]byte("MZ Holdings said on Monday that RIFF was over.")); err != nil {
		t.Errorf("text starting with MZ refused: %v", err)
	}
}

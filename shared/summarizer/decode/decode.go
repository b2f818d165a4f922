// Package decode turns the raw bytes of an uploaded article into clean, NFC-normalised UTF-8
// text, whatever encoding it was saved in, and refuses binary files.
//
// The charset is chosen in this order: a byte-order mark; a charset the document declares
// (HTML meta, XML prolog); a valid-UTF-8 check over the whole input; statistical detection.
package decode

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/precis-news/precis/shared/article"
)

// Text is decoded input.
type Text struct {
	// Text is NFC-normalised UTF-8 with LF line ends, non-breaking spaces turned into spaces
	// and invisible characters (zero-width spaces, soft hyphens, controls) removed.
	Text string
	// Charset names the encoding the input was read as, for example "utf-8" or "windows-1252".
	Charset string
	// Source says how the charset was chosen: "bom", "declared", "utf-8", "mixed" or "detected".
	Source string
}

// signatures of binary formats users upload by mistake; matched at offset 0.
var signatures = []struct {
	magic string
	name  string
}{
	{"%PDF-", "PDF"},
	{"\x89PNG\r\n\x1a\n", "PNG"},
	{"GIF87a", "GIF"},
	{"GIF89a", "GIF"},
	{"\xff\xd8\xff", "JPEG"},
	{"PK\x03\x04", "ZIP"},
	{"PK\x05\x06", "ZIP"},
	{"\x1f\x8b", "gzip"},
	{"BZh", "bzip2"},
	{"\xfd7zXZ\x00", "xz"},
	{"7z\xbc\xaf\x27\x1c", "7z"},
	{"Rar!\x1a\x07", "RAR"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE (legacy Office)"},
	{"\x7fELF", "ELF executable"},
	{"MZ", "Windows executable"},
	{"RIFF", "RIFF media"},
	{"ID3", "MP3"},
	{"OggS", "Ogg media"},
	{"\x00\x00\x00", "binary"},
	{"wOFF", "font"},
	{"{\\rtf", "RTF"},
}

// Decode reads raw as text. It returns an error wrapping article.ErrUnsupportedFormat for
// binary input and article.ErrNoText for input with nothing but white space.
func Decode(raw []byte) (Text, error) {
	if name := sniffBinary(raw); name != "" {
		return Text{}, fmt.Errorf("decode: %w", &article.FormatError{Detail: name + " file"})
	}
	s, charset, source, err := toUTF8(raw)
	if err != nil {
		return Text{}, err
	}
	if binaryShare(s) > 0.05 {
		return Text{}, fmt.Errorf("decode: %w", &article.FormatError{Detail: "input looks binary (control characters)"})
	}
	s = Normalize(s)
	if strings.TrimSpace(s) == "" {
		return Text{}, fmt.Errorf("decode: %w: input is empty or white space", article.ErrNoText)
	}
	return Text{Text: s, Charset: charset, Source: source}, nil
}

func sniffBinary(raw []byte) string {
	for _, sig := range signatures {
		if bytes.HasPrefix(raw, []byte(sig.magic)) {
			// "MZ" and "RIFF" are also ordinary words at the start of a text file; demand
			// the NUL bytes that real executables and media files carry early on.
			if (sig.name == "Windows executable" || sig.name == "RIFF media") && bytes.IndexByte(raw[:min(len(raw), 512)], 0) < 0 {
				continue
			}
			return sig.name
		}
	}
	return ""
}

// binaryShare is the share of runes that are control characters or replacement characters:
// text in any encoding has almost none.
func binaryShare(s string) float64 {
	n, bad := 0, 0
	for _, r := range s {
		n++
		if r == utf8.RuneError || (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') || r == 0x7f {
			bad++
		}
		if n >= 1<<16 {
			break
		}
	}
	if n == 0 {
		return 0
	}
	return float64(bad) / float64(n)
}

var (
	metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)
	xmlCharset  = regexp.MustCompile(`(?i)^\s*<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_:.\-]+)["']`)
)

func toUTF8(raw []byte) (s, charset, source string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		return decodeWith(raw[3:], xunicode.UTF8, "utf-8", "bom")
	case bytes.HasPrefix(raw, []byte("\xff\xfe")):
		return decodeWith(raw, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "utf-16le", "bom")
	case bytes.HasPrefix(raw, []byte("\xfe\xff")):
		return decodeWith(raw, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), "utf-16be", "bom")
	}
	if order, ok := utf16WithoutBOM(raw); ok {
		return decodeWith(raw, xunicode.UTF16(order, xunicode.IgnoreBOM), map[xunicode.Endianness]string{xunicode.LittleEndian: "utf-16le", xunicode.BigEndian: "utf-16be"}[order], "detected")
	}
	valid := utf8.Valid(raw)
	if name := declaredCharset(raw); name != "" {
		if enc, err := htmlindex.Get(name); err == nil {
			canonical, _ := htmlindex.Name(enc)
			// A page declared as a legacy single-byte charset that is valid UTF-8 with
			// multi-byte sequences was mislabelled by its server; the bytes win.
			if !(valid && hasMultiByte(raw) && isSingleByte(enc)) {
				return decodeWith(raw, enc, canonical, "declared")
			}
		}
	}
	if valid {
		return string(raw), "utf-8", "utf-8", nil
	}
	if mostlyUTF8(raw) {
		return decodeMixed(raw), "utf-8", "mixed", nil
	}
	return detect(raw)
}

func declaredCharset(raw []byte) string {
	head := raw[:min(len(raw), 4096)]
	if m := xmlCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

func decodeWith(raw []byte, enc encoding.Encoding, charset, source string) (string, string, string, error) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", "", fmt.Errorf("decode: %w", &article.FormatError{Detail: fmt.Sprintf("not readable as %s: %v", charset, err)})
	}
	return string(out), charset, source, nil
}

// utf16WithoutBOM spots UTF-16 text saved without a byte-order mark: in Latin-script text every
// other byte is zero.
func utf16WithoutBOM(raw []byte) (xunicode.Endianness, bool) {
	n := min(len(raw), 4096) &^ 1
	if n < 8 {
		return xunicode.LittleEndian, false
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			evenZero++
		}
		if raw[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 > pairs*7 && evenZero*10 < pairs:
		return xunicode.LittleEndian, true
	case evenZero*10 > pairs*7 && oddZero*10 < pairs:
		return xunicode.BigEndian, true
	}
	return xunicode.LittleEndian, false
}

func hasMultiByte(raw []byte) bool {
	for _, b := range raw {
		if b >= 0x80 {
			return true
		}
	}
	return false
}

func isSingleByte(enc encoding.Encoding) bool {
	_, ok := enc.(*charmap.Charmap)
	return ok
}

// mostlyUTF8 reports whether invalid bytes are rare next to valid multi-byte sequences: a
// UTF-8 file with a few pasted Windows-1252 characters, not a legacy file.
func mostlyUTF8(raw []byte) bool {
	var valid, invalid int
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid > 0 && valid >= invalid
}

// decodeMixed keeps the valid UTF-8 sequences and reads each stray byte as Windows-1252.
func decodeMixed(raw []byte) string {
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/8)
	dec := charmap.Windows1252
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(dec.DecodeByte(raw[i]))
		} else {
			b.Write(raw[i : i+size])
		}
		i += size
	}
	return b.String()
}

// detect guesses the charset of legacy text statistically. Short or ambiguous English text is
// read as Windows-1252, the superset of ISO-8859-1 that browsers use for both labels.
func detect(raw []byte) (string, string, string, error) {
	sample := raw[:min(len(raw), 64<<10)]
	all, err := chardet.NewTextDetector().DetectAll(sample)
	if best := bestGuess(all); err == nil && best != nil && best.Confidence >= 40 {
		if enc, err := htmlindex.Get(best.Charset); err == nil {
			name, _ := htmlindex.Name(enc)
			if isSingleByte(enc) || best.Confidence >= 70 {
				return decodeWith(raw, enc, name, "detected")
			}
		}
	}
	return decodeWith(raw, charmap.Windows1252, "windows-1252", "detected")
}

// bestGuess returns the result of highest confidence and, of those, the first by charset
// name. The detector runs its recognizers at once and returns results of equal confidence
// in the order they finish: its own best varied from run to run on the same bytes.
func bestGuess(results []chardet.Result) *chardet.Result {
	var best *chardet.Result
	for i := range results {
		r := &results[i]
		if best == nil || r.Confidence > best.Confidence || r.Confidence == best.Confidence && r.Charset < best.Charset {
			best = r
		}
	}
	return best
}

// invisible are removed outright: they carry no text and break word matching.
var invisible = strings.NewReplacer(
	"\u00ad", "", // soft hyphen
	"\u200b", "", // zero-width space
	"\u2060", "", // word joiner
	"\ufeff", "", // stray byte-order mark
	// Bidirectional embeddings, overrides and isolates: invisible, and able to make a
	// sentence display other than it reads.
	"\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "",
	"\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "",
	"\r\n", "\n",
	"\r", "\n",
	"\u2028", "\n",
	"\u2029", "\n\n",
	"\u00a0", " ",
	"\u202f", " ",
	"\u2007", " ",
	"\t", " ",
	"\f", "\n",
)

// Normalize applies the text normalisation Decode ends with, for text that arrives decoded.
func Normalize(s string) string {
	// Mojibake is read first, on composed text (a scraper may have decomposed its "Ã" too):
	// it may hide the spaces and controls handled next ("Â\u00a0", "â€\u009d").
	s = invisible.Replace(repairMojibake(norm.NFC.String(s)))
	if hasControl(s) {
		s = strings.Map(func(r rune) rune {
			if r == '\n' || !(unicode.IsControl(r) || r == utf8.RuneError) {
				return r
			}
			return -1
		}, s)
	}
	return norm.NFC.String(s)
}

func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < 0x20 && s[i] != '\n') || s[i] == 0x7f || s[i] == 0xc2 || s[i] == 0xef {
			return true
		}
	}
	return false
}

package clean

import (
	"strings"
	"testing"
)

// TestTrimCreditOpeners: the first-byte gate lets through every credit prefix in any case,
// so a credit run into a paragraph is trimmed whatever its case.
func TestTrimCreditOpeners(t *testing.T) {
	const body = "A man walks past the flooded houses of the town on Sunday after the storm."
	for _, p := range creditPrefixes {
		for _, prefix := range []string{p, strings.ToUpper(p), strings.ToUpper(p[:2]) + p[2:]} {
			in := prefix + "Jane Roe Reuters " + body
			if !creditOpeners[in[0]] {
				t.Errorf("%q: the gate refuses it", in)
			}
			if got := trimCredit(in); got != body {
				t.Errorf("trimCredit(%q) = %q, want %q", in, got, body)
			}
		}
	}
	for _, in := range []string{"", "Photographs of the town: " + body, body} {
		if got := trimCredit(in); got != in {
			t.Errorf("trimCredit(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestHoldsSeparator: holdsSeparator is strings.ContainsAny(t, "|/").
func TestHoldsSeparator(t *testing.T) {
	for _, s := range []string{"", "|", "/", "a b c", "Jane Roe | Getty Images", "AP Photo/Alan Diaz", "“quoted” — x", "a\\b"} {
		if got, want := holdsSeparator(s), strings.ContainsAny(s, "|/"); got != want {
			t.Errorf("%q: holdsSeparator = %v, want %v", s, got, want)
		}
	}
}

package clean

import (
	"math/rand/v2"
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

// TestSeparatorInScan: a block's scan finds a credit line's separator where
// strings.ContainsAny(t, "|/") does, over generated blocks.
func TestSeparatorInScan(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 1))
	blocks := randomBlocks(r, []string{"|", "/", "a b", "Getty Images", "\\", "“", "é", "AP"}, 5000)
	blocks = append(blocks, "", "|", "/", "Jane Roe | Getty Images", "AP Photo/Alan Diaz", "a\\b")
	held := 0
	for _, s := range blocks {
		scan := literalScan{t: s}
		got, want := scan.candidates().has(scan.x.separator), strings.ContainsAny(s, "|/")
		if got != want {
			t.Errorf("%q: the scan finds a separator %v, want %v", s, got, want)
		}
		if got {
			held++
		}
	}
	if held < 1000 {
		t.Errorf("only %d blocks hold a separator", held)
	}
}

package clean

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// splitBlocksTwoPass is splitBlocks as it was written first: it counts the blank lines,
// then splits.
func splitBlocksTwoPass(s string) []string {
	blank, nonBlank := 0, 0
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == "" {
			blank++
		} else {
			nonBlank++
		}
	}
	var out []string
	if blank*4 < nonBlank {
		for _, l := range strings.Split(s, "\n") {
			if t := strings.Join(strings.Fields(l), " "); t != "" {
				out = append(out, t)
			}
		}
		return out
	}
	for _, para := range strings.Split(s, "\n\n") {
		if headerLines(para) || bulletLines(para) {
			for _, l := range strings.Split(para, "\n") {
				if t := strings.Join(strings.Fields(l), " "); t != "" {
					out = append(out, t)
				}
			}
			continue
		}
		if t := strings.Join(strings.Fields(para), " "); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// TestSplitLinesAgreesWithTwoPasses: counting the blank lines while squeezing the others
// splits a text as counting them first does, whatever the share of blank lines and wherever
// they stand, around the share that decides and the count at which the pass gives up.
func TestSplitLinesAgreesWithTwoPasses(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	lineMode := 0
	for k := range 3000 {
		n := 1 + r.IntN(300)
		blankShare := r.Float64() * 0.4
		var b strings.Builder
		for i := range n {
			if i > 0 {
				b.WriteString("\n")
			}
			// Blank lines at the top of some texts, through others.
			if r.Float64() < blankShare || k%5 == 0 && i < 2*maxBlankLead && r.IntN(2) == 0 {
				b.WriteString([]string{"", " ", "\t", "\u00a0"}[r.IntN(4)])
				continue
			}
			b.WriteString([]string{"A line.", "Menu", "  two  spaces ", "• item", "Word"}[r.IntN(5)])
		}
		s := b.String()
		if _, ok := splitLines(s); ok {
			lineMode++
		}
		if got, want := splitBlocks(s), splitBlocksTwoPass(s); !slices.Equal(got, want) {
			t.Fatalf("splitBlocks(%q) = %q, want %q", s, got, want)
		}
	}
	if lineMode < 500 || lineMode > 2500 {
		t.Errorf("%d of the texts split by line in one pass", lineMode)
	}
}

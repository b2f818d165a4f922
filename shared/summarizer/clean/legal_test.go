package clean

import (
	"regexp"
	"strings"
	"testing"
)

// TestLegalNoticeMatchesAlternation: trying legalNotices' expressions apart, each behind
// its word, finds the notices their alternation finds, and nothing more.
func TestLegalNoticeMatchesAlternation(t *testing.T) {
	exprs := make([]string, len(legalNotices))
	for i, n := range legalNotices {
		exprs[i] = n.expr
	}
	whole := regexp.MustCompile(`(?i)\b(?:` + strings.Join(exprs, "|") + `)`)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Précis is a registered trademark of Précis Inc.", true},
		{"Registered office: 1 Main Street, London.", true},
		{"Market data is provided by Refinitiv.", true},
		{"© 2024 Example Media. All Rights Reserved.", true},
		{"These statements have not been evaluated by the Food and Drug Administration.", true},
		{"This product is not intended to diagnose, treat, cure or prevent any disease.", true},
		{"The information contained in this website is for general guidance.", true},
		{"Results may vary depending on the individual.", true},
		{"Consult your physician or other qualified professional before beginning any diet.", true},
		{"This article is for informational purposes only.", true},
		{"It is not a substitute for professional medical advice.", true},
		{"The council said the information provided to it was wrong.", false},
		{"Results vary, the coach said, depending on the weather.", false},
		{"Doctors consult a colleague before operating.", false},
		{"Her lawyer said the trademark dispute would go to court.", false},
		{"UNREGISTERED OFFICE: nothing here; all rights-reserved", false},
	} {
		b := block{text: c.text}
		if got := legalNotice(b); got != c.want || got != whole.MatchString(c.text) {
			t.Errorf("%q: legalNotice = %v, the alternation %v, want %v", c.text, got, whole.MatchString(c.text), c.want)
		}
	}
}

package clean

import "testing"

// itemEnds counts at least as many places as the expression finds items of each kind, so
// that a list it lets through is still found, and rules out prose with no list in it.
func TestItemEndsBoundTheExpression(t *testing.T) {
	for _, c := range []struct {
		text string
		list bool
	}{
		{"June 9 – West Palm Beach, FL June 10 – Tampa, FL June 12 — Orlando, FL June 14 -- Atlanta, GA", true},
		{"1a etapa: 10 de março – Interlagos 2a etapa: 24 de março – Goiânia 3a etapa: 7 de abril – Velopark", true},
		{"Winners: 1) Jane Roe of Leeds 2) John Doe of York 3) Ann Lee of Hull, and the rest after them", true},
		{"Ranking 1º\tJane Roe, Leeds 2ª Ann Lee, Hull 3°\nJohn Doe, York, as the judges announced on Monday", true},
		{"Tour dates: Mar 3 @ Boston, Mar 5 @ Albany, Mar 9: New York and then the band flies to Europe", true},
		{"The council met on June 9 - and again on June 10 – to vote on the budget of 2024 for the schools.", false},
		{"The council approved the budget on Monday after a long debate about 12 schools and 3 roads.", false},
	} {
		dated, numbered := itemEnds(c.text)
		foundDated, foundNumbered := 0, 0
		for _, m := range flatItems().FindAllStringSubmatch(c.text, -1) {
			if m[1] == "" {
				foundDated++
			} else {
				foundNumbered++
			}
		}
		if foundDated > dated || foundNumbered > numbered {
			t.Errorf("%q: the expression finds %d dated and %d numbered items, itemEnds counts %d and %d",
				c.text, foundDated, foundNumbered, dated, numbered)
		}
		if got := flatList(c.text); got != c.list {
			t.Errorf("flatList(%q) = %v, want %v", c.text, got, c.list)
		}
	}
}

package clean

import "testing"

// A pattern is skipped only for blocks it cannot match: the first-byte sets agree with the
// regular expressions on blocks that start with every kind of character.
func TestFirstBytes(t *testing.T) {
	blocks := []string{"Read more: x", "READ MORE: x", "ſee also: x", "© 2024 Example", "(c) 2024", "• Share", "»", "",
		"Sponsored", "Getty Images", "Terms of Use", "x", "1 comment", "Photo: AP", "Kelvin"}
	for _, p := range compiled().boilerplate {
		for _, b := range blocks {
			if p.re.MatchString(b) && !p.first.has(b) {
				t.Errorf("%s matches %q but its first set excludes it", p.re, b)
			}
		}
	}
	if f := firstBytes(`(?i)^(?:menu|search)$`); f.any || f.has("Home") || !f.has("MENU") || !f.has("search") {
		t.Errorf("first set of menu|search: %+v", f.any)
	}
}

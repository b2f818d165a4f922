package clean

import (
	"regexp"
	"testing"
)

// A pattern is skipped only for blocks it cannot match: the gates agree with the regular
// expressions on blocks written to match each pattern.
func TestPrefixGates(t *testing.T) {
	blocks := []string{"Read more: x", "READ MORE: x", "See also: x", "© 2024 Example", "(c) 2024", "• Share", "»", "",
		"Sponsored", "Sponsored by Acme", "Getty Images", "AP Photo/Jane Doe", "Terms of Use", "x", "1 comment", "12 Comments",
		"Photo: AP", "Image 3 of 12", "Share this article", "Sign up for our newsletter", "Subscribe to alerts", "Advertisement",
		"Story continues below advertisement", "Tags: budget", "Filed under: politics", "Updated 5 minutes ago",
		"Reporting by Jane Doe; Editing by John Roe", "Jane Doe contributed to this report.", "A storm (Photo: AP) hit", "(Reporting by Jane Doe)", "Skip to main content", "Copyright 2024"}
	matched := map[string]bool{}
	for i := range compiled().boilerplate {
		p := &compiled().boilerplate[i]
		for _, b := range blocks {
			if p.re.MatchString(b) {
				matched[b] = true
				if maybe := compiled().index.candidates(b); !maybe.has(i) {
					t.Errorf("%s matches %q but its gate is shut", p.re, b)
				}
			}
		}
	}
	if len(matched) < 25 {
		t.Errorf("only %d of the blocks matched a pattern", len(matched))
	}
	// The headers looked for with a gate in front of their pattern.
	for _, c := range []struct {
		re     *gatedRE
		blocks []string
	}{
		{commentHeader(), []string{"34 Comments", "[ Leave a Reply ]", "(12 responses to “The plan”)", "Name *", "REPLY", "About the author", "Show 12 comments"}},
		{feedHeader(), []string{"» More in World", "Image 2 of 12", "TRENDING NOW:", "32m ago", "3 / 12", "Photo gallery", "— Related stories —", "You may also like"}},
	} {
		for _, b := range c.blocks {
			if !whole(c.re).MatchString(b) {
				t.Errorf("%q does not match %s", b, whole(c.re))
			} else if !c.re.MatchString(b) {
				t.Errorf("%q matches %s but its gate is shut", b, whole(c.re))
			}
		}
		for _, b := range []string{"Menu", "The council voted.", "Moreover, the vote", ""} {
			if c.re.MatchString(b) {
				t.Errorf("%q matches %s", b, whole(c.re))
			}
		}
	}
	if g := gateOf(`(?i)^(?:menu|search|log ?in)$`); g.open("home") || !g.open("menu") || !g.open("LOGIN") || !g.open("Log in") {
		t.Errorf("gate of menu|search|log ?in: %v", g.byFirst)
	}
}

// whole compiles g's whole expression, the reference its gated alternatives must agree with.
func whole(g *gatedRE) *regexp.Regexp { return regexp.MustCompile(g.src) }

// TestAlphabet: an expression's alphabet admits every string it matches, and refuses those
// holding an ASCII character no match can hold.
func TestAlphabet(t *testing.T) {
	tests := []struct {
		pattern string
		admit   []string // each matches the pattern, or at least holds only its characters
		refuse  []string
	}{
		{nameLine().String(), []string{"By Jane Doe", "by Jane O’Neil-Smith", "Jean-Luc Picard", "Zoë Ångström"},
			[]string{"Jane Doe, Reuters", "12 Things To Do", "Jane: Doe", "Jane_Doe"}},
		{`(?i)^more (?:news|stories)$`, []string{"MORE NEWS", "More Stories"}, []string{"More: News", "more news!"}},
		{`^a.b$`, []string{"a:b", "a-b"}, nil},
		{`^[0-9]+ [a-c]$`, []string{"12 a", "3 c"}, []string{"12 d", "12 A"}},
	}
	for _, tt := range tests {
		re, a := regexp.MustCompile(tt.pattern), alphabetOf(tt.pattern)
		for _, s := range tt.admit {
			if !a.admits(s) {
				t.Errorf("alphabet of %s refuses %q", tt.pattern, s)
			}
		}
		for _, s := range tt.refuse {
			if a.admits(s) {
				t.Errorf("alphabet of %s admits %q", tt.pattern, s)
			}
			if re.MatchString(s) {
				t.Errorf("%s matches %q, which the test says it refuses", tt.pattern, s)
			}
		}
	}
}

// TestEveryPatternIsGated: a whole-block pattern without a literal to gate it on runs its
// backtracker on every short block of every page (three such leftovers once took half of
// the cleaner's time), so every pattern of the cleaner's lists must have one.
func TestEveryPatternIsGated(t *testing.T) {
	for name, x := range map[string]*literalIndex{"boilerplate": &compiled().index, "leftovers": &leftovers().index} {
		if x.always != (patternSet{}) {
			t.Errorf("%s: patterns %v have no literal to gate them on", name, x.always)
		}
	}
}

// TestMaybeNameLine: the cheap test bylinedTeasers asks first passes every line nameLine
// matches, and turns away lines without a space or with a character no name holds.
func TestMaybeNameLine(t *testing.T) {
	var lines []string
	for _, first := range []string{"Jane", "Zoë", "O’Neil-Smith", "J.R.", "Ångström"} {
		for _, rest := range []string{" Doe", " Mary Ann Doe", " de la Cruz", "  Doe", " Doe Jr.", "\u00a0Doe"} {
			for _, by := range []string{"", "By ", "by ", "BY "} {
				lines = append(lines, by+first+rest)
			}
		}
	}
	matched := 0
	for _, l := range lines {
		if nameLine().MatchString(l) {
			matched++
			if !maybeNameLine(l) {
				t.Errorf("maybeNameLine(%q) = false, but nameLine matches it", l)
			}
		}
	}
	if matched < 20 {
		t.Fatalf("only %d of the generated lines are names: the test checks too little", matched)
	}
	for _, l := range []string{"Home", "Jane Doe, Reuters", "12 Things To Do", "Politics"} {
		if maybeNameLine(l) {
			t.Errorf("maybeNameLine(%q) = true", l)
		}
	}
}

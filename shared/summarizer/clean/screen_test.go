package clean

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// A screened expression matches exactly what the expression matches, however the case of a
// match is written (the long s and the Kelvin sign fold with s and k), and its screens turn
// away the blocks that hold none of its literals or end with a byte no match ends with.
func TestScreenedAgrees(t *testing.T) {
	for _, c := range []struct {
		pattern string
		needs   []string // the literals screened for
		last    string   // the bytes screened for at the end ("" for none)
		blocks  []string
	}{
		{`(?i)^(?:(?:\d+ )?comments?)$`, []string{"comment"}, "STst\xbf",
			[]string{"12 Comments", "COMMENT", "12 commentſ", "12 comments.", "Comments (4)", "A comment on the vote", ""}},
		{`(?i)^(?:\d+ shares?)$`, []string{"hare"}, "ESes\xbf",
			[]string{"12 shares", "3 ſhares", "12 SHARE", "shares", "12 shares!"}},
		{`(?i)^(?:.*\((?:photo|image)s?:[^)]*\))$`, []string{"photo", "image"}, ")",
			[]string{"A storm (Photo: AP)", "A storm (Photo: AP).", "A storm (AP)", "(images: Getty)"}},
		{`(?i)^(?:back to top)$`, []string{" to top"}, "Pp",
			[]string{"Back to top", "BACK TO TOP", "Back to top.", "back to the top"}},
		{`(?i)^(?:ask|kelvin)$`, []string{"a", "elvin"}, "KNkn\xaa",
			[]string{"as\u212a", "\u212aelvin", "ask", "task", "Kelvin!"}},
		// A class that holds U+FFFD also matches an invalid byte.
		{`^(?:ab[\x{FFFD}x])$`, []string{"ab"}, "\x80",
			[]string{"ab\xff", "abx", "aby", "ab\uFFFD"}},
		// No literal every match holds, no end to screen for.
		{`(?i)^(?:\d+|x.*)$`, nil, "", []string{"12", "xbox", "box"}},
	} {
		s, re := screen(c.pattern), regexp.MustCompile(c.pattern)
		if !slices.Equal(s.needs, c.needs) {
			t.Errorf("%s: needs %q, want %q", c.pattern, s.needs, c.needs)
		}
		if c.last == "" && s.last != nil || c.last != "" && (s.last == nil || !s.last[c.last[0]]) {
			t.Errorf("%s: last bytes %v, want %q among them", c.pattern, s.last, c.last)
		}
		for _, b := range c.blocks {
			if got, want := s.MatchString(b), re.MatchString(b); got != want {
				t.Errorf("%s on %q: screened %v, expression %v", c.pattern, b, got, want)
			}
		}
	}
}

// The screens of every pattern of the cleaner let through each block the pattern matches.
func TestScreensAgreeOnPatterns(t *testing.T) {
	blocks := []string{"Read more: x", "12 Comments", "12 commentſ", "A storm (Photo: AP)", "Photo: AP", "Image 3 of 12",
		"Share this article", "Sign up for our newsletter", "Advertisement", "Tags: budget", "Updated 5 minutes ago",
		"Jane Doe contributed to this report.", "Skip to main content", "Copyright 2024", "32m ago", "3 / 12",
		"» More in World", "Leave a Reply", "Name *", "About the author", "[Related: the vote]", "Jane Roe | Getty Images",
		"Thanks for signing up!", "Copy link", "Show more sharing options", "Back to top", "Podcasts", "AD CHOICES",
		"Email • Twitter", "Share this story", "Share your story with us", "As you comment, please be respectful of other commenters.",
		"Our site moderates comments (daily)."}
	var all []*screenedRE
	for _, p := range compiled().boilerplate {
		all = append(all, p.re)
	}
	for _, p := range leftovers().patterns {
		all = append(all, p.re)
	}
	all = append(all, feedHeader().alts...)
	all = append(all, commentHeader().alts...)
	all = append(all, creditLine(), commentPolicyRE())
	matched := 0
	for _, s := range all {
		re := regexp.MustCompile(s.String())
		for _, b := range blocks {
			want := re.MatchString(b)
			if want {
				matched++
			}
			if got := s.MatchString(b); got != want {
				t.Errorf("%s on %q: screened %v, expression %v", s, b, got, want)
			}
		}
	}
	if matched < len(blocks) {
		t.Errorf("only %d matches over %d blocks", matched, len(blocks))
	}
}

// TestEndLiterals: the strings one of which every match ends with, read off an expression
// anchored at the end; none when a match may end in a character outside ASCII or in any.
func TestEndLiterals(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string
	}{
		{`(?i)^(?:x\s*[|/]\s*(?:ap|afp)\)?)$`, []string{"ap", "afp", "ap)", "afp)"}},
		{`(?i)^(?:.*\bfoo)$`, []string{"foo"}},
		{`^(?:a+)$`, []string{"a"}},
		{`(?i)^(?:(?:no )?comments?)$`, []string{"no comment", "no comments", "comment", "comments"}},
		{`^(?:\d)$`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`(?i)^(?:x.*)$`, nil},
		{`(?i)^(?:caf[eé])$`, nil},
		{`(?i)^(?:done|)$`, nil},
	} {
		re, err := syntax.Parse(c.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := endLiterals(re)
		if !sameStrings(got, c.want) {
			t.Errorf("endLiterals(%s) = %q, want %q", c.pattern, got, c.want)
		}
	}
}

// TestEndScreenAgrees: every screened expression of the cleaner that screens for its ends
// matches exactly what the expression matches, over blocks made of its ends and of its
// sure words in any case, with the long s and the Kelvin sign, and after credits and
// bylines.
func TestEndScreenAgrees(t *testing.T) {
	res := []*screenedRE{creditLine()}
	for _, list := range [][]pattern{compiled().boilerplate, leftovers().patterns} {
		for _, p := range list {
			res = append(res, p.re)
		}
	}
	for _, g := range []*gatedRE{commentHeader(), feedHeader()} {
		res = append(res, g.alts...)
	}
	screened, matched := 0, 0
	for _, s := range res {
		if s.ends == nil {
			continue
		}
		screened++
		re := regexp.MustCompile(s.String())
		var words []string
		for _, e := range s.ends {
			words = append(words, e, strings.ToUpper(e), mixedCase(e), strings.ReplaceAll(e, "s", "ſ"), strings.ReplaceAll(e, "k", "\u212a"))
		}
		for _, w := range words {
			for _, pre := range []string{"", "12 ", "Jane Roe | ", "Jane Roe / AP Photo / ", "(", "A storm (Photo: ", "Share | ", "é "} {
				for _, post := range []string{"", ")", ".", " "} {
					b := pre + w + post
					if got, want := s.MatchString(b), re.MatchString(b); got != want {
						t.Errorf("%q: screened %v, the expression %v (%s)", b, got, want, re)
					} else if got {
						matched++
					}
				}
			}
		}
	}
	if screened < 10 || matched < 100 {
		t.Errorf("%d expressions screened for their ends, %d blocks matched", screened, matched)
	}
}

// TestAlphabetScreen: a whole-block expression is screened for its alphabet, one that may
// match within a block is not.
func TestAlphabetScreen(t *testing.T) {
	for _, c := range []struct {
		pattern  string
		screened bool
		refuse   string
	}{
		{`(?i)^(?:share|tweet)(?:\s*[|/]?\s*(?:share|tweet|this|story))*$`, true, "Share your story"},
		{`(?i)^(?:(?:\d+ )?comments?)$`, true, "12 comments."},
		{`(?i)\b(?:moderates? comments)`, false, ""},
		{`(?i)^(?:tags?:.*)$`, false, ""},
	} {
		s := screen(c.pattern)
		if (s.alpha != nil) != c.screened {
			t.Errorf("%s: screened for its alphabet %v, want %v", c.pattern, s.alpha != nil, c.screened)
		}
		if c.refuse != "" && (s.alpha.admits(c.refuse) || s.MatchString(c.refuse)) {
			t.Errorf("%s: the alphabet admits %q", c.pattern, c.refuse)
		}
	}
}

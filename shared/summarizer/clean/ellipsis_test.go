package clean_test

import (
	"strings"
	"testing"
)

// A paragraph that trails off with its writer's ellipsis, right after a paragraph of the
// article, is the article's, even short; a feed's teasers cut off so after their headlines,
// or one after another, are not.
func TestWritersEllipsis(t *testing.T) {
	trailing := "Good luck trying to get your local club to let you on the course, though..."
	aside := "And then, of course, the rain came back…"
	teasers := []string{
		"UK weather alert: a plague of mosquitos is set to devastate Britain as the hurri...",
		"Scientists claim the discovery of the root of all evil in an ancient bible manu...",
	}
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"closing the article", "Home\nSport\n" + body1 + "\n" + body2 + "\n" + body3 + "\n" + trailing + "\nPrivacy Policy\n",
			[]string{body3, trailing}, nil},
		{"inside the article", "Home\nSport\n" + body1 + "\n" + body2 + "\n" + aside + "\n" + body3 + "\nPrivacy Policy\n",
			[]string{body2, aside, body3}, nil},
		{"teasers one after another", "Home\nNews\n" + body1 + "\n" + body2 + "\n" + body3 + "\n" + strings.Join(teasers, "\n") + "\nPrivacy Policy\n",
			[]string{body3}, teasers},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
}

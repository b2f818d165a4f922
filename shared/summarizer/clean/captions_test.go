package clean_test

import "testing"

// A single line between two of the article's paragraphs is body (a deal's title, a
// result), unless it is a caption with its credit, a bracketed link to another story, an
// unrendered shortcode, a video player's end card or a widget's label.
func TestLinesBetweenParagraphs(t *testing.T) {
	between := func(line string) string {
		return "Home\nNews\n" + body1 + "\n" + line + "\n" + body2 + "\n" + body3 + "\nPrivacy Policy\n"
	}
	cases := []struct {
		name, line string
		kept       bool
	}{
		{"a deal's title", "King of Monitors: 35% Off Dell Alienware AW3418DW 34\" 3440x1440 Curved 120Hz IPS Gaming Monitor, Now $649.99", true},
		{"a result", "Viera d. Rockledge 3-1", true},
		{"a sentence about an inbox", "Scam emails land in your inbox every day, and most of them look like bills.", true},
		{"a sentence about a delivery", "Swiss health officials are offering a new twist on safe sex: condoms delivered to your door.", true},
		{"a sentence about a leaflet", "Election leaflets delivered through your letterbox must name the printer who made them.", true},
		{"a caption with its credit", "A worker loads garage door trims into his pickup truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)", false},
		{"a bracketed link", "[Related: Keynote Brings AI, Integration and Protestors]", false},
		{"a shortcode", "[button link=\"http://example.com/submit-review/\" type=\"big\"] Send us YOUR kit review[/button]", false},
		{"a video's end card", "Thanks for watching!", false},
		{"a share bar's label", "Share this:", false},
		{"a link to copy", "Copy this link", false},
		{"a share count", "This story has been shared 44,976 times.", false},
		{"a picture credit", "Image copyright Getty Images", false},
		{"a caption with its label", "Image caption Kanye West and Taylor Swift have feuded for a decade", false},
		{"a caption glued to its label", "Media captionWho is Julian Assange?", false},
		{"a video player's notice", "Media playback is unsupported on your device", false},
		{"a sentence about captions", "Image captions on the site were rewritten by hand after readers complained.", true},
		{"a sentence about captioning", "Media captioning services are now required for every public broadcaster.", true},
		{"a prompt to follow", "Follow the newsroom on Instagram, Facebook, Twitter and YouTube.", false},
		{"a prompt to listen", "Listen to the station live at 12:45 and 17:45 weekdays - or listen back here.", false},
		{"a newsletter form's thanks", "Thanks for signing up!", false},
		{"a newsletter form's note", "Keep an eye on your inbox for the latest sports news.", false},
		{"a newsletter prompt", "Get all the latest stories from the city delivered straight to your inbox.", false},
		{"a magazine's offer", "Get the magazine delivered through your letterbox every month. 12 issues for £11.99.", false},
		{"an inbox prompt", "Receive the latest local updates in your inbox", false},
		{"a promise of no spam", "No spam, we promise. You can unsubscribe at any time and we'll never share your details.", false},
		{"a share widget", "Copy Link URL Copied!", false},
		{"a credit line", "Natalie Naccache | Bloomberg | Getty Images", false},
		{"a cookie notice", "Our website uses cookies to improve its performance and enhance your user experience.", false},
		{"a form's legal line", "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var want, junk []string
			if c.kept {
				want = []string{c.line, body2}
			} else {
				want, junk = []string{body1, body2}, []string{c.line}
			}
			checkParts(t, between(c.line), want, junk)
		})
	}
}

package clean_test

import "testing"

// A health or information disclaimer in the footer is not the article; a paragraph of the
// story that gives the same advice and says who gave it is.
func TestDisclaimers(t *testing.T) {
	story := "Home\nHealth\n" + body1 + "\n" + body2 + "\n" + body3 + "\n"
	disclaimers := []string{
		"The information provided on this website (including the blogs, community pages and all other content) was originally intended for a US audience and may not suit readers elsewhere in the world.",
		"+Results vary depending on starting point, goals and effort. Exercise and a proper diet are necessary to achieve and maintain weight loss and muscle definition over the long term.",
		"Consult your physician and follow all safety instructions before beginning any exercise program or using any supplement or meal replacement product, especially if you have a condition.",
		"This article is for informational purposes only and is not a substitute for professional medical advice, diagnosis or treatment from a doctor who knows you and your history well.",
	}
	advice := "Consult your physician before starting any new exercise program, the health agency said in its guidance, which it published on Monday after a year of study."
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"disclaimers below the story", story + disclaimers[0] + "\n" + disclaimers[1] + "\n" + disclaimers[2] + "\n" + disclaimers[3] + "\n", []string{body3}, disclaimers},
		{"advice in the story", "Home\nHealth\n" + body1 + "\n" + advice + "\n" + body2 + "\n", []string{advice}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
}

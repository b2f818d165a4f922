package clean_test

import "testing"

// Headlines that quote someone, in a list below the story, are not paragraphs; a short
// paragraph that quotes someone is.
func TestQuotingHeadlines(t *testing.T) {
	heads := []string{
		"‘They are not a tourist attraction’: the mayor slams tourists who ‘humiliate’ the workers",
		"‘A disgrace of a journalist’: the manager loses his job after a rant at the reporters of the BBC",
		"‘We will not give up’: the workers of the plant vow to fight on as the talks with the owners fail",
	}
	quote := "“It is a shame to see a comrade die in this way,” the doctor said."
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"a list of headlines", "Home\nNews\n" + body1 + "\n" + body2 + "\n" + body3 + "\n" + heads[0] + "\nSchedule\n" + heads[1] + "\n" + heads[2] + "\nPrivacy Policy\n",
			[]string{body3}, heads},
		{"a short paragraph", "Home\nNews\n" + body1 + "\n" + quote + "\n" + body2 + "\nPrivacy Policy\n",
			[]string{quote, body2}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
}

package clean_test

import "testing"

// A list saved as one block, its items run together, is body where the article runs into it;
// the same list apart from the story is not.
func TestFlattenedLists(t *testing.T) {
	story := "Home\nMusic\n" + body1 + "\n" + body2 + "\n"
	dates := "The band's 2020 tour dates: June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL June 10 -- Credit Union Amphitheatre, Tampa, FL June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA June 17 -- Bridgestone Arena, Nashville, TN"
	rounds := "1a etapa: 10 de março – Interlagos 2a etapa: 8 de abril – Curitiba 3a etapa: 22 de abril – Velopark 4a etapa: 6 de maio – Londrina"
	season := "March 10 – the opening race of the season at Interlagos April 8 – the second race, at Curitiba April 22 – the third race of the year at Velopark May 6 – the fourth race, on the circuit of Londrina"
	promo := "Click on the picture of our columnist and read his columns on racing and the other series he writes about for the site, every week of the season."
	promo2 := "Click on the picture above and see how the drivers rank this season, in the last race and overall, with the points each of them has won so far this year."
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"tour dates after the story", story + dates + "\nPrivacy Policy\n", []string{dates}, nil},
		{"numbered rounds under their heading", story + "The Season's Calendar\n" + rounds + "\nPrivacy Policy\n", []string{"Calendar", rounds}, nil},
		{"the page's only content", "Home\nRacing\nStandings\nThe Season's Calendar\n" + season + "\nMore Columns\n" + promo + "\n" + promo2 + "\n",
			[]string{season}, nil},
		{"tour dates apart from the story", story + "Most Read\nNewsletter\nAdvertise\nContact\n" + dates + "\n", []string{body2}, []string{dates}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
}

package clean_test

import (
	"strings"
	"testing"
)

// A short story keeps every paragraph that quotes someone or reports speech, however short
// or light in function words, and a non-English text keeps its body.
func TestBodyKept(t *testing.T) {
	cases := []struct {
		name string
		page string
		want []string
	}{
		{"short story with quotes", "Home\nLocal\nSports\nFire destroys barn near Millbrook\n" +
			"A fire destroyed a barn on Route 9 near Millbrook early Sunday, the county fire marshal said.\n" +
			"“Total loss,” Chief Dana Ortiz said.\n" +
			"“Horses safe. Hay gone. Roof gone,” owner Sam Reyes told reporters.\n" +
			"Investigators said the cause was not yet known.\n" +
			"Ortiz added: “Wiring, probably.”\n" +
			"Privacy Policy\nTerms of Use\n",
			[]string{"Total loss", "Horses safe", "cause was not yet known", "Wiring, probably"}},
		{"paragraphs of names and scores in the flow", "Home\nTennis\nNadal keeps Spain alive\n" +
			"MADRID — Rafael Nadal kept the hopes of his country alive on Tuesday, and then his team mates completed the comeback in the decisive doubles match in front of a home crowd that had waited all evening for it.\n" +
			"The top-ranked Nadal earlier defeated Karen Khachanov 6-3, 7-6 (7) to level the series after Andrey Rublev had rallied to beat Roberto Bautista-Agut in the opening match of the day.\n" +
			"US FALLS\n" +
			"Canada beat the United States for the first time: Vasek Pospisil edged Reilly Opelka 7-6 (5), 7-6 (7) and Denis Shapovalov beat Taylor Fritz 6-3, 6-3.\n" +
			"Italy beat Canada 2-1 on Monday, with Fabio Fognini and Matteo Berrettini winning their singles matches in Group F.\n" +
			"In the revamped format debuting this year, teams play only two singles and a doubles in each tie, and the group winners advance to the quarterfinals with the two best runners-up.\n" +
			"The tournament is being played with all eighteen teams in a single venue in the same week, which is the result of an overhaul that many of the players have criticised.\n" +
			"Privacy Policy\nTerms of Use\n",
			[]string{"Vasek Pospisil edged", "Fabio Fognini", "revamped format"}},
		{"one sentence per paragraph", "Hull City striker Nikica Jelavic is facing six weeks out following surgery on a long-standing knee problem.\n\n" +
			"The Croatian international had been playing through the pain for months.\n\n" +
			"He's a great player.'\n\n" +
			"'We will miss him badly,' manager Steve Bruce said on Friday.\n\n" +
			"Jelavic has scored six goals in all competitions for the club this season, including the winner against Crystal Palace.\n\n" +
			"Who replaces him?\n\n" +
			"Bruce is expected to give a chance to the younger forwards in the squad, who have impressed in training and in the cup.\n\n" +
			"The club will assess the striker again when he returns from the specialist in London next month.\n",
			[]string{"Hull City striker", "playing through the pain", "He's a great player", "We will miss him", "younger forwards", "specialist in London"}},
		{"a quotation whose speaker runs a newsletter", "Home\nPolitics\nClinton tries to avoid a setback in Nevada\n" +
			"The Clinton campaign attributed her narrow win in Iowa and her loss in New Hampshire to the states' overwhelmingly white electorates, which favor Sanders.\n" +
			"\"They have got a real problem if they lose here,\" said Jon Ralston, who runs a Nevada politics newsletter.\n" +
			"Right now, the campaign is doing everything it can to stop the bleeding, he said, and its volunteers are knocking on doors across the state.\n" +
			"Sign up for our politics newsletter\n" +
			"Privacy Policy\nTerms of Use\n",
			[]string{"They have got a real problem", "stop the bleeding"}},
		{"an article pasted twice", strings.Repeat("The library will extend its opening hours and add weekend classes for children, the city council decided on Tuesday after a long debate.\n\n“We listened to the families who use the library every day,” said Mayor Ana Torres.\n\n", 2),
			[]string{"extend its opening hours", "We listened"}},
		{"a list in the flow", "Home\nDeals\nThe new earbuds are the best the company has made, and they cost less than the last pair did when they came out two years ago.\n" +
			"$249.00 – Apple AirPods Pro with Wireless Charging Case (Latest Model), free shipping\n$99.00 – Six hours of battery life\n$149.99 – Samsung Galaxy Buds Plus True Wireless Earbuds, Cosmic Black, free shipping\n$59.00 – Sweat and water resistant\n" +
			"The case adds another twenty hours of listening, which should be enough for most people to get through a working week without a charger.\n" +
			"Privacy Policy\nTerms of Use\n",
			[]string{"Apple AirPods Pro", "Six hours of battery life", "Samsung Galaxy Buds", "Sweat and water resistant"}},
		{"German text", "Startseite\nPolitik\nDer Stadtrat hat am Dienstag nach einer langen und teilweise hitzigen Debatte den neuen Haushalt für die Stadt beschlossen, der mehr Geld für Schulen und Straßen vorsieht.\n" +
			"Die Gegner des Plans sagten, dass er die Steuern für die Familien erhöhen werde, die sich das am wenigsten leisten können, und dass der Rat nicht zugehört habe.\n" +
			"Impressum\nDatenschutz\n",
			[]string{"Der Stadtrat hat", "Die Gegner des Plans"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(blocksOf(c.page), "\n")
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("lost %q; kept:\n%s", w, got)
				}
			}
			for _, junk := range []string{"Privacy Policy", "Impressum", "Sports", "Sign up"} {
				if strings.Contains(got, junk) {
					t.Errorf("kept %q", junk)
				}
			}
		})
	}
}

// Page parts that are the article: a lead paragraph that opens with a picture credit loses
// the credit only; a standfirst and a dateline stay.
func TestLeadKept(t *testing.T) {
	lead := "A man walks past a closed shop in the city centre on Monday, as the council prepares to vote on a plan to bring shoppers back to the high street."
	page := "Home\nNews\nCouncil to vote on high street plan\n" +
		"The plan would cut parking charges and business rates for a year.\n" +
		"© Provided by Associated Press " + lead + "\n" +
		"WASHINGTON (AP) — The council voted on Tuesday to approve the new budget for the city, which includes more money for schools, roads and the police, after a debate that lasted for most of the evening.\n" +
		"Opponents of the plan said that it would raise taxes for the families who can least afford them, and that the council had not listened to the people who came to the meetings to say so.\n" +
		"Privacy Policy\n"
	got := blocksOf(page)
	joined := strings.Join(got, "\n")
	for _, want := range []string{lead, "WASHINGTON (AP) — The council voted", "cut parking charges"} {
		if !strings.Contains(joined, want) {
			t.Errorf("lost %.50q; kept:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, "Provided by") {
		t.Errorf("kept the credit:\n%s", joined)
	}
}

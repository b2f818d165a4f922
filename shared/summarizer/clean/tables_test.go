package clean_test

import (
	"fmt"
	"strings"
	"testing"
)

// A table the article announces, saved one cell per line, is body; a list of links after a
// line ending in a colon is not a table.
func TestAnnouncedTables(t *testing.T) {
	var table []string
	for i := 1; i <= 40; i++ {
		table = append(table, fmt.Sprint(i), fmt.Sprintf("Driver Number%c", 'A'+i%26), fmt.Sprint(5100-i*17), fmt.Sprint(i%7), fmt.Sprint(i%5), fmt.Sprint(20-i%20))
	}
	intro := "The final standings of the series after all 36 races of the season, with points, wins and poles:"
	links := []string{"Home", "Latest News", "Schedule", "Standings", "Drivers", "Teams", "Tickets", "Shop", "Contact", "About Us"}
	cases := []struct {
		name, page string
		want, junk []string
	}{
		{"standings", "Home\nSport\n" + body1 + "\n" + intro + "\n" + strings.Join(table, "\n") + "\n" + body2 + "\n",
			[]string{intro, "\n5083\n", "Driver NumberO\n", body2}, nil},
		{"links after a colon", body1 + "\n" + body2 + "\nFind more on our site:\n" + strings.Join(links, "\n") + "\n",
			[]string{body2}, []string{"Latest News", "Tickets"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkParts(t, c.page, c.want, c.junk) })
	}
}

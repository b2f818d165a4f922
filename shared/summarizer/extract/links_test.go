package extract_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/summarizer/extract"
)

// A round-up's items, each a linked headline and a sentence that tells the story, are the
// article; a list of links with nothing beside them is not.
func TestLinkedHeadlinesWithTheirStory(t *testing.T) {
	items := []string{
		`<li><strong><a href="/a">Ousted chief executive can still reportedly name directors to the board, even though he left the company</a>. </strong>He can still influence the company through its board, according to a new report.</li>`,
		`<li><strong><a href="/b">A new game is finally coming out after twelve years of waiting, but only for virtual reality</a>.</strong> The developer said it would be released in March next year, for the headsets most players own./li>`,
	}
	menu := `<ul><li><a href="/news">Latest news from around the region</a></li><li><a href="/sport">Sport results and fixtures of the week</a></li></ul>`
	cases := []struct {
		name, body string
		want, junk []string
	}{
		{"headlines with their story", "<ol>" + strings.Join(items, "") + "</ol>", []string{"He can still influence", "The developer said"}, nil},
		{"links alone", menu, nil, []string{"Latest news", "Sport results"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkPage(t, "<html><head><title>Ten things</title></head><body><article><p>"+para+"</p>"+c.body+"<p>"+para+"</p></article></body></html>", c.want, c.junk)
		})
	}
}

// checkPage reads page and checks that its body holds every string of want and none of junk.
func checkPage(t *testing.T, page string, want, junk []string) {
	t.Helper()
	doc, err := extract.HTML(page)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range doc.Blocks {
		got = append(got, b.Text)
	}
	all := strings.Join(got, "\n")
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("lost %q in\n%s", w, all)
		}
	}
	for _, j := range junk {
		if strings.Contains(all, j) {
			t.Errorf("kept %q in\n%s", j, all)
		}
	}
}

package quotes_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/internal/fixture"
	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"github.com/precis-news/precis/shared/summarizer/text"
)

type want struct {
	start   string // the quotation begins with this
	speaker string
	typ     quotes.SpeakerType
	partial bool
}

func check(t *testing.T, got []quotes.Quote, wants []want) {
	t.Helper()
	used := make([]bool, len(got))
	for _, w := range wants {
		found := false
		for i, q := range got {
			if used[i] || !strings.HasPrefix(q.Text, w.start) {
				continue
			}
			used[i], found = true, true
			if q.Speaker != w.speaker || q.SpeakerType != w.typ || q.Partial != w.partial {
				t.Errorf("%.40q: speaker %q (%s, partial %v), want %q (%s, partial %v)", w.start, q.Speaker, q.SpeakerType, q.Partial, w.speaker, w.typ, w.partial)
			}
			break
		}
		if !found {
			t.Errorf("quotation %.40q not found", w.start)
		}
	}
	for i, q := range got {
		if !used[i] {
			t.Errorf("unexpected quotation %.60q by %q", q.Text, q.Speaker)
		}
	}
}

// Every direct quotation of the sample article, with its speaker: cues after and before the
// quote, split quotes, pronouns, descriptions, acronyms, misspelt names, an organisation,
// closing marks with no opening one and a mark left open. The scare quote
// “special military operation” and the nested ‘gifted’ are not quotations.
func TestSampleArticle(t *testing.T) {
	doc := clean.Text(string(fixture.Read(t, fixture.SampleArticle)))
	got := quotes.Extract(text.Segment(doc.Blocks))
	check(t, got, []want{
		{"During this meeting, the issues", "Serhii Naev", quotes.Person, false},
		{"totally stupid, groundless fabrications", "Dmitry Peskov", quotes.Person, true},
		{"It is Belarus that we have", "Dmitry Peskov", quotes.Person, false},
		{"So no one is forcing anyone.", "Dmitry Peskov", quotes.Person, false},
		{"We are ready to build relationships.", "Alexander Lukashenko", quotes.Person, false},
		{"It was one of the most massive drone attacks", "Ukraine’s defense ministry", quotes.Organization, false},
		{"Today, on St. Nicholas Day", "Volodymyr Zelenskyy", quotes.Person, false},
		{"Ukrainian children, in their letters", "Volodymyr Zelenskyy", quotes.Person, false},
		{"Russia has no interest in absorbing anyone.", "Vladimir Putin", quotes.Person, false},
		{"These are just the attempts", "Vladimir Putin", quotes.Person, false},
		{"They are doing it only", "Vladimir Putin", quotes.Person, false},
		{"If someone is hatching plans", "Alexander Lukashenko", quotes.Person, false},
		{"I think the Ukrainian leadership", "Sviatlana Tsikhanouskaya", quotes.Person, false},
		{"mutual weapons delivery", "Vladimir Putin", quotes.Person, true},
		{"Russia is looking at our countries", "Sviatlana Tsikhanouskaya", quotes.Person, false},
		{"The manpower Russia is generating", "Institute for the Study of War", quotes.Organization, false},
	})
	for _, q := range got {
		if strings.Contains(q.Text, "gifted") && !strings.Contains(q.Text, "‘gifted’") {
			t.Errorf("nested quote marks lost: %q", q.Text)
		}
		if q.Text == "mutual weapons delivery." || strings.HasSuffix(q.Text, ",") {
			t.Errorf("quotation keeps sentence punctuation: %q", q.Text)
		}
	}
	// Key quotes first: full statements outrank partial phrases.
	if len(got) > 0 && got[0].Partial {
		t.Errorf("top quote is a partial phrase: %q", got[0].Text)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Score > got[i-1].Score {
			t.Errorf("quotes not sorted by score at %d", i)
		}
	}
}

func extract(paras ...string) []quotes.Quote {
	var blocks []article.Block
	for _, p := range paras {
		blocks = append(blocks, article.Block{Text: p})
	}
	return quotes.Extract(text.Segment(blocks))
}

func TestConstructs(t *testing.T) {
	intro := "Prime Minister Jane Holt visited the flooded town of Ashby on Tuesday with Mayor Tom Reyes."
	cases := []struct {
		name  string
		paras []string
		wants []want
	}{
		{"straight marks, inverted cue", []string{intro, `"We will rebuild every home," said Ms. Holt.`},
			[]want{{"We will rebuild every home", "Jane Holt", quotes.Person, false}}},
		{"cue before with colon", []string{intro, `Mr. Reyes told reporters: "The water came in minutes."`},
			[]want{{"The water came in minutes.", "Tom Reyes", quotes.Person, false}}},
		{"according to", []string{intro, `“The damage exceeds £2 billion,” according to the Environment Agency.`},
			[]want{{"The damage exceeds", "Environment Agency", quotes.Organization, false}}},
		{"pronoun after cue", []string{intro, `“It is heartbreaking,” she said.`},
			[]want{{"It is heartbreaking", "Jane Holt", quotes.Person, false}}},
		{"description resolves to entity", []string{intro, `“Help is coming,” the prime minister said.`},
			[]want{{"Help is coming", "Jane Holt", quotes.Person, false}}},
		{"multi-paragraph quotation", []string{intro, `“The river rose faster than anyone predicted,” Mr. Reyes said. “We had no warning.`, `“By midnight the high street was under a metre of water.”`},
			[]want{{"The river rose", "Tom Reyes", quotes.Person, false}, {"We had no warning.", "Tom Reyes", quotes.Person, false}, {"By midnight", "Tom Reyes", quotes.Person, false}}},
		{"scare quotes and apostrophes", []string{intro, `Officials called the plan a “reset” of the town’s defences, and residents’ groups agreed.`},
			nil},
		{"partial quote", []string{intro, `Ms. Holt said the response had been “swift and decisive, whatever the critics say.”`},
			[]want{{"swift and decisive, whatever the critics say", "Jane Holt", quotes.Person, true}}},
		{"single-quote house style", []string{intro, `‘We will rebuild,’ said Ms. Holt. ‘The town’s people deserve it.’`},
			[]want{{"We will rebuild", "Jane Holt", quotes.Person, false}, {"The town’s people deserve it.", "Jane Holt", quotes.Person, false}}},
		{"unattributed", []string{`“Nobody saw it coming.”`},
			[]want{{"Nobody saw it coming.", "", quotes.Unknown, false}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, extract(c.paras...), c.wants) })
	}
}

func TestPathologicalMarks(t *testing.T) {
	p := strings.Repeat(`“a” "b `, 5000)
	got := extract(p, strings.Repeat("“", 10000), strings.Repeat("”", 10000))
	for _, q := range got {
		if q.Start < 0 || q.End < q.Start {
			t.Fatalf("bad offsets %d-%d", q.Start, q.End)
		}
	}
}

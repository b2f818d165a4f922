package text_test

import (
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// newsCases are paragraphs of news English with their sentence boundaries marked " | ".
// They are taken from, or modelled on, real wire copy.
var newsCases = []string{
	`Mr. Putin arrived in Minsk for a one-day working visit on Monday. | He took part in a traditional Slavic bread-and-salt welcoming ceremony.`,
	`Lt. Gen. Serhii Naev, commander of Ukraine’s joint forces, said Mr. Putin had meetings about Russia’s military plans. | The border is 600 miles long.`,
	`“It is Belarus that we have the most advanced bilateral relations integration regime with,” Mr. Peskov said. | “So no one is forcing anyone.”`,
	`It took place on St. Nicholas Day, traditionally the start of the Christmas season. | Officials said nothing.`,
	`The vote is set for Dec. 19 in Washington, D.C., officials said. | Ms. Smith disagreed.`,
	`The U.S. economy grew 2.5% in the third quarter. | Economists had expected 2.1%.`,
	`The company moved to the U.S. | The move was announced on Friday.`,
	`John F. Kennedy was shot in Dallas on Nov. 22, 1963. | He was 46.`,
	`Shares of Apple Inc. rose 3.4 percent. | The index fell.`,
	`She joined Acme Corp. in 2019 as chief executive. | Revenue doubled.`,
	`“Why now?” he asked. | Nobody answered.`,
	`“We will win,” she said. | “Nobody can stop us.”`,
	`Dr. Jane Goodall spoke at 9 a.m. on Tuesday about chimpanzees. | The talk was sold out.`,
	`The talk began at 9 a.m. | It was sold out.`,
	`The last train leaves at 9:45 p.m. | Fares will stay at $4 until June.`,
	`Doors open at 9 a.m. | Residents are invited to bring their questions.`,
	`The debate starts at 9 p.m. Eastern Time on Tuesday. | It runs two hours.`,
	`Polls close at 8 p.m. ET and results follow. | Turnout was high.`,
	`Trading ends at 4 p.m. New York time on Friday. | New rules take effect at 9 a.m. | Nobody objected.`,
	`The market opens at 9 a.m. | New rules take effect then.`,
	`The hearing resumes at 10 a.m. Monday in the Senate. | Witnesses were called.`,
	`Prices rose by 3.5 per cent in January, according to the ONS. | That was the highest since 1992.`,
	`Gov. Gavin Newsom of Calif. signed the bill. | Sen. Ted Cruz, R-Texas, objected.`,
	`The No. 2 official resigned. | He was replaced by Gen. Mark Milley.`,
	`Rep. Alexandria Ocasio-Cortez, D-N.Y., spoke first. | Then the vote was held.`,
	`What happens next is unclear... | The talks resume on Monday.`,
	`He said the deal was “dead.” | Talks collapsed on Friday.`,
	`The film earned $1.2 billion worldwide. | A sequel is planned.`,
	`Prof. Smith and Mrs. Jones met at St. Mary’s Hospital on Jan. 5. | They talked for an hour.`,
	`The report (published Monday) was clear. | The minister resigned.`,
	`Manchester United beat Chelsea 2-1! | The fans celebrated.`,
	`The plan, backed by the U.N. Security Council, failed. | Diplomats blamed Russia.`,
	`Sales at Johnson & Johnson Co. fell. | But profits rose.`,
}

func split(f func(string) []string, p string) string { return strings.Join(f(p), " | ") }

func ours(p string) []string {
	var out []string
	for _, s := range text.Sentences(p) {
		out = append(out, p[s.Start:s.End])
	}
	return out
}

func TestSentencesNewsEnglish(t *testing.T) {
	for _, c := range newsCases {
		p := strings.ReplaceAll(c, " | ", " ")
		if got := split(ours, p); got != c {
			t.Errorf("Sentences(%q)\n got: %s\nwant: %s", p, got, c)
		}
	}
}

// TestSentencesBeatPunkt compares our rules with the Punkt tokenizer (neurosnap/sentences,
// trained on English) on the same news paragraphs, and keeps ours only while it is better.
func TestSentencesBeatPunkt(t *testing.T) {
	punkt, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	punktSplit := func(p string) []string {
		var out []string
		for _, s := range punkt.Tokenize(p) {
			if t := strings.TrimSpace(s.Text); t != "" {
				out = append(out, t)
			}
		}
		return out
	}
	var oursRight, punktRight int
	for _, c := range newsCases {
		p := strings.ReplaceAll(c, " | ", " ")
		if split(ours, p) == c {
			oursRight++
		}
		if split(punktSplit, p) == c {
			punktRight++
		} else {
			t.Logf("punkt: %s", split(punktSplit, p))
		}
	}
	t.Logf("paragraphs split right: ours %d/%d, Punkt %d/%d", oursRight, len(newsCases), punktRight, len(newsCases))
	if oursRight <= punktRight {
		t.Errorf("our splitter (%d) is no better than Punkt (%d): switch to Punkt", oursRight, punktRight)
	}
}

func TestSentencesEdgeCases(t *testing.T) {
	for _, p := range []string{"", "   ", "...", "“", "no punctuation at all", "a.b.c.d", "Mr.", strings.Repeat("word ", 1000)} {
		spans := text.Sentences(p)
		for _, s := range spans {
			if s.Start < 0 || s.End > len(p) || s.Start >= s.End {
				t.Errorf("Sentences(%.20q): bad span %v", p, s)
			}
		}
	}
}

func TestWords(t *testing.T) {
	got := strings.Join(text.Words("Russia‘s Belarus‘ wasn’t 3.5 1,000 bread-and-salt — U.S. end."), "|")
	want := "russia's|belarus|wasn't|3.5|1,000|bread-and-salt|u|s|end"
	if got != want {
		t.Errorf("Words = %s, want %s", got, want)
	}
	if n := text.CountWords("Mr. Putin’s visit, on Dec. 19 — a one-day trip."); n != 9 {
		t.Errorf("CountWords = %d, want 9", n)
	}
}

func TestRunOnSentencesAreCut(t *testing.T) {
	clause := "the budget grew again and the council met, "
	for _, c := range []struct {
		name string
		in   string
	}{
		{"clauses", "The council said " + strings.Repeat(clause, 200) + "and left."},
		{"no punctuation", "The council said " + strings.Repeat("that the budget grew ", 2000) + "again."},
	} {
		t.Run(c.name, func(t *testing.T) {
			spans := text.Sentences(c.in)
			if len(spans) < 2 {
				t.Fatalf("%d sentences", len(spans))
			}
			var joined []string
			for _, s := range spans {
				sent := c.in[s.Start:s.End]
				if n := text.CountWords(sent); n > text.MaxSentenceWords {
					t.Errorf("a sentence of %d words", n)
				}
				joined = append(joined, sent)
			}
			if strings.Join(joined, " ") != c.in {
				t.Error("the pieces do not add up to the text")
			}
		})
	}
	// A long but ordinary sentence is left whole.
	long := "The council, which met on Tuesday, " + strings.Repeat("approved the budget and ", 20) + "left."
	if n := len(text.Sentences(long)); n != 1 {
		t.Errorf("a %d-word sentence was cut into %d", text.CountWords(long), n)
	}
}

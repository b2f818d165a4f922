package summarizer_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
	"github.com/precis-news/precis/shared/summarizer/decode"
	"github.com/precis-news/precis/shared/summarizer/extract"
	"github.com/precis-news/precis/shared/summarizer/format"
	"github.com/precis-news/precis/shared/summarizer/keywords"
	"github.com/precis-news/precis/shared/summarizer/quotes"
	"github.com/precis-news/precis/shared/summarizer/rank"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// worstScales are the input sizes of the worst-case benchmarks, in units of each stage's
// generated unit: ns/op should grow about as the scale (4× and 16× the 1× figure).
var worstScales = []int{1, 4, 16}

// worstBytes is the size of the 1× input: a long article.
const worstBytes = 20 << 10

// name is the i-th of many distinct, plausible surnames: every unit brings new people, so
// that whatever is indexed by name grows with the input.
func name(i int) string {
	const consonants, vowels = "bdgklmnprstvz", "aeiou"
	var b strings.Builder
	b.WriteByte("BDGKLMNPRSTVZ"[i%13])
	for n := i/13 + 1; n > 0; n /= 13 {
		b.WriteByte(vowels[n%5])
		b.WriteByte(consonants[n%13])
	}
	return b.String() + "son"
}

// worstInputs generates each stage's worst case at n units: what makes that stage do the
// most work per byte, built from ordinary news language so that no stage refuses it.
var worstInputs = map[string]func(n int) []byte{
	// Legacy bytes with no declared charset, mixed with UTF-8: statistical detection and the
	// per-sequence repair both run over everything.
	"decode": func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "The caf\xe9 owner said \x93we will reopen on day %d\x94 \xe2\x80\x94 na\xefve, r\xc3\xa9sum\xc3\xa9, 15\xb0C.\r\n\r\n", i)
		}
		return b.Bytes()
	},
	// Deep, unbalanced nesting and many small blocks: readability scores every node.
	"extract": func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("<html><head><title>Council vote</title></head><body>")
		for i := range n {
			b.WriteString(strings.Repeat("<div class=\"c\"><span>", 20))
			fmt.Fprintf(&b, "<p>The council voted on item %d, said Mayor %s, after a long debate about the library.</p><a href=\"/x%d\">Share</a>", i, name(i), i)
			b.WriteString(strings.Repeat("</span>", 10)) // half left open
		}
		b.WriteString("</body></html>")
		return b.Bytes()
	},
	// Plain text full of Markdown's and HTML's telltale characters that never make a
	// construct: every test runs, on the whole head, and fails. (Detection reads a bounded
	// head: its time should not grow at all.)
	"format": func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "Rates < %d%% # rose ** 2 __ and ](x ``` ~~~ 5 <b %d\n-- \n== x\n\n", i, i)
		}
		return b.Bytes()
	},
	// Scraped text of short lines alternating between boilerplate and body: every block's
	// class depends on its neighbours.
	"clean": func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "Share this article\n\nThe council approved plan %d for the city library after residents asked for longer hours.\n\nAdvertisement\n\nRead more: %s on the budget\n\n", i, name(i))
		}
		return b.Bytes()
	},
	// Abbreviations, initials, decimals and quotes at every turn: each period is a question.
	"segment": func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "Mr. J. R. %s of the U.S. Dept. of Labor met Gov. A. B. Cole at 3 p.m. on Dec. %d in St. Louis, Mo., said “No. 5.” and left at 4.30 a.m. Sen. %s (D-N.Y.) agreed.\n\n", name(i), i%28+1, name(i+1))
		}
		return b.Bytes()
	},
	// Many sentences sharing most of their words: similarity between every pair is high.
	"summarize": func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "The city council approved the library budget on Tuesday after residents asked for longer opening hours in district %d. ", i)
			fmt.Fprintf(&b, "The council approved the budget for the library after residents of district %d asked for longer hours on Tuesday.\n\n", i)
		}
		return b.Bytes()
	},
	// Quotes attributed to ever more people, named in full once and then by surname, title or
	// misspelling: speaker resolution compares names with every person met so far.
	"quotes": func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			s := name(i)
			fmt.Fprintf(&b, "Councillor Maria %s, who chairs the committee, spoke first. “We did it for the families,” said Ms. %s. ", s, s)
			fmt.Fprintf(&b, "Mr. %sx said “the vote was close,” and %s agreed. “It was,” she said, “a long night.”\n\n", s, s)
		}
		return b.Bytes()
	},
	// Many distinct candidate phrases.
	"keywords": func(n int) []byte {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "The %s family trust funded the %s community garden and the %s public swimming pool in district %d.\n\n", name(i), name(i+7), name(i+13), i)
		}
		return b.Bytes()
	},
}

// BenchmarkWorstCase runs each stage alone on its generated worst case at 1×, 4× and 16×
// the input; the earlier stages' work is done before the timer.
//
//	go test ./shared/summarizer -run '^$' -bench WorstCase -benchtime 300ms -count 5
func BenchmarkWorstCase(b *testing.B) {
	type prepared struct {
		raw    []byte
		dec    string
		blocks []article.Block
		paras  []text.Paragraph
		sents  []text.Sentence
		texts  []string
	}
	prepare := func(b *testing.B, raw []byte) prepared {
		dec, err := decode.Decode(raw)
		if err != nil {
			b.Fatal(err)
		}
		p := prepared{raw: raw, dec: dec.Text, blocks: clean.Text(dec.Text).Blocks}
		p.paras = text.Segment(p.blocks)
		p.sents = text.AllSentences(p.paras)
		for _, s := range p.sents {
			p.texts = append(p.texts, s.Text)
		}
		return p
	}
	stages := []struct {
		name, input string
		run         func(b *testing.B, p prepared)
	}{
		{"decode", "decode", func(b *testing.B, p prepared) {
			if _, err := decode.Decode(p.raw); err != nil {
				b.Fatal(err)
			}
		}},
		{"format", "format", func(b *testing.B, p prepared) { format.Detect(p.dec, "article") }},
		{"extract", "extract", func(b *testing.B, p prepared) {
			if _, err := extract.HTML(p.dec); err != nil {
				b.Fatal(err)
			}
		}},
		{"clean", "clean", func(b *testing.B, p prepared) { clean.Text(p.dec) }},
		{"segment", "segment", func(b *testing.B, p prepared) { text.Segment(p.blocks) }},
		{"summarize", "summarize", func(b *testing.B, p prepared) {
			rank.DefaultParams.Rank(rank.Input{Sentences: p.sents})
		}},
		{"quotes", "quotes", func(b *testing.B, p prepared) { quotes.Extract(p.paras) }},
		{"keywords", "keywords", func(b *testing.B, p prepared) { keywords.Extract(p.texts, 8) }},
	}
	for _, st := range stages {
		gen := worstInputs[st.input]
		unit := len(gen(1))
		for _, scale := range worstScales {
			p := prepare(b, gen(max(1, worstBytes*scale/unit)))
			b.Run(fmt.Sprintf("%s/x%d-%dKB", st.name, scale, len(p.raw)>>10), func(b *testing.B) {
				b.SetBytes(int64(len(p.raw)))
				b.ReportAllocs()
				for b.Loop() {
					st.run(b, p)
				}
			})
		}
	}
}

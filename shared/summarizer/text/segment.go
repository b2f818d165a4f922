package text

import "github.com/precis-news/precis/shared/article"

// Sentence is one sentence of the body.
type Sentence struct {
	// Index counts body sentences from 0 across the whole article; headings have none.
	Index int
	// Paragraph is the index of the paragraph the sentence is in.
	Paragraph int
	Text      string
	// Span locates Text in its paragraph's text.
	Span Span
	// Terms are the stems of the sentence's content words (see Terms), computed once here
	// for every stage that compares sentences.
	Terms []string
}

// Paragraph is one block of the body with its sentences.
type Paragraph struct {
	Index   int
	Heading bool
	Text    string
	// Sentences is empty for headings: they are never summarised or quoted.
	Sentences []Sentence
}

// Segment splits body blocks into paragraphs and sentences.
func Segment(blocks []article.Block) []Paragraph {
	paras := make([]Paragraph, 0, len(blocks))
	n := 0
	for i, b := range blocks {
		p := Paragraph{Index: i, Heading: b.Kind == article.Heading, Text: b.Text}
		if !p.Heading {
			for _, s := range Sentences(b.Text) {
				t := b.Text[s.Start:s.End]
				p.Sentences = append(p.Sentences, Sentence{Index: n, Paragraph: i, Text: t, Span: s, Terms: Terms(t)})
				n++
			}
		}
		paras = append(paras, p)
	}
	return paras
}

// AllSentences flattens the sentences of paras in order.
func AllSentences(paras []Paragraph) []Sentence {
	var out []Sentence
	for _, p := range paras {
		out = append(out, p.Sentences...)
	}
	return out
}

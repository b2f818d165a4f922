// Package quotes finds the direct quotations of an article, attributes each to its speaker
// and ranks them, key quotes first.
//
// It works in three steps. marks.go pairs quotation marks into spans, across paragraphs and
// around the usual breakage (a closing mark with no opening one, a mark left open, a reversed
// opening mark, doubled apostrophes, inch marks). names.go finds the people and organisations
// the article introduces, each under one canonical name, with a gender from honorifics and
// first names. attribute.go reads the speech cue around each span ("...," X said; X, a
// Democrat, said: "..."; Added X, "..."; according to X; a lead-in ending with a colon; a
// transcript label), falls back on the subject of the sentence for phrases quoted in reported
// speech, and resolves pronouns (by gender, nearest speaking person first), descriptions ("the
// Russian leader") and misspellings to those entities. A speaker is a name, a resolved
// pronoun, an organisation, a description or a document, never a stray capitalised word.
package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// span is a run of quoted text inside one paragraph.
type span struct {
	para       int
	start, end int // byte offsets of the quoted text (marks excluded) in the paragraph
	openMark   bool
	closeMark  bool
	// continued is set on a span whose quotation began in an earlier paragraph.
	continued bool
	// continues is set on a span whose quotation goes on in the next paragraph.
	continues bool
}

// quoteMarks are all the characters that open or close quotations.
const quoteMarks = "“”\"‘’'«»„‹›"

type markRole int

const (
	opens markRole = iota
	closes
)

type mark struct {
	pos, size int
	role      markRole
}

// findMarks lists the quotation marks of p that delimit quotes of the given style. Single
// marks count only in documents that quote with them; inside double quotes they are nested
// quotes or apostrophes and stay text.
func findMarks(p string, single bool) []mark {
	var marks []mark
	for i := 0; i < len(p); {
		// Every mark is '"', '\'' or starts with 0xE2 (“ ” ‘ ’ „) or 0xC2 (« »): skip the rest
		// without decoding.
		if c := p[i]; c != '"' && c != '\'' && c != 0xE2 && c != 0xC2 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		prev, _ := utf8.DecodeLastRuneInString(p[:i])
		next, _ := utf8.DecodeRuneInString(p[i+n:])
		atStart := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
		atEnd := i+n == len(p) || unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)]}—–-…", next)
		if !single {
			switch r {
			case '“':
				// A reversed mark closing a quote: “like this,“ said X.
				if !atStart && atEnd {
					marks = append(marks, mark{i, n, closes})
				} else {
					marks = append(marks, mark{i, n, opens})
				}
			case '„', '«':
				marks = append(marks, mark{i, n, opens})
			case '”':
				// A reversed mark opening a quote: ”like this”.
				if atStart && !unicode.IsSpace(next) && i+n < len(p) {
					marks = append(marks, mark{i, n, opens})
				} else {
					marks = append(marks, mark{i, n, closes})
				}
			case '»':
				marks = append(marks, mark{i, n, closes})
			case '"':
				switch {
				case unicode.IsDigit(prev) || prev == '\'' && i >= 2 && unicode.IsDigit(rune(p[i-2])):
					// an inch mark: 6'3", a 12" record
				case unicode.IsSpace(prev) && (i+n == len(p) || unicode.IsSpace(next) || strings.ContainsRune(".,;:!?", next)) && closesNested(p[:i]):
					// ",' " said X: a closing mark spaced off the nested quote it ends.
					marks = append(marks, mark{i, n, closes})
				case prev == ' ' && strings.HasSuffix(p[:i], ", ") && (i+n == len(p) || unicode.IsSpace(next) || next == '"') && straightOpen(marks, p):
					// A space typed before the closing mark (or the pair that stands for one):
					// “... coalitions, '' said Mr. Gunnels”.
					marks = append(marks, mark{i, n, closes})
				case atStart && !unicode.IsSpace(next) && i+n < len(p):
					marks = append(marks, mark{i, n, opens})
				case prev == ':' && unicode.IsUpper(next):
					// A space left out after the cue: Rep. Roe (R-S.C.):"I have not heard ..."
					marks = append(marks, mark{i, n, opens})
				case !atStart && atEnd:
					marks = append(marks, mark{i, n, closes})
				case strings.ContainsRune(",?!", prev) && unicode.IsLetter(next) && straightOpen(marks, p):
					// A space left out after the quotation, while one is open: “...
					// questions,"Katie Packer said”.
					marks = append(marks, mark{i, n, closes})
				case unicode.IsLetter(prev) && unicode.IsLetter(next) && !anyOpen(marks):
					// A space left out before the opening mark, with none open: “waxed poetic
					// about"joint operations between our two countries."”
					marks = append(marks, mark{i, n, opens})
				case prev == ',' && unicode.IsUpper(next):
					// With none open, after the cue: “An aide added,"We will keep going."”
					marks = append(marks, mark{i, n, opens})
				}
			}
		} else {
			switch r {
			case '‘', '\'', '’':
				letterBoth := unicode.IsLetter(prev) && unicode.IsLetter(next)
				switch {
				case letterBoth:
					// an apostrophe: Russia‘s, wasn't
				case atStart && !unicode.IsSpace(next) && i+n < len(p) && r != '’':
					marks = append(marks, mark{i, n, opens})
				case !atStart && atEnd && r != '‘':
					marks = append(marks, mark{i, n, closes})
				}
			}
		}
		i += n
	}
	return marks
}

// straightOpen reports whether the last mark found in p is a straight double mark that
// opens a quotation.
func straightOpen(marks []mark, p string) bool {
	if len(marks) == 0 {
		return false
	}
	m := marks[len(marks)-1]
	return m.role == opens && p[m.pos] == '"'
}

// anyOpen reports whether the last mark found opens a quotation not yet closed.
func anyOpen(marks []mark) bool {
	return len(marks) > 0 && marks[len(marks)-1].role == opens
}

// usesSingleQuotes reports whether the article quotes with single marks (British headline
// style): no double marks at all, and at least two single marks that open a quote.
func usesSingleQuotes(paras []text.Paragraph) bool {
	doubles, singles := 0, 0
	for _, p := range paras {
		doubles += len(findMarks(p.Text, false))
		for _, m := range findMarks(p.Text, true) {
			if m.role == opens {
				singles++
			}
		}
	}
	return doubles == 0 && singles >= 2
}

// findSpans pairs the marks of every paragraph into quoted spans.
func findSpans(paras []text.Paragraph) []span {
	single := usesSingleQuotes(paras)
	var spans []span
	carry := false // a quotation left open at the end of the previous paragraph
	for pi, p := range paras {
		if p.Heading {
			carry = false
			continue
		}
		marks := findMarks(p.Text, single)
		if len(marks) > 20000 {
			marks = marks[:20000] // bounded work for pathological input
		}
		open := -1
		openContinued := false
		if carry && (len(marks) == 0 || marks[0].role != opens || marks[0].pos > 0) {
			// The previous quote continues without the customary opening mark.
			open, openContinued = 0, true
		}
		carry = false
		for _, m := range marks {
			switch m.role {
			case opens:
				if open >= 0 {
					// Two openings in a row: the first quote ends with its sentence.
					end := sentenceEnd(p, open)
					if end > m.pos {
						end = m.pos
					}
					spans = append(spans, span{para: pi, start: open, end: end, openMark: !openContinued, continued: openContinued})
				}
				open = m.pos + m.size
				openContinued = false
				if m.pos == 0 && pi > 0 && len(spans) > 0 && spans[len(spans)-1].continues && spans[len(spans)-1].para == pi-1 {
					openContinued = true
				}
			case closes:
				if open >= 0 {
					spans = append(spans, span{para: pi, start: open, end: m.pos, openMark: true, closeMark: true, continued: openContinued})
					open = -1
					openContinued = false
					continue
				}
				// A closing mark with no opening one: the quote starts at the paragraph start,
				// or at its sentence's start after an earlier quote.
				start := 0
				if len(spans) > 0 && spans[len(spans)-1].para == pi {
					start = sentenceStart(p, m.pos)
					if start < spans[len(spans)-1].end {
						continue
					}
				}
				spans = append(spans, span{para: pi, start: start, end: m.pos, closeMark: true})
			}
		}
		if open >= 0 {
			s := span{para: pi, start: open, end: len(p.Text), openMark: !openContinued, continued: openContinued}
			nextOpens := pi+1 < len(paras) && !paras[pi+1].Heading && startsWithOpening(paras[pi+1].Text, single)
			switch {
			case nextOpens:
				s.continues = true
				carry = true
			case midSentence(p, open):
				// A mark left open inside a sentence closes with that sentence.
				s.end = sentenceEnd(p, open)
			}
			spans = append(spans, s)
		}
	}
	for i := range spans {
		spans[i].start, spans[i].end = trimSpan(paras[spans[i].para].Text, spans[i].start, spans[i].end)
	}
	return spans
}

func startsWithOpening(p string, single bool) bool {
	r, n := utf8.DecodeRuneInString(p)
	if !strings.ContainsRune(quoteMarks, r) {
		return false
	}
	marks := findMarks(p[:n+min(len(p)-n, 4)], single)
	return len(marks) > 0 && marks[0].pos == 0 && marks[0].role == opens
}

// midSentence reports whether a quote opening at pos is embedded in a sentence (after words
// that are not a cue ending in a colon), so that its quote is a phrase of that sentence.
func midSentence(p text.Paragraph, pos int) bool {
	before := strings.TrimRightFunc(p.Text[sentenceStart(p, pos):pos], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(quoteMarks, r)
	})
	return before != "" && !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, ",")
}

// sentenceStart is the start of the sentence holding pos (binary search: a paragraph may hold
// thousands of marks and sentences).
func sentenceStart(p text.Paragraph, pos int) int {
	i := sort.Search(len(p.Sentences), func(i int) bool { return p.Sentences[i].Span.Start > pos })
	if i == 0 {
		return 0
	}
	return p.Sentences[i-1].Span.Start
}

func sentenceEnd(p text.Paragraph, pos int) int {
	i := sort.Search(len(p.Sentences), func(i int) bool { return p.Sentences[i].Span.End > pos })
	if i == len(p.Sentences) {
		return len(p.Text)
	}
	return p.Sentences[i].Span.End
}

// trimSpan trims white space, an attribution comma and a stray mark from the quoted text.
func trimSpan(p string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(p[start:])
		if !unicode.IsSpace(r) && r != '“' && r != '"' && r != '‘' {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(p[:end])
		if !unicode.IsSpace(r) && r != ',' && r != '”' && r != '"' {
			break
		}
		end -= n
	}
	return start, end
}

// doubledApostrophes rewrites the doubled apostrophes some newspapers quote with (”like
// this”) as a pair of straight double marks of the same length, so that offsets hold and
// the usual pairing applies: the first mark of an opening pair and the second of a closing
// one stand where a single mark would. Paragraphs without them are returned as they are.
func doubledApostrophes(paras []text.Paragraph) []text.Paragraph {
	var out []text.Paragraph
	for i, p := range paras {
		if !strings.Contains(p.Text, "''") {
			if out != nil {
				out[i] = p
			}
			continue
		}
		if out == nil {
			out = make([]text.Paragraph, len(paras))
			copy(out, paras[:i])
		}
		np := p
		np.Text = rewriteApostrophes(p.Text)
		np.Sentences = slices.Clone(p.Sentences)
		for k := range np.Sentences {
			sp := np.Sentences[k].Span
			np.Sentences[k].Text = np.Text[sp.Start:sp.End]
		}
		out[i] = np
	}
	if out == nil {
		return paras
	}
	return out
}

// closesNested reports whether before ends with a nested quote's closing mark and a space.
func closesNested(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, "'") || strings.HasSuffix(before, "’")
}

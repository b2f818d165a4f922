package quotes

import (
	"strings"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// Definite descriptions that stand for someone the article has named: "the ministry" for
// the Ministry of Defence it named before, "the 56-year-old" for the person it is about. A
// reader resolves them as pronouns; left as they are, the quote list credits "ministry" or
// "56-year-old", and the speaker index files the quotes under neither name.

// organisationDescribed returns the organisation the article named before sentence sent
// whose name holds the head of np, a description without a capital ("the ministry", "the
// Russian ministry"): the most recent one, among the last maxDescribed entities.
func (a *attributor) organisationDescribed(np []token, sent text.Sentence) (speaker, bool) {
	head := strings.ToLower(np[len(np)-1].bare())
	if !orgWords[head] {
		return speaker{}, false
	}
	var nationality []string // "Ukrainian" in "the Ukrainian ministry"
	for _, t := range np {
		w := strings.ToLower(t.bare())
		if t.upper && !demonyms[w] {
			return speaker{}, false // a name of its own ("the Ministry of Culture")
		}
		if t.upper {
			nationality = append(nationality, w)
		}
	}
	ents := a.reg.entities
	for k := len(ents) - 1; k >= 0 && k >= len(ents)-maxDescribed; k-- {
		if e := ents[k]; e.kind == organization && e.first <= sent.Index && e.words[head] && describes(e, head, nationality) {
			return speakerOf(e), true
		}
	}
	return speaker{}, false
}

// describes reports whether a description with head and nationality adjectives fits
// organisation e: e is of those nations ("the Ukrainian ministry" is no "Russian Defence
// Ministry"), and one body, not two named together ("the Ministry of Health and the
// Ministry of Finance").
func describes(e *entity, head string, nationality []string) bool {
	for _, d := range nationality {
		if !e.words[d] && !e.words[countries[d]] {
			return false
		}
	}
	heads := 0
	for _, w := range article.NameWords(e.name) {
		if w.Folded == head {
			heads++
		}
	}
	return heads < 2
}

// agedPerson resolves "the 56-year-old" as a pronoun of either gender: the person the
// sentence or the ones before it are about.
// A person the article gives another age ("John Smith, 56," for "the 34-year-old") is not
// the one described.
func (a *attributor) agedPerson(np []token, sent text.Sentence) (speaker, bool) {
	sp := a.resolvePronoun(token{lower: "he", start: np[0].start, end: np[len(np)-1].end, word: true}, unknownGender, sent)
	if sp.e != nil && sp.e.surname != "" {
		age, _, _ := strings.Cut(np[len(np)-1].bare(), "-")
		if stated := a.ageStated(sp.e.surname, sent); stated != "" && stated != age {
			return speaker{}, false
		}
	}
	return sp, sp.known()
}

// ageWindow bounds, in bytes, how far before a sentence an age given a name is looked for,
// so that the look costs the same per quotation however long the article.
const ageWindow = 2000

// ageStated returns the age the text before sent, within ageWindow bytes, gives surname
// between commas ("Smith, 56,"), or "".
func (a *attributor) ageStated(surname string, sent text.Sentence) string {
	p := sent.Paragraph
	t := a.paras[p].Text[:sent.Span.Start]
	for budget := ageWindow; ; {
		t = t[max(0, len(t)-budget):]
		budget -= len(t)
		for rest := t; ; {
			i := strings.Index(rest, surname+", ")
			if i < 0 {
				break
			}
			rest = rest[i+len(surname)+2:]
			n := 0
			for n < len(rest) && n < 3 && rest[n] >= '0' && rest[n] <= '9' {
				n++
			}
			if n > 0 && (n == len(rest) || rest[n] == ',' || rest[n] == '.') {
				return rest[:n]
			}
		}
		if p--; p < 0 || budget <= 0 {
			return ""
		}
		t = a.paras[p].Text
	}
}

// orgBeforeLinker returns where the name of an organisation begins whose complement, after
// "of" or "for (the)", is np, which starts at toks[k+1] ("Ukraine's Ministry of Defence",
// "the Institute for the Study of War"), or -1: the complement is no one's name of its own.
func orgBeforeLinker(toks []token, k int) int {
	found := -1
	for steps := 0; k >= 1 && steps < maxOrgLinks && (toks[k].lower == "of" || toks[k].lower == "for" || toks[k].lower == "the" && k >= 2 && (toks[k-1].lower == "of" || toks[k-1].lower == "for")); steps++ {
		if toks[k].lower == "the" {
			k--
		}
		j := k - 1
		for j >= 0 && k-j <= maxOrgRun && toks[j].word && toks[j].upper && !toks[j].possessive() {
			j--
		}
		if j == k-1 {
			break
		}
		if hasOrgWord(toks[j+1 : k]) {
			found = j + 1
		}
		k = j
	}
	// "Ukraine's Ministry of Defence": the possessive that owns it belongs to the name.
	if found > 0 && toks[found-1].word && toks[found-1].upper && toks[found-1].possessive() {
		found--
	}
	return found
}

// Bounds of orgBeforeLinker: the links of a name ("Office of the Director of National
// Intelligence") and the capitalised words between two of them.
const (
	maxOrgLinks = 4
	maxOrgRun   = 5
)

package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/text"
)

// SpeakerType says what kind of speaker a quote has.
type SpeakerType string

// Speaker types.
const (
	Person       SpeakerType = "person"
	Organization SpeakerType = "organization"
	Unknown      SpeakerType = "unknown"
)

// Quote is a direct quotation with its speaker.
type Quote struct {
	// Text is the quoted words, without the marks and the attribution comma.
	Text        string
	Speaker     string
	SpeakerType SpeakerType
	// Partial marks a phrase quoted inside a sentence, apart from full statements.
	Partial   bool
	Paragraph int
	// Sentence is the index of the sentence the quotation starts in.
	Sentence int
	// Start and End locate Text in its paragraph.
	Start, End int
	Score      float64
}

// speaker is a resolved speaker.
type speaker struct {
	name string
	typ  SpeakerType
	e    *entity
}

func (s speaker) known() bool { return s.name != "" }

var determiners = words(`the a an his her its their our this that`)

// attributor resolves the speaker of each span against the article's entities.
type attributor struct {
	paras []text.Paragraph
	reg   *registry
}

// sentenceAt returns the sentence of paragraph p that contains byte offset pos.
func sentenceAt(p text.Paragraph, pos int) (text.Sentence, bool) {
	if len(p.Sentences) == 0 {
		return text.Sentence{}, false
	}
	i := min(sort.Search(len(p.Sentences), func(i int) bool { return pos < p.Sentences[i].Span.End }), len(p.Sentences)-1)
	return p.Sentences[i], pos >= p.Sentences[i].Span.Start || i == 0
}

// cueWindow bounds, in bytes, how far from a quotation its speech cue is looked for, so that
// attribution costs the same per quote however long the sentence.
const cueWindow = 320

// explicit finds the speaker named by a cue around span s; ok is false when there is none.
func (a *attributor) explicit(s span) (speaker, bool) {
	p := a.paras[s.para]
	endSent, ok := sentenceAt(p, max(s.start, s.end-1))
	if !ok {
		return speaker{}, false
	}
	// After the quote: `..., Mr. Peskov said` or `..., said Mr. Peskov`.
	closeAt := s.end
	if s.closeMark {
		closeAt = skipMark(p.Text, s.end)
	}
	var post []token
	if closeAt < endSent.Span.End {
		post = tokenize(p.Text[closeAt:min(endSent.Span.End, closeAt+cueWindow)], closeAt)
		post = untilMark(post)
	}
	if sp, ok := a.postCue(post, endSent); ok {
		return sp, true
	}
	// Before the quote, in the sentence it opens in.
	startSent, ok := sentenceAt(p, s.start)
	if ok && s.openMark {
		from := max(startSent.Span.Start, s.start-cueWindow)
		pre := tokenize(p.Text[from:s.start], from)
		for len(pre) > 0 && !pre[len(pre)-1].word && strings.ContainsAny(pre[len(pre)-1].text, "“\"«‘'") {
			pre = pre[:len(pre)-1]
		}
		pre = afterLastMark(pre)
		if sp, ok := a.preCue(pre, startSent); ok {
			return sp, true
		}
	}
	if sp, ok := a.accordingTo(post, endSent); ok {
		return sp, true
	}
	return speaker{}, false
}

func skipMark(p string, pos int) int {
	for pos < len(p) {
		r, n := utf8.DecodeRuneInString(p[pos:])
		if r != '”' && r != '"' && r != ',' && r != '’' && r != '»' && !unicode.IsSpace(r) {
			break
		}
		pos += n
	}
	return pos
}

// untilMark cuts tokens at the next quotation mark: what follows belongs to another quote.
func untilMark(toks []token) []token {
	for i, t := range toks {
		if !t.word && strings.ContainsAny(t.text, "“”\"«»") {
			return toks[:i]
		}
	}
	return toks
}

func afterLastMark(toks []token) []token {
	for i := len(toks) - 1; i >= 0; i-- {
		if !toks[i].word && strings.ContainsAny(toks[i].text, "“”\"«»") {
			return toks[i+1:]
		}
	}
	return toks
}

func (a *attributor) postCue(post []token, sent text.Sentence) (speaker, bool) {
	i := 0
	for i < len(post) && !post[i].word {
		if post[i].text != "," && post[i].text != "—" && post[i].text != "–" && post[i].text != "-" {
			return speaker{}, false
		}
		i++
	}
	if i >= len(post) {
		return speaker{}, false
	}
	// Inverted: said Mr. Putin.
	if cueVerbs[post[i].lower] {
		if np := npAfter(post, i+1); len(np) > 0 {
			return a.resolve(np, sent), true
		}
		return speaker{}, false
	}
	// Subject first: Mr. Putin (also, later, Monday) said.
	for k := i; k < len(post) && k < i+12; k++ {
		if !post[k].word {
			break
		}
		if cueVerbs[post[k].lower] {
			np := npBefore(post[i:k])
			if len(np) > 0 && np[0].start == post[i].start {
				return a.resolve(np, sent), true
			}
			break
		}
	}
	return speaker{}, false
}

func (a *attributor) preCue(pre []token, sent text.Sentence) (speaker, bool) {
	// Drop the colon or comma right before the mark.
	for len(pre) > 0 && !pre[len(pre)-1].word {
		pre = pre[:len(pre)-1]
	}
	if len(pre) == 0 {
		return speaker{}, false
	}
	// Inverted at sentence start: Added Mr. Lukashenko, "...".
	if cueVerbs[pre[0].lower] {
		if np := npAfter(pre, 1); len(np) > 0 && np[len(np)-1].end == pre[len(pre)-1].end {
			return a.resolve(np, sent), true
		}
	}
	if pre[0].lower == "according" && len(pre) > 2 && pre[1].lower == "to" {
		if np := npAfter(pre, 2); len(np) > 0 {
			return a.resolve(np, sent), true
		}
	}
	// The last cue verb before the mark, and its subject: He said the notion ...; what he called.
	for k := len(pre) - 1; k >= 0; k-- {
		if pre[k].word && cueVerbs[pre[k].lower] && !strings.HasSuffix(pre[k].lower, "ing") {
			if np := npBefore(pre[:k]); len(np) > 0 {
				return a.resolve(np, sent), true
			}
			if np := npAfter(pre, k+1); len(np) > 0 && k == 0 {
				return a.resolve(np, sent), true
			}
		}
	}
	return speaker{}, false
}

func (a *attributor) accordingTo(post []token, sent text.Sentence) (speaker, bool) {
	for k := 0; k+2 < len(post); k++ {
		if post[k].lower == "according" && post[k+1].lower == "to" {
			if np := npAfter(post, k+2); len(np) > 0 {
				return a.resolve(np, sent), true
			}
		}
	}
	return speaker{}, false
}

// npWord reports whether t can be part of a speaker's noun phrase.
func npWord(t token) bool {
	l := strings.ToLower(t.bare())
	return t.word && (t.upper || roles[l] || modifiers[l] || demonyms[l] || orgWords[l] || determiners[l] || pronouns[l] != unknownGender || l == "they" || l == "it" || l == "think" || l == "tank" || l == "news" || l == "press" || l == "service")
}

// npBefore is the noun phrase that ends toks (the subject before a cue verb), skipping the
// adverbs and auxiliaries between it and the verb.
func npBefore(toks []token) []token {
	k := len(toks) - 1
	for k >= 0 && toks[k].word && skipBetween[toks[k].lower] && !toks[k].upper {
		k--
	}
	// "said Monday": a weekday sits between subject and verb only after the subject.
	for k >= 0 && toks[k].word && skipBetween[toks[k].lower] {
		k--
	}
	end := k
	for k >= 0 && npWord(toks[k]) && end-k < 8 {
		if _, ok := pronouns[toks[k].lower]; ok {
			if k == end {
				return toks[k : k+1]
			}
			break
		}
		if determiners[toks[k].lower] {
			k--
			break
		}
		k--
	}
	np := toks[k+1 : end+1]
	return trimNP(np)
}

// npAfter is the noun phrase starting at toks[i] (the speaker after an inverted cue).
func npAfter(toks []token, i int) []token {
	for i < len(toks) && toks[i].word && skipBetween[toks[i].lower] && !toks[i].upper {
		i++
	}
	start := i
	if i < len(toks) {
		if _, ok := pronouns[toks[i].lower]; ok {
			return toks[i : i+1]
		}
	}
	for i < len(toks) && i-start < 10 {
		t := toks[i]
		switch {
		case npWord(t) && !(determiners[t.lower] && i > start):
			i++
			if t.possessive() && !(i < len(toks) && npWord(toks[i])) {
				return trimNP(toks[start:i])
			}
		case t.word && linkers[t.lower] && i+1 < len(toks) && npWord(toks[i+1]) && i > start:
			i++
		default:
			return trimNP(toks[start:i])
		}
	}
	return trimNP(toks[start:i])
}

// trimNP drops linkers and determiners left dangling at the end of a phrase.
func trimNP(np []token) []token {
	for len(np) > 0 && (linkers[np[len(np)-1].lower] || determiners[np[len(np)-1].lower]) {
		np = np[:len(np)-1]
	}
	hasContent := false
	for _, t := range np {
		if !determiners[t.lower] {
			hasContent = true
		}
	}
	if !hasContent {
		return nil
	}
	return np
}

// resolve turns a speaker phrase into a speaker: a known entity where it names, describes or
// refers back to one; otherwise the phrase itself.
func (a *attributor) resolve(np []token, sent text.Sentence) speaker {
	if len(np) == 1 {
		if g, ok := pronouns[np[0].lower]; ok {
			return a.resolvePronoun(np[0], g, sent)
		}
	}
	det := false
	if determiners[np[0].lower] {
		det = true
		np = np[1:]
	}
	if len(np) == 1 && isAcronym(np[0].bare()) {
		if e := a.reg.byName(np[0].bare()); e != nil {
			return speakerOf(e)
		}
		return speaker{name: np[0].bare(), typ: Organization}
	}
	// A capitalised organisation name.
	if e := a.reg.byName(strings.TrimPrefix(joinTokens(np), "The ")); e != nil {
		return speakerOf(e)
	}
	// A person's name after any titles.
	last := -1
	for k, t := range np {
		if isTitleWord(t.lower) || demonyms[strings.ToLower(t.bare())] || !t.upper {
			last = k
		}
	}
	name := np[last+1:]
	if len(name) > 0 && !hasOrgWord(name) && (!det || last >= 0 && !hasOrgWord(np[last:last+1])) {
		if e := a.reg.bySurname(name[len(name)-1].bare()); e != nil {
			return speakerOf(e)
		}
		for _, t := range name {
			if notNames[t.lower] {
				name = nil
				break
			}
		}
		if len(name) > 0 {
			return speaker{name: joinTokens(name), typ: Person}
		}
	}
	phrase := joinTokens(np)
	if hasOrgWord(np) {
		return speaker{name: phrase, typ: Organization}
	}
	head := strings.ToLower(np[len(np)-1].bare())
	if roles[head] || titles[head] {
		if e := a.describe(np, sent); e != nil {
			return speakerOf(e)
		}
		return speaker{name: phrase, typ: Person}
	}
	return speaker{name: phrase, typ: Unknown}
}

func speakerOf(e *entity) speaker {
	if e.kind == organization {
		return speaker{name: e.name, typ: Organization, e: e}
	}
	return speaker{name: e.name, typ: Person, e: e}
}

// synonyms of role heads used to match descriptions to the titles entities were given.
var synonyms = map[string][]string{
	"leader":    {"leader", "president", "premier", "chancellor", "king", "queen", "head", "prime", "dictator", "strongman", "monarch"},
	"president": {"president", "leader", "head"},
	"spokesman": {"spokesman", "spokeswoman", "spokesperson", "spokespeople"},
	"minister":  {"minister", "secretary"},
	"chief":     {"chief", "head", "director", "ceo"},
}

// describe matches a description ("the Russian leader", "the Kremlin spokesman") with a
// person introduced earlier whose titles fit it and whose nationality does not contradict it.
func (a *attributor) describe(np []token, sent text.Sentence) *entity {
	head := strings.ToLower(np[len(np)-1].bare())
	heads := synonyms[head]
	if heads == nil {
		heads = []string{head}
	}
	var mods []string
	for _, t := range np[:len(np)-1] {
		mods = append(mods, strings.ToLower(t.bare()))
	}
	var best *entity
	bestScore := 0.0
	for _, e := range a.reg.entities {
		if e.kind != person || e.first > sent.Index {
			continue
		}
		has := e.words
		fits := false
		for _, h := range heads {
			fits = fits || has[h]
		}
		if !fits {
			continue
		}
		score := 1 + float64(e.mentions)*0.1
		contradicts := false
		for _, m := range mods {
			if has[m] {
				score += 2
			} else if demonyms[m] {
				for w := range has {
					if demonyms[w] && w != m {
						contradicts = true
					}
				}
			}
		}
		if !contradicts && score > bestScore {
			best, bestScore = e, score
		}
	}
	return best
}

// resolvePronoun finds what a pronoun refers to: the first fitting mention in its own
// sentence before it (the subject), else in the sentences before, nearest first.
func (a *attributor) resolvePronoun(pr token, g gender, sent text.Sentence) speaker {
	wantOrg := pr.lower == "it" || pr.lower == "they"
	fits := func(m mention) bool {
		if wantOrg {
			return m.e.kind == organization
		}
		return m.e.kind == person && (g == unknownGender || m.e.gender == unknownGender || m.e.gender == g)
	}
	if pr.lower == "we" || pr.lower == "i" {
		return speaker{}
	}
	for k, m := range a.reg.mentions[sent.Index] {
		if m.start < pr.start && fits(m) {
			return speakerOf(m.e)
		}
		if k > maxMentionsScanned {
			break
		}
	}
	for idx := sent.Index - 1; idx >= 0 && idx >= sent.Index-8; idx-- {
		for k, m := range a.reg.mentions[idx] {
			if fits(m) {
				return speakerOf(m.e)
			}
			if k > maxMentionsScanned {
				break
			}
		}
	}
	return speaker{}
}

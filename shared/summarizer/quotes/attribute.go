package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
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

var determiners = words(`the a an his her its their our this that one another some several many two three`)

// indefinites open a description of someone the article has not introduced.
var indefinites = words(`a an another one`)

// attributor resolves the speaker of each span against the article's entities.
type attributor struct {
	paras []text.Paragraph
	reg   *registry
	// last is the most recent quotation's speaker and lastPara its paragraph: a pronoun
	// that finds no one named nearby goes on quoting that person.
	last     speaker
	lastPara int
	// subjects caches the subject of each sentence read for pronouns (subjectRead), by
	// sentence index; sentPara is the paragraph of each sentence.
	subjects    []sentenceSubject
	subjectRead []bool
	sentPara    []int32
	// chains caches, by sentence index, where its first he and she stand (chainPronoun).
	chains [][2]int32
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
	if startSent, ok := sentenceAt(p, s.start); ok {
		if sp, ok := a.askedBy(s, startSent); ok {
			return sp, true
		}
		if sp, ok := a.subordinateCue(s, startSent); ok {
			return sp, true
		}
		if sp, ok := a.participleOpener(s, startSent); ok {
			return sp, true
		}
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
	if sp, ok := a.closingCue(s, post, endSent); ok {
		return sp, true
	}
	if sp, ok := a.sentenceTail(closeAt, endSent); ok {
		return sp, true
	}
	// "“This will be a challenge” for Clinton, said Kunin.": the cue after a short phrase
	// that completes the quoted words.
	for c := 1; c < len(post) && c <= 6; c++ {
		if !post[c].word {
			if post[c].text == "," {
				if sp, ok := a.postCue(post[c:], endSent); ok && sp.known() {
					return sp, true
				}
			}
			break
		}
	}
	if len(post) == 0 && endsWithExclamation(p.Text[:s.end]) {
		// "...?” she asked.": the sentence splitter may have closed the sentence at the mark.
		if next, ok := sentenceAt(p, closeAt); ok && next.Span.Start >= closeAt && next.Index == endSent.Index+1 {
			all := tokenize(p.Text[next.Span.Start:min(next.Span.End, next.Span.Start+cueWindow)], next.Span.Start)
			toks := untilMark(all)
			if replyTurn(toks, len(toks) < len(all)) {
				toks = nil
			}
			if k := subjectCue(toks, 0); k > 0 && (shortClause(toks, k) || namedCue(toks, k)) {
				if sp, ok := a.postCue(toks, next); ok {
					return sp, true
				}
			} else if len(toks) > 1 && cueVerbs[toks[0].lower] && !toks[0].upper {
				if sp, ok := a.postCue(toks, next); ok {
					return sp, true
				}
			} else if shortSpeechClause(toks) {
				// "...?” Hannity pressed.": a verb the lexicon lacks, in a clause that ends there.
				if sp := a.resolve(npAfter(toks, 0), next); sp.known() {
					return sp, true
				}
			}
		}
	} else if len(post) == 0 && s.closeMark && s.openMark && opensSentence(p, s.start) {
		// "...missing.” Trump said.": a period typed where the comma goes leaves the cue as a
		// sentence of its own, which then holds nothing else. The quotation is a sentence of
		// its own too: one quoted inside reported speech has its speaker in its sentence.
		if next, ok := sentenceAt(p, closeAt); ok && next.Span.Start >= closeAt && next.Index == endSent.Index+1 {
			toks := tokenize(p.Text[next.Span.Start:min(next.Span.End, next.Span.Start+cueWindow)], next.Span.Start)
			if bareCue(toks) {
				if sp, ok := a.postCue(toks, next); ok && sp.known() {
					return sp, true
				}
			}
		}
	}
	// Before the quote, in the sentence it opens in.
	startSent, ok := sentenceAt(p, s.start)
	var pre []token
	if ok && s.openMark {
		from := max(startSent.Span.Start, s.start-cueWindow)
		pre = tokenize(p.Text[from:s.start], from)
		for len(pre) > 0 && !pre[len(pre)-1].word && strings.ContainsAny(pre[len(pre)-1].text, "“\"«‘'") {
			pre = pre[:len(pre)-1]
		}
		pre = afterLastMark(pre)
		if sp, ok := a.preCue(pre, startSent); ok {
			return sp, true
		}
		if sp, ok := a.label(pre, startSent); ok {
			return sp, true
		}
		if sp, ok := a.nameColon(pre, startSent); ok {
			return sp, true
		}
		if sp, ok := a.roleNameColon(pre, startSent); ok {
			return sp, true
		}
	}
	if sp, ok := a.accordingTo(post, endSent); ok {
		return sp, true
	}
	if ok && len(pre) == 0 {
		if sp, ok := a.leadIn(s, startSent); ok {
			return sp, true
		}
	}
	return a.signature(s)
}

// roleNameColon reads a name given with its role right before a colon that introduces the
// quotation, at the end of a sentence about something else: "The surge does not surprise
// Republican pollster Daron Shaw: “...”".
func (a *attributor) roleNameColon(pre []token, sent text.Sentence) (speaker, bool) {
	n := len(pre)
	if n < 4 || pre[n-1].text != ":" {
		return speaker{}, false
	}
	k := n - 2
	for k >= 0 && n-2-k < 4 && pre[k].word && pre[k].upper && !notNames[pre[k].lower] && !isTitleWord(pre[k].lower) {
		k--
	}
	name := pre[k+1 : n-1]
	if len(name) < 2 || k < 0 || !pre[k].word || !roles[pre[k].lower] || hasOrgWord(name) {
		return speaker{}, false
	}
	return a.resolve(name, sent), true
}

// signatureLen bounds, in tokens, a paragraph read as the signature of a quotation.
const signatureLen = 12

// signature reads the line that signs a quotation closing its paragraph, as news sets
// quotations from readers or fact checks: a short next paragraph of a dash and the speaker
// ("- Sanders.", "-Michelle Marks, Philadelphia.").
func (a *attributor) signature(s span) (speaker, bool) {
	p := a.paras[s.para]
	if strings.TrimFunc(p.Text[min(len(p.Text), skipMark(p.Text, s.end)):], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) != "" ||
		s.para+1 >= len(a.paras) {
		return speaker{}, false
	}
	next := a.paras[s.para+1]
	if len(next.Sentences) == 0 || next.Heading {
		return speaker{}, false
	}
	toks := tokenize(next.Text[:min(len(next.Text), cueWindow)], 0)
	if len(toks) < 2 || len(toks) > signatureLen || toks[0].word || !strings.Contains("-–—", toks[0].text) {
		return speaker{}, false
	}
	// The line holds the name alone, or with a place: "– Ready to quiz Trump –" heads a section.
	if np := npAfter(toks, 1); len(np) > 0 && np[0].upper && speakerPhrase(np) && (indexAfter(toks, np) == len(toks) || !toks[indexAfter(toks, np)].word) {
		return a.resolve(np, next.Sentences[0]), true
	}
	return speaker{}, false
}

// opensSentence reports whether the quotation whose words start at pos opens its sentence.
func opensSentence(p text.Paragraph, pos int) bool {
	sent, ok := sentenceAt(p, pos)
	return ok && sent.Span.Start <= pos && strings.TrimLeft(p.Text[sent.Span.Start:pos], " “\"‘'") == ""
}

// bareCueLen bounds, in words, a sentence read as a bare attribution ("Trump said Monday.").
const bareCueLen = 6

// bareCue reports whether toks is a sentence that only attributes: a few words, one of them
// a cue verb, and its closing period ("Trump said.", "said Jane Roe.", "he told reporters.").
func bareCue(toks []token) bool {
	if len(toks) < 3 || len(toks) > bareCueLen+1 || toks[len(toks)-1].text != "." {
		return false
	}
	cue := false
	for _, t := range toks[:len(toks)-1] {
		if !t.word {
			return false
		}
		cue = cue || isCue(t)
	}
	return cue
}

func endsWithExclamation(s string) bool {
	s = strings.TrimRight(s, " ”\"'’")
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

// shortClause reports whether the clause whose cue verb is toks[k] ends soon after it, as an
// attribution does ("Clinton said to People."), rather than going on to report speech.
func shortClause(toks []token, k int) bool {
	words := 0
	for _, t := range toks[k+1:] {
		if t.word {
			if t.lower == "that" {
				return false // "X said that ...": reported speech of its own
			}
			words++
		} else if t.text == "." || t.text == "," || t.text == ";" {
			break
		}
	}
	return words <= 8
}

// namedCue reports whether the cue verb toks[k] follows a name alone ("Trump told
// Britain's ITV in an interview aired on Monday ..."): after a question closing the
// quotation, a named speaker and a cue open the attribution however long it runs on, unless
// it reports speech of its own ("Trump said that ...").
func namedCue(toks []token, k int) bool {
	if k > 4 || k+1 < len(toks) && toks[k+1].lower == "that" {
		return false
	}
	for _, t := range toks[:k] {
		if !t.word || !t.upper || notNames[t.lower] {
			return false
		}
	}
	return true
}

// label reads a transcript label or a speaker set before a colon at the start of the
// paragraph: "Rep. Trey Gowdy (R-S.C.): “...”", "MR. TRUMP: “...”".
func (a *attributor) label(pre []token, sent text.Sentence) (speaker, bool) {
	if len(pre) < 2 || pre[len(pre)-1].text != ":" || len(pre) > 14 || pre[0].start > sent.Span.Start {
		return speaker{}, false
	}
	if sentenceIndexInParagraph(a.paras[sent.Paragraph], sent) != 0 {
		return speaker{}, false
	}
	toks := pre[:len(pre)-1]
	if toks[len(toks)-1].text == ")" {
		if b := beforeAppositive(toks); len(b) > 0 {
			toks = b
		}
	}
	for _, t := range toks {
		if !t.word || cueVerbs[t.lower] {
			return speaker{}, false
		}
	}
	if np := npBefore(toks); len(np) > 0 && len(np) >= len(toks)-3 {
		return a.resolve(np, sent), true
	}
	return speaker{}, false
}

func sentenceIndexInParagraph(p text.Paragraph, s text.Sentence) int {
	if len(p.Sentences) == 0 {
		return 0
	}
	return s.Index - p.Sentences[0].Index
}

// leadIn finds the speaker of a quotation that opens its sentence in the sentence before:
// one that introduces it with a colon ("Dr. Ward stated:"), in this paragraph or ending the
// one before, or a bare attribution ("Iowa State University's Dianne Bystrom agreed.").
func (a *attributor) leadIn(s span, sent text.Sentence) (speaker, bool) {
	p := a.paras[s.para]
	i := sentenceIndexInParagraph(p, sent)
	var prev text.Sentence
	switch {
	case i > 0 && i < len(p.Sentences):
		prev = p.Sentences[i-1]
	case i == 0 && s.para > 0 && len(a.paras[s.para-1].Sentences) > 0 && !a.paras[s.para-1].Heading:
		pp := a.paras[s.para-1]
		prev = pp.Sentences[len(pp.Sentences)-1]
		if !strings.HasSuffix(strings.TrimSpace(prev.Text), ":") {
			return speaker{}, false
		}
	default:
		return speaker{}, false
	}
	toks := tokenize(prev.Text[max(0, len(prev.Text)-cueWindow):], prev.Span.Start+max(0, len(prev.Text)-cueWindow))
	if len(toks) < 2 || strings.ContainsAny(prev.Text, "“”\"") {
		return speaker{}, false
	}
	last := toks[len(toks)-1].text
	toks = toks[:len(toks)-1]
	switch last {
	case ":":
		if sp, ok := a.preCue(toks, prev); ok {
			return sp, true
		}
		// "He then listed the qualities he looks for:": the subject of the lead-in.
		if e := a.subjectSpeaker(prev); e != nil {
			return speakerOf(e), true
		}
		return speaker{}, false
	case ".":
		if k := subjectCue(toks, 0); k > 0 && shortClause(toks, k) {
			return a.postCue(toks, prev)
		}
		// "Also, Trump isn't a conservative, he said. “...”": reported speech whose cue
		// closes the sentence before goes on in the quotation.
		// The cue may carry an appositive: "..., said Robert Mason, a professor."
		for c, commas := len(toks)-1, 0; c > 0 && len(toks)-c <= tailCueLen && commas < 2; c-- {
			if toks[c].text != "," {
				continue
			}
			commas++
			if sp, ok := a.postCue(toks[c:], prev); ok && sp.known() {
				return sp, true
			}
		}
		// "Mr. Hannity is unapologetic about his aim. ''I'm not hiding it.''": a quotation
		// standing as a sentence goes on about the person the sentence before is about.
		if i > 0 && a.quoteEndsSentence(s, sent) {
			if subj, ok := a.subjectAt(prev.Index); ok && subj.kind == subjectEntity && subj.e.kind == person {
				return speakerOf(subj.e), true
			}
		}
	}
	return speaker{}, false
}

// quoteEndsSentence reports whether quotation s closes sentence sent with nothing after it.
func (a *attributor) quoteEndsSentence(s span, sent text.Sentence) bool {
	p := a.paras[s.para].Text
	end := min(len(p), skipMark(p, s.end))
	return end >= sent.Span.End || strings.TrimFunc(p[end:sent.Span.End], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) == ""
}

// sentenceTail reads the attribution that closes, after a comma, the sentence a quotation
// stands inside: the whole sentence is the speaker's reported speech ("... will carry “a
// great deal of weight” and help them win, DFA spokesman Neil Sroka said.").
func (a *attributor) sentenceTail(from int, sent text.Sentence) (speaker, bool) {
	p := a.paras[sent.Paragraph]
	end := sent.Span.End
	if from >= end {
		return speaker{}, false
	}
	toks := tokenize(p.Text[max(from, end-cueWindow):end], max(from, end-cueWindow))
	// The cue may carry an appositive and a time after it: "..., said the bureau's
	// director, James B. Comey, on Monday."
	for c, commas := len(toks)-1, 0; c >= 0 && len(toks)-c <= tailCueLen+tailAppositiveLen && commas < tailCommas; c-- {
		if toks[c].word || toks[c].text == "." {
			continue
		}
		if toks[c].text != "," || c == 0 || !toks[len(toks)-1].word && toks[len(toks)-1].text != "." {
			return speaker{}, false
		}
		if sp, ok := a.postCue(toks[c:], sent); ok && sp.known() {
			return sp, true
		}
		if commas++; len(toks)-c > tailCueLen {
			return speaker{}, false
		}
	}
	return speaker{}, false
}

// tailCueLen bounds, in tokens, the clause closing a sentence that is read as its cue;
// tailAppositiveLen more tokens reach a cue whose speaker has an appositive set off by
// commas, up to tailCommas of them.
const (
	tailCueLen        = 12
	tailAppositiveLen = 6
	tailCommas        = 3
)

func skipMark(p string, pos int) int {
	for pos < len(p) {
		r, n := utf8.DecodeRuneInString(p[pos:])
		if r != '”' && r != '“' && r != '"' && r != ',' && r != '’' && r != '\'' && r != '»' && !unicode.IsSpace(r) {
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
	if name := asClauseAfter(post, i); name != nil {
		return a.resolve(name, sent), true
	}
	// "...“fantastic,” telling reporters that ...": a participle goes on from the sentence's
	// subject, never an inverted cue before the speaker.
	if cueVerbs[post[i].lower] && strings.HasSuffix(post[i].lower, "ing") {
		return a.clauseSubject(sent, post[0].start)
	}
	// Inverted: said Mr. Putin. A capitalised cue word is a name ("Read said", as Ian Read).
	// "Told" is never inverted: the phrase after it is whom the words were told to
	// ("..., told the television program ''Inside Edition''").
	if isCue(post[i]) && !toldTo(post[i]) {
		// "wrote Clay's biographers, David and Jeanne Heidler": the name a description gives
		// whatever its noun.
		if name := describedThenNamed(post, i+1); name != nil && post[i].lower != "according" {
			return a.resolve(name, sent), true
		}
		np := npAfter(post, i+1)
		// "Mr. Manafort, citing “...,” said the candidate could ...": the phrase after the cue
		// is the subject of what is said; the cue goes on from the sentence's subject.
		if len(np) > 0 && reportedSubject(post, np) {
			return a.clauseSubject(sent, post[i].start)
		}
		if len(np) > 0 && speakerPhrase(np) {
			if name := a.besideDescription(post, np); name != nil {
				return a.resolve(name, sent), true
			}
			np = withComplement(post, np)
			if name := nameAfter(post, np); name != nil {
				return a.resolve(name, sent), true
			}
			return a.resolve(np, sent), true
		}
		// "said master of ceremonies Asab Al-Tabchi": the name after a lower-case title.
		for k := i + 1; k < len(post) && k <= i+6 && post[k].word && post[i].lower != "according"; k++ {
			if post[k].upper && !notNames[post[k].lower] {
				if np := npAfter(post, k); len(np) > 0 {
					return a.resolve(np, sent), true
				}
				break
			}
		}
		return speaker{}, false
	}
	// Inverted with a verb the lexicon lacks: "..., scoffed Arianna Gil".
	if speechLike(post[i]) && i+1 < len(post) && post[i+1].upper && post[i+1].word && (!notNames[post[i+1].lower] || isTitleWord(post[i+1].lower)) {
		if np := npAfter(post, i+1); len(np) > 0 {
			return a.resolve(np, sent), true
		}
	}
	// Subject first: Mr. Putin (also, later, Monday) said; Jane Roe, 25, a nurse, said.
	if k := subjectCue(post, i); k > i {
		np := npBefore(post[i:k])
		if len(np) > 0 && (np[0].start == post[i].start || modifiersBefore(post[i:k], np)) {
			if m := appositiveEnd(post, k); m > 0 && described(np) {
				if name := appositiveName(post[k+1 : m-1]); name != nil {
					return a.resolve(name, sent), true
				}
			}
			return a.resolve(np, sent), true
		}
		// "a spokesman for the ministry said": a description with its complement.
		if np := npAfter(post, i); len(np) > 0 && speakerPhrase(np) {
			if m := appositiveEnd(post, k); m > 0 && described(np) && np[len(np)-1].end <= post[k].start {
				if name := appositiveName(post[k+1 : m-1]); name != nil {
					return a.resolve(name, sent), true
				}
			}
			return a.resolve(np, sent), true
		}
	}
	// Subject first with a verb the lexicon lacks: "..., Ms. Abedin answered".
	if np := npAfter(post, i); len(np) > 0 && np[0].start == post[i].start {
		if k := i + len(np); k < len(post) && speechLike(post[k]) && speakerPhrase(np) {
			return a.resolve(np, sent), true
		}
	}
	if name := unknownHeadName(post, i); name != nil {
		return a.resolve(name, sent), true
	}
	// "..., the suit reads": a thing the lexicon does not know as a source speaks through a
	// cue that closes the sentence; the description is the speaker.
	if k := describedCue(post, i); k > 0 {
		return a.resolve(post[i:k], sent), true
	}
	return speaker{}, false
}

// notDescription are words that go on from a subject to its verb ("his salespersons were
// told") or qualify the verb ("the so called"), never part of a description.
var notDescription = words(`so were are be been being not no just`)

// describedCueLen bounds, in words, a description read as the subject of a closing cue.
const describedCueLen = 5

// describedCue returns the index of the cue verb after a description opening at toks[i]
// ("the suit reads", "a voice-over in the ad states"), in a clause that only attributes;
// -1 when toks[i:] is not one.
func describedCue(toks []token, i int) int {
	if i >= len(toks) || !determiners[toks[i].lower] || toks[i].upper && i > 0 {
		return -1
	}
	for k := i + 1; k < len(toks) && k <= i+describedCueLen; k++ {
		t := toks[k]
		if !t.word {
			return -1
		}
		if isCue(t) {
			if k == i+1 || !shortClause(toks, k) {
				return -1
			}
			return k
		}
		if _, ok := pronouns[t.lower]; ok || skipBetween[t.lower] || cueParticiple(t.lower) || auxiliaries[t.lower] || notDescription[t.lower] || strings.HasSuffix(t.lower, "ly") {
			return -1
		}
	}
	return -1
}

// reportedSubject reports whether np, read after a cue verb in toks, is followed by an
// auxiliary: the subject of the clause the cue reports ("said the candidate could"), not the
// speaker of an inverted cue.
func reportedSubject(toks, np []token) bool {
	end := np[len(np)-1].end
	for j, t := range toks {
		if t.start >= end {
			return t.word && auxiliaries[t.lower] && j > 0 && toks[j-1].word
		}
	}
	return false
}

// speakerPhrase reports whether np can name a speaker: a pronoun, a capitalised name, or a
// description headed by a role or an organisation word.
func speakerPhrase(np []token) bool {
	last := np[len(np)-1]
	l := strings.ToLower(last.bare())
	if _, ok := pronouns[l]; ok && len(np) == 1 {
		return true
	}
	return last.upper && !notNames[l] || roleWord(l) || ageWord(l) || titles[l] || orgWords[l] || documents[l]
}

// speechLike reports whether t may be a verb of speech missing from cueVerbs, in the
// inverted order that only speech takes right after a quotation ("..., scoffed X").
func speechLike(t token) bool {
	// "need", "feed" end in -ed without being past tenses.
	past := strings.HasSuffix(t.lower, "ed") && !strings.HasSuffix(t.lower, "eed")
	return t.word && !t.upper && (past || cueVerbs[t.lower] || irregularPast[t.lower]) && !skipBetween[t.lower] && len(t.lower) > 3
}

// infinitiveReach bounds, in words, the verbs between a speaker and the infinitive cue they
// go on to ("was prompted to say").
const infinitiveReach = 3

// maxAppositive bounds, in tokens, a phrase set off by commas between a speaker and the verb.
const maxAppositive = 24

// subjectCue returns the index of the cue verb that follows a subject starting at toks[i],
// with any appositive set off by commas or brackets in between ("Roe, a Democrat from
// Ohio, said"; "Gowdy (R-S.C.) said"), or -1. With an appositive it returns the index of
// its opening comma, where the subject ends.
func subjectCue(toks []token, i int) int { return subjectVerb(toks, i, isCue, true) }

// isCue reports whether t is a cue verb: in lower case, as a verb is mid-sentence ("the
// United States" holds none).
func isCue(t token) bool { return cueVerbs[t.lower] && !t.upper }

// isVerbLike accepts any lower-case word that can follow a subject as its verb.
func isVerbLike(t token) bool {
	return !t.upper && !linkers[t.lower] && !strings.HasSuffix(t.lower, "ing")
}

// headReach bounds, in words, how far after a determiner and a word the lexicon lacks the
// head of a description may stand ("the presumptive GOP presidential nominee").
const headReach = 3

// subjectVerb returns the index of the verb after a subject starting at toks[i], past an
// appositive; long lets the appositive run on in several parts.
func subjectVerb(toks []token, i int, verb func(token) bool, long bool) int {
	for k := i; k < len(toks) && k < i+12; k++ {
		t := toks[k]
		if t.word {
			if k > i && verb(t) {
				return k
			}
			// A complement after a role ("the senator from Ohio") stays in the subject.
			complement := k > i && complementHeads[t.lower] && (roles[toks[k-1].lower] || orgWords[toks[k-1].lower])
			if k > i && !t.upper && !cueVerbs[t.lower] && !npWord(t) && !linkers[t.lower] && !complement && !skipBetween[t.lower] && !roleWithin(toks, k+1, 2) && !(determiners[toks[k-1].lower] && describedHead(toks, k+1, headReach)) {
				return -1
			}
			continue
		}
		if k == i {
			return -1
		}
		m := appositiveEnd(toks, k)
		if m < 0 {
			if long && unclosedAppositive(toks, k) > k {
				return k
			}
			return -1
		}
		if verbAfterAppositive(toks, k, m, verb, long) >= 0 {
			return k // the subject ends before the appositive
		}
		return -1
	}
	return -1
}

// appositiveEnd returns the index after the phrase that toks[k] (a comma or an opening
// bracket) sets off, or -1 when it is not closed within maxAppositive tokens.
func appositiveEnd(toks []token, k int) int {
	closer := ","
	switch toks[k].text {
	case ",":
	case "(":
		closer = ")"
	default:
		return -1
	}
	for m := k + 1; m < len(toks) && m <= k+maxAppositive; m++ {
		if toks[m].text == closer {
			return m + 1
		}
		if strings.ContainsAny(toks[m].text, "“”\"") {
			return -1
		}
	}
	return -1
}

// appositiveName returns the name inside an appositive, as in "the White House press
// secretary, Josh Earnest, said": capitalised words only, none an organisation word.
func appositiveName(toks []token) []token {
	if coordinatedName(toks) || twoNames(toks) {
		return toks // "Henry Clay's biographers, David and Jeanne Heidler, wrote"
	}
	if len(toks) == 0 || len(toks) > 4 || hasOrgWord(toks) {
		return nil
	}
	for _, t := range toks {
		if !t.word || !t.upper || notNames[t.lower] || partyTag(t.text) {
			return nil
		}
	}
	return toks
}

// complementHeads open a short complement of a description ("at Lehigh", "of the group").
var complementHeads = words(`at of for in with from on to`)

// nameAfter returns the name set off by a comma after the description np ends in toks, as
// in "said a leading advocate, Andrew J. Pincus of the firm"; nil when none follows.
func nameAfter(toks, np []token) []token {
	if !described(np) {
		return nil
	}
	j := slices.IndexFunc(toks, func(t token) bool { return t.start >= np[len(np)-1].end })
	// A short complement may stand before the comma: "his best friend at Lehigh, Bruce
	// Turry", "the American ambassador at the time, John E. Herbst".
	for n := 0; j >= 0 && j < len(toks) && n < 4 && toks[j].word && !cueVerbs[toks[j].lower] && (n > 0 || complementHeads[toks[j].lower]); n++ {
		j++
	}
	if j < 0 || j >= len(toks) || toks[j].text != "," {
		return nil
	}
	// The name may follow its own role: "Clinton's introducer, actress Jamie Lee Curtis".
	from := j + 1
	for from < len(toks) && from <= j+2 && toks[from].word && !toks[from].upper && (roles[toks[from].lower] || modifiers[toks[from].lower]) {
		from++
	}
	k := from
	for k < len(toks) && k <= from+3 && toks[k].word && toks[k].upper {
		k++
	}
	if k < len(toks) && toks[k].word && toks[k].upper {
		return nil
	}
	return appositiveName(toks[from:k])
}

// described reports whether np is a description rather than a name: it opens with a
// determiner or ends with a lower-case word ("the presumptive nominee", "Trump's lawyer").
func described(np []token) bool {
	return determiners[np[0].lower] || !np[len(np)-1].upper
}

func (a *attributor) preCue(pre []token, sent text.Sentence) (speaker, bool) {
	introduced := len(pre) > 0 && (pre[len(pre)-1].text == "," || pre[len(pre)-1].text == ":")
	// Drop the colon or comma right before the mark.
	for len(pre) > 0 && !pre[len(pre)-1].word {
		pre = pre[:len(pre)-1]
	}
	if len(pre) == 0 {
		return speaker{}, false
	}
	// "As X, the No. 2 in the leadership, put it:" is no inverted cue with "it" speaking.
	if sp, ok := a.asPutIt(pre, sent); ok {
		return sp, true
	}
	// Inverted at sentence start, or after an opening phrase: Added Mr. Lukashenko, "...";
	// In other words, explained CBS moderator Nancy Cordes: "...".
	for k := 0; k < len(pre) && k <= invertedReach; k++ {
		if k > 0 && pre[k-1].text != "," || !cueVerbs[pre[k].lower] || k > 0 && !openers[pre[0].lower] && !conjunctions[pre[0].lower] {
			continue
		}
		if np := npAfter(pre, k+1); len(np) > 0 && (np[len(np)-1].end == pre[len(pre)-1].end || appositiveToEnd(pre, k+1+len(np))) {
			return a.resolve(np, sent), true
		}
	}
	if sp, ok := a.whoClause(pre, sent, introduced); ok {
		return sp, true
	}
	// "Bryne went on to say,": the subject of the verb the cue completes.
	for k := 2; k < len(pre) && k <= 8; k++ {
		if pre[k-1].lower == "to" && cueVerbs[pre[k].lower] && len(pre)-k <= 2 {
			if np := npAfter(pre, 0); len(np) > 0 && len(np) < k-1 && speakerPhrase(np) && isVerbLike(pre[len(np)]) {
				return a.resolve(np, sent), true
			}
		}
	}
	// "... that Mr. Trump was prompted to say,": the name right before the verbs the
	// infinitive cue completes, anywhere in the sentence.
	if k := len(pre) - 1; k >= 2 && pre[k-1].lower == "to" && cueVerbs[pre[k].lower] && !strings.HasSuffix(pre[k].lower, "ing") {
		j := k - 2
		for j >= 0 && k-2-j < infinitiveReach && pre[j].word && !pre[j].upper && isVerbLike(pre[j]) && !determiners[pre[j].lower] && !linkers[pre[j].lower] {
			j--
		}
		if j >= 0 && j < k-2 {
			if np := npBefore(pre[:j+1]); len(np) > 0 && np[len(np)-1].upper && speakerPhrase(np) {
				return a.resolve(np, sent), true
			}
		}
	}
	if pre[0].lower == "according" && len(pre) > 2 && pre[1].lower == "to" {
		if np := npAfter(pre, 2); len(np) > 0 {
			return a.resolve(np, sent), true
		}
	}
	// "Over the long term, according to the budget office, the rise ... “...”": a source,
	// not a possessive's thing ("according to its analysis").
	for k := 0; k+2 < len(pre); k++ {
		if pre[k].lower == "according" && pre[k+1].lower == "to" && !possessivePronouns[pre[k+2].lower] {
			if np := npAfter(pre, k+2); len(np) > 0 && speakerPhrase(np) {
				return a.resolve(np, sent), true
			}
			break
		}
	}
	// "As Louella Parsons had written a few years earlier, “...”": the subject of a clause
	// opening with "as" that introduces the quotation.
	as := 0
	if len(pre) > 3 && conjunctions[pre[0].lower] {
		as = 1 // "But as The Hill pointed out,"
		if pre[1].text == "," {
			as = 2 // "However, as the archbishop told the AP,"
		}
	}
	if introduced && pre[as].lower == "as" {
		if np := npAfter(pre, as+1); len(np) > 0 && np[0].start == pre[as+1].start && speakerPhrase(np) && np[len(np)-1].upper {
			// The clause runs to the quotation: "As Freddy stumbled, Mr. Trump said," has a
			// main clause of its own; a bracket ("told the Associated Press (AP),") does not
			// end the clause.
			if v := as + 1 + len(np); v < len(pre) && pre[v].word && isVerbLike(pre[v]) && !slices.ContainsFunc(pre[v:len(pre)-1], func(t token) bool { return !t.word && t.text != "(" && t.text != ")" }) {
				return a.resolve(np, sent), true
			}
		}
	}
	// "The paradox of Nancy, says Carl Anthony, a historian, is that ...": an inverted cue
	// set off by commas inside the sentence.
	if sp, ok := a.parentheticalCue(pre, sent); ok {
		return sp, true
	}
	// The last cue verb before the mark, and its subject: He said the notion ...; what he called.
	if sp, ok := a.lastWithParticiple(pre, sent, introduced); ok {
		return sp, true
	}
	if sp, ok := a.namedParticiple(pre, sent); ok {
		return sp, true
	}
	// A cue word after a possessive or a determiner is a noun ("Ginsburg's comments").
	for k := len(pre) - 1; k >= 0; k-- {
		if k > 0 && (pre[k-1].possessive() || determiners[pre[k-1].lower]) {
			continue
		}
		if pre[k].word && cueVerbs[pre[k].lower] && !strings.HasSuffix(pre[k].lower, "ing") && !(pre[k].upper && k > 0) && !passiveCue(pre, k) {
			if sp, ok := a.unclosedSubject(pre, k, sent); ok {
				return sp, true
			}
			if np := npBefore(pre[:k]); len(np) > 0 {
				return a.resolve(np, sent), true
			}
			// "The next day, her Twitter account posted:": a thing the lexicon lacks, opening
			// the sentence or its clause.
			for j := max(0, k-describedCueLen); j < k-1; j++ {
				if (j == 0 || !pre[j-1].word) && describedCue(pre, j) == k {
					return a.resolve(pre[j:k], sent), true
				}
			}
			if b := beforeAppositive(pre[:k]); len(b) > 0 {
				np := a.leadingSubject(pre[:k], sent)
				if len(np) == 0 {
					np = npBefore(b)
				}
				// "Another delegate on the Cruz slate, Jim Poolman, said": a description with
				// its complement opening the sentence, then the name it is given.
				if len(np) == 0 && len(b) <= describedReach && (determiners[b[0].lower] && roleWithin(b, 1, 2) || possessiveDescription(b)) && !slices.ContainsFunc(b, func(t token) bool { return !t.word }) {
					if name := appositiveName(trimAppositive(pre[len(b)+1 : k])); name != nil {
						return a.resolve(name, sent), true
					}
				}
				if len(np) > 0 {
					// "Trump's attorney, Alan Garten, said": the name the description is given.
					if np[len(np)-1].end == b[len(b)-1].end && (described(np) || roleOf(b, len(b)-len(np))) {
						if name := appositiveName(trimAppositive(pre[len(b)+1 : k])); name != nil {
							return a.resolve(name, sent), true
						}
					}
					return a.resolve(np, sent), true
				}
			}
			if np := npAfter(pre, k+1); len(np) > 0 && k == 0 && speakerPhrase(np) && len(pre)-k-1-len(np) <= 3 {
				return a.resolve(np, sent), true
			}
			if np := coordinatedSubject(pre, k); np != nil {
				return a.resolve(np, sent), true // "he laughed and said,"
			}
			if coordinated(pre, k) {
				if sp, ok := a.clauseSubject(sent, pre[k].start); ok {
					return sp, true
				}
			}
			// "A spokesman for the buyer said there was ...": a description with its
			// complement opening the sentence as the cue's subject.
			if k <= describedReach && determiners[pre[0].lower] && roleWithin(pre, 1, 2) && !slices.ContainsFunc(pre[:k], func(t token) bool { return !t.word || cueVerbs[t.lower] }) {
				return a.resolve(pre[:k], sent), true
			}
		}
	}
	if sp, ok := a.withParticiple(pre, sent); ok {
		return sp, true
	}
	// "..., adding that Valeant had “significant upside”": a cue participle after a comma
	// goes on from the sentence's subject.
	for k := len(pre) - 1; k > 0; k-- {
		if pre[k-1].text == "," && pre[k].word && !pre[k].upper && (cueParticiple(pre[k].lower) || cueVerbs[pre[k].lower] && strings.HasSuffix(pre[k].lower, "ing")) {
			if sp, ok := a.clauseSubject(sent, pre[k].start); ok {
				return sp, true
			}
			break
		}
	}
	if introduced {
		// "Trump leaned in and boomed:": a verb the lexicon lacks, with no subject of its own.
		if last := pre[len(pre)-1]; speechLike(last) && coordinated(pre, len(pre)-1) {
			if sp, ok := a.clauseSubject(sent, last.start); ok {
				return sp, true
			}
		}
		return a.introducer(pre, sent)
	}
	return speaker{}, false
}

// coordinators join a second predicate to the subject of the first ("Roe shook her head and
// said", "Roe backed Stone but now says").
var coordinators = words(`and but then yet`)

// coordinated reports whether the cue verb toks[k] has no subject of its own: it follows a
// coordinator, past adverbs ("and said", "but now says", "and then told").
func coordinated(toks []token, k int) bool {
	j := k - 1
	for j >= 0 && toks[j].word && skipBetween[toks[j].lower] && !coordinators[toks[j].lower] {
		j--
	}
	return j > 0 && toks[j].word && coordinators[toks[j].lower]
}

// clauseSubject is the speaker of a cue with no subject of its own, one that goes on from the
// subject of its sentence ("Roe shook her head and said, “No.”"; "..., telling reporters
// that ..."): that subject, when it is a person or organisation named or a pronoun standing
// for one, before byte offset pos.
func (a *attributor) clauseSubject(sent text.Sentence, pos int) (speaker, bool) {
	subj, ok := a.subjectAt(sent.Index)
	if !ok {
		return speaker{}, false
	}
	switch subj.kind {
	case subjectEntity:
		// "Schilling's son, Grant, defended his father, saying": not the possessor.
		np := a.paras[sent.Paragraph].Text[subj.from:subj.to]
		if subj.to <= pos && !strings.Contains(np, "'s") && !strings.Contains(np, "’s") {
			return speakerOf(subj.e), true
		}
	case subjectPronoun:
		if subj.pronoun == "he" || subj.pronoun == "she" {
			// Resolved where it stands, before the names the clause goes on to mention.
			pr := token{text: subj.pronoun, lower: subj.pronoun, start: subj.from, end: subj.to, word: true}
			if sp := a.resolvePronoun(pr, pronouns[subj.pronoun], sent); sp.e != nil {
				return sp, true
			}
		}
	}
	return speaker{}, false
}

// roleOf reports whether toks[j:] is the complement of a role before it ("the director of
// the Federal Bureau of Investigation"): the whole is a description of a person.
func roleOf(toks []token, j int) bool {
	k, linked := j-1, false
	for k >= 0 && j-k <= roleOfReach && toks[k].word && (toks[k].upper || linkers[toks[k].lower] || complementHeads[toks[k].lower]) {
		linked = linked || !toks[k].upper
		k--
	}
	return k >= 0 && linked && toks[k].word && roles[toks[k].lower]
}

// roleOfReach bounds, in tokens, the complement of a role before a name in apposition.
const roleOfReach = 6

// possessivePronouns open a phrase naming a thing someone has, not a source.
var possessivePronouns = words(`its his her their our my your`)

// describedReach bounds, in tokens, a description with its complement standing as the
// subject of a cue ("A spokesman for the buyer said").
const describedReach = 7

// invertedReach bounds, in tokens, the opening phrase before an inverted cue ("Because of
// how the party set the calendar, explained Rosenberg, “...”").
const invertedReach = 14

// parentheticalCue reads an inverted cue set off by commas in the middle of the sentence
// before the quotation: ", says Carl Anthony, a historian," or ", said Mr. Roe,".
func (a *attributor) parentheticalCue(pre []token, sent text.Sentence) (speaker, bool) {
	for k := 1; k+2 < len(pre); k++ {
		if pre[k-1].text != "," || !isCue(pre[k]) || strings.HasSuffix(pre[k].lower, "ing") {
			continue
		}
		np := npAfter(pre, k+1)
		if len(np) == 0 || !np[len(np)-1].upper || !speakerPhrase(np) {
			continue
		}
		if e := k + 1 + len(np); e < len(pre) && pre[e].text == "," && np[0].start == pre[k+1].start {
			return a.resolve(np, sent), true
		}
	}
	return speaker{}, false
}

// whoClause reads the person a relative clause that introduces the quotation is about:
// "Barack Obama, who called the Republican nominee “...”", "Charlie Sykes, who lamented in an
// interview, “...”".
func (a *attributor) whoClause(pre []token, sent text.Sentence, introduced bool) (speaker, bool) {
	j := len(pre) - 1
	for j > 1 && len(pre)-j <= 16 && pre[j].lower != "who" {
		j--
	}
	if j < 2 || pre[j].lower != "who" {
		return speaker{}, false
	}
	// "this tweet from Rikkie Wells who tweeted, “...”": a full name needs no comma before
	// its relative clause, as no other Rikkie Wells is meant.
	comma := pre[j-1].text == ","
	if !comma && !fullName(pre[:j]) {
		return speaker{}, false
	}
	// The clause's verb, past auxiliaries and adverbs: a cue or a verb of speech.
	v := j + 1
	for v < len(pre) && v <= j+4 && pre[v].word && (auxiliaries[pre[v].lower] || skipBetween[pre[v].lower] || pre[v].lower == "in" || pre[v].lower == "the" || pre[v].lower == "past") {
		v++
	}
	if v >= len(pre) {
		return speaker{}, false
	}
	// A verb the lexicon lacks ("who lamented") speaks when its clause introduces the
	// quotation or reports it with "that".
	reports := introduced || slices.ContainsFunc(pre[v+1:], func(t token) bool { return t.lower == "that" })
	if !isCue(pre[v]) && !(speechLike(pre[v]) && reports) {
		return speaker{}, false
	}
	np := npBefore(pre[:j-1])
	if !comma {
		np = npBefore(pre[:j])
	}
	if len(np) == 0 || !np[len(np)-1].upper || !speakerPhrase(np) {
		return speaker{}, false
	}
	return a.resolve(np, sent), true
}

// cueParticiple reports whether w is the present participle of a cue verb ("tweeting").
func cueParticiple(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	return ok && (cueVerbs[stem] || cueVerbs[stem+"s"] || cueVerbs[stem+"ed"])
}

// withParticiple reads the subject of a participle after "with", the speaker of what it
// introduces: "..., with Donald Trump tweeting that ... and asking, “...”", "with the
// American Federation of Teachers calling her “...”".
func (a *attributor) withParticiple(pre []token, sent text.Sentence) (speaker, bool) {
	for k := len(pre) - 2; k >= 0 && k >= len(pre)-cueWindow/8; k-- {
		if pre[k].lower != "with" {
			continue
		}
		np := npAfter(pre, k+1)
		v := k + 1 + len(np)
		for v < len(pre) && pre[v].word && adverbial(pre[v].lower) {
			v++ // "with Trump reportedly yelling:"
		}
		if len(np) > 0 && v < len(pre) && np[0].start == pre[k+1].start && speakerPhrase(np) &&
			pre[v].word && !pre[v].upper && cueParticiple(pre[v].lower) {
			return a.resolve(np, sent), true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// introducer reads a short clause that introduces a quotation with a verb the lexicon
// lacks: "Hillary shot back, “...”", "Cruz fired off:".
func (a *attributor) introducer(pre []token, sent text.Sentence) (speaker, bool) {
	c := len(pre) - 1
	for c >= 0 && pre[c].word {
		c--
	}
	clause := pre[c+1:]
	if len(clause) < 2 || len(clause) > 8 {
		return speaker{}, false
	}
	np := npAfter(clause, 0)
	rest := clause[len(np):]
	if len(np) == 0 || len(rest) == 0 || len(rest) > 2 || !speakerPhrase(np) || !(len(np) > 1 || a.subjectWorthy(np)) {
		return speaker{}, false
	}
	v := rest[0].lower
	if rest[0].upper || !(strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") || irregularPast[v]) {
		return speaker{}, false
	}
	return a.resolve(np, sent), true
}

// irregularPast are past tenses of verbs that introduce speech in news ("shot back").
var irregularPast = words(`shot fired spoke wrote told put went began swore threw hit struck`)

// beforeAppositive strips a phrase set off by commas or brackets from the end of toks
// ("Brian Fallon, a spokesman for the campaign,"), leaving what stands before it; nil when
// toks does not end with one.
func beforeAppositive(toks []token) []token {
	k := len(toks) - 1
	for k >= 0 && toks[k].word && skipBetween[toks[k].lower] {
		k--
	}
	if k < 1 || (toks[k].text != "," && toks[k].text != ")") {
		return nil
	}
	if toks[k].text == "," && toks[k-1].text == ")" {
		k-- // "Gov. John Kasich (R-OH), said": the bracket is the appositive
	}
	opener := ","
	if toks[k].text == ")" {
		opener = "("
	}
	for m := k - 1; m >= 0 && m >= k-maxAppositive; m-- {
		if toks[m].text == opener {
			return toks[:m]
		}
		if !toks[m].word && strings.ContainsAny(toks[m].text, "“”\"") {
			return nil
		}
	}
	return nil
}

// subjectOf is the subject of the sentence a quotation stands inside, the speaker of a
// phrase quoted in reported speech ("Roe called the plan “a disaster”"): a name, pronoun or
// description at the sentence's start, or after a short opening phrase, followed by a verb.
func (a *attributor) subjectOf(s span) (speaker, bool) {
	p := a.paras[s.para]
	sent, ok := sentenceAt(p, s.start)
	if !ok || s.start <= sent.Span.Start {
		return speaker{}, false
	}
	if sp, ok := a.passiveAgent(s); ok {
		return sp, true
	}
	from := max(sent.Span.Start, s.start-cueWindow)
	toks := withoutDashPairs(tokenize(p.Text[from:s.start], from))
	if from > sent.Span.Start || len(toks) < 2 {
		return speaker{}, false
	}
	// The subject opens the sentence or follows an opening phrase set off by a comma ("On
	// Thursday, after remaining neutral, Warren appeared ...").
	starts := []int{0}
	if toks[0].word && conjunctions[toks[0].lower] && toks[1].word {
		starts[0] = 1 // "But Akhil Johri noted"
	}
	for k := 1; k < len(toks) && len(starts) < 5; k++ {
		if toks[k].text == "," {
			starts = append(starts, k+1)
		}
	}
	// lead is a name opening the sentence and set off by a comma: the phrase after the comma
	// describes it ("Rich Heffley, a top GOP operative who ..., said").
	var lead []token
	leadNext := -1 // where the phrase after the lead's comma starts
	for n := 0; n < len(starts); n++ {
		i := starts[n]
		if i >= len(toks) {
			continue
		}
		// "..., while Mike Huckabee, the former governor, proposed": a clause of its own.
		if n > 0 && i+1 < len(toks) && toks[i].word && clauseOpeners[toks[i].lower] {
			i++
		}
		np := npAfter(toks, i)
		// "On his campaign website, Lopez-Cantera promises": a phrase opening with a
		// preposition is no subject.
		if len(np) == 0 || np[0].start != toks[i].start || prepositions[np[0].lower] || n == 0 && openingClause(toks, i, &starts) || !speakerPhrase(np) || !a.subjectWorthy(np) {
			continue
		}
		np = withHead(toks, i, np)
		k := i + len(np)
		if name, m := namedAs(toks, np); name != nil {
			np, k = name, m // "advisers like Gene Sperling to counter that"
		}
		if (n == 0 && starts[0] == i || n > 0 && i > starts[n]) && k < len(toks) && toks[k].text == "," && !described(np) && np[0].upper && !openers[np[0].lower] {
			lead, leadNext = np, k+1
		} else if lead != nil && i == leadNext && described(np) {
			np = lead
		}
		// "Ed Rendell (D), a Clinton supporter, praised": a party tag, then an appositive.
		if k < len(toks) && toks[k].text == "(" && !described(np) {
			if m := appositiveEnd(toks, k); m > 0 && m-k <= 8 && m < len(toks) && toks[m].text == "," {
				if e := appositiveEnd(toks, m); e > 0 && e < len(toks) && toks[e].word && isVerbLike(toks[e]) && finiteVerb(toks[e]) {
					return a.resolve(np, sent), true
				}
			}
		}
		k = afterPartyTag(toks, k)
		if relativeClauseVerb(toks, k) > k && !described(np) {
			return a.resolve(np, sent), true
		}
		if k < len(toks) && toks[k].text == "," {
			if c := subjectVerb(toks, i, isVerbLike, false); c > i {
				if m := appositiveEnd(toks, k); m > 0 && described(np) {
					if name := appositiveName(toks[k+1 : m-1]); name != nil {
						return a.resolve(name, sent), true
					}
				}
				return a.resolve(np, sent), true
			}
		}
		if k < len(toks) && toks[k].word && !toks[k].upper && !linkers[toks[k].lower] && !strings.HasSuffix(toks[k].lower, "ing") && !timePhrase(toks, k) {
			return a.resolve(np, sent), true
		}
		if n == 0 && k < len(toks) && toks[k].word {
			break // a subject followed by something else: the sentence's own, not a speaker
		}
	}
	return speaker{}, false
}

// prepositions open a phrase that sets the scene of a sentence, never its subject.
var prepositions = words(`in at on after before during despite by from under over like unlike until with for
since through throughout among amid against without within`)

// clauseOpeners join a clause with a subject of its own to a sentence after a comma.
var clauseOpeners = words(`while whereas but although though yet`)

// subjectWorthy reports whether a phrase read as a sentence's subject can be a speaker: a
// pronoun, a description, a name of two words or more, or a person or organisation the
// article already knows; not a lone capitalised word ("Kicking", "Corporate").
func (a *attributor) subjectWorthy(np []token) bool {
	if determiners[np[0].lower] {
		return true
	}
	if len(np) == 1 {
		if _, ok := pronouns[np[0].lower]; ok {
			return np[0].lower != "it" && np[0].lower != "we" && np[0].lower != "i"
		}
		_, given := firstNames[strings.ToLower(np[0].bare())]
		return given || a.reg.byName(np[0].bare()) != nil || a.reg.bySurname(np[0].bare()) != nil
	}
	upper, titled := 0, false
	for k, t := range np {
		if t.upper {
			upper++
		}
		// "American Bridge President Jessica Mackler": a name after a title.
		titled = titled || isTitleWord(t.lower) && len(np)-k-1 >= 2
	}
	return upper < len(np) || len(np) <= 4 || titled
}

// trimAppositive drops the closing comma or bracket and the adverbs after an appositive.
func trimAppositive(toks []token) []token {
	for len(toks) > 0 && (!toks[len(toks)-1].word || skipBetween[toks[len(toks)-1].lower]) {
		toks = toks[:len(toks)-1]
	}
	return toks
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
	return t.word && (t.upper || ordinal(l) || roles[l] || ageWord(l) || modifiers[l] || documents[l] || demonyms[l] || orgWords[l] || determiners[l] || pronouns[l] != unknownGender || l == "they" || l == "it" || l == "think" || l == "tank" || l == "news" || l == "press" || l == "service")
}

// ordinal reports whether w is a number like "1st" or "22nd", as in "1st Lt. Tyler Livingston".
func ordinal(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	suf := w[len(w)-2:]
	return suf == "st" || suf == "nd" || suf == "rd" || suf == "th"
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
	if from := nameBeforeOf(toks, k); from >= 0 && len(np) > 0 && np[0].upper {
		np = toks[from : end+1] // "Joel Pollak of Breitbart California": resolve keeps the person
	} else if from := orgBeforeLinker(toks, k); from >= 0 && len(np) > 0 && np[0].upper {
		np = toks[from : end+1] // "the Ministry of Defence": the organisation, not "Defence"
	}
	if k >= 0 {
		np = coordinatedBefore(toks, k, np)
		np = describedBefore(toks, k, np)
		np = roleOfBefore(toks, k, np)
	}
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
		case npWord(t) && !(determiners[t.lower] && i > start && !linkers[toks[i-1].lower]):
			i++
			if t.possessive() && !(i < len(toks) && npWord(toks[i])) {
				if r := roleAfterPossessive(toks, i); r > i {
					return toks[start:r] // "Hillary Clinton's right-hand woman": her aide, not her
				}
				return trimNP(toks[start:i])
			}
		case t.word && i > start && !t.upper && (!toks[i-1].upper || determiners[toks[i-1].lower]) && roleWord(t.lower):
			i++ // a plural role after a determiner or modifier: "said one of the witnesses"
		case t.word && linkers[t.lower] && i+1 < len(toks) && npWord(toks[i+1]) && i > start:
			i++
		case t.word && !t.upper && i > start && strings.Contains(t.lower, "-") && i+1 < len(toks) && toks[i+1].upper && !notNames[toks[i+1].lower]:
			i++ // a hyphenated role before the name: "Blaze co-host Stu Burguiere"
		case t.word && !t.upper && i > start && !(verbal(t) && toks[i-1].upper) && (roleWithin(toks, i+1, 3) || determiners[toks[i-1].lower] && describedHead(toks, i+1, 2)):
			i++ // a noun modifying the role: "leadership" in "a GOP leadership aide"
		default:
			return trimNP(toks[start:i])
		}
	}
	return trimNP(toks[start:i])
}

// verbal reports whether t is a word that goes on from a subject to its predicate ("used" in
// "Roe used to back fellow senator Stone", "to", "has") rather than a noun modifying a role.
func verbal(t token) bool {
	return strings.HasSuffix(t.lower, "ed") || t.lower == "to" || skipBetween[t.lower] || cueVerbs[t.lower]
}

// roleWithin reports whether a role word stands among the n tokens from toks[i].
func roleWithin(toks []token, i, n int) bool { return headWithin(toks, i, n, roles) }

// headWithin reports whether a word of heads stands among the n tokens from toks[i], with
// only words before it.
func headWithin(toks []token, i, n int, heads map[string]bool) bool {
	for k := i; k < len(toks) && k < i+n; k++ {
		if !toks[k].word {
			return false
		}
		if heads[toks[k].lower] {
			return true
		}
	}
	return false
}

// describedHead reports whether the n tokens from toks[i] reach the head of a description
// of a speaker: a role, an organisation or a document. After a determiner, the words before
// it modify it ("the conservative-leaning newspaper", "the congressional report").
func describedHead(toks []token, i, n int) bool {
	return roleWithin(toks, i, n) || headWithin(toks, i, n, orgWords) || headWithin(toks, i, n, documents)
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
	if twoNames(np) {
		return speaker{name: joinTokens(np), typ: Person} // "Patrick Megahan and Chris Harman"
	}
	// "Khizr and Ghazala Khan": two people speaking as one, unless the first is someone the
	// article knows ("Sanders and Hillary Clinton", the last one named being the speaker).
	if coordinatedName(np) {
		if a.reg.bySurname(np[0].bare()) == nil {
			return speaker{name: joinTokens(np), typ: Person}
		}
		np = np[2:]
	}
	// "Iowa State University's Dianne Bystrom": the person after an organisation's possessive.
	for k := len(np) - 2; k >= 0; k-- {
		if np[k].possessive() {
			// "Ukraine's Ministry of Defence": the organisation the article names, one name
			// for all its quotes.
			if e := a.reg.byName(joinTokens(np[k+1:])); e != nil && e.kind == organization {
				return speakerOf(e)
			}
			if rest := np[k+1:]; rest[len(rest)-1].upper && !hasOrgWord(rest) {
				np = rest
			}
			break
		}
	}
	det, indefinite := false, false
	// "one of the witnesses", "some of her aides": a partitive keeps its determiner, the
	// part being the speaker.
	if partitive := determiners[np[0].lower] && len(np) > 2 && np[1].lower == "of"; partitive {
		// "one of the former prosecutors for David Petraeus": the part is described by
		// its role, never the person its complement names.
		for k := 2; k < len(np) && !(linkers[np[k].lower] && !determiners[np[k].lower]); k++ {
			if roleWord(strings.ToLower(np[k].bare())) {
				return speaker{name: joinTokens(np[:k+1]), typ: Person}
			}
		}
	} else if determiners[np[0].lower] {
		det, indefinite = true, indefinites[np[0].lower]
		np = np[1:]
	}
	if len(np) == 1 && isAcronym(np[0].bare()) {
		if e := a.reg.byName(np[0].bare()); e != nil {
			return speakerOf(e)
		}
		if len(np[0].bare()) <= 2 {
			return speaker{} // initials ("LN", "HP") the article never introduced
		}
		return speaker{name: np[0].bare(), typ: Organization}
	}
	// A capitalised organisation name.
	if e := a.reg.byName(strings.TrimPrefix(joinTokens(np), "The ")); e != nil {
		return speakerOf(e)
	}
	// "Gov. Phil Bryant of Mississippi": the name stops at "of".
	for k := 1; k < len(np); k++ {
		if linkers[np[k].lower] {
			// "Attorneys for Clinton": people a plural role describes, not the one named.
			if w := strings.ToLower(np[k-1].bare()); !roles[w] && roleWord(w) {
				return speaker{name: joinTokens(np), typ: Person}
			}
			// "Monmouth University political scientist Patrick Murray of Christie": only the
			// name right before "of" must be no organisation's.
			run := 0
			if np[k].lower == "of" {
				run = k
				for run > 0 && np[run-1].upper {
					run--
				}
			}
			if np[k-1].upper && !hasOrgWord(np[run:k]) && !isTitleWord(np[k-1].lower) {
				np = np[:k]
			}
			break
		}
	}
	// A person's name after any titles.
	last := -1
	for k, t := range np {
		if isTitleWord(t.lower) || demonyms[strings.ToLower(t.bare())] || !t.upper || bornIn(t) {
			last = k
		}
	}
	name := trimNameSuffix(a.reg.givenNameWithin(np[last+1:]))
	if len(name) > 0 && !hasOrgWord(name) && (!det || last >= 0 && !hasOrgWord(np[last:last+1])) && a.namesSomeone(np, last) {
		if e := a.reg.bySurname(name[len(name)-1].bare()); e != nil {
			if k := a.reg.kinOf(e, bareWords(name), titledGender(np[:last+1])); k != nil {
				return speakerOf(k) // "Ms. Smith" beside "John Smith" and "Mary Smith"
			}
		}
		for _, t := range name {
			if notNames[t.lower] {
				name = nil
				break
			}
		}
		if len(name) > 0 && organisationName(name) {
			return speaker{name: joinTokens(name), typ: Organization} // "Priorities USA", "Pew Research"
		}
		if len(name) > 0 {
			return a.newPerson(name, sent)
		}
	}
	phrase := joinTokens(np)
	if len(np) == 1 && np[0].upper && companies[strings.ToLower(np[0].bare())] {
		return speaker{name: np[0].bare(), typ: Organization} // "Twitter said in a statement"
	}
	if len(np) == 1 && np[0].upper && notNames[strings.ToLower(np[0].bare())] {
		return speaker{} // "Monday", "United": a capitalised word, not a speaker
	}
	// "spokesman for the ministry", "the senator from Vermont": a person described by their
	// role in an organisation or a place.
	for k := 1; k < len(np); k++ {
		if linkers[np[k].lower] || complementHeads[np[k].lower] {
			if roleWord(strings.ToLower(np[k-1].bare())) {
				return speaker{name: phrase, typ: Person}
			}
			break
		}
	}
	if det && !indefinite {
		if sp, ok := a.organisationDescribed(np, sent); ok {
			return sp // "the ministry said"
		}
	}
	if hasOrgWord(np) {
		return speaker{name: phrase, typ: Organization}
	}
	head := strings.ToLower(np[len(np)-1].bare())
	if roleWord(head) || titles[head] || ageWord(head) {
		// "a friend said": an indefinite description brings in someone new, never one the
		// article has named.
		if e := a.describe(np, sent); e != nil && !indefinite {
			return speakerOf(e)
		}
		if ageWord(head) && det && !indefinite {
			if sp, ok := a.agedPerson(np, sent); ok {
				return sp // "the 56-year-old said"
			}
		}
		return speaker{name: phrase, typ: Person}
	}
	return speaker{name: phrase, typ: Unknown}
}

// roleWord reports whether w is a role or the plural of one ("attorneys").
func roleWord(w string) bool {
	return roles[w] || len(w) > 3 && strings.HasSuffix(w, "s") && roles[w[:len(w)-1]] ||
		len(w) > 4 && strings.HasSuffix(w, "es") && roles[w[:len(w)-2]] // "witnesses"
}

// newPerson records a speaker the entity pass did not know, so that later pronouns and
// surnames resolve to it.
func (a *attributor) newPerson(name []token, sent text.Sentence) speaker {
	words := make([]string, len(name))
	for k, t := range name {
		words[k] = t.bare()
	}
	e := a.reg.addPerson(words, nil, unknownGender, sent.Index)
	if e == nil {
		return speaker{name: joinTokens(name), typ: Person}
	}
	a.reg.quoted = nil
	a.reg.mention(sent.Index, mention{e, name[0].start, name[len(name)-1].end, true})
	return speakerOf(e)
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
	seen := map[*entity]bool{}
	for _, h := range heads {
		// The people this head describes, the most recent first, a bounded number of them.
		cands := a.reg.byWord[h]
		for c := len(cands) - 1; c >= 0 && c >= len(cands)-maxDescribed; c-- {
			e := cands[c]
			if seen[e] || e.kind != person || e.first > sent.Index {
				continue
			}
			seen[e] = true
			if score, ok := descriptionFits(e, mods); ok && score > bestScore {
				best, bestScore = e, score
			}
		}
	}
	return best
}

// maxDescribed bounds the people a description is compared with.
const maxDescribed = 64

// descriptionFits scores how well the modifiers of a description ("Russian", "Kremlin") fit
// person e; ok is false when one contradicts it (another nationality).
func descriptionFits(e *entity, mods []string) (float64, bool) {
	score := 1 + float64(e.mentions)*0.1
	for _, m := range mods {
		if e.words[m] {
			score += 2
			continue
		}
		if demonyms[m] {
			for w := range e.words {
				if demonyms[w] && w != m {
					return 0, false
				}
			}
		}
	}
	return score, true
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
	found := func(e *entity) speaker {
		if e.gender == unknownGender && !wantOrg {
			e.gender = g // the pronoun tells the person's gender for later ones
		}
		return speakerOf(e)
	}
	text := a.paras[sent.Paragraph].Text
	// Who speaks in the sentence first ("Cruz spokesman Rick Tyler said that ..., he said"),
	// then the first name before the pronoun; only the subject of the sentence or of a
	// clause when the pronoun's cue closes the words it reports ("Choosing between Clinton
	// and Sanders is a “false choice,” she said").
	before := func(mention) bool { return true }
	if reportsBefore(text, pr) {
		subj, _ := a.subjectAt(sent.Index)
		before = func(m mention) bool { return subj.kind == subjectEntity && m.e == subj.e || clauseSubject(text, m) }
	}
	for _, speaks := range [...]bool{true, false} {
		for k, m := range a.reg.mentions[sent.Index] {
			// A name inside the quoted words ("“Dr. Carson is back,” he said") is not who speaks.
			if m.start < pr.start && (m.speaks || !speaks && before(m)) && fits(m) && !openQuote(text[sent.Span.Start:m.start]) {
				return found(m.e)
			}
			if k > maxMentionsScanned {
				break
			}
		}
	}
	if e := a.antecedent(sent.Index-1, pr.lower, g, fits); e != nil {
		return found(e)
	}
	if a.last.e != nil && a.lastPara >= sent.Paragraph-2 && fits(mention{e: a.last.e}) {
		return found(a.last.e)
	}
	return speaker{}
}

// openQuote reports whether s leaves a quotation open: what follows it is quoted words.
func openQuote(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”") || strings.Count(s, `"`)%2 == 1 || strings.Count(s, "''")%2 == 1
}

// pronounReach is how many sentences back a pronoun looks for the person it stands for.
const pronounReach = 8

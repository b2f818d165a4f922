package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// speechActVerbs make their subject speak without being cue verbs of a quotation ("Trump
// spoke only in bromides."); issueVerbs do so with a speech noun after them ("the DNC
// issued a statement").
var (
	speechActVerbs = words(`spoke speaks talked talks`)
	issueVerbs     = words(`issued issues released releases`)
	issuedNouns    = words(`statement statements memo letter note apology`)
)

// speechAct reports whether toks[k] is a finite verb of speech: a cue verb used as a verb
// (not a noun after a determiner or possessive, not a participle), "spoke", or "issued"
// with a statement after it.
func speechAct(toks []token, k int) bool {
	t := toks[k]
	if !t.word || t.upper || k > 0 && (determiners[toks[k-1].lower] || toks[k-1].possessive()) {
		return false
	}
	switch {
	case speechActVerbs[t.lower]:
		return true
	case issueVerbs[t.lower]:
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].word; j++ {
			if issuedNouns[toks[j].lower] {
				return true
			}
		}
		return false
	}
	return isCue(t) && t.lower != "according" && t.lower != "put" && !strings.HasSuffix(t.lower, "ing")
}

// speechLeadIn is the person or organisation that the closing sentence of the paragraph
// before quotation s makes speak, in whatever clause ("What it means is left to voters,
// since Trump spoke only in evasive bromides."; "At her direction, the DNC issued a
// statement apologizing to Sanders."): the one named right before the first verb of speech
// in it, as reported speech nests later ones ("CNN reported that Petraeus testifies"). A
// paragraph that is only a quotation goes on with that voice. None when that verb has no
// one named as its subject, or there is none: a quotation after narration about someone
// who does not speak is no one's.
func (a *attributor) speechLeadIn(s span) speaker {
	if s.para == 0 || a.paras[s.para-1].Heading || len(a.paras[s.para-1].Sentences) == 0 {
		return speaker{}
	}
	pp := a.paras[s.para-1]
	prev := pp.Sentences[len(pp.Sentences)-1]
	from := max(0, len(prev.Text)-cueWindow)
	toks := tokenize(prev.Text[from:], prev.Span.Start+from)
	for k := 1; k < len(toks); k++ {
		if !speechAct(toks, k) {
			continue
		}
		j := k
		for j > 0 && toks[j-1].word && skipBetween[toks[j-1].lower] && !toks[j-1].upper {
			j--
		}
		if j == 0 || !toks[j-1].word || !toks[j-1].upper {
			return speaker{}
		}
		for _, m := range a.reg.mentions[prev.Index] {
			if m.end == toks[j-1].end {
				if objectOf(prev.Text, m.start-prev.Span.Start) {
					return speaker{}
				}
				return speakerOf(m.e)
			}
		}
		// A name the registry lacks ("the DNC" after "the Democratic National Committee").
		if np := npBefore(toks[:j]); len(np) > 0 && speakerPhrase(np) && !objectOf(prev.Text, np[0].start-prev.Span.Start) {
			return a.resolve(np, prev)
		}
		return speaker{}
	}
	return speaker{}
}

// objectWords put the name after them in a phrase of its own: someone the subject
// belongs to or speaks of ("Critics of John Smith said", "A lawyer for Smith said").
var objectWords = words(`of to about for with by from against at on toward towards`)

// objectReach bounds, in bytes, the titles read back from a name to the word before them.
const objectReach = 64

// objectOf reports whether the name starting at byte at of sentence s stands after a
// preposition, past the titles before it ("Critics of Senator John Smith"): the object of a
// phrase rather than the subject of the verb after it.
func objectOf(s string, at int) bool {
	if at <= 0 || at > len(s) {
		return false
	}
	before := strings.Fields(s[max(0, at-objectReach):at])
	for i := len(before) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.TrimRight(before[i], ".,"))
		if objectWords[w] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(before[i]); !unicode.IsUpper(r) || i == 0 {
			return false
		}
	}
	return false
}

// titleReach bounds, in words, a title in quotation marks read as part of a cue.
const titleReach = 6

// unquoteTitles drops the marks around short titles in toks ("the co-author of “Going
// Viral,”", "wearing “Ted Cruz” pins"): every word of four letters or more, joining words
// aside, in capitals, so that the words stand in the cue as the name of a book or show
// would without marks. Other marks stay. titles holds the words unquoted.
func unquoteTitles(toks []token) (out, titles []token) {
	out = make([]token, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.word || !strings.ContainsAny(t.text, "“\"‘") || i+1 >= len(toks) || !toks[i+1].word || !toks[i+1].upper {
			out = append(out, t)
			continue
		}
		c := i + 1
		for c < len(toks) && c <= i+titleReach+1 && (toks[c].word || toks[c].text == "," || toks[c].text == "-") {
			c++
		}
		if c >= len(toks) || c > i+titleReach+1 || !strings.ContainsAny(toks[c].text, "”\"’") || !titleTokens(toks[i+1:c]) {
			out = append(out, t)
			continue
		}
		out = append(out, toks[i+1:c]...)
		titles = append(titles, toks[i+1:c]...)
		i = c
	}
	return out, titles
}

// titleTokens reports whether toks, the words between two marks, read as a title.
func titleTokens(toks []token) bool {
	var b strings.Builder
	for _, t := range toks {
		if t.word {
			b.WriteString(t.text)
			b.WriteByte(' ')
		}
	}
	return titleCase(b.String())
}

// titledCue reads the cue of quotation s past a title in quotation marks in its speaker's
// appositive, which cuts the cue off from the quotation ("Hemsley, the co-author of “Going
// Viral,” about the spread of information, said the days when the nation had “a somewhat
// unifying story” are gone"; "“...,” Texas delegate Bill Eastland, wearing “Ted Cruz”
// pins, said"). The cue is read as if the title stood without marks; only when some title
// was unquoted and no other quotation stands between.
func (a *attributor) titledCue(s span) (speaker, bool) {
	p := a.paras[s.para].Text
	if sent, ok := sentenceAt(a.paras[s.para], s.start); ok && s.openMark && sent.Span.Start < s.start {
		from := max(sent.Span.Start, s.start-cueWindow)
		raw := tokenize(p[from:s.start], from)
		for len(raw) > 0 && !raw[len(raw)-1].word && strings.ContainsAny(raw[len(raw)-1].text, "“\"«‘'") {
			raw = raw[:len(raw)-1]
		}
		if pre, titles := unquoteTitles(raw); len(pre) < len(raw) && len(afterLastMark(pre)) == len(pre) {
			if sp, ok := a.preCue(pre, sent); ok && sp.known() && !namesTitle(sp, titles) {
				return sp, true
			}
		}
	}
	closeAt := s.end
	if s.closeMark {
		closeAt = skipMark(p, s.end)
	}
	endSent, ok := sentenceAt(a.paras[s.para], max(s.start, s.end-1))
	if !ok || closeAt >= endSent.Span.End {
		return speaker{}, false
	}
	raw := tokenize(p[closeAt:min(endSent.Span.End, closeAt+cueWindow)], closeAt)
	if slices.ContainsFunc(untilMark(raw), isCue) {
		return speaker{}, false // the cue stands before the title: read already
	}
	if post, titles := unquoteTitles(raw); len(post) < len(raw) && len(untilMark(post)) > len(untilMark(raw)) {
		if sp, ok := a.postCue(untilMark(post), endSent); ok && sp.known() && !namesTitle(sp, titles) {
			return sp, true
		}
	}
	return speaker{}, false
}

// sharedCue reports whether quotations a and b, in this order in one paragraph, are joined
// by nothing but "and", "or" or a comma ("Guns are “the ultimate public health crisis” and
// “stunt children’s growth,” Howard Dean said"): the cue of one is the other's.
func sharedCue(p string, a, b span) bool {
	if a.para != b.para || a.end > b.start {
		return false
	}
	between := strings.TrimFunc(p[min(b.start, skipMark(p, a.end)):b.start], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(quoteMarks, r) || r == ','
	})
	return between == "" || between == "and" || between == "or"
}

// tailBefore is the speaker of the attribution that closes the sentence before quotation s
// in its paragraph ("This makes it difficult to dislodge misinformation, he said. Good
// information can still drive out bad, but usually only when “the truth is sexier than the
// lie.”"), for a quotation inside its sentence with no cue of its own: the sentence goes on
// with what the speaker said. Nothing when that sentence quotes someone itself.
func (a *attributor) tailBefore(s span) (speaker, bool) {
	p := a.paras[s.para]
	sent, ok := sentenceAt(p, s.start)
	i := sentenceIndexInParagraph(p, sent)
	if !ok || i == 0 || i >= len(p.Sentences) || opensSentence(p, s.start) {
		return speaker{}, false
	}
	// Read within cueWindow bytes, so that the cost stays bounded per quotation: the end of
	// the sentence before, and the words before the quotation, which no other one opens.
	prev := p.Sentences[i-1]
	tail := prev.Text[max(0, len(prev.Text)-cueWindow):]
	if strings.ContainsAny(tail, "“”\"") || strings.ContainsAny(strings.TrimRight(p.Text[max(sent.Span.Start, s.start-cueWindow):s.start], " “\"‘'"), "“”\"") {
		return speaker{}, false
	}
	// The clause after the last comma holds the cue: "..., he said."
	toks := tokenize(tail, 0)
	c := len(toks) - 1
	for c >= 0 && toks[c].text != "," {
		c--
	}
	if c < 0 || !slices.ContainsFunc(toks[c:], isCue) {
		return speaker{}, false
	}
	return a.sentenceTail(prev.Span.Start, prev)
}

// namesTitle reports whether speaker sp shares a word with one of the titles that
// unquoteTitles took out of their marks: a title is no speaker ("The so-called
// “Implementation Initiative” was called by the party to ...").
func namesTitle(sp speaker, titles []token) bool {
	words := strings.Fields(sp.name)
	return slices.ContainsFunc(titles, func(t token) bool { return t.word && slices.Contains(words, t.bare()) })
}

// quotesOnly reports whether paragraph p holds nothing but the quotations ps, in order
// ("“We have to do something.” “We have to be a lot tougher.”").
func quotesOnly(p string, ps []span) bool {
	at := 0
	for _, s := range ps {
		if !blank(p[min(at, s.start):s.start]) {
			return false
		}
		at = s.end
	}
	return blank(p[min(at, len(p)):])
}

// blank reports whether s holds only spaces, marks and punctuation.
func blank(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) == ""
}

// lateCue reads the cues that only a quotation no other reading gives a speaker is read for:
// a cue cut off by a title in marks (titledCue), and a source that frames the sentence
// (asNoted).
func (a *attributor) lateCue(s span) (speaker, bool) {
	if sp, ok := a.titledCue(s); ok {
		return sp, true
	}
	return a.asNoted(s)
}

// asSubjectReach bounds, in words, the subject of an opening "as" clause; asClauseReach the
// words after its verb.
const (
	asSubjectReach = 7
	asClauseReach  = 10
)

// asNoted reads the source an opening "as" clause credits the sentence to, when the
// quotation stands in its main clause ("But as the nationalist Global Times tabloid noted
// in an op-ed Thursday, the leading GOP candidate “has surprisingly earned himself a few
// fans in China.”"): the clause's subject, named, before a cue verb; no cue may follow in
// the main clause, which would quote its own speaker.
func (a *attributor) asNoted(s span) (speaker, bool) {
	p := a.paras[s.para]
	sent, ok := sentenceAt(p, s.start)
	if !ok || !s.openMark || sent.Span.Start >= s.start || s.start-sent.Span.Start > cueWindow {
		return speaker{}, false
	}
	pre := tokenize(p.Text[sent.Span.Start:s.start], sent.Span.Start)
	i := 0
	if i < len(pre) && conjunctions[pre[i].lower] {
		i++
	}
	if i+3 >= len(pre) || pre[i].lower != "as" {
		return speaker{}, false
	}
	// The subject runs from "as" to the cue verb: words only, a name among them.
	v := i + 1
	for v < len(pre) && v <= i+asSubjectReach && pre[v].word && !isCue(pre[v]) {
		v++
	}
	if v >= len(pre) || !isCue(pre[v]) || strings.HasSuffix(pre[v].lower, "ing") {
		return speaker{}, false
	}
	// The name in it: its last run of capitalised words ("the nationalist Global Times
	// tabloid").
	e := v
	for e > i+1 && !pre[e-1].upper {
		e--
	}
	b := e
	for b > i+1 && pre[b-1].upper && !notNames[pre[b-1].lower] {
		b--
	}
	np := pre[b:e]
	if len(np) == 0 {
		return speaker{}, false
	}
	c := v + 1
	for c < len(pre) && c <= v+asClauseReach && pre[c].word {
		c++
	}
	if c >= len(pre)-1 || pre[c].text != "," || slices.ContainsFunc(pre[c+1:], isCue) || strings.ContainsAny(strings.TrimRight(p.Text[sent.Span.Start:s.start], quoteMarks+" "), "“”\"") {
		return speaker{}, false
	}
	if sp := a.resolve(np, sent); sp.known() {
		return sp, true
	}
	return speaker{}, false
}

// termDeterminers open the noun phrase a word quoted after them heads or modifies.
var termDeterminers = words(`a an the this that its his her their our your my`)

// termSlot reports whether the quotation s of paragraph p stands where a noun or its
// modifier does, after a determiner ("a “reset”", "a “fantastic” result").
func termSlot(p string, s span) bool {
	before := strings.Fields(strings.TrimRightFunc(p[max(0, s.start-24):s.start], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(quoteMarks, r)
	}))
	return len(before) > 0 && termDeterminers[strings.ToLower(before[len(before)-1])]
}

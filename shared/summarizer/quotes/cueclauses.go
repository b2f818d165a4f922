package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// askedBy reads the agent of a passive "asked by" before the quotation: the quoted words
// stand in the question put to the sentence's subject, so the one who asks them speaks
// them ("Rubio was asked by moderator Gerard Baker whether the plan would risk “...”",
// "Asked by Thrush if Clinton “gets” race, Sharpton ..."). A cue after the agent
// ("Asked by reporters about it, Roe said: “...”") gives the quotation to its own
// speaker instead.
func (a *attributor) askedBy(s span, sent text.Sentence) (speaker, bool) {
	p := a.paras[s.para].Text
	from := max(sent.Span.Start, s.start-cueWindow)
	if !s.openMark || from >= s.start || !strings.Contains(p[from:s.start], "sked by ") {
		return speaker{}, false
	}
	pre := tokenize(p[from:s.start], from)
	for k := 0; k+2 < len(pre); k++ {
		if pre[k].lower != "asked" || pre[k+1].lower != "by" {
			continue
		}
		np := npAfter(pre, k+2)
		if len(np) == 0 || np[0].start != pre[k+2].start || !speakerPhrase(np) {
			return speaker{}, false
		}
		for _, t := range pre[k+2+len(np):] {
			if isCue(t) {
				return speaker{}, false
			}
		}
		if sp := a.resolve(np, sent); sp.known() {
			return sp, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// asPutIt reads "as X put it," in the sentence before the quotation: the idiom credits the
// wording that follows to X, whether the clause introduces the quotation ("As John
// Cornyn, the No. 2 in the GOP leadership, put it: “...”") or frames the sentence that
// quotes it ("As The Post's Ruth Marcus puts it, Obama is trying to make Republicans
// “...”"). X may carry an appositive; no cue may follow the clause.
func (a *attributor) asPutIt(pre []token, sent text.Sentence) (speaker, bool) {
	for k := 0; k+3 < len(pre); k++ {
		if pre[k].lower != "as" || !pre[k+1].word {
			continue
		}
		np := npAfter(pre, k+1)
		if len(np) == 0 || np[0].start != pre[k+1].start || !speakerPhrase(np) || !np[len(np)-1].upper {
			continue
		}
		v := k + 1 + len(np)
		if v < len(pre) && (pre[v].text == "," || pre[v].text == "(") {
			if m := appositiveEnd(pre, v); m > 0 {
				v = m
			}
		}
		for v < len(pre) && pre[v].word && skipBetween[pre[v].lower] && !pre[v].upper {
			v++ // "as X once put it", "as X has put it"
		}
		if v+1 >= len(pre) || pre[v].lower != "put" && pre[v].lower != "puts" || pre[v+1].lower != "it" {
			continue
		}
		for _, t := range pre[v+2:] {
			if isCue(t) {
				return speaker{}, false
			}
		}
		if sp := a.resolve(np, sent); sp.known() {
			return sp, true
		}
	}
	return speaker{}, false
}

// afterPartyTag returns the index after a party tag in brackets at toks[k] ("(D)",
// "(R-Fla.)"), which stands between a subject and its verb ("Lisa M. Madigan (D) asserted
// that"), or k when there is none.
func afterPartyTag(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].text != "(" || toks[k+2].text != ")" {
		return k
	}
	if w := toks[k+1].text; w == "D" || w == "R" || w == "I" || partyTag(w) {
		return k + 3
	}
	return k
}

// unclosedReach bounds, in words, an appositive whose closing comma the writer left out.
const unclosedReach = 10

// unclosedAppositive returns the index of the cue verb that ends an appositive opened by
// the comma at toks[k] and never closed ("Anthony Anton, president and CEO of Washington
// Restaurant Association stated,", "Nate Silver, the polling guru who founded
// fivethirtyeight.com tweeted"), or -1: the phrase opens with a determiner, a role or a
// possessive name, holds only words up to the cue, and runs on past its head.
func unclosedAppositive(toks []token, k int) int {
	if k+2 >= len(toks) || !toks[k+1].word {
		return -1
	}
	first := toks[k+1]
	// "Katie Packer, who is chairman of Our Principles Pac said": a relative clause with a
	// verb of its own before the cue.
	next := toks[k+2]
	relative := first.lower == "who" && (auxiliaries[next.lower] || !isCue(next) && !skipBetween[next.lower])
	if !determiners[first.lower] && !roles[first.lower] && !(first.upper && first.possessive()) && !relative {
		return -1
	}
	// "Clinton, a top aide said, “...”" is a cue set off inside the sentence: the phrase
	// must run on past its head, with a complement or a relative clause.
	complement := false
	for m := k + 2; m < len(toks) && m <= k+unclosedReach; m++ {
		t := toks[m]
		if !t.word {
			return -1
		}
		if isCue(t) && !strings.HasSuffix(t.lower, "ing") {
			if !complement {
				return -1
			}
			return m
		}
		complement = complement || t.lower == "of" || t.lower == "for" || t.lower == "at" || t.lower == "who" || t.lower == "whose"
	}
	return -1
}

// unclosedSubject reads the name that opens pre and takes an unclosed appositive running
// to the cue verb pre[k], the subject of that cue.
func (a *attributor) unclosedSubject(pre []token, k int, sent text.Sentence) (speaker, bool) {
	for c := 1; c < k; c++ {
		if pre[c].text != "," {
			continue
		}
		if unclosedAppositive(pre, c) != k {
			return speaker{}, false
		}
		np := npBefore(pre[:c])
		if len(np) == 0 || np[0].start != pre[0].start || !np[len(np)-1].upper || !speakerPhrase(np) {
			return speaker{}, false
		}
		return a.resolve(np, sent), true
	}
	return speaker{}, false
}

// lastWithParticiple reads "with X telling ..." as the clause that introduces the
// quotation when it is the sentence's last clause before it, ahead of a cue verb earlier
// in the sentence ("The attack sparked a debate over how the United States responds, with
// Senator John McCain telling reporters he viewed Obama as “directly responsible”"). The
// participle is a cue, goes on to one ("with Lewandowski taking to Twitter to call Fields
// “...”"), or is any verb in -ing ending the clause that introduces the quotation ("with
// Trump reportedly yelling: “...”"). A finite cue after "with" gives the quotation to that
// cue instead.
func (a *attributor) lastWithParticiple(pre []token, sent text.Sentence, introduced bool) (speaker, bool) {
	w := -1
	for k := len(pre) - 2; k >= 0 && k >= len(pre)-cueWindow/8; k-- {
		if pre[k].lower == "with" {
			w = k
			break
		}
	}
	if w < 0 {
		return speaker{}, false
	}
	for _, t := range pre[w+1:] {
		if isCue(t) && !strings.HasSuffix(t.lower, "ing") {
			return speaker{}, false
		}
	}
	np := npAfter(pre, w+1)
	if len(np) == 0 || np[0].start != pre[w+1].start || !speakerPhrase(np) {
		return speaker{}, false
	}
	v := w + 1 + len(np)
	for v < len(pre) && pre[v].word && adverbial(pre[v].lower) {
		v++
	}
	if v >= len(pre) || !pre[v].word || pre[v].upper || !strings.HasSuffix(pre[v].lower, "ing") {
		return speaker{}, false
	}
	ok := cueParticiple(pre[v].lower) || introduced && v == len(pre)-1
	for j := v + 1; j+1 < len(pre) && !ok; j++ {
		ok = pre[j].lower == "to" && pre[j+1].word && !pre[j+1].upper && (cueVerbs[pre[j+1].lower] || cueVerbs[pre[j+1].lower+"s"])
	}
	if !ok {
		return speaker{}, false
	}
	return a.resolve(np, sent), true
}

// clauseReach bounds, in tokens, the words between a cue and the quotation it governs
// ("claimed on Tuesday that").
const clauseReach = 20

// subordinators that open a clause with a cue of its own before the sentence's main clause.
var clauseOpenersBefore = words(`as after when while though although because since before that which once if until`)

// subordinateCue reads the speaker of a phrase quoted inside a subordinate clause that
// comes before the sentence's main clause: "But even as Trump claimed on Tuesday that
// “...,” one of the former prosecutors said ...", "in a clip that Judge Michael W. Mosman
// called “distasteful,” Santilli expressed ...". The clause's own cue governs the
// quotation; the main clause after the comma, with a cue of its own, is about something
// else.
func (a *attributor) subordinateCue(s span, sent text.Sentence) (speaker, bool) {
	p := a.paras[s.para].Text
	from := max(sent.Span.Start, s.start-cueWindow)
	// A single word quoted this way is more often a term than speech: it keeps the
	// attribution it had.
	if !s.openMark || !s.closeMark || from >= s.start || s.end >= sent.Span.End || text.CountWords(p[s.start:s.end]) < 2 {
		return speaker{}, false
	}
	// The quotation closes the clause: a comma inside or right after the closing mark.
	after := strings.TrimLeft(p[s.end:min(len(p), s.end+4)], "”\"'’ ")
	if !strings.HasSuffix(strings.TrimRight(p[s.start:s.end], " "), ",") && !strings.HasPrefix(after, ",") {
		return speaker{}, false
	}
	if strings.IndexFunc(p[from:s.start], unicode.IsLetter) < 0 {
		return speaker{}, false // the quotation opens its sentence
	}
	pre := tokenize(p[from:s.start], from)
	for len(pre) > 0 && !pre[len(pre)-1].word {
		pre = pre[:len(pre)-1]
	}
	for k := len(pre) - 1; k > 0 && k >= len(pre)-clauseReach; k-- {
		t := pre[k]
		if !t.word {
			return speaker{}, false
		}
		if !isCue(t) || strings.HasSuffix(t.lower, "ing") || pre[k-1].possessive() || determiners[pre[k-1].lower] {
			continue
		}
		np := npBefore(pre[:k])
		if len(np) > 1 && clauseOpenersBefore[np[0].lower] {
			np = np[1:] // "After Scalia said": the opener starts the sentence in capitals
		}
		if len(np) == 0 || !speakerPhrase(np) {
			return speaker{}, false
		}
		b := slices.IndexFunc(pre, func(x token) bool { return x.start == np[0].start })
		if b < 1 || !clauseOpenersBefore[pre[b-1].lower] {
			return speaker{}, false
		}
		if sp := a.resolve(np, sent); sp.known() {
			return sp, true
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// toldTo reports whether t is a form of "tell", whose object is the listener: it never
// stands before its speaker as "said" does.
func toldTo(t token) bool { return t.lower == "told" || t.lower == "tells" || t.lower == "tell" }

// unknownHeadName returns the name given in apposition to a description whose head the
// lexicon lacks, when the cue follows the name: "the assailant, John McGraw, told". The
// name, not the head, says the phrase is a person; nil when toks[i:] is not such a phrase.
func unknownHeadName(toks []token, i int) []token {
	if i+3 >= len(toks) || !determiners[toks[i].lower] || !toks[i+1].word || toks[i+1].upper || toks[i+2].text != "," {
		return nil
	}
	m := appositiveEnd(toks, i+2)
	if m < 0 {
		return nil
	}
	v := m
	for v < len(toks) && toks[v].word && skipBetween[toks[v].lower] && !toks[v].upper {
		v++
	}
	if v >= len(toks) || !isCue(toks[v]) {
		return nil
	}
	return appositiveName(toks[i+3 : m-1])
}

// replyWords mark a cue as another speaker's turn in an exchange ("Mills then writes back").
var replyWords = words(`then back replies replied responds responded`)

// replyTurn reports whether toks, the sentence after a quotation that closed its own
// sentence with ? or !, is a reply that introduces the next quotation ("“Why now?” Mills
// then writes back, “You look cute.”"): its cue is the next quotation's, not this one's.
// cut says that a quotation mark follows toks.
func replyTurn(toks []token, cut bool) bool {
	if !cut || len(toks) < 3 || toks[len(toks)-1].word || toks[len(toks)-1].text != "," && toks[len(toks)-1].text != ":" {
		return false
	}
	for _, t := range toks {
		if t.word && replyWords[t.lower] {
			return true
		}
	}
	return false
}

// pullSignature reads the last paragraph of a pulled quotation when it only signs it: a
// name of two or three capitalised words and, after a comma, a short affiliation ending
// the quotation ("Dean Baker, Center for Economic and Policy Research.").
func (a *attributor) pullSignature(s span) (speaker, bool) {
	p := a.paras[s.para]
	if !wholeParagraph(p, s) || len(p.Sentences) != 1 {
		return speaker{}, false
	}
	toks := tokenize(p.Text[s.start:s.end], s.start)
	if len(toks) < 4 || len(toks) > signatureLen || toks[len(toks)-1].text != "." {
		return speaker{}, false
	}
	n := 0
	for n < len(toks) && n < 4 && toks[n].word && toks[n].upper && !notNames[toks[n].lower] {
		n++
	}
	if n < 2 || n > 3 || toks[n].text != "," {
		return speaker{}, false
	}
	for _, t := range toks[n+1:] {
		if t.word && (isCue(t) || auxiliaries[t.lower]) {
			return speaker{}, false
		}
	}
	return a.resolve(toks[:n], p.Sentences[0]), true
}

// cappedVerb reports whether t, capitalised right after an appositive ("Murphy, the head
// of Right to Rise USA, Tweeted on Friday"), is a verb in the past that verb accepts in
// lower case: after the appositive's comma a capital does not open a name there.
func cappedVerb(t token, verb func(token) bool) bool {
	if !t.upper || !strings.HasSuffix(t.lower, "ed") {
		return false
	}
	t.upper = false
	return verb(t)
}

// dashAt returns the number of tokens of the dash at toks[k] ("—", "–", or "--" typed as
// two hyphens), or 0.
func dashAt(toks []token, k int) int {
	switch {
	case toks[k].text == "—" || toks[k].text == "–":
		return 1
	case toks[k].text == "-" && k+1 < len(toks) && toks[k+1].text == "-" && toks[k+1].start == toks[k].end:
		return 2
	}
	return 0
}

// withoutDashPairs drops the phrases set off by a pair of dashes ("Gingrich — mentioned by
// Newsmax as Trump's running mate — told", "A former candidate -- John McCain, who lost to
// Obama -- said"), which stand between a subject and its verb as an appositive does. The
// name inside a pair that follows a description stays: it is the subject. Tokens keep
// their offsets.
func withoutDashPairs(toks []token) []token {
	if !slices.ContainsFunc(toks, func(t token) bool { return t.text == "—" || t.text == "–" || t.text == "-" }) {
		return toks // no dash: nothing to drop, nothing to copy
	}
	var out []token
	for k := 0; k < len(toks); {
		n := dashAt(toks, k)
		if n == 0 {
			out = append(out, toks[k])
			k++
			continue
		}
		end := -1
		for m := k + n; m < len(toks) && m <= k+maxAppositive; m++ {
			if c := dashAt(toks, m); c > 0 {
				end = m + c
				break
			}
		}
		if end < 0 || end >= len(toks) {
			return toks // an unpaired dash, or one that runs to the quotation
		}
		// "A former candidate -- John McCain, who lost -- said": the name in the pair is
		// the subject the description before it announces.
		if len(out) > 0 && described(out) {
			if name := appositiveName(trimAppositive(untilComma(toks[k+n : end]))); name != nil {
				out = append(out[:0:0], name...)
			}
		}
		k = end
	}
	return out
}

// untilComma cuts toks at its first comma.
func untilComma(toks []token) []token {
	for i, t := range toks {
		if t.text == "," {
			return toks[:i]
		}
	}
	return toks
}

// asClauseAfter returns the subject of an "as" clause with a cue right after the
// quotation ("the race “is a dead heat right now,” as Cruz said on Glenn Beck's radio
// program, only magnifies ..."), or nil.
func asClauseAfter(post []token, i int) []token {
	if i+2 >= len(post) || post[i].lower != "as" {
		return nil
	}
	np := npAfter(post, i+1)
	if len(np) == 0 || np[0].start != post[i+1].start || !speakerPhrase(np) {
		return nil
	}
	v := i + 1 + len(np)
	for v < len(post) && post[v].word && skipBetween[post[v].lower] && !post[v].upper {
		v++
	}
	if v >= len(post) || !isCue(post[v]) || strings.HasSuffix(post[v].lower, "ing") {
		return nil
	}
	return np
}

// appositiveToEnd reports whether toks[j:] is an appositive set off by a comma that runs
// to the quotation, with no cue of its own: "Said Dorothy Poynter, who grew up with Ali in
// the neighborhood, “...”".
func appositiveToEnd(toks []token, j int) bool {
	if j >= len(toks)-1 || toks[j].text != "," || len(toks)-j > maxAppositive {
		return false
	}
	for _, t := range toks[j+1:] {
		if isCue(t) || !t.word && t.text != "," {
			return false
		}
	}
	return true
}

// invertedOpener reports whether toks[i] is a cue verb opening its sentence before the
// speaker's name ("Said Dorothy Poynter, who ...,"), no part of the name.
func invertedOpener(toks []token, i int) bool {
	_, given := firstNames[toks[i].lower]
	return i == 0 && cueVerbs[toks[i].lower] && !given
}

// participleOpener reads the speaker of a phrase quoted in a participial clause opening
// the sentence with a cue ("Acknowledging that Trump “says a lot of stupid stuff,” though,
// Allen did suggest ..."): the participle's subject is the main clause's, named after the
// clause's comma.
func (a *attributor) participleOpener(s span, sent text.Sentence) (speaker, bool) {
	p := a.paras[s.para].Text
	if !s.openMark || s.start <= sent.Span.Start || s.end >= sent.Span.End || s.start-sent.Span.Start > cueWindow {
		return speaker{}, false
	}
	if r, _ := utf8.DecodeRuneInString(p[sent.Span.Start:]); !unicode.IsUpper(r) {
		return speaker{}, false // no capitalised participle opens the sentence
	}
	first := tokenize(p[sent.Span.Start:min(s.start, sent.Span.Start+24)], sent.Span.Start)
	if len(first) == 0 || !first[0].word || !cueParticiple(first[0].lower) {
		return speaker{}, false
	}
	for _, t := range tokenize(p[sent.Span.Start:s.start], sent.Span.Start) {
		if !t.word && t.text != "“" && t.text != "\"" {
			return speaker{}, false // the participle's clause ends before the quotation
		}
	}
	from := skipMark(p, s.end)
	post := tokenize(p[from:min(sent.Span.End, from+cueWindow)], from)
	commas := 0
	for c := 0; c < len(post) && commas < 2; c++ {
		if post[c].text != "," {
			if !post[c].word {
				return speaker{}, false
			}
			continue
		}
		commas++
		np := npAfter(post, c+1)
		if k := c + 1 + len(np); len(np) > 0 && np[0].upper && speakerPhrase(np) && k < len(post) && post[k].word && isVerbLike(post[k]) {
			return a.resolve(np, sent), true
		}
	}
	return speaker{}, false
}

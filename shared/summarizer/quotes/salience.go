package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// subjectKind says what stands as the subject of a sentence, for pronoun resolution.
type subjectKind int

const (
	// subjectOther: no subject read (a sentence opening with a quote, a thing, a clause).
	_ subjectKind = iota
	// subjectEntity: a known person or organisation.
	subjectEntity
	// subjectPronoun: a pronoun, which carries on whoever it stands for.
	subjectPronoun
	// subjectPerson: a description of a person ("The radio host", "His lawyer").
	subjectPerson
)

// sentenceSubject is what a sentence is about: its grammatical subject as far as a pronoun
// in a later sentence is concerned.
type sentenceSubject struct {
	kind    subjectKind
	e       *entity
	pronoun string
	// from and to bound the subject's noun phrase (byte offsets in the paragraph): a name
	// inside it other than the subject's own modifies it ("Obama consultant Cornell Belcher").
	from, to int
}

// within reports whether m lies inside the subject's noun phrase without being the subject.
func (s sentenceSubject) within(m mention) bool {
	return s.kind == subjectEntity && m.e != s.e && m.start >= s.from && m.end <= s.to
}

// openers start a sentence with a phrase set off by a comma before its subject ("In an
// interview, Mr. Roe said", "Asked about it, Roe said").
var openers = words(`in at on after before during when while as later earlier last since for with asked
speaking despite although though if because even by from under over like unlike until instead besides
following writing addressing responding this that`)

// conjunctions and sentence adverbs open a sentence before its subject, with or without a comma.
var conjunctions = words(`and but yet so still then now also meanwhile however indeed moreover separately
elsewhere instead`)

// subjectAt reads the subject of the sentence with index idx, once per sentence.
func (a *attributor) subjectAt(idx int) (sentenceSubject, bool) {
	if a.subjects == nil {
		// Where each sentence is, by index: its paragraph, found once for the article.
		for pi, p := range a.paras {
			for range p.Sentences {
				a.sentPara = append(a.sentPara, int32(pi))
			}
		}
		a.subjects = make([]sentenceSubject, len(a.sentPara))
		a.subjectRead = make([]bool, len(a.sentPara))
	}
	if idx < 0 || idx >= len(a.sentPara) {
		return sentenceSubject{}, false
	}
	if !a.subjectRead[idx] {
		p := a.paras[a.sentPara[idx]]
		s := p.Sentences[idx-p.Sentences[0].Index]
		if s.Index != idx {
			return sentenceSubject{}, false // sentences not numbered in order: read none
		}
		a.subjects[idx], a.subjectRead[idx] = a.readSubject(s), true
	}
	return a.subjects[idx], true
}

// subjectSpan bounds, in bytes, how much of a sentence is read for its subject and the
// pronouns that tell the subject's gender.
const subjectSpan = 200

// readSubject finds the noun phrase a sentence opens with, after an opening phrase, and
// what it names: the last known entity in it ("McConnell spokesman Don Stewart"), a pronoun,
// or a description of a person.
func (a *attributor) readSubject(s text.Sentence) sentenceSubject {
	toks := tokenize(s.Text[:min(len(s.Text), subjectSpan)], s.Span.Start)
	i := 0
	// A conjunction or sentence adverb alone ("And Donald, then in college, ...").
	for i < len(toks) && i < 2 && toks[i].word && conjunctions[toks[i].lower] {
		i++
		if i < len(toks) && toks[i].text == "," {
			i++
		}
	}
	// "There, the district chairman Chuck Williams declined ...": an adverb set off alone.
	if i+1 < len(toks) && toks[i].word && adverbOpeners[toks[i].lower] && toks[i+1].text == "," {
		i += 2
	}
	if i < len(toks) && toks[i].word && openers[toks[i].lower] && !conjunctions[toks[i].lower] {
		i = -1
		for k := i + 1; k < len(toks) && k <= i+20; k++ {
			if toks[k].text == "," {
				i = k + 1
				break
			}
		}
		if i < 0 {
			return sentenceSubject{}
		}
	}
	if i >= len(toks) || !toks[i].word {
		return sentenceSubject{}
	}
	pr := toks[i].lower
	if c := strings.ToLower(toks[i].bare()); pronouns[c] != unknownGender {
		pr = c // "She's a Sanders supporter": he or she with its verb contracted
	}
	if _, ok := pronouns[pr]; ok {
		return sentenceSubject{kind: subjectPronoun, pronoun: pr, from: toks[i].start, to: toks[i].start + len(pr)}
	}
	end := i
	for end < len(toks) && end-i < 10 && toks[end].word && (toks[end].upper || npWord(toks[end])) {
		if _, ok := pronouns[toks[end].lower]; ok {
			break
		}
		end++
	}
	if end > i {
		from, to := toks[i].start, toks[end-1].end
		var found *entity
		var foundEnd int
		for _, m := range a.reg.mentions[s.Index] {
			if m.start >= from && m.end <= to {
				found, foundEnd = m.e, m.end
			}
		}
		// "Trump's misinformation may be": a possessive name before a thing is not the subject.
		if k := slices.IndexFunc(toks[i:end], func(t token) bool { return t.end == foundEnd }); found != nil && k >= 0 {
			if k += i; toks[k].possessive() && k+1 < len(toks) && toks[k+1].word && !toks[k+1].upper && !roles[toks[k+1].lower] && !roleWithin(toks, k+1, 3) {
				found = nil
			} else if toks[k].possessive() && k+1 < len(toks) && toks[k+1].word && !toks[k+1].upper {
				// "Trump's attorney, Alan Garten, said": the role-holder, named in apposition.
				r := k + 1
				for r < len(toks) && r < k+4 && toks[r].word && !toks[r].upper && !roles[toks[r].lower] {
					r++
				}
				if r < len(toks) && roles[toks[r].lower] {
					if e := a.appositiveOf(s.Index, toks, r+1); e != nil {
						return sentenceSubject{kind: subjectEntity, e: e, from: toks[i].start, to: toks[r].end}
					}
					return sentenceSubject{kind: subjectPerson, from: toks[i].start}
				}
			}
		}
		if found != nil {
			// "Jane Roe, 25, says she ...": a person named as the subject is who the pronouns
			// of her own sentence stand for, when no one else of another gender is named.
			if found.kind == person && found.gender == unknownGender && len(a.reg.mentions[s.Index]) == 1 {
				found.gender = pronounGender(toks[end:])
			}
			return sentenceSubject{kind: subjectEntity, e: found, from: from, to: to}
		}
	}
	if determiners[toks[i].lower] && toks[i].lower != "this" && toks[i].lower != "that" {
		// The head stands before any complement: "the influx of wealthier residents" is
		// no person.
		for k := i + 1; k < len(toks) && k <= i+4 && toks[k].word && !linkers[toks[k].lower]; k++ {
			if w := strings.ToLower(toks[k].bare()); roles[w] {
				// "Some members of Congress have been ..., but Representative Brooks ...":
				// people in the plural carry no he or she on; the sentence's names do.
				if plural(w) {
					return sentenceSubject{}
				}
				// "The other candidate on the stage, Hillary Clinton, drew ...": the name
				// the description is given in apposition, or that it titles ("the district
				// GOP Chairman Chuck Williams declined").
				if e := a.titledBy(s.Index, toks, k); e != nil {
					return sentenceSubject{kind: subjectEntity, e: e, from: toks[i].start, to: toks[k].end}
				}
				if e := a.appositiveOf(s.Index, toks, k+1); e != nil {
					return sentenceSubject{kind: subjectEntity, e: e, from: toks[i].start, to: toks[k].end}
				}
				return sentenceSubject{kind: subjectPerson, from: toks[i].start}
			}
		}
		if agentDescription(toks, i) {
			return sentenceSubject{kind: subjectPerson, from: toks[i].start}
		}
	}
	return sentenceSubject{}
}

// plural reports whether the role word w names people in the plural ("members",
// "spokesmen"), not one person ("witness", "boss").
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") ||
		strings.HasSuffix(w, "men") || strings.HasSuffix(w, "people")
}

// appositiveReach bounds, in tokens, the complement of a description before the comma that
// sets off the name it is given.
const appositiveReach = 6

// appositiveOf is the person named in apposition after a description that ends before
// toks[k] ("the other candidate on the stage, former Secretary Hillary Clinton,"): the
// first mention after the next comma, when the words up to it are the description's
// complement; nil when there is none.
func (a *attributor) appositiveOf(idx int, toks []token, k int) *entity {
	c := k
	for c < len(toks) && c < k+appositiveReach && toks[c].word && !cueVerbs[toks[c].lower] && !auxiliaries[toks[c].lower] {
		c++
	}
	if c >= len(toks) || toks[c].text != "," || c+1 >= len(toks) {
		return nil
	}
	for _, m := range a.reg.mentions[idx] {
		if m.start >= toks[c].end && m.e.kind == person {
			// Only titles and modifiers between the comma and the name, or a relation after
			// a possessive: "The other man, his cousin James York,".
			for k, t := range toks[c+1:] {
				if t.start >= m.start {
					return m.e
				}
				if !t.word || !(t.upper || modifiers[t.lower] || isTitleWord(t.lower) || linkers[t.lower] || k == 0 && possessivePronouns[t.lower] || k > 0 && k <= 3 && possessivePronouns[toks[c+1].lower]) {
					return nil
				}
			}
			return nil
		}
	}
	return nil
}

// antecedent finds the person or organisation a pronoun in sentence idx+1 stands for,
// looking back sentence by sentence: the subject of the nearest sentence that fits, as news
// carries its subject from sentence to sentence; a sentence whose subject is the same kind
// of pronoun, or a description of a person, carries the chain on further back; otherwise
// the mentions of the sentence, speakers and a known matching gender first.
func (a *attributor) antecedent(from int, pr string, g gender, fits func(mention) bool) *entity {
	for idx := from; idx >= 0 && idx > from-pronounReach; idx-- {
		ms := a.reg.mentions[idx]
		ms = ms[:min(len(ms), maxMentionsScanned)]
		subj, _ := a.subjectAt(idx)
		sure := func(m mention) bool { return fits(m) && (g == unknownGender || m.e.gender == g) }
		if a.participleOpens(idx, pr) {
			// "Dismayed by his memory of Bill Clinton's years, he's committed to ...": the
			// phrase describes the pronoun's person, so a name inside it is someone else.
			if ms = chainBefore(ms, 0); len(ms) == 0 {
				continue
			}
		} else if at := a.chainPronoun(idx, pr); at != noPronoun && !(subj.kind == subjectPronoun && subj.pronoun == pr) && !(subj.kind == subjectEntity && subj.from > at) {
			// Only who speaks in the sentence or is named before its own he or she may be
			// what both stand for. (A he in the opening phrase stands for the subject after
			// it: "After he won, Roe said".)
			if ms = chainBefore(ms, at); len(ms) == 0 {
				continue
			}
		}
		switch subj.kind {
		case subjectPronoun:
			if subj.pronoun == pr {
				// "As for Trump, he said ...": a name in the opening phrase is whom the
				// pronoun subject, and the chain, stand for.
				if e := lastBefore(ms, subj.from, sure); e != nil {
					return e
				}
				continue
			}
		case subjectPerson:
			if pr == "he" || pr == "she" {
				// "Though Trump was not willing to say ..., the front-runner did offer": the
				// description stands for the subject of its opening clause, if any.
				text := a.paras[a.sentPara[idx]].Text
				if e := lastBefore(ms, subj.from, func(m mention) bool { return sure(m) && clauseSubject(text, m) }); e != nil {
					return e
				}
				continue
			}
		}
		// Who speaks in the sentence first ("..., said Paul Stone"), then its subject unless
		// another person named there has the pronoun's gender and the subject's is not known.
		// One who speaks inside a clause the subject governs ("Ryan hedged when Tapper
		// asked") is not who the sentence is about.
		for _, m := range ms {
			if m.speaks && sure(m) && !(subj.kind == subjectEntity && m.e != subj.e && fits(mention{e: subj.e}) && a.subordinate(idx, subj.to, m.start)) {
				return m.e
			}
		}
		if subj.kind == subjectEntity && fits(mention{e: subj.e}) {
			rival := func(m mention) bool {
				return sure(m) && !subj.within(m) && !a.possessiveAt(idx, m) && !a.attributiveAt(idx, m)
			}
			// A subject the sentence introduces is whom the next quotation is from, unless
			// the sentence introduces a rival of the pronoun's gender as well.
			introduced := func(m mention) bool { return rival(m) && m.e.first == idx }
			if sure(mention{e: subj.e}) || !slices.ContainsFunc(ms, rival) || subj.e.first == idx && !slices.ContainsFunc(ms, introduced) {
				return subj.e
			}
		}
		// Speakers before others, and a known gender that matches before an unknown one.
		for _, pass := range [...]struct{ speaks, sure bool }{{true, false}, {false, true}, {false, false}} {
			for _, m := range ms {
				if (m.speaks || !pass.speaks) && (!pass.sure || g == unknownGender || m.e.gender == g) && fits(m) {
					return m.e
				}
			}
		}
	}
	return nil
}

// subordinators open a clause inside a sentence, governed by the sentence's subject.
var subordinators = words(`that when whether after before because while if as who which where though although
since until`)

// subordinate reports whether a subordinating word stands in sentence idx between byte
// offsets from and to of its paragraph.
func (a *attributor) subordinate(idx, from, to int) bool {
	if from >= to {
		return false
	}
	t := a.paras[a.sentPara[idx]].Text
	t = t[from:min(to, len(t))]
	// Word by word without allocating: subordinators are short lower-case ASCII words.
	for len(t) > 0 {
		i := strings.IndexFunc(t, unicode.IsLetter)
		if i < 0 {
			return false
		}
		t = t[i:]
		j := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
		if j < 0 {
			j = len(t)
		}
		if subordinators[t[:j]] {
			return true
		}
		t = t[j:]
	}
	return false
}

// lastBefore is the entity of the last mention of ms that ends by byte offset pos and fits.
func lastBefore(ms []mention, pos int, fits func(mention) bool) *entity {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].end <= pos && fits(ms[k]) {
			return ms[k].e
		}
	}
	return nil
}

// possessiveAt reports whether mention m of sentence idx is a possessive ("Carson's
// longtime friend"), which names someone other than whom the sentence is about.
func (a *attributor) possessiveAt(idx int, m mention) bool {
	p := a.paras[a.sentPara[idx]].Text
	t := p[m.end:]
	// The mention may end after the possessive, which the name's last token keeps.
	return strings.HasPrefix(t, "'s") || strings.HasPrefix(t, "’s") || strings.HasPrefix(t, "’ ") || strings.HasPrefix(t, "' ") ||
		m.end-m.start > 3 && (strings.HasSuffix(p[:m.end], "'s") || strings.HasSuffix(p[:m.end], "’s") || strings.HasSuffix(p[:m.end], "’") || strings.HasSuffix(p[:m.end], "'"))
}

// ageAfter reports whether toks[j:] opens with an age set off by commas, as news gives it
// after a person's name ("Jane Roe, 25,").
func ageAfter(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].text != "," || toks[j+2].text != "," {
		return false
	}
	w := toks[j+1].text
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pronounGender tells the gender of the personal pronouns in toks outside quotation marks:
// male or female when only one gender's occur.
func pronounGender(toks []token) gender {
	g := unknownGender
	quoted := false
	for _, t := range toks {
		if !t.word {
			if strings.ContainsAny(t.text, "“”\"") {
				quoted = !quoted
			}
			continue
		}
		if quoted {
			continue
		}
		var tg gender
		switch t.lower {
		case "he", "him", "his", "himself":
			tg = male
		case "she", "her", "hers", "herself":
			tg = female
		default:
			continue
		}
		if g != unknownGender && g != tg {
			return unknownGender
		}
		g = tg
	}
	return g
}

// finiteVerb reports whether t looks like a verb in the past or third-person present tense,
// as follows the subject of a sentence.
func finiteVerb(t token) bool {
	if !t.word || t.upper || len(t.lower) < 3 && !auxiliaries[t.lower] || skipBetween[t.lower] && !auxiliaries[t.lower] {
		return false
	}
	return cueVerbs[t.lower] || irregularPast[t.lower] || auxiliaries[t.lower] ||
		strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss")
}

// auxiliaries follow a subject as verbs do.
var auxiliaries = words(`is was has had will would could can should may might does did`)

// ageWord reports whether w describes a person by age ("the 46-year-old").
func ageWord(w string) bool {
	return strings.HasSuffix(w, "-year-old") && len(w) > len("-year-old") && w[0] >= '0' && w[0] <= '9'
}

// nameBeforeOf returns where a capitalised name ends with "of" at toks[k] begins ("Joel
// Pollak of Breitbart California", "Jonah Goldberg of National Review"), or -1.
func nameBeforeOf(toks []token, k int) int {
	if k < 1 || toks[k].lower != "of" || !toks[k-1].word || !toks[k-1].upper || toks[k-1].possessive() {
		return -1
	}
	from := k
	for from > 0 && k-from < 4 && toks[from-1].word && toks[from-1].upper && !notNames[toks[from-1].lower] {
		from--
	}
	if from == k || isTitleWord(toks[k-1].lower) || hasOrgWord(toks[from:k]) {
		return -1
	}
	return from
}

// leadingSubject is the name that opens the sentence and is set off by a comma, when the
// cue verb comes after an appositive that holds commas or names of its own ("Mark Holden,
// chairman of the board of Freedom Partners, the network's funding arm, said"); nil when the
// sentence does not open so.
func (a *attributor) leadingSubject(pre []token, sent text.Sentence) []token {
	if len(pre) < 4 || pre[0].start > sent.Span.Start {
		return nil
	}
	pre = afterOpeningPhrase(pre) // "Just last week, J.J. Goldberg, editor of The Forward, ..."
	if len(pre) < 4 || !pre[0].upper || openers[pre[0].lower] {
		return nil
	}
	if conjunctions[pre[0].lower] {
		// "But Tom Fitton, the president of Judicial Watch, a conservative group, said".
		if !pre[1].upper || notNames[pre[1].lower] {
			return nil
		}
		pre = pre[1:]
	}
	np := npAfter(pre, 0)
	if len(np) == 0 || len(np) >= len(pre) || np[0].start != pre[0].start {
		return nil
	}
	n := len(np)
	if pre[n].text == "(" { // a party and state after the name: "Rep. Jane Roe (D-Md.),"
		if m := appositiveEnd(pre, n); m > 0 && m-n <= 8 {
			n = m
		}
	}
	if n >= len(pre) || pre[n].text != "," {
		return nil
	}
	for _, t := range np {
		if !t.upper && !isTitleWord(t.lower) {
			return nil // a description, not a name
		}
	}
	if !a.subjectWorthy(np) || hasOrgWord(np) {
		return nil
	}
	return np
}

// verbAfterAppositive returns the index of the verb after the appositive that toks[k] opens
// and toks[m-1] closes, or -1. When long, the appositive may run on in more parts set off by
// commas or brackets ("Mr. Daniloff, now 81 and retired in Cambridge, Mass., said"; "Rep.
// Jane Roe (D-Md.), chair of the committee, said"), within maxAppositive tokens.
func verbAfterAppositive(toks []token, k, m int, verb func(token) bool, long bool) int {
	for hops := 0; ; hops++ {
		v := m
		// "Sanders, celebrating a win, is pledging": an auxiliary that is itself the verb.
		for v < len(toks) && toks[v].word && skipBetween[toks[v].lower] && !(auxiliaries[toks[v].lower] && verb(toks[v])) {
			v++
		}
		if v < len(toks) && toks[v].word && (verb(toks[v]) || cappedVerb(toks[v], verb)) {
			return v
		}
		if !long || hops == 3 || m-k > maxAppositive {
			return -1
		}
		switch {
		case m < len(toks) && (toks[m].text == "," || toks[m].text == "("):
			m = appositiveEnd(toks, m)
		case toks[m-1].text == ",":
			m = appositiveEnd(toks, m-1)
		default:
			return -1
		}
		if m < 0 {
			return -1
		}
	}
}

// shortSpeechClause reports whether toks is a clause of a name or pronoun and a verb of
// speech the lexicon lacks, ending right after ("Hannity pressed.", "she shot back.").
func shortSpeechClause(toks []token) bool {
	np := npAfter(toks, 0)
	k := len(np)
	if k == 0 || k >= len(toks) || !speakerPhrase(np) || !speechLike(toks[k]) && !irregularPast[toks[k].lower] {
		return false
	}
	for _, t := range toks[k+1:] {
		if !t.word {
			return t.text == "." || t.text == ","
		}
		if !skipBetween[t.lower] && t.lower != "back" && t.lower != "up" && t.lower != "in" {
			return false
		}
	}
	return true
}

// topicBefore is the person the sentence before span s is about, for a quotation that
// stands alone in its paragraph: its subject, or whom the pronoun that is its subject stands
// for; nil when the sentence is about something else.
func (a *attributor) topicBefore(s span) *entity {
	sent, ok := sentenceAt(a.paras[s.para], s.start)
	if !ok || sent.Index == 0 {
		return nil
	}
	subj, ok := a.subjectAt(sent.Index - 1)
	if !ok || !(subj.kind == subjectEntity && subj.e.kind == person || subj.kind == subjectPronoun) {
		return nil
	}
	p := a.paras[a.sentPara[sent.Index-1]]
	return a.subjectSpeaker(p.Sentences[sent.Index-1-p.Sentences[0].Index])
}

// roleAfterPossessive returns the index after a role word within the three lower-case words
// from toks[i], the person a possessive describes ("Clinton's right-hand woman", "Sanders'
// campaign manager"), or -1.
func roleAfterPossessive(toks []token, i int) int {
	for k := i; k < len(toks) && k < i+3 && toks[k].word && !toks[k].upper; k++ {
		if roles[toks[k].lower] {
			return k + 1
		}
	}
	return -1
}

// partyTag reports whether w is a party and state in the American style ("R-WI", "D-N.Y.",
// "I-Vt."), which stands in brackets after a name and is not one.
func partyTag(w string) bool {
	if len(w) < 3 || w[1] != '-' || !strings.ContainsRune("RDI", rune(w[0])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[2:])
	return unicode.IsUpper(r)
}

// nameColon reads a name set before a colon after a dash or another colon, as digests and
// live blogs introduce quotations ("Pollsters agree - Carl Bialik: “...”").
func (a *attributor) nameColon(pre []token, sent text.Sentence) (speaker, bool) {
	n := len(pre)
	if n < 3 || pre[n-1].text != ":" {
		return speaker{}, false
	}
	k := n - 2
	for k >= 0 && n-2-k < 4 && pre[k].word && (pre[k].upper || isTitleWord(pre[k].lower)) {
		k--
	}
	name := pre[k+1 : n-1]
	// A lead-in or a second name marks even a lone surname as a source.
	sure := false
	// Two names signing together ("Frank Newport and Jim Harter:"): the first leads.
	if k > 0 && len(name) > 0 && pre[k].lower == "and" && pre[k-1].word && pre[k-1].upper {
		k--
		for k >= 0 && n-2-k < 9 && pre[k].word && (pre[k].upper || isTitleWord(pre[k].lower)) {
			k--
		}
		name = pre[k+1:]
		name = name[:slices.IndexFunc(name, func(t token) bool { return t.lower == "and" })]
		sure = true
	}
	// "More from Jones:": a digest's lead-in before the name.
	if k > 0 && len(name) > 0 && pre[k].lower == "from" && pre[k-1].word && pre[k-1].lower == "more" {
		k -= 2
		sure = true
	}
	if len(name) == 0 || k < 0 || pre[k].word || !strings.ContainsAny(pre[k].text, "-–—:") {
		return speaker{}, false
	}
	if len(name) < 2 && !sure && a.reg.bySurname(name[0].bare()) == nil && a.reg.byName(name[0].bare()) == nil {
		return speaker{}, false
	}
	for _, t := range name {
		if notNames[t.lower] {
			return speaker{}, false
		}
	}
	return a.resolve(name, sent), true
}

// modifiersBefore reports whether the subject np of toks is preceded in toks only by a few
// lower-case words that modify it ("political scientist Christopher Wlezien", "super PAC
// spokeswoman Kellyanne Conway"), with a role word in np.
func modifiersBefore(toks, np []token) bool {
	n := 0
	for _, t := range toks {
		if t.start >= np[0].start {
			break
		}
		if !t.word || n == 3 || cueVerbs[t.lower] {
			return false
		}
		n++
	}
	for _, t := range np {
		if roles[t.lower] || titles[t.lower] {
			return true
		}
	}
	// "screenwriter Cole Haddon": a full name after an occupation the lexicon lacks.
	return n <= 2 && len(np) >= 2 && len(np) <= 3 && !hasOrgWord(np) && !slices.ContainsFunc(np, func(t token) bool { return !t.upper || notNames[t.lower] })
}

// sentenceRunOn reports whether w, a word followed by a period and a capital letter with no
// space ("said.Trump"), is a whole lower-case word ending a sentence rather than part of
// initials or an abbreviation ("U.S.", "Ph.D").
func sentenceRunOn(w string) bool {
	if k := strings.LastIndexByte(w, '.'); k >= 0 {
		w = w[k+1:]
	}
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// subjectSpeaker is the person or organisation sentence s is about: its subject, or whom the
// pronoun that is its subject stands for; nil when it has neither.
func (a *attributor) subjectSpeaker(s text.Sentence) *entity {
	subj, ok := a.subjectAt(s.Index)
	switch {
	case !ok:
		return nil
	case subj.kind == subjectEntity:
		return subj.e
	case subj.kind == subjectPronoun && (subj.pronoun == "he" || subj.pronoun == "she"):
		pr := token{text: subj.pronoun, lower: subj.pronoun, start: s.Span.End, word: true}
		return a.resolvePronoun(pr, pronouns[subj.pronoun], s).e
	}
	return nil
}

// closingAppositiveCommas bounds how many commas before the last one closingCue tries as
// the comma before the cue; closingAppositiveReach bounds, in tokens, the phrase between two.
const (
	closingAppositiveCommas = 2
	closingAppositiveReach  = 12
)

// closingCue reads the attribution that closes a sentence opening with the quotation, after
// a clause that completes the quoted words ("“Many would call it an embarrassment” if she
// lost by less, said Jane Roe, an analyst."; "“...” because she would gain, he said.").
func (a *attributor) closingCue(s span, post []token, sent text.Sentence) (speaker, bool) {
	p := a.paras[s.para]
	first, ok := sentenceAt(p, s.start)
	if !ok || !s.openMark || first.Span.Start > s.start || strings.TrimLeft(p.Text[first.Span.Start:s.start], " “\"‘'") != "" {
		return speaker{}, false
	}
	// The last comma of the sentence after the quotation, before a short closing clause.
	last := -1
	for c := len(post) - 1; c >= 1 && len(post)-c <= 16; c-- {
		if post[c].text == "," {
			last = c
			break
		}
		if !post[c].word && post[c].text != "." {
			return speaker{}, false
		}
	}
	if last < 0 {
		return speaker{}, false
	}
	// Another comma before it may set off an appositive after the speaker's name:
	// "..., said Jane Roe, an analyst at the institute."; one more, an appositive that
	// holds a comma itself: "..., says Evan Tracey, a consultant in Alexandria, Va."
	for hops, end := 0, last; hops < closingAppositiveCommas; hops++ {
		c := end - 1
		for c >= 1 && end-c <= closingAppositiveReach && post[c].text != "," {
			c--
		}
		if c < 1 || post[c].text != "," {
			break
		}
		if sp, ok := a.postCue(post[c:], sent); ok && sp.known() {
			return sp, true
		}
		end = c
	}
	if sp, ok := a.postCue(post[last:], sent); ok && sp.known() {
		return sp, true
	}
	return speaker{}, false
}

package quotes

import (
	"strings"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// judgingVerbs are verbs of judging, accusing and praising, in all their forms: the phrase
// they quote is the words of the one judged or of the judge ("accused his own party of a
// “major breach of trust”", "an op-ed hammering his “unsuitability for office”").
var judgingVerbs = inflected(`accuse hammer criticize criticise praise mock deride decry denounce
condemn blast slam lambaste chide scold rebuke fault assail ridicule dismiss tout hail applaud
lament attack gush`)

// thinkingVerbs report what someone thinks, which a phrase in marks quotes as they put it
// ("Roffman, who estimates that his legal costs were “in the seven figures,”"). "Feel" is
// left out: "feel free to “vote your conscience”" invites, it thinks nothing.
var thinkingVerbs = inflected(`estimate believe think hope fear worry expect suspect reckon`)

// inflected returns the words of s with their -s, -ed and -ing forms ("accuse": accuses,
// accused, accusing; "slam": slams, slammed, slamming).
func inflected(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		stem := strings.TrimSuffix(w, "e")
		m[w] = true
		switch {
		case strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ss"):
			m[w+"es"] = true
		default:
			m[w+"s"] = true
		}
		m[stem+"ed"], m[stem+"ing"] = true, true
		if last := w[len(w)-1]; len(w) <= 4 && strings.IndexByte("aeiou", w[len(w)-2]) >= 0 && strings.IndexByte("aeiouwy", last) < 0 {
			m[w+string(last)+"ed"], m[w+string(last)+"ing"] = true, true // slammed, slamming
		}
	}
	return m
}

// reportNouns name something said or published; linked to a phrase in marks ("his comment
// Monday that “...”", "Mr. Obama's rejection of “...”", "a new video about the “...”") they
// make it the words of that speech, which its owner said.
var reportNouns = words(`comment comments remark remarks claim claims statement statements warning
warnings promise promises pledge vow assertion insistence argument suggestion accusation complaint
rejection denunciation criticism characterization description message speech address video ad
tweet tweets post op-ed letter interview memo essay column`)

// reportLinks join a report noun to what it says.
var reportLinks = words(`that of about against`)

// reportDeterminers may open the phrase after the link ("rejection of a “...”" as well as
// "rejection of “a ...”").
var reportDeterminers = words(`a an the this his her their its`)

// reportNounClause reports whether the phrase quoted at s is what a report noun says: the
// noun, a link and at most a determiner before the opening mark, with at most one word
// between noun and link ("his comment Monday that"). It returns the noun's owner as the
// speaker when a name or a personal pronoun owns it, past one adjective ("Mr. Obama's
// lyrical rejection of"). It reads at most cueWindow bytes.
func (a *attributor) reportNounClause(p text.Paragraph, s span, sent text.Sentence) (speaker, bool) {
	pre := wordsBeforeMark(p, s, sent)
	k := len(pre) - 1
	if k >= 0 && pre[k].word && reportDeterminers[pre[k].lower] {
		k--
	}
	if k < 1 || !pre[k].word || !reportLinks[pre[k].lower] {
		return speaker{}, false
	}
	k--
	noun := -1
	for j := k; j >= max(0, k-1); j-- {
		if pre[j].word && !pre[j].upper && reportNouns[pre[j].lower] {
			noun = j
			break
		}
	}
	if noun < 0 {
		return speaker{}, false
	}
	for j := noun; j >= max(1, noun-1); j-- {
		if sp, ok := a.owner(pre[:j], sent); ok {
			return sp, true
		}
	}
	return a.namedSubject(sent), true
}

// wordsBeforeMark tokenizes the sentence before the phrase quoted at s, at most cueWindow
// bytes of it, without the opening marks: none when the phrase opens the sentence.
func wordsBeforeMark(p text.Paragraph, s span, sent text.Sentence) []token {
	if s.start <= sent.Span.Start {
		return nil
	}
	from := max(sent.Span.Start, s.start-cueWindow)
	pre := tokenize(p.Text[from:s.start], from)
	for len(pre) > 0 && !pre[len(pre)-1].word && strings.ContainsAny(pre[len(pre)-1].text, "“\"‘'") {
		pre = pre[:len(pre)-1]
	}
	return pre
}

// namedSubject is the person a sentence opens with as its subject, or none: who speaks in a
// report noun nobody owns or a participle's clause ("And Marco Rubio, after pushing out a new
// video about the “clash of civilizations,” revamped ...", "Sen. Susan Collins joined the
// group, publishing an op-ed hammering his “unsuitability for office”").
func (a *attributor) namedSubject(sent text.Sentence) speaker {
	if subj, ok := a.subjectAt(sent.Index); ok && subj.kind == subjectEntity && subj.e != nil {
		if sp := speakerOf(subj.e); sp.typ == Person {
			return sp
		}
	}
	return speaker{}
}

// judgeOf returns the subject of the last finite verb of judging or thinking before the
// phrase quoted at s, its speaker ("Trump then accused the audience ... of consisting of
// “...”", "Roffman, who estimates that his costs were “...”"): the name,
// or pronoun of a person right before the verb, past adverbs and auxiliaries. A participle
// ("hammering") has the sentence's subject. It reads at most cueWindow bytes.
func (a *attributor) judgeOf(p text.Paragraph, s span, sent text.Sentence) speaker {
	if s.start <= sent.Span.Start {
		return speaker{}
	}
	from := max(sent.Span.Start, s.start-cueWindow)
	toks := tokenize(p.Text[from:s.start], from)
	for k := len(toks) - 1; k >= 1; k-- {
		t := toks[k]
		if !t.word || t.upper || !judgingVerbs[t.lower] && !thinkingVerbs[t.lower] {
			continue
		}
		if strings.HasSuffix(t.lower, "ing") {
			return a.namedSubject(sent)
		}
		before := toks[:k]
		// "Roffman, who estimates that": the relative pronoun stands for the name before it.
		if n := len(before); n >= 3 && before[n-1].lower == "who" && before[n-2].text == "," {
			before = before[:n-2]
		}
		np := npBefore(before)
		if len(np) == 0 {
			return speaker{}
		}
		if sp := a.resolve(np, sent); sp.typ == Person {
			return sp
		}
		return speaker{} // a bare description ("the rules committee has accused") names no one
	}
	return speaker{}
}

// goesOn reports whether the phrase quoted at s goes on from the quotation prev that a cue
// attributes in the sentence just before, in the same paragraph ("“It's ambush
// journalism,” she says. It's “this new in-your-face journalism.”"): the speaker is still
// talking.
func goesOn(paras []text.Paragraph, prev span, cued bool, s span) bool {
	if !cued || prev.para != s.para {
		return false
	}
	sp, _ := sentenceAt(paras[prev.para], prev.start)
	ss, _ := sentenceAt(paras[s.para], s.start)
	return ss.Index == sp.Index+1
}

// coveredByNext reports whether the phrase q quoted at s is the first half of a sentence that
// the cue of the next quotation attributes ("“Family values people” are “not out to bash
// gays,” he said."): the same speaker's words, unless q is a title in capitals.
func coveredByNext(paras []text.Paragraph, s, next span, cued bool, q string) bool {
	return cued && next.para == s.para && sameSentence(paras, s, next) && !titleCase(q)
}

// shortTitle reports whether q, n words long, is a title in capitals with a joining word and
// no sentence of its own that no cue attributes ("“Meet the Press” was “a disaster,” he
// said."): opening its sentence it reads as a full statement, and is none.
func shortTitle(q string, n int, cued bool) bool {
	return !cued && n <= 4 && !hasTerminal(q) && titleCase(q) && hasJoiner(q)
}

package quotes

import "github.com/precis-news/precis/shared/summarizer/text"

// speechNouns name what someone said; after a possessive they make the quotation beside
// them the possessor's words ("Obama's “if you like your plan, you can keep it” promise",
// "his call for “a total and complete ban”").
var speechNouns = words(`call calls promise promises pledge pledges vow vows claim claims words remark
remarks comment comments slogan statement declaration warning assertion insistence boast quip mantra
refrain catchphrase demand demands`)

// speechNounLinks may stand between a speech noun and the quotation it names.
var speechNounLinks = words(`for of that to`)

// possessor returns the speaker of a quotation set beside a speech noun that a name or a
// personal pronoun owns: before the opening mark and a word that links it ("his call for
// “...”") or right after the closing one ("Obama's “...” promise"). Without the link the
// quotation may be anyone's words about the speech ("Trump's comments “are based on his
// opinion”"), and a possessive with no speech noun ("Trump's “coarse, vulgar” effusion")
// anyone's words about him: none.
func (a *attributor) possessor(s span) (speaker, bool) {
	p := a.paras[s.para]
	sent, ok := sentenceAt(p, s.start)
	if !ok || !s.openMark || s.start <= sent.Span.Start {
		return speaker{}, false
	}
	pre := wordsBeforeMark(p, s, sent)
	k := len(pre) - 1
	linked := k >= 0 && pre[k].word && speechNounLinks[pre[k].lower]
	if linked {
		k--
	}
	switch {
	case linked && k >= 1 && pre[k].word && speechNouns[pre[k].lower]:
		return a.owner(pre[:k], sent)
	case k == len(pre)-1 && s.closeMark:
		closeAt := skipMark(p.Text, s.end)
		if closeAt >= sent.Span.End {
			return speaker{}, false
		}
		post := tokenize(p.Text[closeAt:min(sent.Span.End, closeAt+32)], closeAt)
		if len(post) > 0 && post[0].word && speechNouns[post[0].lower] {
			return a.owner(pre, sent)
		}
	}
	return speaker{}, false
}

// owner resolves the possessive that ends toks: a name with 's or a personal pronoun.
func (a *attributor) owner(toks []token, sent text.Sentence) (speaker, bool) {
	if len(toks) == 0 {
		return speaker{}, false // the quotation opens its sentence: nothing owns it
	}
	last := toks[len(toks)-1]
	switch {
	case last.lower == "his" || last.lower == "her":
		pr := map[string]string{"his": "he", "her": "she"}[last.lower]
		sp := a.resolvePronoun(token{text: pr, lower: pr, start: last.start, word: true}, pronouns[pr], sent)
		return sp, sp.known()
	case last.word && last.upper && last.possessive():
		sp := a.resolve(npBefore(toks), sent)
		return sp, sp.known() && sp.typ == Person
	}
	return speaker{}, false
}

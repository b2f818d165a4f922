package quotes

import (
	"slices"
	"strings"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// participleReach bounds, in tokens, a chain of participle phrases read back from the
// participle of speech that introduces a quotation to the name the chain goes on from.
const participleReach = 24

// participleLead bounds, in tokens, the words between the participle of speech and the
// quotation it introduces.
const participleLead = 4

// notParticiples end in -ing without being participles that can follow a subject.
var notParticiples = words(`during morning evening nothing something anything everything building according
including regarding concerning following notwithstanding pending spring thing king ring sibling darling
wedding ceiling clothing funding meeting hearing briefing`)

// namingParticiples report words as "calling" does, with "as" before them ("referring to
// herself as “a wise Latina”").
var namingParticiples = words(`referring describing`)

// namedParticiple reads the speaker of a participle of speech that follows a name, as the
// clause introducing the quotation, with no finite cue of its own: the participle directly
// ("Supreme Court Justice Sonia Sotomayor referring to herself as “a wise Latina”", "Carson
// privately saying “pray for him”"), or the last of a chain of participle phrases whose
// first follows the name ("President Jimmy Carter going on TV in 1977, declaring a “moral
// equivalent of war”"). The name is the one right before the chain's first participle.
func (a *attributor) namedParticiple(pre []token, sent text.Sentence) (speaker, bool) {
	k := -1
	for j := len(pre) - 1; j >= 0 && len(pre)-j <= clauseReach; j-- {
		t := pre[j]
		if isCue(t) && !strings.HasSuffix(t.lower, "ing") {
			return speaker{}, false // a finite cue governs the quotation
		}
		if t.word && !t.upper && (cueParticiple(t.lower) || namingParticiples[t.lower]) {
			k = j
			break
		}
	}
	// The participle introduces the quotation: a few words at most stand between
	// ("referring to herself as", "telling Americans that").
	if k < 1 || len(pre)-1-k > participleLead {
		return speaker{}, false
	}
	// Back along the chain: each participle after the first follows a comma, or ", and".
	for i := k; ; {
		j := i
		for j > 0 && pre[j-1].word && adverbial(pre[j-1].lower) {
			j--
		}
		if j > 0 && pre[j-1].word && pre[j-1].upper && !pre[j-1].possessive() {
			np := npBefore(pre[:j])
			for len(np) > 0 && !np[0].upper {
				np = np[1:]
			}
			// "partners in Tehran referring to": a place is no subject.
			if len(np) == 0 || !speakerPhrase(np) || np[0].start > pre[0].start && locatives[tokenBefore(pre, np[0]).lower] {
				return speaker{}, false
			}
			if sp := a.resolve(np, sent); sp.known() {
				return sp, true
			}
			return speaker{}, false
		}
		if j > 0 && pre[j-1].lower == "and" {
			j--
		}
		if j == 0 || pre[j-1].text != "," {
			return speaker{}, false
		}
		i = previousParticiple(pre, j-1, k)
		if i < 0 {
			return a.clauseName(pre, j-1, sent)
		}
	}
}

// previousParticiple returns the index of the participle that opens the phrase ending
// before toks[c] in a chain ending at toks[k], within participleReach tokens of it, or -1
// when a sentence break or a finite cue comes first.
func previousParticiple(toks []token, c, k int) int {
	for i := c - 1; i >= 1 && k-i <= participleReach; i-- {
		t := toks[i]
		if t.text == "." || t.text == ";" || isCue(t) && !strings.HasSuffix(t.lower, "ing") {
			return -1
		}
		if t.word && !t.upper && strings.HasSuffix(t.lower, "ing") && len(t.lower) >= 5 && !notParticiples[t.lower] {
			return i
		}
	}
	return -1
}

// tokenBefore returns the token before t in toks, or the zero token.
func tokenBefore(toks []token, t token) token {
	for i := 1; i < len(toks); i++ {
		if toks[i].start == t.start {
			return toks[i-1]
		}
	}
	return token{}
}

// locatives put a place or a medium before the words after them, not a subject ("partners
// in Tehran", "on TV").
var locatives = words(`in at on from near inside outside across`)

// clauseName is the name that opens the clause ending at the comma pre[c], after an opening
// phrase set off by a comma, when a finite verb follows it: the subject a participle after
// that comma goes on from, though the article names it nowhere else ("At Sunday night’s
// debate, Sanders compared himself to Clinton, saying, “...”").
func (a *attributor) clauseName(pre []token, c int, sent text.Sentence) (speaker, bool) {
	i := 0
	if len(pre) > 0 && openers[pre[0].lower] {
		for i < c && pre[i].text != "," {
			i++
		}
		i++
	}
	if i >= c || pre[i].start < sent.Span.Start || !pre[i].upper || openers[pre[i].lower] || conjunctions[pre[i].lower] {
		return speaker{}, false
	}
	np := npAfter(pre, i)
	v := i + len(np)
	if len(np) == 0 || np[0].start != pre[i].start || v >= c || slices.ContainsFunc(np, func(t token) bool { return !t.upper || notNames[t.lower] }) ||
		!pre[v].word || pre[v].upper || !isVerbLike(pre[v]) || strings.HasSuffix(pre[v].lower, "ing") || slices.ContainsFunc(pre[v:c], func(t token) bool { return !t.word }) {
		return speaker{}, false
	}
	if sp := a.resolve(np, sent); sp.known() {
		return sp, true
	}
	return speaker{}, false
}

package quotes

import (
	"slices"
	"strings"
)

// A he or she that a sentence already holds stands for someone named before it: a name the
// sentence gives after that pronoun ("The Sanders campaign was the first time she had been
// involved, and she doesn't think Clinton can ...") is not whom the same pronoun in a later
// sentence stands for. The chain of pronouns carries the person on, as news carries its
// subject from sentence to sentence.

// noPronoun marks a sentence that holds no he or she outside its quotations before its
// last mention.
const noPronoun = -1

// chainPronoun returns the byte offset in its paragraph of the first he (or she, as pr
// says) of sentence idx outside quotation marks and before its last mention, or noPronoun.
// Each sentence is read once.
func (a *attributor) chainPronoun(idx int, pr string) int {
	g := 0
	switch pr {
	case "he":
	case "she":
		g = 1
	default:
		return noPronoun
	}
	if _, ok := a.subjectAt(idx); !ok {
		return noPronoun
	}
	if a.chains == nil {
		a.chains = make([][2]int32, len(a.sentPara))
		for i := range a.chains {
			a.chains[i] = [2]int32{unread, unread}
		}
	}
	if a.chains[idx][0] == unread {
		p := a.paras[a.sentPara[idx]]
		s := p.Sentences[idx-p.Sentences[0].Index]
		a.chains[idx] = [2]int32{noPronoun, noPronoun}
		// A pronoun after the last mention a pronoun looks at bounds none of them: the
		// sentence is read only that far.
		ms := a.reg.mentions[idx]
		if len(ms) == 0 {
			return noPronoun
		}
		end := min(ms[min(len(ms), maxMentionsScanned)-1].end-s.Span.Start, len(s.Text))
		quoted, markEnd := false, -1
		for _, t := range tokenize(s.Text[:max(0, end)], s.Span.Start) {
			if !t.word {
				// A doubled mark ('' rewritten as two straight ones) opens or closes once.
				if strings.ContainsAny(t.text, "“”\"") && t.start != markEnd {
					quoted = !quoted
				}
				if strings.ContainsAny(t.text, "“”\"") {
					markEnd = t.end
				}
				continue
			}
			if quoted {
				continue
			}
			k := -1
			switch uncontracted(t.lower) {
			case "he":
				k = 0
			case "she":
				k = 1
			}
			if k >= 0 && a.chains[idx][k] == noPronoun {
				a.chains[idx][k] = int32(t.start)
			}
		}
	}
	return int(a.chains[idx][g])
}

// unread marks a sentence whose pronouns chainPronoun has not read yet.
const unread = -2

// chainBefore keeps of the mentions ms those that end by byte offset at, and those that
// speak ("..., which he's expected to win, Jones said"): the sentence reports whom they
// name, and its he or she may stand for someone else.
func chainBefore(ms []mention, at int) []mention {
	var kept []mention
	for k, m := range ms {
		if m.end <= at {
			continue
		}
		if kept == nil {
			kept = slices.Clip(ms[:k])
		}
		if m.speaks {
			kept = append(kept, m)
		}
	}
	if kept == nil {
		return ms
	}
	return kept
}

// cueReach bounds, in bytes, what reportsBefore reads after a pronoun.
const cueReach = 48

// reportsBefore reports whether the pronoun pr, in paragraph text, is the subject of a cue
// that closes the words it reports (“...,” she said.; ..., he added, ...): a name before it
// belongs to those words, not to whoever the pronoun stands for.
func reportsBefore(text string, pr token) bool {
	if pr.end <= pr.start || pr.end > len(text) {
		return false
	}
	toks := tokenize(text[pr.end:min(len(text), pr.end+cueReach)], pr.end)
	k := 0
	for k < len(toks) && toks[k].word && skipBetween[toks[k].lower] {
		k++
	}
	if k >= len(toks) || !isCue(toks[k]) {
		return false
	}
	return k+1 == len(toks) || toks[k+1].text == "," || toks[k+1].text == "." || toks[k+1].text == ";"
}

// participleOpens reports whether sentence idx opens with a participle phrase and then, as
// its subject, the pronoun pr ("Dismayed by ..., he's committed to ...").
func (a *attributor) participleOpens(idx int, pr string) bool {
	if pr != "he" && pr != "she" {
		return false
	}
	p := a.paras[a.sentPara[idx]]
	s := p.Sentences[idx-p.Sentences[0].Index]
	// The first word alone rules out most sentences, before any is read into tokens.
	if first, _, _ := strings.Cut(s.Text, " "); !strings.HasSuffix(first, "ed") && !strings.HasSuffix(first, "ing") {
		return false
	}
	toks := tokenize(s.Text[:min(len(s.Text), subjectSpan)], s.Span.Start)
	if len(toks) < 4 || !toks[0].word || !toks[0].upper || a.reg.bySurname(toks[0].bare()) != nil {
		return false
	}
	if w := toks[0].lower; len(w) <= 4 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		return false
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].text == "," {
			return uncontracted(toks[k+1].lower) == pr
		}
	}
	return false
}

// uncontracted is the word w without the contraction it may end with ("he's", "she'd").
func uncontracted(w string) string {
	if c := strings.IndexAny(w, "'’"); c > 0 {
		return w[:c]
	}
	return w
}

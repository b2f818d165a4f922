package quotes

import "strings"

// possessiveNoun reports whether toks[j] is a cue word read as a noun after the possessive
// name that ends at toks[j-1]: "Trump's remarks", "Obama's comments", "Clinton's claims".
// The name owns the words rather than speaking them, so it is no speaker of the sentence
// and no antecedent for the next "he said" on that count. A form in -s is a plural noun
// there, never a verb; a past form after 's is "has" ("Trump's said").
func possessiveNoun(toks []token, j int) bool {
	return j > 0 && j < len(toks) && toks[j-1].possessive() && toks[j].word && !toks[j].upper &&
		cueVerbs[toks[j].lower] && strings.HasSuffix(toks[j].lower, "s")
}

// attributiveAt reports whether mention m of sentence idx is a name used as a modifier
// after an article ("a Trump presidency", "the Obama administration"): it describes a
// thing, so it is no rival to the sentence's subject for a later pronoun.
func (a *attributor) attributiveAt(idx int, m mention) bool {
	t := a.paras[a.sentPara[idx]].Text
	before := strings.ToLower(t[max(0, m.start-4):m.start])
	if !strings.HasSuffix(before, " a ") && !strings.HasSuffix(before, " an ") && !strings.HasSuffix(before, "the ") {
		return false
	}
	after := t[m.end:]
	return len(after) > 1 && after[0] == ' ' && after[1] >= 'a' && after[1] <= 'z'
}

// modifiedRoleReach bounds, in words, the modifiers between a name and the role it
// qualifies ("Trump senior communications adviser Jason Miller").
const modifiedRoleReach = 3

// modifiedRole reports whether the lower-case words from toks[j] lead, within a few
// modifiers, to a role: the name before them qualifies the role rather than speaking
// ("Trump senior communications adviser Jason Miller said").
func modifiedRole(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+modifiedRoleReach; k++ {
		t := toks[k]
		if !t.word || t.upper || cueVerbs[t.lower] || auxiliaries[t.lower] || linkers[t.lower] {
			return false
		}
		if roles[t.lower] {
			return true
		}
	}
	return false
}

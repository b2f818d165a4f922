package quotes

// maxRelativeClause bounds, in tokens, a relative clause set off by commas between a
// speaker's name and the verb: longer than an appositive, as one may join two clauses ("Jerry
// Brown, who lost to Bill Clinton in 1992 and whose views on trade clashed with his,
// described ..."), and still a bound on the cost per quotation.
const maxRelativeClause = 48

// relativeClauseVerb returns the index of the finite verb after a relative clause that
// toks[k], a comma, opens with "who" or "whose" and a comma closes, or -1. The clause holds
// no quotation mark and no other comma: past the first comma it could be a list, or the
// sentence's own clause.
func relativeClauseVerb(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].text != "," || toks[k+1].lower != "who" && toks[k+1].lower != "whose" {
		return -1
	}
	for m := k + 2; m < len(toks) && m <= k+maxRelativeClause; m++ {
		switch t := toks[m]; {
		case t.text == ",":
			v := m + 1
			for v < len(toks) && toks[v].word && skipBetween[toks[v].lower] && !auxiliaries[toks[v].lower] {
				v++
			}
			if v < len(toks) && finiteVerb(toks[v]) && isVerbLike(toks[v]) {
				return v
			}
			return -1
		case !t.word:
			if t.text != "." && t.text != "-" && t.text != "'" && t.text != "’" {
				return -1 // a mark, a bracket or a dash: no plain clause
			}
		}
	}
	return -1
}

// fullName reports whether toks ends with two capitalised words, the second no single
// letter: a given name and a surname ("Rikkie Wells"), not a lone surname or an initial.
func fullName(toks []token) bool {
	n := len(toks)
	return n >= 2 && toks[n-1].word && toks[n-1].upper && len(toks[n-1].text) > 1 && toks[n-2].word && toks[n-2].upper
}

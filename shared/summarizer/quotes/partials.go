package quotes

import "strings"

// contractedIs are the pronouns and wh-words whose "'s" is "is" or "has", never a
// possessive: "it’s “all about management”" quotes words, where "Moscow’s “special military
// operation”" names a term.
var contractedIs = words(`it he she that there here what who where how when why this everyone
everybody someone somebody nobody one`)

// contracted reports whether w, lower-case and ending in "'s" or "’s", is a pronoun's
// contraction ("it's", "she’s") rather than a possessive.
func contracted(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return contractedIs[w]
}

// maxTermWords bounds, in words, a term or title set off in marks after a possessive
// ("Moscow’s “special military operation”"); a longer phrase there is quoted words.
const maxTermWords = 3

// pluralAuxiliaries are the finite verbs of a plural subject that auxiliaries lacks.
var pluralAuxiliaries = words(`are were have do`)

// hasFiniteVerb reports whether q holds an auxiliary or a copula, negated or not: a phrase
// that is a clause ("mind is shot", "wasn't ready") is someone's words, not a term.
func hasFiniteVerb(q string) bool {
	for _, w := range strings.Fields(strings.ToLower(q)) {
		w = strings.Trim(strings.ReplaceAll(w, "’", "'"), "“”\"'‘,.:;!?()")
		if w == "won't" || w == "can't" {
			return true
		}
		w = strings.TrimSuffix(w, "n't")
		if auxiliaries[w] || pluralAuxiliaries[w] {
			return true
		}
	}
	return false
}

// joiner reports whether w is a lower-case word that joins the capitalised words of a title
// ("The Art of the Deal", "This Week with George Stephanopoulos").
func joiner(w string) bool {
	return linkers[w] || w == "a" || w == "an" || w == "in" || w == "with" || w == "to"
}

// firstPerson reports whether w is "I" or its contraction ("I’m", "I'll"): capitalised in
// any sentence, it says nothing about a title.
func firstPerson(w string) bool {
	return w == "I" || strings.HasPrefix(w, "I'") || strings.HasPrefix(w, "I’")
}

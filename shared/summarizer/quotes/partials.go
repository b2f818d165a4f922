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

package quotes

import "strings"

// People who share a surname: "Bill Clinton" beside "Hillary Clinton", "Jeb Bush" beside
// "George W. Bush". Merged into one person, the quotes of one are credited to the other and
// a pronoun finds neither (one of them is "he", the other "she"). A full name with another
// given name is a person of their own; the surname alone stays the one the article named
// first, unless a title gives the other gender ("Mrs. Clinton" after "Bill Clinton").

// maxKin bounds the others of one surname compared with a name.
const maxKin = 8

// kinOf returns the person of e's surname that nameToks (with gender g from a title) names:
// e, another already known, or nil for a new one.
func (r *registry) kinOf(e *entity, nameToks []string, g gender) *entity {
	kin := r.kin[strings.ToLower(e.surname)]
	kin = kin[:min(len(kin), maxKin)]
	if len(nameToks) >= 2 {
		// Only a given name of the other gender tells a relative from the same person
		// named again ("George W. Bush" and "Jeb Bush" stay one, as before).
		ng := firstNames[strings.ToLower(nameToks[0])]
		if !otherGivenName(e.name, nameToks) || ng == unknownGender || e.gender == unknownGender || ng == e.gender {
			return e
		}
		for _, k := range kin {
			if !otherGivenName(k.name, nameToks) {
				return k
			}
		}
		return nil
	}
	if g == unknownGender || e.gender == unknownGender || e.gender == g {
		return e
	}
	for _, k := range kin {
		if k.gender == g {
			return k
		}
	}
	return e
}

// titledGender is the gender the last honorific among titles gives ("Ms.", "Mr."), if any.
func titledGender(titles []token) gender {
	g := unknownGender
	for _, t := range titles {
		if hg := honorifics[t.lower]; hg != unknownGender {
			g = hg
		}
	}
	return g
}

// bareWords returns the bare text of each token of a name, as kinOf reads it.
func bareWords(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.bare()
	}
	return out
}

package quotes

import "strings"

// relations are the words for a relative that news sets a given name after, in apposition
// ("Trump's wife, Melania,", "his son, Hunter,"), with the gender they tell.
var relations = map[string]gender{
	"wife": female, "husband": male, "son": male, "daughter": female, "mother": female, "father": male,
	"brother": male, "sister": female, "widow": female, "widower": male, "fiancee": female, "fiance": male,
	"fiancée": female, "fiancé": male, "stepson": male, "stepdaughter": female,
}

// relationNamed reports whether the lone given name nameToks, the run toks[i:j], stands in
// apposition to a word for a relative ("On CNN, his wife, Jane, called for ..."): a person
// named by the given name alone, of the gender the relation or the name tells.
func relationNamed(toks []token, i, j int, nameToks []token) (gender, bool) {
	if len(nameToks) != 1 || i < 2 || j >= len(toks) || toks[j].text != "," || toks[i-1].text != "," || !toks[i-2].word {
		return unknownGender, false
	}
	g, ok := relations[toks[i-2].lower]
	if !ok {
		return unknownGender, false
	}
	given, known := firstNames[strings.ToLower(nameToks[0].bare())]
	if !known {
		return unknownGender, false
	}
	if given != unknownGender && given != g {
		return unknownGender, false // "his son, Jane,": not the relative the name tells
	}
	return g, true
}

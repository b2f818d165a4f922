package quotes

import "strings"

// Who counts as a person when the first-name list does not know the first name: a name is
// recognised by how the sentence uses it (it speaks, it takes a title or a role, it stands
// in apposition to a role), not by the name itself.

// runOpeners are function words that, capitalised at the start of a sentence, open a run of
// capitalised words without being part of the name after them ("For Jonathan Chait,", "As
// John Cornyn put it").
var runOpeners = words(`for as when while after before since although though because if with from by at
in on to like unlike until unless once`)

// openerBeforeName reports whether the capitalised run toks[i:j] opens with a function word
// that belongs to the sentence, not to the name after it.
func openerBeforeName(toks []token, i, j int) bool {
	return j-i > 2 && runOpeners[toks[i].lower] && toks[i+1].upper && !notNames[toks[i+1].lower]
}

// trimNameSuffix drops a generational numeral ending a name ("Joseph R. Murray II"): it is
// no acronym and no part of the surname. ("Jr." and "Sr." stay: they tell a son from his
// father.)
func trimNameSuffix(name []token) []token {
	if len(name) >= 3 && generations[name[len(name)-1].text] {
		return name[:len(name)-1]
	}
	return name
}

// generations are the numerals that follow a name.
var generations = words(`II III IV`)

// roleTitle reports whether run[k], a capitalised role word ("Pastor", "Commissioner"),
// stands as a title before a name of two or more words ("Pastor Bradley Cranston",
// "Alabama Securities Commissioner Thomas Krebs").
func roleTitle(run []token, k int) bool {
	return len(run)-k-1 >= 2 && roles[strings.ToLower(run[k].bare())] && !run[k].possessive() &&
		!notNames[run[k+1].lower] && !roles[run[k+1].lower]
}

// namedRole reports whether the name toks[i:j] stands in apposition to a role right before
// it ("Kazakhstan's foreign minister, Erlan Idrissov, said", "The Podesta Group's CEO,
// Kimberley Fritts,"): a person, whatever their first name.
func namedRole(toks []token, i, j int) bool {
	if i < 2 || toks[i-1].text != "," || !toks[i-2].word || toks[i-2].upper && !isAcronym(toks[i-2].bare()) {
		return false
	}
	if !roleWord(strings.ToLower(toks[i-2].bare())) {
		return false
	}
	return (j >= len(toks) || !toks[j].word || toks[j].text == "," || isCue(toks[j])) && !describedAsOrg(toks, j)
}

// describedAsOrg reports whether the appositive that toks[j] (a comma) opens describes an
// organisation ("Diamond Shamrock, a Texas company,"): an organisation word comes before any
// role word.
func describedAsOrg(toks []token, j int) bool {
	if j >= len(toks) || toks[j].text != "," {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+maxAppositive && toks[k].text != ","; k++ {
		if !toks[k].word || toks[k].upper {
			continue
		}
		if roleWord(toks[k].lower) {
			return false
		}
		if orgWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// nameShaped reports whether name, two or three capitalised words, can be a person's name:
// no organisation word, place, nationality or company among them.
func nameShaped(name []token) bool {
	if hasOrgWord(name) {
		return false
	}
	for _, t := range name {
		l := strings.ToLower(t.bare())
		if !t.word || !t.upper || notNames[t.lower] || notNames[l] || demonyms[l] || countryNames()[l] || companies[l] || roles[l] {
			return false
		}
	}
	return true
}

// coordinatedName reports whether np names two people who share a surname ("David and
// Jeanne Heidler", "Khizr and Ghazala Khan"): a given name, "and", then a full name.
func coordinatedName(np []token) bool {
	return len(np) >= 4 && len(np) <= 5 && np[1].lower == "and" && !np[0].possessive() &&
		nameShaped(np[:1]) && nameShaped(np[2:])
}

// coordinatedAt returns the end of the coordinated name that opens at toks[from] ("David
// and Jeanne Heidler, wrote"), or -1.
func coordinatedAt(toks []token, from int) int {
	if from+2 >= len(toks) || toks[from+1].lower != "and" {
		return -1
	}
	m := from + 2
	for m < len(toks) && m < from+5 && toks[m].word && toks[m].upper {
		m++
	}
	if m < len(toks) && toks[m].word && toks[m].upper || !coordinatedName(toks[from:m]) {
		return -1
	}
	return m
}

// coordinatedBefore widens the name np, which toks[k+1:] opens, to the given name
// coordinated before it ("Bill and Hillary Clinton said").
func coordinatedBefore(toks []token, k int, np []token) []token {
	if k < 1 || toks[k].lower != "and" || k >= 2 && toks[k-2].word && toks[k-2].upper {
		return np
	}
	if wide := toks[k-1 : k+1+len(np)]; coordinatedName(wide) {
		return wide
	}
	return np
}

// possessiveDescription reports whether toks ends with a description by a possessive and a
// noun or two the lexicon may not know ("Henry Clay's biographers", "his longtime butler"):
// a name set off after it is the one described.
func possessiveDescription(toks []token) bool {
	n := 0
	for n < len(toks) && n < 3 && toks[len(toks)-1-n].word && !toks[len(toks)-1-n].upper && !toks[len(toks)-1-n].possessive() {
		n++
	}
	if n == 0 || n == len(toks) {
		return false
	}
	p := toks[len(toks)-1-n]
	return p.possessive() || possessivePronouns[p.lower]
}

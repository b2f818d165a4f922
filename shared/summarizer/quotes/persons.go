package quotes

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Who counts as a person when the first-name list does not know the first name: a name is
// recognised by how the sentence uses it (it speaks, it takes a title or a role, it stands
// in apposition to a role), not by the name itself.

// runOpeners are function words that, capitalised at the start of a sentence, open a run of
// capitalised words without being part of the name after them ("For Jonathan Chait,", "As
// John Cornyn put it").
var runOpeners = words(`for as when while after before since although though because if with from by at
in on to like unlike until unless once despite maybe perhaps even only certainly whether neither either
is was does did has how why what where said says asked`)

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

// namesSomeone reports whether the capitalised words after np[last] name a person rather
// than complete a description or an organisation's name: not after a preposition ("the
// senator from Vermont"), not inside an organisation's name ("the U.S. Court of Appeals
// for the 3rd Circuit"), and not a lone capitalised word that the article otherwise
// writes in lower case or that is no surname ("Based on the statement", "Outside the
// campaign").
func (a *attributor) namesSomeone(np []token, last int) bool {
	for p := 1; p <= last; p++ {
		if !prepositions[np[p].lower] && !complementHeads[np[p].lower] && np[p].lower != "and" {
			continue
		}
		if slices.ContainsFunc(np[p+1:last+1], func(t token) bool { return isTitleWord(t.lower) }) {
			break // "Secretary of State John Kerry": a title again before the name
		}
		for _, t := range np[:p] {
			if w := strings.ToLower(t.bare()); t.upper && orgWords[w] || roleWord(w) || documents[w] {
				return false
			}
		}
		break
	}
	if name := np[last+1:]; len(name) == 1 && last < 0 && a.reg.bySurname(name[0].bare()) == nil {
		w := strings.ToLower(name[0].bare())
		return a.reg.surnameLike(token{lower: w}) && !prepositions[w] && !placePrepositions[w] && !strings.Contains(strings.TrimSuffix(w, "."), ".")
	}
	return true
}

// placePrepositions open a phrase of place or direction; capitalised, they open a sentence.
var placePrepositions = words(`outside inside beyond across behind near around toward towards upon amongst
beside besides beneath above below along alongside`)

// describedBefore replaces the name np, which toks[k+1:] opens, with the description it
// completes after a preposition ("The senator from Vermont said"): the speaker is the one
// described, not the place or the body named.
func describedBefore(toks []token, k int, np []token) []token {
	if len(np) == 0 || !np[0].upper || k < 1 || !toks[k].word || !complementHeads[toks[k].lower] || toks[k].lower == "to" {
		return np
	}
	head := toks[k-1]
	if !head.word || head.upper || !roleWord(head.lower) {
		return np
	}
	d := k - 1
	for d > 0 && k-d < 4 && toks[d-1].word && (modifiers[toks[d-1].lower] || determiners[toks[d-1].lower] || demonyms[toks[d-1].lower]) {
		d--
	}
	return toks[d:k]
}

// namedSource reports whether the name that toks[i] opens is the author of a document
// ("according to a post from Arianna Huffington", "a statement by Jane Roe"). (What
// something is "according to" is as often an organisation: "according to Kantar Media".)
func namedSource(toks []token, i int) bool {
	if i < 2 || toks[i-1].lower != "from" && toks[i-1].lower != "by" {
		return false
	}
	return authored[toks[i-2].lower]
}

// authored are the documents a person writes (a survey, a release or a study is as often an
// organisation's).
var authored = words(`post tweet letter email e-mail memo message note column op-ed book blog essay`)

// maxNameRun bounds the run givenNameWithin reads: a few descriptors and a name.
const maxNameRun = 7

// givenNameWithin drops the capitalised words before a known given name that a run of
// three or more opens with ("Undersecretary for Political Affairs Wendy Sherman" reads
// "Political Affairs Wendy Sherman", "Sens. Ted Cruz", "Even Hillary Clinton"): they
// describe the person the name after them names when one of them is a common word the
// article writes in lower case or an abbreviated title. An initial or an unknown name
// before it is part of the name ("J. Michael Pearson", "Jamie Lee Curtis"), and a common
// word after it makes a title of a show or a headline ("Rachel Maddow Show").
func (r *registry) givenNameWithin(name []token) []token {
	if len(name) < 3 || len(name) > maxNameRun {
		return name // a longer run is no name however it is cut (readRun keeps four words)
	}
	for k := 1; k < len(name)-1; k++ {
		if _, ok := firstNames[strings.ToLower(name[k].bare())]; !ok || len(name)-k > 3 {
			continue
		}
		common := false
		for _, t := range name[:k] {
			w := strings.ToLower(strings.TrimSuffix(t.bare(), "."))
			if _, given := firstNames[w]; given || len(w) == 1 || t.possessive() || notNames[w] {
				return name
			}
			common = common || r.lower[w] || strings.HasSuffix(t.text, ".") && abbreviations[strings.TrimSuffix(w, "s")]
		}
		for _, t := range name[k:] {
			if r.lower[strings.ToLower(t.bare())] {
				return name
			}
		}
		if common {
			return name[k:]
		}
		return name
	}
	return name
}

// betterName reports whether the name words name should replace those of a known person
// with the same surname: a longer name, or, when the known one comes from the headline (title
// case: "Understated Perez raises political profile"), one as long whose first word is a
// given name where the known one's is not ("Thomas Perez"). Elsewhere two names as long are
// two people ("Clint Howard", "Ron Howard").
func betterName(name []string, known []string, fromHeadline bool) bool {
	if len(name) != len(known) || !fromHeadline {
		return len(name) > len(known)
	}
	_, given := firstNames[strings.ToLower(name[0])]
	_, knownGiven := firstNames[strings.ToLower(known[0])]
	return given && !knownGiven
}

// bornIn reports whether t tells where a person was born or works ("Korean-born",
// "Texas-based"): a descriptor before the name, not part of it.
func bornIn(t token) bool {
	for _, suf := range [...]string{"-born", "-based"} {
		if strings.HasSuffix(t.lower, suf) && len(t.lower) > len(suf) {
			return true
		}
	}
	return false
}

// describedThenNamed returns the name set off by a comma after a short description that
// toks[i] opens with a determiner or a possessive ("Clay's biographers, David and Jeanne
// Heidler", "the couple's lawyer, Jane Roe"), the description's noun known to the lexicon or
// not; nil when toks does not go on so.
func describedThenNamed(toks []token, i int) []token {
	if i >= len(toks) || !toks[i].word || !(determiners[toks[i].lower] || possessivePronouns[toks[i].lower] || toks[i].upper && toks[i].possessive()) {
		return nil
	}
	k := i + 1
	if k < len(toks) && toks[k].upper && toks[k].possessive() && !toks[i].possessive() {
		k++ // "the couple's", "the Clintons'"
	}
	n := 0
	for k < len(toks) && n < 3 && toks[k].word && !toks[k].upper && !linkers[toks[k].lower] && !isCue(toks[k]) {
		k++
		n++
	}
	if n == 0 || k >= len(toks) || toks[k].text != "," {
		return nil
	}
	from := k + 1
	if m := coordinatedAt(toks, from); m > 0 {
		return toks[from:m]
	}
	end := from
	for end < len(toks) && end < from+4 && toks[end].word && toks[end].upper {
		end++
	}
	if end == from || end < len(toks) && toks[end].word {
		return nil // the name must end its phrase: "..., Jane Roe." or "..., Jane Roe, 25"
	}
	return appositiveName(toks[from:end])
}

// organisationName reports whether a capitalised name of two words or more ends as an
// organisation's does: with an acronym ("Priorities USA", "Purple PAC") or a word that ends
// the names of firms and newspapers ("Pew Research", "Orlando Sentinel").
func organisationName(name []token) bool {
	if len(name) < 2 {
		return false
	}
	last := name[len(name)-1].bare()
	if postNominals[strings.ToLower(last)] {
		return false // an honour or an office after a person's name ("Mary Berry CBE")
	}
	if isAcronym(last) {
		// A dateline ("BOCA RATON") is capitals throughout; a name cut short by a broken
		// character ("Stefan KÃ") is no acronym of three letters.
		return utf8.RuneCountInString(last) >= 3 && !isAcronym(name[0].bare())
	}
	return orgEndings[strings.ToLower(last)]
}

// postNominals are the honours and offices written in capitals after a person's name.
var postNominals = words(`obe cbe mbe kbe dbe gbe bem kcb gcb kcmg gcmg kcvo dso frs mep msp mla mpp mhk`)

// orgEndings end the names of firms, newspapers and bodies; in lower case they describe
// people too ("a research fellow"), so they are no organisation words.
var orgEndings = words(`research economics pictures studios classics sentinel inquirer dealer examiner
chronicle courier security convention`)

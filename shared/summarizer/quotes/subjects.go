package quotes

import "strings"

// adverbOpeners open a sentence set off by a comma alone, before its subject ("There, the
// district chairman Chuck Williams declined ...", "Today, Roe said ...").
var adverbOpeners = words(`there here today tonight yesterday afterward afterwards overall ultimately finally
initially previously recently similarly likewise nonetheless nevertheless otherwise anyway regardless
again first second third lately instead`)

// titledBy is the person whose name follows the role word toks[k] right away, as a title
// ("the district GOP Chairman Chuck Williams"), in sentence idx; nil when none does.
func (a *attributor) titledBy(idx int, toks []token, k int) *entity {
	if k+1 >= len(toks) || !toks[k].upper || !toks[k+1].word || !toks[k+1].upper {
		return nil
	}
	for _, m := range a.reg.mentions[idx] {
		if m.start == toks[k+1].start && m.e.kind == person {
			return m.e
		}
	}
	return nil
}

// unisexNames are given names that news gives men and women alike ("Lee Epstein", "Lee
// Atwater"): they tell no gender, and the pronouns bound to the person do.
var unisexNames = words(`lee jordan morgan dana robin lynn`)

// openerBeforeKnown reports whether the capitalised run toks[i:j] is a function word that
// opens the sentence and a person the article has named ("Though Trump was not willing",
// "As Clinton spoke"): the person is mentioned there, as its subject.
func (r *registry) openerBeforeKnown(toks []token, i, j int) bool {
	if j-i != 2 || !runOpeners[toks[i].lower] || notNames[toks[i+1].lower] {
		return false
	}
	e := r.bySurname(toks[i+1].bare())
	return e != nil && e.kind == person
}

// subjectReach bounds, in bytes, what clauseSubject reads on either side of a mention.
const subjectReach = 24

// clauseSubject reports whether mention m, in paragraph text, is the subject of a clause
// that opens the sentence or a subordinate clause ("as Mrs. Clinton echoed the criticism",
// "When Roe helped found the movement"): a word that opens a clause before it, a verb after.
func clauseSubject(text string, m mention) bool {
	if m.start < 0 || m.end > len(text) || m.start >= m.end {
		return false
	}
	pre := tokenize(text[max(0, m.start-subjectReach):m.start], 0)
	post := tokenize(text[m.end:min(len(text), m.end+subjectReach)], 0)
	if len(post) == 0 || !finiteVerb(post[0]) {
		return false
	}
	for len(pre) > 0 && pre[len(pre)-1].word && isTitleWord(strings.ToLower(pre[len(pre)-1].text)) {
		pre = pre[:len(pre)-1] // "as Mrs. Clinton echoed"
	}
	if len(pre) == 0 {
		return true
	}
	w := pre[len(pre)-1]
	return w.word && (subordinators[w.lower] || openers[w.lower]) || w.text == ","
}

// agentReach bounds, in tokens, the description agentDescription reads after its
// determiner.
const agentReach = 3

// agentDescription reports whether the sentence toks opens at toks[i] with a definite
// description of someone by what they do, which the sentence's own he or she refers back
// to ("The radio talker has increasingly filled his rally speeches for Cruz"): a head noun
// of the agent form before the verb, and a personal possessive after it.
func agentDescription(toks []token, i int) bool {
	if toks[i].lower != "the" {
		return false
	}
	k := i + 1
	for k < len(toks) && k <= i+agentReach && toks[k].word && !toks[k].upper && !finiteVerb(toks[k]) {
		k++
	}
	if k == i+1 || k >= len(toks) || !finiteVerb(toks[k]) {
		return false
	}
	head := toks[k-1].lower
	if !strings.HasSuffix(head, "er") && !strings.HasSuffix(head, "or") && !strings.HasSuffix(head, "ist") {
		return false
	}
	for _, t := range toks[k+1:] {
		if t.lower == "his" || t.lower == "her" {
			return true
		}
	}
	return false
}

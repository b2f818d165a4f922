package quotes

import (
	"slices"
	"strings"
)

// openingPhrase reports whether toks[i], which opens its sentence, is a capitalised function
// word or participle that opens a clause or a phrase set before the subject ("As voters went
// to the polls, ...", "Outside the campaign, ...", "Based on the statement, ..."): no name
// whatever its capital; the subject, if any, follows the opening phrase.
func openingPhrase(toks []token, i int) bool {
	t := toks[i]
	if !t.word || !t.upper || determiners[t.lower] {
		return false
	}
	if clauseOpener(t.lower) {
		return true
	}
	// "Based on", "Horrified at": a participle before its preposition, not a given name ("Ted").
	_, given := firstNames[t.lower]
	return !given && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && i+1 < len(toks) && toks[i+1].word &&
		(prepositions[toks[i+1].lower] || complementHeads[toks[i+1].lower])
}

// clauseOpener reports whether w, lower-case, is a subordinator or preposition that may
// open a sentence before its subject ("While", "After", "Outside").
func clauseOpener(w string) bool {
	return subordinators[w] || prepositions[w] || placePrepositions[w] || openers[w]
}

// openingClause reports whether toks[i], which opens the sentence, opens a phrase set before
// its subject (see openingPhrase). When it opens a clause with a subject of its own ("When
// Trump used the words, “...”"), it adds that subject's start to starts, to be read last:
// the speaker of a quotation inside the clause, when no main clause before the quotation
// has a subject of its own ("As voters went to the polls, the campaign called ...").
func openingClause(toks []token, i int, starts *[]int) bool {
	if !openingPhrase(toks, i) {
		return false
	}
	if subordinators[toks[i].lower] && i+1 < len(toks) && toks[i+1].word && !subordinators[toks[i+1].lower] {
		*starts = append(*starts, i+1)
	}
	return true
}

// indexAfter returns the index in toks of the first token after the phrase np, which toks
// holds; len(toks) when np ends it.
func indexAfter(toks, np []token) int {
	end := np[len(np)-1].end
	if j := slices.IndexFunc(toks, func(t token) bool { return t.start >= end }); j >= 0 {
		return j
	}
	return len(toks)
}

// reflexives name oneself ("calling himself").
var reflexives = words(`himself herself themselves itself`)

// maxGivenName bounds, in words, the name a description is given after it.
const maxGivenName = 4

// capitalRun returns the index after the run of at most n capitalised words from toks[from].
func capitalRun(toks []token, from, n int) int {
	end := from
	for end < len(toks) && end < from+n && toks[end].word && toks[end].upper {
		end++
	}
	return end
}

// namedAs returns the name that the description np, which toks holds, is given right after
// it ("the base chief known as Bob", "Clinton economic advisers like Gene Sperling"), and the
// index of the token after that name; nil when none follows. The name ends its phrase or
// goes on to the verb: "advisers like Gene Sperling to counter".
func namedAs(toks, np []token) ([]token, int) {
	if len(np) == 0 || !described(np) {
		return nil, 0
	}
	j := indexAfter(toks, np)
	// Past a place the description gives: "a German user from Hanover going by ...".
	if j+1 < len(toks) && toks[j].word && complementHeads[toks[j].lower] && toks[j+1].upper {
		m := capitalRun(toks, j+1, 3)
		if m < len(toks) && toks[m].word && (toks[m].lower == "going" || toks[m].lower == "calling" || toks[m].lower == "known") {
			j = m
		}
	}
	if j+1 >= len(toks) || !toks[j].word {
		return nil, 0
	}
	from, full := j+1, false
	switch toks[j].lower {
	case "known", "identified":
		if toks[from].lower == "only" && from+1 < len(toks) {
			from++
		}
		if toks[from].lower != "as" {
			return nil, 0
		}
		from++
	case "named":
	case "calling": // "a man calling himself Paul Paul"
		if !reflexives[toks[from].lower] {
			return nil, 0
		}
		from++
	case "going": // "a user going by the handle Pulvermann"
		if toks[from].lower != "by" {
			return nil, 0
		}
		from++
		if from+1 < len(toks) && toks[from].lower == "the" && (toks[from+1].lower == "handle" || toks[from+1].lower == "name") {
			from += 2
		}
	case "like", "including":
		// An example of people a plural describes: a full name, not a place ("like Ohio").
		full = true
		if !roleWord(strings.ToLower(np[len(np)-1].bare())) {
			return nil, 0
		}
	default:
		return nil, 0
	}
	end := capitalRun(toks, from, maxGivenName)
	name := toks[from:end]
	if len(name) == 0 || full && len(name) < 2 || end < len(toks) && toks[end].word && toks[end].upper || !nameShaped(name) {
		return nil, 0
	}
	return name, end
}

// titledNameAfter returns the full name that closes the phrase after an inverted cue when
// the phrase opens with a capitalised word and lower-case words that make a title before
// the name ("said Oversight ranking Democrat Elijah Cummings (D-Md.)"): np, read up to the
// first lower-case word, would be the committee, not the person. nil when none.
func (a *attributor) titledNameAfter(toks, np []token) []token {
	if len(np) == 0 || len(np) > 2 || !np[len(np)-1].upper || determiners[np[0].lower] || a.reg.byName(joinTokens(np)) != nil {
		return nil
	}
	j := indexAfter(toks, np)
	k := j
	for k < len(toks) && k < j+2 && toks[k].word && !toks[k].upper && !cueVerbs[toks[k].lower] && !skipBetween[toks[k].lower] &&
		!linkers[toks[k].lower] && !complementHeads[toks[k].lower] && !notNames[toks[k].lower] && !auxiliaries[toks[k].lower] {
		k++
	}
	if k == j {
		return nil
	}
	end := capitalRun(toks, k, maxGivenName)
	if end-k < 2 || end < len(toks) && toks[end].word {
		return nil // the name must end the phrase: "..., Elijah Cummings (D-Md.)."
	}
	name := toks[k:end]
	if _, given := firstNames[strings.ToLower(name[len(name)-2].bare())]; !given || !nameShaped(name[len(name)-2:]) {
		return nil
	}
	return name
}

// withComplement widens the description np, which toks holds after an inverted cue, to the
// name its role is held for ("said a longtime adviser to Trump"): a reader needs the
// complement to know who speaks. np is returned as it is when no such complement follows.
func withComplement(toks, np []token) []token {
	if len(np) == 0 || !described(np) || !roleWord(strings.ToLower(np[len(np)-1].bare())) {
		return np
	}
	j := indexAfter(toks, np)
	if j+1 >= len(toks) || !toks[j].word || toks[j].lower != "to" && toks[j].lower != "for" {
		return np
	}
	end := capitalRun(toks, j+1, maxGivenName)
	if end == j+1 || end < len(toks) && toks[end].word || !nameShaped(toks[j+1:end]) {
		return np
	}
	k := slices.IndexFunc(toks, func(t token) bool { return t.start == np[0].start })
	if k < 0 {
		return np
	}
	return toks[k:end]
}

// besideDescription returns the name that the speaker phrase np, read after an inverted cue
// in toks, is given beside it (see namedAs and titledNameAfter); nil when none.
func (a *attributor) besideDescription(toks, np []token) []token {
	if name, _ := namedAs(toks, np); name != nil {
		return name
	}
	return a.titledNameAfter(toks, np)
}

// namingVerbs name a thing in the words quoted after them; in the passive, their agent is
// who said those words ("often labeled as a “witch hunt” by Democrats").
var namingVerbs = words(`called labeled labelled dubbed branded described termed deemed characterized
characterised derided denounced decried hailed touted`)

// passiveReach bounds, in bytes, the text read before a quotation for a naming verb.
const passiveReach = 60

// passiveAgent reads the agent of a passive naming verb as the speaker of the words it
// names: "... — often labeled as a “witch hunt” by Democrats —", "the emails were labeled
// "top secret" by the State Department".
func (a *attributor) passiveAgent(s span) (speaker, bool) {
	if !s.openMark || !s.closeMark {
		return speaker{}, false
	}
	p := a.paras[s.para]
	sent, ok := sentenceAt(p, s.start)
	if !ok {
		return speaker{}, false
	}
	from := max(sent.Span.Start, s.start-passiveReach)
	pre := tokenize(p.Text[from:s.start], from)
	for len(pre) > 0 && !pre[len(pre)-1].word {
		pre = pre[:len(pre)-1]
	}
	k := len(pre) - 1
	for n := 0; k >= 0 && n < 2 && (pre[k].lower == "as" || indefinites[pre[k].lower] || pre[k].lower == "the"); n++ {
		k--
	}
	if k < 1 || !namingVerbs[pre[k].lower] || pre[k].upper {
		return speaker{}, false
	}
	// The passive: after an auxiliary, an adverb or a break ("was labeled", "— often labeled",
	// ", dubbed"), not after its subject ("Trump called it").
	b := pre[k-1]
	if b.word && !auxiliaries[b.lower] && !passiveAuxiliaries[b.lower] && !strings.HasSuffix(b.lower, "ly") && b.lower != "often" {
		return speaker{}, false
	}
	at := skipMark(p.Text, s.end)
	if at >= sent.Span.End {
		return speaker{}, false
	}
	post := untilMark(tokenize(p.Text[at:min(sent.Span.End, at+cueWindow)], at))
	if len(post) < 2 || post[0].lower != "by" {
		return speaker{}, false
	}
	np := npAfter(post, 1)
	if len(np) == 0 || np[0].start != post[1].start || !speakerPhrase(np) {
		return speaker{}, false
	}
	// "by John Smith's opponents": the people owned speak, not their owner.
	if slices.ContainsFunc(np, token.possessive) {
		return speaker{}, false
	}
	if sp := a.resolve(np, sent); sp.known() {
		return sp, true
	}
	return speaker{}, false
}

// passiveAuxiliaries are the forms of "be" before a passive participle that auxiliaries lack.
var passiveAuxiliaries = words(`are were be been being`)

// passiveCue reports whether the cue verb toks[k] is in the passive ("Mook was asked if ...",
// "reporters were told"): its subject is who was spoken to or about, not who speaks.
func passiveCue(toks []token, k int) bool {
	return k > 0 && toks[k-1].word && (passiveAuxiliaries[toks[k-1].lower] || toks[k-1].lower == "was" || toks[k-1].lower == "is")
}

// relativeReach bounds, in words, a relative clause whose verb a cue is coordinated with.
const relativeReach = 8

// coordinatedSubject returns the subject of the predicate that the cue verb toks[k] is
// coordinated with ("he laughed and said", "Roe shook her head and said"): the pronoun or
// name right before that predicate's verb, where a clause starts; nil when there is none.
func coordinatedSubject(toks []token, k int) []token {
	if !coordinated(toks, k) {
		return nil
	}
	j := k - 1
	for j >= 0 && !coordinators[toks[j].lower] {
		j--
	}
	// "an official who oversaw the investigations and described it as": the relative
	// clause's antecedent.
	for w := j - 1; w > 0 && w >= j-relativeReach && toks[w].word; w-- {
		if toks[w].lower == "who" {
			np := npBefore(toks[:w])
			if len(np) == 0 || np[len(np)-1].end != toks[w-1].end || !speakerPhrase(np) {
				return nil
			}
			// The whole description, with the nouns npBefore leaves out ("a former U.S. law
			// enforcement official").
			for d := w - 1; d >= 0 && d >= w-relativeReach && toks[d].word && !isCue(toks[d]) && !linkers[toks[d].lower]; d-- {
				if determiners[toks[d].lower] {
					return toks[d:w]
				}
			}
			return np
		}
	}
	// The first predicate: a verb, with at most an object of a few words ("shook her head").
	for v := j - 1; v >= 0 && v >= j-4; v-- {
		t := toks[v]
		if !t.word {
			return nil
		}
		if t.upper || !speechLike(t) && !irregularPast[t.lower] && !strings.HasSuffix(t.lower, "ed") {
			continue
		}
		np := npBefore(toks[:v])
		if len(np) == 0 || np[len(np)-1].end != toks[v-1].end {
			return nil
		}
		// The subject opens its clause: the sentence, or after a comma ("..., he laughed"),
		// with "and" or "but" after it ("..., and Mary Doe smiled and said").
		if at := v - len(np); at > 0 && toks[at-1].word && !(coordinators[toks[at-1].lower] && at > 1 && toks[at-2].text == ",") {
			return nil
		}
		if _, ok := pronouns[np[0].lower]; ok || np[len(np)-1].upper {
			return np
		}
		return nil
	}
	return nil
}

// twoNames reports whether np is two full names joined by "and" ("Patrick Megahan and Chris
// Harman"): two people who speak together.
func twoNames(np []token) bool {
	and := slices.IndexFunc(np, func(t token) bool { return t.lower == "and" })
	if and < 2 || and > 3 || len(np)-and-1 < 2 || len(np)-and-1 > 3 {
		return false
	}
	first, second := np[:and], np[and+1:]
	_, given1 := firstNames[strings.ToLower(first[0].bare())]
	_, given2 := firstNames[strings.ToLower(second[0].bare())]
	return given1 && given2 && nameShaped(first) && nameShaped(second)
}

// withHead widens np, read from toks[i] with a determiner and capitalised modifiers only
// ("The U.S."), to the lower-case noun after them that heads it, when a verb follows that
// noun: "The U.S. media has always claimed" is the media, not the country.
func withHead(toks []token, i int, np []token) []token {
	k := i + len(np)
	if len(np) < 2 || !determiners[np[0].lower] || !np[len(np)-1].upper || k+1 >= len(toks) {
		return np
	}
	head, verb := toks[k], toks[k+1]
	if !head.word || head.upper || len(head.lower) < 3 || determiners[head.lower] || linkers[head.lower] || complementHeads[head.lower] ||
		skipBetween[head.lower] || finiteVerb(head) || strings.HasSuffix(head.lower, "ly") || strings.HasSuffix(head.lower, "ing") {
		return np
	}
	for verb.word && skipBetween[verb.lower] && !auxiliaries[verb.lower] && k+2 < len(toks) {
		k++
		verb = toks[k+1] // "The U.S. media has always claimed"
	}
	if !finiteVerb(verb) {
		return np
	}
	return toks[i : i+len(np)+1]
}

// timeNouns head a phrase of time that may follow a description ("the nominee that year").
var timeNouns = words(`year years week weeks month months day days time night morning evening season decade century`)

// timePhrase reports whether toks[k] opens a phrase of time ("that year", "this week", "last
// month") that closes an appositive, rather than the verb of the phrase before it: "a
// testimonial to John Kerry, the Democratic nominee that year, Mr. Obama decried ..." has its
// subject after the phrase ("Trump last week invited" has it before).
func timePhrase(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].word && (determiners[toks[k].lower] || toks[k].lower == "last" || toks[k].lower == "next") &&
		toks[k+1].word && timeNouns[toks[k+1].lower] && toks[k+2].text == ","
}

// roleOfBefore widens np, a lower-case noun that toks[k+1:] opens after "of", to the role
// it completes ("the secretary of state said", "his chief of staff said"): the speaker is
// the role-holder, not the state. np is returned as it is otherwise.
func roleOfBefore(toks []token, k int, np []token) []token {
	if len(np) == 0 || np[0].upper || k < 1 || !toks[k].word || toks[k].lower != "of" || !toks[k-1].word || !roles[toks[k-1].lower] {
		return np
	}
	d := k - 1
	for d > 0 && k-d < 4 && toks[d-1].word && (modifiers[toks[d-1].lower] || determiners[toks[d-1].lower] || demonyms[toks[d-1].lower]) {
		d--
	}
	end := slices.IndexFunc(toks, func(t token) bool { return t.start == np[len(np)-1].start })
	if end < 0 {
		return np
	}
	return toks[d : end+1]
}

// openingReach bounds, in tokens, a phrase of time set off by a comma before the subject.
const openingReach = 6

// calendarWords name a day or a month.
var calendarWords = words(`monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december`)

// afterOpeningPhrase drops from toks, which open a sentence, a short phrase of time set off
// by a comma before the subject ("Just last week,", "On Monday,"): one that opens with an
// opener or an adverb and names a time, with no verb.
func afterOpeningPhrase(toks []token) []token {
	if len(toks) == 0 || !toks[0].word || !(openers[toks[0].lower] || toks[0].lower == "just") {
		return toks
	}
	timed := false
	for c := 0; c < len(toks) && c <= openingReach; c++ {
		if !toks[c].word {
			if toks[c].text == "," && timed {
				return toks[c+1:]
			}
			return toks
		}
		timed = timed || timeNouns[toks[c].lower] || calendarWords[toks[c].lower]
	}
	return toks
}

// sentenceAdverbs open a sentence before its subject, often without a comma ("Today
// Bloomberg says", "Enter The Washington Post"), besides the conjunctions ("Now", "Still").
var sentenceAdverbs = words(`today yesterday tonight tomorrow even only just thus hence
nonetheless nevertheless enter`)

// withoutLeadWords drops from a speaker's name the capitalised function words and adverbs
// that opened its sentence and were read into it ("While the State Department", "After the
// State Department", "Outside Carrier", "Now Bloomberg"): no name opens with one. An
// all-capitals word stays ("NOW", the organisation), and so does a lone word.
func withoutLeadWords(name string) string {
	rest := name
	for {
		w, after, ok := strings.Cut(rest, " ")
		if !ok || w == strings.ToUpper(w) {
			break
		}
		l := strings.ToLower(w)
		if !(conjunctions[l] || sentenceAdverbs[l] || clauseOpener(l)) {
			break
		}
		rest = after
	}
	if rest == name {
		return name
	}
	return strings.TrimPrefix(strings.TrimPrefix(rest, "the "), "The ")
}

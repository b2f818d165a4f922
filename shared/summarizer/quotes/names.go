package quotes

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// token is a word or a punctuation mark of a sentence, with its byte offsets in the paragraph.
type token struct {
	text       string
	lower      string
	start, end int
	word       bool
	upper      bool // starts with an upper-case letter
}

// tokenize splits s into tokens, keeping the period of abbreviations and initials (Mr., Lt.,
// U.S., F.) and a possessive ('s, or a plural's apostrophe) on the word.
func tokenize(s string, base int) []token {
	toks := make([]token, 0, len(s)/5+1) // about one token per five bytes of news text
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(s) {
				c, m := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) {
					j += m
					continue
				}
				// "P&G", "AT&T": an ampersand between capitals joins one name.
				if c == '&' && unicode.IsUpper(rune(s[j-1])) {
					if nc, _ := utf8.DecodeRuneInString(s[j+m:]); unicode.IsUpper(nc) {
						j += m
						continue
					}
				}
				if c == '\'' || c == '’' || c == '‘' || c == '-' || c == '.' {
					nc, _ := utf8.DecodeRuneInString(s[j+m:])
					if (unicode.IsLetter(nc) || unicode.IsDigit(nc)) && !(c == '.' && unicode.IsUpper(nc) && sentenceRunOn(s[i:j])) {
						j += m
						continue
					}
					// "RealClearPolitics’ David Byler", "the Democrats' plan": a plural's
					// possessive apostrophe, before a space and a word, stays on the word.
					if (c == '\'' || c == '’') && j > i && (s[j-1] == 's' || s[j-1] == 'S') && nc == ' ' && j+m+1 < len(s) {
						if after, _ := utf8.DecodeRuneInString(s[j+m+1:]); unicode.IsLetter(after) {
							j += m
						}
					}
				}
				break
			}
			w := s[i:j]
			// Keep the period of an abbreviation on the word.
			if j < len(s) && s[j] == '.' && (abbreviations[strings.ToLower(w)] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) || strings.Contains(w, ".")) {
				j++
				w = s[i:j]
			}
			toks = append(toks, newWord(w, base+i, base+j))
			i = j
		default:
			toks = append(toks, token{text: s[i : i+n], lower: s[i : i+n], start: base + i, end: base + i + n})
			i += n
		}
	}
	return toks
}

func newWord(w string, start, end int) token {
	r, _ := utf8.DecodeRuneInString(w)
	return token{text: w, lower: strings.ToLower(w), start: start, end: end, word: true, upper: unicode.IsUpper(r)}
}

// bare is the word without a possessive ending or abbreviation period.
func (t token) bare() string {
	w := t.text
	for _, suf := range []string{"'s", "’s", "‘s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func (t token) possessive() bool { return t.bare() != t.text }

// kind of an entity.
type kind int

const (
	person kind = iota
	organization
)

type gender int

const (
	unknownGender gender = iota
	male
	female
)

// entity is a person or organisation the article introduces.
type entity struct {
	kind     kind
	name     string          // canonical full name, as first introduced in its fullest form
	surname  string          // last name token (persons), for "Mr. Putin" and fuzzy matching
	words    map[string]bool // lower-case words describing it: "kremlin", "spokesman", "belarusian"
	acronym  string
	gender   gender
	mentions int
	first    int // index of the sentence that introduced it
}

// mention is an occurrence of an entity in a sentence.
type mention struct {
	e          *entity
	start, end int // byte offsets in the paragraph
	// speaks is set when the mention is the subject of a speech verb ("said Jake Horowitz"):
	// the likeliest antecedent of a pronoun speaker in the sentences after.
	speaks bool
}

// Limits that keep entity work linear on hostile input (thousands of capitalised words).
const (
	maxEntities        = 2000
	maxMentionsScanned = 200
)

// registry holds the article's entities and where they are mentioned.
type registry struct {
	entities []*entity
	// mentions per sentence index, in order.
	mentions map[int][]mention
	surnames map[string]*entity   // lower-case surname
	kin      map[string][]*entity // relatives of another gender under a surname (kinOf)
	names    map[string]*entity   // lower-case name and acronym
	fuzzy    map[string][]*entity // by fuzzyKeys, for misspellings
	byWord   map[string][]*entity // people by the words describing them
	// fullNames maps a last word to the first run of capitalised words ending with it, the
	// full name a person named later by surname alone was introduced with.
	fullNames map[string]string
	// quoted are the quotations of the paragraph being read: a name inside one is not a
	// mention a pronoun can refer to.
	quoted []span
	// lower holds the words the article writes in lower case somewhere ("people") and never
	// capitalised inside a sentence: one that opens a sentence is no lone surname.
	lower map[string]bool
}

// mention records m in sentence sent unless it stands inside a quotation.
func (r *registry) mention(sent int, m mention) {
	k := sort.Search(len(r.quoted), func(k int) bool { return r.quoted[k].end > m.start })
	if k < len(r.quoted) && r.quoted[k].start <= m.start {
		return
	}
	r.mentions[sent] = append(r.mentions[sent], m)
}

func newRegistry() *registry {
	return &registry{mentions: map[int][]mention{}, surnames: map[string]*entity{}, kin: map[string][]*entity{}, names: map[string]*entity{}, fuzzy: map[string][]*entity{}, byWord: map[string][]*entity{}, fullNames: map[string]string{}}
}

// fuzzyKeys are the keys a name is indexed under for misspelt look-ups: the name and each
// of its one-letter deletions. Two names within one edit share a key, and names within two
// edits often do; candidates are then checked by edit distance, so that a look-up costs a
// few map reads whatever the number of names (symmetric-delete indexing).
func fuzzyKeys(lower string) []string {
	rs := []rune(lower)
	keys := make([]string, 0, len(rs)+1)
	keys = append(keys, lower)
	buf := make([]rune, 0, len(rs))
	for i := range rs {
		if i > 0 && rs[i] == rs[i-1] {
			continue // deleting either of two equal letters gives the same key
		}
		buf = append(append(buf[:0], rs[:i]...), rs[i+1:]...)
		keys = append(keys, string(buf))
	}
	return keys
}

// maxFuzzyCandidates bounds the names checked by edit distance per key.
const maxFuzzyCandidates = 8

func (r *registry) bySurname(name string) *entity {
	lower := strings.ToLower(name)
	if e := r.surnames[lower]; e != nil {
		return e
	}
	// A later misspelling of a known name (Lukashenkko, Tsiokhanouskaya).
	if utf8.RuneCountInString(lower) < 5 {
		return nil
	}
	// The keys of fuzzyKeys, built in one buffer: a map read with string(buf) allocates not.
	var buf [64]byte
	for d := -1; d < len(lower); {
		key := buf[:0]
		if d < 0 {
			key = append(key, lower...)
		} else {
			_, n := utf8.DecodeRuneInString(lower[d:])
			key = append(append(key, lower[:d]...), lower[d+n:]...)
		}
		if d < 0 {
			d = 0
		} else {
			_, n := utf8.DecodeRuneInString(lower[d:])
			d += n
		}
		cands := r.fuzzy[string(key)]
		for _, e := range cands[:min(len(cands), maxFuzzyCandidates)] {
			limit := 1
			if len(e.surname) >= 10 {
				limit = 2
			}
			if editDistance(strings.ToLower(e.surname), lower, limit) <= limit {
				return e
			}
		}
	}
	return nil
}

func (r *registry) byName(name string) *entity { return r.names[strings.ToLower(name)] }

func (r *registry) add(e *entity) bool {
	if len(r.entities) >= maxEntities {
		return false
	}
	r.entities = append(r.entities, e)
	r.names[strings.ToLower(e.name)] = e
	if e.acronym != "" {
		r.names[strings.ToLower(e.acronym)] = e
	}
	if e.kind == person {
		lower := strings.ToLower(e.surname)
		if first := r.surnames[lower]; first != nil {
			// A relative (kinOf): the surname alone stays the first one's.
			r.kin[lower] = append(r.kin[lower], e)
			return true
		}
		r.surnames[lower] = e
		if utf8.RuneCountInString(lower) >= 5 {
			for _, k := range fuzzyKeys(lower) {
				r.fuzzy[k] = append(r.fuzzy[k], e)
			}
		}
	}
	return true
}

// addPerson records a person mention, merging it into the entity with the same surname.
func (r *registry) addPerson(nameToks []string, describe []string, g gender, sent int) *entity {
	surname := nameToks[len(nameToks)-1]
	e := r.bySurname(surname)
	if e != nil && !strings.EqualFold(e.surname, surname) && otherGivenName(e.name, nameToks) {
		e = nil // "Mike Rubino" after "Marco Rubio": a namesake, not a misspelling
	}
	if e != nil && strings.EqualFold(e.surname, surname) {
		e = r.kinOf(e, nameToks, g) // "Bill Clinton" beside "Hillary Clinton"
	}
	if e == nil && len(nameToks) == 1 {
		if full, ok := r.fullNames[strings.ToLower(surname)]; ok {
			nameToks = strings.Fields(full)
		}
	}
	if e == nil {
		e = &entity{kind: person, name: strings.Join(nameToks, " "), surname: surname, first: sent, words: map[string]bool{}}
		if !r.add(e) {
			return nil
		}
	} else if strings.EqualFold(surname, e.surname) && betterName(nameToks, strings.Fields(e.name), e.first == 0) {
		e.name = strings.Join(nameToks, " ")
		r.names[strings.ToLower(e.name)] = e
	}
	if g == unknownGender && len(nameToks) >= 2 {
		g = firstNames[strings.ToLower(nameToks[0])]
	}
	if e.gender == unknownGender {
		e.gender = g
	}
	for _, w := range describe {
		if !e.words[w] {
			e.words[w] = true
			r.byWord[w] = append(r.byWord[w], e)
		}
	}
	e.mentions++
	return e
}

// otherGivenName reports whether a full name nameToks gives another known first name than
// the known name known: another person. An initial that fits stays the same person.
func otherGivenName(known string, nameToks []string) bool {
	if len(nameToks) < 2 {
		return false
	}
	kn := strings.Fields(known)
	if len(kn) < 2 {
		return false
	}
	a, b := strings.ToLower(kn[0]), strings.ToLower(nameToks[0])
	_, ka := firstNames[a]
	_, kb := firstNames[b]
	return ka && kb && a != b
}

func (r *registry) addOrg(name, acronym string, sent int) *entity {
	e := r.byName(name)
	if e == nil && acronym != "" {
		e = r.byName(acronym)
	}
	if e == nil {
		e = &entity{kind: organization, name: name, acronym: acronym, first: sent, words: map[string]bool{}}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			e.words[strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")] = true
		}
		if !r.add(e) {
			return nil
		}
	}
	if e.acronym == "" && acronym != "" {
		e.acronym = acronym
		r.names[strings.ToLower(acronym)] = e
	}
	e.mentions++
	return e
}

// findEntities reads every sentence for people (a name with a title, honorific or role, or a
// later "Mr. X") and organisations (capitalised names with an organisation word, acronyms).
func findEntities(ctx context.Context, paras []text.Paragraph, spans []span) (*registry, error) {
	r := newRegistry()
	r.lower = lowerCaseWords(paras)
	checked := 0
	next := 0
	for pi, p := range paras {
		for next < len(spans) && spans[next].para < pi {
			next++
		}
		end := next
		for end < len(spans) && spans[end].para == pi {
			end++
		}
		r.quoted = spans[next:end]
		for _, s := range p.Sentences {
			if checked++; checked%ctxEvery == 0 {
				if err := ctx.Err(); err != nil {
					return nil, fmt.Errorf("quotes: %w", err)
				}
			}
			toks := tokenize(s.Text, s.Span.Start)
			for i := 0; i < len(toks); {
				if !toks[i].word || !(toks[i].upper || honorifics[toks[i].lower] != unknownGender) {
					i++
					continue
				}
				j := i
				for j < len(toks) && toks[j].word && (toks[j].upper || (j > i && particles[toks[j].lower] && j+1 < len(toks) && toks[j+1].upper)) {
					j++
					if toks[j-1].possessive() {
						break
					}
				}
				if j == i {
					i++
					continue
				}
				// "But Akhil Johri, the chief financial officer,": the conjunction opening the
				// sentence is no part of the name.
				if j-i > 1 && (conjunctions[toks[i].lower] || invertedOpener(toks, i)) || openerBeforeName(toks, i, j) || r.openerBeforeKnown(toks, i, j) {
					i++
				}
				i = r.readRun(toks, i, j, s.Index)
			}
		}
	}
	return r, nil
}

// readRun interprets the capitalised run toks[i:j] and returns where scanning resumes.
func (r *registry) readRun(toks []token, i, j, sent int) int {
	run := toks[i:j]
	// Organisations: a run holding an organisation word, optionally with "of"/"for the"
	// links ("Institute for the Study of War") and an acronym in brackets.
	end := j
	_, given := firstNames[strings.ToLower(run[0].bare())]
	// "Mr. Burman of the Tax Policy Center": an honorific makes a person, whatever follows.
	given = given || honorifics[run[0].lower] != unknownGender
	for end+1 < len(toks) && linkers[toks[end].lower] && !(given && len(run) >= 2 && !hasOrgWord(run)) {
		k := end
		for k < len(toks) && linkers[toks[k].lower] {
			k++
		}
		if k < len(toks) && toks[k].upper && toks[k].word {
			m := k
			for m < len(toks) && toks[m].upper && toks[m].word {
				m++
			}
			end = m
			continue
		}
		break
	}
	full := toks[i:end]
	// A title word ends an organisation's name in its complement ("Ministry of Defence"); a
	// run that ends in one with no complement is a person's titles.
	if hasOrgWord(full) && !(end == j && (isTitleWord(full[len(full)-1].lower) || titledName(run))) {
		name := joinTokens(full)
		acr := ""
		if end+2 < len(toks) && toks[end].text == "(" && toks[end+2].text == ")" && isAcronym(toks[end+1].text) {
			acr = toks[end+1].text
		}
		if e := r.addOrg(strings.TrimPrefix(name, "The "), acr, sent); e != nil {
			r.mention(sent, mention{e, full[0].start, full[len(full)-1].end, speaking(toks, i, end)})
		}
		return end
	}
	if len(run) == 1 && isAcronym(run[0].bare()) {
		if e := r.byName(run[0].bare()); e != nil {
			e.mentions++
			r.mention(sent, mention{e, run[0].start, run[0].end, speaking(toks, i, j)})
		}
		return j
	}
	// People: split the run into its leading titles and descriptors and the name after them.
	last := -1
	g := unknownGender
	for k, t := range run {
		if isTitleWord(t.lower) || demonyms[strings.ToLower(t.bare())] || roleTitle(run, k) || bornIn(t) {
			last = k
		}
		if hg := honorifics[t.lower]; hg != unknownGender {
			g = hg
		}
	}
	nameToks := r.givenNameWithin(trimNameSuffix(run[last+1:]))
	if len(nameToks) == 0 || len(nameToks) > 4 {
		return j
	}
	for _, t := range nameToks {
		if notNames[t.lower] || notNames[strings.ToLower(t.bare())] || isAcronym(t.bare()) {
			return j
		}
	}
	if len(nameToks) >= 2 && !hasOrgWord(nameToks) {
		last := strings.ToLower(nameToks[len(nameToks)-1].bare())
		if _, ok := r.fullNames[last]; !ok && len(r.fullNames) < maxEntities {
			r.fullNames[last] = joinTokens(nameToks)
		}
	}
	describe := descriptorsBefore(toks, i)
	for _, t := range run[:last+1] {
		describe = append(describe, strings.ToLower(strings.TrimSuffix(t.text, ".")))
	}
	titled := false
	for _, t := range run[:last+1] {
		titled = titled || isTitleWord(t.lower)
	}
	_, firstName := firstNames[strings.ToLower(nameToks[0].bare())]
	isPerson := titled || hasRole(describe) || firstName && len(nameToks) >= 2
	if rg, ok := relationNamed(toks, i, j, nameToks); ok && !isPerson {
		isPerson = true // "Trump's wife, Melania,"
		if g == unknownGender {
			g = rg
		}
	}
	if !isPerson {
		// An appositive role after the name: "Serhii Naev, commander of ...".
		if j+1 < len(toks) && toks[j].text == "," {
			k := j + 1
			if k < len(toks) && (determiners[toks[k].lower] || toks[k].lower == "who" || toks[k].upper && toks[k].possessive()) {
				// "..., a senior Kremlin spokesman", "..., Carson's longtime friend and adviser": a
				// role within the next few words.
				isPerson = toks[k].lower == "who"
				for m := k + 1; m < len(toks) && m <= k+5 && !isPerson; m++ {
					isPerson = roles[toks[m].lower]
				}
			} else if k < len(toks) && roles[toks[k].lower] {
				isPerson = true
			}
		}
		// A name already known by its surname ("Putin said").
		if !isPerson && r.bySurname(nameToks[len(nameToks)-1].bare()) != nil {
			isPerson = true
		}
		// Two or three capitalised words followed by a speech verb.
		v := j
		for v < len(toks) && v < j+2 && toks[v].word && (skipBetween[toks[v].lower] || adverbial(toks[v].lower)) && !toks[v].upper {
			v++ // "Cruz openly admitted", "Cruz also said", "Mendoza regularly witnessed"
		}
		_, givenOnly := firstNames[strings.ToLower(nameToks[0].bare())]
		givenOnly = givenOnly && len(nameToks) == 1 && v > j
		// Not after a preposition: "the senator from Ohio said" names a place.
		afterPrep := i > 0 && complementHeads[toks[i-1].lower] && len(nameToks) == 1
		if !isPerson && !givenOnly && !afterPrep && v < len(toks) && cueVerbs[toks[v].lower] && !toks[v].upper && !notNames[nameToks[0].lower] && !demonyms[nameToks[0].lower] {
			isPerson = true
		}
		// Two or three capitalised words opening the sentence before a verb in the past or
		// present tense ("Jane Roe plans to ...").
		if !isPerson && len(nameToks) >= 2 && len(nameToks) <= 3 && i == 0 && j < len(toks) && finiteVerb(toks[j]) && !notNames[nameToks[0].lower] {
			isPerson = true
		}
		// A lone surname opening the sentence before a verb in the past tense, past adverbs
		// ("Obama also addressed ...").
		// Also after an opening phrase: "Growing up in El Paso, Mendoza regularly witnessed".
		opening := i == 0 || i > 1 && toks[i-1].text == "," && (openers[toks[0].lower] || strings.HasSuffix(toks[0].lower, "ing"))
		if !isPerson && len(nameToks) == 1 && opening && !givenOnly && v < len(toks) && finiteVerb(toks[v]) && strings.HasSuffix(toks[v].lower, "ed") &&
			!notNames[nameToks[0].lower] && !demonyms[strings.ToLower(nameToks[0].bare())] && !strings.HasSuffix(nameToks[0].lower, "s") && len(nameToks[0].bare()) > 3 &&
			r.surnameLike(nameToks[0]) {
			isPerson = true
		}
		// Two or three capitalised words opening the sentence, then a description set off by
		// commas and a verb ("Christyn Gionfriddo, a 2009 graduate, is saddled with debt").
		if !isPerson && len(nameToks) >= 2 && len(nameToks) <= 3 && i == 0 && j+1 < len(toks) && toks[j].text == "," &&
			(toks[j+1].lower == "a" || toks[j+1].lower == "an") && !notNames[nameToks[0].lower] && !hasOrgWord(nameToks) {
			if m := appositiveEnd(toks, j); m > 0 && verbAfterAppositive(toks, j, m, finiteVerb, true) >= 0 {
				isPerson = true
			}
		}
		// Two or three capitalised words in apposition to a role or naming the author of a
		// document, whatever the first name.
		if !isPerson && len(nameToks) >= 2 && len(nameToks) <= 3 && nameShaped(nameToks) {
			if namedRole(toks, i, j) {
				isPerson = true
				describe = append(describe, descriptorsBefore(toks, i-1)...)
			} else {
				isPerson = namedSource(toks, i)
			}
		}
		// Two or three capitalised words followed by an age ("Jane Roe, 25,").
		if !isPerson && len(nameToks) >= 2 && ageAfter(toks, j) && !notNames[nameToks[0].lower] {
			isPerson = true
		}
	}
	if !isPerson {
		return j
	}
	words := make([]string, len(nameToks))
	for k, t := range nameToks {
		words[k] = t.bare()
	}
	if e := r.addPerson(words, describe, g, sent); e != nil {
		r.mention(sent, mention{e, nameToks[0].start, nameToks[len(nameToks)-1].end, speaking(toks, i, j)})
	}
	return j
}

// surnameLike reports whether t, a capitalised word opening a sentence, can be a surname
// standing alone: not a contraction ("I've"), a participle ("Having"), an adverb
// ("Recently"), a country ("China") or a word the article writes in lower case ("People").
func (r *registry) surnameLike(t token) bool {
	w := t.lower
	return !strings.ContainsAny(w, "'’") && !(len(w) > 4 && strings.HasSuffix(w, "ing")) && !adverbial(w) && !countryNames()[w] && !r.lower[w]
}

// countryNames are the one-word names of the countries of countries ("china", "germany").
var countryNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, c := range countries {
		if !strings.Contains(c, "-") {
			m[c] = true
		}
	}
	return m
})

// lowerCaseWords returns the words of paras written in lower case and never capitalised
// inside a sentence: common words. A name is capitalised wherever it stands, even in text
// that lower-cases it here and there.
func lowerCaseWords(paras []text.Paragraph) map[string]bool {
	words := map[string]bool{}
	var names []string
	for _, p := range paras {
		for _, s := range p.Sentences {
			for i, n := 0, 0; ; n++ {
				start, end := text.NextWord(s.Text, i)
				if start < 0 {
					break
				}
				if c := s.Text[start]; 'a' <= c && c <= 'z' {
					words[s.Text[start:end]] = true
				} else if 'A' <= c && c <= 'Z' && n > 0 {
					names = append(names, s.Text[start:end])
				}
				i = end
			}
		}
	}
	for _, w := range names {
		delete(words, strings.ToLower(w))
	}
	return words
}

// titledName reports whether run is a person's name after a title that names an
// institution ("Senate Majority Leader Mitch McConnell", "Supreme Court Justice Ruth Bader
// Ginsburg"): the organisation word qualifies the title, the words after it are the name.
func titledName(run []token) bool {
	k := len(run) - 2
	for k > 0 && !isTitleWord(run[k].lower) {
		k--
	}
	if k <= 0 || !hasOrgWord(run[:k]) {
		return false
	}
	name := run[k+1:]
	if len(name) > 4 || hasOrgWord(name) {
		return false
	}
	for _, t := range name {
		if !t.upper || notNames[t.lower] || isTitleWord(t.lower) || isAcronym(t.bare()) {
			return false
		}
	}
	return true
}

// adverbial reports whether w is an adverb in -ly between a subject and its verb
// ("regularly"), not a noun ending so ("family", "rally", "ally").
func adverbial(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ly") && !roles[w] && !orgWords[w] && w != "family" && w != "assembly" && w != "supply"
}

// speaking reports whether the name toks[i:j] is the subject of a speech verb: "said X",
// "X said", "X, the group's director, said".
func speaking(toks []token, i, j int) bool {
	if j < len(toks) && toks[j].word && !toks[j].upper && (roles[toks[j].lower] || modifiedRole(toks, j)) {
		return false // "Cruz spokesman Rick Tyler said": the name modifies the role
	}
	if possessiveNoun(toks, j) {
		return false
	}
	// "said Jane Roe." speaks; "said Nunberg was bound" names the subject of the speech.
	inverted := i > 0 && cueVerbs[toks[i-1].lower] && (j >= len(toks) || !toks[j].word || toks[j].upper)
	return inverted || j < len(toks) && cueVerbs[toks[j].lower] || subjectCue(toks, j-1) > 0
}

// descriptorsBefore collects the lower-case role words and demonyms right before toks[i]:
// "longtime Belarusian leader and ally" before "Alexander Lukashenko".
func descriptorsBefore(toks []token, i int) []string {
	var out []string
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		l := strings.ToLower(t.bare())
		if !t.word || !(roles[l] || demonyms[l] || modifiers[l] || titles[l] || orgWords[l] || l == "and") {
			break
		}
		out = append(out, l)
	}
	return out
}

func hasRole(words []string) bool {
	for _, w := range words {
		if roles[w] {
			return true
		}
	}
	return false
}

func hasOrgWord(toks []token) bool {
	for _, t := range toks {
		if orgWords[strings.ToLower(t.bare())] {
			return true
		}
	}
	return false
}

func isTitleWord(w string) bool {
	return titles[strings.TrimSuffix(w, ".")] || honorifics[w] != unknownGender
}

func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func joinTokens(toks []token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		if k == len(toks)-1 {
			b.WriteString(t.bare())
		} else {
			b.WriteString(t.text)
		}
	}
	return b.String()
}

// editDistance is the Levenshtein distance of a and b, stopping early past limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

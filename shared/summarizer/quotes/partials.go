package quotes

import (
	"strings"
	"unicode"

	"github.com/precis-news/precis/shared/summarizer/text"
)

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

// addressing are the lower-case pronouns of the first and second person: a speaker's words,
// which a title in capitals would capitalise.
var addressing = words(`my our me us we your you`)

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

// minReportedWords is the fewest words of a phrase that a clause reporting speech makes a
// partial quotation with no cue naming its speaker: two words are as often a term set off.
const minReportedWords = 3

// reportedClause reports whether the phrase quoted at s stands in a sentence that reports
// someone's speech before it: a verb of speech ("saying she didn't “want to contemplate”",
// "which he described as “like an open orchid”") or a personal pronoun as the subject
// ("That’s why he wanted to “go an extra step”"). subject is the last personal pronoun
// before the phrase, its zero value when there is none. It reads at most cueWindow bytes.
func reportedClause(p text.Paragraph, s span) (subject token, ok bool) {
	sent, found := sentenceAt(p, s.start)
	if !found || s.start <= sent.Span.Start {
		return token{}, false
	}
	from := max(sent.Span.Start, s.start-cueWindow)
	toks := tokenize(p.Text[from:s.start], from)
	for k, t := range toks {
		if !t.word {
			continue
		}
		if speechVerb(t) {
			ok = true
		}
		if personalSubject(t.lower) && (strings.ContainsAny(t.lower, "'’") || k+1 < len(toks) && toks[k+1].word && !toks[k+1].upper) {
			subject, ok = t, true
		}
	}
	return subject, ok
}

// reportedSpeaker resolves the pronoun that is the subject of a clause reporting speech,
// from the names of its sentence and those before it: not from the last speaker found,
// which, once every quotation is attributed, is the article's last.
func (a *attributor) reportedSpeaker(pr token, sent text.Sentence) speaker {
	if i := strings.IndexAny(pr.lower, "'’"); i > 0 {
		pr.lower = pr.lower[:i]
	}
	last := a.last
	a.last = speaker{}
	defer func() { a.last = last }()
	return a.resolve([]token{pr}, sent)
}

// speechVerb reports whether t is a cue verb or its participle ("declaring", "urging"), or
// a verb of judging ("accused", "hammering").
func speechVerb(t token) bool {
	if t.upper {
		return false
	}
	if isCue(t) || judgingVerbs[t.lower] || thinkingVerbs[t.lower] {
		return true
	}
	stem, ok := strings.CutSuffix(t.lower, "ing")
	return ok && len(stem) > 2 && (cueVerbs[stem+"ed"] || cueVerbs[stem+"s"])
}

// personalSubject reports whether w is he, she or they, or their contraction ("she’d",
// "he's"), as the subject of a clause.
func personalSubject(w string) bool {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	return w == "he" || w == "she" || w == "they"
}

// venuePrepositions put a show, a book or a paper where something is said ("told reporters
// on “Meet the Press”", "wrote in “Tough Choices”").
var venuePrepositions = words(`on in at during from`)

// afterPlacePreposition reports whether the phrase quoted at s follows a preposition of
// place: a title in capitals there is where words were said, not words said.
func afterPlacePreposition(p text.Paragraph, s span) bool {
	before := strings.TrimRightFunc(p.Text[max(0, s.start-24):s.start], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(quoteMarks, r)
	})
	i := strings.LastIndexFunc(before, unicode.IsSpace)
	return i >= 0 && venuePrepositions[before[i+1:]]
}

// markup reports whether q holds a tag or an attribute of markup left in the text
// (`<blockquote class="twitter-tweet">`, `<a href="...">`): the marks around it delimit an
// attribute's value, not someone's words.
func markup(q string) bool {
	if strings.HasPrefix(q, ">") || strings.Contains(q, "=\"") {
		return true
	}
	for i := strings.IndexByte(q, '<'); i >= 0 && i+1 < len(q); {
		if c := q[i+1]; c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return true
		}
		j := strings.IndexByte(q[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

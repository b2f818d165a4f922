package quotes

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/summarizer/text"
)

// Extract returns the direct quotations of the article, key quotes first.
func Extract(paras []text.Paragraph) []Quote {
	qs, _ := ExtractContext(context.Background(), paras)
	return qs
}

// ctxEvery is how many sentences or quotations pass between checks of the context.
const ctxEvery = 256

// ExtractContext is Extract that stops early, with the context's error, when ctx is done:
// on very long articles the stage takes long enough for a deadline to matter.
func ExtractContext(ctx context.Context, paras []text.Paragraph) ([]Quote, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	src := paras // the text as given: quotations are reported in it
	paras = doubledApostrophes(paras)
	spans := findSpans(paras)
	if len(spans) == 0 {
		return nil, nil
	}
	reg, err := findEntities(ctx, paras, spans)
	if err != nil {
		return nil, err
	}
	a := &attributor{paras: paras, reg: reg}
	type found struct {
		span
		sp       speaker
		explicit bool
		// subject is set when the speaker is the subject of the sentence the quote is in.
		subject bool
		// signs is set on the last paragraph of a pulled quotation that only names its
		// speaker: no quotation of its own.
		signs bool
	}
	all := make([]found, 0, len(spans))
	for i, s := range spans {
		if i%ctxEvery == ctxEvery-1 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("quotes: %w", err)
			}
		}
		sp, ok := a.explicit(s)
		if ok && !sp.known() {
			ok = false
		}
		if !ok {
			sp, ok = a.lateCue(s)
		}
		subject := false
		if !ok {
			sp, subject = a.subjectOf(s)
		} else if text.CountWords(paras[s.para].Text[s.start:s.end]) == 1 && !termSlot(paras[s.para].Text, s) {
			// A word quoted in reported speech whose cue has the sentence's subject as its
			// speaker is a partial quotation, whoever introduced the speaker ("Carl Icahn
			// has assured me he's going to keep it ''classy''"), unless it stands where a
			// noun or its modifier does ("Officials called the plan a “reset”").
			subj, is := a.subjectOf(s)
			subject = is && subj.e != nil && subj.e == sp.e
		}
		if sp.e != nil {
			a.last, a.lastPara = sp, s.para
		}
		all = append(all, found{span: s, sp: sp, explicit: ok, subject: subject})
	}
	// A pulled quotation signed inside its marks ("“...\nDean Baker, Center for Economic
	// and Policy Research.”"): the last paragraph names the speaker of the one before.
	for i := 0; i+1 < len(all); i++ {
		if !all[i].closeMark && !all[i+1].openMark && all[i+1].para == all[i].para+1 && !all[i].sp.known() {
			if sp, ok := a.pullSignature(all[i+1].span); ok {
				all[i].sp, all[i+1].signs = sp, true
			}
		}
	}
	// A paragraph that is a quotation and nothing else, with no speaker and no quotation
	// just before it, quotes the person the paragraphs before it are about.
	for i := range all {
		if i > 0 && all[i-1].para >= all[i].para-1 {
			continue
		}
		if !all[i].sp.known() && wholeParagraph(paras[all[i].para], all[i].span) && all[i].end >= len(strings.TrimRight(paras[all[i].para].Text, " .”\"'’")) {
			if e := a.topicBefore(all[i].span); e != nil {
				all[i].sp = speakerOf(e)
			}
		}
	}
	// A paragraph that is only a quotation, after one whose closing sentence makes someone
	// speak and whose quotations have no speaker, goes on with that voice.
	for i := range all {
		if all[i].sp.known() || all[i].continued || i > 0 && all[i-1].para == all[i].para || i > 0 && all[i-1].para == all[i].para-1 && all[i-1].sp.known() {
			continue
		}
		ps := []span{all[i].span}
		for j := i + 1; j < len(all) && all[j].para == all[i].para; j++ {
			ps = append(ps, all[j].span)
		}
		if quotesOnly(paras[all[i].para].Text, ps) {
			all[i].sp = a.speechLeadIn(all[i].span)
		}
	}
	// A quote with no cue of its own continues the one before it when it is its second half
	// ("...," X said. "...") or its next paragraph.
	for i := range all {
		if all[i].explicit || i == 0 {
			continue
		}
		prev := all[i-1]
		// A phrase quoted in reported speech whose sentence names its own subject is that
		// subject's, not the previous speaker's ("Sanders said “...”. Clinton said she had
		// “serious concerns”").
		if all[i].subject && all[i].sp.known() && !sameSentence(paras, prev.span, all[i].span) {
			continue
		}
		samePara := prev.para == all[i].para
		nextPara := prev.para == all[i].para-1 && (all[i].continued || wholeParagraph(paras[all[i].para], all[i].span) || bareLeadIn(paras[all[i].para], all[i].span))
		if (samePara || nextPara || all[i].continued) && prev.sp.known() {
			all[i].sp = prev.sp
		}
	}
	// A quotation beside a speech noun that a person owns is that person's.
	for i := range all {
		if !all[i].sp.known() && !all[i].explicit {
			if sp, ok := a.possessor(all[i].span); ok {
				all[i].sp = sp
			}
		}
	}
	// A phrase quoted inside the sentence right after an attribution goes on with its speaker.
	for i := range all {
		if !all[i].sp.known() && !all[i].explicit {
			if sp, ok := a.tailBefore(all[i].span); ok && sp.known() {
				all[i].sp = sp
			}
		}
	}
	// Quotations joined by "and" or a comma share the cue after the last of them.
	for i := len(all) - 2; i >= 0; i-- {
		if !all[i].sp.known() && all[i+1].explicit && all[i+1].sp.known() && sharedCue(paras[all[i].para].Text, all[i].span, all[i+1].span) {
			all[i].sp = all[i+1].sp
		}
	}
	// A multi-paragraph quotation attributed only at its end: carry the speaker back.
	for i := len(all) - 2; i >= 0; i-- {
		if !all[i].sp.known() && all[i].continues && all[i+1].continued && all[i+1].sp.known() {
			all[i].sp = all[i+1].sp
		}
	}
	var out []Quote
	for i, f := range all {
		if f.signs {
			continue
		}
		p := paras[f.para]
		q := p.Text[f.start:f.end]
		n := text.CountWords(q)
		if n == 0 || markup(q) {
			continue
		}
		partial := isPartial(p, f.span, q)
		if partial {
			q = strings.TrimRight(q, ".") // the sentence's period, not the speaker's
		}
		sent, _ := sentenceAt(p, f.start)
		if !f.sp.known() && n >= minReportedWords && i+1 < len(all) && coveredByNext(paras, f.span, all[i+1].span, all[i+1].explicit, q) {
			f.sp = all[i+1].sp
		}
		// A phrase of a few words quoted in a clause that reports speech is a partial
		// quotation even when no cue names its speaker; a pronoun subject names it.
		inSpeech := false
		if partial && n >= minReportedWords {
			var pr token
			if pr, inSpeech = reportedClause(p, f.span); inSpeech && !f.sp.known() && pr.word {
				f.sp = a.reportedSpeaker(pr, sent)
			}
		}
		if partial && n >= minReportedWords && !inSpeech {
			var owner speaker
			if owner, inSpeech = a.reportNounClause(p, f.span, sent); inSpeech && (!f.sp.known() || owner.known() && !f.explicit && !f.subject) {
				f.sp = owner
			}
		}
		if inSpeech && !f.sp.known() {
			f.sp = a.judgeOf(p, f.span, sent)
		}
		// A short phrase in quotes with no speech cue is a scare quote or a title, not a
		// quotation; so is a one-word partial quote.
		if !f.explicit && !f.sp.known() && n <= 4 && !hasTerminal(q) && !inSpeech {
			continue
		}
		// A phrase quoted in reported speech whose subject or cue names a speaker is a
		// partial quotation however short, unless it is a title (in capitals with a joining
		// word, or after a preposition of place: "said on “New Day”"). A single word needs a
		// speaker introduced before its sentence: "Officials called the plan a “reset”" sets
		// off a term. After a possessive, a phrase longer than a term or holding a verb is
		// quoted words ("Snowden tweeted that WikiLeaks's “hostility to even modest curation”").
		if partial && (titleCase(q) && (!f.explicit || hasJoiner(q) || afterPlacePreposition(p, f.span)) || namedTerm(p, f.span) && n <= maxTermWords && !hasFiniteVerb(q)) {
			continue
		}
		if shortTitle(q, n, f.explicit) {
			continue
		}
		known := f.sp.e != nil && f.sp.e.first < sent.Index
		if partial && n >= minReportedWords && !inSpeech && i > 0 && f.sp.known() {
			inSpeech = goesOn(paras, all[i-1].span, all[i-1].explicit, f.span)
		}
		reported := partial && (f.subject || f.explicit && (n > 1 || known) || inSpeech)
		if !f.explicit && n <= 4 && partial && !reported {
			continue
		}
		if n == 1 && partial && !reported {
			continue
		}
		typ := f.sp.typ
		if typ == "" {
			typ = Unknown
		}
		out = append(out, Quote{
			// The rewrite of doubled apostrophes keeps offsets: the same bytes of the source.
			Text: src[f.para].Text[f.start : f.start+len(q)], Speaker: withoutLeadWords(f.sp.name), SpeakerType: typ, Partial: partial,
			Paragraph: f.para, Sentence: sent.Index, Start: f.start, End: f.start + len(q),
		})
	}
	rank(out, paras, a.reg)
	return out, nil
}

// sameSentence reports whether spans a and b start in the same sentence.
func sameSentence(paras []text.Paragraph, a, b span) bool {
	if a.para != b.para {
		return false
	}
	sa, _ := sentenceAt(paras[a.para], a.start)
	sb, _ := sentenceAt(paras[b.para], b.start)
	return sa.Index == sb.Index
}

func wholeParagraph(p text.Paragraph, s span) bool {
	return strings.TrimSpace(p.Text[:s.start]) == "" || strings.TrimLeft(strings.TrimSpace(p.Text[:s.start]), "“\"") == ""
}

// bareLeadInLen bounds, in words, a lead-in that introduces a quotation without a speaker;
// bareLeadInBytes bounds it in bytes.
const (
	bareLeadInLen   = 8
	bareLeadInBytes = 120
)

// bareLeadIn reports whether the quotation s opens its paragraph after a short phrase and a
// colon with no cue of its own ("Then, later that month on CNN: “...”"): the paragraph goes
// on quoting whoever the one before quoted.
func bareLeadIn(p text.Paragraph, s span) bool {
	if s.start > bareLeadInBytes {
		return false // read no long paragraph prefix: the cost stays bounded per quote
	}
	lead := strings.TrimSpace(strings.TrimRight(p.Text[:s.start], " “\""))
	if !strings.HasSuffix(lead, ":") {
		return false
	}
	toks := tokenize(lead, 0)
	words := 0
	for _, t := range toks {
		if t.word {
			words++
			if cueVerbs[t.lower] {
				return false
			}
		}
	}
	return words <= bareLeadInLen
}

func hasTerminal(q string) bool { return strings.ContainsAny(q, ".!?") }

// isPartial tells a phrase quoted inside a sentence from a full statement: it opens mid-sentence
// after words that are not a cue, or starts in lower case.
func isPartial(p text.Paragraph, s span, q string) bool {
	r, _ := utf8.DecodeRuneInString(q)
	if unicode.IsLower(r) {
		return true
	}
	if !s.openMark || s.continued {
		return false
	}
	return midSentence(p, s.start) && !hasTerminal(strings.TrimRight(q, ".!?"))
}

// rank scores quotes and sorts them key quotes first. A key quote is a full statement of some
// length, by a known and often-mentioned speaker, on the article's main terms, early on.
func rank(qs []Quote, paras []text.Paragraph, reg *registry) {
	tf := map[string]int{}
	for _, p := range paras {
		for _, s := range p.Sentences {
			for _, t := range s.Terms {
				tf[t]++
			}
		}
	}
	maxMentions := 1
	for _, e := range reg.entities {
		maxMentions = max(maxMentions, e.mentions)
	}
	mentions := map[string]int{}
	for _, e := range reg.entities {
		mentions[e.name] = e.mentions
	}
	for i := range qs {
		q := &qs[i]
		n := float64(text.CountWords(q.Text))
		length := math.Min(n, 30) / 30
		if n > 60 {
			length *= 60 / n // very long quotes make poor pull quotes
		}
		terms := text.Terms(q.Text)
		topical := 0.0
		for _, t := range terms {
			if tf[t] > 1 {
				topical += math.Log(float64(tf[t]))
			}
		}
		if len(terms) > 0 {
			topical = math.Min(1, topical/float64(len(terms))/2)
		}
		salience := 0.2
		if q.Speaker != "" {
			salience = 0.5 + 0.5*float64(mentions[q.Speaker])/float64(maxMentions)
		}
		position := 1 - 0.4*float64(q.Paragraph)/float64(max(1, len(paras)))
		score := 0.35*length + 0.25*topical + 0.25*salience + 0.15*position
		if q.Partial {
			score *= 0.6
		}
		if q.Speaker == "" {
			score *= 0.7
		}
		q.Score = math.Round(score*1e4) / 1e4
	}
	slices.SortStableFunc(qs, func(a, b Quote) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Paragraph, b.Paragraph)
	})
}

// titleCase reports whether every word of q of four letters or more, joining words aside,
// starts with a capital, as the titles of books, shows and songs do ("Morning Joe", "Women
// Who Work", "This Week with George Stephanopoulos"). A lower-case pronoun of the first or
// second person is someone speaking, not a title.
func titleCase(q string) bool {
	caps, long := 0, 0
	for _, w := range strings.Fields(q) {
		w = strings.Trim(w, "“”\"'‘’,.:;!?()")
		r, _ := utf8.DecodeRuneInString(w)
		if addressing[w] {
			return false // "my African American": a title would capitalise "My"
		}
		if (utf8.RuneCountInString(w) < 4 || joiner(w)) && !unicode.IsUpper(r) || firstPerson(w) {
			continue
		}
		long++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return long > 0 && caps == long
}

// namedTerm reports whether the quotation stands where a name or term does, after a
// possessive ("Moscow’s “special military operation”", "MSNBC's “Morning Joe”"): a term or
// title the writer sets off, not words a speaker said.
func namedTerm(p text.Paragraph, s span) bool {
	before := strings.TrimRightFunc(p.Text[max(0, s.start-40):s.start], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(quoteMarks, r)
	})
	words := strings.Fields(before)
	if len(words) == 0 {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	if !strings.HasSuffix(last, "’s") && !strings.HasSuffix(last, "'s") {
		return false
	}
	return !contracted(last)
}

// hasJoiner reports whether q holds a lower-case joining word ("The Art of the Deal",
// "House of Cards"), which sets a title in capitals apart from a slogan or a name.
func hasJoiner(q string) bool {
	for _, w := range strings.Fields(q) {
		if joiner(w) {
			return true
		}
	}
	return false
}

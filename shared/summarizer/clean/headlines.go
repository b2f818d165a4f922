package clean

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxQuotingHeadline is the longest a headline that quotes someone runs, in characters.
const maxQuotingHeadline = 150

// quoting reports whether b quotes someone as a paragraph does. A headline quotes too
// ("‘He died in my hands’: three killed in clashes"), but it is short and does not end as
// a sentence, and a feed is made of them.
func quoting(b block) bool {
	if !b.speech {
		return false
	}
	return b.length >= maxQuotingHeadline || endsSentence(b.text) || strings.HasSuffix(b.text, ":") || strings.HasSuffix(b.text, ",")
}

// quotedHeadline reports whether b is a headline that opens with a quotation ("'Super
// union' merger plan touted"), which reads as a heading once its marks are set aside.
func (p Params) quotedHeadline(b block) bool {
	t := strings.Trim(b.text, `'"‘’“”`)
	return b.speech && !quoting(b) && t != b.text && headingLike(t, countWords(t), p.MaxHeadingWords)
}

// titleWindow is how many blocks above the body its headline is looked for in.
const titleWindow = 8

// title returns the index of the article's headline among the blocks above its body (which
// starts at firstBody), or -1 when none reads as one: of the few just above, the one that
// reads as a headline with the most words. A page's chrome between the headline and the
// body ("Key Points", "Skip to Article", a share bar's labels) is short; the headline says
// what happened. A time stamp or a byline is none.
func (p Params) title(blocks []block, firstBody int) int {
	bestWords, at := 0, -1
	for i := firstBody - 1; i >= 0 && i >= firstBody-titleWindow; i-- {
		b := blocks[i]
		n := countWords(b.text)
		if n < 2 || n > p.MaxTitleWord || n <= bestWords || !(b.heading || p.quotedHeadline(b) || headlineLike(b.text, n)) || stampOnly(b.text) || bylineLike(b.text) {
			continue
		}
		bestWords, at = n, i
	}
	// A standfirst, the sentence below the headline that sums the story up, may end without
	// a full stop: right above the body and right below a heading of some words, it gives
	// way to that heading.
	if at > 0 && at == firstBody-1 && !blocks[at].heading && blocks[at-1].heading && countWords(blocks[at-1].text) >= 3 && !stampOnly(blocks[at-1].text) {
		return at - 1
	}
	return at
}

// headlineLike reports whether t, of n words, reads as a headline longer than a heading
// may be: it opens with a capital, a digit or a quotation mark, and ends as no sentence
// and no label does; a breadcrumb ("News > Nation") or an address is none.
func headlineLike(t string, n int) bool {
	if n < 4 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, `'"‘“`))
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	switch last {
	case '.', ',', ';', ':', '…', '|':
		return false
	}
	return !strings.ContainsAny(t, ">›»@|") && !strings.Contains(t, "://")
}

// stampOnly reports whether t is only a date or a time ("19.11.2019, 08:57", "Wed, Nov 20",
// "11/20/19 6:38 AM EST"), which a page prints near its headline and is never one: every
// word is a number, a month, a weekday, "am" or "pm" or a time zone, and the numbers make
// a time, a date written in numbers, or a day with its month. A number alone ("2020 by the
// numbers", "1 By 1") is no stamp.
func stampOnly(t string) bool {
	if !strings.ContainsAny(t, "0123456789") {
		return false // as headlines mostly are
	}
	number, calendar, dated := false, false, false
	for t != "" {
		var w string
		if i := strings.IndexByte(t, ' '); i >= 0 {
			w, t = t[:i], t[i+1:]
		} else {
			w, t = t, ""
		}
		w = strings.Trim(w, ",.;:|()-–—")
		switch {
		case w == "":
		case strings.Trim(w, "0123456789./:-") == "":
			number = true
			// "08:57", "11/20/19", "19.11.2019": digits on both sides of a separator.
			if i := strings.IndexAny(w, "./:-"); i > 0 && i+1 < len(w) && isDigit(w[i+1]) {
				dated = true
			}
		case calendarWord(strings.ToLower(w)):
			calendar = true
		case len(w) <= 4 && strings.ToUpper(w) == w && !strings.ContainsAny(w, "0123456789"): // a time zone
		default:
			return false
		}
	}
	return dated || number && calendar
}

// calendarWord reports whether w, in lower case, names a month or a weekday, in full or in
// short, or is "am" or "pm".
func calendarWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	switch w {
	case "am", "pm", "a.m", "p.m", "sept":
		return true
	}
	if len(w) < 3 {
		return false
	}
	if m, ok := months[w[:3]]; ok && namePrefix(m.String(), w) {
		return true
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if namePrefix(d.String(), w) {
			return true
		}
	}
	return false
}

// namePrefix reports whether w, in lower case, opens name ("nov" and "November").
func namePrefix(name, w string) bool {
	return len(w) <= len(name) && strings.EqualFold(name[:len(w)], w)
}

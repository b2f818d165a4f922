package clean

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/dates"
	"github.com/precis-news/precis/shared/summarizer/text"
)

// headWindow is how many lines below the headline its byline and day are looked for in.
const headWindow = 6

// maxHeadCopies bounds the copies of a headline read below: a page prints it once or twice,
// and a crafted one many times.
const maxHeadCopies = 3

// headMetadata reads the author and the day off the lines below each copy of the headline
// (title) in lines, the page above the article's body. There pages print them without the
// "By" the byline patterns wait for: "Chris Davies - Nov 19, 2019, 10:31 pm CST", "Natasha
// Turak @NatashaTurak", a name above "Published 11:26 pm EST, Tuesday, November 19, 2019"
// or "5 Min Read", "Jane Doe, Staff Writer", "5:45 AM PST 11/19/2019 by Patrick Shanley".
// It fills only what is still empty. A line of capitalised words is taken for a name only
// when a handle, a role, an agency or a time stamp on the same line or the next says it is
// a byline: "Key Points" under a date is not one. A page may print its headline twice,
// above the byline and again over a gallery: each copy is read, the first first.
func headMetadata(lines []string, title string, m *article.Metadata) {
	copies := 0
	for i, t := range lines {
		if t == title && copies < maxHeadCopies {
			copies++
			below := lines[i+1:]
			below = below[:min(len(below), headWindow)]
			headLines(below, m)
		}
	}
}

// headLines reads the author and the day off lines, which are below the headline.
func headLines(lines []string, m *article.Metadata) {
	var stamps [headWindow + 1]bool // a time stamp, or the reading time a byline stands above
	for i, t := range lines {
		stamps[i] = len(t) <= maxHeadByline && (stamped(t) || !dates.Day(t, dates.OrderUnknown).IsZero() || readingTime(t))
	}
	for i, t := range lines {
		if m.Author != "" && !m.Published.IsZero() {
			return
		}
		// A header of other stories ("Most Read", "Top Stories"): the bylines and days
		// below it are theirs. A gallery's counter or a feed's time stamp goes on.
		if feedMarker(t) && !strings.ContainsAny(t, "0123456789") {
			return
		}
		if len(t) > maxHeadByline {
			continue
		}
		if m.Published.IsZero() && stamps[i] && text.CountWords(t) <= 16 && !updateLabel(t) {
			if m.Published = ParseDate(t); m.Published.IsZero() {
				// "11/19/2019", "19.11.2019"; "03/09/2026", which could be either, is left out.
				m.Published = dates.Day(t, dates.OrderUnknown)
			}
		}
		if m.Author == "" {
			m.Author = headByline(t, m.Publisher, stamps[i] || stamps[i+1], i == 0)
		}
	}
}

// updateLabel reports whether t opens with a label of the day the story changed ("Updated",
// "Last modified"): that day is not the one it was published.
func updateLabel(t string) bool {
	for _, l := range dateLabels {
		if hasPrefixFold(t, l.label) {
			return !l.published
		}
	}
	return false
}

// headByline returns the names in t when t reads as a byline: a name with a handle, with
// a role after it, with an agency after it right under the headline (first; further down
// it credits a photo), or beside a time stamp (stamped). The publisher's name (site) is
// none. It returns "" otherwise.
func headByline(t, site string, stamped, first bool) string {
	if len(t) > maxHeadByline {
		return ""
	}
	if name, ok := stampedByline(t); ok {
		t, stamped = name, true
	}
	if at := strings.LastIndexByte(t, '@'); at > 0 {
		if h := handleRE().ReplaceAllString(t, ""); h != t {
			t, stamped = h, true
		}
	}
	if head := t[:min(len(t), 16)]; strings.Contains(head, "by ") || strings.Contains(head, "By ") || strings.Contains(head, "BY ") {
		t = bylineRE().lead.ReplaceAllString(t, "") // "Posted by Michael David Smith on November 19"
	}
	// The expressions CleanByline tries cost more than the lines that are no byline, most,
	// are worth: a byline opens with a name.
	if !nameOpening(t) {
		return ""
	}
	if name, role, ok := creditedName(t); ok && (role || first) {
		t, stamped = name, true
	}
	if !stamped {
		return ""
	}
	names := CleanByline(t, site)
	// A paper's or a section's name ("Local News") is none; an agency's ("Associated Press")
	// is credited as an author.
	if names == "" || publicationWord(names) && !strings.HasSuffix(names, " Press") {
		return ""
	}
	for _, n := range SplitAuthors(names) {
		if !nameLine().MatchString(n) || strings.HasPrefix(n, "By ") || strings.HasPrefix(n, "by ") {
			return ""
		}
	}
	return names
}

// creditedName returns the names before a role or an agency that a separator sets after
// them ("Jane Doe, Staff Writer", "Jane Doe | Reuters"), and whether it is a role: such a
// line is a byline with no time stamp beside it, or, with an agency, a photo's credit.
func creditedName(t string) (name string, role, ok bool) {
	i := strings.IndexAny(t, ",|–—")
	if i < 0 {
		if i = strings.Index(t, " - "); i < 0 {
			return "", false, false
		}
	}
	name, credit := strings.TrimSpace(t[:i]), strings.Trim(t[i:], " ,|–—-")
	if credit == "" || len(credit) > 60 || publicationWord(name) {
		return "", false, false // "Local News | Staff Picks" credits no one
	}
	for _, w := range strings.Fields(strings.ToLower(credit)) {
		if roleWords[w] {
			return name, true, true
		}
	}
	return name, false, agencies[credit]
}

// agencies are the news agencies a byline credits after a reporter's name.
var agencies = map[string]bool{"Reuters": true, "Associated Press": true, "AP": true, "AFP": true,
	"Agence France-Presse": true, "Bloomberg": true, "PTI": true, "ANI": true, "IANS": true, "dpa": true,
	"UPI": true, "EFE": true, "Xinhua": true, "Kyodo": true, "ANSA": true}

// nameOpening reports whether t opens as a name does: two to five words of letters, each
// with a capital first, before anything else ("Dana Whitfield - Mar 3", "Associated Press
// November 19", "Tanza Loudenback, Business Insider"). A date line ("Published 11:26 pm",
// "Updated Tue, Nov 19") and a headline in capitals throughout do not.
func nameOpening(t string) bool {
	for _, l := range dateLabels {
		if hasPrefixFold(t, l.label) {
			return false
		}
	}
	words := 0
	for words <= maxNameOpening {
		r, n := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) {
			break
		}
		for n < len(t) && t[n] != ' ' {
			r, size := utf8.DecodeRuneInString(t[n:])
			if !unicode.IsLetter(r) && !strings.ContainsRune(".'’-", r) {
				break
			}
			n += size
		}
		words++
		if t = t[n:]; t == "" || t[0] != ' ' {
			break // the end, or a comma or a bar after the word
		}
		t = t[1:]
	}
	return words >= 2 && words <= maxNameOpening
}

// maxNameOpening is the most capitalised words a byline opens with: a name of four and a
// month after it.
const maxNameOpening = 5

// maxHeadByline is the longest line read as a byline, in bytes.
const maxHeadByline = 160

// stampedByline returns the names of a byline behind its time stamp ("5:45 AM PST
// 11/19/2019 by Patrick Shanley", "Nov 19, 2019 by Jane Doe"), which no headline is.
func stampedByline(t string) (string, bool) {
	i := strings.Index(t, " by ")
	if j := strings.Index(t, " By "); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || !stampOnly(t[:i]) {
		return "", false
	}
	return strings.TrimSpace(t[i+4:]), true
}

// bylineLike reports whether t is a byline that no headline is: one behind its time stamp,
// or "By" and a name.
func bylineLike(t string) bool {
	if _, ok := stampedByline(t); ok {
		return true
	}
	return hasPrefixFold(t, "by ") && nameOpening(strings.TrimSpace(t[3:]))
}

// readingTime reports whether t is a reading time ("5 Min Read", "3 min read"), which a
// page prints beside the byline.
func readingTime(t string) bool {
	n := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' })
	if n <= 0 || n > 3 {
		return false
	}
	rest := strings.ToLower(strings.TrimSpace(t[n:]))
	return rest == "min read" || rest == "mins read" || rest == "minute read" || rest == "minutes read"
}

// handleRE matches a social handle after a name ("Natasha Turak @NatashaTurak"), or glued to
// it by a page copied from a browser.
var handleRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s*@\w+\s*$`) })

package clean

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/article"
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
// Turak @NatashaTurak", a name above "Published 11:26 pm EST, Tuesday, November 19, 2019",
// "5:45 AM PST 11/19/2019 by Patrick Shanley". It fills only what is still empty. A line of
// capitalised words is taken for a name only when a handle, or a time stamp on the same
// line or the next, says it is a byline: "Key Points" under a date is not one. A page may
// print its headline twice, above the byline and again over a gallery: each copy is read,
// the first first.
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
	var stamps [headWindow + 1]bool
	for i, t := range lines {
		stamps[i] = len(t) <= maxHeadByline && stamped(t)
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
			m.Published = ParseDate(t)
		}
		if m.Author == "" {
			m.Author = headByline(t, m.Publisher, stamps[i] || stamps[i+1])
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

// headByline returns the names in t when t reads as a byline: a name with a handle, or a
// name beside a time stamp (stamped). The publisher's name (site) is none. It returns ""
// otherwise.
func headByline(t, site string, stamped bool) string {
	if len(t) > maxHeadByline {
		return ""
	}
	re := headBylineRE()
	if stampedByline(t) {
		t, stamped = re.dateThenBy.FindStringSubmatch(t)[1], true
	}
	if strings.IndexByte(t, '@') > 0 {
		if h := re.handle.ReplaceAllString(t, ""); h != t {
			t, stamped = h, true
		}
	}
	// The expressions CleanByline tries cost more than the lines that are no byline, most,
	// are worth: a byline opens with a name.
	if head := t[:min(len(t), 16)]; strings.Contains(head, "by ") || strings.Contains(head, "By ") || strings.Contains(head, "BY ") {
		t = bylineRE().lead.ReplaceAllString(t, "") // "Posted by Michael David Smith on November 19"
	}
	if !stamped || !nameOpening(t) {
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

// stampedByline reports whether t is a byline behind its time stamp ("5:45 AM PST
// 11/19/2019 by Patrick Shanley"), which no headline is. A number alone before the "by" is
// no stamp: "2020 by the numbers" is a headline.
func stampedByline(t string) bool {
	if t == "" || 'a' <= t[0]|0x20 && t[0]|0x20 <= 'z' { // the expression opens with no letter
		return false
	}
	if !strings.Contains(t, " by ") && !strings.Contains(t, " By ") {
		return false
	}
	re := headBylineRE()
	m := re.dateThenBy.FindStringSubmatchIndex(t)
	return m != nil && re.stamp.MatchString(t[:m[2]])
}

type headBylinePatterns struct{ dateThenBy, stamp, handle *regexp.Regexp }

var headBylineRE = sync.OnceValue(func() *headBylinePatterns {
	return &headBylinePatterns{
		// "5:45 AM PST 11/19/2019 by Patrick Shanley": a time stamp, then the byline.
		dateThenBy: regexp.MustCompile(`^[^A-Za-z]*\d[^A-Za-z]*(?:[AaPp]\.?[Mm]\.?\s+(?:[A-Z]{2,4}\s+)?[\d/.-]*\s*)?\s[Bb]y\s+(.+)$`),
		// A time ("5:45") or a whole date ("11/19/2019", "19.11.2019") in a stamp.
		stamp: regexp.MustCompile(`\d:\d\d|\d[./-]\d{1,2}[./-]\d`),
		// "Natasha Turak @NatashaTurak": a social handle after the name.
		handle: regexp.MustCompile(`\s+@\w+\s*$`),
	}
})

package clean

import (
	"github.com/precis-news/precis/shared/article"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// SplitAuthors splits a byline of several people ("A, B and C", "A; B", "A & B") into names.
func SplitAuthors(s string) []string {
	s = strings.NewReplacer(" and ", ";", " & ", ";", ", ", ";", " · ", ";").Replace(s)
	var out []string
	for _, n := range strings.Split(s, ";") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

type bylinePatterns struct {
	lead, date, agencyGlued, role, credential *regexp.Regexp
}

var bylineRE = sync.OnceValue(func() *bylinePatterns {
	return &bylinePatterns{
		lead: regexp.MustCompile(`(?i)^(?:(?:posted|written|words|story|reported)\s+)?by\s*:?\s+`),
		// A date or time after the names: "- 2019-04-10", "— November 18, 2019", "Nov. 18th 2019".
		date: regexp.MustCompile(`(?i)\s*(?:[-–—|,]\s*|\s(?:on|updated|published|posted)\s+)?(?:\d{4}-\d{2}-\d{2}|` + weekday + month + `\s+\d{1,2}|\d{1,2}\s+` + month + `\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}).*$`),
		// A news agency glued to the last name by a page that dropped the separator.
		agencyGlued: regexp.MustCompile(`(\p{Ll}|\p{Lu}{2})(` + strings.Join(gluedAgencies, "|") + `)$`),
		// A role after a comma or bar: ", AP National Security Writer", "| NJ Advance Media".
		role:       regexp.MustCompile(`(?i)\s*(?:,|\||/)\s*(?:[^,|/]*\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|media|news|press|magazine|times|post|journal|insider|daily|\.com)\b[^,|/]*)$`),
		credential: regexp.MustCompile(`(?:,\s*(?:\p{Lu}{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?))+$`),
	}
})

// gluedAgencies are the news agencies a page may run into the last name of a byline.
var gluedAgencies = []string{"Associated Press", "Reuters", "AFP", "Bloomberg"}

// endsWithAny reports whether s ends with one of suffixes.
func endsWithAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// genericBylines are credits that name no one.
var genericBylines = map[string]bool{"staff": true, "staff reports": true, "staff report": true, "staff writer": true,
	"admin": true, "administrator": true, "editor": true, "editorial staff": true, "editorial team": true, "guest": true,
	"about the author": true, "the author": true, "anonymous": true, "unknown": true, "webmaster": true, "newsroom": true}

// CleanByline reduces a byline from page metadata or text to its authors' names, joined as
// "A, B and C": it strips "By", dates, times, roles and agency suffixes, and drops a credit
// that is the site's own name (site), a CMS user name ("jdadmin") or a generic one
// ("Staff Reports"). It returns "" when no person's name is left.
func CleanByline(s, site string) string {
	re := bylineRE()
	s = strings.Join(strings.Fields(s), " ")
	s = re.lead.ReplaceAllString(s, "")
	// Each expression is tried only where what it must match is there: they are slow, and
	// most bylines hold a name and little else.
	if strings.ContainsAny(s, "0123456789") {
		s = re.date.ReplaceAllString(s, "")
	}
	if endsWithAny(s, gluedAgencies) {
		s = re.agencyGlued.ReplaceAllString(s, "$1")
	}
	for strings.ContainsAny(s, ",|/") {
		t := re.role.ReplaceAllString(s, "")
		t = re.credential.ReplaceAllString(t, "")
		if t == s || t == "" {
			break
		}
		s = t
	}
	var names []string
	for _, n := range SplitAuthors(s) {
		n = trimGluedRole(strings.Trim(n, " -–—|,;:"))
		if keepName(n, site) {
			names = append(names, fixCase(n))
		}
	}
	return JoinAuthors(names)
}

// trimGluedRole drops a job title a page ran into the name without a separator ("Meg
// James Staff Writer", "Michael Hiltzik Business Columnist"): a role word last, and the
// desk words before it, as long as two words of the name are left.
func trimGluedRole(n string) string {
	words := strings.Fields(n)
	if len(words) < 3 || !gluedRoleWord(words[len(words)-1], roleWords) {
		return n
	}
	words = words[:len(words)-1]
	for len(words) > 2 && (gluedRoleWord(words[len(words)-1], deskWords) || gluedRoleWord(words[len(words)-1], roleWords)) {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// gluedRoleWord reports whether w is one of words, capitalised as a job title is: a desk's
// credit in lower case ("Science X staff") names a team, not a person with a title.
func gluedRoleWord(w string, words map[string]bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && words[strings.ToLower(w)]
}

// deskWords qualify a role in a byline ("Senior Business Writer").
var deskWords = map[string]bool{"staff": true, "senior": true, "chief": true, "business": true, "sports": true,
	"political": true, "politics": true, "national": true, "foreign": true, "contributing": true, "special": true,
	"science": true, "health": true, "tech": true, "technology": true, "entertainment": true, "investigative": true,
	"local": true, "metro": true, "associate": true, "assistant": true, "managing": true, "executive": true,
	"deputy": true, "digital": true, "features": true, "travel": true, "food": true, "music": true, "film": true,
	"arts": true, "opinion": true, "economics": true, "finance": true, "markets": true, "white": true, "house": true,
	"security": true, "legal": true, "education": true, "environment": true, "climate": true, "culture": true}

// JoinAuthors writes names as one byline: "A", "A and B", "A, B and C".
func JoinAuthors(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// keepName reports whether n can be a person's (or an agency's) name in a byline.
func keepName(n, site string) bool {
	lower := strings.ToLower(n)
	if n == "" || genericBylines[lower] || strings.ContainsAny(n, "@/") || strings.HasPrefix(lower, "http") {
		return false
	}
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
	}
	if site != "" && (squash(n) == squash(site) || strings.Contains(squash(site), squash(n)) && len(squash(n)) >= 5) {
		return false
	}
	// A CMS user name: one word, all lower case ("jdadmin") or with digits.
	if !strings.Contains(n, " ") {
		if n == lower || strings.IndexFunc(n, unicode.IsDigit) >= 0 || strings.Contains(lower, "admin") {
			return false
		}
	}
	return len(strings.Fields(n)) <= 5
}

// fixCase writes a name given in capitals ("ROBERT BURNS") in title case; others stay.
func fixCase(n string) string {
	if strings.ToUpper(n) != n || len(strings.Fields(n)) < 2 {
		return n
	}
	words := strings.Fields(strings.ToLower(n))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// datedLead matches what stands between a byline's names and the date run into it: a
// separator, "Updated", "Published on".
var datedLead = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\s*(?:[,|/–—-]\s*)?(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s*)?(?:on\s+)?$`)
})

// maxAfterDate is the most a dated byline holds after its date ("at 8:40 AM EDT").
const maxAfterDate = 40

// bylineDated reads a byline run into its date without a separator the byline pattern
// knows ("By Anna Kovalenko October 10, 2024", "By Marcus Lee / Updated June 12, 2024"), as
// a scraper that joins a page's header lines saves it, and records both.
func bylineDated(t string, m *article.Metadata) bool {
	re := compiled()
	loc := re.dateExpr.FindStringIndex(t)
	if loc == nil || loc[0] == 0 || len(t)-loc[1] > maxAfterDate || !dateTail(strings.Fields(t[loc[1]:])) {
		return false // a sentence goes on after the date ("By Labor Day September 2, 2024 most of")
	}
	match := bylineMatch(datedLead().ReplaceAllString(t[:loc[0]], ""))
	if match == nil || match[2] != "" {
		return false
	}
	if m.Author == "" {
		m.Author = strings.TrimSpace(match[1])
	}
	if m.Published.IsZero() {
		m.Published = ParseDate(t[loc[0]:])
	}
	return true
}

// headerLines reports whether a paragraph is a page's header lines set one under another (a
// headline, its byline, its date) rather than one paragraph: a line after the first is a
// byline or a date on its own, and the line after it, if any, does not run on from it in
// lower case. A wrapped paragraph's lines run on from one another and seldom hold either; when
// one does ("with the\nJune 12, 2024\ndeadline met"), the sentence goes on under it.
func headerLines(para string) bool {
	para = strings.TrimSpace(para)
	first := strings.IndexByte(para, '\n')
	if first < 0 {
		return false
	}
	found := false // the line before is a byline or a date
	for l := range lines(para[first+1:]) {
		if l = squeeze(l); l == "" {
			continue
		}
		if found {
			if r, _ := utf8.DecodeRuneInString(l); !unicode.IsLower(r) {
				return true
			}
		}
		found = false
		switch {
		case len(l) > maxBoilerplateLen:
		case bylineStart(l):
			found = bylineMatch(l) != nil || hasYear(l) && bylineDated(l, new(article.Metadata))
		case hasYear(l) && holdsMonthOrISO(l) && dateOnly(l):
			found = true
		}
	}
	return found
}

// dateOnly reports whether line l is a date and nothing else but a time, a weekday or the
// words that go with them ("Updated June 12, 2024 at 8:40 AM EDT").
func dateOnly(l string) bool {
	loc := compiled().dateExpr.FindStringIndex(l)
	if loc == nil {
		return false
	}
	return dateTail(strings.Fields(l[:loc[0]] + " " + l[loc[1]:]))
}

// dateTail reports whether the words beside a date are a time, a weekday or the words that go
// with them: a few, none of them a lower-case word but dateWords.
func dateTail(rest []string) bool {
	if len(rest) > 4 {
		return false
	}
	for _, w := range rest {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !dateWords[strings.Trim(w, ".,:")] {
			return false
		}
	}
	return true
}

// dateWords are the lower-case words a line holding only a date may have beside it.
var dateWords = map[string]bool{"at": true, "on": true, "updated": true, "published": true, "posted": true, "am": true, "pm": true, "a.m": true, "p.m": true}

// bylineMatch is the byline pattern's match of line t, or nil: none, or the name it reads is a
// day ("By Monday, the river had risen", "By Election Day"), which says when and not who.
func bylineMatch(t string) []string {
	m := compiled().bylineLine.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	// A day written after the names without a separator ("By Jane Doe Monday, November
	// 18, 2019") is no part of them.
	names := strings.Fields(m[1])
	for len(names) > 1 && calendarWords[strings.ToLower(strings.Trim(names[len(names)-1], ".,'’"))] {
		names = names[:len(names)-1]
	}
	m[1] = strings.Join(names, " ")
	for _, w := range names {
		if !calendarWords[strings.ToLower(strings.Trim(w, ".,'’"))] {
			return m
		}
	}
	return nil
}

// calendarWords name days and times of year; a name made of nothing else is a day.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"christmas": true, "easter": true, "thanksgiving": true, "halloween": true, "ramadan": true, "passover": true,
	"hanukkah": true, "diwali": true, "election": true, "labor": true, "labour": true, "memorial": true,
	"independence": true, "veterans": true, "day": true, "eve": true, "night": true, "morning": true,
	"afternoon": true, "evening": true, "weekend": true, "noon": true, "midnight": true, "today": true,
	"tomorrow": true, "tonight": true, "then": true, "now": true,
}

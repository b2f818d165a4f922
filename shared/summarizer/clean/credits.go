package clean

import (
	"strings"
	"unicode"

	"github.com/precis-news/precis/shared/article"
)

// A byline or a dateline often carries more than one credit: "By Jane Doe, Riverside
// Gazette, March 3, 2025" or "Sam Reed | Coastal Herald | Jan. 12, 2025". The names come
// first, the publisher next, the date last, the order news pages use.

// bylineTail records what follows a byline's names: the day, and the publication before it
// when its name says it is one ("Riverside Gazette", "Cleveland.com"; a further author or a
// role does not).
func bylineTail(tail string, m *article.Metadata) {
	if tail == "" {
		return
	}
	pub := tail
	if loc := compiled().dateExpr.FindStringIndex(tail); loc != nil {
		if m.Published.IsZero() {
			m.Published = ParseDate(tail)
		}
		pub = tail[:loc[0]]
	}
	if pub = strings.Trim(pub, " ,;|-–—"); m.Publisher == "" && publisherName(pub) && publicationWord(pub) {
		m.Publisher = pub
	}
}

// publicationNouns end the names of news publications.
var publicationNouns = map[string]bool{"gazette": true, "herald": true, "times": true, "post": true, "news": true,
	"journal": true, "tribune": true, "chronicle": true, "daily": true, "press": true, "review": true,
	"observer": true, "guardian": true, "telegraph": true, "courier": true, "record": true, "register": true,
	"standard": true, "independent": true, "examiner": true, "inquirer": true, "magazine": true,
	"dispatch": true, "bulletin": true, "sentinel": true, "ledger": true, "mirror": true,
	// Sports, business and broadcast outlets ("Fox Sports", "Business Insider", "USA Today").
	"sports": true, "finance": true, "insider": true, "today": true, "weekly": true, "network": true,
	"radio": true, "tv": true, "online": true, "wire": true}

// publicationWord reports whether the name s ends as a publication's does: a publication
// noun or a web address ("Cleveland.com"), with no list of names before it.
func publicationWord(s string) bool {
	if strings.Contains(s, ",") || strings.Contains(s, " and ") || strings.Contains(s, " & ") {
		return false
	}
	words := strings.Fields(strings.ToLower(s))
	last := words[len(words)-1]
	for _, tld := range []string{".com", ".org", ".net", ".co.uk", ".news"} {
		if strings.HasSuffix(last, tld) {
			return true
		}
	}
	return publicationNouns[last]
}

// datelineCredits records the credits before a dateline's date: the publisher, and the
// author before it when there are two ("Sam Reed | Coastal Herald"). One credit is the
// author when it reads as a person's name, not a publication's ("Chris Davies - Nov 19,
// 2019", "Coastal Herald | January 12, 2025").
func datelineCredits(credits string, m *article.Metadata) {
	i := strings.LastIndexAny(credits, "|—–")
	if i < 0 {
		if names := personNames(strings.TrimRight(credits, " -")); names != nil {
			if m.Author == "" {
				m.Author = JoinAuthors(names)
			}
			return
		}
		m.Publisher = credits
		return
	}
	author, pub := strings.Trim(credits[:i], " |—–-"), strings.Trim(credits[i:], " |—–-")
	if pub == "" || !publisherName(pub) {
		m.Publisher = credits
		return
	}
	m.Publisher = pub
	if m.Author == "" && CleanByline(author, pub) == author {
		m.Author = author
	}
}

// personNames splits s into names ("Jane Doe and John Smith") when each reads as a
// person's name and none as a publication's; else it returns nil.
func personNames(s string) []string {
	names := SplitAuthors(s)
	for _, n := range names {
		if !isNameLine(n) || publicationWord(n) {
			return nil
		}
	}
	return names
}

// roleWords name a person's job in a byline, not a publication.
var roleWords = map[string]bool{"writer": true, "writers": true, "reporter": true, "reporters": true,
	"correspondent": true, "editor": true, "staff": true, "contributor": true, "columnist": true,
	"photographer": true, "producer": true, "intern": true, "analyst": true, "special": true}

// publisherName reports whether s reads as a publication's name: one to six words, the first
// capitalised, none of them a role, and not a date or a time.
func publisherName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	if r := []rune(words[0]); !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
		return false
	}
	// A date or a time the date pattern does not read ("11/19/19 06:56 AM EST").
	if strings.IndexFunc(s, unicode.IsDigit) >= 0 && strings.ContainsAny(s, "/:") {
		return false
	}
	for _, w := range words {
		if roleWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return true
}

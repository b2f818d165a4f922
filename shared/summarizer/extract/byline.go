package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
	"github.com/precis-news/precis/shared/summarizer/dates"
)

// siteNames are the names a page goes by: its publisher's name, the parts of og:site_name
// ("LinkNaija | Nigeria's popular news platform"), the JSON-LD publisher and the host name of
// its address. A byline that is one of them credits the site, not a person.
type siteNames []string

// has reports whether name is one of the site's names, a part of one, or one followed by a
// section ("CNN Business", "Telegraph Sport").
func (s siteNames) has(name string) bool {
	n := squashName(name)
	if n == "" {
		return false
	}
	words := strings.Fields(name)
	for _, site := range s {
		if site == n || len(n) >= 5 && strings.Contains(site, n) {
			return true
		}
		for k := 1; k < len(words); k++ {
			if squashName(strings.Join(words[:k], " ")) == site {
				return true
			}
		}
	}
	return false
}

// add records name, without "The" too, and, when it has a tagline after a separator, its
// first part.
func (s *siteNames) add(name string) {
	if n := squashName(name); n != "" {
		*s = append(*s, n)
	}
	if rest, ok := strings.CutPrefix(name, "The "); ok {
		s.add(rest)
	}
	for _, sep := range titleSeparators {
		if head, _, ok := strings.Cut(name, sep); ok {
			if n := squashName(head); n != "" {
				*s = append(*s, n)
			}
		}
	}
}

// addHost records the host's name without its "www." and top-level domain ("linknaija").
func (s *siteNames) addHost(u string) {
	host := hostOf(u)
	parts := strings.Split(host, ".")
	if len(parts) >= 2 {
		s.add(parts[len(parts)-2])
		s.add(strings.Join(parts[:len(parts)-1], ""))
	}
}

// squashName is a name's letters and digits, lower case: "USA TODAY" and "usatoday" agree.
func squashName(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// personNames cleans bylines into a list of names, in order, without repeats: clean.CleanByline
// strips "By", dates, roles and agency suffixes and drops CMS user names; a name that is one
// of the site's own names is dropped too.
func personNames(bylines []string, publisher string, sites siteNames) []string {
	var out []string
	seen := map[string]bool{}
	for _, b := range bylines {
		b = nameBeforeOutlet(creditLead.ReplaceAllString(strings.TrimSpace(b), ""))
		names := clean.SplitAuthors(clean.CleanByline(b, publisher))
		if !allNames(names) {
			continue
		}
		for _, n := range names {
			key := squashName(n)
			if key == "" || seen[key] || sites.has(n) || creditsNoOne(n) {
				continue
			}
			if len(names) > 1 && !strings.Contains(n, " ") && hasFullName(names) {
				continue // "Victor Tangermann, Futurism": the outlet after the person
			}
			seen[key] = true
			out = append(out, n)
		}
	}
	return out
}

// namesThenStop is a byline's names followed by a full stop and a capitalised word:
// "Finian Cunningham. Sputnik International", "Jane Moss. Updated May 2".
var namesThenStop = regexp.MustCompile(`^([^.]*\p{L}{2})\.\s+\p{Lu}`)

// abbreviations end with a full stop inside a name: "Martin Luther King Jr. Day" is not a name
// and an outlet.
var abbreviations = map[string]bool{"jr": true, "sr": true, "st": true, "dr": true, "mr": true, "mrs": true, "ms": true,
	"prof": true, "rev": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "gov": true, "sen": true,
	"rep": true, "hon": true}

// nameBeforeOutlet drops what follows a byline's names after a full stop, the outlet or a
// note ("Finian Cunningham. Sputnik International"): names are joined by commas and "and",
// and only an initial or an abbreviation ends with a full stop inside them.
func nameBeforeOutlet(b string) string {
	m := namesThenStop.FindStringSubmatch(b)
	if m == nil {
		return b
	}
	words := strings.Fields(m[1])
	if len(words) < 2 || abbreviations[strings.ToLower(words[len(words)-1])] {
		return b
	}
	return m[1]
}

// creditLead opens a credit before the names: "Analysis by", "Opinion by", "Text:", "Текст:".
var creditLead = regexp.MustCompile(`^(?i:(?:analysis|opinion|commentary|review|interview|photos?|video|text|words|story|reported|written|posted)\s+by\s*:?\s+|(?:text|texto|texte|testo|autor|auteur|author|текст|автор)\s*:\s*|(?:von|par|por|door)\s+)`)

// nameParticles are the lower-case words a person's name may hold.
var nameParticles = map[string]bool{"de": true, "da": true, "das": true, "do": true, "dos": true, "del": true, "della": true,
	"di": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "du": true, "bin": true, "al": true,
	"el": true, "ibn": true, "ten": true, "ter": true, "y": true, "e": true}

// allNames reports whether every word of the names is capitalised, particles aside: "The
// Russian and Syrian defense ministries" is a phrase, not a byline.
func allNames(names []string) bool {
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) && !nameParticles[w] {
				return false
			}
		}
	}
	return true
}

// namesAmong reports whether every one of names is in list, compared by letters and digits.
func namesAmong(names, list []string) bool {
	for _, n := range names {
		if !slices.ContainsFunc(list, func(l string) bool { return squashName(l) == squashName(n) }) {
			return false
		}
	}
	return true
}

// hasFullName reports whether one of names has two words or more.
func hasFullName(names []string) bool {
	for _, n := range names {
		if strings.Contains(strings.TrimSpace(n), " ") {
			return true
		}
	}
	return false
}

// collectiveCredits end a credit that names a desk rather than a person: "Science X staff",
// "Metro Desk", "The Editorial Team".
var collectiveCredits = map[string]bool{"staff": true, "desk": true, "team": true, "newsroom": true, "editors": true,
	"reporters": true, "bureau": true}

// editorialCredits are one-word credits of a newsroom: "Editorial", "Redaktion".
var editorialCredits = map[string]bool{"editorial": true, "redaktion": true, "redacción": true, "redazione": true,
	"rédaction": true, "redação": true, "redactie": true}

func creditsNoOne(n string) bool {
	words := strings.Fields(strings.ToLower(n))
	return len(words) > 1 && collectiveCredits[words[len(words)-1]] || len(words) == 1 && editorialCredits[words[0]]
}

// relAuthors reads the byline marked up in the body: the first link with rel=author, or
// element with itemprop=author, outside navigation, asides and footers, and its co-authors
// (the others in the same block).
func relAuthors(body *html.Node) []string {
	first := findNode(body, isAuthorMarkup)
	if first == nil {
		return nil
	}
	box := first.Parent
	for box != nil && box.Parent != nil && !blockAtoms[box.DataAtom] {
		box = box.Parent
	}
	var names []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if isAuthorMarkup(n) {
			if named := findNode(n, func(c *html.Node) bool { return strings.EqualFold(attr(c, "itemprop"), "name") }); named != nil && named != n {
				n = named
			}
			val := attr(n, "content")
			if val == "" {
				val = squash(textOf(n))
			}
			if val != "" && len(strings.Fields(val)) <= 8 {
				names = append(names, val)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	if box == nil {
		box = first
	}
	walk(box)
	return names
}

// isAuthorMarkup reports whether n marks up an author of the article and not of another story
// in a menu, sidebar or footer.
func isAuthorMarkup(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	rel := strings.Fields(strings.ToLower(attr(n, "rel")))
	prop := strings.Fields(strings.ToLower(attr(n, "itemprop")))
	if !(n.DataAtom == atom.A && contains(rel, "author")) && !contains(prop, "author") {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Head:
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// findNode returns the first node under n (n included), in document order, for which ok holds.
func findNode(n *html.Node, ok func(*html.Node) bool) *html.Node {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if ok(top) {
			return top
		}
		if top.Type == html.ElementNode && skipAtoms[top.DataAtom] {
			continue
		}
		for c := top.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return nil
}

// bylineLead opens a byline block, in the languages we read: "By", "Von", "Par", "Por", "Di",
// "Door", "Av", "Af", "Written by", "Text:".
// "Di" and "De" open Italian and Spanish surnames, so only their lower-case forms count.
var bylineLead = regexp.MustCompile(`^(?:(?i:(?:(?:posted|written|words|story|reported|text|texto|texte|testo)\s+)?(?:by|von|par|por|door|av|af)\s*:?|text:|autor(?:in)?:|auteur\s*:)|di|de)\s+(\p{Lu})`)

// bylineTail is what follows the names in a byline block: a date, "on", "publiziert am",
// "le", "|", "Updated".
var bylineTail = regexp.MustCompile(`\s+(?:\||–|—|·|•|(?:on|am|le|el|il|em|op|(?i:updated|published|posted|publiziert|veröffentlicht|publié|publicado|pubblicato|aktualisiert))\s).*$`)

// weekdayTail is a weekday left after the names once the date is cut: "X Monday,".
var weekdayTail = regexp.MustCompile(`(?i)[\s,]+(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*$|[\s,]+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\W*$`)

// bylineBlock finds the byline written in the page's text: a short block that opens with "By"
// (or its translation) followed by a name, among the eight blocks before the article's first
// paragraph, that paragraph itself (a byline readability kept) or the three after it.
func bylineBlock(blocks []article.Block, first string) string {
	at := firstIndex(blocks, first)
	if at < 0 {
		return ""
	}
	for i := max(0, at-8); i < len(blocks) && i <= at+3; i++ {
		t := blocks[i].Text
		if len(strings.Fields(t)) > 20 {
			continue
		}
		m := bylineLead.FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		names := t[m[2]:]
		if dm, ok := dates.Find(names, dates.OrderUnknown); ok {
			names = names[:dm.At]
		}
		names = weekdayTail.ReplaceAllString(bylineTail.ReplaceAllString(names, ""), "")
		if n := len(strings.Fields(names)); n > 0 && n <= 8 {
			return names
		}
	}
	return ""
}

// pageText is the text a reader sees on the page, as written and in lower case, joined from
// its blocks on first use.
type pageText struct {
	blocks      []article.Block
	text, lower string
	built       bool
}

func (p *pageText) build() {
	if p.built {
		return
	}
	var b strings.Builder
	for _, bl := range p.blocks {
		b.WriteString(bl.Text)
		b.WriteByte(' ')
	}
	p.text, p.lower, p.built = b.String(), strings.ToLower(b.String()), true
}

// shownNames keeps the names whose words (initials aside) all appear as words in the page's
// text; a word in capitals ("PTI", "AS") must appear in capitals.
func shownNames(names []string, page *pageText) []string {
	if len(names) == 0 {
		return nil
	}
	page.build()
	var out []string
	for _, n := range names {
		shown := true
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len([]rune(w)) < 2 {
				continue
			}
			if strings.ToUpper(w) == w {
				shown = hasWord(page.text, w)
			} else {
				shown = hasWord(page.lower, strings.ToLower(w))
			}
			if !shown {
				break
			}
		}
		if shown {
			out = append(out, n)
		}
	}
	return out
}

// hasWord reports whether w occurs in text between non-letters.
func hasWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (start == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after)) {
			return true
		}
		i = start + 1
	}
}

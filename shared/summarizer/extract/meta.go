package extract

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
	"github.com/precis-news/precis/shared/summarizer/dates"
)

// ldArticle is what we read of a page's JSON-LD: the article's headline, authors, date and
// publisher.
type ldArticle struct {
	Headline string
	Authors  []string
	// AuthorsByRef is set when the authors are named by reference to a Person elsewhere in
	// the graph: the profile of the CMS account that posted the page, which may not be the
	// byline the reader sees.
	AuthorsByRef bool
	Date         time.Time
	Modified     time.Time // dateModified
	Publisher    string
}

// jsonLD reads the first JSON-LD object (or @graph member) that has a headline or a
// datePublished. Authors given by reference ({"@id": ...}) are looked up among the page's
// other JSON-LD objects. A block with raw line breaks inside its strings, which many
// publishers write, is read after replacing them; other malformed blocks are skipped.
func jsonLD(root *html.Node, order dates.Order) ldArticle {
	var out ldArticle
	var objects []any
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script && strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil || json.Unmarshal([]byte(controlsToSpaces(n.FirstChild.Data)), &v) == nil {
				objects = append(objects, v)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	byID := map[string]map[string]any{}
	var index func(v any)
	index = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				index(e)
			}
		case map[string]any:
			if id, _ := x["@id"].(string); id != "" && len(x) > 1 {
				byID[id] = x
			}
			index(x["@graph"])
		}
	}
	for _, v := range objects {
		index(v)
	}
	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			head, _ := x["headline"].(string)
			date, _ := x["datePublished"].(string)
			if head == "" && date == "" {
				return
			}
			if out.Headline == "" {
				out.Headline = squash(html.UnescapeString(head))
			}
			if out.Date.IsZero() {
				if out.Date = parseDate(squash(date)); out.Date.IsZero() {
					out.Date = dates.Day(date, order)
				}
			}
			if modified, _ := x["dateModified"].(string); out.Modified.IsZero() {
				out.Modified = parseDate(squash(modified))
			}
			if len(out.Authors) == 0 {
				out.Authors = ldNames(x["author"], byID, 0, &out.AuthorsByRef)
			}
			if out.Publisher == "" {
				p, _ := resolve(x["publisher"], byID)
				if p, ok := p.(map[string]any); ok {
					out.Publisher, _ = p["name"].(string)
				}
			}
		}
	}
	for _, v := range objects {
		visit(v)
	}
	return out
}

// controlsToSpaces replaces the control characters JSON forbids inside strings (raw line
// breaks and tabs) with spaces; between tokens they are white space either way.
func controlsToSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
}

// resolve follows a JSON-LD reference ({"@id": "..."} alone) to the object it names, and says
// whether it did.
func resolve(v any, byID map[string]map[string]any) (any, bool) {
	if x, ok := v.(map[string]any); ok {
		if id, _ := x["@id"].(string); id != "" && len(x) == 1 {
			if full, ok := byID[id]; ok {
				return full, true
			}
		}
	}
	return v, false
}

// ldNames reads the names of a JSON-LD author: a string, a Person (or a reference to one, which
// sets byRef) or a list of either. Organisations are not authors.
func ldNames(v any, byID map[string]map[string]any, depth int, byRef *bool) []string {
	if depth > 3 {
		return nil
	}
	r, ref := resolve(v, byID)
	if ref {
		*byRef = true
	}
	switch x := r.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e, byID, depth+1, byRef)...)
		}
		return out
	case map[string]any:
		if t := fmt.Sprint(x["@type"]); strings.Contains(t, "Organization") {
			return nil
		}
		switch n := x["name"].(type) {
		case string:
			return []string{n}
		case []any:
			return ldNames(n, byID, depth+1, byRef)
		}
	}
	return nil
}

// headline is the page's first h1 of three words or more: the story's own headline, which
// pages write without the site name that <title> and og:title often carry.
func headline(root *html.Node) string {
	var found string
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Footer:
				return false
			case atom.H1:
				if t := squash(textOf(n)); len(strings.Fields(t)) >= 3 && len(strings.Fields(t)) <= 30 {
					found = t
					return true
				}
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(root)
	return found
}

// documentTitle is the text of the page's <title> element in its head.
func documentTitle(root *html.Node) string {
	head := findElement(root, atom.Head)
	if head == nil {
		return ""
	}
	if t := findElement(head, atom.Title); t != nil {
		return squash(textOf(t))
	}
	return ""
}

// titleSeparators end a title's site-name suffix ("Story - Site", "Story | Site").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// bestTitle chooses the article's title: the page's headline (h1, then JSON-LD) when the
// title found so far is that headline with a site name added or when they share most words;
// otherwise the title without a trailing site-name part.
func bestTitle(title, h1, ld, site string, sites siteNames) string {
	stripped := stripSite(title, site, sites)
	for _, h := range []string{h1, ld} {
		if h == "" {
			continue
		}
		if title == "" || strings.HasPrefix(title, h) || strings.EqualFold(stripped, h) || overlap(h, stripped) >= 0.6 {
			return h
		}
	}
	return stripped
}

// stripSite drops a trailing " | Site" part: one that names the site (its publisher's name
// site or one of its names, such as its address's), or is short next to what it follows.
func stripSite(title, site string, sites siteNames) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		sameSite := site != "" && (strings.Contains(strings.ToLower(tail), strings.ToLower(site)) || strings.Contains(strings.ToLower(site), strings.ToLower(tail)))
		if sameSite || sites.has(tail) || (len(strings.Fields(tail)) <= 3 && len(strings.Fields(head)) >= 4) {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// overlap is the share of a's words found in b, case-folded.
func overlap(a, b string) float64 {
	words := strings.Fields(strings.ToLower(a))
	if len(words) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(b)) {
		in[w] = true
	}
	n := 0
	for _, w := range words {
		if in[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// goodSiteName reports whether s can be a publisher's name: not a handle, not a word such as
// "Hosted" that some CMSs put in og:site_name.
func goodSiteName(s string) bool {
	return s != "" && !strings.HasPrefix(s, "@") && !strings.EqualFold(s, "hosted") && !strings.HasPrefix(s, "http")
}

// visibleDate is the date of a publication line near the top of the article ("Published:
// November 18, 2019", "By X on Nov 18, 2019"), else the date written in a short block nearest
// above the article's first paragraph (a dateline such as "November 15, 2019" or "Posted by X on Nov 18, 2019"; a
// masthead's date of the day comes earlier), else in the few blocks after it, where some
// pages put the byline.
func visibleDate(blocks []article.Block, first string, order dates.Order) time.Time {
	if t := publicationLine(blocks, first, order); !t.IsZero() {
		return t
	}
	var above, earliest time.Time
	after := -1
	for _, b := range blocks {
		var t time.Time
		if len(strings.Fields(b.Text)) <= 16 {
			t = dates.Day(b.Text, order)
		}
		switch {
		case after < 0 && first != "" && b.Text == first:
			if !t.IsZero() {
				return t // the "first paragraph" is itself the dateline
			}
			if !above.IsZero() {
				return above
			}
			after = 0
		case after >= 0:
			if after++; after > 3 {
				return time.Time{}
			}
			if !t.IsZero() {
				return t
			}
		case !t.IsZero():
			above = t
			if earliest.IsZero() {
				earliest = t
			}
		}
	}
	if after < 0 {
		return earliest // the first paragraph was not found: the page's first date
	}
	return above
}

// publishedLead opens a line that gives the article's publication date, or its byline.
var publishedLead = regexp.MustCompile(`^(?i:(?:first\s+)?(?:published|posted|publiziert|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)(?:\s+(?:on|at|am|le|el|il|em|op))?\s*:?\s|(?:by|von|par|por)\s+\p{Lu})`)

// publicationLine reads the date of the first line saying when the article was published
// (or a byline with a date) among the eight blocks before the article's first paragraph and
// the fifteen after it; the zero time when there is none.
func publicationLine(blocks []article.Block, first string, order dates.Order) time.Time {
	at := firstIndex(blocks, first)
	if at < 0 {
		return time.Time{}
	}
	for i := max(0, at-8); i < len(blocks) && i <= at+15; i++ {
		t := blocks[i].Text
		if len(strings.Fields(t)) > 24 || !publishedLead.MatchString(t) {
			continue
		}
		if d := dates.Day(t, order); !d.IsZero() {
			return d
		}
	}
	return time.Time{}
}

// markupDate reads a date the page marks up in its body: a meta or time element with
// itemprop datePublished, else the first time element (its datetime, else its text).
func markupDate(root *html.Node, order dates.Order) time.Time {
	var published, firstTime time.Time
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if !published.IsZero() {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Meta || n.DataAtom == atom.Time) {
			val := attr(n, "datetime")
			if n.DataAtom == atom.Meta {
				val = attr(n, "content")
			}
			t := parseDate(squash(val))
			if t.IsZero() && n.DataAtom == atom.Time {
				t = dates.Day(squash(textOf(n)), order)
			}
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && !t.IsZero() {
				published = t
				return
			}
			if n.DataAtom == atom.Time && firstTime.IsZero() {
				firstTime = t
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if !published.IsZero() {
		return published
	}
	return firstTime
}

// refineMetadata applies the title, byline, publisher and date rules to doc.
func refineMetadata(doc *article.Document, root *html.Node) {
	facts := readPageFacts(root)
	lang := doc.Language
	if !strings.ContainsAny(lang, "-_") && facts.locale != "" {
		lang = facts.locale // og:locale says the country: en_US, en_GB
	}
	order := orderOf(lang, facts.url)
	ld := jsonLD(root, order)
	if !goodSiteName(doc.Publisher) {
		doc.Publisher = ""
	}
	body := findElement(root, atom.Body)
	if body == nil {
		body = root
	}
	blocks := Blocks(body)
	first := ""
	for _, b := range doc.Blocks {
		if b.Kind == article.Paragraph {
			first = b.Text
			break
		}
	}
	var sites siteNames
	sites.add(doc.Publisher)
	sites.add(ld.Publisher)
	sites.add(facts.siteName)
	sites.addHost(facts.url)

	h1 := headline(root)
	head := pageMetadata(root)
	if h1 != "" && (strings.EqualFold(stripSite(documentTitle(root), doc.Publisher, sites), h1) || strings.EqualFold(stripSite(head.Title, doc.Publisher, sites), h1)) {
		// The page's own <title> (or its og:title) is its visible headline with the site
		// name: the other title and JSON-LD may carry a headline written for social media or
		// for search instead.
		doc.Title = h1
	} else {
		doc.Title = bestTitle(doc.Title, h1, ld.Headline, doc.Publisher, sites)
	}

	// Authors: the JSON-LD's, else the meta tags', else the rel=author links, else the byline
	// readability found, else a "By ..." block near the top of the text. Each is cleaned apart
	// ("By X, Staff Writer" must not swallow the next).
	// A name from meta tags or a graph's Person profile that the page never shows is a CMS
	// account ("Josh", the person who posted a press release), not a byline.
	shown := &pageText{blocks: blocks}
	authors := personNames(ld.Authors, doc.Publisher, sites)
	if ld.AuthorsByRef {
		authors = shownNames(authors, shown)
	}
	if len(authors) == 0 {
		authors = shownNames(personNames([]string{head.Author}, doc.Publisher, sites), shown)
	}
	if len(authors) == 0 {
		authors = personNames(relAuthors(body), doc.Publisher, sites)
	}
	if len(authors) == 0 {
		authors = shownNames(personNames([]string{doc.Author}, doc.Publisher, sites), shown)
	}
	// JSON-LD and meta tags often name only the first author: the byline the page shows
	// names them all.
	if shownBy := personNames([]string{bylineBlock(blocks, first)}, doc.Publisher, sites); len(authors) == 0 || len(shownBy) > len(authors) && namesAmong(authors, shownBy) {
		authors = shownBy
	}
	doc.Author = clean.JoinAuthors(authors)

	// Date: JSON-LD, the meta tags, the body's markup; then the page's own day.
	if !ld.Date.IsZero() {
		doc.Published = ld.Date
	}
	if doc.Published.IsZero() {
		doc.Published = markupDate(root, order)
	}
	if _, off := doc.Published.Zone(); off == 0 && !doc.Published.IsZero() {
		// A time in UTC: the page's wall clock, where it shows one, gives its own offset;
		// else the day in its address, when a real offset puts the time on that day.
		doc.Published = inPageOffset(doc.Published, facts.stamps, localClocks(root, facts, blocks, first, order))
		if t, ok := urlOwnDay(doc.Published, urlDay(facts.url)); ok {
			doc.Published = t
		}
	}
	// The day the reader sees in the dateline is the page's own day: metadata in UTC (or in
	// a wrong offset) can be a day off it. Unless the dateline shows the day of the last
	// update and the publication time has its own offset.
	seen := visibleDate(blocks, first, order)
	if doc.Published.IsZero() || !seen.IsZero() && sameDayOrNext(seen, doc.Published) && !updateShown(seen, doc.Published, append(facts.modified, ld.Modified)) {
		doc.Published = seen
	}
}

// updateShown reports whether the day seen in the dateline is the day of one of the page's
// modification stamps, while published, in the page's own offset, is another day.
func updateShown(seen, published time.Time, modified []time.Time) bool {
	if _, off := published.Zone(); off == 0 {
		return false // a UTC stamp's day may be the page's next day: the dateline is right
	}
	for _, m := range modified {
		if !m.IsZero() && dayOf(m).Equal(seen) {
			return true
		}
	}
	return false
}

// pageFacts are what the head says about the page beyond pageMetadata: its address, its
// locale, its og:site_name as written, and the meta tags that may hold a date.
type pageFacts struct {
	url, locale, siteName string
	dateTexts             []string
	// stamps are the machine-readable times of meta tags and time elements; modified are
	// those that say when the page was last modified.
	stamps, modified []time.Time
}

// addStamp records the machine-readable time s of a meta tag or time element named key.
func (f *pageFacts) addStamp(key, s string) {
	t := parseDate(s)
	if t.IsZero() {
		return
	}
	f.stamps = append(f.stamps, t)
	if strings.Contains(key, "modified") || strings.Contains(key, "updated") {
		f.modified = append(f.modified, t)
	}
}

func readPageFacts(root *html.Node) pageFacts {
	var f pageFacts
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				val := squash(attr(n, "content"))
				for _, key := range metaKeys(n) {
					switch {
					case key == "og:url" && f.url == "":
						f.url = val
					case key == "og:locale" && f.locale == "":
						f.locale = val
					case key == "og:site_name" && f.siteName == "":
						f.siteName = val
					case strings.Contains(key, "date") || strings.Contains(key, "time") || strings.Contains(key, "pub"):
						f.dateTexts = append(f.dateTexts, val)
						f.addStamp(key, val)
					}
				}
			case atom.Time:
				f.addStamp(strings.ToLower(attr(n, "itemprop")+" "+attr(n, "class")), squash(attr(n, "datetime")))
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && f.url == "" {
					f.url = attr(n, "href")
				}
			case atom.Script, atom.Style, atom.Noscript:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return f
}

// localClocks gathers the page's wall-clock times: meta tags in the publisher's own format,
// the text of time elements, and short blocks of text near the article's first paragraph that
// show a date with a time of day.
func localClocks(root *html.Node, facts pageFacts, blocks []article.Block, first string, order dates.Order) []dates.Mention {
	var out []dates.Mention
	add := func(s string) {
		if dm, ok := dates.LocalClock(s, order); ok {
			out = append(out, dm)
		}
	}
	for _, s := range facts.dateTexts {
		add(s)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipAtoms[n.DataAtom] && n.DataAtom != atom.Head {
				return
			}
			if n.DataAtom == atom.Time {
				add(squash(textOf(n)))
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	// Datelines stand near the article's first paragraph; the rest of the page is teasers.
	lo, hi := 0, len(blocks)
	if at := firstIndex(blocks, first); at >= 0 {
		lo, hi = max(0, at-15), min(len(blocks), at+15)
	}
	for _, b := range blocks[lo:hi] {
		if len(b.Text) <= 120 {
			add(b.Text)
		}
	}
	return out
}

// firstIndex is the index of the block that is the article's first paragraph, or -1.
func firstIndex(blocks []article.Block, first string) int {
	if first == "" {
		return -1
	}
	for i, b := range blocks {
		if b.Text == first {
			return i
		}
	}
	return -1
}

// sameDayOrNext reports whether the day of b is a's day or the day after or before it.
func sameDayOrNext(a, b time.Time) bool {
	d := dayOf(b).Sub(dayOf(a))
	return d != 0 && d >= -24*time.Hour && d <= 24*time.Hour
}

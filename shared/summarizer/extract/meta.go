package extract

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
)

// ldArticle is what we read of a page's JSON-LD: the article's headline, authors and date.
type ldArticle struct {
	Headline string
	Authors  []string
	Date     time.Time
}

// jsonLD reads the first JSON-LD object (or @graph member) that has a headline or a
// datePublished. Malformed blocks are skipped.
func jsonLD(root *html.Node) ldArticle {
	var out ldArticle
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
				out.Date = parseDate(date)
			}
			if len(out.Authors) == 0 {
				out.Authors = ldNames(x["author"])
			}
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script && strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
				visit(v)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// ldNames reads the names of a JSON-LD author: a string, a Person or a list of either.
// Organisations are not authors.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		if t, _ := x["@type"].(string); strings.Contains(t, "Organization") {
			return nil
		}
		if n, ok := x["name"].(string); ok {
			return []string{n}
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

// titleSeparators end a title's site-name suffix ("Story - Site", "Story | Site").
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// bestTitle chooses the article's title: the page's headline (h1, then JSON-LD) when the
// title found so far is that headline with a site name added or when they share most words;
// otherwise the title without a trailing site-name part.
func bestTitle(title, h1, ld, site string) string {
	stripped := stripSite(title, site)
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

// stripSite drops a trailing " | Site" part: one that names the site, or is short next to
// what it follows.
func stripSite(title, site string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		sameSite := site != "" && (strings.Contains(strings.ToLower(tail), strings.ToLower(site)) || strings.Contains(strings.ToLower(site), strings.ToLower(tail)))
		if sameSite || (len(strings.Fields(tail)) <= 3 && len(strings.Fields(head)) >= 4) {
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

// visibleDate is the date written in a short block nearest above the article's first
// paragraph (a dateline such as "November 15, 2019" or "Posted by X on Nov 18, 2019"; a
// masthead's date of the day comes earlier), else in the few blocks after it, where some
// pages put the byline.
func visibleDate(body *html.Node, first string) time.Time {
	var above, earliest time.Time
	after := -1
	for _, b := range Blocks(body) {
		var t time.Time
		if len(strings.Fields(b.Text)) <= 16 {
			t = clean.ParseDate(b.Text)
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

// markupDate reads a date the page marks up in its body: a meta or time element with
// itemprop datePublished, else the first time element (its datetime, else its text).
func markupDate(root *html.Node) time.Time {
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
				t = clean.ParseDate(squash(textOf(n)))
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
	ld := jsonLD(root)
	if !goodSiteName(doc.Publisher) {
		doc.Publisher = ""
	}
	doc.Title = bestTitle(doc.Title, headline(root), ld.Headline, doc.Publisher)
	// Each JSON-LD author is cleaned apart ("By X, Staff Writer" must not swallow the next).
	var names []string
	for _, a := range ld.Authors {
		if n := clean.CleanByline(a, doc.Publisher); n != "" {
			names = append(names, n)
		}
	}
	if len(names) > 0 {
		doc.Author = clean.JoinAuthors(names)
	} else {
		doc.Author = clean.CleanByline(doc.Author, doc.Publisher)
	}
	if !ld.Date.IsZero() {
		doc.Published = ld.Date
	}
	if doc.Published.IsZero() {
		doc.Published = markupDate(root)
	}
	body := findElement(root, atom.Body)
	if body == nil {
		body = root
	}
	first := ""
	for _, b := range doc.Blocks {
		if b.Kind == article.Paragraph {
			first = b.Text
			break
		}
	}
	// The day the reader sees in the dateline is the page's own day: metadata in UTC (or in
	// a wrong offset) can be a day off it.
	seen := visibleDate(body, first)
	if doc.Published.IsZero() || !seen.IsZero() && sameDayOrNext(seen, doc.Published) {
		doc.Published = seen
	}
}

// sameDayOrNext reports whether the day of b is a's day or the day after or before it.
func sameDayOrNext(a, b time.Time) bool {
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	d := db.Sub(da)
	return d != 0 && d >= -24*time.Hour && d <= 24*time.Hour
}

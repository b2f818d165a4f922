// Package extract finds the article in an HTML page: its body, as paragraphs and headings,
// and its metadata (title, byline, published date, site name, language).
//
// Main-content detection is readeck's go-readability (a port of Mozilla's Readability.js):
// measured on the 181-page benchmark it is within a point of go-trafilatura's F1, at a third
// of the cold-start cost. This package turns its output into article blocks.
package extract

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/clean"
)

// MaxDepth bounds element nesting. Deeper trees are legal HTML but only come from broken or
// hostile pages, and the content scorer walks them recursively.
const MaxDepth = 128

// HTML extracts the article from an HTML page (already decoded to UTF-8).
func HTML(page string) (article.Document, error) {
	page = limitDepth(page, MaxDepth)
	root, err := html.ParseWithOptions(strings.NewReader(page), html.ParseOptionEnableScripting(false))
	if err != nil {
		return article.Document{}, fmt.Errorf("extract: %w", &article.FormatError{Detail: "HTML that cannot be parsed: " + err.Error()})
	}
	flatten(root, 0)
	keepEmbeddedPosts(root)
	dropCaptions(root)
	meta := pageMetadata(root)
	parser := readability.NewParser()
	art, err := parser.ParseDocument(root, nil)
	var doc article.Document
	if err == nil && art.Node != nil {
		doc.Blocks = ContentBlocks(art.Node)
		doc.Title = squash(art.Title())
		doc.Author = squash(art.Byline())
		doc.Publisher = squash(art.SiteName())
		doc.Language = art.Language()
		if t, err := art.PublishedTime(); err == nil {
			doc.Published = t // in the page's own offset: its day is the page's day
		}
	}
	doc.Merge(meta)
	if len(doc.Blocks) == 0 {
		// Readability found no candidate: fall back to every block of the page and let the
		// plain-text cleaner decide.
		body := findElement(root, atom.Body)
		if body == nil {
			body = root
		}
		var texts []string
		for _, b := range Blocks(body) {
			texts = append(texts, b.Text)
		}
		cleaned := clean.DefaultParams.Blocks(texts)
		doc.Blocks = cleaned.Blocks
		doc.Merge(cleaned.Metadata)
	}
	if len(doc.Blocks) == 0 {
		return doc, fmt.Errorf("extract: %w: the page has no readable text", article.ErrNoText)
	}
	refineMetadata(&doc, root)
	dropTitleBlock(&doc)
	return doc, nil
}

// voidElements never have an end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true, "param": true}

// limitDepth drops the tags that nest deeper than max before parsing: the HTML parser checks
// its stack of open elements for every new one, which is quadratic on hostile nesting. Text is
// kept. Pages within the limit are returned unchanged.
func limitDepth(page string, max int) string {
	depth, deepest := 0, 0
	z := html.NewTokenizer(strings.NewReader(page))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		name, _ := z.TagName()
		switch {
		case tt == html.StartTagToken && !voidElements[string(name)]:
			depth++
			deepest = maxInt(deepest, depth)
		case tt == html.EndTagToken && depth > 0:
			depth--
		}
	}
	if deepest <= max {
		return page
	}
	var b strings.Builder
	b.Grow(len(page))
	depth, skipped := 0, 0
	z = html.NewTokenizer(strings.NewReader(page))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		name, _ := z.TagName()
		switch {
		case tt == html.StartTagToken && !voidElements[string(name)]:
			if depth >= max {
				skipped++
				b.WriteByte(' ')
				continue
			}
			depth++
		case tt == html.EndTagToken:
			if skipped > 0 {
				skipped--
				b.WriteByte(' ')
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		b.Write(z.Raw())
	}
	return b.String()
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// flatten cuts the tree below MaxDepth, moving the text of the cut part up so none is lost.
func flatten(n *html.Node, depth int) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if depth >= MaxDepth {
			text := textOf(c)
			next := c.NextSibling
			n.RemoveChild(c)
			n.InsertBefore(&html.Node{Type: html.TextNode, Data: text}, next)
			if next == nil {
				return
			}
			c = next.PrevSibling
			continue
		}
		flatten(c, depth+1)
	}
}

// textOf concatenates the text under n without recursion, so very deep chains are safe.
func textOf(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if top.Type == html.TextNode {
			b.WriteString(top.Data)
			b.WriteByte(' ')
			continue
		}
		for c := top.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return b.String()
}

// blockAtoms start a new block of text.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Table: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Figure: true, atom.Figcaption: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Main: true, atom.Nav: true, atom.Form: true, atom.Hr: true, atom.Address: true,
}

var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Head: true, atom.Canvas: true, atom.Math: true,
	atom.Figcaption: true, // captions describe pictures; they are not the article
}

// Blocks renders the text under n as blocks: one per paragraph-level element, headings apart,
// white space collapsed, two <br> in a row taken as a paragraph break. Every block is kept,
// as a naive scraper would.
func Blocks(n *html.Node) []article.Block {
	w := blockWriter{}
	w.walk(n)
	w.flush()
	return w.blocks
}

// ContentBlocks renders an extracted article's blocks like Blocks, but drops the short ones
// that are mostly link text: the menus and "more stories" lists that extraction lets through.
func ContentBlocks(n *html.Node) []article.Block {
	w := blockWriter{linkLists: true}
	w.walk(n)
	w.flush()
	return w.blocks
}

type blockWriter struct {
	blocks  []article.Block
	cur     strings.Builder
	heading bool
	brs     int
	inLink  int // depth of <a> elements
	linked  int // bytes of text inside links in the current block
	// linkLists drops short blocks that are mostly link text (menus, "more from" lists,
	// footers), jusText's link-density signal.
	linkLists bool
	// closedLabel: an inline element just closed on a bracket or a colon, as a dateline
	// ("<cite>Hong Kong (CNN Business)</cite>A muddled view") or a label does; the page's
	// style sets the next word apart, so a capital that follows gets a space.
	closedLabel bool
}

// maxLinkDensity is jusText's default: a block with more of its text in links is boilerplate.
const maxLinkDensity = 0.5

func (w *blockWriter) flush() {
	w.closedLabel = false
	raw := w.cur.String()
	text := strings.Join(strings.Fields(raw), " ")
	linked := w.linked
	w.cur.Reset()
	w.linked = 0
	if w.linkLists && text != "" && len(text) < 300 && float64(linked) > maxLinkDensity*float64(len(strings.TrimSpace(raw))) && !proseBesideLinks(text, linked) {
		text = ""
	}
	if text != "" {
		kind := article.Paragraph
		if w.heading {
			kind = article.Heading
		}
		w.blocks = append(w.blocks, article.Block{Kind: kind, Text: text})
	}
	w.heading = false
}

// tagOf is n's element atom. Readability creates elements with only their name set.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom == 0 && n.Type == html.ElementNode {
		return atom.Lookup([]byte(n.Data))
	}
	return n.DataAtom
}

func (w *blockWriter) walk(n *html.Node) {
	tag := tagOf(n)
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			w.brs = 0
		}
		if w.closedLabel && n.Data != "" {
			if r, _ := utf8.DecodeRuneInString(n.Data); unicode.IsUpper(r) {
				w.cur.WriteByte(' ')
			}
		}
		w.closedLabel = false
		w.cur.WriteString(n.Data)
		if w.inLink > 0 {
			w.linked += len(strings.TrimSpace(n.Data))
		}
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if skipAtoms[tag] || hidden(n) {
			return
		}
		if tag == atom.Br {
			w.brs++
			if w.brs >= 2 {
				w.flush()
			}
			w.cur.WriteByte(' ')
			return
		}
		if tag == atom.Img {
			return
		}
	}
	isBlock := n.Type == html.ElementNode && blockAtoms[tag]
	if isBlock {
		w.flush()
		w.brs = 0
		switch tag {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			w.heading = true
		}
	}
	if tag == atom.A {
		w.inLink++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if tag == atom.A {
		w.inLink--
	}
	if isBlock {
		w.flush()
	} else if n.Type == html.ElementNode && (tag == atom.Td || tag == atom.Span) {
		w.cur.WriteByte(' ')
	} else if n.Type == html.ElementNode {
		cur := w.cur.String()
		w.closedLabel = strings.HasSuffix(cur, ")") || strings.HasSuffix(cur, ":")
	}
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			return a.Val == "true"
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// pageMetadata reads what readability does not: the <html lang>, the article:published_time
// family of meta tags and the JSON-LD-free fallbacks for author and publisher.
func pageMetadata(root *html.Node) article.Metadata {
	var m article.Metadata
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.Language == "" {
					m.Language = attr(n, "lang")
				}
			case atom.Meta:
				val := squash(attr(n, "content"))
				// A tag may carry several names: property="article:published"
				// itemprop="datePublished dateCreated".
				for _, key := range metaKeys(n) {
					switch key {
					case "article:published_time", "article:published", "og:pubdate", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
						"pubdate", "publishdate", "publish-date", "pdate", "sailthru.date", "parsely-pub-date", "citation_publication_date":
						if m.Published.IsZero() {
							m.Published = parseDate(val)
						}
					case "author", "article:author", "dc.creator", "parsely-author", "sailthru.author":
						if m.Author == "" && !strings.HasPrefix(val, "http") {
							m.Author = val
						}
					case "og:site_name", "application-name", "publisher":
						if m.Publisher == "" && goodSiteName(val) {
							m.Publisher = val
						}
					case "og:title", "twitter:title":
						if m.Title == "" {
							m.Title = val
						}
					}
				}
			case atom.Body:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

// metaKeys are the names a meta tag goes by, lower case: its property, its name and each of
// its itemprops.
func metaKeys(n *html.Node) []string {
	keys := strings.Fields(strings.ToLower(attr(n, "itemprop")))
	for _, k := range []string{attr(n, "property"), attr(n, "name")} {
		if k != "" {
			keys = append(keys, strings.ToLower(k))
		}
	}
	return keys
}

var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "20060102",
}

func parseDate(s string) time.Time {
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// dropTitleBlock removes a leading heading that repeats the title: it is metadata, not body.
func dropTitleBlock(doc *article.Document) {
	if len(doc.Blocks) > 1 && doc.Title != "" && strings.EqualFold(doc.Blocks[0].Text, doc.Title) {
		doc.Blocks = doc.Blocks[1:]
	}
}

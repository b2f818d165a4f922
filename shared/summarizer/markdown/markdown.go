// Package markdown reads an article written in Markdown into body blocks and metadata:
// headings stay headings, formatting and link targets go, code blocks and images are dropped,
// and YAML front matter supplies title, author and date.
package markdown

import (
	"bufio"
	"regexp"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/precis-news/precis/shared/article"
)

var (
	frontMatter = regexp.MustCompile(`(?s)^---\n(.*?)\n(---|\.\.\.)\n`)
	inlineTag   = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
)

var parser = goldmark.New().Parser()

// Parse reads a Markdown document.
func Parse(src string) article.Document {
	var doc article.Document
	if m := frontMatter.FindStringSubmatchIndex(src); m != nil {
		doc.Metadata = parseFrontMatter(src[m[2]:m[3]])
		src = src[m[1]:]
	}
	source := []byte(src)
	root := parser.Parse(text.NewReader(source))
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			t := inlineText(n, source)
			if n.Level == 1 && len(doc.Blocks) == 0 && (doc.Title == "" || strings.EqualFold(doc.Title, t)) {
				doc.Title = t
			} else if t != "" {
				doc.Blocks = append(doc.Blocks, article.Block{Kind: article.Heading, Text: t})
			}
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			if t := inlineText(n, source); t != "" {
				doc.Blocks = append(doc.Blocks, article.Block{Kind: article.Paragraph, Text: t})
			}
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.ThematicBreak:
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			var b strings.Builder
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				b.Write(seg.Value(source))
			}
			if t := strings.Join(strings.Fields(inlineTag.ReplaceAllString(b.String(), " ")), " "); t != "" {
				doc.Blocks = append(doc.Blocks, article.Block{Kind: article.Paragraph, Text: t})
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return doc
}

// inlineText is the visible text of an inline container: link text without its target, no
// images, no raw HTML tags, soft line breaks as spaces.
func inlineText(n ast.Node, source []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Image, *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			b.Write(c.Segment.Value(source))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			for cc := c.FirstChild(); cc != nil; cc = cc.NextSibling() {
				if t, ok := cc.(*ast.Text); ok {
					b.Write(t.Segment.Value(source))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			b.Write(c.Label(source))
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

func parseFrontMatter(fm string) article.Metadata {
	var m article.Metadata
	sc := bufio.NewScanner(strings.NewReader(fm))
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		val = strings.Trim(strings.TrimSpace(val), `"'`)
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			m.Title = val
		case "author", "byline":
			m.Author = val
		case "publisher", "site", "site_name", "source":
			m.Publisher = val
		case "date", "published", "published_at", "pubdate":
			for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02", "January 2, 2006"} {
				if t, err := time.Parse(layout, val); err == nil {
					m.Published = t.UTC()
					break
				}
			}
		case "lang", "language":
			m.Language = val
		}
	}
	return m
}

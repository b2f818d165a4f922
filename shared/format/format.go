// Package format tells HTML, Markdown and plain text apart by their content.
package format

import (
	"regexp"
	"strings"
)

// Format is the kind of document the decoded text is.
type Format string

// The formats the pipeline reads.
const (
	Plain    Format = "text"
	HTML     Format = "html"
	Markdown Format = "markdown"
)

var (
	htmlStart = regexp.MustCompile(`(?i)^(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])`)
	htmlTag   = regexp.MustCompile(`(?i)</?(p|div|span|a|br|h[1-6]|article|section|ul|li|table|meta|title|script|style|img|strong|em)(\s[^>]*)?/?>`)

	mdHeading  = regexp.MustCompile(`(?m)^#{1,6} \S`)
	mdSetext   = regexp.MustCompile(`(?m)^\S.*\n(=+|-+)[ ]*$`)
	mdLink     = regexp.MustCompile(`!?\[[^\]\n]+\]\([^)\s]+(\s+"[^"]*")?\)`)
	mdEmphasis = regexp.MustCompile(`(\*\*|__)\S[^*_\n]*\S(\*\*|__)`)
	mdFence    = regexp.MustCompile("(?m)^(```|~~~)")
	mdList     = regexp.MustCompile(`(?m)^(\s*[-*+] |\s*\d+\. )\S`)
	mdQuote    = regexp.MustCompile(`(?m)^> \S`)
	mdFront    = regexp.MustCompile(`^---\n(\w[\w-]*: .*\n)+---\n`)
)

// Detect returns the format of text. The name's extension is only a tie-breaker: scraped
// files are often saved as .txt whatever they hold, and HTML is often saved without one.
func Detect(text, name string) Format {
	head := strings.TrimSpace(text[:min(len(text), 64<<10)])
	if htmlStart.MatchString(head) {
		return HTML
	}
	tags := len(htmlTag.FindAllStringIndex(head, 200))
	lines := strings.Count(head, "\n") + 1
	if tags >= 8 && tags*2 >= lines {
		return HTML
	}
	if mdFront.MatchString(head) {
		return Markdown
	}
	score := 0
	for _, re := range []*regexp.Regexp{mdHeading, mdSetext, mdLink, mdEmphasis, mdFence, mdQuote} {
		if re.MatchString(head) {
			score++
		}
	}
	// A list marker alone is weak: scrapes start lines with "- " or "• " too.
	if len(mdList.FindAllStringIndex(head, 3)) >= 3 {
		score++
	}
	ext := strings.ToLower(name[strings.LastIndexByte(name, '.')+1:])
	switch {
	case ext == "html" || ext == "htm" || ext == "xhtml":
		if tags > 0 {
			return HTML
		}
	case ext == "md" || ext == "markdown":
		if score >= 1 {
			return Markdown
		}
	}
	if score >= 2 {
		return Markdown
	}
	return Plain
}

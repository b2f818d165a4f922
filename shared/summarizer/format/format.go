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
	mdQuote    = regexp.MustCompile(`(?m)^> \S`)
	mdFront    = regexp.MustCompile(`^---\n(\w[\w-]*: .*\n)+---\n`)
)

// Detect returns the format of text. The name's extension is only a tie-breaker: scraped
// files are often saved as .txt whatever they hold, and HTML is often saved without one.
func Detect(text, name string) Format {
	head := strings.TrimSpace(text[:min(len(text), 16<<10)])
	tags := 0
	if strings.IndexByte(head, '<') >= 0 {
		if htmlStart.MatchString(head[:min(len(head), 2048)]) {
			return HTML
		}
		tags = len(htmlTag.FindAllStringIndex(head, 200))
	}
	lines := strings.Count(head, "\n") + 1
	if tags >= 8 && tags*2 >= lines {
		return HTML
	}
	if mdFront.MatchString(head) {
		return Markdown
	}
	score := 0
	// Each Markdown construct needs a telltale character; test for it before the regexp.
	for _, sig := range []struct {
		telltales []string
		re        *regexp.Regexp
	}{
		{[]string{"#"}, mdHeading}, {[]string{"\n==", "\n--"}, mdSetext}, {[]string{"]("}, mdLink},
		{[]string{"**", "__"}, mdEmphasis}, {[]string{"```", "~~~"}, mdFence}, {[]string{"\n> "}, mdQuote},
	} {
		for _, tt := range sig.telltales {
			if strings.Contains(head, tt) {
				if sig.re.MatchString(head) {
					score++
				}
				break
			}
		}
	}
	// A list marker alone is weak: scrapes start lines with "- " or "• " too.
	if listItems(head) >= 3 {
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

// listItems counts the lines that start like Markdown list items ("- ", "* ", "+ ", "1. ").
func listItems(s string) int {
	n := 0
	for line := range strings.Lines(s) {
		line = strings.TrimLeft(line, " ")
		digits := len(line) - len(strings.TrimLeft(line, "0123456789"))
		switch {
		case len(line) > 2 && strings.ContainsRune("-*+", rune(line[0])) && line[1] == ' ' && line[2] != ' ':
			n++
		case digits > 0 && strings.HasPrefix(line[digits:], ". "):
			n++
		}
	}
	return n
}

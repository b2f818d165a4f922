package extract_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/extract"
)

const para = "The council voted on Tuesday to approve the new budget for the city, which includes more money for schools, roads and the police, after a debate that lasted for most of the evening."

func TestDeepNestingKeepsText(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 5000) + "<p>" + para + "</p><p>" + para + "</p>" + strings.Repeat("</div>", 5000) + "</body></html>"
	doc, err := extract.HTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Blocks[0].Text, "The council voted") {
		t.Errorf("text lost under deep nesting: %+v", doc.Blocks)
	}
}

func TestHiddenScriptsAndHandlersDropped(t *testing.T) {
	page := `<html><head><title>T</title></head><body><article><p onclick="alert(1)">` + para + `</p>
<script>document.write("evil")</script><p style="display:none">hidden text</p><p>` + para + `</p></article></body></html>`
	doc, err := extract.HTML(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range doc.Blocks {
		if strings.Contains(b.Text, "evil") || strings.Contains(b.Text, "hidden text") || strings.Contains(b.Text, "alert") {
			t.Errorf("block %q holds script or hidden text", b.Text)
		}
	}
}

func TestNoTextPage(t *testing.T) {
	if _, err := extract.HTML("<html><body><img src=x><script>x()</script></body></html>"); err == nil {
		t.Error("a page without text gave no error")
	}
}

func TestBlocksHeadingsAndBreaks(t *testing.T) {
	// (With no <title>, readability takes every h2 for a copy of the title and drops it.)
	doc, err := extract.HTML("<html><head><title>Budget approved</title></head><body><article><p>" + para + "<br><br>" + para + "</p><h2>What happens next</h2><p>" + para + "</p><p>" + para + "</p></article></body></html>")
	if err != nil {
		t.Fatal(err)
	}
	want := []article.Block{{Kind: article.Paragraph, Text: para}, {Kind: article.Paragraph, Text: para}, {Kind: article.Heading, Text: "What happens next"}, {Kind: article.Paragraph, Text: para}, {Kind: article.Paragraph, Text: para}}
	if len(doc.Blocks) != len(want) {
		t.Fatalf("blocks: %+v", doc.Blocks)
	}
	for i := range want {
		if doc.Blocks[i] != want[i] {
			t.Errorf("block %d = %+v, want %+v", i, doc.Blocks[i], want[i])
		}
	}
}

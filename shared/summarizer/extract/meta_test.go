package extract_test

import (
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/article"
	"github.com/precis-news/precis/shared/summarizer/extract"
)

// newsPage writes a short news page: head holds the meta tags and JSON-LD, top what the page
// shows between its headline and its first paragraph (byline, dateline), bottom what follows
// the article.
func newsPage(lang, head, top, bottom string) string {
	body := `<p>The council voted on Tuesday to approve the new budget for the city, which includes more money for schools, roads and the police, after a debate that lasted for most of the evening.</p>
<p>Members of the public filled the chamber, and several of them spoke against the plan to close two branch libraries, which the mayor said would save the city more than a million dollars a year.</p>
<p>The budget takes effect at the start of the next fiscal year, and the council will meet again next month to decide how the money set aside for road repairs will be spent across the districts.</p>`
	return `<!DOCTYPE html><html lang="` + lang + `"><head><title>Council approves city budget - The Daily Bugle</title>` + head +
		`</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council approves city budget</h1>` +
		top + body + `</article>` + bottom + `<footer>© 2019 The Daily Bugle</footer></body></html>`
}

// readNewsPage extracts newsPage(lang, head, top, bottom); an empty lang is English.
func readNewsPage(t *testing.T, lang, head, top, bottom string) article.Document {
	t.Helper()
	if lang == "" {
		lang = "en"
	}
	doc, err := extract.HTML(newsPage(lang, head, top, bottom))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestAuthors(t *testing.T) {
	tests := []struct {
		name, lang, head, top, bottom string
		want                          string
	}{
		{
			name: "JSON-LD @graph author by reference",
			head: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"Organization","@id":"https://bugle.example/#org","name":"The Daily Bugle"},
{"@type":"NewsArticle","@id":"https://bugle.example/a#article","headline":"Council approves city budget","datePublished":"2019-11-19T09:08:46+00:00","author":{"@id":"https://bugle.example/#/person/1"}},
{"@type":["Person"],"@id":"https://bugle.example/#/person/1","name":"Lewis White"}]}</script>`,
			top:    `<p>by <a href="/author/lewis-white/">Lewis White</a></p>`,
			bottom: `<aside><p class="widget-author">by Anmol</p></aside>`,
			want:   "Lewis White",
		},
		{
			name: "JSON-LD array of Person objects",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves city budget",
"author":[{"@type":"Person","name":"Lia Eustachewich"},{"@type":"Person","name":"Yaron Steinbuch"}]}</script>`,
			top:  `<p>By Lia Eustachewich and Yaron Steinbuch</p>`,
			want: "Lia Eustachewich and Yaron Steinbuch",
		},
		{
			name: "JSON-LD with raw line breaks in its strings",
			head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves city budget\",\"articleBody\":\"The council voted.\n\nMembers of the public filled the chamber.\",\"author\":\"Nishant Kumar\"}</script>",
			top:  `<div class="bloger-name"><a href="/author/nishant-kumar/">Nishant Kumar</a></div>`,
			want: "Nishant Kumar",
		},
		{
			name: "meta author with a role",
			head: `<meta name="author" content="By Robert Burns, AP National Security Writer">`,
			top:  `<p>Robert Burns, AP National Security Writer</p>`,
			want: "Robert Burns",
		},
		{
			name: "rel=author links of two co-authors",
			top:  `<div class="meta">21/06/2014 <a rel="author" href="/a/1">Tony Carter</a> and <a rel="author" href="/a/2">Jane Moss</a> All, Books, Kit Reviews</div>`,
			want: "Tony Carter and Jane Moss",
		},
		{
			name: "byline block with a date after the names",
			top:  `<div>By Matthew Digby , Minh Do on Monday, November 18th, 2019 at 11:08 a.m.</div>`,
			want: "Matthew Digby and Minh Do",
		},
		{
			name: "byline block with a weekday left before the date",
			top:  `<div>By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT</div>`,
			want: "Mike Wuerthele and Malcolm Owen",
		},
		{
			name: "German byline block",
			lang: "de",
			top:  `<div>Von Moritz Bachmann publiziert am 30. Juli 2018</div>`,
			want: "Moritz Bachmann",
		},
		{
			name: "a byline that is the site's name is no author",
			head: `<meta name="application-name" content="Blogger"><meta name="author" content="LinkNaija"><meta property="og:url" content="http://www.linknaija.com/2018/08/a.html">`,
			top:  `<div class="post-meta"><span class="post-author">LinkNaija</span> August 08, 2018</div>`,
			want: "",
		},
		{
			name: "a CMS account the page never shows is no author",
			head: `<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"Council approves city budget","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Yoav Schumacher"}]}</script>`,
			want: "",
		},
		{
			name: "a desk's credit falls back to the byline the page shows",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves city budget","author":{"@type":"Person","name":"Science X staff"}}</script>`,
			top:  `<p class="article-byline">by European Space Agency</p>`,
			want: "European Space Agency",
		},
		{
			name: "a credit's lead is no name",
			head: `<meta name="author" content="Analysis by Chris Cillizza">`,
			top:  `<p>Analysis by Chris Cillizza, CNN Editor-at-large</p>`,
			want: "Chris Cillizza",
		},
		{
			name: "Russian credit lead",
			lang: "ru",
			head: `<meta name="author" content="Текст: Лида Буслаева">`,
			top:  `<p>Текст: Лида Буслаева</p>`,
			want: "Лида Буслаева",
		},
		{
			name: "the site's section after the person",
			head: `<meta property="og:site_name" content="CNN"><meta name="author" content="Jill Disis, CNN Business">`,
			top:  `<p>By Jill Disis, CNN Business</p>`,
			want: "Jill Disis",
		},
		{
			name: "another outlet after the person",
			head: `<meta name="author" content="Victor Tangermann, Futurism">`,
			top:  `<p>Victor Tangermann, Futurism</p>`,
			want: "Victor Tangermann",
		},
		{
			name: "a bureau's credit is no author",
			head: `<meta name="author" content="News Nation Bureau">`,
			top:  `<p>By News Nation Bureau</p>`,
			want: "",
		},
		{
			name: "a phrase is no byline",
			head: `<meta name="author" content="The Russian and Syrian defense ministries">`,
			top:  `<p>The Russian and Syrian defense ministries</p>`,
			want: "",
		},
		{
			name: "a CMS account falls back to the byline the page shows",
			head: `<meta name="author" content="KWCHCIK">`,
			top:  `<p>By Jane Moss</p>`,
			want: "Jane Moss",
		},
		{
			name: "JSON-LD names the first of the authors the byline shows",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves city budget","author":[{"@type":"Person","name":"Stefan Becket"}]}</script>`,
			top:  `<p>By Stefan Becket, Kathryn Watson, Grace Segers</p>`,
			want: "Stefan Becket, Kathryn Watson and Grace Segers",
		},
		{
			name:   "a name followed by the outlet after a full stop",
			head:   `<meta name="author" content="Finian Cunningham. Bugle International">`,
			top:    `<p>by <a rel="author" href="/authors/finian">Finian Cunningham</a></p>`,
			bottom: `<p>© Bugle International</p>`,
			want:   "Finian Cunningham",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if doc := readNewsPage(t, tt.lang, tt.head, tt.top, tt.bottom); doc.Author != tt.want {
				t.Errorf("author %q, want %q", doc.Author, tt.want)
			}
		})
	}
}

func TestOwnDay(t *testing.T) {
	tests := []struct {
		name, lang, head, top, bottom string
		want                          string
	}{
		{
			name: "JSON-LD in UTC, the publisher's local time in its own meta tag",
			head: `<meta name="sailthru.date" content="2019-11-18 20:58:46">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves city budget","datePublished":"2019-11-19T04:58:46Z"}</script>`,
			want: "2019-11-18",
		},
		{
			name: "time element in UTC whose text shows the local clock",
			head: `<meta property="article:published_time" content="2019-11-19T01:19:34.819Z">`,
			top:  `<p>Updated <time datetime="2019-11-19T14:41:32.524Z">Nov 19, 9:41 AM</time>; Posted <time datetime="2019-11-19T01:19:34.819Z">Nov 18, 8:19 PM</time></p>`,
			want: "2019-11-18",
		},
		{
			name: "the page's own offset is kept",
			head: `<meta property="article:published_time" content="2019-11-18T22:15:39-05:00">`,
			want: "2019-11-18",
		},
		{
			name: "UTC time and the day in the address",
			head: `<meta property="og:url" content="https://bugle.example/2019/11/18/council-budget/">
<meta property="article:published_time" content="2019-11-19T04:58:46Z">`,
			want: "2019-11-18",
		},
		{
			name: "a meta tag with a property and several itemprops",
			head: `<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T16:00:09.000-05:00">`,
			want: "2019-11-19",
		},
		{
			name: "non-ISO JSON-LD date",
			head: "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves city budget\",\"datePublished\":\"01:38:07 PM IST Nov 20, 2019\"}</script>",
			want: "2019-11-20",
		},
		{
			name: "German dateline",
			lang: "de",
			top:  `<div>Von Moritz Bachmann publiziert am 30. Juli 2018</div>`,
			want: "2018-07-30",
		},
		{
			name: "the publication line, not a date quoted above it",
			top:  `<blockquote>— David McKinley on Sunday, October 13th, 2019 in an article in a local newspaper</blockquote><div>By Matthew Digby on Monday, November 18th, 2019 at 11:08 a.m.</div>`,
			want: "2019-11-18",
		},
		{
			name: "ambiguous numeric date on a US page",
			lang: "en-US",
			top:  `<p class="dateline">Published 03/09/2026</p>`,
			want: "2026-03-09",
		},
		{
			name: "ambiguous numeric date on a British page",
			lang: "en-GB",
			top:  `<p class="dateline">Published 03/09/2026</p>`,
			want: "2026-09-03",
		},
		{
			name: "ambiguous numeric date on a page that does not say its country",
			lang: "en",
			top:  `<p class="dateline">Published 03/09/2026</p>`,
			want: "",
		},
		{
			name: "UTC stamps, the local clock shown only for the last update",
			head: `<meta property="article:published_time" content="2019-11-20T05:14:35Z">
<meta property="article:modified_time" content="2019-11-20T05:21:59Z">`,
			bottom: `<div><p>Share this story</p><p>Filed under City Hall</p><p>Last updated <time datetime="2019-11-20T05:21:58Z">11:21 pm CST, Tuesday, November 19, 2019</time></p></div>`,
			want:   "2019-11-19",
		},
		{
			name: "a dateline that shows the last update, a day after publication",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves city budget","datePublished":"2018-09-15T10:15:48+02:00","dateModified":"2018-09-16T10:22:22+02:00"}</script>`,
			top:  `<p class="post-text-author">By Jane Moss - 2018-09-16</p>`,
			want: "2018-09-15",
		},
		{
			name: "numeric date that can be read one way only",
			lang: "en",
			top:  `<p class="dateline">21/06/2014 Tony Carter</p>`,
			want: "2014-06-21",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := readNewsPage(t, tt.lang, tt.head, tt.top, tt.bottom)
			got := ""
			if !doc.Published.IsZero() {
				got = doc.Published.Format("2006-01-02")
			}
			if got != tt.want {
				t.Errorf("day %q (%v), want %q", got, doc.Published, tt.want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, title, h1, head, want string
	}{
		{"og:title with the site name", "", "", `<meta property="og:title" content="Council approves city budget | The Daily Bugle">`, "Council approves city budget"},
		{"og:title written for social media, <title> the headline with the site name", "", "",
			`<meta property="og:title" content="Budget row seems to be over"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget row seems to be over"}</script>`,
			"Council approves city budget"},
		{"<title> and JSON-LD written for search, og:title the headline", "Council budget bodes ill for the schools - The Daily Bugle", "",
			`<meta property="og:title" content="Council approves city budget"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council budget bodes ill for the schools"}</script>`,
			"Council approves city budget"},
		{"a short title with a site name its address names", "About bugs – Bugle Media Group", "About bugs",
			`<link rel="canonical" href="https://bugle.example/about-bugs/">`, "About bugs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := newsPage("en", tt.head, "", "")
			if tt.title != "" {
				page = strings.Replace(page, "<title>Council approves city budget - The Daily Bugle</title>", "<title>"+tt.title+"</title>", 1)
			}
			if tt.h1 != "" {
				page = strings.Replace(page, "<h1>Council approves city budget</h1>", "<h1>"+tt.h1+"</h1>", 1)
			}
			doc, err := extract.HTML(page)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.want {
				t.Errorf("title %q, want %q", doc.Title, tt.want)
			}
		})
	}
}

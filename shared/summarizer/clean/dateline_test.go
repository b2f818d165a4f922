package clean

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/precis-news/precis/shared/article"
)

// datelineRE is the expression matchDateline stands for: a dateline block, publisher and/or
// date, separated by dashes or bars, and little else; group 1 is the publisher part.
var datelineRE = regexp.MustCompile(`(?i)^[\s•·*|—–-]*(?:(.{2,60}?)\s*[|—–-]+\s*)?` + weekday + `(?:` + month + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+` + month + `,?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*(?:[|—–-]+|at)?\s*.{0,40}$`)

// TestMatchDatelineAsRegexp holds matchDateline to the regexp it stands for: the same
// verdict and the same publisher part, on hand-written datelines and on many blocks made of
// the pieces the regexp reads (marks, names in any case, ſ for s, digits, separators, line
// breaks, long runs, broken UTF-8).
func TestMatchDatelineAsRegexp(t *testing.T) {
	re := datelineRE
	check := func(s string) {
		t.Helper()
		pub, ok := matchDateline(s)
		m := re.FindStringSubmatch(s)
		if ok != (m != nil) || ok && pub != m[1] {
			t.Fatalf("matchDateline(%q) = %q, %v; the regexp gives %q", s, pub, ok, m)
		}
	}
	for _, s := range []string{
		"", "Jan 1, 2020", "Reuters - Jan 1, 2020", "• Reuters | Monday, January 1st, 2020 at 10:00",
		"— — BBC News — 2024-05-06 —", "Tue. 3 Sept. 2019", "SUNDAY DEC 03 2023", "sundec 3 2023",
		"By AP — Sat, 12 Aug 2023 | Updated", "ſept 1, 2020", "ſaturday, May 2, 2020",
		"Jan 1, 2020\nmore", "x\n - Jan 1, 2020", "- - Jan 1 2020 at", "Jan 1, 2020 atlanta and a tail that is long enough",
		"Posted Jan 1, 2020 - " + strings.Repeat("word ", 9), strings.Repeat("a", 70) + " - Jan 1, 2020",
		"Mon 2020-01-02", "2020-01-02T10:00", "March 32nd, 20201", "12 december, 2020", "\xff - May 5, 2020",
	} {
		check(s)
	}
	// The bounds: a group of 1 to 61 characters, a tail of up to 41.
	for n := range 62 {
		check(strings.Repeat("é", n) + " - Jan 1, 2020")
		check("-" + strings.Repeat("a", n) + "|May 5 2020 " + strings.Repeat("x", n))
	}
	pieces := []string{
		" ", " ", " ", "  ", "\t", "\n", "\r", "\f", "\v", "•", "·", "*", "|", "—", "–", "-", ",", ".", ":",
		"Jan", "january", "FEB", "Mar", "march", "May", "apr", "April", "jun", "June", "jul", "JULY", "aug", "August",
		"sep", "Sept", "September", "ſep", "Oct", "october", "nov", "November", "Dec", "DECEMBER", "decem",
		"mon", "Monday", "tue", "Tues", "tuesday", "thu", "Thur", "thurs", "Thursday", "wed", "Wednesday", "fri",
		"Sat", "satur", "Saturday", "ſun", "sun", "Sunday", "day", "DAY",
		"st", "nd", "rd", "th", "ſt", "at", "AT", "a", "t", "k", "\u212A",
		"1", "3", "12", "31", "123", "2020", "1999", "20201", "2020-01-02", "2020-1-2", "-01", "T",
		"Reuters", "BBC News", "By Jane Doe", "Updated", "é", "東京", "\xff", "\xe2\x80",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		var b strings.Builder
		for n := rng.IntN(14); n >= 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
	// Long blocks: the group's 60 characters and the tail's 40.
	for range 20000 {
		var b strings.Builder
		for n := rng.IntN(40); n >= 0; n-- {
			if rng.IntN(3) == 0 {
				b.WriteString(strings.Repeat("x", rng.IntN(30)))
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

// stormHeadline and stormBody are a short story under which the tests set a dateline or a
// byline.
const (
	stormHeadline = "Storm knocks out power to 40,000 homes across the county"
	stormBody     = "A fast-moving storm swept through the county on Thursday afternoon, toppling trees and power lines and leaving about 40,000 homes and businesses without electricity at its peak.\n\nThe utility said crews from three neighbouring states had been called in to help restore service. Most customers should have power back by Saturday evening, although some rural areas could wait until Monday."
)

// TestLabelledDateline: a dateline behind a label ("Published", "Posted on", "Updated:") is
// no heading and no body; the day a published label names is the story's, an update's is
// not, and a word that only opens like a label, or a label before no date, is not one.
func TestLabelledDateline(t *testing.T) {
	for _, c := range []struct {
		line, day string // day: the published day read, "" for none
	}{
		{"Published Nov. 14, 2025", "2025-11-14"},
		{"Published: 14 November 2025", "2025-11-14"},
		{"Posted on November 14, 2025", "2025-11-14"},
		{"PUBLISHED Nov 14, 2025 at 5:02 p.m. ET", "2025-11-14"},
		{"First published on 2025-11-14", "2025-11-14"},
		{"Updated Nov. 14, 2025 at 3:05 p.m.", ""},
		{"Last updated: November 14, 2025", ""},
	} {
		doc := Text(stormHeadline + "\n\nBy Sam Ortiz\n" + c.line + "\n\n" + stormBody)
		if doc.Title != stormHeadline {
			t.Errorf("%q: title %q, want the headline", c.line, doc.Title)
		}
		day := ""
		if !doc.Published.IsZero() {
			day = doc.Published.Format("2006-01-02")
		}
		if day != c.day {
			t.Errorf("%q: published %q, want %q", c.line, day, c.day)
		}
		for _, b := range doc.Blocks {
			if b.Text == c.line {
				t.Errorf("%q: kept in the body", c.line)
			}
		}
	}
	for _, line := range []string{"Postedit November 14, 2025", "Published by the county council in 2025", "Published", "Updated:"} {
		var m article.Metadata
		if labelledDateline(line, &m) || !m.Published.IsZero() {
			t.Errorf("%q read as a labelled dateline", line)
		}
	}
}

// TestBylineLongOrSplit: a byline that carries its day, time and topic is read however many
// words it runs to, a day written after its names is no part of them, and a "By" on a line
// of its own gives the name on the next.
func TestBylineLongOrSplit(t *testing.T) {
	for _, c := range []struct {
		byline, author, day string
	}{
		{"By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware", "Jason Cipriani", "2019-11-18"},
		{"By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)", "Mike Wuerthele and Malcolm Owen", "2019-11-18"},
		{"By\nSarah E. Needleman", "Sarah E. Needleman", ""},
	} {
		doc := Text("Home\nNews\nSport\nWeather\nCulture\nTravel\nFuture\nPodcasts\nVideo\nMore\nMenu\nSearch\n" + stormHeadline + "\n" + c.byline + "\n\n" + stormBody)
		day := ""
		if !doc.Published.IsZero() {
			day = doc.Published.Format("2006-01-02")
		}
		if doc.Author != c.author || day != c.day || doc.Title != stormHeadline {
			t.Errorf("%q: author %q, day %q, title %q; want %q, %q and the headline", c.byline, doc.Author, day, doc.Title, c.author, c.day)
		}
	}
}

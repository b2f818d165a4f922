// Package dates reads the dates news pages write in text: "November 18th, 2019", "18
// ноября 2019", "30. Juli 2018", "2019-11-18", "18.11.2019", "11/18/19", with the time of day
// beside them. A numeric date whose order of day and month cannot be told is left out
// rather than guessed, unless the caller knows how the page writes them.
package dates

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Order says how a page writes numeric dates such as 03/09/2026.
type Order int

// The orders a page writes numeric dates in.
const (
	OrderUnknown Order = iota // ambiguous numeric dates are left out
	DayFirst                  // 03/09/2026 is 3 September
	MonthFirst                // 03/09/2026 is 9 March
)

// Month is the month name (lower case) names in one of the languages whose pages we read, or
// an English abbreviation ("nov", "sept"); 0 when it names none.
func Month(name string) time.Month { return monthNames[name] }

// monthNames are the full month names of the languages whose pages we read, and the English
// abbreviations.
var monthNames = map[string]time.Month{
	// English
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// German
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	// French
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
	"octobre": 10, "novembre": 11, "décembre": 12,
	// Spanish
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	// Italian
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
	// Portuguese
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
	"outubro": 10, "dezembro": 12,
	// Dutch
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	// Russian, in the genitive a date uses ("18 ноября 2019")
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
	"сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}

// token is a run of digits ('d'), of letters ('w') or one other character ('p') of a
// text being read for a date; spaced says white space came before it.
type token struct {
	kind   byte
	s      string
	at     int
	spaced bool
}

// tokens splits s into tokens. Dates are found by walking tokens rather than by a
// regular expression: one that knows every month name in eight languages costs a tenth of a
// millisecond per line, and pages have hundreds of short lines.
func tokens(s string) []token {
	var out []token
	spaced := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		kind := byte('p')
		switch {
		case unicode.IsSpace(r):
			spaced = true
			i += n
			continue
		case r >= '0' && r <= '9':
			kind = 'd'
		case unicode.IsLetter(r):
			kind = 'w'
		}
		j := i + n
		for kind != 'p' && j < len(s) {
			r, m := utf8.DecodeRuneInString(s[j:])
			if kind == 'd' && !(r >= '0' && r <= '9') || kind == 'w' && !unicode.IsLetter(r) {
				break
			}
			j += m
		}
		out = append(out, token{kind, s[i:j], i, spaced})
		spaced = false
		i = j
	}
	return out
}

// Mention is a date written in text: its day (midnight UTC), whether the year was written
// (when not, the day holds year 1), the time of day written in the same text, if any, and
// where the date starts.
type Mention struct {
	// Day is the date's day at midnight UTC; its year is 1 when none was written.
	Day time.Time
	// HasYear says the year was written.
	HasYear bool
	// Clock is the time of day written with the date, when HasClock.
	Clock    time.Duration
	HasClock bool
	// Zoned says the time of day is written in UTC or with its offset.
	Zoned bool
	// At is the byte offset in the text where the date starts.
	At int
}

// ordinals follow a day's number: "18th", "1er", "30.".
var ordinals = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "er": true, "º": true, ".": true}

// Find reads the first date in s, written as 2019-11-18, 2019/11/18, November 18th, 2019,
// Nov. 18, 18 November 2019, 30. Juli 2018, 18 de noviembre de 2019, 18.11.2019 or 11/18/19,
// and the time of day in s. A numeric date whose order (day or month first) cannot be told is
// left out unless order says how the page writes them.
func Find(s string, order Order) (Mention, bool) {
	toks := tokens(s)
	// tok returns the i-th token when it is of kind and, if glued, written right after the
	// one before it.
	tok := func(i int, kind byte, glued bool) (token, bool) {
		if i >= len(toks) || toks[i].kind != kind || glued && toks[i].spaced {
			return token{}, false
		}
		return toks[i], true
	}
	isPunct := func(i int, chars string, glued bool) bool {
		t, ok := tok(i, 'p', glued)
		return ok && strings.Contains(chars, t.s)
	}
	for i, t := range toks {
		if i > 0 && !t.spaced && (toks[i-1].kind == 'w' || toks[i-1].kind == 'd') {
			continue // inside a word or a number ("T04", "a1")
		}
		var y, d int
		var mon time.Month
		end := i
		switch {
		case t.kind == 'd' && len(t.s) == 4 && isPunct(i+1, "-/.", true):
			// 2019-11-18
			m, ok1 := tok(i+2, 'd', true)
			dd, ok2 := tok(i+4, 'd', true)
			if !ok1 || !ok2 || len(m.s) > 2 || len(dd.s) > 2 || toks[i+3].s != toks[i+1].s {
				continue
			}
			y, mon, d, end = atoi(t.s), time.Month(atoi(m.s)), atoi(dd.s), i+4
		case t.kind == 'd' && len(t.s) <= 2 && isPunct(i+1, "./-", true) && i+4 < len(toks):
			// 18.11.2019, 11/18/19
			b, ok1 := tok(i+2, 'd', true)
			yy, ok2 := tok(i+4, 'd', true)
			sep := toks[i+1].s
			if !ok1 || !ok2 || len(b.s) > 2 || toks[i+3].s != sep || len(yy.s) != 4 && (len(yy.s) != 2 || sep != "/") {
				continue // "1.2.34" is a version number
			}
			a, bb := atoi(t.s), atoi(b.s)
			y = atoi(yy.s)
			if len(yy.s) == 2 {
				y += 2000
			}
			switch {
			case sep == "." || a > 12: // dotted dates are day first wherever they are written
				d, mon = a, time.Month(bb)
			case bb > 12:
				d, mon = bb, time.Month(a)
			case a == bb || order == DayFirst:
				d, mon = a, time.Month(bb)
			case order == MonthFirst:
				d, mon = bb, time.Month(a)
			default:
				continue // 03/09/2026 on a page that does not say how it writes dates
			}
			end = i + 4
		case t.kind == 'd' && len(t.s) <= 2:
			// 18 November 2019, 30. Juli 2018, 18th Nov, 18 de noviembre de 2019
			j := i + 1
			if j < len(toks) && !toks[j].spaced && ordinals[strings.ToLower(toks[j].s)] {
				j++
			}
			if w, ok := tok(j, 'w', false); ok && strings.EqualFold(w.s, "de") {
				j++
			}
			w, ok := tok(j, 'w', false)
			if !ok || monthNames[strings.ToLower(w.s)] == 0 || !w.spaced && j == i+1 {
				continue
			}
			d, mon, end = atoi(t.s), monthNames[strings.ToLower(w.s)], j
			y, end = yearAfter(toks, j+1, end)
		case t.kind == 'w' && monthNames[strings.ToLower(t.s)] != 0:
			// November 18th, 2019; Nov. 18
			j := i + 1
			if isPunct(j, ".", true) {
				j++
			}
			dd, ok := tok(j, 'd', false)
			if !ok || len(dd.s) > 2 || !dd.spaced || j+1 < len(toks) && !toks[j+1].spaced && toks[j+1].s == ":" {
				continue // "Nov 8:19" is a time, not the 8th
			}
			mon, d, end = monthNames[strings.ToLower(t.s)], atoi(dd.s), j
			if j+1 < len(toks) && !toks[j+1].spaced && ordinals[strings.ToLower(toks[j+1].s)] && toks[j+1].s != "." {
				end = j + 1
			}
			y, end = yearAfter(toks, end+1, end)
		default:
			continue
		}
		if end+1 < len(toks) && !toks[end+1].spaced && (toks[end+1].kind == 'd' || toks[end+1].kind == 'w') {
			continue // the date runs on into a longer number or word
		}
		hasYear := y != 0
		if !hasYear {
			y = 1
		} else if y < 1800 || y > 2200 {
			continue
		}
		day := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
		if mon < 1 || mon > 12 || day.Day() != d {
			continue
		}
		dm := Mention{Day: day, HasYear: hasYear, At: t.at}
		dm.Clock, dm.HasClock, dm.Zoned = clockIn(toks)
		return dm, true
	}
	return Mention{}, false
}

// yearAfter reads a four-digit year at toks[j], after an optional comma or "de"; it returns
// the year (0 when there is none) and the index of the last token read.
func yearAfter(toks []token, j, end int) (int, int) {
	if j < len(toks) && (toks[j].s == "," || strings.EqualFold(toks[j].s, "de")) {
		j++
	}
	if j < len(toks) && toks[j].kind == 'd' && len(toks[j].s) == 4 && (j+1 >= len(toks) || toks[j+1].s != ":" || toks[j+1].spaced) {
		return atoi(toks[j].s), j
	}
	return 0, end
}

// clockIn reads the first time of day among toks ("20:58:46", "8:19 PM", "11:08 a.m.",
// "20h58"), and whether it is written in UTC ("Z",
// "GMT") or with its offset ("+05:30").
func clockIn(toks []token) (time.Duration, bool, bool) {
	for i := 0; i+2 < len(toks); i++ {
		t := toks[i]
		if t.kind != 'd' || len(t.s) > 2 || i > 0 && !t.spaced && (toks[i-1].s == ":" || toks[i-1].kind == 'd') {
			continue
		}
		sep := toks[i+1]
		if sep.spaced || !(sep.s == ":" || strings.EqualFold(sep.s, "h")) || toks[i+2].kind != 'd' || toks[i+2].spaced || len(toks[i+2].s) != 2 {
			continue
		}
		h, min, sec := atoi(t.s), atoi(toks[i+2].s), 0
		j := i + 3
		if j+1 < len(toks) && toks[j].s == ":" && !toks[j].spaced && toks[j+1].kind == 'd' && len(toks[j+1].s) == 2 {
			sec = atoi(toks[j+1].s)
			j += 2
		}
		if j+1 < len(toks) && toks[j].s == "." && !toks[j].spaced && toks[j+1].kind == 'd' {
			j += 2 // fractions of a second
		}
		// am / pm: "PM", "pm", "p.m.", "a. m."
		half := ""
		if j < len(toks) && toks[j].kind == 'w' {
			switch w := strings.ToLower(toks[j].s); {
			case w == "am" || w == "pm":
				half = w[:1]
				j++
			case (w == "a" || w == "p") && j+2 < len(toks) && toks[j+1].s == "." && strings.EqualFold(toks[j+2].s, "m"):
				half = w
				j += 3
			}
		}
		switch half {
		case "p":
			if h < 12 {
				h += 12
			}
		case "a":
			if h == 12 {
				h = 0
			}
		}
		if h > 23 || min > 59 || sec > 59 || half != "" && atoi(t.s) > 12 {
			continue
		}
		zoned := false
		if j < len(toks) {
			switch z := toks[j]; {
			case z.s == "Z" && !z.spaced, strings.EqualFold(z.s, "utc"), strings.EqualFold(z.s, "gmt"):
				zoned = true
			case (z.s == "+" || z.s == "-") && j+1 < len(toks) && toks[j+1].kind == 'd' && !toks[j+1].spaced:
				zoned = true
			}
		}
		return time.Duration(h)*time.Hour + time.Duration(min)*time.Minute + time.Duration(sec)*time.Second, true, zoned
	}
	return 0, false, false
}

// Day reads the day of a date written in text (a dateline, a meta tag in a publisher's own
// format), at midnight UTC; the zero time when s has no date with its year.
func Day(s string, order Order) time.Time {
	if !hasYearDigits(s) {
		return time.Time{}
	}
	if dm, ok := Find(s, order); ok && dm.HasYear {
		return dm.Day
	}
	return time.Time{}
}

// hasYearDigits reports whether s has four digits in a row, or two slashes (11/18/19): no
// date with its year is written without. It spares most lines the token walk.
func hasYearDigits(s string) bool {
	digits := 0
	for _, field := range strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' }) {
		digits = max(digits, len(field))
	}
	return digits >= 4 || strings.Count(s, "/") >= 2
}

// hasClockDigits reports whether s has a digit, ':' or 'h', and a digit in a row: no time of
// day is written without.
func hasClockDigits(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if (s[i] == ':' || s[i] == 'h') && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

// LocalClock reads a date with a time of day written without an offset ("2019-11-18
// 20:58:46", "Posted Nov 18, 8:19 PM", "11:26 pm EST, Tuesday, November 19, 2019"): the
// page's wall clock. A time in UTC or with a numeric offset is no witness of it.
func LocalClock(s string, order Order) (Mention, bool) {
	if len(s) > 200 || !hasClockDigits(s) {
		return Mention{}, false
	}
	dm, ok := Find(s, order)
	if !ok || !dm.HasClock || dm.Zoned {
		return Mention{}, false
	}
	return dm, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

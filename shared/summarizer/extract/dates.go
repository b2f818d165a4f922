package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// dateOrder says how a page writes numeric dates such as 03/09/2026.
type dateOrder int

const (
	orderUnknown dateOrder = iota // ambiguous numeric dates are left out
	dayFirst                      // 03/09/2026 is 3 September
	monthFirst                    // 03/09/2026 is 9 March
)

// monthFirstRegions write numeric dates month first.
var monthFirstRegions = map[string]bool{"us": true, "ph": true, "fm": true, "mh": true, "pw": true}

// dayFirstTLDs are country domains of English-language sites that write the day first.
var dayFirstTLDs = map[string]bool{"uk": true, "au": true, "nz": true, "ie": true, "in": true, "za": true,
	"ng": true, "ke": true, "pk": true, "sg": true, "my": true, "gh": true, "lk": true, "bd": true}

// orderOf reads the numeric date order from the page's language tag ("en-US", "de", "en_GB")
// and, for English without a region, from its address's country domain. Other languages
// than English write the day first (year-first dates are not ambiguous).
func orderOf(lang, pageURL string) dateOrder {
	lang = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	base, region, _ := strings.Cut(lang, "-")
	switch {
	case region != "" && monthFirstRegions[region]:
		return monthFirst
	case region != "" && len(region) == 2:
		return dayFirst
	case base != "" && base != "en":
		return dayFirst
	}
	host := hostOf(pageURL)
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		switch tld := host[i+1:]; {
		case dayFirstTLDs[tld]:
			return dayFirst
		case tld == "us":
			return monthFirst
		}
	}
	return orderUnknown
}

// hostOf is the host name of an absolute address, lower case, without "www.".
func hostOf(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	rest, _, _ = strings.Cut(rest, ":")
	return strings.TrimPrefix(strings.ToLower(rest), "www.")
}

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

// dateToken is a run of digits ('d'), of letters ('w') or one other character ('p') of a
// text being read for a date; spaced says white space came before it.
type dateToken struct {
	kind   byte
	s      string
	at     int
	spaced bool
}

// dateTokens splits s into dateTokens. Dates are found by walking tokens rather than by a
// regular expression: one that knows every month name in eight languages costs a tenth of a
// millisecond per line, and pages have hundreds of short lines.
func dateTokens(s string) []dateToken {
	var out []dateToken
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
		out = append(out, dateToken{kind, s[i:j], i, spaced})
		spaced = false
		i = j
	}
	return out
}

// dateMention is a date written in text: its day (midnight UTC), whether the year was written
// (when not, the day holds year 1), the time of day written in the same text, if any, and
// where the date starts.
type dateMention struct {
	day      time.Time
	hasYear  bool
	clock    time.Duration
	hasClock bool
	zoned    bool // the time of day is written in UTC or with its offset
	at       int
}

// ordinals follow a day's number: "18th", "1er", "30.".
var ordinals = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "er": true, "º": true, ".": true}

// findDate reads the first date in s, written as 2019-11-18, 2019/11/18, November 18th, 2019,
// Nov. 18, 18 November 2019, 30. Juli 2018, 18 de noviembre de 2019, 18.11.2019 or 11/18/19,
// and the time of day in s. A numeric date whose order (day or month first) cannot be told is
// left out unless order says how the page writes them.
func findDate(s string, order dateOrder) (dateMention, bool) {
	toks := dateTokens(s)
	// tok returns the i-th token when it is of kind and, if glued, written right after the
	// one before it.
	tok := func(i int, kind byte, glued bool) (dateToken, bool) {
		if i >= len(toks) || toks[i].kind != kind || glued && toks[i].spaced {
			return dateToken{}, false
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
			case a == bb || order == dayFirst:
				d, mon = a, time.Month(bb)
			case order == monthFirst:
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
		dm := dateMention{day: day, hasYear: hasYear, at: t.at}
		dm.clock, dm.hasClock, dm.zoned = clockIn(toks)
		return dm, true
	}
	return dateMention{}, false
}

// yearAfter reads a four-digit year at toks[j], after an optional comma or "de"; it returns
// the year (0 when there is none) and the index of the last token read.
func yearAfter(toks []dateToken, j, end int) (int, int) {
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
func clockIn(toks []dateToken) (time.Duration, bool, bool) {
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

// parseDateText reads the day of a date written in text (a dateline, a meta tag in a
// publisher's own format), at midnight UTC; the zero time when s has no date with its year.
func parseDateText(s string, order dateOrder) time.Time {
	if !hasYearDigits(s) {
		return time.Time{}
	}
	if dm, ok := findDate(s, order); ok && dm.hasYear {
		return dm.day
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

// localClock reads a date with a time of day written without an offset ("2019-11-18
// 20:58:46", "Posted Nov 18, 8:19 PM", "11:26 pm EST, Tuesday, November 19, 2019"): the
// page's wall clock. A time in UTC or with a numeric offset is no witness of it.
func localClock(s string, order dateOrder) (dateMention, bool) {
	if len(s) > 200 || !hasClockDigits(s) {
		return dateMention{}, false
	}
	dm, ok := findDate(s, order)
	if !ok || !dm.hasClock || dm.zoned {
		return dateMention{}, false
	}
	return dm, true
}

// inPageOffset returns t in the page's own offset when t is given in UTC and one of the
// witnesses (dates with a time of day written in the page's local time) shows the same instant
// at a whole or half hour from UTC: a page published at 8:19 PM in New York on the 18th is
// stamped 01:19Z on the 19th. A witness may show another of the page's UTC stamps instead
// (the clock of its last update, stamped in article:modified_time or a time element): the
// offset is the page's all the same. Otherwise t is returned unchanged, and so is a day
// written without its time of day ("datePublished": "November 19, 2019"), which is no instant.
func inPageOffset(t time.Time, stamps []time.Time, witnesses []dateMention) time.Time {
	if _, off := t.Zone(); off != 0 || t.IsZero() || t.Equal(dayOf(t)) {
		return t
	}
	for _, s := range append([]time.Time{t}, stamps...) {
		if _, off := s.Zone(); off != 0 || s.IsZero() || s.Equal(dayOf(s)) {
			continue
		}
		if off, ok := offsetShown(s, witnesses); ok {
			return t.In(time.FixedZone("", int(off/time.Second)))
		}
	}
	return t
}

// offsetShown is the offset from UTC at which one of the witnesses shows the instant stamp.
func offsetShown(stamp time.Time, witnesses []dateMention) (time.Duration, bool) {
	utc := stamp.UTC().Truncate(time.Minute)
	for _, w := range witnesses {
		y := w.day.Year()
		if !w.hasYear {
			y = utc.Year()
		}
		wall := time.Date(y, w.day.Month(), w.day.Day(), 0, 0, 0, 0, time.UTC).Add(w.clock).Truncate(time.Minute)
		diff := wall.Sub(utc)
		if diff == 0 || diff < -12*time.Hour || diff > 14*time.Hour || diff%(30*time.Minute) != 0 {
			continue
		}
		return diff, true
	}
	return 0, false
}

var urlDate = regexp.MustCompile(`(?i)/(\d{4})/(\d{2}|[a-z]{3})/(\d{2})(?:/|$)`)

// urlDay reads the day a publisher writes in the article's address (/2019/11/18/,
// /2019/nov/18/); the zero time when there is none.
func urlDay(u string) time.Time {
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}
	}
	mon := time.Month(atoi(m[2]))
	if mon == 0 {
		mon = monthNames[strings.ToLower(m[2])]
	}
	y, d := atoi(m[1]), atoi(m[3])
	t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
	if mon < 1 || mon > 12 || t.Day() != d || y < 1990 || y > 2200 {
		return time.Time{}
	}
	return t
}

// urlOwnDay returns the day in the address when t is in UTC and that day is the one t falls on
// in some real offset (UTC-12 to UTC+14): the publisher wrote the address on its own day.
func urlOwnDay(t, day time.Time) (time.Time, bool) {
	if _, off := t.Zone(); off != 0 || t.IsZero() || day.IsZero() {
		return t, false
	}
	u := t.UTC()
	clock := u.Sub(time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC))
	switch dayOf(day).Sub(dayOf(u)) {
	case -24 * time.Hour:
		return day, clock < 10*time.Hour
	case 24 * time.Hour:
		return day, clock >= 10*time.Hour
	}
	return t, false
}

// dayOf is t's calendar day (in its own offset) at midnight UTC.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

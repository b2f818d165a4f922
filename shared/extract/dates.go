package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
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
}

type datePatterns struct {
	date, clock, url *regexp.Regexp
}

var dateRE = sync.OnceValue(func() *datePatterns {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	// Longest first, so "marzo" is not read as "mar".
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	month := `(` + strings.Join(names, "|") + `)\.?`
	ord := `(?:st|nd|rd|th|er|º|\.)?`
	return &datePatterns{
		date: regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(?:` +
			`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})` + // 1-3: 2019-11-18, 2019/11/18
			`|` + month + `\s+(\d{1,2})` + ord + `(?:,?\s+(\d{4}))?` + // 4-6: November 18th, 2019
			`|(\d{1,2})` + ord + `\s+(?:de\s+)?` + month + `(?:,?\s+(?:de\s+)?(\d{4}))?` + // 7-9: 18 de noviembre de 2019, 30. Juli 2018
			`|(\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d{2})` + // 10-14: 18.11.2019, 11/18/19
			`)(?:[^\p{L}\d]|$)`),
		clock: regexp.MustCompile(`(?i)(?:^|[^\d:])(\d{1,2})(?::|h)(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap])?\.?\s?(m\b\.?)?`),
		url:   regexp.MustCompile(`(?i)/(\d{4})/(\d{2}|[a-z]{3})/(\d{2})(?:/|$)`),
	}
})

// dateMention is a date written in text: its day (midnight UTC), whether the year was written
// (when not, the day holds year 1), and the time of day written next to it, if any.
type dateMention struct {
	day      time.Time
	hasYear  bool
	clock    time.Duration
	hasClock bool
}

// findDate reads the first date in s, in any of the written forms datePatterns knows, and the
// time of day in s. A numeric date whose order (day or month first) cannot be told is left
// out unless order says how the page writes them.
func findDate(s string, order dateOrder) (dateMention, bool) {
	re := dateRE()
	for _, m := range re.date.FindAllStringSubmatch(s, 4) {
		var y, d int
		var mon time.Month
		switch {
		case m[1] != "":
			y, mon, d = atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])
		case m[4] != "":
			mon, d, y = monthNames[strings.ToLower(m[4])], atoi(m[5]), atoi(m[6])
		case m[8] != "":
			d, mon, y = atoi(m[7]), monthNames[strings.ToLower(m[8])], atoi(m[9])
		default:
			a, b := atoi(m[10]), atoi(m[12])
			y = atoi(m[14])
			if m[11] != m[13] || len(m[14]) == 2 && m[11] != "/" {
				continue // "1.2.34" is a version number
			}
			if len(m[14]) == 2 {
				y += 2000
			}
			switch {
			case m[11] == ".": // dotted dates are day first wherever they are written
				d, mon = a, time.Month(b)
			case a > 12:
				d, mon = a, time.Month(b)
			case b > 12:
				d, mon = b, time.Month(a)
			case a == b || order == dayFirst:
				d, mon = a, time.Month(b)
			case order == monthFirst:
				d, mon = b, time.Month(a)
			default:
				continue // 03/09/2026 on a page that does not say how it writes dates
			}
		}
		hasYear := y != 0
		if !hasYear {
			y = 1
		} else if y < 1800 || y > 2200 {
			continue
		}
		t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
		if mon < 1 || mon > 12 || t.Day() != d {
			continue
		}
		dm := dateMention{day: t, hasYear: hasYear}
		dm.clock, dm.hasClock = findClock(s)
		return dm, true
	}
	return dateMention{}, false
}

// findClock reads the first time of day in s: "20:58:46", "8:19 PM", "11:08 a.m.", "20h58".
func findClock(s string) (time.Duration, bool) {
	for _, m := range dateRE().clock.FindAllStringSubmatch(s, 4) {
		h, min, sec := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if m[4] != "" && m[5] == "" {
			continue // "8:19 p" is not a time
		}
		switch strings.ToLower(m[4]) {
		case "p":
			if h < 12 {
				h += 12
			}
		case "a":
			if h == 12 {
				h = 0
			}
		}
		if h > 23 || min > 59 || sec > 59 || (m[4] != "" && atoi(m[1]) > 12) {
			continue
		}
		return time.Duration(h)*time.Hour + time.Duration(min)*time.Minute + time.Duration(sec)*time.Second, true
	}
	return 0, false
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
// date with its year is written without.
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return strings.Count(s, "/") >= 2
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

// explicitZone matches a time written with its offset from UTC, or in UTC.
var explicitZone = regexp.MustCompile(`(?i)\d:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:z\b|[+-]\d{2}:?\d{2}\b|\b(?:utc|gmt)\b)`)

// localClock reads a date with a time of day written without an offset ("2019-11-18
// 20:58:46", "Posted Nov 18, 8:19 PM", "11:26 pm EST, Tuesday, November 19, 2019"): the
// page's wall clock. A time in UTC or with a numeric offset is no witness of it.
func localClock(s string, order dateOrder) (dateMention, bool) {
	if len(s) > 200 || !hasClockDigits(s) || explicitZone.MatchString(s) {
		return dateMention{}, false
	}
	dm, ok := findDate(s, order)
	if !ok || !dm.hasClock {
		return dateMention{}, false
	}
	return dm, true
}

// inPageOffset returns t in the page's own offset when t is given in UTC and one of the
// witnesses (dates with a time of day written in the page's local time) shows the same instant
// at a whole or half hour from UTC: a page published at 8:19 PM in New York on the 18th is
// stamped 01:19Z on the 19th. Otherwise t is returned unchanged.
func inPageOffset(t time.Time, witnesses []dateMention) time.Time {
	if _, off := t.Zone(); off != 0 || t.IsZero() {
		return t
	}
	utc := t.UTC().Truncate(time.Minute)
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
		return t.In(time.FixedZone("", int(diff/time.Second)))
	}
	return t
}

// urlDay reads the day a publisher writes in the article's address (/2019/11/18/,
// /2019/nov/18/); the zero time when there is none.
func urlDay(u string) time.Time {
	m := dateRE().url.FindStringSubmatch(u)
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

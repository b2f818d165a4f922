package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/precis-news/precis/shared/summarizer/dates"
)

// monthFirstRegions write numeric dates month first.
var monthFirstRegions = map[string]bool{"us": true, "ph": true, "fm": true, "mh": true, "pw": true}

// dayFirstTLDs are country domains of English-language sites that write the day first.
var dayFirstTLDs = map[string]bool{"uk": true, "au": true, "nz": true, "ie": true, "in": true, "za": true,
	"ng": true, "ke": true, "pk": true, "sg": true, "my": true, "gh": true, "lk": true, "bd": true}

// orderOf reads the numeric date order from the page's language tag ("en-US", "de", "en_GB")
// and, for English without a region, from its address's country domain. Other languages
// than English write the day first (year-first dates are not ambiguous).
func orderOf(lang, pageURL string) dates.Order {
	lang = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	base, region, _ := strings.Cut(lang, "-")
	switch {
	case region != "" && monthFirstRegions[region]:
		return dates.MonthFirst
	case region != "" && len(region) == 2:
		return dates.DayFirst
	case base != "" && base != "en":
		return dates.DayFirst
	}
	host := hostOf(pageURL)
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		switch tld := host[i+1:]; {
		case dayFirstTLDs[tld]:
			return dates.DayFirst
		case tld == "us":
			return dates.MonthFirst
		}
	}
	return dates.OrderUnknown
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

// inPageOffset returns t in the page's own offset when t is given in UTC and one of the
// witnesses (dates with a time of day written in the page's local time) shows the same instant
// at a whole or half hour from UTC: a page published at 8:19 PM in New York on the 18th is
// stamped 01:19Z on the 19th. A witness may show another of the page's UTC stamps instead
// (the clock of its last update, stamped in article:modified_time or a time element): the
// offset is the page's all the same. Otherwise t is returned unchanged, and so is a day
// written without its time of day ("datePublished": "November 19, 2019"), which is no instant.
func inPageOffset(t time.Time, stamps []time.Time, witnesses []dates.Mention) time.Time {
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
func offsetShown(stamp time.Time, witnesses []dates.Mention) (time.Duration, bool) {
	utc := stamp.UTC().Truncate(time.Minute)
	for _, w := range witnesses {
		y := w.Day.Year()
		if !w.HasYear {
			y = utc.Year()
		}
		wall := time.Date(y, w.Day.Month(), w.Day.Day(), 0, 0, 0, 0, time.UTC).Add(w.Clock).Truncate(time.Minute)
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
		mon = dates.Month(strings.ToLower(m[2]))
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

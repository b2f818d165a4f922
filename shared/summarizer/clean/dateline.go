package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/precis-news/precis/shared/article"
)

// matchDateline is patterns.dateline's FindStringSubmatch, written out: a dateline block,
// publisher and/or date separated by dashes or bars and little else. It reports whether t
// is one and the publisher part (the regexp's group 1, "" when absent). The regexp's
// backtracker spent about 17,000 instructions a call, and most dated blocks near the top
// are tried; this walks each choice the regexp would try, in the regexp's order, reading
// each position once or twice.
//
// The regexp is ^L*(?:(G)\s*S+\s*)?W D T$, with L a leading mark ([\s•·*|—–-]), G
// .{2,60}? (lazy), S a separator ([|—–-]), W an optional weekday, D the date (month day,
// year; day month year; or 2006-01-02) and T the tail, \s*(?:S+|at)?\s*.{0,40}. Its first
// match, in priority order, takes the most leading marks, then a group as short as it can
// be, then no group; only which of these matches decides group 1, so the parts after the
// group are only tested for a match.
func matchDateline(t string) (pub string, ok bool) {
	// Where the leading marks may end, the most marks last.
	marks := make([]int, 1, 8)
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !datelineSpace(r) && !strings.ContainsRune("•·*|—–-", r) {
			break
		}
		i += n
		marks = append(marks, i)
	}
	for k := len(marks) - 1; k >= 0; k-- {
		s := marks[k]
		// The group, 2 to 60 characters (no line break), shortest first.
		e := s
		for n := 1; n <= 60 && e < len(t); n++ {
			r, w := utf8.DecodeRuneInString(t[e:])
			if r == '\n' {
				break
			}
			e += w
			if n < 2 {
				continue
			}
			if j := afterSeparator(t, e); j >= 0 && weekdayDate(t, j) {
				return t[s:e], true
			}
		}
		if weekdayDate(t, s) {
			return "", true
		}
	}
	return "", false
}

// datelineSpace reports whether r is \s in a regexp: \t, \n, \f, \r or a space.
func datelineSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// spacesFrom returns the end of the run of \s from i.
func spacesFrom(t string, i int) int {
	for i < len(t) && datelineSpace(rune(t[i])) {
		i++
	}
	return i
}

// separatorsFrom returns the end of the run of separators (|, —, –, -) from i.
func separatorsFrom(t string, i int) int {
	for i < len(t) {
		switch {
		case t[i] == '|' || t[i] == '-':
			i++
		case strings.HasPrefix(t[i:], "—") || strings.HasPrefix(t[i:], "–"):
			i += len("—")
		default:
			return i
		}
	}
	return i
}

// afterSeparator matches \s*S+\s* at i, which what follows (a letter or a digit) needs
// whole: it returns where it ends, or -1.
func afterSeparator(t string, i int) int {
	i = spacesFrom(t, i)
	j := separatorsFrom(t, i)
	if j == i {
		return -1
	}
	return spacesFrom(t, j)
}

// foldedPrefix matches lit (lower-case ASCII letters) at t[i:] as (?i) does, where s also
// matches ſ and k the Kelvin sign, and returns where it ends, or -1.
func foldedPrefix(t string, i int, lit string) int {
	for k := 0; k < len(lit); k++ {
		c := lit[k]
		switch {
		case i < len(t) && lowerByte(t[i]) == c:
			i++
		case c == 's' && strings.HasPrefix(t[i:], "ſ"):
			i += len("ſ")
		case c == 'k' && strings.HasPrefix(t[i:], "\u212A"):
			i += len("\u212A")
		default:
			return -1
		}
	}
	return i
}

// datelineWeekdays and datelineMonths are the names the regexp's weekday and month
// alternations match, every form (the weekday without its optional "day").
var (
	datelineWeekdays = []string{"mon", "tue", "tues", "thu", "thur", "thurs", "wed", "wednes", "fri", "sat", "satur", "sun"}
	datelineMonths   = []string{"jan", "january", "feb", "february", "mar", "march", "may", "apr", "april", "jun", "june",
		"jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"}
)

// weekdayDate reports whether W D T matches t from i to its end.
func weekdayDate(t string, i int) bool {
	if date(t, i) {
		return true
	}
	for _, name := range datelineWeekdays {
		e := foldedPrefix(t, i, name)
		if e < 0 {
			continue
		}
		for _, day := range [2]bool{false, true} {
			f := e
			if day {
				if f = foldedPrefix(t, e, "day"); f < 0 {
					continue
				}
			}
			// \.?,?\s*: the date opens with a letter or a digit, so each is taken when there.
			if f < len(t) && t[f] == '.' {
				f++
			}
			if f < len(t) && t[f] == ',' {
				f++
			}
			if date(t, spacesFrom(t, f)) {
				return true
			}
		}
	}
	return false
}

// date reports whether D T matches t from i to its end.
func date(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	if isDigit(t[i]) {
		// 2006-01-02
		if digitsAt(t, i, 4) && i+4 < len(t) && t[i+4] == '-' && digitsAt(t, i+5, 2) && i+7 < len(t) && t[i+7] == '-' && digitsAt(t, i+8, 2) && tail(t, i+10) {
			return true
		}
		// \d{1,2}\s+M,?\s+\d{4}
		for n := 1; n <= 2; n++ {
			if !digitsAt(t, i, n) {
				break
			}
			j := spacesFrom(t, i+n)
			if j == i+n {
				continue
			}
			for _, m := range datelineMonths {
				if e := monthAt(t, j, m); e >= 0 && commaYear(t, e) {
					return true
				}
			}
		}
		return false
	}
	// M\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}
	for _, m := range datelineMonths {
		e := monthAt(t, i, m)
		if e < 0 {
			continue
		}
		j := spacesFrom(t, e)
		if j == e {
			continue
		}
		for n := 1; n <= 2; n++ {
			if !digitsAt(t, j, n) {
				break
			}
			k := j + n
			if commaYear(t, k) {
				return true
			}
			for _, suffix := range [...]string{"st", "nd", "rd", "th"} {
				if e := foldedPrefix(t, k, suffix); e >= 0 && commaYear(t, e) {
					return true
				}
			}
		}
	}
	return false
}

// monthAt matches the month name m and its optional period at i: where it ends, or -1.
func monthAt(t string, i int, m string) int {
	e := foldedPrefix(t, i, m)
	if e >= 0 && e < len(t) && t[e] == '.' {
		e++ // \.? before \s or a comma: taken when there
	}
	return e
}

// commaYear reports whether ,?\s+\d{4} T matches t from i to its end.
func commaYear(t string, i int) bool {
	if i < len(t) && t[i] == ',' {
		i++
	}
	j := spacesFrom(t, i)
	return j > i && digitsAt(t, j, 4) && tail(t, j+4)
}

// digitsAt reports whether t holds n ASCII digits at i.
func digitsAt(t string, i, n int) bool {
	if i+n > len(t) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !isDigit(t[k]) {
			return false
		}
	}
	return true
}

// tail reports whether T, \s*(?:S+|at)?\s*.{0,40}$, matches t from i to its end: the most
// it can take before .{0,40} leaves the shortest rest, which must hold no line break and
// at most 40 characters.
func tail(t string, i int) bool {
	i = spacesFrom(t, i)
	if j := separatorsFrom(t, i); j > i {
		i = spacesFrom(t, j)
	} else if j := foldedPrefix(t, i, "at"); j >= 0 {
		i = spacesFrom(t, j)
	}
	rest := t[i:]
	return strings.IndexByte(rest, '\n') < 0 && utf8.RuneCountInString(rest) <= 40
}

// dateLabels name what a dateline's day is ("Published Nov. 14, 2025", "Posted on …",
// "Updated: …"), lower-case; a label that opens a longer one comes after it ("update" after
// "updated"), as the first that opens a line is taken.
var dateLabels = []struct {
	label     string
	published bool // the day the story was published, not one it changed
}{
	{"originally published", true}, {"first published", true}, {"published", true}, {"posted", true},
	{"last updated", false}, {"last modified", false}, {"last update", false}, {"updated", false},
	{"modified", false}, {"update", false}, {"revised", false},
}

// labelledDateline reports whether t is a dateline behind a label: the label, an "on" or
// a colon, then what matchDateline reads. The day a published label names is taken as the
// story's, when none was found before; an update's is not.
func labelledDateline(t string, m *article.Metadata) bool {
	for _, l := range dateLabels {
		if !hasPrefixFold(t, l.label) {
			continue
		}
		rest := t[len(l.label):]
		if rest == "" || rest[0] != ' ' && rest[0] != ':' {
			return false // a longer word ("Postedit")
		}
		rest = strings.TrimLeft(rest, " :")
		if len(rest) > 3 && hasPrefixFold(rest, "on ") {
			rest = rest[3:]
		}
		if _, ok := matchDateline(rest); !ok {
			return false
		}
		if l.published && m.Published.IsZero() {
			m.Published = ParseDate(rest)
		}
		return true
	}
	return false
}

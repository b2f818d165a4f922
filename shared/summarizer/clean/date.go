package clean

import (
	"strconv"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April, "may": time.May,
	"jun": time.June, "jul": time.July, "aug": time.August, "sep": time.September, "oct": time.October,
	"nov": time.November, "dec": time.December,
}

// ParseDate finds the first date in s written as "December 19, 2022", "19 Dec 2022" or
// "2022-12-19" and returns it at midnight UTC; the zero time when there is none or it is not
// a real calendar date.
func ParseDate(s string) time.Time {
	m := compiled().dateExpr.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}
	}
	var y, d int
	var mon time.Month
	switch {
	case m[1] != "":
		mon, d, y = monthOf(m[1]), atoi(m[2]), atoi(m[3])
	case m[5] != "":
		d, mon, y = atoi(m[4]), monthOf(m[5]), atoi(m[6])
	default:
		y, mon, d = atoi(m[7]), time.Month(atoi(m[8])), atoi(m[9])
	}
	t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
	if mon < 1 || mon > 12 || t.Day() != d || y < 1800 || y > 2200 {
		return time.Time{}
	}
	return t
}

func monthOf(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	return months[s[:3]]
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

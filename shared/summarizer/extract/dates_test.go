package extract

import (
	"testing"
	"time"
)

func TestFindDate(t *testing.T) {
	tests := []struct {
		in    string
		order dateOrder
		want  string // day, or "" for none
		clock time.Duration
	}{
		{"Published 11:26 pm EST, Tuesday, November 19, 2019", orderUnknown, "2019-11-19", 23*time.Hour + 26*time.Minute},
		{"publiziert am 30. Juli 2018", dayFirst, "2018-07-30", 0},
		{"le 18 novembre 2019 à 20h58", dayFirst, "2019-11-18", 20*time.Hour + 58*time.Minute},
		{"18 de noviembre de 2019", dayFirst, "2019-11-18", 0},
		{"18 ноября 2019, 20:58", dayFirst, "2019-11-18", 20*time.Hour + 58*time.Minute},
		{"pubblicato il 3 marzo 2020", dayFirst, "2020-03-03", 0},
		{"18.11.2019", orderUnknown, "2019-11-18", 0},
		{"2019/11/18 20:58:46", orderUnknown, "2019-11-18", 20*time.Hour + 58*time.Minute + 46*time.Second},
		{"11/18/19", orderUnknown, "2019-11-18", 0},
		{"03/09/2026", monthFirst, "2026-03-09", 0},
		{"03/09/2026", dayFirst, "2026-09-03", 0},
		{"03/09/2026", orderUnknown, "", 0},
		{"Version 2.1.12 is out", dayFirst, "", 0},
		{"Marathon 2019 results", orderUnknown, "", 0},
		{"31 February 2019", orderUnknown, "", 0},
		{"Posted Nov 18, 8:19 PM", orderUnknown, "0001-11-18", 20*time.Hour + 19*time.Minute},
		{"at 11:08 a.m. on Monday, November 18th, 2019", orderUnknown, "2019-11-18", 11*time.Hour + 8*time.Minute},
	}
	for _, tt := range tests {
		dm, ok := findDate(tt.in, tt.order)
		got := ""
		if ok {
			got = dm.day.Format("2006-01-02")
		}
		if got != tt.want || ok && dm.clock != tt.clock {
			t.Errorf("findDate(%q, %d) = %s %v, want %s %v", tt.in, tt.order, got, dm.clock, tt.want, tt.clock)
		}
	}
}

func TestOrderOf(t *testing.T) {
	tests := []struct {
		lang, url string
		want      dateOrder
	}{
		{"en-US", "", monthFirst},
		{"en_GB", "", dayFirst},
		{"de", "", dayFirst},
		{"en", "https://www.bbc.co.uk/news/1", dayFirst},
		{"en", "https://example.com/a", orderUnknown},
		{"", "", orderUnknown},
	}
	for _, tt := range tests {
		if got := orderOf(tt.lang, tt.url); got != tt.want {
			t.Errorf("orderOf(%q, %q) = %d, want %d", tt.lang, tt.url, got, tt.want)
		}
	}
}

func TestInPageOffset(t *testing.T) {
	utc := time.Date(2019, 11, 19, 1, 19, 34, 0, time.UTC)
	tests := []struct {
		name      string
		t         time.Time
		witnesses []dateMention
		want      string
	}{
		{"five hours behind", utc, []dateMention{{day: time.Date(1, 11, 18, 0, 0, 0, 0, time.UTC), clock: 20*time.Hour + 19*time.Minute, hasClock: true}}, "2019-11-18"},
		{"another minute is another event", utc, []dateMention{{day: time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC), hasYear: true, clock: 20*time.Hour + 20*time.Minute, hasClock: true}}, "2019-11-19"},
		{"a day without its time of day is no instant", time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC), []dateMention{{day: time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC), hasYear: true, clock: 19 * time.Hour, hasClock: true}}, "2019-11-19"},
		{"an offset already given is kept", utc.In(time.FixedZone("", 3600)), []dateMention{{day: time.Date(2019, 11, 18, 0, 0, 0, 0, time.UTC), hasYear: true, clock: 20*time.Hour + 19*time.Minute, hasClock: true}}, "2019-11-19"},
	}
	for _, tt := range tests {
		if got := inPageOffset(tt.t, nil, tt.witnesses).Format("2006-01-02"); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}
